#!/usr/bin/env python3
"""Wall and CPU time of `briefgen digest` over a folder of pages, to PDF and HTML at once.

    python benchmarks/digest_time.py [GOLD.json] [--pages DIR] [--ext .html]

GOLD defaults to ../shared/corpus/stories/dev.json (its "ids" are the pages, 60 news pages);
the pages are DIR/<id><ext> (default ../shared/corpus/html). Runs one cold process

    briefgen digest PAGE... -o digest.pdf --format pdf,html

and prints its wall time, the CPU time it used (user+sys; on a shared machine the wall time
also counts waiting for a core), the number of stories, and whether each story appears
exactly once in the HTML and in the PDF's contents. Then the parts, in one warm process:
read, group, model load, extract, compose, render HTML, render PDF.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def cold(pages: list[str], out: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefgen", "digest", *pages, "-o", str(out),
                    "--format", "pdf,html"], check=True, capture_output=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def parts(pages: list[str]) -> list[tuple[str, float]]:
    from briefgen.config import load_settings
    from briefgen.digest import compose_digest, read_digest_sources, story_records
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load
    from briefgen.pipeline import render_options
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf

    settings = load_settings(None)
    out: list[tuple[str, float]] = []
    t = time.perf_counter()
    read = read_digest_sources(pages)
    out.append(("read", time.perf_counter() - t))
    t = time.perf_counter()
    records = story_records(read.articles, read.failures)
    out.append(("group", time.perf_counter() - t))
    t = time.perf_counter()
    nlp = load(settings.nlp.model)
    out.append(("model load", time.perf_counter() - t))
    t = time.perf_counter()
    extractions = list(extract_many(read.articles, nlp))
    out.append(("parse+extract", time.perf_counter() - t))
    index = {a.source: i for i, a in enumerate(read.articles)}
    groups = [[index[s] for s in r["sources"]] for r in records if "error" not in r]  # type: ignore[attr-defined]
    t = time.perf_counter()
    digest = compose_digest(extractions, groups, settings, "digest")
    out.append(("compose", time.perf_counter() - t))
    _, aud = settings.audience("digest")
    kw = render_options(settings, aud, [settings.templates_dir])
    t = time.perf_counter()
    html = render_html(digest, embed_fonts=False, **kw)  # type: ignore[arg-type]
    out.append(("render HTML", time.perf_counter() - t))
    t = time.perf_counter()
    render_pdf(html)
    out.append(("render PDF", time.perf_counter() - t))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(SHARED / "corpus" / "stories" / "dev.json"))
    ap.add_argument("--pages", default=str(SHARED / "corpus" / "html"))
    ap.add_argument("--ext", default=".html")
    ap.add_argument("--no-parts", action="store_true", help="only the cold run")
    args = ap.parse_args()
    ids = sorted(json.loads(Path(args.gold).read_text(encoding="utf-8"))["ids"])
    pages = [str(Path(args.pages) / f"{i}{args.ext}") for i in ids]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "digest.pdf"
        wall, cpu = cold(pages, out)
        html = out.with_suffix(".html").read_text(encoding="utf-8")
        from pypdf import PdfReader

        reader = PdfReader(str(out))
        stories = html.count('<article class="story"')
        headings = [h.split("</h2>")[0] for h in html.split('<h2 class="story-title">')[1:]]
        once = len(headings) == len(set(headings)) == stories
        listed = sum(len(h.split("<li")) - 1 for h in
                     [html.split('<ol class="sources">')[k].split("</ol>")[0]
                      for k in range(1, stories + 1)])
    print(f"pages: {len(pages)}  stories: {stories}  each story once: {once}  "
          f"sources listed: {listed}  PDF pages: {len(reader.pages)}")
    print(f"cold digest to PDF+HTML: wall {wall:.1f} s, CPU {cpu:.1f} s")
    if not args.no_parts:
        for name, secs in parts(pages):
            print(f"  {name:<14} {secs:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
