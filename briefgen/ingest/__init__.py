"""Source -> Article: dispatch on what the user named (file, folder, list, URL, stdin)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest import html, text
from briefgen.models import Article

__all__ = ["decode", "expand_sources", "read_source"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Bytes -> text: UTF-8, then the declared charset, then cp1252 (with a warning)."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: this is binary data, not an article; give a .txt or .html file")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), []
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), [f"{source}: not UTF-8; read as cp1252"]
    except UnicodeDecodeError:
        raise InputError(
            f"{source}: cannot decode the text (not UTF-8 or cp1252); save it as UTF-8"
        ) from None


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_source(source: str) -> Article:
    """Read one source ('-' for stdin, a path, or an http(s) URL) into an Article."""
    if source.startswith(("http://", "https://")):
        from briefgen.ingest import url

        return url.fetch_article(source)
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
        suffix = ""
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file; check the path")
        if path.is_dir():
            raise InputError(f"{source}: is a folder, not an article; name the files in it")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: cannot read it ({exc.strerror}); check its permissions") from None
        name = source
        suffix = path.suffix.lower()
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give it an article's text")
    raw, warnings = decode(data, name)
    if suffix in HTML_SUFFIXES or ((suffix not in TEXT_SUFFIXES or suffix == "") and _looks_like_html(raw)):
        article = html.parse_html(raw, source=source)
    else:
        article = text.parse_text(raw, source=source)
    article.warnings[:0] = warnings
    return article


def expand_sources(sources: list[str]) -> Iterator[str]:
    """Expand ``@list.txt`` files (one source a line) into their sources."""
    for s in sources:
        if s.startswith("@") and len(s) > 1:
            path = Path(s[1:])
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError:
                raise InputError(f"{path}: cannot read the source list; check the path") from None
            for line in lines:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield line
        else:
            yield s
