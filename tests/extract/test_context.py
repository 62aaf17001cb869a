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
    "Valdoria and Kestland signed a fisheries pact in Port Amsel on Wednesday, pledging "
    "to share patrol boats if either coast is raided.\n\n"
    "The deal commits both countries to joint patrols of the northern banks.\n\n"
    "Prime Minister Ilse Varga arrived in Port Amsel late on Tuesday for a two-day visit.\n\n"
    "The two leaders also agreed to cooperate on harbour dredging and ferries.\n\n"
    "Norland summoned the Kestish envoy over the agreement on Thursday.\n\n"
    "The alliance has roots in the era of the old wool trade, when Kestish merchants "
    "paid for the first Valdorian lighthouse in 1848.\n\n"
    "It comes at a time when catches on the northern banks have fallen by half.\n\n"
    "\u201cThis changes who rules the cold seas for decades,\u201d said one fisheries expert.\n\n"
    "Officials will meet again in Kestport next month."
)


def test_background_found_and_news_kept_apart() -> None:
    doc = parse(ARTICLE)
    quotes = extract_quotes(doc)
    facts = extract_facts(doc, quotes)
    context = extract_context(doc, quotes, facts)
    texts = [c.text for c in context]
    assert any("roots in the era of the old wool trade" in t for t in texts), texts
    assert any("at a time when catches on the northern banks" in t for t in texts), texts
    assert not any("cold seas" in t for t in texts), "a quote is not background"
    assert not any("signed a fisheries pact" in t for t in texts), "the lead is news"
    assert not any("meet again" in t for t in texts)
    assert any(t.startswith("[The alliance] comes at a time") for t in texts), texts
    for c in context:  # verbatim but for the recorded edits
        assert restore(c.text, c.edits) == doc.text[c.start : c.end]
    assert [c.start for c in context] == sorted(c.start for c in context)


REPORTED = (
    "Vanoria's coastguard seized a cargo ship off the port of Delmar on Friday.\n\n"
    "The interior ministry said on Saturday that the crew had thrown crates of rifles "
    "into the sea before the boarding.\n\n"
    "It came as the Vanorian foreign minister arrived in Castel for talks on the border.\n\n"
    "Once the ship was towed to port, inspectors found a second hold of ammunition.\n\n"
    "The port had been a smugglers' haven for decades before the navy moved in.\n\n"
    "Smuggling along the coast has its roots in the colonial era."
)


def test_recent_reported_events_are_news_not_background() -> None:
    """A past perfect reported by "said", "it came as" and a "once" that orders events
    are the news; a haven "for decades" and "roots" in an era are background."""
    doc = parse(REPORTED)
    quotes = extract_quotes(doc)
    facts = extract_facts(doc, quotes)
    texts = [c.text for c in extract_context(doc, quotes, facts)]
    assert any("smugglers' haven for decades" in t for t in texts), texts
    assert any("roots in the colonial era" in t for t in texts), texts
    assert not any("thrown crates of rifles" in t for t in texts), texts
    assert not any("foreign minister arrived" in t for t in texts), texts
    assert not any("second hold of ammunition" in t for t in texts), texts
