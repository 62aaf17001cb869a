"""Feeds: RSS and Atom feeds and OPML lists of feeds, as sources of articles.

A feed is read for its entries (link, title, date); each entry's article is then fetched
like any URL, with the same limits and errors (``ingest.url``). XML is parsed with
entities, DTDs and network access turned off: a feed is untrusted input.

``SeenLog`` remembers which entries a digest has already covered (``digest-seen.json`` in
the user data folder), so that a daily run never repeats yesterday's articles.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError, UsageError

__all__ = ["FeedEntry", "SeenLog", "is_feed_document", "parse_feed", "parse_opml", "parse_since"]

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".opml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "text/x-opml", "application/x-opml"}
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC = "{http://purl.org/dc/elements/1.1/}"


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: the article's address, its title and date if the feed gives them."""

    url: str
    title: str | None
    published: dt.datetime | None
    feed: str


def _parser():  # type: ignore[no-untyped-def]
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, recover=False, remove_comments=True)


def _root(data: bytes, source: str):  # type: ignore[no-untyped-def]
    from lxml import etree

    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{source}: not a valid feed ({exc.msg}); give an RSS or Atom feed, "
                         "or an OPML list of feeds") from None
    if root is None:
        raise InputError(f"{source}: the feed is empty; check the address")
    return root


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def is_feed_document(data: bytes) -> bool:
    """True when the bytes are an RSS, RDF, Atom or OPML document (not a web page)."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not head.startswith(b"<"):
        return False
    body = re.sub(rb"<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>]*>|\s+", b"", head, flags=re.S)
    return body.startswith((b"<rss", b"<feed", b"<rdf:rdf", b"<opml"))


def _date(text: str | None) -> dt.datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) -> aware datetime (UTC if unzoned)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    value: dt.datetime | None = None
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def _text(el: object) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()  # type: ignore[attr-defined]
    return " ".join(value.split()) or None


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order.

    Relative links are resolved against the feed's address. Raises InputError for a
    document that is not a feed.
    """
    root = _root(data, source)
    kind = _local(root.tag)
    entries: list[FeedEntry] = []
    if kind == "feed":
        for e in root.iter(f"{_ATOM}entry"):
            link = next((ln.get("href") for ln in e.findall(f"{_ATOM}link")
                         if ln.get("rel", "alternate") == "alternate" and ln.get("href")), None)
            when = _date(_text(e.find(f"{_ATOM}published")) or _text(e.find(f"{_ATOM}updated")))
            entries.append(FeedEntry(link or "", _text(e.find(f"{_ATOM}title")), when, source))
    elif kind in ("rss", "rdf"):
        items = list(root.iter("item")) + list(root.iter(f"{_RSS1}item"))
        for it in items:
            link = (_text(it.find("link")) or _text(it.find(f"{_RSS1}link"))
                    or (_text(it.find("guid")) if (it.find("guid") is not None and
                        it.find("guid").get("isPermaLink", "true") != "false") else None))
            when = _date(_text(it.find("pubDate")) or _text(it.find(f"{_DC}date")))
            title = _text(it.find("title")) or _text(it.find(f"{_RSS1}title"))
            entries.append(FeedEntry(link or "", title, when, source))
    else:
        raise InputError(f"{source}: not an RSS or Atom feed (the document is <{kind}>); "
                         "give a feed's address, or an OPML list of feeds")
    base = source if "://" in source else ""
    out: list[FeedEntry] = []
    for e in entries:
        url = urllib.parse.urljoin(base, e.url) if base else e.url
        if urllib.parse.urlsplit(url).scheme in ("http", "https"):
            out.append(FeedEntry(url, e.title, e.published, e.feed))
    return out


def parse_opml(data: bytes, source: str) -> list[str]:
    """The feed addresses (``xmlUrl``) an OPML file lists, in order, without repeats."""
    root = _root(data, source)
    if _local(root.tag) != "opml":
        raise InputError(f"{source}: not an OPML file; give an OPML list of feeds")
    urls = [o.get("xmlUrl") or o.get("xmlurl") for o in root.iter("outline")]
    found = list(dict.fromkeys(u.strip() for u in urls if u and u.strip()))
    if not found:
        raise InputError(f"{source}: the OPML file lists no feeds (no outline with xmlUrl)")
    return found


_SINCE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$", re.I)


def parse_since(value: str) -> dt.timedelta:
    """'24h', '90m', '2d', '1w' -> a timedelta; UsageError otherwise."""
    m = _SINCE.match(value)
    if not m:
        raise UsageError(f"--since {value!r}: give a number and a unit, e.g. 90m, 24h, 2d or 1w")
    n = float(m.group(1))
    unit = m.group(2).lower()
    return dt.timedelta(minutes=n) if unit in ("m", "min") else dt.timedelta(
        hours=n) if unit == "h" else dt.timedelta(days=n) if unit == "d" else dt.timedelta(weeks=n)


class SeenLog:
    """Feed entries already put in a digest: ``{"entries": {url: first-seen ISO time}}``."""

    FILE_NAME = "digest-seen.json"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            self.entries: dict[str, str] = dict(raw.get("entries", {}))
        except FileNotFoundError:
            self.entries = {}
        except (OSError, ValueError, AttributeError):
            raise InputError(f"{path}: the digest's memory of seen entries is unreadable; "
                             "delete it, or run with --all") from None

    @classmethod
    def default(cls) -> SeenLog:
        """The log in the user data folder ($BRIEFGEN_DATA_DIR or the platform's)."""
        from briefgen.deliver.sentlog import data_dir

        return cls(data_dir() / cls.FILE_NAME)

    def __contains__(self, url: str) -> bool:
        return url in self.entries

    def record(self, urls: list[str], now: dt.datetime) -> None:
        """Remember ``urls`` (written atomically; a failed write loses nothing seen before)."""
        stamp = now.isoformat(timespec="seconds")
        for url in urls:
            self.entries.setdefault(url, stamp)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.part")
        tmp.write_text(json.dumps({"entries": self.entries}, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
