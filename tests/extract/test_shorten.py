"""Shortening a fact line: what it may leave out (asides, conversions, datelines) and what never.

Invented articles, parsed with the real model; each row says what a reader must (not) see.
"""

from __future__ import annotations

import pytest

from briefgen.compose import shorten
from briefgen.extract.facts import extract_facts
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.shorten import asides
from briefgen.models import restore
from tests.conftest import parse

pytestmark = pytest.mark.slow


def _facts(text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    facts = extract_facts(doc, extract_quotes(doc))
    for f in facts:  # every line gives back the article's words
        assert restore(f.text, f.edits) == doc.text[f.start : f.end]
    return facts


def _line(text: str, words: str) -> str:
    facts = _facts(text)
    line = next((f.text for f in facts if words in f.text), None)
    assert line is not None, f"no line with {words!r} in {[f.text for f in facts]}"
    return line


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # an aside between dashes: the line reads on without it, an ellipsis marks the gap
        ("The new ferry will carry the crew -- most of them hired from the town last spring -- "
         "across the estuary to the wind farm twice a day from March.",
         "will carry the crew \u2026 across the estuary", "hired from the town"),
        # a unit conversion in parentheses says nothing new
        ("The rebuilt bridge will let lorries cross the river 40 miles (64 kilometres) north of "
         "the old crossing at Marlow.",
         "40 miles \u2026 north of the old crossing", "64 kilometres"),
        # a ticker that the article never uses again
        ("Shares of the retailer Harlow Tools (HRLW) rose sharply on Monday after it reported "
         "record sales for the quarter.",
         "Harlow Tools \u2026 rose sharply on Monday", "HRLW"),
    ],
    ids=["dash-aside", "conversion", "ticker"],
)
def test_what_carries_no_meaning_is_cut_with_an_ellipsis(text: str, kept: str, dropped: str) -> None:
    facts = _facts(text)
    joined = "\n".join(f.text for f in facts)
    assert kept in joined
    assert dropped not in joined
    assert any(e.kind == "cut" and e.original.strip() for f in facts for e in f.edits)


def test_a_dateline_at_the_head_of_the_story_is_left_off() -> None:
    text = ("Dunmore, Ont. \u2014 The town council voted on Tuesday to close the old paper mill "
            "after a fire damaged its main building.")
    line = _line(text, "town council voted")
    assert line.startswith("The town council voted on Tuesday")
    assert "Dunmore" not in line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a concessive aside is part of the claim
        ("The council approved the new housing plan -- though only by a single vote -- after "
         "a long debate on Tuesday evening in the town hall.", "though only by a single vote"),
        ("The company said profits rose sharply (but not in Europe, where sales fell) in the "
         "three months to September.", "but not in Europe"),
        # a figure in parentheses is news, not an aside
        ("Sponsored playlists are the fastest-growing kind of the new audio adverts (41%) "
         "among the stations polled this spring.", "(41%)"),
        # a name the rest of the line does not give
        ("The deal was struck by the two largest shareholders (Northwind Capital and Alder "
         "Partners) after weeks of talks in London.", "Northwind Capital"),
        # an acronym the article uses again is where the reader learns it
        ("The Regional Water Board (RWB) will fine the company for the spill on the river.\n\n"
         "The RWB said the fine would be the largest in its history.", "(RWB)"),
        # whose claim it is, how sure it is, when it holds: without it the line says more
        ("The council met on Monday in the town hall. The old bridge -- the engineers said -- "
         "could collapse in the next storm if nothing is done this winter.", "the engineers said"),
        ("The council met on Monday in the town hall. The old bridge (according to the "
         "engineers) could collapse in the next storm if nothing is done this winter.",
         "according to the engineers"),
        ("The council met on Monday in the town hall. The old bridge -- allegedly -- could "
         "collapse in the next storm if nothing is done this winter.", "allegedly"),
        ("The council met on Monday in the town hall. The old bridge could collapse in the "
         "next storm (if nothing is done this winter) and cut the town in two.",
         "if nothing is done"),
    ],
    ids=["concessive-dashes", "contrast-parens", "figure", "names", "acronym-used-again",
         "attribution-dashes", "according-to-parens", "hedge", "condition"],
)
def test_what_carries_meaning_is_kept(text: str, words: str) -> None:
    assert words in _line(text, words)


