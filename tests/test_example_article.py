"""The bundled example article has the seed's traps; its extraction must come out right.

examples/baltic-air-defence.txt was written for the project: page furniture above and
below, captions with and without credits, a standfirst naming the writer, a dateline,
quotes attributed by full name, surname and pronoun, a quote whose speaker was named in
the paragraph before, roles from an appositive, a pre-modifier and a clause.
"""

from __future__ import annotations

import pytest

from briefgen.config import load_settings
from briefgen.models import Extraction
from briefgen.pipeline import extract_sources
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def ex() -> Extraction:
    (result,) = extract_sources([str(EXAMPLES / "baltic-air-defence.txt")], load_settings())
    assert isinstance(result, Extraction)
    return result


def test_metadata(ex: Extraction) -> None:
    a = ex.article
    assert a.title == "Baltic states press allies for joint air defence as drone incursions multiply"
    assert a.byline == "Maria Okonkwo"
    assert a.published is not None and a.published.isoformat() == "2025-03-04"
    assert a.publisher == "The Northern Ledger"


@pytest.mark.parametrize("junk", [
    "Get the latest headlines", "unsubscribe", "Join the discussion", "Comments are moderated",
    "Thank you for signing up", "Please refresh", "(AFP via Getty Images)", "(Reuters)",
    "Latvian border guards inspect debris", "Estonian soldiers unload",
])
def test_body_has_no_furniture(ex: Extraction, junk: str) -> None:
    assert junk not in ex.article.body


def test_body_keeps_the_article(ex: Extraction) -> None:
    body = ex.article.body
    assert body.startswith("Estonia, Latvia and Lithuania asked their Nato allies")
    assert body.rstrip().endswith("at a meeting of defence ministers next week.")
    assert body.count("\n\n") == 13  # 14 paragraphs


def _by(ex: Extraction, fragment: str):  # type: ignore[no-untyped-def]
    hits = [q for q in ex.quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0]


@pytest.mark.parametrize(("fragment", "speaker", "role_word"), [
    ("We are three small countries", "Daina Ozola", "senior fellow"),
    ("No single budget in the region", "Daina Ozola", "senior fellow"),
    ("someone on the other side is writing down", "Daina Ozola", "senior fellow"),  # "she says"
    ("That is what worries me most", "Daina Ozola", "senior fellow"),  # speaker in the paragraph before
    ("For thirty years we asked others", "Tomas Jankauskas", "director"),
    ("The money is the easy part", "Tomas Jankauskas", "director"),  # "he says"
    ("a matter of months, not years", "Hanno Pevkur", "Defence Minister"),  # pre-modifier role
])
def test_quotes_are_attributed_by_full_name_with_role(ex: Extraction, fragment: str, speaker: str,
                                                       role_word: str) -> None:
    q = _by(ex, fragment)
    assert q.speaker == speaker
    assert q.speaker_role and role_word.lower() in q.speaker_role.lower()
    assert ex.article.body[q.start:q.end] == q.text


def test_partial_quote_kind(ex: Extraction) -> None:
    assert _by(ex, "a matter of months, not years").kind == "partial"


def test_key_facts(ex: Extraction) -> None:
    facts = [f.text for f in ex.facts]
    assert len(facts) >= 5
    assert any("412" in f for f in facts)
    assert any("Rezekne" in f and "drone" in f for f in facts)
    quoted = [q for q in ex.quotes if len(q.text) > 30]
    for f in facts:
        # a fact may quote only as a claim with its source: the line names who said it
        for q in quoted:
            if q.text[:30] in f:
                assert q.kind == "partial" and q.speaker, f
                assert q.speaker.split()[-1] in f.replace(q.text, ""), f
        assert "Getty" not in f and "Reuters" not in f
