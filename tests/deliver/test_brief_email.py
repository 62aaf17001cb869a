"""`briefgen brief --email`: the brief is written first, then mailed to the audience's groups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def _project(folder: Path, port: int) -> Path:
    cfg = folder / "briefgen.yaml"
    cfg.write_text(
        "email:\n"
        '  from: "Brief Desk <desk@example.org>"\n'
        f"  smtp: {{host: 127.0.0.1, port: {port}, security: none, backoff: 0.01, timeout: 5}}\n"
        "  groups:\n"
        "    ministers: [ann@example.org, bob@example.org]\n"
        "audiences:\n"
        "  policy:\n"
        "    email_groups: [ministers]\n",
        encoding="utf-8")
    return cfg


def test_email_alone_reaches_the_audience_groups(tmp_path: Path, smtp_server: Callable, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[type-arg]
    handler, port = smtp_server()
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, port)
    out = tmp_path / "b.pdf"
    result = runner.invoke(app, ["brief", str(EXAMPLES / "baltic-follow-up.txt"), "-o", str(out), "--email"])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    got = sorted(r.rcpt_tos[0] for r in handler.received)
    assert got == ["ann@example.org", "bob@example.org"]
    msg = handler.received[0].message
    assert msg["Subject"].startswith("Nato ministers back study of Baltic air shield")
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == out.read_bytes()
    assert "sent to 2 recipient(s)" in result.stdout


def test_unknown_group_fails_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, 25)
    out = tmp_path / "b.pdf"
    result = runner.invoke(app, ["brief", str(EXAMPLES / "baltic-follow-up.txt"), "-o", str(out), "--email", "nobody"])
    assert result.exit_code == 1
    assert "unknown email group 'nobody'" in result.stderr
    assert not out.exists()


def test_failed_delivery_keeps_the_brief(tmp_path: Path, closed_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, closed_port)
    out = tmp_path / "b.pdf"
    result = runner.invoke(app, ["brief", str(EXAMPLES / "baltic-follow-up.txt"), "-o", str(out),
                                 "--email", "ministers"])
    assert result.exit_code == 1
    assert out.is_file()  # the brief is never lost
    assert "NOT sent to 2 recipient(s)" in result.stdout


def test_same_brief_is_not_sent_twice(tmp_path: Path, smtp_server: Callable, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[type-arg]
    handler, port = smtp_server()
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, port)
    args = ["brief", str(EXAMPLES / "baltic-follow-up.txt"), "-o", str(tmp_path / "b.pdf"), "--email", "ann@example.org"]
    assert runner.invoke(app, args).exit_code == 0
    again = runner.invoke(app, args)  # a new run: new PDF bytes (new time stamp), same brief
    assert again.exit_code == 0
    assert "skipped 1" in again.stdout
    assert len(handler.received) == 1
    assert runner.invoke(app, [*args, "--resend"]).exit_code == 0
    assert len(handler.received) == 2
