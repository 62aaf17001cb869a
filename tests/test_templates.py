"""Template customisation: list/show/eject/vars, overriding one block, replacing by name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import TemplateError
from briefgen.models import Brief, BriefEvent, BriefItem, BriefQuote, SourceRef
from briefgen.render.html import render_html
from briefgen.render.variables import BRIEF, CONTEXT, FILTERS
from briefgen.resources import data_dir

runner = CliRunner()
BUILTINS = ("policy", "executive", "analyst", "press")


def brief(**kw: object) -> Brief:
    base: dict[str, object] = dict(
        title="Drone incursions", generated=dt.datetime(2025, 3, 14, 9, 0),
        sources=[SourceRef(number=1, source="a.txt", publisher="Ledger", published=dt.date(2025, 3, 4))],
        summary=[BriefItem(text="Summary line.", cites=[1], paragraph=1)],
        facts=[BriefItem(text=f"Fact {i}.", cites=[1], paragraph=i) for i in range(1, 5)],
        quotes=[BriefQuote(text="We will act now.", speaker="Ann Lee", role="minister", cites=[1], paragraph=3)],
        timeline=[BriefEvent(date="2024-02-01", precision="day", label="1 Feb 2024", text="It began.", cites=[1])],
        sections=["summary", "facts", "quotes", "timeline", "sources"],
    )
    base.update(kw)
    return Brief.model_validate(base)


def test_list_shows_builtins_with_descriptions() -> None:
    result = runner.invoke(app, ["templates", "list"])
    assert result.exit_code == 0
    rows = {ln.split()[0]: ln for ln in result.stdout.splitlines()}
    assert set(BUILTINS) <= set(rows)
    for name in BUILTINS:
        assert "built-in" in rows[name]
        assert len(rows[name].split("built-in", 1)[1].strip()) > 30  # a real description


def test_project_template_replaces_builtin_and_list_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefgen.yaml").write_text("organisation:\n  name: Desk\n")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "press.html.j2").write_text(
        '{#- description: Our press note. -#}\n{% extends "builtin/press.html.j2" %}\n'
        '{% block key_lines %}<p class="ours">OUR LINES</p>{% endblock %}\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["templates", "list"])
    row = next(ln for ln in result.stdout.splitlines() if ln.startswith("press"))
    assert "project (replaces built-in)" in row and "Our press note." in row
    html = render_html(brief(sections=["summary", "quotes"]), template="press",
                       template_dirs=[tmp_path / "templates"], embed_fonts=False)
    assert '<p class="ours">OUR LINES</p>' in html
    assert "Quotable quotes" in html  # the rest of the built-in is still there


def test_show_prints_the_source() -> None:
    result = runner.invoke(app, ["templates", "show", "executive"])
    assert result.exit_code == 0
    assert (data_dir("templates") / "executive.html.j2").read_text() in result.stdout
    missing = runner.invoke(app, ["templates", "show", "nope"])
    assert missing.exit_code == 1
    assert "template 'nope' not found; available: analyst, digest, executive, policy, press" in missing.stderr


def test_eject_copies_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = runner.invoke(app, ["templates", "eject", "analyst", str(tmp_path / "t")])
    assert result.exit_code == 0
    copied = tmp_path / "t" / "analyst.html.j2"
    assert copied.read_text() == (data_dir("templates") / "analyst.html.j2").read_text()
    again = runner.invoke(app, ["templates", "eject", "analyst", str(tmp_path / "t")])
    assert again.exit_code == 2 and "already exists" in again.stderr
    # the ejected copy is used, and an edit shows in the brief
    copied.write_text(copied.read_text().replace('"Analyst brief"', '"Desk analysis"'))
    html = render_html(brief(), template="analyst", template_dirs=[tmp_path / "t"], embed_fonts=False)
    assert "Desk analysis" in html


def test_vars_documents_every_brief_field_and_context_name() -> None:
    assert set(BRIEF) == set(Brief.model_fields), "render/variables.py BRIEF must match the Brief model"
    import inspect

    from briefgen.render import html as html_mod

    src = inspect.getsource(html_mod.render_html)
    passed = set(re.findall(r"^\s+(\w+)=", src.split("tpl.render(", 1)[1].split(")\n", 1)[0], re.M))
    assert passed == set(CONTEXT), "render/variables.py CONTEXT must match what render_html passes"
    from briefgen.render.environment import make_environment

    assert set(FILTERS) <= set(make_environment().filters)
    result = runner.invoke(app, ["templates", "vars"])
    assert result.exit_code == 0
    for name in BRIEF:
        assert f"brief.{name}" in result.stdout


def test_documented_fields_render_in_a_custom_template(tmp_path: Path) -> None:
    """Every documented brief field is reachable from a user template."""
    body = "".join(f"[{name}={{{{ brief.{name} is defined }}}}]" for name in BRIEF)
    (tmp_path / "probe.html.j2").write_text(body + "{{ logo is none }}{{ language }}")
    out = render_html(brief(), template="probe", template_dirs=[tmp_path], embed_fonts=False)
    assert out.count("=True]") == len(BRIEF)


def test_undefined_variable_in_block_override_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "executive.html.j2").write_text(
        '{% extends "builtin/executive.html.j2" %}\n{% block facts %}\n\n{{ brief.key_facts }}\n{% endblock %}\n')
    with pytest.raises(TemplateError) as err:
        render_html(brief(), template="executive", template_dirs=[tmp_path], embed_fonts=False)
    assert str(err.value).startswith(f"{tmp_path / 'executive.html.j2'}:4: undefined variable")


def test_brief_cli_template_error_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken template exits 1 with file:line and leaves no output file behind."""
    tdir = tmp_path / "tpl"
    tdir.mkdir()
    (tdir / "policy.html.j2").write_text('{% extends "builtin/policy.html.j2" %}\n{% block summary %}{% if %}{% endblock %}\n')
    article = tmp_path / "a.txt"
    article.write_text("Minister warns of drone threat\n\nThe minister said on Monday that drones crossed the border 40 times.\n")
    out = tmp_path / "out.pdf"
    result = runner.invoke(app, ["brief", str(article), "-o", str(out), "--templates", str(tdir)])
    assert result.exit_code == 1
    assert f"{tdir / 'policy.html.j2'}:2: template syntax error" in result.stderr
    assert list(tmp_path.glob("out*")) == [] and list(tmp_path.glob(".out*")) == []


