"""A social-media post embedded in the article is a reaction, not a fact of the story:
pasted text keeps it (its text, then '— Name (@handle) Date'), a saved page's reader drops
its box, and both briefs must print the same lines."""

from __future__ import annotations

import pytest

from briefgen.extract.facts import extract_facts
from briefgen.extract.quotes import extract_quotes
from tests.conftest import parse

pytestmark = pytest.mark.slow

STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier for two years while "
    "engineers replace the rotten piles that hold it up.",
    "Fishermen who moor at the pier complained that nobody had asked them before the vote, "
    "and many of them took to social media.",
    "Ferry users across the county have been stranded for a week because the pier cannot take "
    "the weight of the ferry at low tide. Shame on them #SavePier",
    "The harbour board let the pier rot for twenty years and now the fishermen pay for it. "
    "https://t.co/Ab12Cd34",
    "\u2014 Pier Watch \U0001f30a (@pierwatch) March 3, 2024",
    "The board said it would look at the fishermen's request and publish a timetable for the "
    "repairs before the end of the month.",
    "Repairs are expected to cost about four million pounds, most of it from a regional fund "
    "set up after the storms of two winters ago.",
]


def test_embedded_post_is_not_a_fact() -> None:
    text = "\n\n".join(STORY)
    doc = parse(text)
    lines = [f.text for f in extract_facts(doc, extract_quotes(doc))]
    joined = "\n".join(lines)
    assert "stranded for a week" not in joined, lines
    assert "rot for twenty years" not in joined, lines
    assert "Pier Watch" not in joined, lines
    # the story's paragraphs around the post stay facts
    assert "close the old ferry pier" in joined, lines
    assert "four million pounds" in joined, lines
    assert "took to social media" in joined, lines


def test_posts_one_after_another_take_each_paragraph_once() -> None:
    """Signatures that mention someone, one after another: each paragraph is one range of
    the skip list, not one per signature below it (2,000 of them made two million ranges,
    and every sentence was checked against each)."""
    from briefgen.extract.facts import _embedded_posts

    story = "The harbour board voted on Tuesday to close the old ferry pier for two years."
    sig = "\u2014 Pier Watch @harbour (@pierwatch) March 3, 2024"
    text = "\n\n".join([story, "Shame on them #SavePier", *[sig] * 40])
    posts = _embedded_posts(text)
    assert len(posts) == len(set(posts)) == 41, len(posts)
    assert text.index("Shame") == min(a for a, _ in posts)
