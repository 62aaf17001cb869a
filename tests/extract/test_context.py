"""Context: background sentences, kept apart from the news facts and quotes."""

from __future__ import annotations

import pytest

from briefgen.extract.context import extract_context
from briefgen.extract.facts import extract_facts
from briefgen.extract.quotes import extract_quotes
from briefgen.models import restore
from tests.conftest import parse

pytestmark = pytest.mark.slow

ARTICLE = (
    "Russia and North Korea signed a defence pact in Pyongyang on Wednesday, pledging "
    "to help each other if attacked.\n\n"
    "The deal commits both countries to immediate military assistance.\n\n"
    "President Vladimir Putin arrived in Pyongyang late on Tuesday for a two-day visit.\n\n"
    "The two leaders also agreed to cooperate on space technology and energy.\n\n"
    "South Korea summoned the Russian ambassador over the agreement on Thursday.\n\n"
    "The partnership has roots going back to the Soviet era, when Moscow backed the "
    "founding of the North Korean state in 1948.\n\n"
    "It comes at a time of growing Western fatigue over the war in Ukraine.\n\n"
    "\u201cThis changes the balance of power in Asia for decades,\u201d said one analyst.\n\n"
    "Officials will meet again in Moscow next month."
)


def test_background_found_and_news_kept_apart() -> None:
    doc = parse(ARTICLE)
    quotes = extract_quotes(doc)
    facts = extract_facts(doc, quotes)
    context = extract_context(doc, quotes, facts)
    texts = [c.text for c in context]
    assert any("roots going back to the Soviet era" in t for t in texts), texts
    assert any("at a time of growing Western fatigue" in t for t in texts), texts
    assert not any("balance of power" in t for t in texts), "a quote is not background"
    assert not any("signed a defence pact" in t for t in texts), "the lead is news"
    assert not any("meet again" in t for t in texts)
    assert any(t.startswith("[The partnership] comes at a time") for t in texts), texts
    for c in context:  # verbatim but for the recorded edits
        assert restore(c.text, c.edits) == doc.text[c.start : c.end]
    assert [c.start for c in context] == sorted(c.start for c in context)
