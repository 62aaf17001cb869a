"""The pasted-text benchmark: realistic pages pasted from news sites, with their true
body and metadata (tests/ingest/pasted/NAME.txt|.md + NAME.json).

Every non-blank line of a page is either an article line (part of an expected body
paragraph), optional (a crosshead or live-blog post heading: either way is fine), or
something that must not reach the body (furniture, and the masthead lines that become
metadata). We score line by line: article recall (no article sentence lost) and the
share of furniture lines removed, per page and over the whole set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefgen.ingest import read_source
from briefgen.models import Article

PASTED = Path(__file__).parent / "pasted"
PAGES = sorted(p for p in PASTED.iterdir() if p.suffix in (".txt", ".md"))
_MD = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def norm(text: str) -> str:
    """Compare text the way a reader does: no Markdown syntax, no spacing differences."""
    text = _MD.sub(r"\1", text).replace("**", "").replace("\u2019", "'")
    return " ".join(text.lstrip("#>*- ").split())


@dataclass
class PageScore:
    name: str
    article_lines: int
    article_kept: int
    furniture_lines: int
    furniture_removed: int
    lost: list[str]
    leaked: list[str]


def score_page(page: Path) -> tuple[PageScore, Article, dict[str, object]]:
    """Read one page with briefgen and score its body line by line."""
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = read_source(str(page))
    body = [norm(p) for p in article.body.split("\n\n")]
    joined = "\n".join(body)
    want = [norm(p) for p in expected["body"]]
    optional = {norm(p) for p in expected.get("optional", [])}
    lines = page.read_text(encoding="utf-8").splitlines()[expected.get("header_lines", 0):]
    score = PageScore(page.name, 0, 0, 0, 0, [], [])
    for raw in lines:
        line = norm(raw)
        if not line or line in optional or set(line) <= set("-_*"):
            continue
        if any(line in p for p in want):
            score.article_lines += 1
            if line in joined:
                score.article_kept += 1
            else:
                score.lost.append(line)
        else:
            score.furniture_lines += 1
            kept = line in body or (len(line.split()) >= 4 and line in joined)
            if kept:
                score.leaked.append(line)
            else:
                score.furniture_removed += 1
    return score, article, expected


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_no_article_line_lost(page: Path) -> None:
    score, article, expected = score_page(page)
    assert score.lost == [], f"article lines dropped from {page.name}"
    # Every expected paragraph is in the body, in order.
    body = norm(article.body.replace("\n\n", " "))
    pos = 0
    for para in expected["body"]:
        found = body.find(norm(para), pos)
        assert found >= 0, f"missing or out of order: {para[:60]!r}"
        pos = found


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_metadata(page: Path) -> None:
    _, article, expected = score_page(page)
    assert norm(article.title or "") == norm(expected["title"])
    if expected.get("byline"):
        assert expected["byline"].lower() in (article.byline or "").lower()
    elif "byline" in expected:
        assert article.byline is None  # the page names no writer: do not invent one
    if expected.get("published"):
        assert article.published is not None
        assert article.published.isoformat() == expected["published"]
    elif "published" in expected:
        assert article.published is None
    if expected.get("publisher"):
        assert expected["publisher"].lower() in (article.publisher or "").lower()
    if expected.get("url"):
        assert article.url == expected["url"]
    for key, where in (expected.get("found") or {}).items():
        assert article.found.get(key) == where, key


def test_benchmark_furniture_removal() -> None:
    """Over the whole set: no article line lost, at least 95% of furniture lines removed."""
    scores = [score_page(p)[0] for p in PAGES]
    assert len(scores) >= 10
    article = sum(s.article_lines for s in scores)
    kept = sum(s.article_kept for s in scores)
    furniture = sum(s.furniture_lines for s in scores)
    removed = sum(s.furniture_removed for s in scores)
    leaked = [(s.name, line) for s in scores for line in s.leaked]
    print(f"\npasted benchmark: pages={len(scores)} article_recall={kept / article:.3f} "
          f"({kept}/{article}) furniture_removed={removed / furniture:.3f} ({removed}/{furniture})")
    for name, line in leaked:
        print(f"  leaked {name}: {line[:90]}")
    assert kept == article
    assert removed / furniture >= 0.95


def test_paragraphs_of_quotation_are_body_not_masthead() -> None:
    """An article made of readers' comments: long quoted lines are text, never the title."""
    from briefgen.ingest.text import parse_text

    comments = [
        "\u201cThe council never asked us what we wanted for the park, and now the playground is "
        "gone and nobody will tell us when it is coming back.\u201d \u2015 Maria Lopes",
        "\u201cI have lived on this street for thirty years and I have never seen the library "
        "closed for this long without a single word from the town hall.\u201d \u2015 Dev Patel",
    ]
    text = "Readers tell us what the budget cuts mean to them\n\n" + "\n\n".join(comments) + "\n"
    article = parse_text(text, source="comments.txt")
    assert article.title == "Readers tell us what the budget cuts mean to them"
    assert article.body.split("\n\n") == comments


