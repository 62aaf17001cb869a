"""Dated events: each DATE the article names, resolved to a calendar date.

Dates are resolved against the publication date: "on Sunday" in an article of Monday
15 January 2024 is 2024-01-14, "in September last year" is 2023-09, "in November" is the
most recent November (2023-11), "yesterday" is the day before, "last week" the week of
8 January (precision ``week``, dated by its Monday). The tense of the date's clause
decides between the last and the next such date ("was arrested on March 21" looks back,
"is scheduled for Feb. 14" ahead), and the story's own dates anchor "the next year" or
"two months later". Explicit dates ("15 January 2024", "January 2024", "in 2001") need
no anchor; relative ones are dropped when the publication date is unknown. Durations
("two years"), decades, "today" meaning now, and years that are part of a name ("the
2020 budget") are not events. Each event is the clause that says what happened then,
not the whole sentence.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from briefgen.dates import MONTH_ALTERNATION, MONTHS, WEEKDAYS
from briefgen.extract.cast import Cast, build_cast
from briefgen.extract.facts import _quote_state, looks_like_furniture, quote_open_after
from briefgen.extract.shorten import SPEECH, dateline_end
from briefgen.extract.standalone import Line, make_line
from briefgen.models import Edit, Event, Precision

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
    ("week", re.compile(r"^(?:(?:earlier|later|late|early) )?(?P<rel>last|this|next|this past) week$")),
    ("weekend", re.compile(r"^(?:over |during |at )?(?:(?P<rel>the|this|last|this past|next) )?weekend$")),
    ("rel_unit", re.compile(r"^(?:(?:earlier|later|early|late|so far|by the end of|the end of|end of|the start of|"
                            r"the beginning of|the middle of) )?(?P<rel>last|this|next) (?P<unit>month|year)$")),
    ("ago", re.compile(r"^(?:(?:nearly|about|almost|more than|roughly|some|just|over|around) )?"
                       r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                       r"(?P<unit>day|week|month|year)s? ago$")),
    # relative to a date the story itself set ("in 2016 ... the next year")
    ("anchored", re.compile(r"^(?:(?:later|earlier|early|late|by the end of|the end of) )?"
                            r"(?:the (?P<rel>next|following|previous) (?P<unit>day|month|year)"
                            r"|(?P<rel2>that|the same) (?P<unit2>month|year))$")),
    ("later", re.compile(r"^(?:(?:nearly|about|almost|more than|roughly|some|just|over|around) )?"
                         r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                         r"(?P<unit>day|week|month|year)s? (?P<rel>later|earlier|after|before)$")),
]
_PATTERNS_BY_KIND = dict(_PATTERNS)
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


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _anchored(kind: str, g: dict[str, str], anchor: tuple[str, Precision] | None,
              ) -> tuple[str, Precision] | None:
    """"the next year", "two months later": counted from the date the story just set."""
    if anchor is None:
        return None
    date, prec = anchor
    unit = g.get("unit") or g["unit2"]
    if kind == "anchored":
        by = {"next": 1, "following": 1, "previous": -1, "the same": 0, "that": 0}[
            g.get("rel") or g["rel2"]]
    else:
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"]]
        by = n if g["rel"] in {"later", "after"} else -n
    year = int(date[:4])
    if unit == "year":
        return f"{year + by:04d}", "year"
    if unit == "month" and len(date) >= 7:
        y, mo = _shift_month(year, int(date[5:7]), by)
        return f"{y:04d}-{mo:02d}", "month"
    if unit in {"day", "week"} and len(date) == 10 and prec in {"day", "week"}:
        d = dt.date.fromisoformat(date) + dt.timedelta(days=by * (7 if unit == "week" else 1))
        return (d.isoformat(), "day") if unit == "day" else (_monday(d).isoformat(), "week")
    return None


def resolve_date(
    phrase: str, published: dt.date | None, *, future: bool = False, past: bool = False,
    anchor: tuple[str, Precision] | None = None, story_year: int | None = None,
    ahead: dt.date | None = None,
) -> tuple[str, Precision] | None:
    """Resolve a date phrase to (``YYYY[-MM[-DD]]``, precision), or None.

    ``published`` anchors relative phrases; without it only absolute dates resolve. A
    bare month or week day means the most recent one, unless ``future`` says the
    sentence looks ahead ("will meet in June"), then the next one; a day and month
    ("March 21") is the nearest such day, or the last one before publication when
    ``past`` says the clause is in the past tense, the next one when ``future``.
    ``anchor`` is the date the story last set, for "the next year" or "two months
    later"; without it those phrases do not resolve. ``story_year`` is a year the
    sentence (or the one before) names: a bare month in the past then falls in it ("In
    2016 ... By December" is December 2016). Weeks ("last week", "over the
    weekend") resolve to their Monday with precision ``week``. ``ahead`` is the day
    after publication when the page's time stamp shows the story already out on it
    (:func:`briefgen.dates.day_ahead`): a bare week day that names it is that day, not
    the one six days before.
    """
    text = " ".join(phrase.lower().replace("\u2019", "'").split()).strip(" ,.")
    text = _LEAD.sub("", text)
    # a time of day after the date ("9 March 2023 08:26 GMT") adds nothing here
    text = re.sub(r",? (?:at )?\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?$", "", text)
    if "(" in text:  # "today (nov. 20)": the date in brackets says which day
        outer, inner = text.split("(", 1)
        got = resolve_date(inner.rstrip(") "), published, future=future, past=past, anchor=anchor,
                           ahead=ahead)
        if got is not None:
            return got
        text = outer.strip()
    anchored = _PATTERNS_BY_KIND["anchored"].match(text)
    if anchored:  # "the next year" counts from the story's date, "next year" from today
        return _anchored("anchored", anchored.groupdict(), anchor)
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
        if kind in {"anchored", "later"}:
            return _anchored(kind, g, anchor)
        if published is None:
            return None  # everything below is relative to the publication date
        if kind in {"dm", "md"}:
            d = _closest_year(month, int(g["day"]), published)
            if d is not None and past and d > published:
                d = _ymd(d.year - 1, month, int(g["day"]))
            elif d is not None and future and not past and d < published:
                d = _ymd(d.year + 1, month, int(g["day"]))
            return (d.isoformat(), "day") if d else None
        if kind == "m_rel":
            year = published.year + {"last": -1, "this": 0, "next": 1}[g["rel"]]
            return f"{year:04d}-{month:02d}", "month"
        if kind == "m" and future and not past:
            year = published.year if month >= published.month else published.year + 1
            return f"{year:04d}-{month:02d}", "month"
        if kind == "m" and story_year is not None and story_year < published.year:
            return f"{story_year:04d}-{month:02d}", "month"
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
            if not rel and ahead is not None and target == ahead.weekday():
                return ahead.isoformat(), "day"
            if rel == "next" or (future and not past and not rel):
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
        if kind == "week":
            by = {"last": -1, "this past": -1, "this": 0, "next": 1}[g["rel"]]
            return _monday(published + dt.timedelta(days=7 * by)).isoformat(), "week"
        if kind == "weekend":
            g["rel"] = g.get("rel") or "the"
            if g["rel"] == "next" or (future and not past and g["rel"] in {"this", "the"}):
                sat = published + dt.timedelta(days=(5 - published.weekday()) % 7)
            else:  # the weekend just gone (a Saturday or Sunday paper: its own weekend)
                back = (published.weekday() - 5) % 7
                sat = published - dt.timedelta(days=back)
                if g["rel"] in {"last", "this past"} and back < 2:
                    sat -= dt.timedelta(days=7)
            return _monday(sat).isoformat(), "week"
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
            if g["unit"] == "week":
                return _monday(published - dt.timedelta(days=7 * n)).isoformat(), "week"
            if g["unit"] == "month":
                y, mo = _shift_month(published.year, published.month, -n)
                return f"{y:04d}-{mo:02d}", "month"
            return f"{published.year - n:04d}", "year"
    return None


#: Words that make a sentence look ahead, so a bare "June" or "Friday" is the next one.
_FUTURE = {"will", "shall", "plan", "plans", "planned", "scheduled", "due", "upcoming",
           "expected", "next", "before", "until", "ahead", "'ll", "going"}
#: Verbs whose infinitive looks ahead: "plans to fly in 2022", "is scheduled for Feb. 14".
_AHEAD_VERBS = {"plan", "schedule", "expect", "intend", "aim", "hope", "due", "set", "prepare",
                "propose", "promise", "pledge", "vow", "go"}
#: ("would" is left out: "his vow that Britain would leave on Oct. 31" looks back.)
_MODALS = {"will", "'ll", "shall", "wo", "could", "should", "may", "might", "must"}
#: Nouns that a year names rather than dates: "the 2020 budget", "Class of 2019".
_NAMED_BY_YEAR = {"budget", "budgets", "census", "class", "act", "bill", "law", "agenda",
                  "vision", "strategy", "report", "model", "edition", "olympics", "games",
                  "cup", "plan", "accord", "accords", "treaty", "framework", "programme",
                  "program", "guidelines"}
#: Date words that mean "now", not a day something happened on.
_PRESENT = {"today", "now", "nowadays", "these days", "currently", "at present", "this time"}
MAX_LABEL_WORDS = 22
#: The page's legal small print ("\u00a92019 ... Corp."): its dates are no events.
#: Street types: a number before "Eighth St." or "Jolinda Drive" is a house number, not a year.
_STREET = {"st", "street", "ave", "avenue", "rd", "road", "dr", "drive", "pl", "place", "ln",
           "lane", "blvd", "boulevard", "ct", "court", "way", "terrace", "circle", "pkwy",
           "parkway", "hwy", "highway", "sq", "square"}
#: Prepositions that put a year on a time line, never a house number on a street.
_TIME_PREPS = {"in", "since", "by", "until", "till", "before", "after", "during"}
_LEGAL = re.compile(r"\u00a9|\bcopyright\b|all rights reserved", re.I)


def _looks_ahead(doc: Doc, sent_start: int, ent_start: int) -> bool:
    """Does the clause before the date speak of the future ("will meet on Friday")?"""
    window = doc[max(sent_start, ent_start - 12) : ent_start]
    return any(t.lower_ in _FUTURE for t in window)


def _governor(ent: Span) -> Token | None:
    """The verb of the clause a date belongs to."""
    t = ent.root
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in {"VERB", "AUX"} else None


def clause_tense(ent: Span) -> str | None:
    """"past", "future" or None (present or unknown) for the clause a date sits in.

    Past: a past-tense verb ("was arrested in April", "unveiled in May", "had met").
    Future: a modal or "will" ("will meet on Friday", "could begin in 2022"), or a verb
    that looks ahead ("plans to fly in 2022", "is scheduled for Feb. 14").
    """
    doc = ent.doc
    before = doc[max(ent.start - 2, 0): ent.start].text.lower()
    if before.endswith(("since", "as of")):
        return "past"
    v = _governor(ent)
    if v is None:
        return None
    chain = [v]
    if v.dep_ in {"xcomp", "ccomp"} and v.head.i != v.i:
        chain.append(v.head)
    for w in chain:
        auxes = [c for c in w.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in _MODALS for a in auxes) or (w.lemma_.lower() in _AHEAD_VERBS and w is not v):
            return "future"
        if w is v and w.lemma_.lower() in {"schedule", "due", "set"} and any(
                a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
            return "future"
        if any(a.lower_ == "going" for a in auxes):
            return "future"
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.lower_ not in _MODALS
           for c in v.children):
        return "past"  # "were walking", "had met", "was arrested"
    if v.tag_ == "VBD" or (v.tag_ == "VBN" and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} and c.lower_ not in _MODALS
            for c in v.children)):
        return "past"
    if v.tag_ == "VBN" and v.dep_ in {"acl", "relcl"}:
        return "past"  # "the lander unveiled in May"
    if _scheduled_present(ent, v):
        return "future"
    return None


def _scheduled_present(ent: Span, v: Token) -> bool:
    """A week day said of a verb in the plain present ("The fair opens to its visitors on
    Friday", "The team plays Saturday", "are meeting on Tuesday"): news tells what already
    happened in the past tense, so a present-tense clause dated by a bare week day is a
    scheduled event, and the day is the coming one. Only a week day that belongs to the
    verb itself ("on Friday", "Friday"), not to a noun ("Friday's vote"), and not a verb of
    saying ("says Monday" reports, it schedules nothing)."""
    if not any(t.lower_ in WEEKDAYS for t in ent) or v.lemma_.lower() in SPEECH:
        return False
    head = ent.root.head
    if head.dep_ == "prep" and head.lower_ in {"on", "by", "until", "till"}:
        head = head.head
    if head.i != v.i or (v.head.tag_ == "VBD" and v.head.i < ent.start < v.i):
        return False  # "revealed Monday she suspects ...": the day is the telling's
    auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if v.tag_ in {"VBZ", "VBP"} and not auxes:
        return True
    return v.tag_ == "VBG" and any(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def date_outlook(ent: Span, sent: Span) -> tuple[bool, bool]:
    """(future, past) for a date in ``sent``: the tense of its clause
    (:func:`clause_tense`), else words before it that look ahead ("will", "plans")."""
    tense = clause_tense(ent)
    future = tense == "future" or (tense is None and _looks_ahead(ent.doc, sent.start, ent.start))
    return future, tense == "past"


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _with_subject(v: Token, sent: Span) -> Token:
    """The verb whose clause names who acted: an infinitive, a participle or a second verb
    that shares its subject ("paid a visit to see Halvorsen in September", "arrived and met
    him on Monday") climbs to the verb that has one, so the row does not open on "meet"."""
    for _ in range(3):
        if any(c.dep_ in _SUBJECTS for c in v.children):
            return v
        if v.dep_ == "acl":
            return _through_noun(v, sent)
        if v.dep_ not in {"xcomp", "advcl", "conj"} or v.head.i == v.i:
            return v
        if v.dep_ == "advcl" and v.tag_ not in {"VB", "VBG", "VBN"}:
            return v  # a finite clause of its own ("when it launched in May")
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in {"to"} for c in v.children):
            return v  # "after landing in May" reads on its own
        head = v.head
        if not (sent.start <= head.i < sent.end) or head.pos_ not in {"VERB", "AUX"}:
            return v
        v = head
    return v


def _dates_a_thing(ent: Span, v: Token) -> bool:
    """Does the date reach its verb through a noun ("charging him over a March 21 phone
    call")? Then it dates that thing, not the verb's event."""
    t = ent.root.head
    while t.i != v.i and t.head.i != t.i:
        if t.pos_ in {"NOUN", "PROPN"} and not (ent.start <= t.i < ent.end):
            return True
        t = t.head
    return False


def _through_noun(v: Token, sent: Span) -> Token:
    """"paid a short visit to see Halvorsen": the infinitive hangs on a noun whose verb has the
    subject; climb to that verb."""
    if v.dep_ == "acl" and v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children):
        noun = v.head
        if noun.dep_ in {"dobj", "attr"} and sent.start <= noun.head.i < sent.end and any(
                c.dep_ in _SUBJECTS for c in noun.head.children):
            return noun.head
    return v


def _clause(sent: Span, ent: Span, v: Token | None, own: Token | None) -> tuple[int, int]:
    """Token range of the clause of ``v`` around the date, without its other clauses;
    ``own`` is the date's own verb when ``v`` is a verb above it (kept for its subject)."""
    lo, hi = sent.start, sent.end
    if v is not None and sent.start <= v.i < sent.end:
        # climb out of a clause too small to say anything ("said Monday")
        lo, hi = v.left_edge.i, v.right_edge.i + 1
        inside = range(ent.start, ent.end)
        for c in sorted(v.children, key=lambda c: c.i):
            sub = range(c.left_edge.i, c.right_edge.i + 1)
            if any(i in sub for i in inside):
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > ent.end:
                continue  # what the verb is about: "accused China [of ...]", "spoke [of ...]"
            if c.dep_ in {"advcl", "ccomp", "conj", "parataxis", "cc", "punct", "mark", "prep",
                          "npadvmod", "advmod", "dep", "intj", "xcomp", "oprd"} or c.dep_ == "relcl":
                if c.i < ent.start and c.dep_ not in {"prep", "advmod", "npadvmod", "xcomp"}:
                    if own is not None and v is not own and c.i < own.i:
                        continue  # climbed for the subject: keep the way to the date's verb
                    lo = max(lo, c.right_edge.i + 1)
                elif (c.i > ent.end or (c.i == ent.end and c.dep_ == "cc")) and c.dep_ not in {
                        "xcomp", "ccomp"}:
                    hi = min(hi, c.left_edge.i)
                    break
        lo, hi = max(lo, sent.start), min(hi, sent.end)
        if not (lo <= ent.start and ent.end <= hi):
            lo, hi = sent.start, sent.end
    return lo, hi


#: Phrases a row can end before and still read: "... to sell to Marivo[, the struggling
#: regional seafood company that ...]", "... with the Varn[, Valdoria's coast guard]".
_LOOSE = {"appos", "relcl", "acl", "advcl", "prep", "conj", "cc", "npadvmod", "parataxis", "advmod"}


def _phrase_end(doc: Doc, sent: Span, ent: Span, hi: int) -> int:
    """A cut of a long clause after ``doc[hi - 1]`` moved back to the start of the phrase
    it falls in ("the struggling regional seafood | company", "his friend Nora | Vance"): the
    deepest phrase the cut splits that the row can leave out, when it starts after the
    date; else ``hi`` as it is."""
    if hi >= sent.end:
        return hi
    t: Token | None = doc[hi]
    # climb from the word after the cut to the deepest phrase that holds both sides
    while t is not None and t.left_edge.i >= hi:
        t = t.head if t.head.i != t.i else None
    while t is not None and sent.start <= t.i < sent.end:
        if t.dep_ in _LOOSE and t.left_edge.i < hi and not (t.lower_ == "of" and t.head.pos_ == "VERB"):
            return t.left_edge.i if t.left_edge.i > ent.end else hi
        t = t.head if t.head.i != t.i else None
    return hi


def _of_phrase_end(doc: Doc, sent: Span, lo: int, hi: int) -> int | None:
    """The end of what a verb of the row is about when a cut falls in it or just before it
    ("accused China | of using coercion ... in the South China Sea"), when the row, after
    a wire dateline, still has no more words than a sentence that is a row; else None."""
    start = doc[lo].idx
    d = dateline_end(doc, doc.text, sent.start_char, sent.end_char)
    while lo < hi and doc[lo].idx < max(d, start):
        lo += 1
    for t in doc[lo:hi]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and t.pos_ == "VERB" and c.i <= hi <= c.right_edge.i:
                end = c.right_edge.i + 1
                return end if end - lo <= MAX_LABEL_WORDS + 8 and end <= sent.end else None
    return None


def _label_span(doc: Doc, sent: Span, ent: Span) -> tuple[int, int]:
    """Token range [lo, hi) of the clause that says what happened on a date.

    The clause of the verb the date belongs to, without the other clauses of its
    sentence; a long one is cut to the words around the date.
    """
    own = _governor(ent)
    lo, hi = _clause(sent, ent, own, own)
    if own is not None and not _dates_a_thing(ent, own):
        climbed = _with_subject(own, sent)
        if climbed is not own:
            wider = _clause(sent, ent, climbed, own)
            if wider[1] - wider[0] <= MAX_LABEL_WORDS:  # else the cut would lose the subject again
                lo, hi = wider
    if hi - lo > MAX_LABEL_WORDS:
        before = MAX_LABEL_WORDS // 2
        lo = max(lo, ent.start - before)
        hi = min(hi, max(ent.end + (MAX_LABEL_WORDS - (ent.start - lo)), ent.end + 3))
        if len(sent) > MAX_LABEL_WORDS + 8:  # a shorter sentence is the row when the cut fails
            hi = _of_phrase_end(doc, sent, lo, hi) or _phrase_end(doc, sent, ent, hi)
    while lo < ent.start and (doc[lo].is_punct or doc[lo].is_space or doc[lo].pos_ in {"CCONJ", "SCONJ", "PART"}):
        lo += 1
    while hi > ent.end and (doc[hi - 1].is_space or (doc[hi - 1].is_punct and doc[hi - 1].text not in {
            ".", "!", "?", ")"})):
        hi -= 1
    if ent.end < sent.end and doc[ent.end].text == "(":
        j = ent.end
        while j < min(sent.end, ent.end + 8) and doc[j].text != ")":
            j += 1
        if j < sent.end and doc[j].text == ")":
            hi = max(hi, j + 1)  # "today (Nov. 18)"
    opened = doc[lo:hi].text.count("(") - doc[lo:hi].text.count(")")
    if opened > 0 and hi < sent.end and doc[hi].text == ")":
        hi += 1  # "Monday night (Nov. 18)"
    if ent.start > sent.start and (doc[ent.start - 1].pos_ == "ADP" or doc[ent.start - 1].lower_ in {
            "since", "until", "before", "after", "by"}):
        lo = min(lo, ent.start - 1)  # "since 2016", "on Nov. 18"
    rel = doc[lo]
    if lo < ent.start and rel.tag_ in {"WDT", "WP"} and rel.head.dep_ == "relcl" and (
            sent.start <= rel.head.head.i < lo):
        # "which goes on sale in January": the row opens on what "which" stands for
        thing = rel.head.head
        lo = thing.left_edge.i if ent.end - thing.left_edge.i <= MAX_LABEL_WORDS else thing.i
    return lo, hi


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: What a reporting verb reports: "said [that ...]", "announced [a plan]", "was reported".
_REPORTED = {"ccomp", "dobj", "xcomp", "nsubjpass", "parataxis", "attr", "oprd", "csubj"}
#: Dependents a clause cannot lose and still read: "circulated by [the ...]", "helped to
#: direct [what?]", "the July 25 transcript was [...]".
_NEEDED = {"dobj", "pobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "agent",
           "pcomp", "det", "compound", "amod", "nummod", "poss", "aux", "auxpass", "neg",
           "nsubj", "nsubjpass", "case", "prt"}
#: Words that modify a noun: a row cannot end on them with the noun left out.
_MODIFIERS = {"compound", "amod", "det", "nummod", "poss", "quantmod"}
#: Word classes no clause ends on (a determiner, a preposition, an auxiliary, a conjunction).
_NO_END_POS = {"DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART"}


def _inside_quote(text: str, sent: Span, inside: bool, at: int) -> bool:
    """Is ``text[at]`` (in ``sent``) inside quote marks? ``inside``: the sentence opens in a
    quotation (:func:`briefgen.extract.facts._quote_state`)."""
    return quote_open_after(text, sent.start_char, at, inside)


def _trim_end(doc: Doc, lo: int, hi: int, ent: Span) -> int:
    """Back off words no clause ends on ("... circulated by the", "... transcript was")."""
    while hi > ent.end and (doc[hi - 1].is_space or doc[hi - 1].text in {",", ";", ":", "\u2014", "\u2013", "-"}
                            or doc[hi - 1].pos_ in _NO_END_POS
                            or doc[hi - 1].tag_ in {"WDT", "WP", "WP$", "PRP$"}):
        hi -= 1
    return hi


def _reports_only(v: Token, inside: range | None = None) -> bool:
    """A reporting verb with nothing reported among its words (within ``inside``, when
    given): "the broadcaster reported on Wednesday", "he said at a rally on Nov. 6". Its
    date is the report's, not the event's."""
    return v.lemma_.lower() in SPEECH and not any(
        (inside is None or c.i in inside)
        and (c.dep_ in _REPORTED or (c.dep_ == "prep" and c.lower_ in {"of", "about"}))
        for c in v.children)


def _reads_as_clause(doc: Doc, lo: int, hi: int, past_dateline: bool = False) -> bool:
    """Is ``doc[lo:hi]`` a clause a reader takes as an event: its main word a finite verb with
    its own subject (not a relative word standing for a noun left outside), and no word
    whose object or determiner the cut left behind? ``past_dateline``: a wire dateline
    before ``lo`` was left out."""
    inside = range(lo, hi)
    roots = [t for t in doc[lo:hi] if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
    if not roots:
        return False
    main = max(roots, key=lambda t: sum(1 for w in t.subtree if lo <= w.i < hi))
    named: list[Token] = []
    if past_dateline and any(c.dep_ in _SUBJECTS and c.i < lo for c in main.children):
        # the parser took the dateline's city for the subject ("KESTLAND CITY, Valdoria (AP)
        # \u2014 The minister ... accused"): the noun hung on it is the subject
        named = [t for t in roots if t is not main and t.head.i < lo and t.pos_ in {"NOUN", "PROPN"}]
    if any(t is not main and t.head.i < lo and t.dep_ not in {"cc", "advmod", "prep"} and t not in named
           for t in roots):
        return False  # the cut fell inside a phrase before the clause ("postdoc at Harvard ... in 2011, X became")
    if main.pos_ not in {"VERB", "AUX"}:
        # the parser took the verb for a noun's word ("the fair drew record crowds"): a
        # finite verb outside any relative clause still makes a clause
        words = doc[lo:hi]
        return not any(t.tag_ in {"WDT", "WP"} for t in words) and any(
            t.tag_ in {"VBD", "VBZ", "VBP"} and t.dep_ not in {"relcl", "acl", "ccomp", "advcl", "xcomp"}
            for t in words) and not any(c.i >= hi and c.dep_ in _NEEDED for t in words for c in t.children)
    subjects = [c for c in main.children if c.dep_ in _SUBJECTS and c.i in inside] or named
    if _reports_only(main, inside):
        return False  # "... , he said on Monday": the row would date the report, not what it reports
    auxes = [c for c in main.children if c.dep_ in {"aux", "auxpass"}]
    # a verb with its subject and no auxiliary the tagger took for a base form or a
    # participle ("Tickets go on sale", "the list expanded in 2019") is finite too
    if not (main.tag_ in _FINITE or any(c.tag_ in _FINITE and c.i in inside for c in auxes)
            or (main.tag_ in {"VB", "VBN"} and not auxes and any(c.dep_ == "nsubj" for c in subjects))):
        return False
    if not subjects or any(c.tag_ in {"WDT", "WP"} for c in subjects):
        return False
    if any(t.head.i >= hi and t.dep_ in _MODIFIERS for t in doc[lo:hi]):
        return False  # the cut splits a noun phrase: "the struggling regional seafood | company"
    return not any(c.i >= hi and c.dep_ in _NEEDED for t in doc[lo:hi] for c in t.children)


def _row(doc: Doc, text: str, sent: Span, quoted_at_start: bool, lo: int, hi: int, ent: Span,
         cast: Cast, published: dt.date | None) -> tuple[Line, int, int] | None:
    """The row for the date ``ent``: ``doc[lo:hi]`` without a dateline, ended on a word a
    clause can end on, and made to stand alone (:func:`make_line`), with its character
    range; None when it does not read as an event, or when its words are someone's words
    inside quote marks."""
    d = dateline_end(doc, text, sent.start_char, sent.end_char)
    was = lo
    while lo < ent.start and doc[lo].idx < d:
        lo += 1
    hi = _trim_end(doc, lo, hi, ent)
    if hi <= lo or not _reads_as_clause(doc, lo, hi, past_dateline=lo > was):
        return None
    s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    # the row's words are the writer's: it opens outside quote marks and closes every one it opens
    if _inside_quote(text, sent, quoted_at_start, s) or _inside_quote(text, sent, quoted_at_start, e):
        return None
    if ent.start <= lo < ent.end:
        # the row opens on its own date ("This year, the fair drew ..."): the date leans on
        # nothing, so the words after it are made to stand alone
        j = ent.end
        while j < hi and (doc[j].is_punct or doc[j].is_space):
            j += 1
        if j >= hi:
            return None
        rest = make_line(doc, text, sent, doc[j].idx, e, cast, published, dates=False)
        if rest is None:
            return None
        prefix = text[s:doc[j].idx]
        moved = [ed.model_copy(update={"start": ed.start + len(prefix), "end": ed.end + len(prefix)})
                 for ed in rest.edits]
        return Line(text=prefix + rest.text, edits=moved), s, e
    line = make_line(doc, text, sent, s, e, cast, published, dates=False)
    return (line, s, e) if line is not None else None


def _capitalised(line: Line) -> Line:
    """A row that opens inside its sentence on a lower-case word ("the committee concluded
    ..."): the word in brackets, capitalised ("[The] committee concluded ..."), as a key
    fact's first word is when a connective before it is left out."""
    m = re.match(r"[a-z][\w'\u2019-]*", line.text)
    if m is None:
        return line
    word = m.group()
    new = f"[{word[:1].upper()}{word[1:]}]"
    moved = [e.model_copy(update={"start": e.start + 2, "end": e.end + 2}) if e.start >= len(word) else e
             for e in line.edits]
    edit = Edit(start=0, end=len(new), original=word, kind="connective")
    return Line(text=new + line.text[len(word):], edits=[edit, *moved])


def _told_as_past(doc: Doc, s: int, e: int) -> bool:
    """Is the row's main verb (characters ``s``..``e``) in the past or the present perfect
    ("announced it would ...", "has chosen to drop ...", "has been warmer toward X, who
    will ...")? Then its event is over by publication, and a later date in the row is
    another thing's (a plan, a campaign, a debate), not the event's."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    v = span.root
    auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _MODALS or a.lower_ in {"would", "'d"} or a.tag_ == "MD" for a in auxes):
        return False
    if v.tag_ == "VBD":
        return True
    return v.tag_ == "VBN" and any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes)


def _says_something(doc: Doc, lo: int, hi: int, ent: Span) -> bool:
    """Does the row say what happened, beyond its date? "This year", "By 2018", "2020 will
    be" and "on Monday" do not: a row needs a verb and someone or something."""
    rest = [t for t in doc[lo:hi] if not ent.start <= t.i < ent.end]
    return any(t.pos_ in {"VERB", "AUX"} for t in rest) and any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} for t in rest)


