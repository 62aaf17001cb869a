#!/usr/bin/env python3
"""Extraction time on a long invented article that names many people.

    python benchmarks/many_names.py [--paragraphs 600] [--profile]

Builds an article of N short paragraphs (600 give about 18,000 tokens and 1,500
different names), each with asides, a relay, a rule quoted as text, a surname-only
speaker and appositives: the inputs where a per-name or per-sentence loop that walks
the whole doc turns quadratic. Prints the parse and the extract time (and with
--profile the 20 most expensive functions, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time

from briefgen.extract import extract_doc
from briefgen.extract.nlp import load
from briefgen.models import Article

FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Kira", "Lars", "Mona", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tara", "Umar"]
LAST = [a + b for a in ["Bel", "Cor", "Dan", "Fal", "Gor", "Hal", "Kel", "Mor", "Nor", "Pel"]
        for b in ["avin", "ibon", "ustek", "erow", "andi", "ossy", "urgen", "imba"]]


def article(paragraphs: int) -> str:
    """The invented article: ``paragraphs`` paragraphs, two to three names each."""
    rng = random.Random(1)
    names = [f"{f} {s}" for f in FIRST for s in LAST]
    rng.shuffle(names)
    out = []
    for i in range(paragraphs):
        n, m2, m3 = names[i % len(names)], names[(i + 600) % len(names)], names[(i + 1200) % len(names)]
        s = n.split()[1]
        out.append([
            f"{n}, a senior analyst at the Harbour Institute, said the port, with {m2} and {m3}, "
            "(which opened in 1998) would expand -- slowly -- over the next decade.",
            f'"We will not stop the project now," {s} told {m2} and {m3} in Dover on Tuesday, Tass said.',
            f"Rival {n} (HBRX) beat {m2} and {m3} and rose 40 miles (64 kilometres) north of the "
            "old plant, according to the report.",
            f'The rule that bars members from voting requires that {m2} and {m3} "declare every '
            f'interest" before the meeting, {s} said.',
            f"{s}, the deputy chief of the regional transport authority, told {m2} and {m3} he "
            "could be so sure that the plan would work.",
        ][i % 5])
    return "\n\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=600)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    body = article(args.paragraphs)
    nlp = load()
    t = time.perf_counter()
    doc = nlp(body)
    print(f"parse {time.perf_counter() - t:.1f} s, {len(doc)} tokens")
    art = Article(source="many-names", title="Many names", body=body)
    prof = cProfile.Profile() if args.profile else None
    t = time.perf_counter()
    if prof is not None:
        prof.enable()
    extract_doc(art, doc)
    if prof is not None:
        prof.disable()
    print(f"extract {time.perf_counter() - t:.1f} s")
    if prof is not None:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(20)


if __name__ == "__main__":
    main()
