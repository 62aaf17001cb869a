#!/usr/bin/env python3
"""Wall time of `briefgen brief` in a cold process (model load included), and its parts.

    python benchmarks/brief_time.py [ARTICLE] [--runs 3]

Prints the median wall time of the whole command for PDF and for HTML output, then a
breakdown measured in one warm process: read, model load, parse+extract, compose, render
HTML, render PDF.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "seed" / "russia-north-korea-independent-2024-01-15.txt"


def cold(article: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefgen", "brief", str(article), "-o", str(out)],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def parts(article: Path) -> list[tuple[str, float]]:
    from briefgen.compose import compose
    from briefgen.config import load_settings
    from briefgen.extract import extract
    from briefgen.extract.nlp import load
    from briefgen.ingest import read_source
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf

    out = []
    t = time.perf_counter()
    settings = load_settings()
    art = read_source(str(article))
    out.append(("read + clean", time.perf_counter() - t))
    t = time.perf_counter()
    nlp = load(settings.nlp.model)
    out.append(("load model", time.perf_counter() - t))
    t = time.perf_counter()
    ex = extract(art, nlp)
    out.append(("parse + extract", time.perf_counter() - t))
    t = time.perf_counter()
    _, aud = settings.audience(None)
    brief = compose([ex], aud)
    out.append(("compose", time.perf_counter() - t))
    t = time.perf_counter()
    html = render_html(brief, embed_fonts=False)
    out.append(("render HTML", time.perf_counter() - t))
    t = time.perf_counter()
    render_pdf(html)
    out.append(("render PDF", time.perf_counter() - t))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = cold(args.article, Path(tmp) / "b.pdf", args.runs)
        html = cold(args.article, Path(tmp) / "b.html", args.runs)
    print(f"cold briefgen brief -> PDF:  {pdf:.2f} s (median of {args.runs})")
    print(f"cold briefgen brief -> HTML: {html:.2f} s (median of {args.runs})")
    for name, secs in parts(args.article):
        print(f"  {name:<16} {secs:6.2f} s")


if __name__ == "__main__":
    main()
