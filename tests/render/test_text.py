"""The small text filters behind the masthead, source lines, headers and footnotes."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from briefgen.models import SourceRef
from briefgen.render.text import chars, first_words, no_runt, short_url, source_location, standfirst

BYLINE = [SourceRef(number=1, source="a.txt", byline="Jane Doe")]


@pytest.mark.parametrize(("text", "sources", "expected"), [
    ("The two states are drawing closer as they grow isolated, experts tell Jane Doe", BYLINE,
     "The two states are drawing closer as they grow isolated."),
    ("The plan will take years to build, writes Jane Doe", BYLINE, "The plan will take years to build."),
    ("Allies are split over who should pay for it, by Jane Doe", BYLINE, "Allies are split over who should pay for it."),
    # no byline known: a full name after a byline-style verb still goes
    ("The two states are drawing closer as they grow isolated, experts tell Ravi Menon", [],
     "The two states are drawing closer as they grow isolated."),
    # ... but not a reporting verb that is part of the news
    ("The plan will cost billions, the minister said Friday", [], "The plan will cost billions, the minister said Friday"),
    ("Three governments say the threat has outgrown national budgets", BYLINE,
     "Three governments say the threat has outgrown national budgets"),
    # never the whole text
    ("Jane Doe reports", BYLINE, "Jane Doe reports"),
    (None, BYLINE, ""),
])
def test_standfirst_drops_the_byline_clause(text: str | None, sources: list[SourceRef], expected: str) -> None:
    assert standfirst(text, sources) == expected


@pytest.mark.parametrize(("source", "expected"), [
    (SourceRef(number=1, source="/home/ann/news/story.txt"), "story.txt"),
    (SourceRef(number=1, source="C:\\Users\\ann\\story.html"), "story.html"),
    (SourceRef(number=1, source="/tmp/x.html", url="https://example.org/a"), "https://example.org/a"),
    (SourceRef(number=1, source="-"), "standard input"),
    (SourceRef(number=1, source="https://example.org/b"), "https://example.org/b"),
])
def test_a_source_is_never_a_local_path(source: SourceRef, expected: str) -> None:
    assert source_location(source) == expected


def test_cuts_are_at_a_word_and_marked() -> None:
    title = "Fishing towns increasingly uneasy over Valdoria-South Kestland pact"
    assert chars(title, 63) == "Fishing towns increasingly uneasy over Valdoria-South Kestland …"
    assert chars(title, 100) == title
    assert first_words("Valdoria and [South Kestland] have denied fishing deals but said more.", 5) == "Valdoria and South Kestland have …"
    assert short_url("https://www.example.org/news/2024/01/a-very-long-story-name-that-goes-on-and-on-and-on.html") \
        .startswith("example.org/news/2024/01/")
    assert str(no_runt("Drone incursions multiply across the region")) == "Drone incursions multiply across the&nbsp;region"
    assert str(no_runt("<b> & x y z")) == "&lt;b&gt; &amp; x y&nbsp;z"


def test_a_quoted_title_prints_its_own_quotes_single() -> None:
    from briefgen.render.text import inner_quotes

    assert inner_quotes("Coach: “We needed to win this game”") == "Coach: ‘We needed to win this game’"
    assert inner_quotes('Coach: "We needed to win" and "more"') == "Coach: ‘We needed to win’ and ‘more’"
    assert inner_quotes("Plain title") == "Plain title"


def test_a_line_ending_with_an_ellipsis_gets_no_second_full_stop() -> None:
    from briefgen.render.text import end_sentence

    assert str(end_sentence(Markup('Ledger, <a href="x">example.org/news/long-pa…</a>'))) == \
        'Ledger, <a href="x">example.org/news/long-pa…</a>'
    assert str(end_sentence(Markup("Ledger, 4 March 2025"))) == "Ledger, 4 March 2025."
    assert str(end_sentence("<b>untrusted</b>")) == "&lt;b&gt;untrusted&lt;/b&gt;."