def _phrase(doc: Doc, start: int, end: int) -> str:
    """The date entity with a qualifier the NER left outside ("last" Sunday)."""
    if start > 0 and doc[start - 1].lower_ in {"last", "next", "this"}:
        start -= 1
    words = doc[start:end].text
    # "September last year": the NER sometimes splits month and "last year"
    if end + 1 < len(doc) and doc[end].lower_ in {"last", "this", "next"} and doc[end + 1].lower_ == "year":
        words += f" {doc[end].text} {doc[end + 1].text}"
    return words


#: Words before a week day that place it in time, not name it.
_DAY_PLACERS = {"last", "next", "this", "every", "each", "early", "late", "that", "coming",
                "past", "following", "previous"}


def named_day(doc: Doc, ent: Span) -> bool:
    """Is the week day of ``ent`` part of a day's name ("Black Friday", "Cyber Monday",
    "Super Tuesday", "Good Friday"): a capitalised word before it that does not place it
    in time ("Last Friday", "On Friday")?"""
    day = next((t for t in ent if t.lower_ in WEEKDAYS), None)
    if day is None or day.i == 0:
        return False
    prev = doc[day.i - 1]
    return prev.is_alpha and prev.text[:1].isupper() and prev.pos_ in {"PROPN", "ADJ", "NOUN"} and (
        prev.lower_ not in _DAY_PLACERS)


