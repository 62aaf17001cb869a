"""Write the two halves of the brief gold that the ``halves`` checks read.

    python benchmarks/gold_halves.py [OUT_DIR]      # default /tmp: /tmp/gold_A, /tmp/gold_B

The gold records (../shared/corpus/briefs/*.json) sorted by id; half A takes the odd
positions (12 records), half B the even ones (13). ``briefs_eval.py /tmp/gold_A`` scores
one half; ``summary_select.py halves`` and ``fit_ranker.py`` read both. Rules are written
on non-gold pages and kept only when neither half falls (README, "Measuring").

This split was made on 2026-12-01; the halves quoted in notes before that date were
another split of the same 25 records (their folder was lost), so their half figures do not
compare with these.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "briefs"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")
    records = sorted(GOLD.glob("*.json"))
    if not records:
        print(f"no gold records in {GOLD}", file=sys.stderr)
        return 1
    for name, part in (("A", records[1::2]), ("B", records[0::2])):
        folder = out / f"gold_{name}"
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for rec in part:
            shutil.copy(rec, folder / rec.name)
        print(f"{folder}: {len(part)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
