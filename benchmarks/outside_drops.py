"""Print what each rule of ``facts.outside_parts`` drops as "not story", for a person to audit.

    python benchmarks/outside_drops.py [--input html|pasted] [--rule teaser] [--ids FILE] > drops.txt
    python benchmarks/outside_drops.py --cnndm [--rule caption] > drops.txt

The rules (``facts.outside_parts``): promo, tail (a press release's "About <Name>" and
contacts), table, top (the page's top before the story), caption, teaser. Every range is
printed with its rule, the page and its text (cut at 300 characters), so a reader can tell
a true drop (a caption, a teaser for another story, a company profile) from story text the
rule took. The last line counts ranges and words per rule. Facts and background lines skip
every range; figures and Key actors skip all but the "teaser" ones (``facts.LIKELY_PAGE``),
so a wrong drop costs a fact, and a wrong non-teaser drop a figure and an actor too.

By default the pages are the corpus/html pages without brief gold (ids in
/tmp/r3/nogold_ids.txt): the gold is for measuring only; ``--ids`` takes another list.
``--cnndm`` reads the 300 CNN/DM dev articles instead. Parses are cached in /tmp (the
DocBin cache of ``summary_select``), so a re-run after a rule change takes seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from figure_labels import page_args, read_pages

from briefgen.extract.facts import outside_parts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    page_args(ap)
    ap.add_argument("--rule", help="print only this rule's ranges (all are counted)")
    args = ap.parse_args()
    pairs, docs = read_pages(args, "outside-drops")
    ranges: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for (pid, _art), doc in zip(pairs, docs, strict=True):
        text = doc.text
        for why, a, b in outside_parts(text, list(doc.sents)):
            n = len(text[a:b].split())
            ranges[why] += 1
            words[why] += n
            if args.rule in (None, why):
                print(f"{pid[:16]} {why:8} {n:4}w | {' '.join(text[a:b].split())[:300]}")
    print(f"pages={len(pairs)} " + " ".join(f"{k}={ranges[k]}/{words[k]}w" for k in sorted(ranges)),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
