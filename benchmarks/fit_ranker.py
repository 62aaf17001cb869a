"""Fit the weights of the key-fact ranker (briefgen/extract/facts.py) on CNN/DM dev.

    python benchmarks/fit_ranker.py check                 # the current weights, fast path
    python benchmarks/fit_ranker.py fit [--rounds 3] [--seed 0] [--random 200] [--reg]
    python benchmarks/fit_ranker.py gold [NAME=VALUE ...]  # gold halves with these weights

Each CNN/DM dev article is parsed once (the DocBin cache of benchmarks/summary_select.py)
and its candidate sentences and their features are built once (``facts._candidates`` and
``facts._features``); a weight vector is then scored by re-scoring (``facts._relevance``),
MMR selection (``facts._select``) and a ROUGE computed from pre-tokenised lines, so one
evaluation over 150 articles takes a fraction of a second. The objective is the mean
ROUGE-1 F of the first three facts against the highlights (as ../shared/eval/facts_eval.py),
ROUGE-2 breaking ties, on the EVEN dev articles; the ODD articles are held out (and, with
``--reg``, used for early stopping). ``gold`` runs the whole brief (extract + compose) with
the given weights on the brief-gold halves, as ``summary_select.py halves``: the gold is for
measuring only and never enters the fit.

Search: coordinate search (each weight in turn over a grid of values around the current
one, a step kept only if it raises the training objective by more than ``--min-gain``), then
an optional small random search (log-normal steps from the best vector). ``--reg`` limits
each step to one grid notch from the current weights and keeps the vector that scores best
on ODD along the path (early stopping).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary_select import SCORER, SHARED, gold_set, parsed  # noqa: E402

from briefgen.config import load as load_settings  # noqa: E402
from briefgen.extract import extract_doc  # noqa: E402
from briefgen.extract import facts  # noqa: E402
from briefgen.models import Article  # noqa: E402
from briefgen.pipeline import compose_for  # noqa: E402

#: name: (low, high) of the search; W_POS is fixed at 1 (the scale of the others).
SPACE: dict[str, tuple[float, float]] = {
    "W_CENTRAL": (0.0, 4.0),
    "W_NAMED": (0.0, 0.4),
    "W_NUMERIC": (0.0, 0.5),
    "W_REDUNDANCY": (0.0, 2.0),
    "DUPLICATE": (0.3, 1.0),
    "W_LENGTH": (0.0, 4.0),
    "W_BACKGROUND": (0.0, 1.0),
    "POS_EXP": (0.1, 2.0),
    "PRONOUN_FACTOR": (0.3, 1.0),
    "ADVERB_FACTOR": (0.3, 1.0),
    "SHORT_WORDS": (4, 16),
    "SHORT_FACTOR": (0.3, 1.0),
    "LENGTH_KNEE": (8, 40),
}
INTEGER = {"SHORT_WORDS", "LENGTH_KNEE"}
TOKENIZE = SCORER._tokenizer.tokenize  # the stemming tokenizer ROUGE uses


def current() -> dict[str, float]:
    return {k: float(getattr(facts, k)) for k in SPACE}


def apply(w: dict[str, float]) -> None:
    for k, v in w.items():
        setattr(facts, k, int(round(v)) if k in INTEGER else v)


class Item:
    """One article: its candidates (features fixed) and the reference's n-grams."""

    def __init__(self, cands: list, ref: str) -> None:
        self.cands = cands
        rt = TOKENIZE(ref)
        self.ref1 = Counter(rt)
        self.ref2 = Counter(zip(rt, rt[1:], strict=False))
        self.n1, self.n2 = len(rt), max(0, len(rt) - 1)
        self.toks = {id(c): TOKENIZE(c.line) for c in cands}


def capture(art: Article, doc) -> list:
    """The candidates ``extract_facts`` builds for this article, with their features."""
    got: list = []
    orig = facts._candidates

    def grab(*a, **k):
        out = orig(*a, **k)
        got.extend(out)
        return out

    facts._candidates = grab
    try:
        extract_doc(art, doc)
    finally:
        facts._candidates = orig
    if got:
        facts._features(got, doc.text)
    return got


def load_cnndm(part: str) -> list[Item]:
    recs = [json.loads(x) for x in (SHARED / "corpus/facts/dev.jsonl").open(encoding="utf-8")
            if x.strip()]
    recs = recs[(0 if part == "even" else 1)::2]
    arts = [Article(source=f"dev{j}", body=r["text"].strip() + "\n") for j, r in enumerate(recs)]
    docs = parsed(f"cnndm-{part}", arts)
    return [Item(capture(a, d), "\n".join(r["highlights"]))
            for a, d, r in zip(arts, docs, recs, strict=True)]


def top(item: Item, k: int) -> list:
    for c in item.cands:
        c.score = facts._relevance(c.feats, c.words)
    keep = facts.MAX_FACTS
    facts.MAX_FACTS = k
    try:
        return facts._select(list(item.cands))
    finally:
        facts.MAX_FACTS = keep


def evaluate(items: list[Item], w: dict[str, float], k: int = 3) -> tuple[float, float]:
    """Mean ROUGE-1 and ROUGE-2 F (x100) of the first ``k`` facts under weights ``w``."""
    apply(w)
    s1 = s2 = 0.0
    for it in items:
        pred: list[str] = []
        for c in top(it, k):
            pred += it.toks[id(c)]
        if not pred or not it.n1:
            continue
        o1 = sum((Counter(pred) & it.ref1).values())
        s1 += 2 * o1 / (len(pred) + it.n1)
        if it.n2 and len(pred) > 1:
            o2 = sum((Counter(zip(pred, pred[1:], strict=False)) & it.ref2).values())
            s2 += 2 * o2 / (len(pred) - 1 + it.n2)
    n = len(items)
    return 100 * s1 / n, 100 * s2 / n