def test_a_quote_is_never_cut_inside() -> None:
    text = ("The regional council on Tuesday called the new flood barrier along the river "
            "\u201ca brave (and overdue) step\u201d for the town and its businesses.")
    doc = parse(text)
    sent = next(iter(doc.sents))
    assert asides(doc, doc.text, sent, 0, len(doc.text)) == []
    assert "\u201ca brave (and overdue) step\u201d" in _line(text, "flood barrier")


def test_a_cut_line_that_is_shortened_again_shows_one_ellipsis() -> None:
    line = ("Lawmakers questioned Ann Webb, a specialist on the Regional Water Board \u2026, and Tom "
            "Lowe, a senior engineer at the plant who had warned the board about the pipes "
            "for two years before the spill, on Tuesday morning.")
    out = shorten(line, max_words=14)
    assert out.count("\u2026") == 1
    assert out.endswith(" \u2026")


def test_a_long_appositive_on_a_person_already_introduced_is_cut() -> None:
    text = (
        "Mayor Ann Webb opened the new bridge over the River Wend on Monday.\n\n"
        "Later in the week, Webb, the first woman to lead the town council, announced that "
        "the old crossing would close for repairs in the spring."
    )
    line = _line(text, "old crossing would close")
    assert "first woman to lead" not in line
    assert "[Ann Webb] \u2026 announced that the old crossing would close" in line


def test_an_appositive_on_a_person_met_for_the_first_time_is_kept() -> None:
    text = (
        "Ann Webb, the first woman to lead the town council, announced on Monday that the "
        "old crossing over the River Wend would close for repairs in the spring."
    )
    assert "the first woman to lead the town council" in _line(text, "old crossing")


def test_a_ticker_after_the_first_words_is_not_a_wire_dateline() -> None:
    # "Name (ABC) rose" is not "LONDON (AP) -": the subject of the lead stays
    text = ("Harlow Tools (HRLW) rose sharply on Monday after the retailer reported record "
            "sales for the quarter.")
    assert _line(text, "rose sharply").startswith("Harlow Tools")


def test_a_trim_never_takes_the_verb_of_a_clause_that_opened_before_the_comma() -> None:
    # "as the operator, Harbour Lines, launched ...": "launched" is the verb of the
    # "as" clause, not a clause of its own; cutting before it leaves "as the operator ..."
    text = ("The long-awaited ferry service across the estuary has finally arrived in the town "
            "as the council's new operator, Harbour Lines, launched its first crossing on "
            "Tuesday morning.")
    assert "launched its first crossing" in _line(text, "ferry service")


@pytest.mark.parametrize(
    ("text", "line_has", "line_lacks"),
    [
        # the line already says who made the claim: the relayed source goes
        ("Doctors have found no evidence linking the third case of the disease to the earlier two, the "
         "regional health commission said, according to a news agency.",
         "the regional health commission said \u2026", "according to"),
        ("A government spokesman confirmed on Wednesday that the two leaders had agreed to "
         "delay the summit by several days, the state news agency said.",
         "agreed to delay the summit by several days \u2026", "news agency"),
    ],
    ids=["according-to-after-said", "agency-relays-a-spokesman"],
)
def test_a_trailing_attribution_goes_when_the_line_names_its_source(
        text: str, line_has: str, line_lacks: str) -> None:
    line = _line(text, line_has.split(" \u2026")[0])
    assert line_has in line
    assert line_lacks not in line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the only source on the line
        ("The minister resigned on Friday after a long row over his expenses, according to "
         "a report published on Tuesday by the Harlow Gazette.",
         "according to a report published on Tuesday by the Harlow Gazette"),
        # a person as the trailing source: what the pilot told the doctor is the official's claim
        ("The pilot told the doctor that he was too tired to fly the next morning, the "
         "official said.", "the official said"),
    ],
    ids=["only-source", "person-source"],
)
def test_a_trailing_attribution_that_may_be_the_source_stays(text: str, words: str) -> None:
    assert words in _line(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # why the main clause holds: without it the line loses its point
        ("The river authority has closed the old towpath along the canal to walkers and "
         "cyclists for the whole of the winter, because the bank has begun to slip into the water.",
         "because the bank has begun to slip into the water."),
        # in what circumstance it holds
        ("Rescue crews are moving slowly towards the flooded villages from three directions, "
         "as they try to reach the families still cut off by the water since Sunday.",
         "as they try to reach the families still cut off"),
    ],
    ids=["because", "as"],
)
def test_a_trim_keeps_the_clause_that_gives_the_reason(text: str, words: str) -> None:
    assert words in _line(text, text.split()[1])
