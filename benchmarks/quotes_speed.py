"""How much time quote extraction adds on top of the spaCy parse it needs.

    python benchmarks/quotes_speed.py [FILE ...] [--repeat N]

Parses the texts (the given files, or a built-in article written for this benchmark)
once with the briefgen pipeline, then times ``extract_quotes`` over the parsed docs.
Prints both times and the overhead as a percentage of the parse; the goal is < 30%.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from briefgen.extract.nlp import load
from briefgen.extract.quotes import extract_quotes

ARTICLE = """Talks between the two governments broke down on Thursday, officials in both capitals said, after a week of shelling along the disputed border.

Amara Nwosu, a senior fellow at the Institute for Security Studies in Pretoria, says the collapse was predictable.

\u201cNeither side came to the table with anything to offer, and both believe the other will fold first,\u201d Nwosu says.

\u201cThat is how a border incident turns into a war.

\u201cThe outside powers have to decide whether they want to be mediators or suppliers.\u201d

Foreign ministry spokesman Daniel Okoro told reporters the government remained \u201copen to dialogue\u201d but would not withdraw its troops.

\u201cWe have shown restraint,\u201d Okoro said. \u201cRestraint is not weakness.\u201d

According to the UN refugee agency, more than 40,000 people have fled the area since March. The agency said it needed \u201curgent access\u201d to the camps.

President Ruth Adeyemi said on Wednesday that the army would \u201cdefend every metre\u201d of the country and that she had ordered more troops to the front.

\u201cThis is not a crisis we chose,\u201d she said in a televised address. \u201cBut it is one we will end.\u201d

Nwosu is doubtful. \u201cI would expect another month of this at least,\u201d she says, \u201cand probably more.\u201d
"""


def main() -> None:
    """Time the parse and the quote extraction, and print the overhead."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=20, help="copies of each text (default 20)")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in args.files] or [ARTICLE]
    texts = texts * args.repeat
    nlp = load()
    nlp("warm up")

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    found = sum(len(extract_quotes(doc)) for doc in docs)
    quotes_s = time.perf_counter() - t0

    words = sum(len(doc) for doc in docs)
    print(f"docs={len(docs)} tokens={words} quotes={found}")
    print(f"parse_s={parse_s:.3f} quotes_s={quotes_s:.3f}")
    print(f"overhead={100 * quotes_s / parse_s:.1f}% of the parse (goal < 30%)")


if __name__ == "__main__":
    main()
