"""Saved HTML -> Article, with trafilatura for the body and metadata.

trafilatura runs once per page (``bare_extraction`` with metadata), in precision mode:
on saved news pages that keeps nearly all of the article and drops more of the
"related stories" and promo blocks than its default (numbers at TRAFILATURA_OPTIONS).
Each output line is one block of the page (paragraph, heading, list item), so
paragraph boundaries survive as blank lines in ``Article.body``.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from typing import Any

from briefgen.errors import InputError
from briefgen.ingest.text import (
    clean_headline,
    guess_language,
    is_furniture,
    language_warning,
    short_body_warning,
)
from briefgen.models import Article

# The options measured on saved news pages (shared/corpus/html, 91 dev pages; shingle
# F1 of the body after clean_lines): default 0.9646, favor_precision 0.9788, and
# favor_precision + fast (no readability/jusText fallback) 0.9759 at about 1.6x the
# speed. fast loses half of a page now and then, so a short result is extracted again
# with the fallback (RETRY_BELOW_CHARS): the quality of the slow mode at most of the
# speed of the fast one. Shared by parse_html and benchmarks/html_speed.py.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "fast": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
}
RETRY_BELOW_CHARS = 1000
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_JSONLD = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.I | re.S
)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[^>]*>", re.I)
_WORDS = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def clean_lines(text: str, title: str | None) -> list[str]:
    """trafilatura text -> body paragraphs: no headline echo, no furniture lines."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if lines and title:
        # The headline often opens the extracted text; it is metadata, not body.
        t, first = _norm(title), _norm(lines[0])
        # Equal, or one is the other with a site name added ("Title | Site"), never a
        # paragraph that merely starts with the title's words.
        if first and t and (first == t or t.startswith(first)
                            or (first.startswith(t) and len(first) <= 1.3 * len(t))):
            lines = lines[1:]
    return [ln for ln in lines if not is_furniture(ln)]


def extract_body(raw: str, url: str | None = None) -> str:
    """The article body alone (no metadata), as trafilatura finds it with our options."""
    import trafilatura

    body = trafilatura.extract(raw, url=url, **TRAFILATURA_OPTIONS) or ""
    if len(body) < RETRY_BELOW_CHARS:
        body = trafilatura.extract(raw, url=url, **{**TRAFILATURA_OPTIONS, "fast": False}) \
            or body
    return body


def _where(value: str, raw: str, jsonld: str, metas: str) -> str:
    """Name the part of the page a metadata value came from."""
    needle = htmllib.escape(value, quote=False)[:60].lower()
    if jsonld and (value[:60].lower() in jsonld or needle in jsonld):
        return "html JSON-LD"
    if value[:60].lower() in metas or needle in metas:
        return "html meta tags"
    return "html page"


def parse_html(raw: str, source: str, url: str | None = None) -> Article:
    """Extract the article body and its metadata from an HTML page.

    Raises InputError when trafilatura finds no article text in the page.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)
    if len(getattr(doc, "text", None) or "") < RETRY_BELOW_CHARS:
        retry = trafilatura.bare_extraction(raw, url=url, with_metadata=True,
                                            **{**TRAFILATURA_OPTIONS, "fast": False})
        if len(getattr(retry, "text", None) or "") > len(getattr(doc, "text", None) or ""):
            doc = retry
    text = getattr(doc, "text", None) if doc is not None else None
    title = (getattr(doc, "title", None) or None) if doc is not None else None
    paragraphs = clean_lines(text or "", title)
    if not paragraphs:
        raise InputError(
            f"{source}: no article text found in this HTML page; save the article page itself"
        )
    jsonld = " ".join(m.group(1) for m in _JSONLD.finditer(raw)).lower()
    metas = " ".join(m.group(0) for m in _META.finditer(raw)).lower()
    found: dict[str, str] = {}
    values: dict[str, str | None] = {}
    for field, key in (("title", "title"), ("author", "byline"), ("sitename", "publisher"),
                       ("url", "url")):
        value = getattr(doc, field, None) or None
        values[key] = value
        if value and key == "url" and any(
                value in m.group(0) for m in _CANONICAL.finditer(raw)):
            found[key] = "html canonical link"
        elif value:
            found[key] = _where(value, raw, jsonld, metas)
    published = None
    date = getattr(doc, "date", None)
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
            found["published"] = "html date (htmldate)"
        except ValueError:
            published = None
    if not values["url"] and url:
        values["url"] = url
        found["url"] = "fetched URL"
    language = getattr(doc, "language", None) or None
    if not language and (m := _LANG.search(raw[:5000])):
        language = m.group(1).lower()
    if language:
        found["language"] = "html lang attribute"
    elif language := guess_language(" ".join(paragraphs)):
        found["language"] = "script and function words"
    return Article(
        source=source,
        body="\n\n".join(paragraphs),
        title=clean_headline(values["title"]),
        byline=values["byline"],
        published=published,
        publisher=values["publisher"],
        url=values["url"],
        language=language,
        found=found,
        warnings=short_body_warning(source, paragraphs) + language_warning(source, language),
    )
