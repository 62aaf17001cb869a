"""`config check` resolves what the schema cannot see; `brief` fails on it before any work."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


@pytest.mark.parametrize(("yaml", "message"), [
    ("audiences:\n  policy:\n    template: nosuch\n",
     "briefgen.yaml:3: audiences.policy.template: template 'nosuch' not found"),
    ("email:\n  groups:\n    a: [b]\n    b: [a]\n",
     "email.groups: groups include each other in a cycle"),
    ("email:\n  groups:\n    a: [nobody]\n",
     "unknown email group 'nobody'"),
    ("audiences:\n  policy:\n    email_groups: [ghosts]\n",
     "audiences.policy.email_groups: unknown email group 'ghosts'"),
    ("organisation:\n  logo: logo.png\n",
     "organisation.logo: "),
])
def test_config_check_finds_broken_references(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              yaml: str, message: str) -> None:
    (tmp_path / "briefgen.yaml").write_text(yaml)
    (tmp_path / "logo.png").write_text("not a picture\n" * 100)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["config", "check"])
    assert result.exit_code == 1
    assert message in result.stderr
    assert all(len(line) < 400 for line in result.stderr.splitlines())  # no base64 dump


def test_brief_with_a_missing_template_fails_before_loading_the_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefgen.yaml").write_text("audiences:\n  policy:\n    template: nosuch\n")
    monkeypatch.chdir(tmp_path)
    from briefgen.extract import nlp

    calls = nlp.load.cache_info()
    result = runner.invoke(app, ["brief", str(EXAMPLES / "baltic-air-defence.txt"), "-o", "b.pdf"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("briefgen: error: audiences.policy.template: template 'nosuch' "
                                     "not found; run 'briefgen templates list' to see the available ones")
    after = nlp.load.cache_info()
    assert after.hits + after.misses == calls.hits + calls.misses  # the model was never asked for
    assert list(tmp_path.iterdir()) == [tmp_path / "briefgen.yaml"]
