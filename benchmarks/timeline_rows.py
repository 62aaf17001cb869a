"""Held-out check of the brief's Timeline rows: does each read as an event?

    python benchmarks/timeline_rows.py [--input html|pasted] [--ids FILE] [--keep DIR]
                                       [--read DIR] [--show [KIND]] [--cmd "briefgen"]

Makes (or, with ``--read``, reads) the briefs of the corpus pages that have NO brief gold
(ids in ``--ids``, default /tmp/r3/nogold_ids.txt), exactly as ``line_checks.py`` does,
and counts the Timeline rows per defect kind (a row may have several):

- ``quoted``: the row's words sit inside quote marks in the article (found in the body
  from the corpus ``ground-truth.json``, quote marks counted in its paragraph), or the
  row opens or closes a quote mark it does not close or open;
- ``cut_end``: the row ends, without a full stop, on a word no clause ends on (a
  determiner, a preposition, an auxiliary, a conjunction, a relative word: "...
  circulated by the", "... was");
- ``dateline``: a wire dateline at the front ("HANOI, Vietnam (AP) \u2014 ...");
- ``leaning``: the first word outside brackets is a pronoun or a relative word
  ("it would be provided ...", "who listened in ...");
- ``no_clause``: parsed on its own (real spaCy; a name in brackets read as a word of
  the row), the row has no subject with a finite verb ("genes that encode ... until 1991", "published Monday in the journal BMJ").

Prints the counts (and rows and briefs); ``--show`` prints each flagged row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import line_checks as lc  # same pages, same brief making, same dateline check

KINDS = ("quoted", "cut_end", "dateline", "leaning", "no_clause")
_NO_END = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "of", "by", "to", "in", "on", "at", "for", "with", "from", "into", "as",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "and", "or", "but", "nor", "which", "who",
    "whose", "whom", "than", "because", "if", "while", "when", "where", "although", "though",
}
_LEAN = {"he", "she", "they", "it", "its", "his", "her", "their", "them", "which", "who",
         "whose", "whom", "where", "we", "i", "you", "our", "my", "your", "him", "us", "me"}
_INSERT = re.compile(r"\[[^\]]*\]")
_OPEN, _CLOSE = "\u201c", "\u201d"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def inside_quote(body: str, at: int) -> bool:
    """Is ``body[at]`` inside quote marks of its paragraph?"""
    para = body.rfind("\n", 0, at) + 1
    before = body[para:at]
    curly = before.count(_OPEN) > before.count(_CLOSE)
    return curly or before.count('"') % 2 == 1


def unbalanced(text: str) -> bool:
    """A quote mark the row opens and does not close, or closes and did not open."""
    return text.count(_OPEN) != text.count(_CLOSE) or text.count('"') % 2 == 1


def has_clause(doc) -> bool:  # type: ignore[no-untyped-def]
    """A subject whose verb is finite (or has a finite auxiliary)."""
    for t in doc:
        if t.dep_ not in {"nsubj", "nsubjpass", "expl", "csubj"}:
            continue
        v = t.head
        if v.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in v.children):
            return True
    return False


def main() -> int:
    args = lc.page_args(__doc__).parse_args()

    from briefgen.extract import nlp as nlp_mod

    pages, truth, briefs = lc.page_briefs(args, "timeline-rows-")
    nlp = nlp_mod.load()
    counts: Counter = Counter()
    shown: list[str] = []
    for i, b, body in lc.each_brief(pages, truth, briefs, counts):
        for row in b.get("timeline", []):
            counts["rows"] += 1
            text = row.get("text", "")
            plain = " ".join(_INSERT.sub(" ", text).replace("\u2026", " ").split())
            named = " ".join(text.replace("[", "").replace("]", "").replace("\u2026", " ").split())
            bad: list[str] = []
            piece = plain[:40]
            at = body.find(piece) if piece else -1
            if unbalanced(plain) or (at >= 0 and inside_quote(body, at)):
                bad.append("quoted")
            words = re.findall(r"[\w'\u2019-]+", plain.lower())
            if not text.rstrip().endswith(("\u2026", ".", "!", "?")) and words and words[-1] in _NO_END:
                bad.append("cut_end")
            if lc._DATELINE.match(plain):
                bad.append("dateline")
            first = re.findall(r"[\w'\u2019]+", _INSERT.sub("X", text).lower())[:1]
            if first and first[0] in _LEAN:
                bad.append("leaning")
            if not has_clause(nlp(named)):
                bad.append("no_clause")
            counts.update(bad)
            if bad:
                counts["flagged"] += 1
            if args.show and bad and (args.show == "all" or args.show in bad):
                shown.append(f"{i[:14]} {','.join(bad):24} {text}")
    for line in shown:
        print(line)
    print(f"input={args.input} briefs={len(pages) - counts['missing']} rows={counts['rows']} "
          f"flagged={counts['flagged']} " + " ".join(f"{k}={counts[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
