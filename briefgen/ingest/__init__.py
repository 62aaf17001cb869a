"""Source -> Article: dispatch on what the user named (file, folder, list, URL, stdin).

``read_source`` reads one source; ``expand_sources`` turns folders and ``@list`` files
into the sources they hold. Both raise InputError with a one-line message that names
the source and says what to do. Nothing here loads spaCy.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest import html, text
from briefgen.ingest.limits import (
    DEFAULT,
    Limits,
    check_article,
    check_article_size,
    check_html_size,
    check_size,
    check_text_size,
    decode_bom,
)
from briefgen.models import Article

__all__ = ["Limits", "declared_charset", "decode", "expand_sources", "read_source"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
FOLDER_SUFFIXES = {".txt", ".md", ".html", ".htm"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I
)
# Control bytes that never appear in text (NUL and friends); tab, newline, form feed,
# carriage return and ESC are allowed.
_BINARY = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 29, 30, 31}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    return sum(1 for b in head if b in _BINARY) > max(2, len(head) // 100)


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Bytes -> text: UTF-8, then the declared charset, then cp1252 (with a warning).

    Text with a UTF-16/UTF-32 byte-order mark is decoded as such. Raises InputError for
    binary data or bytes that none of these decode.
    """
    if (bommed := decode_bom(data, source)) is not None:
        return bommed, []
    if _is_binary(data):
        raise InputError(f"{source}: this is binary data, not an article; "
                         "give a .txt, .md or .html file")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), []
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), [f"{source}: not UTF-8; read as cp1252 (Windows Latin-1)"]
    except UnicodeDecodeError:
        raise InputError(f"{source}: cannot decode the text (not UTF-8, "
                         f"{declared + ', ' if declared else ''}or cp1252); "
                         "save it as UTF-8") from None


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def is_html_document(raw: str) -> bool:
    """Unmistakably a whole HTML document (whatever its name or Content-Type says)."""
    return raw.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))


def read_source(source: str, limits: Limits = DEFAULT) -> Article:
    """Read one source ('-' for stdin, a file path, or an http(s) URL) into an Article.

    Raises InputError when the source is missing, unreadable, empty, binary,
    undecodable, larger than ``limits`` allow, or holds no article text.
    """
    article = _read(source, limits)
    check_article_size(len(article.body), source, limits)
    check_article(article)
    return article


def _read(source: str, limits: Limits) -> Article:
    if re.match(r"^[a-z][a-z0-9+.\-]*://", source, re.I):
        from briefgen.ingest import url

        return url.fetch_article(source, max_bytes=limits.max_bytes)
    if source.startswith("@") and len(source) > 1:
        _expand_one(source)  # raises the list's own error (missing, empty, not text)
        raise InputError(f"{source}: is a source list; give it to briefgen extract or brief")
    if source == "-":
        data = sys.stdin.buffer.read(limits.max_bytes + 1)
        check_size(len(data), "<stdin>", limits)
        name = "<stdin>"
        suffix = ""
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file; check the path")
        if path.is_dir():
            _expand_one(source)  # raises the folder's own error (empty, unreadable)
            raise InputError(f"{source}: is a folder; give it to briefgen extract or brief, "
                             "which read every .txt/.md/.html file in it")
        try:
            check_size(path.stat().st_size, source, limits)
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: cannot read it ({exc.strerror}); "
                             "check its permissions") from None
        name = source
        suffix = path.suffix.lower()
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give it an article's text")
    is_html = suffix in HTML_SUFFIXES
    declared = declared_charset(data) if is_html or suffix not in TEXT_SUFFIXES else None
    raw, warnings = decode(data, name, declared)
    if is_html or ((suffix not in TEXT_SUFFIXES or suffix == "") and _looks_like_html(raw)) \
            or is_html_document(raw):
        check_html_size(raw, source, limits)
        article = html.parse_html(raw, source=source)
    else:
        check_text_size(len(raw), source, limits)
        article = text.parse_text(raw, source=source)
    article.warnings[:0] = warnings
    return article


def _folder(path: Path, name: str) -> list[str]:
    try:
        files = sorted(p for p in path.iterdir()
                       if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                       and not p.name.startswith("."))
    except OSError as exc:
        raise InputError(f"{name}: cannot list the folder ({exc.strerror}); "
                         "check its permissions") from None
    if not files:
        raise InputError(f"{name}: the folder has no .txt, .md or .html files")
    return [str(p) for p in files]


def _expand_one(s: str, seen: frozenset[Path] = frozenset()) -> list[str]:
    """The sources a folder or ``@list`` stands for; raises InputError when it cannot."""
    if s.startswith("@") and len(s) > 1:
        path = Path(s[1:])
        if path.resolve() in seen:
            raise InputError(f"{s}: the source list includes itself; remove that line")
        seen = seen | {path.resolve()}
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            raise InputError(f"{s}: no such source list; check the path") from None
        except IsADirectoryError:
            raise InputError(f"{s}: is a folder, not a source list; drop the @") from None
        except UnicodeDecodeError:
            raise InputError(f"{s}: the source list is not UTF-8 text; "
                             "save it as UTF-8, one source a line") from None
        except OSError as exc:
            raise InputError(f"{s}: cannot read the source list ({exc.strerror}); "
                             "check its permissions") from None
        entries = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
        if not entries:
            raise InputError(f"{s}: the source list is empty; put one source a line")
        out: list[str] = []
        for entry in entries:
            nested = entry.startswith("@")
            name = entry[1:] if nested else entry
            if "://" not in name and name != "-" and not Path(name).is_absolute():
                beside = path.parent / name
                if beside.exists() or not Path(name).exists():
                    name = str(beside)
            out.extend(_expand_one("@" + name, seen) if nested else expand_sources([name]))
        return out
    if s != "-" and "://" not in s and Path(s).is_dir():
        return _folder(Path(s), s)
    return [s]


def expand_sources(sources: list[str]) -> Iterator[str]:
    """Expand folders (their .txt/.md/.html files, sorted) and ``@list.txt`` files (one
    source a line; blank lines and # comments skipped; relative paths are taken beside
    the list file) into single sources, in order.

    A folder or list that cannot be expanded is passed through unchanged, so that
    ``read_source`` reports its error in its place and the batch goes on.
    """
    for s in sources:
        try:
            yield from _expand_one(s)
        except InputError:
            yield s
