#!/usr/bin/env python3
"""Story grouping on two halves of a gold set: tune on one, check on the other.

    python benchmarks/stories_halves.py [GOLD.json] [--pages DIR] [--ext .html] [--thresholds 0.14,0.16,0.18]

GOLD defaults to ../shared/corpus/stories/dev.json. Its stories are split in two halves
(sorted by name; alternate multi-article stories, alternate single ones), so that each
half has its share of both. Each half is grouped on its own, as a run on those pages
alone would be (the IDF is over that half), and scored with the scorer of
../shared/eval/stories_eval.py: pair F1 and B-cubed F1 for half A, half B and all pages,
at each threshold (default: the one briefgen uses).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    from briefgen.ingest import read_source
    from briefgen.stories import THRESHOLD, group_articles

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(SHARED / "corpus" / "stories" / "dev.json"))
    ap.add_argument("--pages", default=str(SHARED / "corpus" / "html"))
    ap.add_argument("--ext", default=".html")
    ap.add_argument("--thresholds", default=str(THRESHOLD))
    args = ap.parse_args()
    sys.path.insert(0, str(SHARED / "eval"))
    from stories_eval import score  # type: ignore[import-not-found]

    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    stories: dict[str, list[str]] = gold["stories"]
    names = sorted(stories)
    multi = [s for s in names if len(stories[s]) > 1]
    single = [s for s in names if len(stories[s]) == 1]
    half_a = set(multi[0::2] + single[0::2])
    story_of = {i: s for s, ids in stories.items() for i in ids}
    ids = sorted(gold["ids"])
    articles = {i: read_source(str(Path(args.pages) / f"{i}{args.ext}")) for i in ids}
    halves = {"A": [i for i in ids if story_of[i] in half_a],
              "B": [i for i in ids if story_of[i] not in half_a], "all": ids}
    for th in (float(t) for t in args.thresholds.split(",")):
        for name, part in halves.items():
            groups = group_articles([articles[i] for i in part], th)
            pred = [[part[k] for k in g] for g in groups]
            want = [[i for i in stories[s] if i in set(part)] for s in names]
            m = score([g for g in want if g], pred)
            print(f"threshold={th:.3f} half={name:<3} pages={len(part):>2} pair_f1={m['pair_f1']:.3f} "
                  f"bcubed_f1={m['bcubed_f1']:.3f} stories_pred={m['stories_pred']} stories_gold={m['stories_gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
