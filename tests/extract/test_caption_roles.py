"""Roles from photo captions: a caption may say who someone the body names is; it never
adds a person of its own, and a role the body states wins.

Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_doc, parse_captions
from briefgen.models import Article
from tests.conftest import parse

pytestmark = pytest.mark.slow

BODY = "\n\n".join([
    "Talks between Norway and Iceland over the northern ferry route stalled on Monday after "
    "Ingrid Solheim left the table early, two officials who attended the meeting said.",
    "Lars Berg, a spokesman for the Tromso port authority, said the harbour would keep its "
    "berth open for the ferry until the end of the season.",
    "Solheim said Norway would not raise its share of the subsidy unless Iceland agreed to a "
    "longer contract. Berg said the port had not been asked for its view.",
])


def _actors(body: str, captions: list[str], nlp):  # type: ignore[no-untyped-def]
    article = Article(source="ferry.txt", body=body, captions=captions)
    ex = extract_doc(article, parse(body), parse_captions(article, nlp))
    return {e.name: e.role for e in ex.entities if e.label == "PERSON"}, ex


def test_caption_gives_a_body_person_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    before, _ = _actors(BODY, [], nlp)
    assert before.get("Ingrid Solheim") is None  # the body names her, says not who she is
    roles, _ = _actors(BODY, ["Norwegian Fisheries Minister Ingrid Solheim arrives at the "
                              "talks in Tromso"], nlp)
    assert roles["Ingrid Solheim"] == "Norwegian Fisheries Minister"


def test_appositive_in_a_caption(nlp) -> None:  # type: ignore[no-untyped-def]
    roles, _ = _actors(BODY, ["Ingrid Solheim, the Norwegian fisheries minister, speaks to "
                              "reporters in Tromso on Monday"], nlp)
    assert roles["Ingrid Solheim"] == "Norwegian fisheries minister"


def test_person_named_only_in_a_caption_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    roles, ex = _actors(BODY, ["Icelandic trade envoy Petur Haraldsson greets Norwegian "
                               "Fisheries Minister Ingrid Solheim in Tromso"], nlp)
    assert "Petur Haraldsson" not in roles
    assert not any("Haraldsson" in e.name for e in ex.entities)
    assert roles["Ingrid Solheim"] == "Norwegian Fisheries Minister"


def test_body_role_wins_over_caption_role(nlp) -> None:  # type: ignore[no-untyped-def]
    roles, _ = _actors(BODY, ["Harbour master Lars Berg checks the moorings in Tromso"], nlp)
    assert roles["Lars Berg"] == "spokesman for the Tromso port authority"


def test_caption_role_reaches_quote_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = BODY + '\n\n"We will not pay more," Solheim said.'
    _, ex = _actors(body, ["Norwegian Fisheries Minister Ingrid Solheim arrives in Tromso"], nlp)
    said = [q for q in ex.quotes if q.text.startswith("We will not pay more")]
    assert said and said[0].speaker == "Ingrid Solheim"
    assert said[0].speaker_role == "Norwegian Fisheries Minister"


def test_spelling_variant_in_caption_is_the_same_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Pak Sung-chol, who took over the port last year, met the Norwegian delegation on "
            "Monday. Pak said the ferry would keep sailing.")
    roles, ex = _actors(body, ["Harbour director Pak Sung Chol shows the delegation the quay"],
                        nlp)
    people = [e for e in ex.entities if "Pak" in e.name]
    assert len(people) == 1  # one row, whichever spelling
    assert roles[people[0].name] == "Harbour director"


def test_surname_alone_in_a_caption_gives_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    roles, _ = _actors(BODY, ["Minister Solheim waves to fishermen in Tromso"], nlp)
    # a bare surname could be a relative; only a full name is trusted
    assert roles.get("Ingrid Solheim") is None
