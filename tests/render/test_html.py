"""Rendering: article text is escaped; template errors name the file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.models import Brief, BriefItem, BriefQuote, SourceRef
from briefgen.render.html import render_html

EVIL = '<script>alert(1)</script><img src="file:///etc/passwd"> & "quotes"'


def make_brief(**kw: object) -> Brief:
    base: dict[str, object] = dict(
        title="Test brief " + EVIL,
        generated=dt.datetime(2025, 3, 14, 9, 0),
        sources=[SourceRef(number=1, source="a.txt", title="A", publisher="Pub", published=dt.date(2025, 3, 4))],
        summary=[BriefItem(text="Summary " + EVIL, cites=[1])],
        facts=[BriefItem(text="Fact one.", cites=[1])],
        quotes=[BriefQuote(text="We said " + EVIL, speaker="Ann Lee", role="minister", cites=[1])],
        sections=["summary", "facts", "quotes", "sources"],
    )
    base.update(kw)
    return Brief.model_validate(base)


def test_article_text_is_escaped() -> None:
    html = render_html(make_brief(), embed_fonts=False)
    assert "<script>" not in html and '<img src="file:///etc/passwd">' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; &#34;quotes&#34;" in html


def test_sections_follow_the_audience_order() -> None:
    html = render_html(make_brief(sections=["quotes", "summary"]), embed_fonts=False)
    assert html.index("Expert quotes") < html.index("Executive summary")
    assert "Key facts" not in html and 'id="sources"' not in html


def test_quote_shows_speaker_and_role() -> None:
    html = render_html(make_brief(), embed_fonts=False)
    assert '<span class="speaker">Ann Lee</span><span class="role">, minister</span>' in html


def test_low_confidence_attribution_is_marked() -> None:
    q = BriefQuote(text="Maybe", speaker="Bob", confidence=0.3, cites=[1])
    html = render_html(make_brief(quotes=[q]), embed_fonts=False)
    assert "attribution uncertain" in html


def test_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "policy.html.j2").write_text(
        '{% extends "builtin/policy.html.j2" %}\n{% block facts %}\n{{ brief.nope }}\n{% endblock %}\n')
    with pytest.raises(TemplateError) as err:
        render_html(make_brief(), template_dirs=[tmp_path], embed_fonts=False)
    assert str(err.value).startswith(f"{tmp_path / 'policy.html.j2'}:3: undefined variable")


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "policy.html.j2").write_text("<h1>{{ brief.title }</h1>\n")
    with pytest.raises(TemplateError) as err:
        render_html(make_brief(), template_dirs=[tmp_path], embed_fonts=False)
    assert str(err.value) == f"{tmp_path / 'policy.html.j2'}:1: template syntax error: unexpected '}}'"


def test_unknown_template() -> None:
    with pytest.raises(TemplateError, match=r"template 'nope\.html\.j2' not found"):
        render_html(make_brief(), template="nope", embed_fonts=False)


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    (tmp_path / "policy.html.j2").write_text("{{ brief.__class__.__mro__ }}")
    with pytest.raises(TemplateError):
        render_html(make_brief(), template_dirs=[tmp_path], embed_fonts=False)


def test_logo_is_inlined_as_data_uri(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    html = render_html(make_brief(organisation="Dept"), logo=logo, embed_fonts=False)
    assert '<img class="logo" src="data:image/svg+xml;base64,' in html
    assert str(tmp_path) not in html


def test_logo_config_is_relative_to_the_config_file(tmp_path: Path) -> None:
    from briefgen.config import load

    (tmp_path / "briefgen.yaml").write_text("organisation:\n  logo: art/logo.png\n")
    problems = load(cwd=tmp_path).problems
    assert problems == [f"{tmp_path / 'briefgen.yaml'}:2: organisation.logo: file {tmp_path / 'art' / 'logo.png'} not found"]


def test_language_and_page_size_reach_the_document() -> None:
    html = render_html(make_brief(), page_size="Letter", language="de", embed_fonts=False)
    assert '<html lang="de"' in html and "@page { size: Letter; }" in html


def test_extra_css_comes_after_the_stylesheet() -> None:
    html = render_html(make_brief(), extra_css=".summary { color: red; }", embed_fonts=False)
    assert html.index(".summary { color: red; }") > html.index(".summary {")


def test_executive_source_line_reads_as_one_sentence() -> None:
    """A quoted headline keeps its own quotes single inside the brief's, and a URL cut with
    '…' is not followed by a second full stop."""
    import re

    url = "https://example.org/sport/2025/03/04/coach-we-needed-to-win-this-game-after-a-long-season/"
    brief = make_brief(template="executive", sources=[SourceRef(
        number=1, source=url, url=url, title="Coach: “We needed to win this game”", publisher="Pub")])
    html = render_html(brief, embed_fonts=False)
    line = re.sub(r"<[^>]+>", "", html.split('class="sources-line"', 1)[1].split("</p>", 1)[0])
    assert "Pub, “Coach: ‘We needed to win this game’”" in line
    assert "…" in line and "…." not in line and line.rstrip().endswith("…")


def test_visible_text_is_the_words_of_the_body_without_hidden_elements() -> None:
    from briefgen.render.html import visible_text

    page = ("<head><style>p{}</style></head><body><title>T</title><p>One &amp; two</p>"
            "<svg viewBox='0 0 1 1'><text>icon</text></SVG ><p>three</p><script>x()</script> four")
    assert visible_text(page) == "One & two three four"
    # an element left open hides nothing after it
    assert visible_text("<body>" + "<svg " * 2000 + "<p>eight</p>").endswith("eight")