def test_example_project_is_valid_and_its_override_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.config import load
    from tests.conftest import EXAMPLES

    project = EXAMPLES / "project"
    loaded = load(cwd=project)
    assert loaded.problems == []
    assert loaded.settings is not None and loaded.settings.templates_dir == project / "templates"
    minister = loaded.settings.audiences["minister"]
    assert (minister.template, minister.banner, minister.max_pages) == ("executive", "OFFICIAL - SENSITIVE", 1)
    html = render_html(brief(sections=["summary"]), template="policy",
                       template_dirs=[loaded.settings.templates_dir], embed_fonts=False)
    assert "Summary and recommendation" in html and "Recommendation:" in html


def test_user_config_dir_templates_sit_between_project_and_builtin(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    (user / "templates").mkdir(parents=True)
    monkeypatch.setenv("BRIEFGEN_CONFIG_DIR", str(user))
    (user / "templates" / "press.html.j2").write_text(
        '{#- description: House press note. -#}\n{% extends "builtin/press.html.j2" %}\n'
        '{% block key_lines %}<p>USER LINES</p>{% endblock %}\n')
    (user / "templates" / "memo.html.j2").write_text(
        '{#- description: A new kind of brief. -#}\n{% extends "base.html.j2" %}\n'
        '{% set brief_kind = "Memo" %}{% block content %}<p>MEMO {{ brief.title }}</p>{% endblock %}\n')
    project = tmp_path / "proj"
    (project / "templates").mkdir(parents=True)
    (project / "briefgen.yaml").write_text("")
    monkeypatch.chdir(project)
    rows = {ln.split()[0]: ln for ln in runner.invoke(app, ["templates", "list"]).stdout.splitlines()}
    assert "user (replaces built-in)" in rows["press"] and "House press note." in rows["press"]
    assert rows["memo"].split()[1] == "user"
    html = render_html(brief(sections=["summary"]), template="press", embed_fonts=False)
    assert "USER LINES" in html
    assert "MEMO Drone incursions" in render_html(brief(), template="memo", embed_fonts=False)
    # a project template of the same name wins over the user's
    (project / "templates" / "press.html.j2").write_text(
        '{% extends "builtin/press.html.j2" %}{% block key_lines %}<p>PROJECT LINES</p>{% endblock %}')
    html = render_html(brief(sections=["summary"]), template="press",
                       template_dirs=[project / "templates"], embed_fonts=False)
    assert "PROJECT LINES" in html and "USER LINES" not in html