def _names_a_thing(doc: Doc, ent: Span) -> bool:
    """A year that is part of a name: "the 2020 budget", "Class of 2019", "Vision 2030"."""
    if not re.fullmatch(r"(?:fiscal |fy ?)?(?:1\d{3}|20\d\d|21\d\d)", ent.text.lower()):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if nxt is not None and nxt.text in {")", ";"} and prev is not None and prev.text in {"(", ","}:
        return True  # a citation: "(Grand Central Publishing, 2018)"
    if nxt is not None and nxt.text == ";" and ent.end + 1 < len(doc) and doc[ent.end + 1].like_num:
        return True  # a journal reference: "Curr Opin Neurol. 2015; 28: 685-690"
    # a street address: "of 1119 Eighth St.", "at 2134 Caldwell Place"; not a year after a
    # preposition of time ("In 2016 Supreme Court justices ...", "Since 2010 Parliament Square ...")
    for n, t in enumerate(doc[ent.end: ent.end + 4] if prev is None or prev.lower_ not in _TIME_PREPS else ()):
        if not t.text[:1].isupper():
            break
        if n and t.lower_.rstrip(".") in _STREET:
            return True
    if nxt is not None and nxt.lower_ in _NAMED_BY_YEAR:
        return True
    if prev is not None and prev.lower_ == "of" and ent.start > 1 and doc[ent.start - 2].text[:1].isupper() \
            and doc[ent.start - 2].ent_type_ != "DATE":
        return True  # "Class of 2019"
    return prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and prev.ent_type_ != "DATE"


