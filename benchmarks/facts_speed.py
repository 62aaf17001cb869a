#!/usr/bin/env python3
"""How much fact selection costs next to the spaCy parse it runs on.

    python benchmarks/facts_speed.py [FILES or a .jsonl with a "text" field ...] [--repeat 3]

Without arguments it reads the articles in examples/ (and ../shared/seed/ when present).
It parses every article once (timed), then runs each extractor over the parsed docs
(timed, best of --repeat runs) and prints milliseconds per article and each one's share
of the parse time. The goal for extract_facts is under 10% of the parse; the script exits
1 when fact selection costs more than that.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.extract import context, entities, facts, figures, quotes, timeline  # noqa: E402
from briefgen.extract.nlp import load  # noqa: E402
from briefgen.ingest.text import parse_text  # noqa: E402

BUDGET = 0.10


def _texts(paths: list[str]) -> list[str]:
    if not paths:
        found = sorted((ROOT / "examples").glob("*.txt"))
        seed = ROOT.parent / "shared" / "seed"
        found += sorted(seed.glob("*.txt")) if seed.is_dir() else []
        paths = [str(p) for p in found]
    out: list[str] = []
    for p in paths:
        if p.endswith(".jsonl"):
            with open(p, encoding="utf-8") as fh:
                out += [json.loads(line)["text"] for line in fh if line.strip()]
        else:
            raw = Path(p).read_text(encoding="utf-8")
            out.append(parse_text(raw, p).body)
    if not out:
        raise SystemExit("no articles to time: name .txt files or a .jsonl corpus")
    return out


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=100, help="at most this many articles")
    args = ap.parse_args()

    texts = _texts(args.paths)[: args.limit]
    nlp = load()
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    found = [quotes.extract_quotes(d) for d in docs]
    picked = [facts.extract_facts(d, q) for d, q in zip(docs, found, strict=True)]
    steps: dict[str, Callable[[], object]] = {
        "facts": lambda: [facts.extract_facts(d, q) for d, q in zip(docs, found, strict=True)],
        "figures": lambda: [figures.extract_figures(d, q) for d, q in zip(docs, found, strict=True)],
        "context": lambda: [context.extract_context(d, q, f)
                            for d, q, f in zip(docs, found, picked, strict=True)],
        "entities": lambda: [entities.extract_entities(d, q) for d, q in zip(docs, found, strict=True)],
        "timeline": lambda: [timeline.extract_timeline(d, None) for d in docs],
    }
    n = len(docs)
    print(f"articles={n} words/article={sum(len(t.split()) for t in texts) / n:.0f}")
    print(f"{'parse':<9} {1000 * parse / n:8.2f} ms/article")
    share = {}
    for name, fn in steps.items():
        took = _best(fn, args.repeat)
        share[name] = took / parse
        print(f"{name:<9} {1000 * took / n:8.2f} ms/article  {100 * share[name]:5.1f}% of parse")
    ok = share["facts"] < BUDGET
    print(f"facts_share={100 * share['facts']:.1f}% budget={100 * BUDGET:.0f}% "
          f"{'OK' if ok else 'OVER BUDGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
