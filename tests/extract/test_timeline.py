"""Timeline: the date resolution table and events from a parsed article."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from briefgen.extract.nlp import load
from briefgen.extract.timeline import extract_timeline, resolve_date


def parse(text: str) -> Doc:
    """Parse with the project's pipeline; the model loads once (``load`` is cached)."""
    return load()(text)


MONDAY = dt.date(2024, 1, 15)  # Monday 15 January 2024


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # week days: the most recent one, the publication day included
        ("Sunday", ("2024-01-14", "day")),
        ("on Sunday", ("2024-01-14", "day")),
        ("Friday", ("2024-01-12", "day")),
        ("Monday", ("2024-01-15", "day")),
        ("last Monday", ("2024-01-08", "day")),
        ("next Friday", ("2024-01-19", "day")),
        ("Saturday night", ("2024-01-13", "day")),
        ("yesterday", ("2024-01-14", "day")),
        ("today", ("2024-01-15", "day")),
        ("three days ago", ("2024-01-12", "day")),
        # months: the most recent such month
        ("in September last year", ("2023-09", "month")),
        ("September last year", ("2023-09", "month")),
        ("in November", ("2023-11", "month")),
        ("January", ("2024-01", "month")),
        ("last month", ("2023-12", "month")),
        ("December 25", ("2023-12-25", "day")),
        ("March 3", ("2024-03-03", "day")),
        # years
        ("last year", ("2023", "year")),
        ("this year", ("2024", "year")),
        ("two years ago", ("2022", "year")),
        # absolute dates
        ("15 January 2024", ("2024-01-15", "day")),
        ("Monday 15 January 2024 17:51 GMT", ("2024-01-15", "day")),
        ("January 15, 2024", ("2024-01-15", "day")),
        ("Sept. 11, 2001", ("2001-09-11", "day")),
        ("the 4th of July 1776", ("1776-07-04", "day")),
        ("2024-01-10", ("2024-01-10", "day")),
        ("March 2022", ("2022-03", "month")),
        ("in 2019", ("2019", "year")),
        # ranges: dated by their start
        ("between 2010 and 2015", ("2010", "year")),
        ("2014-2016", ("2014", "year")),
        ("from June to August 2023", ("2023-06", "month")),
        # not dates of events
        ("last week", ("2024-01-08", "week")),
        ("two years", None),
        ("decades", None),
        ("the 1990s", None),
        ("the Soviet era", None),
        ("recent months", None),
        ("31 February 2024", None),
    ],
)
def test_date_table(phrase: str, expected: tuple[str, str] | None) -> None:
    assert resolve_date(phrase, MONDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("June", ("2024-06", "month")),
        ("January", ("2024-01", "month")),
        ("Friday", ("2024-01-19", "day")),
        ("Monday", ("2024-01-15", "day")),
        ("last Friday", ("2024-01-12", "day")),
        ("September last year", ("2023-09", "month")),
    ],
)
def test_sentence_that_looks_ahead_takes_the_next_date(
    phrase: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(phrase, MONDAY, future=True) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sunday", None),
        ("last year", None),
        ("in November", None),
        ("15 January 2024", ("2024-01-15", "day")),
        ("March 2022", ("2022-03", "month")),
        ("in 2019", ("2019", "year")),
    ],
)
def test_without_publication_date_only_absolute_dates(
    phrase: str, expected: tuple[str, str] | None
) -> None:
    assert resolve_date(phrase, None) == expected


ARTICLE = (
    "On Sunday, North Korea launched a hypersonic missile, its first launch of 2024.\n\n"
    "Kim Jong Un visited Russia in September last year, and Pyongyang put a spy satellite "
    "into orbit in November.\n\n"
    "The two countries signed a friendship treaty in 1961.\n\n"
    "The talks have gone on for two years.\n\n"
    "Officials will meet again in June to sign the deal."
)


@pytest.mark.slow
def test_events_resolved_and_ordered() -> None:
    doc = parse(ARTICLE)
    events = extract_timeline(doc, MONDAY)
    got = [(e.date, e.precision) for e in events]
    assert got == [
        ("1961", "year"),
        ("2023-09", "month"),
        ("2023-11", "month"),
        ("2024-01-14", "day"),
        ("2024-06", "month"),
    ]
    for e in events:
        assert doc.text[e.start : e.end] == e.text
    assert events[-2].text.startswith("On Sunday, North Korea launched")


@pytest.mark.slow
def test_events_without_publication_date() -> None:
    doc = parse(ARTICLE)
    assert [e.date for e in extract_timeline(doc, None)] == ["1961", "2024"]


@pytest.mark.slow
def test_captions_are_not_events() -> None:
    doc = parse(
        "Kim Jong Un and Vladimir Putin at the Vostochny cosmodrome in September 2023\n\n"
        "The two leaders met at the cosmodrome in September 2023."
    )
    events = extract_timeline(doc, MONDAY)
    assert [(e.date, e.text) for e in events] == [
        ("2023-09", "The two leaders met at the cosmodrome in September 2023.")
    ]
