#!/usr/bin/env python3
"""CPU seconds per article for each stage of a brief, in one warm process.

    python benchmarks/each_parts.py [--n 20]

Reads the first N pages of ../shared/corpus/html (in place), then times with
``time.process_time`` (CPU time of this process, so other load on the machine matters
little): reading and cleaning the HTML, parsing and extracting (``nlp.pipe``), composing,
rendering the HTML, and rendering the PDF. These are the per-article costs
docs/scaling.md sizes a cluster with.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    from briefgen.batch import plan_for
    from briefgen.compose import compose
    from briefgen.config import load_settings
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load
    from briefgen.ingest import read_source
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf

    pages = sorted(CORPUS.glob("*.html"))[: args.n]
    settings = load_settings()
    name, aud = settings.audience(None)
    plan = plan_for(settings, None, ["pdf"], None, [], None, False, False)
    cost: dict[str, float] = {}

    def clock(stage: str, t0: float) -> float:
        now = time.process_time()
        cost[stage] = cost.get(stage, 0.0) + now - t0
        return now

    t = time.process_time()
    nlp = load(settings.nlp.model)
    t = clock("load model (once)", t)
    render_pdf("<p>warm</p>")
    t = clock("set up WeasyPrint (once)", t)
    arts = [read_source(str(p)) for p in pages]
    t = clock("read + clean HTML", t)
    exs = list(extract_many(arts, nlp))
    t = clock("parse + extract", t)
    for ex in exs:
        brief = compose([ex], aud, audience_name=name)
        t = clock("compose", t)
        html = render_html(brief, embed_fonts=False, **plan.render_kw)  # type: ignore[arg-type]
        t = clock("render HTML", t)
        render_pdf(html)
        t = clock("render PDF", t)
    per = {k: v / (1 if "once" in k else len(pages)) for k, v in cost.items()}
    total = sum(v for k, v in per.items() if "once" not in k)
    print(f"CPU seconds per article over {len(pages)} pages of {CORPUS}:")
    for k, v in per.items():
        share = "" if "once" in k else f"  {v / total:5.1%}"
        print(f"  {k:<26} {v:6.3f}{share}")
    print(f"  {'total per article':<26} {total:6.3f}")


if __name__ == "__main__":
    main()
