"""Saved HTML -> Article, with trafilatura for the body and metadata.

trafilatura runs once per page (``bare_extraction`` with metadata), in precision mode:
on saved news pages that keeps nearly all of the article and drops more of the
"related stories" and promo blocks than its default (numbers at TRAFILATURA_OPTIONS).
Each output line is one block of the page (paragraph, heading, list item), so
paragraph boundaries survive as blank lines in ``Article.body``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import html as htmllib
import re
from itertools import islice
from typing import Any

from briefgen.dates import MONTHS as _MONTH_NUM
from briefgen.errors import InputError
from briefgen.extract.gazetteer import first_name_gender
from briefgen.ingest.text import (
    MAX_CAPTIONS,
    add_caption,
    check_notice,
    clean_headline,
    clean_outlet,
    dates_in,
    first_dates_in,
    guess_language,
    is_furniture,
    language_warning,
    outlet_from_page,
    parse_date,
    short_body_warning,
    split_walls,
    url_host,
    word_count,
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
# Tags are matched up to the next < or >, never across one: on raw, untrusted HTML a
# pattern like <meta\b[^>]*> is quadratic on "<meta <meta <meta ..." (and two [^>]* in
# one pattern cubic: 20 kB took 40 s).
_SCRIPT = re.compile(r"<script\b([^<>]*)>", re.I)
_SCRIPT_END = re.compile(r"</script", re.I)
_META = re.compile(r"<meta\b[^<>]*>", re.I)
_CANONICAL = re.compile(r"<link\b[^<>]*>", re.I)
_CANONICAL_REL = re.compile(r"\brel\s*=\s*[\"']?canonical", re.I)
_WORDS = re.compile(r"\w+")


def _jsonld_blocks(raw: str) -> list[str]:
    """The contents of the <script type="application/ld+json"> blocks, in one pass."""
    out: list[str] = []
    pos = 0
    while m := _SCRIPT.search(raw, pos):
        close = _SCRIPT_END.search(raw, m.end())
        if close is None:
            break  # the rest of the page is inside this script
        if "application/ld+json" in m.group(1).lower():
            out.append(raw[m.end():close.start()])
        pos = close.end()
    return out


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def clean_lines(text: str, *titles: str | None) -> list[str]:
    """trafilatura text -> body paragraphs: no headline echo, no furniture lines.

    ``titles`` are the page's names for its article (the extracted title, the printed
    <h1>, og:title): the title tag's wording often differs from the headline printed
    over the article, and the printed one is what opens the text."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    first = _norm(lines[0]) if lines else ""
    # The headline often opens the extracted text; it is metadata, not body.
    # Equal, or one is the other with a site name added ("Title | Site"), never a
    # paragraph that merely starts with the title's words.
    if first and any(t and (first == t or t.startswith(first)
                            or (first.startswith(t) and len(first) <= 1.3 * len(t)))
                     for t in (_norm(title or "") for title in titles)):
        lines = lines[1:]
    return [ln for ln in lines if not is_furniture(ln) and parse_date(ln) is None]


def pruned_tree(raw: str) -> Any:
    """The page as an lxml tree without the pop-ups set inside its paragraphs.

    A name in a paragraph can carry a hidden card (a picture and a list of links to
    the person's other stories) that a browser shows on hover; in the page's text it
    sits in the middle of the sentence. An inline element inside a paragraph that
    holds a picture and links, or three links or more and a dozen words, and whose
    text is nearly all link text, is
    such a card: it goes, and the sentence closes up around it. Falls back to the raw
    text when the page does not parse.
    """
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        return raw
    # Innermost first: the card goes, the name it hangs on stays.
    for el in reversed(tree.xpath("//p//span[.//a] | //p//div[.//a]")):
        if el.getparent() is None:
            continue
        links = el.xpath(".//a")
        text = " ".join(el.text_content().split())
        link_text = sum(len(" ".join(a.text_content().split())) for a in links)
        card = (len(links) >= 2 and bool(el.xpath(".//img"))) \
            or (len(links) >= 3 and len(text.split()) >= 12)
        if card and link_text >= 0.8 * len(text):
            el.drop_tree()  # keeps the tail text
    _unwrap_mid_sentence(tree)
    _keep_tails_of_empty(tree)
    return tree


