"""Held-out check of bare descriptions as a line's subject: "The 23-year-old flew to London".

    python benchmarks/epithet_lines.py briefs DIR [DIR ...]      # kept brief JSONs
    python benchmarks/epithet_lines.py sentences [--set SET] [--show] [--limit N]

Issue 18 asks that every summary and key-fact line stand alone. A line whose subject is a
definite description of someone named before ("The 23-year-old", "The agency") does
not: a minister reading it alone cannot tell who. ``briefgen.extract.cast.epithet_at``
finds such a subject and ``epithet_referent`` names the actor when the cast is sure.

``briefs`` reads the JSON briefs in each folder (``briefgen brief --each ... --save-json``,
as ``benchmarks/line_checks.py --keep`` writes them) and counts summary and fact lines
that open on a bare description (``bare``: "The company said ...", "The 55-year-old
is ...") and lines where one was replaced by a bracketed name (``named``), printing each.

``sentences`` parses held-out articles (``--set nogold``: the 66 corpus pages without
brief gold, ids in ``--ids``, default /tmp/r3/nogold_ids.txt; ``cnndm``: the CNN/DM dev articles;
``polnear``: the PolNeAR dev articles) and, for every sentence whose main subject is a
bare description, prints what the cast resolves it to ("-" when it is not sure) with the
two sentences before, for checking by hand. The last line gives the counts by kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
IDS = Path("/tmp/r3/nogold_ids.txt")

#: A line that opens (after a short adverbial and a comma at most) on "the" + a few words
#: + a description noun, with no capital (no name) in between.
_BARE = re.compile(
    r"^(?:(?:On|In|With|After|Before|Last|This|Earlier|Later|Yesterday|Today|Now|Meanwhile|"
    r"However|But|And|Also|At|By|For|Since|Under|During|Following|Still|Instead)\b[\w ]{0,25}, )?"
    r"[Tt]he (?:[a-z0-9][\w-]* ){0,3}?(?:\d+|[a-z]+)?-?"
    r"(?:year-old|man|woman|boy|girl|teenager|star|singer|actor|actress|player|striker|"
    r"minister|official|spokesman|spokeswoman|president|chief|executive|founder|victim|"
    r"suspect|group|agency|company|firm|club|party|government|ministry|department|union|"
    r"charity|campaign|organi[sz]ation|team|band|report|study)\b(?!['\u2019]s|-)"
)


def brief_lines(folders: list[Path]) -> int:
    """Count and print the bare and the named description subjects in kept briefs."""
    for folder in folders:
        counts: Counter[str] = Counter()
        for p in sorted(folder.glob("*.json")):
            b = json.loads(p.read_text(encoding="utf-8"))
            for part in ("summary", "facts"):
                for item in b.get(part, []):
                    counts["lines"] += 1
                    text = item.get("text", "")
                    named = [e["original"] for e in item.get("edits") or [] if e.get("kind") == "referent"
                             and re.match(r"(?i)the\b", e.get("original", ""))]
                    bare = _BARE.match(text)
                    if bare is not None and text[bare.end():].startswith(" ["):
                        named.append(bare.group())  # "The company [Acme Foods] said"
                    if named:
                        counts["named"] += 1
                        print(f"named {p.stem[:24]:24} {part:7} {text[:150]}   <- {named[0]!r}")
                    elif bare is not None:
                        counts["bare"] += 1
                        print(f"bare  {p.stem[:24]:24} {part:7} {text[:150]}")
        print(f"{folder}: lines={counts['lines']} bare={counts['bare']} named={counts['named']}")
    return 0


def _articles(which: str, limit: int, ids_file: Path = IDS) -> list[tuple[str, object]]:
    """(id, Article) for one held-out set."""
    from briefgen.models import Article

    out: list[tuple[str, object]] = []
    if which == "nogold":
        from briefgen.pipeline import read_sources

        ids = ids_file.read_text().split()
        files = [str(CORPUS / "html" / f"{i}.html") for i in ids]
        for i, a in zip(ids, read_sources(files), strict=True):
            if isinstance(a, Article):
                out.append((i, a))
    elif which == "cnndm":
        for line in (CORPUS / "facts" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out.append((r["id"], Article(source=r["id"], body=r["text"])))
    else:
        paras: dict[str, list[tuple[int, str]]] = {}
        for line in (CORPUS / "quotes" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            paras.setdefault(r["doc_id"], []).append((r["para_index"], r["text"]))
        for doc_id, ps in paras.items():
            out.append((doc_id, Article(source=doc_id, body="\n\n".join(t for _, t in sorted(ps)))))
    return out[:limit] if limit else out


def sentences(which: str, show: bool, limit: int, ids_file: Path = IDS) -> int:
    """Resolve every bare description that is a sentence's main subject; print each."""
    from briefgen.extract import parse_captions, parse_standfirst, reads_language
    from briefgen.extract.cast import (
        add_caption_roles,
        add_standfirst_names,
        build_cast,
        epithet_at,
        epithet_referent,
        opening_age,
    )
    from briefgen.extract.nlp import load
    from briefgen.extract.quotes import extract_quotes
    from briefgen.extract.standalone import reported_subject

    nlp = load()
    counts: Counter[str] = Counter()
    for ident, article in _articles(which, limit, ids_file):
        if not reads_language(article.language):  # type: ignore[attr-defined]
            continue
        doc = nlp(article.body)  # type: ignore[attr-defined]
        cast = build_cast(doc)
        add_standfirst_names(cast, parse_standfirst(article, nlp))  # type: ignore[arg-type]
        add_caption_roles(cast, parse_captions(article, nlp))  # type: ignore[arg-type]
        extract_quotes(doc, cast=cast)
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            root = sent.root
            subj = next((t for t in sent if (t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == root.i)
                         or reported_subject(t, root)), None)
            ep = epithet_at(subj) if subj is not None else opening_age(doc, sent.start)
            if ep is None or cast.in_quote(doc[ep.start].idx):
                continue
            actor = epithet_referent(cast, ep)
            counts[f"{ep.kind}"] += 1
            counts[f"{ep.kind}_named"] += actor is not None
            if show:
                before = " | ".join(s.text.strip()[-160:] for s in sents[max(0, k - 2): k])
                who = actor.name if actor is not None else "-"
                print(f"{ident[:16]} [{ep.kind}] {doc[ep.start:ep.end].text!r} -> {who}\n"
                      f"    ctx: {before}\n    sent: {sent.text.strip()[:200]}")
    kinds = sorted({k for k in counts if not k.endswith("_named")})
    print(f"set={which} " + " ".join(f"{k}={counts[k + '_named']}/{counts[k]}" for k in kinds))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("briefs")
    b.add_argument("folders", nargs="+", type=Path)
    s = sub.add_parser("sentences")
    s.add_argument("--set", choices=("nogold", "cnndm", "polnear"), default="nogold")
    s.add_argument("--show", action="store_true")
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--ids", type=Path, default=IDS, help="page ids for --set nogold, one a line")
    args = ap.parse_args()
    if args.mode == "briefs":
        return brief_lines(args.folders)
    return sentences(args.set, args.show, args.limit, args.ids)


if __name__ == "__main__":
    sys.exit(main())
