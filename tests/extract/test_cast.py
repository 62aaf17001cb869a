"""The per-article cast: one actor per person/organisation/place, typed, with references.

Articles are written for these tests; each row is one rule of the cast.
"""

from __future__ import annotations

import pytest

from briefgen.extract import gazetteer
from briefgen.extract.cast import build_cast
from tests.conftest import parse

pytestmark = pytest.mark.slow


def _cast(text: str):  # type: ignore[no-untyped-def]
    return build_cast(parse(text))


def _actor(cast, name: str):  # type: ignore[no-untyped-def]
    a = cast.actor_named(name)
    assert a is not None, [x.name for x in cast.actors]
    return a


def test_gazetteer_knows_places_and_first_names() -> None:
    assert gazetteer.place("Kyiv") is not None
    assert gazetteer.place("Ukraine") == ("country", gazetteer.place("Ukraine")[1])  # type: ignore[index]
    assert gazetteer.place("Blue Origin") is None
    assert gazetteer.first_name_gender("Kristi") == "f"
    assert gazetteer.first_name_gender("Gregor") == "m"
    assert gazetteer.first_name_gender("Zxqv") is None


def test_surname_before_full_name_is_one_person() -> None:
    cast = _cast("Merrow said the talks failed. Later, Dana Merrow, the envoy, flew home. "
                 "Ms Merrow declined to comment.")
    people = [a for a in cast.people if "Merrow" in a.name]
    assert [p.name for p in people] == ["Dana Merrow"]
    assert len(people[0].mentions) == 3
    assert people[0].gender == "f"  # from "Ms"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("SpaceX launched the rocket on Monday, and SpaceX said it went well.", "SpaceX",
         "organisation"),
        ("Residents of Kyiv sheltered overnight as Kyiv came under fire.", "Kyiv", "place"),
        ("The Marlow Research Institute published the survey on Tuesday.",
         "Marlow Research Institute", "organisation"),
        ("Talks between Ukraine and the donors resumed.", "Ukraine", "place"),
        ("Governor Tessa Brandt signed the bill.", "Tessa Brandt", "person"),
    ],
)
def test_actor_types_from_form_gazetteer_and_labels(text: str, name: str, kind: str) -> None:
    assert _actor(_cast(text), name).kind == kind


def test_acronym_joins_the_full_name() -> None:
    cast = _cast("The National Aeronautics and Space Administration chose three companies. "
                 "NASA said the landers would fly in 2027.")
    nasa = _actor(cast, "NASA")
    assert nasa.name == "National Aeronautics and Space Administration"
    assert "NASA" in nasa.aliases
    assert nasa.kind == "organisation"


def test_hyphen_spellings_are_one_person() -> None:
    cast = _cast("Kim Jong Un inspected the site. Kim Jong-un later left, and Kim waved.")
    kims = [a for a in cast.people if a.name.startswith("Kim")]
    assert len(kims) == 1
    assert len(kims[0].mentions) == 3


def test_pronoun_follows_gender_from_titles_first_names_only_hint() -> None:
    doc = parse("Ms Kristi Halvorsen met Gregor Lind on Monday. Lind left early. "
                "She said the meeting was useful.")
    cast = build_cast(doc)
    she = next(t for t in doc if t.lower_ == "she")
    ref = cast.referent(she)
    assert ref is not None and ref.name == "Kristi Halvorsen"
    lind = cast.actor_named("Gregor Lind")
    assert lind.gender is None and lind.gender_guess == "m"


def test_descriptions_refer_to_the_actor_introduced() -> None:
    doc = parse("Orvane Systems, a drone maker based in Leeds, won the contract. "
                "Amira Castell, a professor of engineering at Leeds, reviewed the bid. "
                "The company said production would start in May. "
                "The professor said the design was sound.")
    cast = build_cast(doc)
    company = next(t for t in doc if t.lower_ == "company")
    professor = [t for t in doc if t.lower_ == "professor"][-1]
    c = cast.referent(company)
    p = cast.referent(professor)
    assert c is not None and c.name == "Orvane Systems"
    assert p is not None and p.name == "Amira Castell"
    assert p.role is not None and p.role.startswith("professor of engineering")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kristi NoemKristi", "Kristi Noem"),  # the name starting over
        ("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders", "Alexandria Ocasio-Cortez"),
        ("NoemSouth Dakota", "Noem"),  # a region glued on
        ("McDonald", "McDonald"),
        ("SpaceX", "SpaceX"),
        ("OrbitBeyond", "OrbitBeyond"),
        ("WoodSpring", "WoodSpring"),  # "Spring" is a town, but not a region of several words
    ],
)
def test_names_glued_to_furniture_are_cut(name: str, expected: str) -> None:
    from briefgen.extract.cast import unglue

    assert unglue(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Michael Webb", True), ("Jeanine Pirro", True), ("Forest Hill", False),
     ("Dick Clark Productions", False), ("Virginia Beach", False), ("Blue Origin", False)],
)
def test_a_personal_name_by_its_form(name: str, expected: bool) -> None:
    from briefgen.extract.cast import looks_like_person

    assert looks_like_person(name) is expected


def test_capitals_know_their_country() -> None:
    assert gazetteer.capital_of("Pyongyang") == "North Korea"
    assert gazetteer.capital_of("Washington") == "United States"
    assert gazetteer.capital_of("Fort Worth") is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The crew tested the rover on the Moon before the launch.", "Moon", "place"),
        ("Police found the girl at a hotel in Forest Hill. Forest Hill officers made the arrest.",
         "Forest Hill", "place"),
        ("Settlers moved into the West Bank. The West Bank has been occupied since 1967.",
         "West Bank", "place"),
        ("Fans packed Heinz Field for the rematch.", "Heinz Field", "place"),
        ("Emirates ordered 50 jets. Emirates Airline said the deal was worth $16bn.",
         "Emirates Airline", "organisation"),
    ],
)
def test_places_and_organisations_by_form(text: str, name: str, kind: str) -> None:
    assert _actor(_cast(text), name).kind == kind


def test_one_organisation_under_two_names() -> None:
    cast = _cast("Emirates ordered 50 jets. Emirates Airline said the deal was worth $16bn.")
    assert len([a for a in cast.actors if a.name.startswith("Emirates")]) == 1
