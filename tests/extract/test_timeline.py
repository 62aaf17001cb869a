"""Timeline: the date resolution table and events from a parsed article."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from briefgen.extract.nlp import load
from briefgen.extract.timeline import extract_timeline, resolve_date
from briefgen.models import restore


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
        ("Thursday 9 March 2023 08:26 GMT", ("2023-03-09", "day")),
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
    "On Sunday, Valdoria opened a deep-water port, its first new harbour of 2024.\n\n"
    "Ilse Varga toured Kestland in September last year, and her navy launched a "
    "survey ship in November.\n\n"
    "The two countries signed a shipping treaty in 1961.\n\n"
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
        assert restore(e.text, e.edits) == doc.text[e.start : e.end]
    assert events[-2].text.startswith("On Sunday, Valdoria opened")


@pytest.mark.slow
def test_events_without_publication_date() -> None:
    doc = parse(ARTICLE)
    # "On Sunday" cannot be resolved without a date; 2024 can, and its row is the sentence
    # (the appositive "its first new harbour of 2024" alone says no event)
    events = extract_timeline(doc, None)
    assert [e.date for e in events] == ["1961", "2024"]
    assert events[1].text.startswith("On Sunday, Valdoria opened a deep-water port")


@pytest.mark.slow
def test_captions_are_not_events() -> None:
    doc = parse(
        "Ilse Varga and Tomas Rivera at the Kestport shipyard in September 2023\n\n"
        "The two ministers met at the shipyard in September 2023."
    )
    events = extract_timeline(doc, MONDAY)
    assert [(e.date, e.text) for e in events] == [
        ("2023-09", "The two ministers met at the shipyard in September 2023.")
    ]


WEDNESDAY = dt.date(2019, 11, 20)  # Wednesday 20 November 2019


def _rows(text: str, published: dt.date = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.text) for e in extract_timeline(parse(text), published)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last week", ("2019-11-11", "week")),
        ("this week", ("2019-11-18", "week")),
        ("earlier this week", ("2019-11-18", "week")),
        ("next week", ("2019-11-25", "week")),
        ("over the weekend", ("2019-11-11", "week")),  # Sat 16 - Sun 17: the week of the 11th
        ("last month", ("2019-10", "month")),
        ("earlier this month", ("2019-11", "month")),
        ("earlier this year", ("2019", "year")),
        ("nearly a year ago", ("2018", "year")),
        ("two weeks ago", ("2019-11-04", "week")),
        # needs the date the story set: nothing without it
        ("the next year", None),
        ("two months later", None),
    ],
)
def test_weeks_and_relative_phrases(phrase: str, expected: tuple[str, str] | None) -> None:
    assert resolve_date(phrase, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("the next year", ("2016-08", "month"), ("2017", "year")),
        ("the following year", ("2016", "year"), ("2017", "year")),
        ("the previous year", ("2017", "year"), ("2016", "year")),
        ("two months later", ("2019-05", "month"), ("2019-07", "month")),
        ("a day later", ("2019-05-18", "day"), ("2019-05-19", "day")),
    ],
)
def test_anchored_phrases_count_from_the_story_date(
    phrase: str, anchor: tuple[str, str], expected: tuple[str, str]
) -> None:
    assert resolve_date(phrase, WEDNESDAY, anchor=anchor) == expected  # type: ignore[arg-type]


def test_past_tense_day_and_month_is_before_publication() -> None:
    assert resolve_date("March 21", WEDNESDAY) == ("2020-03-21", "day")  # nearest, tense unknown
    assert resolve_date("March 21", WEDNESDAY, past=True) == ("2019-03-21", "day")
    assert resolve_date("Feb. 14", WEDNESDAY, future=True) == ("2020-02-14", "day")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tense of the clause: detained in June over a May 4 email, both in the past
        ("Orla Denny was detained in June over a May 4 email she sent to the council's office.",
         [("2019-05-04", "day"), ("2019-06", "month")]),
        # "the next year" counts from the year the story set
        ("The gang took the two engineers in August 2016 near Ostmark. The next year, the gang posted "
         "a photo of them.", [("2016-08", "month"), ("2017", "year")]),
        # a past-tense clause in a sentence that also looks ahead
        ("The company will offer the lander it unveiled in May to the agency.", [("2019-05", "month")]),
        # weeks, with week precision
        ("The council approved the plan last week. Protesters gathered over the weekend.",
         [("2019-11-11", "week"), ("2019-11-11", "week")]),
        # the future: a scheduled hearing
        ("The hearing is scheduled for Feb. 14, the court said.", [("2020-02-14", "day")]),
        # "would" looks back: the vow was made before
        ("His vow was that Britain would leave the bloc on Oct. 31.", [("2019-10-31", "day")]),
        # a week day printed with its date is one row
        ("Seats for the gala will be sold from Friday, Dec. 6 at the town hall.", [("2019-12-06", "day")]),
        # "today (Nov. 20)" is a date; "Today, ..." meaning now is not
        ("The paper was published online today (Nov. 20) in a journal.", [("2019-11-20", "day")]),
        ("Today, such cases are rare.", []),
        # names that contain a year are not dates
        ("The 2020 budget was passed in parliament on Monday.", [("2019-11-18", "day")]),
        ("The rule is set out in his memoir (Harbour Press, 2018).", []),
        # the page's legal small print
        ("All material on this page is \u00a92019 Harbour Publishing Corp.", []),
        # a week day naming a kind of thing
        ("The paper will end Saturday publication of its print edition.", []),
        # house numbers and journal references are not years
        ("Deputies later arrested Dana Kirk, 41, of 1187 Larkspur Drive on Monday.", [("2019-11-18", "day")]),
        ("Police searched a garage behind 2046 Mercer Place.", []),
        # ... but a year after "in" or "since" stays a year before a name that ends like a street
        ("In 2016 Supreme Court justices struck down the town's parking law.", [("2016", "year")]),
        ("Since 2011 Harbour Square has hosted the market every spring.", [("2011", "year")]),
        ("Okafor T, Lind P. J Rural Health. 2016; 31: 412-418.", []),
        # a row must say what happened: a date with no verb is no event
        ("This year, the fair drew record crowds. By 2018 the fair had moved. Three years ago.", [("2019", "year"), ("2018", "year")]),
    ],
)
def test_dates_resolved_with_tense_and_anchors(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((d, p) for d, p, _ in _rows(text)) == sorted(expected)


@pytest.mark.slow
def test_each_row_is_the_clause_of_its_event() -> None:
    text = ("After a long delay that angered residents across the valley, the council finally "
            "approved the new bridge on Monday, while opponents said they would appeal.")
    rows = extract_timeline(parse(text), WEDNESDAY)
    assert len(rows) == 1
    label = rows[0].text
    # the clause opens inside its sentence: its first word is capitalised in brackets
    assert label.startswith("[The] council finally approved") and "on Monday" in label
    assert restore(label, rows[0].edits) in text
    assert len(label.split()) < len(text.split())


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The flood closed three schools, the regional broadcaster reported on Monday.",
    "\"We will rebuild the bridge,\" the mayor said at a meeting in Tarnow on Monday.",
])
def test_a_report_alone_is_no_event(text: str) -> None:
    # the day the news was reported, with nothing reported in the row, dates no event
    assert not any("Monday" in row for _, _, row in _rows(text))


@pytest.mark.slow
def test_a_report_with_what_it_reports_is_kept() -> None:
    rows = _rows("The regional council announced a new flood plan on Monday.")
    assert [r[:2] for r in rows] == [("2019-11-18", "day")]


@pytest.mark.parametrize(("text", "label"), [
    # an infinitive on a noun, and a second verb, take the subject of the clause they hang on
    ("The mayor made a short visit abroad to see the Danish prime minister in September last "
     "year, and crowds turned out.",
     "The mayor made a short visit abroad to see the Danish prime minister in September last year"),
    ("The envoy landed in Quito and met the president on Monday.",
     "The envoy landed in Quito and met the president on Monday."),
    # a date inside a thing's name dates the thing: no climbing to another event
    # (the participle alone, "charging him over ...", is no clause: the sentence is the row)
    # (the March 21 of the crash dates no row of its own: the arrest was in April)
    ("Police arrested the driver in April, charging him over a March 21 crash.",
     "Police arrested the driver in April"),
    # a relative clause with its noun is no clause of its own: the sentence is the row
    ("The maker showed the Vela, a compact van, which reaches dealers in early March.",
     "The maker showed the Vela, a compact van, which reaches dealers in early March."),
])
def test_a_row_says_who_acted(text: str, label: str) -> None:
    assert label in [row[2] for row in _rows(text)]


@pytest.mark.parametrize("habit", [
    "Her cartoon runs in the paper each Thursday.",
    "The market is open on Saturdays and the council meets each Monday.",
])
def test_a_habit_is_no_date(habit: str) -> None:
    rows = _rows(f"The council approved the budget on Tuesday. {habit}")
    assert [r[2] for r in rows] and all("cartoon" not in r[2] and "market" not in r[2] for r in rows)
    assert len(rows) == 1


def test_a_quoted_date_is_the_speakers_not_a_row() -> None:
    text = ("Marta Quell, a port official, spoke to reporters at the harbour on Tuesday. "
            "\u201cI learned about the leak on July 18, and we told the ministry at once,\u201d "
            "Quell said.")
    rows = _rows(text)
    assert [r[0] for r in rows] == ["2019-11-19"]
    assert all("learned" not in r[2] and "I " not in r[2] for r in rows)


@pytest.mark.parametrize(("text", "rows"), [
    # the length cut would end these long clauses on "by the" and on "was"
    ("On Monday the committee said that papers it had gathered from three ministries in summer "
     "showed that the deals were circulated by the agency to every port in the north.", 0),
    ("On Monday the committee said that the papers it had gathered from three ministries in the "
     "summer showed that the final report was incomplete and wrong in places.", 1),
])
def test_a_cut_row_never_ends_on_a_function_word(text: str, rows: int) -> None:
    got = _rows(text)
    assert len(got) == rows  # the whole sentence when it is short enough, else no row
    for _, _, row in got:
        last = row.rstrip(" .\u2026").split()[-1].lower()
        assert last not in {"the", "a", "was", "by", "of", "that", "is"}, row


def test_a_wire_dateline_is_not_printed() -> None:
    text = ("KESTLAND CITY, Valdoria (AP) \u2014 The defence minister of Valdoria on Wednesday "
            "accused the navy of Kestland of blocking a harbour.\n\n"
            "The minister spoke at a meeting of officials.")
    rows = _rows(text)
    assert rows and rows[0][0] == "2019-11-20"
    assert all("(AP)" not in r[2] and not r[2].startswith("KESTLAND") for r in rows)
    assert rows[0][2].startswith("The defence minister of Valdoria on Wednesday accused")


def test_a_row_opening_on_a_pronoun_names_who_in_brackets() -> None:
    text = ("Ilse Varga is the mayor of Ostmark. She opened a new bridge over the river on Monday.")
    rows = _rows(text)
    assert [r[2] for r in rows] == ["[Ilse Varga] opened a new bridge over the river on Monday."]


@pytest.mark.parametrize(("text", "dated"), [
    # a "since" on a noun or an adjective is a yardstick, not the day of the clause's event
    ("Bo Linden scored for Kestport, which was chasing its first run of three straight wins "
     "since December 2018.", None),
    ("The Ostmark index had its weakest week since early August as dock strikes spread.", None),
    # on a denied verb it is a stretch in which nothing happened
    ("Since January 2018, the council has not talked of roads, schools or the new harbour.", None),
    # on a plain verb it is when the stretch began
    ("Ilse Varga has run the Kestport ferry company since 2016.", "2016"),
])
def test_a_since_date_dates_an_event_only_when_it_starts_one(text: str, dated: str | None) -> None:
    got = _rows(text)
    assert [r[0] for r in got] == ([dated] if dated else []), got


@pytest.mark.parametrize(("text", "dated"), [
    # a date before a noun dates that thing, not the clause around it
    ("Mayor Ilse Varga published the notes of her July 25 call with the Valdorian minister.", None),
    ("The former governor Tomas Rivera waded into the 2020 primary with a long letter.", None),
    ("The prosecutor was asked to review the donations and other issues in the 2016 election.", None),
    ("Judge Ilse Varga was tasked with examining the donations and other issues in the 2016 "
     "election.", None),
    # ... unless the clause acts on the thing, or happens inside it
    ("Ilse Varga won the 2016 election by a narrow margin.", "2016"),
    ("Tomas Rivera spoke at rallies across Valdoria in the 2016 campaign.", "2016"),
])
def test_a_date_that_names_a_thing_dates_a_row_only_about_that_thing(text: str, dated: str | None) -> None:
    got = _rows(text)
    assert [r[0] for r in got] == ([dated] if dated else []), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "From 2011 to 2016 the river flooded the old town nine times.",
    "The engineer worked for the harbour authority between 2004 and 2010.",
    "The ferry ran twice a day in 2012-13 before the bridge opened.",
])
def test_a_stretch_of_years_is_no_row(text: str) -> None:
    # a span dated by one of its ends misleads: it is a period, not a day something happened on
    assert _rows(text) == []


@pytest.mark.slow
def test_a_year_beside_a_span_still_dates_its_event() -> None:
    rows = _rows("The ferry company was founded in 1998 and ran boats from 2004 to 2010.")
    assert [r[:2] for r in rows] == [("1998", "year")]


MON_4_MARCH = dt.date(2024, 3, 4)  # a Monday


@pytest.mark.parametrize(("stamped", "ahead"), [
    # 02:34 UTC on Tuesday: Monday evening in New York, Tuesday in Europe and Asia
    (dt.datetime(2024, 3, 5, 2, 34, tzinfo=dt.UTC), dt.date(2024, 3, 5)),
    # Monday 21:10 at UTC-5 is 02:10 UTC on Tuesday
    (dt.datetime(2024, 3, 4, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))), dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 4, 20, 0, tzinfo=dt.UTC), None),  # still Monday in UTC
    (dt.datetime(2024, 3, 5, 2, 34), None),  # no time zone: nothing to go by
    (None, None),
])
def test_day_ahead(stamped: dt.datetime | None, ahead: dt.date | None) -> None:
    from briefgen.dates import day_ahead

    assert day_ahead(MON_4_MARCH, stamped) == ahead


def test_a_week_day_on_the_day_ahead_is_that_day() -> None:
    nxt = dt.date(2024, 3, 5)
    assert resolve_date("Tuesday", MON_4_MARCH, past=True, ahead=nxt) == ("2024-03-05", "day")
    assert resolve_date("Tuesday", MON_4_MARCH, past=True) == ("2024-02-27", "day")
    # other days, and "last Tuesday", are counted back as before
    assert resolve_date("Sunday", MON_4_MARCH, ahead=nxt) == ("2024-03-03", "day")
    assert resolve_date("last Tuesday", MON_4_MARCH, ahead=nxt) == ("2024-02-27", "day")


@pytest.mark.slow
@pytest.mark.parametrize(("stamped", "day"), [
    (dt.datetime(2024, 3, 5, 2, 34, tzinfo=dt.UTC), "2024-03-05"),
    (dt.datetime(2024, 3, 4, 15, 0, tzinfo=dt.UTC), "2024-02-27"),
    (None, "2024-02-27"),
])
def test_a_page_stamped_on_the_next_day_dates_its_week_day(stamped: dt.datetime | None, day: str) -> None:
    # a page dated by its American Monday, stamped early Tuesday UTC, about Asian markets
    from briefgen.extract import extract_doc
    from briefgen.models import Article

    body = ("Northern fish auctions were uneven in early bidding Tuesday after a storm warning "
            "from the coast worried buyers.")
    article = Article(source="markets.txt", body=body, published=MON_4_MARCH, stamped=stamped)
    found = extract_doc(article, parse(body))
    assert [e.date for e in found.timeline] == [day]


@pytest.mark.slow
def test_a_long_clause_is_cut_before_a_phrase_not_inside_it() -> None:
    text = ("The harbour office on Monday did renew a short licence letting small fishing "
            "boats sell to Marivo, the struggling regional seafood company that now stands "
            "for the quarrel between the two towns.")
    rows = _rows(text)
    assert [r[:2] for r in rows] == [("2019-11-18", "day")]
    label = rows[0][2]
    # the cut leaves out the whole apposition, not half of it ("the struggling regional seafood")
    assert label.endswith("boats sell to Marivo"), label


@pytest.mark.slow
def test_what_an_accusation_is_of_stays_in_the_row() -> None:
    text = ("KESTLAND, Valdoria (AP) \u2014 Valdorian Foreign Minister Ona Brask on Wednesday accused "
            "the northern republic of using threats and pressure against smaller coastal states "
            "to impose its will on the disputed fishing grounds.")
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][0] == "2019-11-20"
    assert "accused the northern republic of using threats" in rows[0][2]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The senator has more or less chosen to drop the early 2020 race and stand for governor instead.",
    "The mayor has been warmer toward Ana Ruiz, who will lead the third hearing on Dec. 19 in Tarnow.",
    "The bank announced that it would drop the fees, beginning in January 2020.",
])
def test_a_past_event_is_not_dated_after_publication(text: str) -> None:
    # the main verb is over by publication (20 November 2019): a later date in its row is
    # a campaign's, a hearing's, a plan's, not the event's
    assert _rows(text) == []


@pytest.mark.slow
def test_a_future_event_keeps_its_later_date() -> None:
    assert [r[:2] for r in _rows("The bridge will reopen in March 2020.")] == [("2020-03", "month")]
    assert [r[:2] for r in _rows("The council is expected to vote in January 2020.")] == [("2020-01", "month")]


@pytest.mark.parametrize(("sentence", "day"), [
    # a scheduled event told in the plain present: the coming day (20 Nov 2019 is a Wednesday)
    ("The Harbour Fair opens to its visitors on Friday.", "2019-11-22"),
    ("The Kestport Owls play Saturday against the Dunmore Hawks.", "2019-11-23"),
    ("The two mayors are meeting on Tuesday in Kestport to sign the water deal.", "2019-11-26"),
    # what already happened is told in the past tense: the day just gone
    ("The council voted on Monday to close the harbour road.", "2019-11-18"),
    # the day of the telling, not of what is told
    ("Mayor Ilse Varga revealed Monday she suspects the harbour accounts were altered.", "2019-11-18"),
])
def test_a_week_day_in_the_present_tense_is_the_coming_one(sentence: str, day: str) -> None:
    rows = _rows(sentence)
    assert [r[0] for r in rows] == [day], rows


@pytest.mark.parametrize("text, ahead", [
    ("The new bridge over the Tarn will open in 2030, the council said.", True),
    ("Millions of fans will be watching the final in Porto in 2030.", True),
    ("The village fair opens to its visitors on Friday.", True),
    ("Ana Ruiz opened the new school in the village in 2019.", False),
    ("The mayor was told in 2019 that the bridge would be finished soon.", False),
])
def test_a_row_that_tells_a_plan_or_a_forecast_says_so(text: str, ahead: bool) -> None:
    events = extract_timeline(parse(text), MONDAY)
    assert events and events[0].ahead is ahead


def test_the_label_of_a_row_ahead_says_it_is_expected() -> None:
    from briefgen.corroborate import AHEAD_LABEL, merge_events
    from briefgen.models import Article, Event, Extraction

    text = "The new bridge will open in 2030."
    ex = Extraction(article=Article(source="a.txt", body=text),
                    timeline=[Event(date="2030", precision="year", text=text, start=0, end=len(text), ahead=True)])
    assert merge_events([ex])[0].label == f"2030 {AHEAD_LABEL}"
