"""Actors: merging, roles, relations and junk, against the real model."""

from __future__ import annotations

import pytest

from briefgen.extract.entities import extract_entities, name_key
from briefgen.extract.quotes import extract_quotes
from briefgen.models import Entity, Quote
from tests.conftest import parse

pytestmark = pytest.mark.slow

ARTICLE = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vostochny on "
    "Wednesday.\n\n"
    "Putin's spokesman said the talks went well. Kim Jong-un arrived by armoured train, and "
    "Kim later toured a factory.\n\n"
    "\u201cThe assistance that we provided has now ground to a halt,\u201d National Security "
    "Council spokesman John Kirby said in Washington.\n\n"
    "Swaran Singh, a professor of international relations at Jawaharlal Nehru University, "
    "said the alliance was a role reversal. Singh said both states were isolated.\n\n"
    "The United States imposed new sanctions on Friday. The US has acted alone before."
)


@pytest.fixture(scope="module")
def actors() -> dict[str, Entity]:
    doc = parse(ARTICLE)
    found = extract_entities(doc, extract_quotes(doc))
    return {e.name: e for e in found}


def _find(actors: dict[str, Entity], key: str) -> Entity:
    hits = [e for e in actors.values() if name_key(key) in {name_key(e.name)} | {name_key(a) for a in e.aliases}]
    assert len(hits) == 1, f"{key!r}: {hits}"
    return hits[0]


def test_kim_spellings_are_one_person(actors: dict[str, Entity]) -> None:
    kim = _find(actors, "Kim Jong Un")
    assert _find(actors, "Kim") is kim
    assert _find(actors, "Kim Jong-un") is kim
    assert kim.label == "PERSON"
    assert kim.mentions >= 3
    assert kim.role is not None and "leader" in kim.role


def test_surname_joins_full_name_and_possessive_is_stripped(actors: dict[str, Entity]) -> None:
    putin = _find(actors, "Putin")
    assert putin.name == "Vladimir Putin"
    assert putin.mentions == 2
    assert putin.role == "Russian President"
    assert not any(n.endswith(("'s", "\u2019s")) for n in actors)


def test_roles_from_title_and_appositive(actors: dict[str, Entity]) -> None:
    assert "spokesman" in (_find(actors, "John Kirby").role or "")
    singh = _find(actors, "Swaran Singh")
    assert singh.role is not None and singh.role.startswith("professor of international relations")
    assert singh.mentions == 2


def test_places_fold_short_forms(actors: dict[str, Entity]) -> None:
    us = _find(actors, "United States")
    assert us.relation == "place"
    assert us.mentions >= 2
    assert _find(actors, "Washington").relation == "place"


def test_speaker_relation_comes_from_quotes() -> None:
    doc = parse("Jane Doe, the mayor, spoke. \u201cWe will rebuild the bridge,\u201d Doe said.")
    quote = Quote(text="We will rebuild the bridge,", start=30, end=57, speaker="Doe")
    (jane,) = [e for e in extract_entities(doc, [quote]) if e.label == "PERSON"]
    assert jane.name == "Jane Doe"
    assert jane.relation == "speaker"


def test_no_junk_names() -> None:
    doc = parse(
        "the 2019 figures were released on 12/03 by a. b. smith. Photo via Getty Images. "
        "Officials in Paris said the report (REUTERS) was late."
    )
    names = [e.name for e in extract_entities(doc, [])]
    assert all(n[0].isupper() and len(n) > 1 for n in names), names
    assert not any("Getty" in n or n == "REUTERS" for n in names), names
    assert "Paris" in names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Maria Lopez, 33, was taken to hospital on Friday.", "Maria Lopez", None),
        ("Former Vice President Dick Cheney and George W. Bush met donors.", "George W. Bush",
         None),
        ("Former Vice President Dick Cheney and George W. Bush met donors.", "Dick Cheney",
         "Former Vice President"),
        ("The ruling was welcomed by Anna Berg, a spokeswoman for the ministry, on Monday.",
         "Anna Berg", "spokeswoman for the ministry"),
    ],
)
def test_roles_not_ages_or_other_names(text: str, name: str, role: str | None) -> None:
    found = {e.name: e for e in extract_entities(parse(text), [])}
    assert name in found, list(found)
    assert found[name].role == role
