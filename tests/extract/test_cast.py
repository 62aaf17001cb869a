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
