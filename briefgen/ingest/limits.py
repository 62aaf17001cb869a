"""Limits on untrusted input: size, structure and encoding, checked before any parsing.

An article is untrusted. One source must never make briefgen use unbounded time or
memory, nor take down the batch it is in, so each source is checked here before the
HTML/text readers and the spaCy parser see it:

* ``check_size``: the file (or page) is at most ``max_source_mb`` megabytes;
* ``check_article_size``: the article text handed to spaCy is at most
  ``max_article_chars`` characters (spaCy takes about a second per 20,000 characters
  on one core, and refuses more than 1,000,000 outright);
* ``load_front_matter``: YAML front matter gives scalars only: no aliases (the
  "billion laughs" shape), no tags, at most ``FRONT_MATTER_MAX_CHARS`` characters;
* ``decode_bom``: text saved as UTF-16 or UTF-32 with a byte-order mark (Notepad's
  "Unicode") is text, not binary.

Both size limits are set in the config (``limits:``) and documented in
docs/reliability.md.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefgen.errors import InputError

if TYPE_CHECKING:
    from briefgen.models import Article

MAX_SOURCE_MB = 5.0
MAX_ARTICLE_CHARS = 100_000
FRONT_MATTER_MAX_CHARS = 8_000


@dataclass(frozen=True)
class Limits:
    """How much one source may hold (from the ``limits:`` section of the config)."""

    max_source_mb: float = MAX_SOURCE_MB
    max_article_chars: int = MAX_ARTICLE_CHARS

    @property
    def max_bytes(self) -> int:
        """The file-size limit in bytes."""
        return int(self.max_source_mb * 1_000_000)


DEFAULT = Limits()


def check_size(size: int, source: str, limits: Limits = DEFAULT) -> None:
    """Raise InputError when a source of ``size`` bytes is over the limit."""
    if size > limits.max_bytes:
        raise InputError(f"{source}: {size / 1e6:.1f} MB is more than the {limits.max_source_mb:g} MB "
                         "limit for one source; give the article alone, or raise "
                         "limits.max_source_mb in briefgen.yaml")


def check_article_size(chars: int, source: str, limits: Limits = DEFAULT) -> None:
    """Raise InputError when the article text is too long to analyse in bounded time."""
    if chars > limits.max_article_chars:
        raise InputError(f"{source}: the article text is {chars:,} characters, more than the "
                         f"{limits.max_article_chars:,} limit; give one article per source, or "
                         "raise limits.max_article_chars in briefgen.yaml")


def check_text_size(chars: int, source: str, limits: Limits = DEFAULT) -> None:
    """Refuse plain text so long that even after its page furniture is dropped it would
    be over the article limit (checked before the line-by-line cleaning, which costs
    about 3 s a megabyte)."""
    if chars > 2 * limits.max_article_chars:
        raise InputError(f"{source}: the text is {chars:,} characters, far more than the "
                         f"{limits.max_article_chars:,} limit on article text; give one article "
                         "per source, or raise limits.max_article_chars in briefgen.yaml")


# trafilatura spends about a millisecond per element: a page of 250,000 tiny
# paragraphs (1 MB of "<p>a ") took minutes. News pages have 1,000 to 5,000 tags.
TAGS_PER_MB = 6_000


def check_html_size(raw: str, source: str, limits: Limits = DEFAULT) -> None:
    """Refuse an HTML page with more tags than any article page has (checked before parsing)."""
    most = int(TAGS_PER_MB * limits.max_source_mb)
    tags = raw.count("<")
    if tags > most:
        raise InputError(f"{source}: the page has {tags:,} tags, more than the {most:,} an article "
                         "page has; save the article alone, or raise limits.max_source_mb in "
                         "briefgen.yaml")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16/UTF-32 byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_bom(data: bytes, source: str) -> str | None:
    """Text saved as UTF-16 or UTF-32 with a byte-order mark, decoded; None without a BOM.

    Raises InputError when the BOM is there but the bytes after it do not decode.
    """
    name = bom_encoding(data)
    if name is None:
        return None
    bom_len = 4 if name.startswith("utf-32") else 2
    try:
        return data[bom_len:].decode(name)
    except UnicodeDecodeError:
        raise InputError(f"{source}: starts with a {name.upper()} byte-order mark but does not "
                         "decode as that; save it as UTF-8") from None


def load_front_matter(block: str) -> dict[str, Any] | None:
    """Parse a YAML front matter block into a flat mapping of scalars (or lists of scalars).

    Untrusted YAML gets no aliases, anchors or tags, and at most FRONT_MATTER_MAX_CHARS
    characters: an alias can make a kilobyte expand to gigabytes. A block that breaks
    these rules, or is not a mapping, is not front matter (None), and the text is read
    as it stands.
    """
    import yaml

    if len(block) > FRONT_MATTER_MAX_CHARS:
        return None
    try:
        events = list(yaml.parse(block, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    depth = 0
    for ev in events:
        if isinstance(ev, yaml.AliasEvent):
            return None
        if isinstance(ev, yaml.NodeEvent) and getattr(ev, "anchor", None):
            return None
        if isinstance(ev, yaml.ScalarEvent) and ev.tag is not None and not any(ev.implicit):
            return None  # an explicit tag such as !!python/object or !!binary
        if isinstance(ev, yaml.CollectionStartEvent) and ev.tag is not None and not ev.implicit:
            return None
        if isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
            if depth > 2:
                return None  # key: [a, b] is as deep as front matter goes
        elif isinstance(ev, yaml.CollectionEndEvent):
            depth -= 1
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            if all(not isinstance(v, dict | list) for v in value):
                out[str(key)] = value
        elif not isinstance(value, dict):
            out[str(key)] = value
    return out


_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f]")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def has_sentence(text: str) -> bool:
    """Whether some line has two words (or, in Chinese, Japanese or Korean, four
    characters) before a sentence's end: the least an article's text has.

    Line by line, each character looked at a bounded number of times: a regular
    expression for this backtracked quadratically on a long line with no full stop.
    """
    for line in text.splitlines():
        ends = [m.start() for m in _SENTENCE_END.finditer(line)]
        if not ends:
            continue
        before = line[:ends[-1]]  # the last end has the most text before it
        if len(_CJK.findall(before)) >= 4:
            return True
        words = _WORD.finditer(before)
        if next(words, None) is not None and next(words, None) is not None:
            return True
    return False


def check_article(article: Article) -> None:
    """Raise InputError when what was read is not an article, rather than brief it.

    Not an article: text with no sentence in it (a word list, a menu, a table of
    names), or a short page whose headline is itself a prompt such as "Sign in to
    continue reading" (a log-in or paywall page saved instead of the article).
    """
    from briefgen.ingest.text import SHORT_BODY_WORDS, is_furniture

    if not has_sentence(article.body):
        raise InputError(f"{article.source}: no sentences found, so this is not an article "
                         "(a word list, menu or table?); give the article's text")
    words = len(article.body.split())
    if article.title and is_furniture(article.title) and words < SHORT_BODY_WORDS:
        raise InputError(f"{article.source}: this is a sign-in, subscription or cookie page "
                         f"({article.title!r}), not the article; open the article in a browser, "
                         "then save or paste the article itself")
