#!/usr/bin/env python3
"""How fast briefgen reads pasted web text: pages per second, reading alone and `extract`.

    python benchmarks/pasted_speed.py [PAGES_DIR] [--repeat N] [--extract]

PAGES_DIR defaults to ../shared/corpus/pasted (every *.txt in it, read in place). Timed:

- read: ``briefgen.ingest.read_source`` on every page (decode, body/furniture decision,
  masthead), best of ``--repeat`` passes;
- with ``--extract``: what ``briefgen extract`` does after loading the model, in this
  process: ``pipeline.extract_sources`` over all pages (read + spaCy + extraction), once,
  the model loaded and warmed on one page beforehand (untimed). The body that reading
  keeps is what the model parses, so a tighter body is a faster extract.

Prints wall-clock and CPU pages/s (CPU time is steadier on a busy machine). Last line:
``pasted_read_pages_per_s=<wall> cpu=<cpu>`` and, with --extract,
``extract_pages_per_s=<wall> cpu=<cpu> body_chars=<total chars of the bodies kept>``.
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
from briefgen.ingest import read_source  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "pasted"))
    ap.add_argument("--repeat", type=int, default=3, help="passes over the pages (best one counts)")
    ap.add_argument("--extract", action="store_true", help="also time extraction (loads spaCy)")
    args = ap.parse_args()
    logging.disable(logging.WARNING)  # per-page warnings (language, short body) are not the point
    files = [str(f) for f in sorted(Path(args.pages).glob("*.txt"))]
    if not files:
        print(f"no .txt files in {args.pages}")
        return 1
    best_wall = best_cpu = float("inf")
    failed = chars = 0
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        failed = chars = 0
        for f in files:
            try:
                chars += len(read_source(f).body)
            except InputError:
                failed += 1
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    print(f"pages={len(files)} failed={failed} body_chars={chars} "
          f"read_wall_s={best_wall:.2f} read_cpu_s={best_cpu:.2f}")
    line = (f"pasted_read_pages_per_s={len(files) / best_wall:.1f} "
            f"cpu={len(files) / best_cpu:.1f}")
    if args.extract:
        from briefgen.config import load_settings
        from briefgen.pipeline import extract_sources

        settings = load_settings()
        extract_sources(files[:1], settings)  # load and warm the model, untimed
        w0, c0 = time.perf_counter(), time.process_time()
        out = extract_sources(files, settings)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        print(f"extract_wall_s={wall:.1f} extract_cpu_s={cpu:.1f} results={len(out)}")
        print(line)
        line = (f"extract_pages_per_s={len(files) / wall:.2f} cpu={len(files) / cpu:.2f} "
                f"body_chars={chars}")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