#: Prepositions that put a clause's event inside a dated thing ("won Ohio in the 2016
#: election"), so the thing's date is the event's.
_DURING = {"in", "during", "at", "throughout", "over"}


def _dates_something_else(doc: Doc, ent: Span) -> bool:
    """A date that is not when its clause's event happened.

    A date before a noun dates that thing ("the 2016 election", "her May 3 letter"): the
    clause "published the text of her May 3 letter" happened later, unless the thing
    is what the clause acts on ("won the 2016 election", "the May 3 letter made him
    resign") or the clause happens in it ("Rivera spoke in the 2016 campaign", a verb with
    its subject, not "asked to review the donations in the 2016 election"). A "since" that
    hangs on a noun or an adjective, or on a verb whose object is a superlative, sets a
    yardstick ("its first win since 2018", "recorded its worst week since August"), and one
    on a denied verb a stretch of nothing ("has not met since 2018"): neither says what
    happened then.
    """
    root = ent.root
    head = root.head
    if head.i >= ent.end and root.dep_ in {"compound", "nummod", "amod", "nmod"} and (
            head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ != "DATE") and not any(
            t.is_punct for t in doc[ent.end: head.i]):
        if head.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.head.pos_ in {"VERB", "AUX"}:
            return False
        prep = head.head
        return not (head.dep_ == "pobj" and prep.lower_ in _DURING and prep.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in _SUBJECTS for c in prep.head.children))  # "spoke in the 2016 campaign", not "investigating"
    since = doc[ent.start - 1] if ent.start > 0 else None
    if since is None or since.lower_ != "since" or head.i != since.i:
        return False
    gov = since.head
    if gov.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or any(c.dep_ == "neg" for c in gov.children):
        return True
    # on the verb, with a yardstick for its object: "recorded its worst week since August"
    return any(c.dep_ in {"dobj", "attr"} and any(
        m.tag_ in {"JJS", "RBS"} or m.lower_ in {"first", "highest", "lowest"} for m in c.children)
        for c in gov.children)


