"""List role misses per brief: printed role vs gold role, for actors and quote speakers.

    python benchmarks/role_misses.py GOLD_DIR [--input html|pasted] [--keep DIR]

Runs `briefgen brief` (unless --keep already holds <id>.json) and `briefgen extract` on the
corpus pages of every gold record, then prints each gold actor / quote with a gold role
whose printed role scores token F1 < 0.5 (the scorer's test in ../shared/eval/briefs_eval.py).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval" / "briefs_eval.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("briefs_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--input", choices=("html", "pasted"), default="html")
    ap.add_argument("--keep", default="/tmp/role_misses")
    ap.add_argument("--ok", action="store_true", help="also list roles that score right")
    args = ap.parse_args()
    be = _scorer()
    golds = {p.stem: json.loads(p.read_text()) for p in sorted(Path(args.gold).glob("*.json"))}
    pages_dir = be.CORPUS / args.input
    ext = ".html" if args.input == "html" else ".txt"
    out = Path(args.keep)
    out.mkdir(parents=True, exist_ok=True)
    pages = {i: pages_dir / f"{i}{ext}" for i in golds}
    briefs = {}
    for i, page in pages.items():
        p = out / f"{i}.json"
        if not p.exists():
            subprocess.run(["briefgen", "brief", str(page), "-o", str(out / f"{i}.html"), "--save-json"],
                           capture_output=True, check=False)
        briefs[i] = json.loads(p.read_text()) if p.exists() else {}
    ex_path = out / "extract.jsonl"
    if not ex_path.exists():
        r = subprocess.run(["briefgen", "extract", "--format", "jsonl", *map(str, pages.values())],
                           capture_output=True, text=True, check=False)
        ex_path.write_text(r.stdout)
    recs = [json.loads(x) for x in ex_path.read_text().splitlines() if x.strip()]
    extracts = dict(zip(pages, recs, strict=False))
    n = bad = 0
    for i, gold in golds.items():
        actors = be.Actors(gold.get("actors", []))
        lines = []
        for a in briefs[i].get("actors", []):
            k = actors.find(a.get("name"), lenient=True)
            if k is None or not actors.gold[k].get("role"):
                continue
            g = actors.gold[k]
            ok = be.token_f1(a.get("role"), g["role"]) >= 0.5
            n += 1
            bad += not ok
            if not ok or args.ok:
                lines.append(f"  ACTOR {'ok ' if ok else 'BAD'} {a.get('name')!r}: {a.get('role')!r}  gold {g['role']!r}")
        gq = gold.get("quotes", [])
        for q in extracts.get(i, {}).get("quotes", []):
            best = max(range(len(gq)), key=lambda j: be.overlap(q["text"], gq[j]["text"]), default=None)
            if best is None or be.overlap(q["text"], gq[best]["text"]) < 0.5:
                continue
            g = gq[best]
            if not (g.get("role") and g.get("speaker")):
                continue
            ok = be.token_f1(q.get("speaker_role"), g["role"]) >= 0.5
            if not ok or args.ok:
                lines.append(f"  QUOTE {'ok ' if ok else 'BAD'} {q.get('speaker')!r}: {q.get('speaker_role')!r}"
                             f"  gold {g['speaker']!r}: {g['role']!r}")
        if lines:
            print(i[:16], gold["metadata"].get("title", "")[:60])
            print("\n".join(lines))
    print(f"actor roles scored {n}, wrong {bad}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