#: Class or style words of text a browser does not show or a reader does not read, or
#: of a block the page sets into a sentence (an advert, a related-story link).
_UNSEEN = re.compile(r"hidden|\bhide|sr-only|screen-?reader|visually|offscreen|display:\s*none"
                     r"|\bads?\b|ad-|advert|promo|related|teaser|share|newsletter|sponsor", re.I)


def _unwrap_mid_sentence(tree: Any) -> None:
    """Let a span that sits in the middle of a sentence become part of its paragraph.

    Precision mode deletes any element whose class says link, bottom or border, with
    its text: a paragraph "X has reported that <span class="link">the league will fine
    him</span> for his role" comes out as "X has reported that for his role". A span
    inside a paragraph, with words before it that do not end a sentence and a tail
    that goes on in lower case or with punctuation, is a piece of that sentence, not
    furniture: its tag goes and its text stays. Spans holding a picture, or marked
    hidden or for screen readers, are left to trafilatura.
    """
    for el in tree.xpath("//p//span"):
        parent = el.getparent()
        if parent is None or el.xpath(".//img|.//picture|.//svg|.//iframe"):
            continue
        hidden = "hidden" if el.get("aria-hidden") == "true" else ""
        if _UNSEEN.search(" ".join([el.get("class") or "", el.get("style") or "", hidden])):
            continue
        prev = el.getprevious()
        before = ((prev.tail if prev is not None else parent.text) or "").rstrip()
        tail = (el.tail or "").lstrip()
        text = " ".join(el.text_content().split())
        if not text or not before or before[-1] in ".!?:" or not tail or ":" in text or is_furniture(text):
            continue  # "Related: ...", "Advertisement": a label or a notice, not the sentence's words
        if tail[0].islower() or tail[0] in ",;.)":
            el.drop_tag()


_INLINE = frozenset(["a", "b", "em", "i", "q", "span", "strong", "small", "u", "font", "abbr"])


def _keep_tails_of_empty(tree: Any) -> None:
    """Take out the empty elements trafilatura prunes, keeping the text that follows them.

    In precision mode trafilatura deletes an empty element (no text, no children: a
    spacer, an icon, a fake line break) together with its tail, the text that follows
    it up to the next tag: a sentence or a heading after a spacer is lost. Here such an
    element goes first, and its tail joins the text before it, with a space between
    when both sides would otherwise run into one word ("Plan A" + "Plan B").
    Without trafilatura's list of those elements (a version that moved it) nothing
    changes.
    """
    try:
        from trafilatura.settings import CUT_EMPTY_ELEMS
    except ImportError:
        return
    empty = [el for el in tree.iterdescendants(*CUT_EMPTY_ELEMS)
             if el.text is None and len(el) == 0 and (el.tail or "").strip()]
    gone: dict[int, tuple[Any, list[Any]]] = {}  # parent's id -> (parent, its empty inline children)
    for el in empty:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag not in _INLINE:
            el.tag = "br"
            el.attrib.clear()
            continue
        gone.setdefault(id(parent), (parent, []))[1].append(el)
    for parent, els in gone.values():
        _join_tails(parent, {id(el) for el in els})
        for el in els:  # an empty element has no children: no parent here is another's child
            parent.remove(el)


def _join_tails(parent: Any, gone: set[int]) -> None:
    """Give the tail of each child in ``gone`` to the text before it, in one pass over the
    parent's children (joining them one by one grows the same string again and again: a
    page of many thousand empty spans took seconds)."""
    def put(slot: Any, pieces: list[str]) -> None:
        """The joined pieces become the parent's text (``slot`` None) or a kept child's tail."""
        joined = "".join(pieces) or None
        if slot is None:
            parent.text = joined
        else:
            slot.tail = joined

    pieces: list[str] = [parent.text or ""]
    slot: Any = None
    last = pieces[0][-1:]
    for child in parent:
        if id(child) in gone:
            tail = child.tail or ""
            if last and not last.isspace() and tail and not tail[0].isspace():
                pieces.append(" ")
            pieces.append(tail)
            last = tail[-1:] or last
            child.tail = None
            continue
        put(slot, pieces)
        slot, pieces = child, [child.tail or ""]
        last = pieces[0][-1:]
    put(slot, pieces)


