"""The notice that a source is in a language briefgen cannot read: printed at the top of
every built-in brief, apart from the summary (which holds only what the articles say).

Real briefs of two invented articles (tests/notice_articles.py): one in German, alone and
beside one in English, read, extracted, composed and rendered to PDF and HTML as
``briefgen brief`` does; checked from the PDF's text and the HTML as a reader sees them.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_settings
from briefgen.models import Brief
from briefgen.pipeline import make_brief
from briefgen.render import check
from briefgen.render.html import render_html, visible_text
from tests.conftest import pdf_text
from tests.notice_articles import ALONE, SECOND, write_articles

pytestmark = pytest.mark.slow
runner = CliRunner()
TEMPLATES = ("policy", "executive", "analyst", "press")
#: the summary section of each template, and its heading as the PDF prints it
SUMMARY = {"policy": ('<section class="summary"', "EXECUTIVE SUMMARY"),
           "executive": ('<section class="bluf"', "BOTTOM LINE"),
           "analyst": ('<section class="numbered summary"', "SUMMARY"),
           "press": ('<section class="key-lines"', "KEY LINES TO TAKE")}


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[str, tuple[Brief, str, str, bytes]]:
    """name -> (brief, PDF text, HTML, PDF): the German article alone (policy), and the
    English and German articles together with every built-in template."""
    folder = tmp_path_factory.mktemp("notices")
    en, de = write_articles(folder / "articles")
    settings = load_settings(cwd=folder)
    out = {}
    jobs = [("alone", [de], "policy"), *((f"mixed-{t}", [en, de], t) for t in TEMPLATES)]
    for name, sources, audience in jobs:
        target = folder / f"{name}.pdf"
        result = make_brief([str(s) for s in sources], settings, audience=audience, output=target,
                            formats="pdf,html")
        out[name] = (result.brief, pdf_text(target)[0],
                     target.with_suffix(".html").read_text(encoding="utf-8"), target.read_bytes())
    return out


def _section(html: str, start: str) -> str:
    at = html.index(start)
    return html[at:html.index("</section>", at)]


def test_a_brief_of_an_unread_source_says_so_and_has_no_summary(briefs) -> None:  # type: ignore[no-untyped-def]
    brief, text, html, _ = briefs["alone"]
    assert brief.notices == [ALONE] and brief.summary == []
    assert text.count(ALONE) == 1
    assert "EXECUTIVE SUMMARY" not in text.upper()  # nothing to sum up: no empty section
    assert ALONE in visible_text(html)
    assert '<section class="summary"' not in html
    # above everything else in the body, the list of sources included
    assert text.index(ALONE) < text.upper().index("SOURCES")


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_prints_the_notice_first_and_never_in_the_summary(briefs, template: str) -> None:  # type: ignore[no-untyped-def]
    brief, text, html, pdf = briefs[f"mixed-{template}"]
    assert brief.notices == [SECOND]
    assert brief.summary and all(SECOND not in i.text for i in brief.summary)
    # the PDF: once, before the summary's heading and so outside the summary
    start, heading = SUMMARY[template]
    assert text.count(SECOND) == 1, template
    assert text.index(SECOND) < text.upper().index(heading), template
    first = " ".join(brief.summary[0].text.split()[:5])
    assert text.upper().index(heading) < text.index(first), template
    # the HTML: in its own note at the top of <main>, not in the summary section
    main = html[html.index("<main>"):]
    assert re.match(r'<main>\s*<aside class="notices" role="note">\s*<p class="notice">', main), template
    assert "briefgen reads English" not in _section(html, start)
    assert visible_text(html).count(SECOND) == 1
    if check.pdftotext():  # and the page reads as designed with the note on it
        assert check.layout_problems(pdf) == []
    assert check.html_problems(html) == []


@pytest.mark.skipif(check.chromium() is None, reason="needs Chromium")
def test_the_notice_keeps_the_type_scale_on_a_phone(briefs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert check.browser_problems(briefs["mixed-policy"][2], 390, tmp_path) == []


def test_the_executive_brief_left_out_line_does_not_count_the_notice(briefs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The one-page brief says what the policy brief has and it has not. The notice is in
    both, so it is not among them: the mixed brief leaves out what the English one alone does."""
    from briefgen.pipeline import compose_sources

    en, _ = write_articles(tmp_path)
    alone, _, _ = compose_sources([str(en)], load_settings(cwd=tmp_path), audience="executive")
    executive = briefs["mixed-executive"][0]
    assert executive.notices == [SECOND] and alone.notices == []
    assert executive.omitted == alone.omitted


def test_save_json_keeps_the_notice_apart_from_the_summary(tmp_path: Path, nlp: object) -> None:
    en, de = write_articles(tmp_path / "articles")
    result = runner.invoke(app, ["brief", str(en), str(de), "-o", str(tmp_path / "b.html"), "--save-json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["notices"] == [SECOND]
    assert data["summary"] and not any("English only" in i["text"] for i in data["summary"])
    # and the brief made from the JSON (briefgen send reads it) is the same brief
    assert Brief.model_validate(data).notices == [SECOND]


def test_a_digest_story_from_an_unread_source_prints_its_notice(tmp_path: Path, nlp: object) -> None:
    en, de = write_articles(tmp_path / "articles")
    out = tmp_path / "digest.pdf"
    result = runner.invoke(app, ["digest", str(en), str(de), "-o", str(out), "--format", "pdf,html"])
    assert result.exit_code == 0, result.stderr
    text, _ = pdf_text(out)
    assert text.count(ALONE) == 1  # in the German story (its only source), once
    assert text.index("Stadtrat beschließt") < text.index(ALONE)
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    stories = re.findall(r'<article class="story" id="story-\d+">.*?</article>', html, re.S)
    german = [s for s in stories if "Stadtrat" in s]
    english = [s for s in stories if "Port Elwyn" in s]
    assert len(german) == 1 and len(english) == 1
    assert ALONE in visible_text(german[0]) and "English only" not in english[0]
    assert visible_text(html).count(ALONE) == 1  # not again at the top of the digest


def test_an_older_user_template_still_renders_and_is_warned_about(
        briefs, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    """A user's template made before ``brief.notices`` renders as before, and briefgen warns
    once that its reader is not told of the unread source. One that extends a built-in
    template prints the notice (it is in base.html.j2) and is not warned about."""
    brief = briefs["mixed-policy"][0]
    (tmp_path / "old.html.j2").write_text(
        "<html><body><h1>{{ brief.title }}</h1><ul>{% for i in brief.summary %}<li>{{ i.text }}</li>"
        "{% endfor %}</ul></body></html>", encoding="utf-8")
    (tmp_path / "mine.html.j2").write_text(
        '{% extends "builtin/policy.html.j2" %}{% block summary %}<p>{{ brief.summary[0].text }}</p>'
        "{% endblock %}", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="briefgen.render.html"):
        old = render_html(brief, "old", template_dirs=[tmp_path], embed_fonts=False)
        render_html(brief, "old", template_dirs=[tmp_path], embed_fonts=False)
    assert brief.summary[0].text.split()[0] in old and SECOND not in old
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1, warned
    assert "old.html.j2" in warned[0] and "brief.notices" in warned[0] and "German" in warned[0]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="briefgen.render.html"):
        mine = render_html(brief, "mine", template_dirs=[tmp_path], embed_fonts=False)
        # a brief with nothing to notice: no warning for the old template either
        render_html(briefs["mixed-policy"][0].model_copy(update={"notices": []}), "old",
                    template_dirs=[tmp_path], embed_fonts=False)
    assert SECOND in visible_text(mine)
    assert caplog.records == []