def _beside_a_day(doc: Doc, ent: Span, day_ents: list[Span]) -> bool:
    """A week day printed with its date ("Friday, Dec. 6", "Monday night (Nov. 18)"), or
    naming a kind of thing rather than a day ("Saturday publication", "Sunday papers")."""
    if not any(w.lower_ in WEEKDAYS for w in ent):
        return False
    if len(ent) == 1 and ent.root.dep_ in {"compound", "amod", "nmod"} and ent.root.head.pos_ == "NOUN" \
            and ent.root.head.ent_type_ != "DATE":
        return True
    return any(0 <= o.start - ent.end <= 2 and o is not ent for o in day_ents)


def _recurs(doc: Doc, ent: Span) -> bool:
    """A habit, not a date: "every Sunday", "each week", "on Sundays", "weekly"."""
    words = [t.lower_ for t in doc[max(0, ent.start - 1): ent.end]]
    if any(w in {"every", "each"} for w in words):
        return True
    return any(t.lower_.endswith("days") and t.lower_[:-1] in WEEKDAYS for t in ent)


_YEAR_WORD = re.compile(r"1\d{3}|20\d\d|21\d\d")
_SPAN_JOIN = {"and", "to", "until", "till", "through", "-", "\u2013"}


def _a_span(doc: Doc, ent: Span, phrase: str) -> bool:
    """A stretch of time, not a day something happened on: "from 2010 to 2015", "between
    2004 and 2010", "2011-12", "from January to September 2012" (also when the NER splits
    it into two dates, "between [1977] and [1981]"). A row would date the stretch by one
    of its ends."""
    text = _LEAD.sub("", " ".join(phrase.lower().split()))
    if _PATTERNS_BY_KIND["range_y"].match(text) or _PATTERNS_BY_KIND["range_my"].match(text):
        return True
    opens = ent.start > 0 and doc[ent.start - 1].lower_ in {"between", "from"}
    if opens and ent.end + 1 < len(doc) and doc[ent.end].lower_ in _SPAN_JOIN and (
            doc[ent.end + 1].ent_type_ == "DATE" or _YEAR_WORD.fullmatch(doc[ent.end + 1].text)):
        return True  # the first end: "between [1977] and 1981"
    return ent.start >= 3 and doc[ent.start - 1].lower_ in _SPAN_JOIN and bool(
        _YEAR_WORD.fullmatch(doc[ent.start - 2].text) or doc[ent.start - 2].ent_type_ == "DATE") and (
        doc[ent.start - 3].lower_ in {"between", "from"})