_PARAS = [
    "The harbour board voted on Tuesday to close the old ferry pier for two years while "
    "engineers replace the rotten piles that hold it up, the board's chair said.",
    "Fishermen who moor at the pier said the closure would cost them a season of work and "
    "asked the board to open a temporary landing stage further along the quay.",
    "The board said it would look at the request and publish a timetable for the repairs "
    "before the end of the month, after talks with the town council.",
    "Repairs are expected to cost about four million pounds, most of it from a regional "
    "fund set up after the storms of two winters ago damaged the sea wall.",
]


@pytest.mark.parametrize("label, links", [
    ("More:", ["Council weighs new bus lanes on the coast road",
               "Lifeboat crew rescues two walkers cut off by the tide"]),
    ("Coast News More", ["Lighthouse keepers' cottages go on sale",
                         "Storm warning issued for the weekend ferry crossings"]),
    ("Related stories", ["Ferry operator warns of cuts to winter timetable...",
                         "Sea wall repairs run two months late...",
                         "Harbour master to retire after thirty years..."]),
    ("You may also like...", ["Who will run the harbour board next year?",
                              "Ten beaches to visit before the summer ends"]),
])
def test_link_list_inside_the_article_stays_out_of_the_body(label: str, links: list[str]) -> None:
    """A labelled list of other stories' headlines pasted between two paragraphs is not
    article text: its names must not reach the body (they would become actors)."""
    from briefgen.ingest.text import parse_text

    text = ("Harbour board shuts ferry pier for repairs\n\n" + "\n\n".join(_PARAS[:2])
            + "\n\n" + label + "\n" + "\n".join(links) + "\n\n" + "\n\n".join(_PARAS[2:]) + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == _PARAS
    for link in links:
        assert link not in article.body


@pytest.mark.parametrize("raw, first, outlet", [
    ("(XYZ)Former mayor Ana Ruiz said on Monday that the bridge would close for repairs in May.",
     "Former mayor Ana Ruiz said", "XYZ"),
    ("Port Ellis, Avalon (XYZ)The harbour board voted on Tuesday to raise its fees by a tenth.",
     "The harbour board voted", "XYZ"),
    ("(UPDATE)The harbour board voted on Tuesday to raise its fees by a tenth this spring.",
     "The harbour board voted", None),
    ("The harbour board (XYZ) voted on Tuesday to raise its fees by a tenth this spring.",
     "The harbour board (XYZ) voted", None),
])
def test_an_outlet_dateline_glued_to_the_first_word_is_split_off(raw: str, first: str,
                                                                 outlet: str | None) -> None:
    from briefgen.ingest.text import parse_text

    art = parse_text(raw, "story.txt")
    assert art.body.startswith(first)
    assert art.publisher == outlet