#: A class that marks a picture's caption: "caption", "wp-caption-text",
#: "article__image-caption", "caption-full" (not "captioned", "captionlink", "caption-truncated").
_CAPTION_CLASS = re.compile(r"(?:^|[-_])caption(?:[-_](?:text|full|body|content))?$", re.I)
#: Parts of a caption that are not its words: the photographer's credit.
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|photographer", re.I)
#: Where a caption is no caption of the article's: menus, footers, side bars, author boxes.
_NOT_ARTICLE = {"nav", "footer", "aside", "script", "style", "noscript", "template"}
_AUTHOR_CLASS = re.compile(r"author|bio\b|profile", re.I)


def _is_caption_el(el: Any) -> bool:
    if not isinstance(el.tag, str) or el.tag.lower() in {"a", "button"}:
        return False
    if el.tag.lower() == "figcaption":
        return True
    return any(_CAPTION_CLASS.search(c) for c in (el.get("class") or "").split())


def _caption_words(el: Any) -> str:
    """The text of a caption element without its credit (a child marked as the credit,
    a <cite>) or its controls (links such as "... more")."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not (
                child.tag.lower() in {"cite", "button", "script", "style"}
                or _CREDIT_CLASS.search(child.get("class") or "")
                or (child.tag.lower() == "a" and "caption" in (child.get("class") or ""))):
            parts.append(_caption_words(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def page_captions(tree: Any) -> list[str]:
    """The photo captions of a page: <figcaption> elements and elements whose class says
    caption, innermost first found (a caption's wrapper repeats it), without credits,
    outside menus, footers, side bars and author boxes; at most MAX_CAPTIONS."""
    if isinstance(tree, str):
        return []
    captions: list[str] = []
    try:
        found = [el for el in tree.iter() if _is_caption_el(el)]
    except (AttributeError, ValueError):
        return []
    inner: set[int] = set()
    for el in found:
        inner.update(id(a) for a in el.iterancestors())
    for el in found:
        if id(el) in inner:
            continue  # a wrapper: the caption inside it is taken instead
        if any(isinstance(a.tag, str) and (a.tag.lower() in _NOT_ARTICLE
                                           or _AUTHOR_CLASS.search(a.get("class") or ""))
               for a in [el, *el.iterancestors()]):
            continue
        add_caption(captions, _caption_words(el))
        if len(captions) >= MAX_CAPTIONS:
            break
    return captions


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


_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template)\b|<!--", re.I)
_TAG = re.compile(r"<[^<>]+>")
_AGENCY = re.compile(r"\b(?P<agency>Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg|"
                     r"Xinhua|Yonhap|UPI|dpa|The Canadian Press|Press Association|PA Media)\b",
                     re.I)
_AGENCY_NAMES = {"afp": "Agence France-Presse", "associated press": "Associated Press",
                 "press association": "PA Media"}
# Site names that say nothing about the outlet (a hosting page's own label).
_GENERIC = frozenset(["hosted", "home", "news", "index", "article", "articles", "site", "website", "web", "page", "story", "stories", "blog"])


_H1_OPEN = re.compile(r"<h1\b[^<>]*>", re.I)


@functools.lru_cache(maxsize=2)
def _strip_hidden(raw: str) -> str:
    """The page without scripts, styles, templates and comments, in one linear pass
    (an element left open hides the rest of the page, as a browser would). Remembered for
    the last pages: ``parse_html`` reads the visible page three or four times (headline,
    printed date, outlet, site name)."""
    low = raw.lower()
    out: list[str] = []
    pos = 0
    while m := _HIDDEN_OPEN.search(raw, pos):
        out.append(raw[pos:m.start()])
        end_mark = "-->" if m.group(0) == "<!--" else f"</{m.group(1).lower()}"
        close = low.find(end_mark, m.end())
        if close < 0:
            return " ".join(out)
        gt = low.find(">", close)
        pos = len(raw) if gt < 0 else gt + 1
        out.append(" ")
    out.append(raw[pos:])
    return "".join(out)


def _h1_texts(raw: str) -> list[str]:
    """The text of each <h1> element, found with str.find (linear on unclosed tags)."""
    low = raw.lower()
    found: list[str] = []
    pos = 0
    while m := _H1_OPEN.search(raw, pos):
        close = low.find("</h1", m.end())
        if close < 0:
            break
        found.append(raw[m.end():close])
        pos = close + 4
    return found


def _printed_headline(raw: str) -> str | None:
    """The page's one <h1>, when it has exactly one that reads as a headline (four
    words or more, and not the site's own name: a masthead set in an <h1>): the
    headline as printed, not the title tag's SEO variant."""
    found = [" ".join(htmllib.unescape(_TAG.sub(" ", h1)).split())
             for h1 in _h1_texts(_strip_hidden(raw))]
    heads = [h for h in found if word_count(h) >= 4 and len(h) < 300
             and not _is_site_name(h, raw)]
    return heads[0] if len(heads) == 1 else None


def _is_site_name(text: str, raw: str) -> bool:
    """True when ``text`` is the site's name as the page declares it (og:site_name),
    not a headline: 'Harbour Daily News' over every page of the site."""
    site = " ".join((_declared_site_name(raw) or "").split()).casefold()
    return bool(site) and " ".join(text.split()).casefold() == site


def _og_title(raw: str) -> str | None:
    """The og:title content, entities decoded and white space collapsed."""
    title = _meta_content(raw, _OG_TITLE)
    return None if title is None else " ".join(htmllib.unescape(title).split())


def page_lines(raw: str) -> list[str]:
    """The visible text of a page, one line per text run between tags (blank ones out)."""
    text = htmllib.unescape(_TAG.sub("\n", _strip_hidden(raw)))
    return [t for line in text.split("\n") if (t := " ".join(line.split()))]


def page_text(raw: str) -> str:
    """The visible text of a page, roughly: no scripts, styles, comments or tags."""
    return htmllib.unescape(_TAG.sub(" ", _strip_hidden(raw)))


_DECLARED_DATE = re.compile(r"[\"']datePublished[\"']\s*:\s*[\"']((?:19|20)\d{2}-\d{2}-\d{2})")
_PUBLISHED_META = re.compile(r"(?:property|name|itemprop)\s*=\s*[\"']?(?:article:published_time|datePublished)\b", re.I)
_META_CONTENT_DATE = re.compile(r"content\s*=\s*[\"']?((?:19|20)\d{2}-\d{2}-\d{2})")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2}|[A-Za-z]{3,9})/(?P<d>\d{1,2})(?=/|$)")


