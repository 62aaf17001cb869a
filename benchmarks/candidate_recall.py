"""Why the sentences a reader's summary is built from never become fact candidates.

    python benchmarks/candidate_recall.py cnndm [--part even|odd|all] [--show REASON]
    python benchmarks/candidate_recall.py gold [--input html|pasted]
    python benchmarks/candidate_recall.py nogold [--input html|pasted] [--show REASON]

``nogold`` has no reference: it gives the reason of every sentence of the corpus pages
without brief gold (ids in /tmp/r3/nogold_ids.txt; corpus/html/<id>.html, or with
``--input pasted`` corpus/pasted/<id>.txt), to find a filter's wrong refusals outside the
gold; ``--every`` does the same for CNN/DM.

For each article, a greedy ROUGE-1 oracle picks up to three body sentences (CNN/DM:
against the highlights; gold: up to the words of summary + five facts against the gold
bottom line and key points). Each oracle sentence that is not among the candidates of
:func:`briefgen.extract.facts._candidates` is given the first filter that dropped it
(the checks of ``plain_sentences`` in their order, then ``_candidates``'s own), and the
reasons are counted. ``--show REASON`` prints the dropped sentences of that reason (write
rules from CNN/DM even and the non-gold pages only; the gold is for counting).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import summary_select as ss
from spacy.tokens import Doc, Span

from briefgen.extract import facts as F
from briefgen.extract.cast import build_cast
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.shorten import asides
from briefgen.extract.standalone import make_line
from briefgen.models import Article


def _statement_reason(sent: Span, chunk: str) -> str:
    """Which part of ``not_a_statement`` refuses the sentence (a rough split)."""
    if F._is_question(chunk):
        return "question"
    if chunk.rstrip(F.QUOTE_CHARS + "'\u2019) ").endswith("!"):
        return "exclamation"
    if F._SOCIAL.search(chunk):
        return "social"
    toks = [t for t in sent if not t.is_space]
    quoted = [(m.start() + sent.start_char, m.end() + sent.start_char)
              for m in F._QUOTED.finditer(sent.text)]
    if any(F._writer(t) and not any(a <= t.idx < b for a, b in quoted) for t in toks):
        return "writer-voice"
    if toks[0].text[:1].islower():
        return "lowercase-start"
    return "not-statement-other"


def reason(doc: Doc, text: str, sents: list[Span], i: int, states: list[bool],
           skip: list[tuple[int, int]], quotes: list, cast, published) -> str:
    """The first filter that keeps sentence ``i`` out of the candidates ("" when it is one)."""
    sent = sents[i]
    why, start, end = F.why_not_plain(text, sents, i, states, skip, quotes)
    chunk = text[start:end]
    if why == "statement":
        return "stmt:" + _statement_reason(sent, chunk)
    if why == "quote":
        over = F._overlaps_quote(start, end, quotes)
        mine = [q for q in quotes if q.kind != "indirect" and q.start < end and start < q.end]
        if any(q.kind != "partial" for q in mine):
            return "quote:full"
        if over:
            return "quote:partial-unsourced"
        return "quote:share" if F._quoted_share(chunk) > F.QUOTED_SHARE else "quote:attributed"
    if why:
        return why
    words = len(chunk.split())
    cand = F._Cand(start=start, end=end, index=i, sent=sent, words=words)
    cand.start, cand.end = F._trim(doc, text, cand)
    toks = [t for t in sent if cand.start <= t.idx < cand.end]
    if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return "no-verb"
    line = make_line(doc, text, sent, cand.start, cand.end, cast, published,
                     cut=cand.end < end, drops=asides(doc, text, sent, cand.start, cand.end))
    if line is None:
        first = next((t for t in toks if not t.is_punct), toks[0])
        return "make_line:" + first.lower_
    return ""


def oracle_indices(doc: Doc, ref: str, k: int = 3, budget: int | None = None) -> list[int]:
    """Greedy ROUGE-1 oracle: indices of up to ``k`` sentences (or ``budget`` words)."""
    sents = [s.text.strip() for s in doc.sents]
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < k:
        words = sum(len(sents[j].split()) for j in chosen)
        pick = None
        for j, s in enumerate(sents):
            if j in chosen or len(s.split()) < 4:
                continue
            if budget is not None and words + len(s.split()) > budget * 1.1:
                continue
            f = ss.SCORER.score(ref, " ".join([*(sents[c] for c in chosen), s]))["rouge1"].fmeasure
            if f > best:
                best, pick = f, j
        if pick is None:
            break
        chosen.append(pick)
    return chosen


def _prepared(doc: Doc, published=None):
    """What ``reason`` needs of ``doc``, and the indices of the sentences that are candidates."""
    text = doc.text
    cast = build_cast(doc, text)
    quotes = [q for q in extract_quotes(doc, cast=cast) if q.kind != "indirect"]
    sents = list(doc.sents)
    states = F._quote_state(text, sents)
    skip = F.outside_text(text, sents)
    cands = {c.index for c in F._candidates(doc, text, quotes, cast, published)}
    return text, cast, quotes, sents, states, skip, cands


def analyse(doc: Doc, ref: str, published=None, k: int = 3, budget: int | None = None):
    text, cast, quotes, sents, states, skip, cands = _prepared(doc, published)
    out = []
    for j in oracle_indices(doc, ref, k, budget):
        if j in cands:
            out.append((j, "candidate"))
        else:
            out.append((j, reason(doc, text, sents, j, states, skip, quotes, cast, published)
                        or "?mismatch"))
    return sents, out


def every(doc: Doc, published=None):
    """The reason of every sentence of ``doc`` ("candidate" when it is one)."""
    text, cast, quotes, sents, states, skip, cands = _prepared(doc, published)
    return sents, [(j, "candidate" if j in cands else
                    reason(doc, text, sents, j, states, skip, quotes, cast, published) or "?mismatch")
                   for j in range(len(sents))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("cnndm", "gold", "nogold"))
    ap.add_argument("--every", action="store_true", help="every sentence, not the oracle's")
    ap.add_argument("--part", default="even", choices=("even", "odd", "all"))
    ap.add_argument("--input", default="html", choices=("html", "pasted"))
    ap.add_argument("--show", default=None, help="print the sentences dropped for this reason")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    items: list[tuple[Doc, str, object, int | None, str]] = []
    if args.what == "cnndm":
        recs = [json.loads(x) for x in (ss.SHARED / "corpus/facts/dev.jsonl").open(encoding="utf-8")
                if x.strip()]
        if args.part != "all":
            recs = recs[(0 if args.part == "even" else 1)::2]
        arts = [Article(source=f"dev{j}", body=r["text"].strip() + "\n") for j, r in enumerate(recs)]
        docs = ss.parsed(f"cnndm-{args.part}", arts)
        for j, (doc, rec) in enumerate(zip(docs, recs, strict=True)):
            items.append((doc, "\n".join(rec["highlights"]), None, None, f"dev{j}"))
    elif args.what == "gold":
        ids, arts, docs, refs = ss.gold_set(args.input, "all")
        for i, art, doc, ref in zip(ids, arts, docs, refs, strict=True):
            items.append((doc, ref, art.published, 120, i[:12]))
    else:
        from briefgen.config import load as load_settings
        from briefgen.pipeline import read_sources
        ids = Path("/tmp/r3/nogold_ids.txt").read_text().split()
        ext = ".html" if args.input == "html" else ".txt"
        pages = [str(ss.SHARED / "corpus" / args.input / f"{i}{ext}") for i in ids]
        arts = [a for a in read_sources(pages, load_settings().settings) if isinstance(a, Article)]
        docs = ss.parsed("rpool2-nogold" if args.input == "html" else "rpool2-nogold-pasted", arts)
        for art, doc in zip(arts, docs, strict=True):
            items.append((doc, "", art.published, None, Path(art.source).stem[:12]))
        args.every = True
    for doc, ref, published, budget, name in items:
        if args.every:
            sents, got = every(doc, published)
        else:
            sents, got = analyse(doc, ref, published, k=3 if budget is None else 8, budget=budget)
        for j, why in got:
            counts[why] += 1
            if args.show is not None and why.startswith(args.show):
                print(f"{name} #{j} [{why}] {sents[j].text.strip()[:300]}")
    total = sum(counts.values())
    print(f"{args.what} {args.part if args.what == 'cnndm' else args.input}: "
          f"{total} {'' if args.every else 'oracle '}sentences, {counts['candidate']} candidates "
          f"({100 * counts['candidate'] / max(1, total):.1f}%)")
    for why, n in counts.most_common():
        print(f"  {n:4d}  {why}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