def grid(name: str, v: float, reg: bool) -> list[float]:
    lo, hi = SPACE[name]
    if name in INTEGER:
        cands = [v - 4, v - 2, v - 1, v + 1, v + 2, v + 4] if not reg else [v - 2, v + 2]
    elif reg:
        d = max(abs(v) * 0.25, (hi - lo) * 0.05)
        cands = [v - d, v + d]
    else:
        d = max(abs(v), (hi - lo) * 0.1)
        cands = [v + d * f for f in (-0.75, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0, 2.0)]
    return sorted({round(min(hi, max(lo, c)), 4) for c in cands} - {round(v, 4)})


def fit(train: list[Item], held: list[Item], rounds: int, min_gain: float, reg: bool,
        n_random: int, seed: int) -> dict[str, float]:
    w = current()
    best = evaluate(train, w)
    path = [(dict(w), best, evaluate(held, w))]
    print(f"start train={best[0]:.2f}/{best[1]:.2f} held={path[0][2][0]:.2f}/{path[0][2][1]:.2f}")
    for r in range(rounds):
        moved = False
        for name in SPACE:
            trials = [dict(w, **{name: v}) for v in grid(name, w[name], reg)]
            scored = [(evaluate(train, t), t) for t in trials]
            if not scored:
                continue
            sc, trial = max(scored, key=lambda x: x[0])
            if sc[0] > best[0] + min_gain:
                w, best, moved = trial, sc, True
                path.append((dict(w), best, evaluate(held, w)))
                h = path[-1][2]
                print(f"round {r} {name}={w[name]:g} train={best[0]:.2f}/{best[1]:.2f} "
                      f"held={h[0]:.2f}/{h[1]:.2f}", flush=True)
        if not moved:
            break
    rng = random.Random(seed)
    for _ in range(n_random):
        trial = dict(w)
        for name in rng.sample(list(SPACE), 3):
            lo, hi = SPACE[name]
            v = trial[name] * math.exp(rng.gauss(0, 0.3)) if trial[name] else (hi - lo) * 0.05
            trial[name] = min(hi, max(lo, round(v) if name in INTEGER else v))
        sc = evaluate(train, trial)
        if sc[0] > best[0] + min_gain:
            w, best = trial, sc
            path.append((dict(w), best, evaluate(held, w)))
            h = path[-1][2]
            print(f"random train={best[0]:.2f}/{best[1]:.2f} held={h[0]:.2f}/{h[1]:.2f}")
    if reg:
        w, best, h = max(path, key=lambda p: (p[2][0], p[2][1]))
        print(f"early stop at the best held-out step: train={best[0]:.2f} held={h[0]:.2f}")
    return w


def gold(w: dict[str, float]) -> list[float]:
    """ROUGE-1 of summary + first five facts on gold html A/B, pasted A/B with weights ``w``."""
    apply(w)
    settings = load_settings().settings
    out = []
    for kind in ("html", "pasted"):
        for half in ("A", "B"):
            ids, arts, docs, refs = gold_set(kind, half)
            tot = 0.0
            for art, doc, ref in zip(arts, docs, refs, strict=True):
                brief = compose_for([extract_doc(art, doc)], settings, None)
                pred = " ".join(x.text for x in brief.summary + brief.facts[:5])
                tot += SCORER.score(ref, pred)["rouge1"].fmeasure * 100
            out.append(tot / len(ids))
    return out


def fmt(w: dict[str, float]) -> str:
    base = current()
    return " ".join(f"{k}={v:g}" for k, v in w.items() if v != base[k]) or "(current)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("check", "fit", "gold"))
    ap.add_argument("assign", nargs="*", help="NAME=VALUE weights for 'gold'")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--random", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-gain", type=float, default=0.02)
    ap.add_argument("--reg", action="store_true")
    args = ap.parse_args()
    base = current()
    if args.what == "gold":
        w = dict(base)
        for a in args.assign:
            k, v = a.split("=")
            w[k] = float(v)
        g = gold(w)
        print(f"{fmt(w)}\ngold rouge1 html A {g[0]:.2f} B {g[1]:.2f}, pasted A {g[2]:.2f} B {g[3]:.2f}")
        return 0
    t = time.perf_counter()
    even, odd = load_cnndm("even"), load_cnndm("odd")
    print(f"loaded in {time.perf_counter() - t:.0f}s")
    t = time.perf_counter()
    e, o = evaluate(even, base), evaluate(odd, base)
    print(f"current: even {e[0]:.2f}/{e[1]:.2f} odd {o[0]:.2f}/{o[1]:.2f} "
          f"({time.perf_counter() - t:.2f}s for both)")
    if args.what == "check":
        return 0
    w = fit(even, odd, args.rounds, args.min_gain, args.reg, args.random, args.seed)
    e2, o2 = evaluate(even, w), evaluate(odd, w)
    apply(base)
    print(f"fitted: {fmt(w)}")
    print(f"even {e[0]:.2f}/{e[1]:.2f} -> {e2[0]:.2f}/{e2[1]:.2f}; "
          f"odd {o[0]:.2f}/{o[1]:.2f} -> {o2[0]:.2f}/{o2[1]:.2f}")
    print("gold: python benchmarks/fit_ranker.py gold " + " ".join(
        f"{k}={v:g}" for k, v in w.items() if v != base[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