def _in_brackets_after_a_day(doc: Doc, ent: Span, dates: list[Span]) -> bool:
    """"Nov. 18" in "today (Nov. 18)": the row is the day word's, the bracket only confirms it."""
    return ent.start >= 2 and doc[ent.start - 1].text == "(" and any(
        o.end == ent.start - 1 for o in dates)


def _ahead_row(doc: Doc, s: int, e: int, ent: Span) -> bool:
    """Does the row (characters ``s``-``e``) tell the plan or forecast its date's clause
    looks ahead with, not a past event it also names? The date's verb is on the row and
    no verb of the row before it is in the past tense ("will open in 2030", "is due on
    Friday"; not "was told it will open in 2030")."""
    v = _governor(ent)
    if v is None or not s <= v.idx < e:
        return False
    return not any(t.tag_ == "VBD" and t.i < v.i and t.idx >= s for t in doc[ent.sent.start:v.i])


def extract_timeline(doc: Doc, published: dt.date | None, cast: Cast | None = None) -> list[Event]:
    """Events with resolved dates, in date order (then article order).

    Each date is resolved with the tense of its clause (a bare month in a past-tense
    clause is the last such month before publication; in a clause that looks ahead, the
    next) and with the date the story last set ("in 2016 ... the next year"). Each event
    is the clause that says what happened then, not the whole sentence: a clause with its
    own subject and finite verb, in the writer's words (a date inside quote marks is the
    speaker's, no row), without a wire dateline, made to stand alone as key facts are
    (:func:`briefgen.extract.standalone.make_line`, names in brackets for pronouns, with
    ``cast``, the article's cast). A date whose clause cannot be made so is no row.

    Reads ``doc.user_data["day_ahead"]`` when set (``briefgen.extract.extract_doc`` sets it
    to :func:`briefgen.dates.day_ahead` of the article): the day after publication that a
    bare week day may name, and the latest date a past event may have; unset, there is
    none and nothing is dated after ``published``.
    """
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    ahead: dt.date | None = doc.user_data.get("day_ahead")
    if not dates:
        return []
    text = doc.text
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    quoted = _quote_state(text, sents)
    cast = cast if cast is not None else build_cast(doc)
    day_ents = [e for e in dates if re.search(r"\d", e.text) and any(
        w.lower_.rstrip(".") in MONTHS for w in e)]
    out: list[Event] = []
    sent_of: list[int] = []
    seen: set[tuple[str, int]] = set()
    anchor: tuple[str, Precision] | None = None
    anchor_sent = -10
    year_set = (0, -10)
    for ent in dates:
        si = bisect.bisect_right(starts, ent.start) - 1
        sent = sents[si]
        phrase = _phrase(doc, ent.start, ent.end)
        bare = _LEAD.sub("", " ".join(phrase.lower().split()))
        dated_now = ent.end + 1 < len(doc) and doc[ent.end].text == "(" and any(
            o.start == ent.end + 1 for o in day_ents)  # "today (Nov. 18)"
        if (bare in _PRESENT and not dated_now) or _names_a_thing(doc, ent) or named_day(doc, ent) or _beside_a_day(
                doc, ent, day_ents) or _in_brackets_after_a_day(doc, ent, dates) or _recurs(doc, ent) or _a_span(
                doc, ent, phrase):
            continue
        future, past = date_outlook(ent, sent)
        resolved = resolve_date(phrase, published, future=future, past=past,
                                anchor=anchor if si - anchor_sent <= 2 else None,
                                story_year=year_set[0] if si - year_set[1] <= 2 else None,
                                ahead=ahead)
        if resolved is None:
            continue
        date, precision = resolved
        if re.search(r"\d{4}", phrase) or precision in {"day", "month"}:
            anchor, anchor_sent = resolved, si
        if re.search(r"\d{4}", phrase):
            year_set = (int(date[:4]), si)
        if _inside_quote(text, sent, quoted[si], ent.start_char):
            continue  # "I learned about it on July 18," she said: the speaker's words, not an event
        if _dates_something_else(doc, ent):
            continue  # "the text of her May 3 letter", "its first win since 2018"
        if (gov := _governor(ent)) is not None and _reports_only(gov):
            continue  # "..., the broadcaster reported on Monday": the day of the report
        s_tok, e_tok = _label_span(doc, sent, ent)
        row = _row(doc, text, sent, quoted[si], s_tok, e_tok, ent, cast, published) if _says_something(
            doc, s_tok, e_tok, ent) else None
        if row is None:
            # too small or too cut a clause ("fly in 2022"): the sentence, when it is short
            # enough to read
            s_tok, e_tok = sent.start, sent.end
            while e_tok > s_tok + 1 and doc[e_tok - 1].is_space:
                e_tok -= 1
            if e_tok - s_tok > MAX_LABEL_WORDS + 8 or not _says_something(doc, s_tok, e_tok, ent):
                continue
            row = _row(doc, text, sent, quoted[si], s_tok, e_tok, ent, cast, published)
            if row is None:
                continue
        line, s, e = row
        latest = ahead or published  # the story may be out a day later
        if latest is not None and date > latest.isoformat()[: len(date)] and _told_as_past(doc, s, e):
            continue  # "has chosen to drop the 2020 race": the race's date, not the choice's
        line = _capitalised(line)
        full = sent.text.strip()
        if (date, s) in seen or looks_like_furniture(full) or _LEGAL.search(full):
            continue  # captions and page furniture carry dates but are not events
        seen.add((date, s))
        out.append(Event(date=date, precision=precision, text=line.text, edits=line.edits, start=s, end=e,
                         ahead=future and _ahead_row(doc, s, e, ent)))
        sent_of.append(sent.start)
    # a sentence dated "on Sunday ... of 2024" is one event, at its most precise date
    out = [
        ev for ev, sv in zip(out, sent_of, strict=True)
        if not any(so == sv and o.date != ev.date and o.date.startswith(ev.date)
                   for o, so in zip(out, sent_of, strict=True))
    ]
    out.sort(key=lambda ev: (ev.date, ev.start))
    return out
