#!/usr/bin/env python3
"""How fast briefgen reads saved HTML pages: pages per second for the body alone.

    python benchmarks/html_speed.py [PAGES_DIR] [--repeat N] [--full]

PAGES_DIR defaults to ../shared/corpus/html (every *.html in it). The pages are read
into memory first, so only extraction is timed: ``briefgen.ingest.html.extract_body``
(trafilatura with the options parse_html uses), or with --full the whole
``parse_html`` (body, metadata, furniture filter). Prints wall-clock and CPU
pages/s (CPU time is steadier on a busy machine); the last line is
``html_pages_per_s=<wall> cpu_pages_per_s=<cpu>``. Goal: >= 30 pages/s for the body.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.errors import InputError  # noqa: E402
from briefgen.ingest.html import extract_body, parse_html  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "html"))
    ap.add_argument("--repeat", type=int, default=2, help="passes over the pages (best one counts)")
    ap.add_argument("--full", action="store_true", help="time parse_html (body + metadata)")
    args = ap.parse_args()
    logging.disable(logging.WARNING)  # trafilatura's per-page warnings are not the point here
    files = sorted(Path(args.pages).glob("*.html"))
    if not files:
        print(f"no .html files in {args.pages}")
        return 1
    pages = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    extract_body(pages[0])  # warm up imports and caches
    best_wall = best_cpu = float("inf")
    empty = 0
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        empty = 0
        for page in pages:
            if args.full:
                try:
                    parse_html(page, source="bench")
                except InputError:
                    empty += 1
            elif not extract_body(page):
                empty += 1
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    what = "parse_html (body + metadata)" if args.full else "body only (extract_body)"
    print(f"pages={len(pages)} timed={what} empty={empty} wall_s={best_wall:.2f} cpu_s={best_cpu:.2f}")
    print(f"html_pages_per_s={len(pages) / best_wall:.1f} cpu_pages_per_s={len(pages) / best_cpu:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