def declared_dates(raw: str, url: str | None) -> set[dt.date]:
    """The publication dates the page declares for itself: JSON-LD ``datePublished`` and
    ``article:published_time`` as written (the day in the stamp's own offset, never
    moved to another zone), and the year/month/day in the article's URL."""
    found: set[dt.date] = set()
    stamps = _DECLARED_DATE.findall(" ".join(_jsonld_blocks(raw)))
    stamps += [m.group(1) for t in _META.finditer(raw) if _PUBLISHED_META.search(t.group(0))
               and (m := _META_CONTENT_DATE.search(t.group(0)))]
    for s in stamps:
        with contextlib.suppress(ValueError):
            found.add(dt.date.fromisoformat(s))
    if url and (m := _URL_DATE.search(url)):
        month = m.group("m").lower()
        num = int(month) if month.isdigit() else _MONTH_NUM.get(month)
        with contextlib.suppress(ValueError):
            found.add(dt.date(int(m.group("y")), num or 0, int(m.group("d"))))
    return found


def _shown_date(raw: str, published: dt.date, title: str | None,
                declared: frozenset[dt.date] | set[dt.date] = frozenset()) -> dt.date:
    """The publication date as the page prints it under the headline. A UTC time stamp
    in the page's metadata runs a day ahead of the page's own time zone in the evening:
    when the page prints the day before under the headline and not the stamped day,
    the printed day is the date. A date taken from elsewhere on the page (a date in its
    link, the date of a claim a fact-check quotes above the headline) that the page does
    not print under the headline gives way to the one date the page both declares
    (:func:`declared_dates`) and prints there."""
    text = " ".join(page_text(raw).split())
    head = " ".join((title or "").split())[:60]
    if not head:
        return published
    # The headline as printed over the article, not as a gallery or a list of links
    # repeats it further down (no date under it) nor as the title tag before the menus:
    # the last place it stands with a date after it.
    at, shown = -1, set()
    for found in islice(re.finditer(re.escape(head), text), 8):
        if dates := dates_in(text[found.start() : found.start() + 1500]):
            at, shown = found.start(), dates
    if at < 0:
        return published
    day_before = published - dt.timedelta(days=1)
    if published not in shown and day_before in shown:
        return day_before
    # an "Updated ..." date is no publication date
    if published not in shown and len(both := declared & first_dates_in(text[at : at + 1500])) == 1:
        return next(iter(both))
    return published


