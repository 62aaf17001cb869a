"""Print every Key-actors row of saved briefs: page, name, type, role, mentions.

    python benchmarks/actor_rows.py DIR [DIR2]

DIR holds briefs saved with ``--save-json`` (``briefgen brief --each FILES -o DIR --format html
--save-json``). With one folder, prints one tab-separated row per actor, for auditing by eye.
With two (before, after), prints only the pages whose rows differ: ``-`` rows are only in
DIR, ``+`` rows only in DIR2.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def rows(folder: Path) -> dict[str, list[str]]:
    """Page stem -> its Key-actors rows, each ``name | kind | role | mentions``."""
    out: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        brief = json.loads(path.read_text())
        out[path.stem] = [
            f"{a['name']} | {a.get('kind')} | {a.get('role') or ''} | {a.get('mentions')}"
            for a in brief.get("actors") or []
        ]
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    before = rows(Path(argv[0]))
    if len(argv) == 1:
        n = 0
        for page, lines in before.items():
            for line in lines:
                print(f"{page[:60]}\t{line}")
                n += 1
        print(f"# {n} rows on {len(before)} pages", file=sys.stderr)
        return 0
    after = rows(Path(argv[1]))
    changed = 0
    for page in sorted(set(before) | set(after)):
        old, new = before.get(page, []), after.get(page, [])
        if old == new:
            continue
        changed += 1
        print(f"== {page}")
        for line in old:
            if line not in new:
                print(f"  - {line}")
        for line in new:
            if line not in old:
                print(f"  + {line}")
    print(f"# {changed} pages changed of {len(set(before) | set(after))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
