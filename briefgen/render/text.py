"""Small text helpers the templates use as filters: a standfirst that is the brief's own,
where a source is (never a local path), and cuts at a word boundary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from briefgen.models import SourceRef

# "..., experts tell Shweta Sharma" / "... writes Jane Doe" / "..., Jane Doe reports":
# a byline clause closing a standfirst. It is the article's, not the brief's.
_VERBS = (r"tells?|told|writes|wrote|reports|reported|says|said|explains|explained|asks|asked|"
          r"finds|found|argues|argued|hears|heard|learns|learned|reveals|revealed|"
          r"speak(?:s)? to|spoke to|talk(?:s|ed)? to")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|al|bin|el|le|la))*"
# without a known byline: only a two- or three-word name after a byline-style verb
_BYLINE_VERBS = r"tells?|told|writes|reports|speaks? to|spoke to|talks? to|talked to"
_FULL_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
_TRAILING_GENERIC = re.compile(
    rf"\s*[,;:–—-]\s*(?:[a-z][\w'’-]*\s+){{0,4}}(?:{_BYLINE_VERBS})\s+{_FULL_NAME}\s*\.?\s*$")


def standfirst(text: str | None, sources: Sequence[SourceRef] = ()) -> str:
    """The standfirst without the byline clause that names the article's author.

    "The two nations are drawing closer, experts tell Jane Doe" -> "The two nations are
    drawing closer." Only a closing clause that names one of the sources' bylines (or, when
    no byline is known, a name after a reporting verb) is dropped, and never the whole text.
    """
    if not text:
        return ""
    text = " ".join(text.split())
    bylines = [b for s in sources for b in re.split(r"\s*(?:,|\band\b|&)\s*", s.byline or "") if b.strip()]
    cleaned = text
    for name in sorted(bylines, key=len, reverse=True):
        pattern = re.compile(
            rf"(?:\s*[,;:–—-]\s*|\s+)(?:(?:[a-z][\w'’-]*\s+){{0,4}}(?:{_VERBS})\s+(?:by\s+)?|"
            rf"(?:by|according to)\s+)?{re.escape(name.strip())}(?:\s+(?:reports|writes|explains))?\s*\.?\s*$")
        cleaned = pattern.sub("", cleaned)
        if cleaned != text:
            break
    if cleaned == text:
        cleaned = _TRAILING_GENERIC.sub("", text)
    cleaned = cleaned.rstrip(" ,;:–—-")
    if len(cleaned.split()) < 4:
        return text
    if cleaned != text and cleaned[-1] not in ".!?…”’\"":
        cleaned += "."
    return cleaned


def source_location(source: SourceRef | str) -> str:
    """Where a source is, fit to print: its URL, "standard input", or a file's name only."""
    if isinstance(source, SourceRef):
        if source.url:
            return source.url
        value = source.source
    else:
        value = source
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        return value
    if value in ("-", "<stdin>", "stdin"):
        return "standard input"
    name = PureWindowsPath(value).name if "\\" in value else PurePosixPath(value).name
    return name or value


def short_url(url: str, limit: int = 60) -> str:
    """A URL as a reader sees it: host and path, without the scheme, cut with "…"."""
    parts = urlsplit(url)
    shown = (parts.netloc + parts.path).removeprefix("www.").rstrip("/") or url
    return shown if len(shown) <= limit else shown[: limit - 1].rstrip("/-_.") + "…"


def chars(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary and marked with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(",;:–—- ") + " …"


def first_words(text: str, n: int = 6) -> str:
    """The first ``n`` words of a sentence, to find it in the source ("Ottawa and Canberra …")."""
    words = re.sub(r"\[([^\]]*)\]", r"\1", str(text)).replace("“", "").replace("”", "").split()
    if len(words) <= n:
        return " ".join(words).rstrip(".")
    return " ".join(words[:n]).rstrip(",;:–—-. ") + " …"


def no_runt(text: str | None) -> Markup:
    """The text with its last two words joined by a no-break space, so that a headline or
    standfirst never ends on a line holding one short word."""
    words = str(text or "").split()
    if len(words) < 4:
        return Markup(escape(" ".join(words)))
    return Markup(escape(" ".join(words[:-1])) + Markup("&nbsp;") + escape(words[-1]))


def inner_quotes(text: str | None) -> str:
    """A title to print inside double quotes, its own double quotes made single:
    'Coach: “We needed to win”' -> 'Coach: ‘We needed to win’', never “Coach: “We…””."""
    out = str(text or "").replace("“", "‘").replace("”", "’")
    parts = out.split('"')
    if len(parts) % 2 == 1:  # straight quotes in pairs: open, close, open, ...
        out = "".join(p + ("‘" if i % 2 == 0 else "’") if i < len(parts) - 1 else p
                      for i, p in enumerate(parts))
    return out


_TAGS = re.compile(r"<[^>]*>")


def end_sentence(html: str | None) -> Markup:
    """The (HTML) text closed with a full stop, unless it already ends with one, with an
    ellipsis or with ? or !: never "example.org/news/long-pa…." ."""
    text = str(escape(html or "")).rstrip()  # Markup stays as it is, plain text is escaped
    visible = _TAGS.sub("", text).rstrip()
    return Markup(text if not visible or visible[-1] in ".…!?" else text + ".")


_KIND_PLURALS = {"Person": "people", "Place": "places", "Organisation": "organisations",
                 "Organization": "organisations", "Group": "groups"}


def kind_plural(kind: str) -> str:
    """'Place' -> 'places', for the line naming actors by kind."""
    return _KIND_PLURALS.get(kind, (kind.lower() + "s") if kind else "others")
