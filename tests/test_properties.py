"""Property-based tests (hypothesis) over ingest and extract: random Unicode, random HTML,
random quote-mark placement and the adversarial shapes found by hand.

For every input: it finishes within a time bound, raises nothing but InputError, and
every span extracted slices the article body exactly (``body[start:end] == text``).

A few hundred examples per run in the suite (the ``ci`` profile). By hand, 10,000:

    HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py -q
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import InputError
from briefgen.extract import extract_doc
from briefgen.extract.marks import find_marked
from briefgen.ingest import read_source
from briefgen.ingest.html import parse_html
from briefgen.ingest.text import is_caption, is_furniture, parse_date, parse_text
from briefgen.models import Extraction

settings.register_profile("ci", max_examples=150, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
if os.environ.get("HYPOTHESIS_PROFILE") not in ("ci", "thorough"):
    PROFILE = settings.get_profile("ci")
SPACY_EXAMPLES = max(20, PROFILE.max_examples // 3)  # spaCy costs ~20 ms an example
# Generous, in CPU seconds: a real regression (quadratic or exponential) blows through
# this by orders of magnitude.
BOUND_S = 3.0

# Things news text is made of, and the marks and separators that broke briefgen before.
WORDS = st.sampled_from([
    "the", "minister", "said", "Anna", "Berg", "Estonia", "and", "Latvia", "on", "Monday",
    "drones", "412", "2024", "15 January 2024", "per cent", "Reuters", "Getty Images", "By",
    "Photo:", "Updated", "12:30", "told", "BBC", "|", ">", "»", "›", "•", "-", "—", "...",
    "(AP)", "©", "Sign in", "Read more", "http://x.org/a", "don't", "ministers'", "Mr.",
])
MARKS = st.sampled_from(['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb",
                         "\u201e", "\u2039", "\u203a", "''", "<", ">", "\n\n", "\n", ". ", ", "])
TOKEN = st.one_of(WORDS, MARKS, st.text(min_size=1, max_size=8))
PROSE = st.lists(TOKEN, max_size=120).map(lambda ts: " ".join(ts))
UNITS = ["a ", "a > ", "A ", "Aa ", " 'a", "'", '"', '"a ', "\u201c \u201c \u201d", "\u00ab",
         "\u2018a ", "a.", "A. ", "a, ", "- ", "  ", "[a ", "(", "By A ", "A and ", "in A ",
         "Photo: A ", "12:30 ", "1/", "<a ", "s' b", "\u00bb a ", "a\u2019"]
ADVERSARIAL = st.builds(lambda u, n, tail: u * n + tail, st.sampled_from(UNITS),
                        st.integers(1, 4000), st.sampled_from(["", ".", "!", "a.", "\n\nThe end."]))


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    # CPU time of this process, not wall time: on a shared machine a process can stall
    # for seconds between two instructions, which says nothing about briefgen.
    start = time.process_time()
    try:
        return fn(*args)
    finally:
        took = time.process_time() - start
        assert took < BOUND_S, f"{fn.__name__} took {took:.1f} s of CPU"


def _spans_slice_the_body(ex: Extraction) -> None:
    body = ex.article.body
    for family in (ex.facts, ex.quotes, ex.reported, ex.context, ex.figures, ex.timeline):
        for span in family:
            assert 0 <= span.start <= span.end <= len(body)
            assert body[span.start:span.end] == span.text, (type(span).__name__, span)


# -- ingest ---------------------------------------------------------------------------


@PROFILE
@given(st.one_of(st.text(max_size=3000), PROSE, ADVERSARIAL))
def test_pasted_text_never_breaks(raw: str) -> None:
    try:
        article = _timed(parse_text, raw, "t.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert article.body.strip()
    for line in raw.splitlines()[:50]:
        _timed(is_furniture, line)
        _timed(is_caption, line)
        _timed(parse_date, line)


TAGS = st.sampled_from(["p", "div", "article", "h1", "span", "a", "script", "style", "table",
                        "td", "li", "main", "header", "footer", "nav", "blockquote", "meta"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = ["<!DOCTYPE html><html><head><title>", draw(PROSE)[:80], "</title></head><body>"]
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        attrs = draw(st.sampled_from(["", ' class="x"', " id='y'", ' href="javascript:1"', " a=\"<\"", " b"]))
        closed = draw(st.booleans())
        parts.append(f"<{tag}{attrs}>{draw(st.one_of(PROSE, st.text(max_size=200)))}"
                     + (f"</{tag}>" if closed else ""))
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


HTML_UNITS = ["<meta ", "<link rel=canonical ", "<script type=application/ld+json>", "<p>a ",
              "<div>", "</p>", '<a href="', "<!--", "<![CDATA[", "&amp;", '<p>"a ', "<p>a > ",
              "<html lang=", "<title>", "<br>"]
ADVERSARIAL_HTML = st.builds(lambda u, n: "<html><body>" + u * n, st.sampled_from(HTML_UNITS),
                             st.integers(1, 500))


@pytest.fixture(scope="module")
def warm_html() -> None:
    """Parse one page first: htmldate loads every dateparser locale on its first call
    (about 3 s of CPU, once per process), which is not what the bound is about."""
    from contextlib import suppress

    with suppress(InputError):
        # a page with no date htmldate can read sends it to dateparser
        parse_html("<html><head><title>n 2024 Estonia 4</title></head><body><main>x</main></body></html>",
                   "warm.html")


@PROFILE
@given(st.one_of(html_pages(), ADVERSARIAL_HTML))
def test_html_never_breaks(warm_html: None, raw: str) -> None:
    try:
        article = _timed(parse_html, raw, "p.html")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert article.body.strip()


@PROFILE
@given(st.one_of(st.binary(max_size=2000), PROSE.map(str.encode),
                 st.tuples(PROSE, st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1"]))
                 .map(lambda t: t[0].encode(t[1], "replace"))),
       st.sampled_from([".txt", ".html", ".md", ""]))
def test_any_file_is_read_or_refused_with_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                   data: bytes, suffix: str) -> None:
    path: Path = tmp_path_factory.mktemp("src") / f"source{suffix}"
    path.write_bytes(data)
    try:
        _timed(read_source, str(path))
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))


# -- extract --------------------------------------------------------------------------


@PROFILE
@given(st.one_of(PROSE, ADVERSARIAL, st.text(max_size=2000)))
def test_quote_marks_slice_the_text(text: str) -> None:
    marked = _timed(find_marked, text)
    last_open = -1
    for m in marked:
        assert m.open_at < m.start < m.end <= len(text)
        assert text[m.start:m.end].strip() == text[m.start:m.end]
        if m.close_at is not None:
            assert m.end <= m.close_at
        assert m.open_at > last_open
        last_open = m.open_at


@settings(PROFILE, max_examples=SPACY_EXAMPLES)
@given(st.one_of(PROSE, ADVERSARIAL.map(lambda s: s[:3000])))
def test_extraction_spans_slice_the_body(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    try:
        article = _timed(parse_text, text, "t.txt")
    except InputError:
        return
    ex = _timed(lambda: extract_doc(article, nlp(article.body)))
    _spans_slice_the_body(ex)
