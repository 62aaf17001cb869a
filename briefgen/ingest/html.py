"""Saved HTML -> Article, with trafilatura for the body and metadata."""

from __future__ import annotations

import datetime as dt

from briefgen.errors import InputError
from briefgen.models import Article


def parse_html(raw: str, source: str, url: str | None = None) -> Article:
    """Extract the article body and its metadata from an HTML page."""
    import trafilatura

    body = trafilatura.extract(raw, url=url, include_comments=False, include_tables=False,
                               favor_precision=False)
    if not body or not body.strip():
        raise InputError(f"{source}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(raw, default_url=url)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    found: dict[str, str] = {}
    published = None
    if meta is not None and meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
            found["published"] = "html metadata"
        except ValueError:
            published = None
    for field in ("title", "author", "sitename", "url"):
        if meta is not None and getattr(meta, field, None):
            found[{"author": "byline", "sitename": "publisher"}.get(field, field)] = "html metadata"
    return Article(
        source=source,
        body="\n\n".join(paragraphs),
        title=meta.title if meta else None,
        byline=meta.author if meta else None,
        published=published,
        publisher=meta.sitename if meta else None,
        url=(meta.url if meta and meta.url else url),
        language=(meta.language if meta and getattr(meta, "language", None) else None),
        found=found,
    )
