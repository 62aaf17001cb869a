"""stories: grouping a day's articles into stories, and ordering the stories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest import read_source
from briefgen.models import Article
from briefgen.stories import group_articles, order_stories, similarity_matrix

FIXTURES = Path(__file__).parent / "fixtures" / "digest"
NAMES = ["bridge-courier", "vans-daily", "library", "bridge-herald", "vans-wire"]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [read_source(str(FIXTURES / f"{n}.txt")) for n in NAMES]


def _named(articles: list[Article], groups: list[list[int]]) -> set[frozenset[str]]:
    return {frozenset(Path(articles[i].source).stem for i in g) for g in groups}


def test_two_reports_of_one_event_are_one_story_and_the_lone_report_its_own(articles: list[Article]) -> None:
    groups = group_articles(articles)
    assert _named(articles, groups) == {frozenset({"bridge-courier", "bridge-herald"}),
                                        frozenset({"vans-daily", "vans-wire"}), frozenset({"library"})}
    assert sorted(i for g in groups for i in g) == list(range(len(articles)))  # each exactly once


def test_grouping_does_not_depend_on_input_order(articles: list[Article]) -> None:
    reordered = list(reversed(articles))
    assert _named(reordered, group_articles(reordered)) == _named(articles, group_articles(articles))
    assert group_articles(articles) == group_articles(articles)


def test_same_topic_other_event_stays_apart(articles: list[Article]) -> None:
    """A second, different bridge story in the same city is not the closure story."""
    other = Article(source="other-bridge.txt", title="Port Velm picks designer for new cycle bridge",
                    body="Port Velm has chosen the architects Brenn and Saar to design a cycle bridge "
                         "over the harbour basin, the city said on Friday. Construction of the "
                         "footbridge starts in 2027 and the design competition drew 41 entries.\n\n"
                         "The mayor said the cycle bridge would link the new Kvarn district to the "
                         "old town and the ferry terminal.")
    batch = [*articles, other]
    groups = group_articles(batch)
    assert next(g for g in groups if len(batch) - 1 in g) == [len(batch) - 1]


def test_similarity_is_symmetric_and_bounded(articles: list[Article]) -> None:
    sim = similarity_matrix(articles)
    for i in range(len(articles)):
        assert sim[i][i] == 1.0
        for j in range(len(articles)):
            assert sim[i][j] == pytest.approx(sim[j][i])
            assert 0.0 <= sim[i][j] <= 1.0 + 1e-9


def test_empty_batch_and_single_article() -> None:
    assert group_articles([]) == []
    assert group_articles([Article(source="a.txt", body="Just one article about something.")]) == [[0]]


def _art(name: str, title: str, day: int) -> Article:
    return Article(source=name, title=title, body=title + ".", published=dt.date(2025, 3, day))


def test_stories_order_by_sources_then_topics_then_recency() -> None:
    arts = [_art("a", "Farm subsidies cut", 1), _art("b", "Farm subsidies cut again", 1),
            _art("c", "Port strike ends", 2), _art("d", "Grid outage in the north", 3)]
    groups = [[0, 1], [2], [3]]
    plain = order_stories(arts, groups)
    assert [s.members for s in plain] == [[0, 1], [3], [2]]  # 2 sources; then the newest
    follows_ports = order_stories(arts, groups, topics=["port"])
    assert [s.members for s in follows_ports] == [[2], [0, 1], [3]]
    assert follows_ports[0].topics == ["port"]
    assert plain[0].latest == dt.date(2025, 3, 1)