def split_agency(byline: str | None, publisher: str | None = None) -> tuple[str | None, str | None]:
    """'DANICA KIRKA; JILL LAWLESS Associated Press' -> ('Danica Kirka, Jill Lawless',
    'Associated Press'): the people who wrote the story, and the agency apart; what is no
    person (a job title, the outlet, a degree: :func:`person_parts`) is left out."""
    if not byline:
        return byline, None
    agency = None
    if m := _AGENCY.search(byline):
        agency = _AGENCY_NAMES.get(m.group("agency").lower(), m.group("agency"))
        byline = _AGENCY.sub(" ", byline)
    names = [" ".join(n.split()).strip(" ,;|-") for n in re.split(r"[;|]|\s{2,}", byline)]
    names = [n for n in names if n and n.lower() not in ("by", "and", "staff", "the")]
    fixed = []
    for n in person_parts([re.sub(r"^(?i:by)\s+", "", n) for n in names], publisher):
        if n.isupper():
            n = " ".join(w.lower() if w.lower() == "and" else w.capitalize() for w in n.split())
        fixed.append(n)
    return (", ".join(fixed) or None), agency


#: Words of a job or a desk, never of a person's name: "AP Auto Writer", "Science X staff".
_BYLINE_ROLE = re.compile(r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|"
                          r"reports|desk|bureau|newsroom|wire|editorial)\b", re.I)
#: Words of an outlet's name: "NJ Advance Media", "Cleveland com".
_OUTLET_WORDS = frozenset(["media", "news", "press", "com", "online", "digital", "magazine",
                           "network", "newspaper", "newspapers", "group", "business"])
#: A date word a page glued after the name: "Carrie Arnold November", "... Published".
_TRAILING_DATE_WORD = re.compile(
    r"\s+(?i:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|published|updated|posted)$")


def _outlet_part(part: str, publisher: str | None) -> bool:
    """Does a byline part name an outlet, not a person: the page's own outlet ("CNN
    Business" on CNN, "Business Insider" on Business Insider Deutschland), a word of an
    outlet's name ("NJ Advance Media"), or one upper-case word ("CNN", "MS")?"""
    words = [w.lower().strip(".") for w in part.split()]
    if len(words) == 1 and part.isupper():
        return True
    outlet = [w for w in re.findall(r"\w+", (publisher or "").lower()) if w != "the"]
    if outlet and words == outlet[: len(words)]:
        return True  # the page's own name, or its first words
    if 2 <= len(words) <= 3 and first_name_gender(words[0]) is not None and all(
            w[:1].isupper() for w in part.split()[1:]):
        return False  # a first name and a surname: "Eyal Press", "Al Haddad" on Al Jazeera
    if any(w in _OUTLET_WORDS for w in words):
        return True
    return bool(outlet) and words[0] == outlet[0] and (len(words) == 1 or words[1] != outlet[0])


def _same_person(short: str, full: str) -> bool:
    """Two byline parts for one person: "Troy Smith" and "Troy L Smith", or a user
    name cut from the full name ("Kevin-R" and "Kevin Rebong")."""
    a = re.findall(r"\w+", short.lower())
    b = re.findall(r"\w+", full.lower())
    if len(a) < 2 or len(b) < 2 or a == b or a[0] != b[0]:
        return False
    return a[-1] == b[-1] or (len(a) == 2 and len(a[1]) == 1 and b[-1].startswith(a[1]))


