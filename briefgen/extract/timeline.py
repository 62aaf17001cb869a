"""Dated events: each DATE the article names, resolved to a calendar date.

Dates are resolved against the publication date: "on Sunday" in an article of Monday
15 January 2024 is 2024-01-14, "in September last year" is 2023-09, "in November" is the
most recent November (2023-11), "yesterday" is the day before. Explicit dates ("15
January 2024", "January 2024", "in 2001") need no anchor; relative ones are dropped when
the publication date is unknown. Durations ("two years"), decades and vague spans ("last
week", "recent months") are not events and are skipped. Each event carries its sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc

from briefgen.dates import MONTH_ALTERNATION, MONTHS, WEEKDAYS
from briefgen.extract.facts import looks_like_furniture
from briefgen.models import Event, Precision

__all__ = ["extract_timeline", "resolve_date"]

_MONTH = r"(?P<month>" + MONTH_ALTERNATION + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d\d|21\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
            "twelve": 12}

# Each pattern is tried against the whole (lowercased) date phrase, in order.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"^{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d)$")),
    ("dmy", re.compile(rf"^(?:{_WEEKDAY},? )?(?:the )?{_DAY}(?: of)? {_MONTH},? {_YEAR}$")),
    ("mdy", re.compile(rf"^(?:{_WEEKDAY},? )?{_MONTH} {_DAY},? {_YEAR}$")),
    ("my", re.compile(rf"^(?:early |late |mid-?|mid )?{_MONTH},? (?:of )?{_YEAR}$")),
    ("y", re.compile(rf"^(?:early |late |mid-?|mid )?(?:the year )?{_YEAR}$")),
    ("range_y", re.compile(rf"^(?:between |from )?{_YEAR} ?(?:-|\u2013|to|and|until) ?(?:\d{{2,4}})$")),
    ("range_my", re.compile(rf"^(?:between |from )?{_MONTH} (?:-|\u2013|to|and|until) \w+,? {_YEAR}$")),
    ("dm", re.compile(rf"^(?:{_WEEKDAY},? )?(?:the )?{_DAY}(?: of)? {_MONTH}$")),
    ("md", re.compile(rf"^(?:{_WEEKDAY},? )?{_MONTH} {_DAY}$")),
    ("m_rel", re.compile(rf"^(?:early |late |mid-?|mid )?{_MONTH} (?P<rel>last|this|next) year$")),
    ("last_m", re.compile(rf"^(?:last|this past) {_MONTH}$")),
    ("m", re.compile(rf"^(?:early |late |mid-?|mid )?{_MONTH}$")),
    ("wd", re.compile(rf"^(?P<rel>last |this |this past |next )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?$")),
    ("word", re.compile(r"^(?P<word>yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)$")),
    ("rel_unit", re.compile(r"^(?P<rel>last|this|next|the previous|the following) (?P<unit>month|year)$")),
    ("ago", re.compile(r"^(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?P<unit>day|month|year)s? ago$")),
]
_LEAD = re.compile(r"^(?:on|in|since|by|from|until|before|after|during|as of|at|of)\s+", re.I)


def _ymd(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest to the anchor (a year either way)."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := _ymd(y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + by
    return n // 12, n % 12 + 1


def resolve_date(
    phrase: str, published: dt.date | None, *, future: bool = False
) -> tuple[str, Precision] | None:
    """Resolve a date phrase to (``YYYY[-MM[-DD]]``, precision), or None.

    ``published`` anchors relative phrases; without it only absolute dates resolve. A
    bare month or week day means the most recent one, unless ``future`` says the
    sentence looks ahead ("will meet in June"), then the next one.
    """
    text = " ".join(phrase.lower().replace("\u2019", "'").split()).strip(" ,.")
    text = _LEAD.sub("", text)
    # a time of day after the date ("15 January 2024 17:51 GMT") adds nothing here
    text = re.sub(r",? (?:at )?\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?$", "", text)
    text = re.sub(r"^the ", "", text) if not text.startswith("the year") else text
    for kind, pat in _PATTERNS:
        m = pat.match(text)
        if not m:
            continue
        g = m.groupdict()
        month = MONTHS.get((g.get("month") or "").rstrip("."), 0)
        if kind == "iso":
            d = _ymd(int(g["year"]), int(g["m"]), int(g["d"]))
            return (d.isoformat(), "day") if d else None
        if kind in {"dmy", "mdy"}:
            d = _ymd(int(g["year"]), month, int(g["day"]))
            return (d.isoformat(), "day") if d else None
        if kind == "my":
            return f"{int(g['year']):04d}-{month:02d}", "month"
        if kind in {"y", "range_y"}:
            return g["year"], "year"
        if kind == "range_my":
            return f"{int(g['year']):04d}-{month:02d}", "month"
        if published is None:
            return None  # everything below is relative to the publication date
        if kind in {"dm", "md"}:
            d = _closest_year(month, int(g["day"]), published)
            return (d.isoformat(), "day") if d else None
        if kind == "m_rel":
            year = published.year + {"last": -1, "this": 0, "next": 1}[g["rel"]]
            return f"{year:04d}-{month:02d}", "month"
        if kind == "m" and future:
            year = published.year if month >= published.month else published.year + 1
            return f"{year:04d}-{month:02d}", "month"
        if kind in {"m", "last_m"}:
            # the most recent such month, this month included
            year = published.year if month <= published.month else published.year - 1
            if kind == "last_m" and month == published.month:
                year -= 1
            return f"{year:04d}-{month:02d}", "month"
        if kind == "wd":
            rel = (g.get("rel") or "").strip()
            target = WEEKDAYS[g["weekday"]]
            back = (published.weekday() - target) % 7
            if rel == "next" or (future and not rel):
                fwd = (target - published.weekday()) % 7
                if rel == "next" and fwd == 0:
                    fwd = 7  # "next Monday" said on a Monday is a week on
                return (published + dt.timedelta(days=fwd)).isoformat(), "day"
            if rel in {"last", "this past"} and back == 0:
                back = 7
            return (published - dt.timedelta(days=back)).isoformat(), "day"
        if kind == "word":
            shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(g["word"], 0)
            return (published + dt.timedelta(days=shift)).isoformat(), "day"
        if kind == "rel_unit":
            by = {"last": -1, "the previous": -1, "this": 0, "next": 1,
                  "the following": 1}[g["rel"]]
            if g["unit"] == "year":
                return f"{published.year + by:04d}", "year"
            y, mo = _shift_month(published.year, published.month, by)
            return f"{y:04d}-{mo:02d}", "month"
        if kind == "ago":
            n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"]]
            if g["unit"] == "day":
                return (published - dt.timedelta(days=n)).isoformat(), "day"
            if g["unit"] == "month":
                y, mo = _shift_month(published.year, published.month, -n)
                return f"{y:04d}-{mo:02d}", "month"
            return f"{published.year - n:04d}", "year"
    return None


#: Words that make a sentence look ahead, so a bare "June" or "Friday" is the next one.
_FUTURE = {"will", "shall", "plan", "plans", "planned", "scheduled", "due", "upcoming",
           "expected", "next", "before", "until", "ahead", "'ll", "going"}


def _looks_ahead(doc: Doc, sent_start: int, ent_start: int) -> bool:
    """Does the clause before the date speak of the future ("will meet on Friday")?"""
    window = doc[max(sent_start, ent_start - 12) : ent_start]
    return any(t.lower_ in _FUTURE for t in window)


def _phrase(doc: Doc, start: int, end: int) -> str:
    """The date entity with a qualifier the NER left outside ("last" Sunday)."""
    if start > 0 and doc[start - 1].lower_ in {"last", "next", "this"}:
        start -= 1
    words = doc[start:end].text
    # "September last year": the NER sometimes splits month and "last year"
    if end + 1 < len(doc) and doc[end].lower_ in {"last", "this", "next"} and doc[end + 1].lower_ == "year":
        words += f" {doc[end].text} {doc[end + 1].text}"
    return words


def extract_timeline(doc: Doc, published: dt.date | None) -> list[Event]:
    """Events with resolved dates, in date order (then article order)."""
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    if not dates:
        return []
    text = doc.text
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    out: list[Event] = []
    seen: set[tuple[str, int]] = set()
    for ent in dates:
        sent = sents[bisect.bisect_right(starts, ent.start) - 1]
        resolved = resolve_date(_phrase(doc, ent.start, ent.end), published,
                                future=_looks_ahead(doc, sent.start, ent.start))
        if resolved is None:
            continue
        date, precision = resolved
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if (date, s) in seen or looks_like_furniture(text[s:e]):
            continue  # captions and page furniture carry dates but are not events
        seen.add((date, s))
        out.append(Event(date=date, precision=precision, text=text[s:e], start=s, end=e))
    # a sentence dated "on Sunday ... of 2024" is one event, at its most precise date
    out = [
        ev for ev in out
        if not any(o.start == ev.start and o.date != ev.date and o.date.startswith(ev.date)
                   for o in out)
    ]
    out.sort(key=lambda ev: (ev.date, ev.start))
    return out
