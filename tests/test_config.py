"""Configuration: layering, provenance and errors that name file, line, key and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load, load_settings, provenance
from briefgen.errors import ConfigError

runner = CliRunner()


def write(folder: Path, text: str, name: str = "briefgen.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_audiences() -> None:
    settings = load_settings()
    assert set(settings.audiences) >= {"policy", "executive", "analyst", "press"}
    assert settings.audiences["executive"].max_pages == 1
    assert settings.audiences["executive"].max_quotes <= 2


def test_schema_error_names_file_line_key_and_limit(tmp_path: Path) -> None:
    write(tmp_path, "defaults:\n  page_size: A4\naudiences:\n  executive:\n    max_facts: 0\n")
    with pytest.raises(ConfigError) as err:
        load_settings(cwd=tmp_path)
    assert str(err.value) == f"{tmp_path / 'briefgen.yaml'}:5: audiences.executive.max_facts: must be >= 1"


def test_unknown_key_lists_allowed_keys(tmp_path: Path) -> None:
    write(tmp_path, "organisation:\n  name: X\n  colour: red\n")
    problems = load(cwd=tmp_path).problems
    assert problems == [f"{tmp_path / 'briefgen.yaml'}:3: organisation.colour: unknown key; allowed: name, logo, colours"]


def test_every_problem_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "defaults:\n  page_size: A5\noutput:\n  formats: [pdf, docx]\n"
                    "organisation:\n  colours:\n    primary: blue\n")
    problems = load(cwd=tmp_path).problems
    assert len(problems) == 3
    text = "\n".join(problems)
    assert ":2: defaults.page_size: must be one of 'A4' or 'Letter'" in text
    assert ":4: output.formats.1: must be one of 'pdf' or 'html'" in text
    assert ":7: organisation.colours.primary: must be a hex colour" in text


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    write(tmp_path, "defaults:\n  audience: [policy\n")
    with pytest.raises(ConfigError, match=r"briefgen.yaml:\d+: invalid YAML"):
        load_settings(cwd=tmp_path)


def test_layers_and_provenance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    user.mkdir()
    monkeypatch.setenv("BRIEFGEN_CONFIG_DIR", str(user))
    write(user, "defaults:\n  page_size: Letter\n  language: fr\n", "config.yaml")
    project = tmp_path / "proj"
    project.mkdir()
    write(project, "defaults:\n  language: de\n")
    extra = write(tmp_path, "organisation:\n  name: Override Ltd\n", "extra.yaml")
    loaded = load(extra, overrides={"defaults": {"audience": "press"}}, cwd=project)
    assert loaded.problems == []
    s = loaded.settings
    assert s is not None
    assert (s.defaults.page_size, s.defaults.language, s.organisation.name, s.defaults.audience) == \
        ("Letter", "de", "Override Ltd", "press")
    where = {k: w for k, _, w in provenance(loaded)}
    assert where["defaults.page_size"].startswith("user (")
    assert where["defaults.language"].startswith("project (")
    assert where["organisation.name"].startswith("--config (")
    assert where["defaults.audience"] == "flag"
    assert where["nlp.model"] == "built-in"


def test_audience_extends_and_relative_css(tmp_path: Path) -> None:
    write(tmp_path, "audiences:\n  minister:\n    extends: executive\n    banner: OFFICIAL\n"
                    "    extra_css: style/m.css\n")
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "m.css").write_text(".bluf { color: red; }")
    s = load_settings(cwd=tmp_path)
    m = s.audiences["minister"]
    assert (m.template, m.max_pages, m.banner) == ("executive", 1, "OFFICIAL")
    assert m.extra_css == str(tmp_path / "style" / "m.css")


def test_missing_css_file_and_bad_extends(tmp_path: Path) -> None:
    write(tmp_path, "audiences:\n  a:\n    extra_css: nope.css\n  b:\n    extends: nobody\n")
    problems = load(cwd=tmp_path).problems
    assert any(":5: audiences.b.extends: unknown audience 'nobody'" in p for p in problems)
    assert any(":3: audiences.a.extra_css: file" in p and "not found" in p for p in problems)


def test_init_writes_a_valid_starter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "proj"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "templates").is_dir()
    text = (target / "briefgen.yaml").read_text()
    assert text.count("#") > 20  # commented
    assert load(cwd=target).problems == []
    again = runner.invoke(app, ["init", str(target)])
    assert again.exit_code != 0
    assert again.stderr.strip() == f"briefgen: error: {target / 'briefgen.yaml'}: already exists; edit it, or choose another folder"


def test_config_check_and_show_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "audiences:\n  executive:\n    max_facts: 0\n")
    bad = runner.invoke(app, ["config", "check"])
    assert bad.exit_code == 1
    assert "briefgen.yaml:3: audiences.executive.max_facts: must be >= 1" in bad.stderr
    write(tmp_path, "audiences:\n  executive:\n    max_facts: 4\n")
    good = runner.invoke(app, ["config", "check"])
    assert good.exit_code == 0 and good.stdout.startswith("ok:")
    shown = runner.invoke(app, ["config", "show", "audiences.executive"])
    assert shown.exit_code == 0
    lines = {ln.split("=")[0].strip(): ln for ln in shown.stdout.splitlines() if "=" in ln}
    assert "4" in lines["audiences.executive.max_facts"] and "# project (" in lines["audiences.executive.max_facts"]
    assert "# built-in" in lines["audiences.executive.template"]


def test_audience_without_template_uses_defaults_template(tmp_path: Path) -> None:
    write(tmp_path, "defaults:\n  template: press\naudiences:\n  comms:\n    max_quotes: 3\n")
    s = load_settings(cwd=tmp_path)
    assert s.audiences["comms"].template == "press"
    assert s.audiences["executive"].template == "executive"  # built-ins name their own