def person_parts(parts: list[str], publisher: str | None) -> list[str]:
    """The parts of a byline that name people, without what the page's metadata adds to
    them: job titles ("AP Auto Writer"), the outlet ("CNN Business"), degrees ("MS",
    "RDN"), a date word glued on ("Carrie Arnold November"), a second form of one name
    ("Troy Smith" beside "Troy L Smith": the fuller one stays)."""
    out: list[str] = []
    # "Jane Doe, Staff Writer": the title goes, the name after or before its comma stays
    parts = [p for part in parts for p in (part.split(",") if _BYLINE_ROLE.search(part) else [part])]
    for part in parts:
        part = _TRAILING_DATE_WORD.sub("", part.strip()).strip()
        if not part or part.lower() == "the" or _BYLINE_ROLE.search(part) or _outlet_part(part, publisher):
            continue
        out.append(part)
    return [p for p in out if not any(q is not p and _same_person(p, q) and len(p) < len(q) for q in out)]


def _generic_name(name: str) -> bool:
    return name.strip().lower() in _GENERIC


_DOMAIN = re.compile(r"^(?:www\.)?(?P<stem>[A-Za-z][A-Za-z0-9\-]*)\.(?:com|net|org|ca|news|tv|io)$")


#: Last words of an outlet's own name, never an edition: "... Express-News", "... Times".
_MASTHEAD_WORDS = frozenset([
    "news", "times", "post", "journal", "magazine", "review", "reporter", "today", "daily",
    "herald", "tribune", "chronicle", "gazette", "express", "examiner", "observer", "guardian",
    "telegraph", "independent", "star", "sun", "mail", "record", "register", "standard", "press",
    "media", "online", "digital", "network", "service", "services", "report", "weekly",
    "insider", "wire", "radio", "tv", "television", "channel", "group", "bulletin", "dispatch",
    "courier", "enquirer", "inquirer", "leader", "monitor", "sentinel", "spectator", "world"])


def _without_edition(name: str, text: str) -> str:
    """'Harbour Insider Norway' -> 'Harbour Insider': an edition (a city, a country) after
    the outlet's name goes when the page calls the outlet by the shorter name at least
    twice (not going on into another name), and at least twice as often as by the whole
    one (in any capitals). The outlet's own last word
    ("... Times", "... Express-News") is never taken for an edition."""
    words = name.split()
    if len(words) < 3:
        return name
    for k in (2, 1):
        prefix, tail = words[:-k], words[-k:]
        if len([w for w in prefix if w.lower() != "the"]) < 2 or not all(w[:1].isupper() for w in tail):
            continue
        if any(p in _MASTHEAD_WORDS for w in tail for p in re.split(r"[-\u2010]", w.lower())):
            continue
        short = " ".join(prefix)
        whole = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I))
        # the short name alone: not going on into another name ("Harbour Insider Books")
        alone = len(re.findall(rf"(?<!\w){re.escape(short)}(?![\w\-])(?!\s+[A-Z])", text))
        if alone >= 2 and alone >= 2 * whole:
            return short
    return name


def outlet_name(name: str, raw: str) -> str:
    """The outlet as a reader names it: company suffixes and 'All rights reserved' off,
    an edition after the name off (:func:`_without_edition`), and a domain ('livescience.com', 'CBSSports.com') in the words the page itself
    spells it with ('Live Science', 'CBS Sports'), or its stem when that is a
    compound ('SpaceNews.com' -> 'SpaceNews')."""
    n = clean_outlet(name) or name
    m = _DOMAIN.match(n)
    if not m:
        return _without_edition(n, page_text(raw))
    stem = m.group("stem")
    text = page_text(raw)
    words = r"[A-Z][A-Za-z0-9]*"
    forms: dict[str, int] = {}
    for k in (2, 3):
        for f in re.finditer(rf"(?<![\w.])({words}(?:\s+{words}){{{k - 1}}})(?![\w.])", text):
            form = f.group(1)
            if "".join(form.split()).lower() == stem.lower():
                forms[form] = forms.get(form, 0) + 1
    if forms:
        return max(forms, key=lambda f: forms[f])
    if re.search(r"[a-z][A-Z]", stem):
        return stem  # a compound brand
    # A coined name the page prints on its own ('Sportsnet.ca' -> 'Sportsnet'); a word of
    # the language ('Space.com': the page also says "space") keeps its domain.
    alone = re.findall(rf"(?<![\w.\-/@])({re.escape(stem)})(?![\w.\-/@])", text, re.I)
    if sum(1 for a in alone if a[:1].isupper()) >= 2 and all(a[:1].isupper() for a in alone):
        return stem[:1].upper() + stem[1:]
    return n


