"""Fitting the executive brief on one page: careful cuts, counted and reported."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest

from briefgen.models import Brief, BriefItem, BriefQuote, SourceRef
from briefgen.render.fit import fit_pages, trim_steps
from briefgen.render.html import render_html
from briefgen.render.pdf import render_pdf_pages

pytestmark = pytest.mark.slow
WORDS = ["allied", "ministers", "weighed", "whether", "a", "shared", "network", "of", "coastal", "radar", "stations", "could", "be", "financed", "from", "national", "budgets", "before", "winter", "while", "engineers", "warned", "that", "software", "faults", "and", "procurement", "delays", "might", "leave", "dangerous", "gaps", "along", "the", "eastern", "frontier"]


def sentence(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(n)).capitalize() + "."


def huge_brief() -> Brief:
    src = [SourceRef(number=i, source=f"s{i}.txt", publisher=f"Publisher {i}", published=dt.date(2025, 1, i))
           for i in range(1, 9)]
    return Brief(
        title=sentence(40, 0), subtitle=sentence(60, 3), template="executive", audience="executive",
        generated=dt.datetime(2025, 3, 14, 9, 0), sources=src,
        summary=[BriefItem(text=sentence(110, i), cites=[1]) for i in range(3)],
        facts=[BriefItem(text=sentence(150, i), cites=[1, 2]) for i in range(5)],
        quotes=[BriefQuote(text=sentence(120, i), speaker=f"Speaker {i}", role="adviser", cites=[2]) for i in range(2)],
        sections=["summary", "facts", "quotes", "sources"],
        banner="OFFICIAL - SENSITIVE", prepared_for="the Minister",
    )


def render(b: Brief) -> tuple[bytes, int]:
    return render_pdf_pages(render_html(b, embed_fonts=False))


def test_huge_brief_is_trimmed_to_one_page_and_says_so() -> None:
    from pypdf import PdfReader

    brief = huge_brief()
    assert render(brief)[1] > 1  # the test really needs trimming
    fitted, pdf = fit_pages(brief, 1, render)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Left out of this one-page brief" in text
    assert fitted.omitted.get("shortened", 0) > 0
    assert 3 <= len(fitted.facts) <= 5
    for item in [*fitted.summary, *fitted.facts, *fitted.quotes]:
        if item.text.endswith("…"):
            head = item.text[:-1].rstrip()
            assert head.split()[-1].strip(".,;") in WORDS  # a whole word, never a piece of one


def test_trim_steps_only_ever_shrink() -> None:
    brief = huge_brief()
    sizes = [len(b.model_dump_json()) for b in trim_steps(brief)]
    assert sizes and all(a >= b for a, b in zip([len(brief.model_dump_json()), *sizes], sizes, strict=False))


def test_short_brief_is_untouched() -> None:
    brief = huge_brief().model_copy(update={
        "title": "Short", "subtitle": None, "summary": [BriefItem(text="One line.", cites=[1])],
        "facts": [BriefItem(text="A fact.", cites=[1])], "quotes": []})
    fitted, _ = fit_pages(brief, 1, render)
    assert fitted == brief


def test_the_shortened_count_names_only_items_still_printed() -> None:
    """A quote shortened and later dropped is not "1 item shortened (marked …)": at every
    step the count is the number of printed items that end with the mark."""
    brief = huge_brief()
    steps = list(trim_steps(brief))
    assert any(b.omitted.get("quotes") for b in steps)  # quotes are shortened, then dropped
    for b in steps:
        marked = sum(i.text.endswith("…") for i in [*b.summary, *b.facts, *b.quotes])
        assert b.omitted.get("shortened", 0) == marked, b.omitted


def test_trimming_never_cuts_or_counts_the_notices() -> None:
    """The notice that a source went unread is not a summary line: no trimming step
    shortens or drops it, and none counts it as left out."""
    notice = ("Source 8 is in German: briefgen reads English only, so no facts, quotes, people or "
              "dates are taken from it.")
    brief = huge_brief().model_copy(update={"notices": [notice]})
    steps = list(trim_steps(brief))
    assert steps and all(s.notices == [notice] for s in steps)
    assert steps[-1].summary and all(notice not in i.text for i in steps[-1].summary)
    from pypdf import PdfReader

    pdf, _ = render(steps[-1])  # the smallest brief still says it, on its first page
    text = " ".join((PdfReader(BytesIO(pdf)).pages[0].extract_text() or "").split())
    assert notice in text
