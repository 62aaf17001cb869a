"""``briefgen send`` end to end, against a local aiosmtpd server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.cli.send import load_brief_for
from briefgen.models import Brief

runner = CliRunner()
Parse = Callable[[bytes], EmailMessage]


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as cwd (no briefgen.yaml above it)."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def write_config(folder: Path, port: int) -> Path:
    path = folder / "mail.yaml"
    path.write_text(yaml.safe_dump({
        "email": {
            "from": "briefs@example.org",
            "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "retries": 1, "backoff": 0},
            "groups": {"team": ["ann@example.org", "bob@example.org"]},
        }
    }), encoding="utf-8")
    return path


def test_send_with_sidecar_json_and_summary(smtp_server: Any, workdir: Path, brief: Brief,
                                            pdf_bytes: bytes) -> None:
    handler, port = smtp_server()
    cfg = write_config(workdir, port)
    pdf = workdir / "2026-11-26-border-talks.pdf"
    pdf.write_bytes(pdf_bytes)
    pdf.with_suffix(".json").write_text(brief.model_dump_json(), encoding="utf-8")

    result = runner.invoke(app, ["send", str(pdf), "--to", "team", "--to", "carol@example.org",
                                 "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "sent to 3 recipient(s):" in result.stdout
    assert "  carol@example.org" in result.stdout
    assert [r.rcpt_tos for r in handler.received] == [["ann@example.org"], ["bob@example.org"],
                                                      ["carol@example.org"]]
    msg = handler.received[0].message
    assert msg["Subject"] == "Border talks stall as ministers meet (26 November 2026)"
    assert next(msg.iter_attachments()).get_filename() == "2026-11-26-border-talks.pdf"

    again = runner.invoke(app, ["send", str(pdf), "--to", "team", "--config", str(cfg)])
    assert again.exit_code == 0
    assert "skipped 2 (already sent this brief; --resend to send again):" in again.stdout
    assert len(handler.received) == 3


def test_send_exits_1_and_names_who_did_not_get_it(smtp_server: Any, workdir: Path,
                                                   pdf_bytes: bytes) -> None:
    handler, port = smtp_server(refuse={"bob@example.org"})
    cfg = write_config(workdir, port)
    pdf = workdir / "brief.pdf"
    pdf.write_bytes(pdf_bytes)
    result = runner.invoke(app, ["send", str(pdf), "--to", "team", "--config", str(cfg)])
    assert result.exit_code == 1
    assert "sent to 1 recipient(s):\n  ann@example.org" in result.stdout
    assert "NOT sent to 1 recipient(s):\n  bob@example.org: 550 5.1.1" in result.stdout
    assert [r.rcpt_tos for r in handler.received] == [["ann@example.org"]]


def test_dry_run_cli_writes_eml_without_a_server(workdir: Path, pdf_bytes: bytes, closed_port: int,
                                                 parse: Parse) -> None:
    cfg = write_config(workdir, closed_port)
    pdf = workdir / "brief.pdf"
    pdf.write_bytes(pdf_bytes)
    result = runner.invoke(app, ["send", str(pdf), "--to", "team,carol@example.org", "--bcc",
                                 "--dry-run", "outbox", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "dry run: would send to 3 recipient(s)" in result.stdout
    [eml] = list((workdir / "outbox").iterdir())
    msg = parse(eml.read_bytes())
    assert msg["X-Briefgen-Envelope-To"] == "ann@example.org, bob@example.org, carol@example.org"
    assert msg["Subject"].startswith("Brief (")  # no sidecar: the title comes from the file name


def test_errors_are_one_line(workdir: Path, pdf_bytes: bytes, closed_port: int) -> None:
    cfg = write_config(workdir, closed_port)
    missing = runner.invoke(app, ["send", "nope.pdf", "--to", "team", "--config", str(cfg)])
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "briefgen: error: nope.pdf: file not found; give the path of a brief PDF"

    pdf = workdir / "b.pdf"
    pdf.write_bytes(pdf_bytes)
    unknown = runner.invoke(app, ["send", str(pdf), "--to", "boards", "--config", str(cfg)])
    assert unknown.exit_code == 1
    assert unknown.stderr.count("\n") == 1 and "unknown email group 'boards'" in unknown.stderr

    notpdf = workdir / "notes.pdf"
    notpdf.write_text("hello", encoding="utf-8")
    bad = runner.invoke(app, ["send", str(notpdf), "--to", "team", "--config", str(cfg)])
    assert bad.exit_code == 1 and "not a PDF file" in bad.stderr


def test_brief_from_file_name_when_no_sidecar(tmp_path: Path, pdf_bytes: bytes) -> None:
    pdf = tmp_path / "2026-11-26-border_talks-stall.pdf"
    pdf.write_bytes(pdf_bytes)
    b = load_brief_for(pdf)
    assert b.title == "Border talks stall"
    assert abs(b.generated - dt.datetime.now().astimezone()) < dt.timedelta(minutes=5)


def test_bad_sidecar_is_an_input_error(smtp_server: Any, workdir: Path, pdf_bytes: bytes) -> None:
    _, port = smtp_server()
    cfg = write_config(workdir, port)
    pdf = workdir / "b.pdf"
    pdf.write_bytes(pdf_bytes)
    (workdir / "b.json").write_text('{"title": "x"}', encoding="utf-8")
    result = runner.invoke(app, ["send", str(pdf), "--to", "team", "--config", str(cfg)])
    assert result.exit_code == 1
    assert "b.json: not a saved brief" in result.stderr


def test_send_has_help() -> None:
    result = runner.invoke(app, ["send", "--help"])
    assert result.exit_code == 0
    for option in ("--to", "--bcc", "--dry-run", "--test-recipient", "--resend", "--insecure", "--config"):
        assert option in result.stdout


def test_test_recipient_summary_says_where_mail_went(smtp_server: Any, workdir: Path,
                                                     pdf_bytes: bytes) -> None:
    handler, port = smtp_server()
    cfg = write_config(workdir, port)
    pdf = workdir / "b.pdf"
    pdf.write_bytes(pdf_bytes)
    result = runner.invoke(app, ["send", str(pdf), "--to", "team", "--test-recipient", "me@example.org",
                                 "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "test mode: sent to me@example.org the messages meant for 2 recipient(s):" in result.stdout
    assert [r.rcpt_tos for r in handler.received] == [["me@example.org"], ["me@example.org"]]
