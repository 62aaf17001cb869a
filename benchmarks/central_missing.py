#!/usr/bin/env python3
"""List the central gold actors a set of made briefs leaves out (briefs_eval's central_r misses).

    python benchmarks/central_missing.py GOLD_DIR BRIEFS_DIR

GOLD_DIR holds the brief gold (`<id>.json`, e.g. ../shared/corpus/briefs or a half of it);
BRIEFS_DIR the briefs' JSON as `briefs_eval.py --keep DIR` leaves them. A gold actor is
found when a printed actor's name matches its name or an alias with the scorer's own
normalisation (titles dropped, surname alone when only one gold person has it). Each miss
prints with the actors the brief did print, so a reader can tell a ranking loss (the name
is in the article but cut) from a merge or typing loss.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

# the eval script's Actors matcher, so this list agrees with central_r
from role_misses import _scorer


def main() -> int:
    """Print each brief's missing central actors and the totals."""
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    gold_dir, briefs_dir = Path(sys.argv[1]), Path(sys.argv[2])
    be = _scorer()
    n = found = 0
    for g in sorted(gold_dir.glob("*.json")):
        made = briefs_dir / g.name
        if not made.exists():
            print(f"{g.stem[:16]}: no brief in {briefs_dir}")
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        brief = json.loads(made.read_text(encoding="utf-8"))
        actors = be.Actors(gold.get("actors", []))
        seen = {actors.find(a.get("name"), lenient=True) for a in brief.get("actors", [])}
        central = [i for i, a in enumerate(actors.gold) if a.get("central")]
        n += len(central)
        missing = [actors.gold[i] for i in central if i not in seen]
        found += len(central) - len(missing)
        for a in missing:
            printed = ", ".join(f"{x.get('name')} ({x.get('kind')})" for x in brief.get("actors", []))
            print(f"{g.stem[:16]}: missing {a['name']!r} ({a['type']}); printed: {printed}")
    print(f"central={n} found={found} central_r={found / n if n else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
