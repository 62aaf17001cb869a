#!/usr/bin/env python3
"""How often a brief's source line from pasted text matches the one from the HTML page.

    python benchmarks/pasted_meta.py [--all] [--show]

For every page of ../shared/corpus/pasted that has no brief gold (no
../shared/corpus/briefs/<id>.json: the 66 development pages; ``--all`` takes all 91),
briefgen reads the browser-copied text (``<id>.txt``) and the saved HTML page
(``../shared/corpus/html/<id>.html``) with its own readers (``read_source``), and the
pasted title, publication date, publisher and authors are scored against the page's
reference with briefs_eval's normalisation (site suffix off the title, case, accents and
punctuation folded, courtesy titles dropped, authors split on commas and "and").

The corpus's ground-truth.json holds only the article body and URL (no title, date or
author truth), so the reference is what briefgen's HTML reader takes from the same page
(its markup: JSON-LD, ``<meta>`` tags, htmldate; meta_acc 0.97 on the brief gold): the
goal is a pasted source line as right as the HTML one. A field the HTML page does not
give either is right when the pasted reading gives none. ``--show`` prints every miss
with the pasted answer, the HTML reader's, and the page markup's own value (JSON-LD
``headline``/``datePublished``/``author``/``publisher``, else ``og:title``,
``article:published_time``, ``og:site_name``, ``author``) to judge which is right. Last line:
``pasted_meta_acc=... title=... published=... publisher=... authors=... pages=N``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
EVAL = ROOT.parent / "shared" / "eval"

from briefgen.errors import InputError  # noqa: E402
from briefgen.ingest import read_source  # noqa: E402

FIELDS = ("title", "published", "publisher", "authors")


def _jsonld(raw: str) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (graphs and lists flattened)."""
    out: list[dict[str, Any]] = []
    for m in re.finditer(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", raw, re.S | re.I):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                out.append(x)
                if isinstance(x.get("@graph"), list):
                    stack.extend(x["@graph"])
    return out


def _meta(raw: str, *names: str) -> str | None:
    for name in names:
        for m in re.finditer(r"<meta\b[^>]*>", raw, re.I):
            tag = m.group(0)
            key = re.search(r"(?:property|name|itemprop)\s*=\s*[\"']([^\"']+)", tag, re.I)
            val = re.search(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", tag, re.I)
            if key and val and key.group(1).lower() == name and (v := (val.group(1) or val.group(2) or "").strip()):
                return v
    return None


def _names(x: Any) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return _names(x.get("name"))
    if isinstance(x, list):
        return [n for v in x for n in _names(v)]
    return []


def markup_reference(raw: str) -> dict[str, Any]:
    """Title, date, publisher and authors as the page's markup declares them (None when
    it does not)."""
    ref: dict[str, Any] = dict.fromkeys(FIELDS)
    articles = [o for o in _jsonld(raw) if re.search(r"article|posting|report|webpage",
                                                   str(o.get("@type", "")), re.I)]
    for o in articles:
        ref["title"] = ref["title"] or (o.get("headline") if isinstance(o.get("headline"), str) else None)
        if not ref["published"] and isinstance(o.get("datePublished"), str):
            ref["published"] = o["datePublished"]
        ref["publisher"] = ref["publisher"] or next(iter(_names(o.get("publisher"))), None)
        ref["authors"] = ref["authors"] or [n for n in _names(o.get("author")) if n.strip()] or None
    ref["title"] = ref["title"] or _meta(raw, "og:title", "twitter:title")
    ref["published"] = ref["published"] or _meta(raw, "article:published_time", "datepublished",
                                                 "pubdate", "date", "dc.date")
    ref["publisher"] = _meta(raw, "og:site_name") or ref["publisher"]
    ref["authors"] = ref["authors"] or ([a] if (a := _meta(raw, "author", "article:author")) else None)
    if ref["published"]:
        m = re.match(r"\d{4}-\d{2}-\d{2}", ref["published"])
        ref["published"] = m.group(0) if m else None
    return ref


def read(path: Path) -> dict[str, Any] | None:
    """What briefgen's reader gives for one file, as the brief's source line holds it."""
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            a = read_source(str(path))
    except InputError:
        return None
    return {"title": a.title, "published": a.published.isoformat() if isinstance(a.published, dt.date) else None,
            "publisher": a.publisher, "byline": a.byline}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="all 91 pages, gold ones too")
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    sys.path.insert(0, str(EVAL))
    from briefs_eval import clean_title, name_key  # type: ignore[import-not-found]

    def authors(byline: str | None) -> list[str]:
        return sorted(k for a in re.split(r"[,;&]|\band\b", byline or "")
                      if (k := name_key(a)) and k != "by")

    gold = {p.stem for p in (CORPUS / "briefs").glob("*.json")}
    ids = sorted(p.stem for p in (CORPUS / "pasted").glob("*.txt") if args.all or p.stem not in gold)
    right = dict.fromkeys(FIELDS, 0)
    for i in ids:
        raw = (CORPUS / "html" / f"{i}.html").read_text(encoding="utf-8", errors="replace")
        mark = markup_reference(raw)
        html = read(CORPUS / "html" / f"{i}.html") or {}
        pasted = read(CORPUS / "pasted" / f"{i}.txt") or {}
        ref = {"title": html.get("title"), "published": html.get("published"),
               "publisher": html.get("publisher"),
               "authors": [a for a in re.split(r"[,;&]|\band\b", html.get("byline") or "")]}
        ok = {"title": clean_title(pasted.get("title")) == clean_title(ref["title"]),
              "published": pasted.get("published") == ref["published"],
              "publisher": name_key(pasted.get("publisher")) == name_key(ref["publisher"]),
              "authors": authors(pasted.get("byline")) == sorted(k for a in ref["authors"] or []
                                                                 if (k := name_key(a)))}
        for k in FIELDS:
            right[k] += ok[k]
            if args.show and not ok[k]:
                got = pasted.get("byline" if k == "authors" else k)
                h = html.get("byline" if k == "authors" else k)
                print(f"{i[:12]} {k:9} pasted={got!r} html={h!r} markup={mark[k]!r}")
    n = len(ids)
    parts = " ".join(f"{k}={right[k] / n:.3f}" for k in FIELDS)
    print(f"pasted_meta_acc={sum(right.values()) / (4 * n):.3f} {parts} pages={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
