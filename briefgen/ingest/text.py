"""Pasted web text -> Article: drop page furniture line by line, read the masthead.

A page pasted from a news site keeps its banners, prompts, captions and credits. We
keep the lines that read as article prose and take the title, standfirst, byline and
dateline from the top of the text.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.errors import InputError
from briefgen.models import Article

MONTHS = ("january|february|march|april|may|june|july|august|september|october|"
          "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATELINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
    r"(?:\s*(?:,|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*\(?(?:updated|last updated)[^)]*\)?)?$",
    re.I,
)
CREDIT = re.compile(
    r"\((?:[^()]*\b(?:getty|reuters|afp|ap|pa|epa|alamy|shutterstock|pool|photo|"
    r"image|images|file|kcna|kns|supplied|handout|bloomberg|xinhua|anadolu)\b[^()]*)\)\s*$",
    re.I,
)
FURNITURE = [re.compile(p, re.I) for p in (
    r"^stay up to date with",
    r"notifications can be managed",
    r"^(join|start) (our|the) (commenting|comment|conversation|discussion)",
    r"^join thought-provoking conversations",
    r"^thank you for (registering|signing up|subscribing)",
    r"please refresh (the|your)",
    r"^(sign|log) (up|in)\b",
    r"^(subscribe|register)\b",
    r"^(read more|related|more from|most read|recommended|trending|watch more|see also)\b",
    r"^(advertisement|sponsored|promoted|ad)$",
    r"^(share|follow us|share this|share on|tweet|email|print|copy link)\b",
    r"^(comments?|\d+ comments?)$",
    r"^(accept|manage) (all )?cookies",
    r"\bcookies?\b.*\b(accept|consent|policy)\b",
    r"^skip to (main )?content",
    r"^(close|menu|search|home|next|previous|back to top)$",
    r"^(image|photo|picture|video)( credit)?:",
    r"^(getty images|reuters|afp|ap photo)",
    r"^listen to (this )?article",
    r"^\d+ min(ute)? read$",
    r"^(all rights reserved|©|copyright)",
)]
BYLINE = [
    re.compile(r"^by\s+(?P<name>[A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|and|de|van|von))+)", re.I),
    re.compile(r"\b(?:experts?|analysts?|officials?|sources?)\s+(?:tell|told)\s+"
               r"(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,3})\s*$"),
    re.compile(r"\b(?:writes|reports|reporting by)\s+"
               r"(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,3})\s*$"),
]
PUBLISHER = [
    re.compile(r"notifications from (?P<name>(?:the\s+)?[A-Z][\w&'\- ]+?)\s*$", re.I),
    re.compile(r"(?:©|copyright)\s*(?:\d{4}\s+)?(?P<name>[A-Z][\w&'\- ]+?)\s*$", re.I),
]
_MONTH_NUM = {m: i for i, ms in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in ms}
HEADER = re.compile(r"^(title|date|author|byline|publisher|source|url)\s*:\s*(.+)$", re.I)


def parse_date(line: str) -> dt.date | None:
    """A dateline such as 'Monday 15 January 2024 17:51 GMT' -> date(2024, 1, 15)."""
    m = DATELINE.match(line.strip())
    if not m:
        return None
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        day = int(m.group("d1") or m.group("d2"))
        month = _MONTH_NUM[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        year = int(m.group("y1") or m.group("y2"))
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def is_furniture(line: str) -> bool:
    """True for banner, prompt, share-bar and caption-credit lines."""
    s = line.strip()
    return any(p.search(s) for p in FURNITURE) or bool(CREDIT.search(s))


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 8 or line.rstrip().endswith((".", "!", "?", "\u201d", '"'))


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """A Markdown front matter block or a 'Title: ...' header block at the top."""
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == "---":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() == "---":
                for ln in lines[i + 1 : j]:
                    m = HEADER.match(ln.strip())
                    if m:
                        fields[m.group(1).lower()] = m.group(2).strip().strip("\"'")
                return fields, j + 1
        return {}, 0
    j = i
    while j < len(lines) and (m := HEADER.match(lines[j].strip())):
        fields[m.group(1).lower()] = m.group(2).strip()
        j += 1
    return (fields, j) if fields else ({}, 0)


def parse_text(raw: str, source: str) -> Article:
    """Clean pasted text into an Article (body paragraphs separated by a blank line)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header, skip = _front_matter(lines)
    lines = [ln.strip() for ln in lines[skip:]]
    found: dict[str, str] = {}
    title = header.get("title")
    byline = header.get("author") or header.get("byline")
    publisher = header.get("publisher") or header.get("source")
    published = parse_date(header["date"]) if "date" in header else None
    for key in header:
        found[{"author": "byline", "source": "publisher", "date": "published"}.get(key, key)] = "header"

    credited = {CREDIT.sub("", ln).strip() for ln in lines if CREDIT.search(ln)}
    standfirst = None
    body: list[str] = []
    seen: set[str] = set()
    for ln in lines:
        if not ln:
            continue
        if is_furniture(ln):
            if publisher is None:
                for p in PUBLISHER:
                    if m := p.search(ln):
                        publisher = m.group("name").strip()
                        found["publisher"] = "page furniture"
            continue
        if ln in credited or ln in seen:
            continue  # a caption repeated without its credit, or a repeated headline
        seen.add(ln)
        if published is None and (d := parse_date(ln)):
            published = d
            found["published"] = "dateline"
            continue
        if not body:
            if byline is None and (m := next((b.search(ln) for b in BYLINE if b.search(ln)), None)):
                byline = m.group("name").strip()
                found["byline"] = "byline line" if ln.lower().startswith("by ") else "standfirst"
                if not ln.lower().startswith("by "):
                    standfirst = ln
                continue
            if title is None and not _ends_sentence(ln) and len(ln) < 200:
                title = ln
                found["title"] = "first line"
                continue
            if title is not None and standfirst is None and not _ends_sentence(ln) and len(ln) < 300 and not body:
                standfirst = ln
                continue
        if not _is_prose(ln):
            continue
        body.append(ln)
    if not body:
        raise InputError(f"{source}: no article text found; is this a news article?")
    return Article(source=source, body="\n\n".join(body), title=title, standfirst=standfirst,
                   byline=byline, published=published, publisher=publisher, found=found,
                   language="en")


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "\u201d", '"', ":"))