_STAMP = re.compile(r"(?:datepublished|published_time|datecreated)[\"']?\s*(?:content=|:)\s*[\"']"
                    r"(\d{4}-\d\d-\d\dt\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:z|[+-]\d\d:?\d\d))[\"']")


def _stamp(jsonld: str, metas: str) -> dt.datetime | None:
    """The page's publication time stamp with its time zone (JSON-LD ``datePublished``,
    ``article:published_time``), from the lower-cased metadata; None without a zone."""
    for m in _STAMP.finditer(jsonld + " " + metas):
        try:
            return dt.datetime.fromisoformat(m.group(1).upper())
        except ValueError:
            continue
    return None


_SITE_NAME = re.compile(r"property\s*=\s*[\"']?og:site_name\b", re.I)
_OG_TITLE = re.compile(r"property\s*=\s*[\"']?og:title\b", re.I)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"<>]*)\"|'([^'<>]*)')", re.I)


#: The last word of a company's or a service's name, not a site's: "Wellpoint Media",
#: "Harbour Communications", "DH News Service".
_COMPANY_END = re.compile(r"\b(?:media|communications|service|services|group|holdings|inc|llc|"
                          r"ltd|corporation|corp|company|publishing|enterprises)\.?$", re.I)


def _meta_content(raw: str, prop: re.Pattern[str]) -> str | None:
    """The content of the first <meta> tag whose property ``prop`` matches, as written."""
    return next((c.group(1) or c.group(2) or "" for t in _META.finditer(raw)
                 if prop.search(t.group(0)) and (c := _CONTENT.search(t.group(0)))), None)


def _declared_site_name(raw: str) -> str | None:
    """The og:site_name content, as the markup writes it."""
    return _meta_content(raw, _SITE_NAME)


def site_not_owner(name: str, raw: str) -> str:
    """'Wellpoint Media' -> 'Wellpoint': a publisher name (the JSON-LD publisher's) that
    is a company or a service ('... Media', '... Communications', '... News Service')
    or a news agency supplying the story gives way to the site's own name, when the
    page's og:site_name gives one (not a hosting label, not a lower-case slug)."""
    if not (_COMPANY_END.search(name) or _AGENCY.fullmatch(name)):
        return name
    site = clean_outlet(_declared_site_name(raw) or "")
    if not site or _generic_name(site) or site.islower() or site.lower() == name.lower():
        return name
    return site


def site_as_spelt(name: str, url: str | None, raw: str) -> str:
    """'nv' -> 'NV.com': a site name the page's markup gives in lower case as its
    address's first part (a slug, not a name) is the address as the page prints it in
    capitals ('NV.com', 'Harbourtown.com': the most frequent, printed at least twice);
    any other name is kept."""
    found = url_host(url)
    if not found or name.lower() != found[0].lower():
        return name
    declared = _declared_site_name(raw) or ""
    if not declared.strip() or not declared.strip().islower():
        return name
    host = re.escape(found[1])
    forms: dict[str, int] = {}
    for f in re.finditer(rf"(?<![\w.\-/@]){host}(?![\w\-/])", page_text(raw), re.I):
        if f.group(0) != f.group(0).lower():
            forms[f.group(0)] = forms.get(f.group(0), 0) + 1
    best = max(forms, key=lambda f: forms[f], default=None)
    return best if best is not None and forms[best] >= 2 else name


