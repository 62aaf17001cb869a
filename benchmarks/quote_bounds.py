"""Held-out check that every printed quote sits inside the article's quote marks.

    python benchmarks/quote_bounds.py DIR [DIR ...] [--show]

Issue 18 asks that a brief never print words as a quote that the article does not put
between quote marks. ``briefs_eval.py`` scores that only on the 25 gold pages, and there
its ``printed_quote_err`` also counts score ties (a gold scare word inside a right quote;
see ``benchmarks/quote_errors.py``). This check needs no gold: for each kept brief JSON
(``briefgen brief --each ... --save-json``) it reads the source article again, finds its
quoted stretches with :func:`briefgen.extract.marks.find_marked` and counts the printed
quotes that run past a closing mark or start before an opening one (``outside``) and
those not found in the body at all (``missing``: an ellipsis join, a repaired word).
A printed quote may join two quoted stretches with " ... " when both are inside marks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.extract.marks import find_marked  # noqa: E402
from briefgen.ingest import read_source  # noqa: E402

_JOIN = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")
_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")


def _norm(s: str) -> str:
    """Quote text compared loosely: curly apostrophes straight, spaces single."""
    return " ".join(s.replace("\u2019", "'").replace("\u2018", "'").split())


def check(brief: dict, body: str) -> list[tuple[str, str]]:
    """(verdict, text) for each printed quote of one brief: ``ok``, ``outside`` or ``missing``."""
    stretches = [_norm(body[m.start:m.end]) for m in find_marked(body) if not m.single]
    flat = _norm(_MARKS.sub("", body))  # the body read past its quote marks
    out: list[tuple[str, str]] = []
    for q in brief.get("quotes", []):
        parts = [p.strip(" ,.;:") for p in _JOIN.split(_norm(q["text"])) if p.strip(" ,.;:")]
        if not parts:
            continue
        if all(any(p in s for s in stretches) for p in parts):
            out.append(("ok", q["text"]))
        elif all(_norm(_MARKS.sub("", p)) in flat for p in parts):
            out.append(("outside", q["text"]))
        else:
            out.append(("missing", q["text"]))
    return out


def main() -> int:
    """Count printed quotes outside the article's quote marks in kept briefs."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--show", action="store_true", help="print each quote that is not ok")
    args = ap.parse_args()
    counts = {"ok": 0, "outside": 0, "missing": 0}
    for d in args.dirs:
        for path in sorted(Path(d).glob("*.json")):
            brief = json.loads(path.read_text(encoding="utf-8"))
            sources = brief.get("sources") or []
            if not brief.get("quotes") or len(sources) != 1:
                continue
            body = read_source(sources[0]["source"]).body
            for verdict, text in check(brief, body):
                counts[verdict] += 1
                if args.show and verdict != "ok":
                    print(f"{path.stem[:40]} {verdict.upper()} {text[:100]!r}")
    n = sum(counts.values())
    print(f"printed={n} outside={counts['outside']} missing={counts['missing']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