def parse_html(raw: str, source: str, url: str | None = None) -> Article:
    """Extract the article body and its metadata from an HTML page.

    Raises InputError when trafilatura finds no article text in the page.
    """
    import trafilatura

    tree = pruned_tree(raw)
    captions = page_captions(tree)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                      **TRAFILATURA_OPTIONS)
    if len(getattr(doc, "text", None) or "") < RETRY_BELOW_CHARS:
        retry = trafilatura.bare_extraction(pruned_tree(raw), url=url, with_metadata=True,
                                            **{**TRAFILATURA_OPTIONS, "fast": False})
        if len(getattr(retry, "text", None) or "") > len(getattr(doc, "text", None) or ""):
            doc = retry
    text = getattr(doc, "text", None) if doc is not None else None
    title = (getattr(doc, "title", None) or None) if doc is not None else None
    printed = _printed_headline(raw)
    paragraphs = clean_lines(text or "", title, printed, _og_title(raw))
    if not paragraphs:
        raise InputError(
            f"{source}: no article text found in this HTML page; save the article page itself"
        )
    check_notice(source, paragraphs)
    jsonld = " ".join(_jsonld_blocks(raw)).lower()
    metas = " ".join(m.group(0) for m in _META.finditer(raw)).lower()
    found: dict[str, str] = {}
    values: dict[str, str | None] = {}
    for field, key in (("title", "title"), ("author", "byline"), ("sitename", "publisher"),
                       ("url", "url")):
        value = getattr(doc, field, None) or None
        values[key] = value
        if value and key == "url" and any(
                value in m.group(0) and _CANONICAL_REL.search(m.group(0))
                for m in _CANONICAL.finditer(raw)):
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
    if values["title"] and _is_site_name(values["title"], raw) and (og := _og_title(raw)) \
            and not _is_site_name(og, raw):
        # the extractor took the masthead (the site's name) for the title: the page's
        # own og:title names the article
        values["title"] = og
        found["title"] = "html og:title (the title found was the site's name)"
    if (h1 := printed) and h1 != values["title"]:
        values["title"] = h1
        found["title"] = "html h1 (the headline as printed)"
    if published is not None and (shown := _shown_date(raw, published, values["title"],
                                                       declared_dates(raw, values["url"] or url))) != published:
        published = shown
        found["published"] = "html date, as the page shows it"
    byline, agency = split_agency(values["byline"], values["publisher"])
    if agency and (not values["publisher"] or _generic_name(values["publisher"])):
        values["publisher"] = agency
        found["publisher"] = "agency in the byline"
    values["byline"] = byline
    if not values["publisher"] and (named := outlet_from_page(page_lines(raw))) is not None:
        # no site name in the markup (a company's press release): the name the page's
        # text gives itself (its copyright line, "About X"), as a pasted page is read
        values["publisher"] = named
        found["publisher"] = "html page text (the name the page gives itself)"
    if values["publisher"] and (site := site_not_owner(values["publisher"], raw)) != values["publisher"]:
        values["publisher"] = site
        found["publisher"] = "html og:site_name (the site, not its company)"
    if values["publisher"]:
        values["publisher"] = site_as_spelt(outlet_name(values["publisher"], raw),
                                            values["url"] or url, raw)
    if not values["url"] and url:
        values["url"] = url
        found["url"] = "fetched URL"
    language = getattr(doc, "language", None) or None
    if not language and (m := _LANG.search(raw[:5000])):
        language = m.group(1).lower()
    guessed = guess_language(" ".join(paragraphs))
    if language and guessed and guessed != language.lower()[:2]:
        # a site's template sets one lang attribute on every page: the words say better
        # (German text under lang="en", English under lang="de")
        language = guessed
        found["language"] = "script and function words (not the html lang attribute)"
    elif language:
        found["language"] = "html lang attribute"
    elif language := guessed:
        found["language"] = "script and function words"
    return Article(
        source=source,
        body="\n\n".join(paragraphs),
        title=clean_headline(values["title"]),
        byline=values["byline"],
        published=published,
        stamped=_stamp(jsonld, metas),
        publisher=values["publisher"],
        url=values["url"],
        language=language,
        found=found,
        warnings=short_body_warning(source, paragraphs) + language_warning(source, language),
        captions=captions,
        recovered_breaks=split_walls(paragraphs),
    )
