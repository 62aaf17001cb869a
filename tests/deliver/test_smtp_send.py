"""send_brief against a real aiosmtpd server on 127.0.0.1 (started by the tests)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefgen.config import Settings
from briefgen.deliver.email import send_brief
from briefgen.deliver.sentlog import SentLog
from briefgen.errors import ConfigError
from briefgen.models import Brief

MakeSettings = Callable[..., Settings]
Parse = Callable[[bytes], EmailMessage]


class Sleeps(list[float]):
    """Records the backoff delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_one_message_per_recipient_with_body_and_pdf(smtp_server: Any, make_settings: MakeSettings,
                                                     brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server()
    report = send_brief(make_settings(port), brief, pdf_bytes, "talks.pdf", ["everyone"])
    assert report.ok and not report.failed
    assert report.delivered == ["Ann Minister <ann@example.org>", "bob@example.org", "carol@example.org"]
    assert [r.rcpt_tos for r in handler.received] == [["ann@example.org"], ["bob@example.org"],
                                                      ["carol@example.org"]]
    for got, to in zip(handler.received, ["Ann Minister <ann@example.org>", "bob@example.org",
                                          "carol@example.org"], strict=True):
        msg = got.message
        assert got.mail_from == "briefs@example.org"
        assert msg["To"] == to  # nobody sees the other recipients
        assert msg["Subject"] == "Border talks stall as ministers meet (26 November 2026)"
        assert "Ministers met on Tuesday & agreed" in msg.get_body(("plain",)).get_content()
        assert "<h1" in msg.get_body(("html",)).get_content()
        [att] = list(msg.iter_attachments())
        assert att.get_content_type() == "application/pdf" and att.get_filename() == "talks.pdf"
        assert "Brief" in PdfReader(io.BytesIO(att.get_content())).pages[0].extract_text()


def test_bcc_mode_sends_one_message_with_hidden_recipients(smtp_server: Any, make_settings: MakeSettings,
                                                           brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server()
    report = send_brief(make_settings(port), brief, pdf_bytes, "talks.pdf", ["ministers", "advisers"], bcc=True)
    assert report.ok and len(report.delivered) == 3
    [got] = handler.received
    assert sorted(got.rcpt_tos) == ["ann@example.org", "bob@example.org", "carol@example.org"]
    headers = "\n".join(f"{k}: {v}" for k, v in got.message.items())
    assert got.message["To"] == "undisclosed-recipients:;"
    assert "ann@example.org" not in headers and "carol@example.org" not in headers


def test_refused_recipient_does_not_stop_the_others(smtp_server: Any, make_settings: MakeSettings,
                                                   brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(refuse={"bob@example.org"})
    sleeps = Sleeps()
    report = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["everyone"], sleep=sleeps)
    assert not report.ok
    assert report.delivered == ["Ann Minister <ann@example.org>", "carol@example.org"]
    assert list(report.failed) == ["bob@example.org"]
    assert report.failed["bob@example.org"].startswith("550 5.1.1")
    assert sleeps == []  # a permanent refusal is not retried
    assert [r.rcpt_tos for r in handler.received] == [["ann@example.org"], ["carol@example.org"]]


def test_refused_recipient_in_bcc_mode(smtp_server: Any, make_settings: MakeSettings,
                                       brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(refuse={"bob@example.org"})
    report = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["everyone"], bcc=True)
    assert list(report.failed) == ["bob@example.org"]
    assert report.delivered == ["Ann Minister <ann@example.org>", "carol@example.org"]
    [got] = handler.received
    assert sorted(got.rcpt_tos) == ["ann@example.org", "carol@example.org"]


def test_transient_4xx_is_retried_with_backoff(smtp_server: Any, make_settings: MakeSettings,
                                               brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(greylist_once={"carol@example.org"})
    sleeps = Sleeps()
    settings = make_settings(port, smtp={"backoff": 0.5, "retries": 3})
    report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["advisers"], sleep=sleeps)
    assert report.ok and report.delivered == ["carol@example.org"]
    assert handler.events == ["451 carol@example.org"]
    assert sleeps == [0.5]
    assert len(handler.received) == 1


def test_persistent_4xx_gives_up_for_that_recipient_only(smtp_server: Any, make_settings: MakeSettings,
                                                         brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(tempfail={"ann@example.org"})
    sleeps = Sleeps()
    settings = make_settings(port, smtp={"backoff": 1.0, "retries": 2})
    report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["everyone"], sleep=sleeps)
    assert report.failed == {"Ann Minister <ann@example.org>": "452 4.2.2 mailbox full (gave up after 3 attempts)"}
    assert report.delivered == ["bob@example.org", "carol@example.org"]
    assert handler.events == ["452 ann@example.org"] * 3
    assert sleeps == [1.0, 2.0]  # exponential backoff


def test_dropped_connection_is_retried(smtp_server: Any, make_settings: MakeSettings,
                                       brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(drop_data_once=True)
    sleeps = Sleeps()
    report = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["ministers"], sleep=sleeps)
    assert report.ok, report.failed
    assert "drop" in handler.events
    assert [r.rcpt_tos for r in handler.received] == [["ann@example.org"], ["bob@example.org"]]
    assert len(sleeps) == 1


def test_unreachable_server_fails_everyone_quickly(make_settings: MakeSettings, brief: Brief,
                                                   pdf_bytes: bytes, closed_port: int) -> None:
    sleeps = Sleeps()
    report = send_brief(make_settings(closed_port), brief, pdf_bytes, "t.pdf", ["everyone"], sleep=sleeps)
    assert report.delivered == []
    assert set(report.failed) == {"Ann Minister <ann@example.org>", "bob@example.org", "carol@example.org"}
    assert all("cannot connect to 127.0.0.1" in r and "gave up after 3 attempts" in r
               for r in report.failed.values())
    assert sleeps == [0.0, 0.0]  # retried for the first message only, then gave up on all


# --- TLS and AUTH -------------------------------------------------------------------------


def test_starttls_self_signed_fails_verification_by_default(smtp_server: Any, certs: Any,
                                                            make_settings: MakeSettings, brief: Brief,
                                                            pdf_bytes: bytes) -> None:
    handler, port = smtp_server(starttls=certs)
    report = send_brief(make_settings(port, smtp={"security": "starttls"}), brief, pdf_bytes, "t.pdf",
                        ["ministers"])
    assert report.delivered == [] and len(report.failed) == 2
    assert all("cannot verify the TLS certificate of 127.0.0.1" in r for r in report.failed.values())
    assert handler.received == []


def test_starttls_insecure_opt_out_sends_and_warns(smtp_server: Any, certs: Any, make_settings: MakeSettings,
                                                   brief: Brief, pdf_bytes: bytes,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    handler, port = smtp_server(starttls=certs)
    with caplog.at_level(logging.WARNING, logger="briefgen"):
        report = send_brief(make_settings(port, smtp={"security": "starttls"}), brief, pdf_bytes, "t.pdf",
                            ["ministers"], insecure=True)
    assert report.ok and len(handler.received) == 2
    assert all(r.tls for r in handler.received)
    assert "verification is OFF" in caplog.text


def test_starttls_with_configured_ca_file_verifies(smtp_server: Any, certs: Any, make_settings: MakeSettings,
                                                   brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(starttls=certs)
    settings = make_settings(port, smtp={"security": "starttls", "ca_file": str(certs.cert)})
    report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["advisers"])
    assert report.ok and handler.received[0].tls


def test_implicit_tls(smtp_server: Any, certs: Any, make_settings: MakeSettings, brief: Brief,
                      pdf_bytes: bytes) -> None:
    handler, port = smtp_server(implicit_tls=certs)
    settings = make_settings(port, smtp={"security": "ssl", "ca_file": str(certs.cert)})
    assert send_brief(settings, brief, pdf_bytes, "t.pdf", ["advisers"]).ok
    assert handler.received[0].tls


def test_auth_over_starttls_with_password_from_env(smtp_server: Any, certs: Any, make_settings: MakeSettings,
                                                   brief: Brief, pdf_bytes: bytes,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    handler, port = smtp_server(starttls=certs, users={"desk": "s3cret-Pa55"})
    monkeypatch.setenv("DESK_SMTP_PW", "s3cret-Pa55")
    settings = make_settings(port, smtp={"security": "starttls", "ca_file": str(certs.cert),
                                         "username": "desk", "password_env": "DESK_SMTP_PW"})
    report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"])
    assert report.ok
    assert [r.auth for r in handler.received] == ["desk", "desk"]
    assert handler.events.count("auth PLAIN ok") + handler.events.count("auth LOGIN ok") == 1  # one session


def test_wrong_password_fails_without_revealing_it(smtp_server: Any, certs: Any, make_settings: MakeSettings,
                                                   brief: Brief, pdf_bytes: bytes, tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    handler, port = smtp_server(starttls=certs, users={"desk": "right-password"})
    pw = tmp_path / "pw"
    pw.write_text("Wr0ng-Secret-Value\n", encoding="utf-8")
    settings = make_settings(port, smtp={"security": "starttls", "ca_file": str(certs.cert),
                                         "username": "desk", "password_file": str(pw)})
    with caplog.at_level(logging.DEBUG):
        report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"])
    assert report.delivered == [] and handler.received == []
    assert all("refused the login for 'desk'" in r for r in report.failed.values())
    assert "Wr0ng-Secret-Value" not in repr(report) + caplog.text


def test_missing_password_is_a_config_error(smtp_server: Any, make_settings: MakeSettings, brief: Brief,
                                            pdf_bytes: bytes) -> None:
    _, port = smtp_server()
    settings = make_settings(port, smtp={"security": "starttls", "username": "desk",
                                         "password_env": "NOT_SET_ANYWHERE_PW"})
    with pytest.raises(ConfigError, match=r"set the environment variable NOT_SET_ANYWHERE_PW"):
        send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"])


def test_password_is_never_sent_in_plain_text(smtp_server: Any, make_settings: MakeSettings, brief: Brief,
                                              pdf_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    handler, port = smtp_server()
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "pw")
    settings = make_settings(port, smtp={"security": "none", "username": "desk"})
    with pytest.raises(ConfigError, match=r"refusing to send the SMTP password without TLS"):
        send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"])
    assert handler.events == [] and handler.received == []


# --- dry run, test recipient, sent log ------------------------------------------------


def test_dry_run_writes_eml_files_and_sends_nothing(smtp_server: Any, make_settings: MakeSettings,
                                                    parse: Parse, brief: Brief, pdf_bytes: bytes,
                                                    tmp_path: Path) -> None:
    handler, port = smtp_server()
    out = tmp_path / "outbox"
    report = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["everyone"], dry_run_dir=out)
    assert handler.received == []
    assert report.dry_run and len(report.files) == 3
    assert sorted(p.name for p in out.iterdir()) == ["001-ann@example.org.eml", "002-bob@example.org.eml",
                                                     "003-carol@example.org.eml"]
    msg = parse((out / "002-bob@example.org.eml").read_bytes())
    assert msg["To"] == "bob@example.org"
    assert msg["X-Briefgen-Envelope-To"] == "bob@example.org"
    assert next(msg.iter_attachments()).get_content() == pdf_bytes
    # A dry run records nothing: the real send afterwards still goes out.
    assert send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["everyone"]).ok
    assert len(handler.received) == 3


def test_sent_log_blocks_a_resend_unless_asked(smtp_server: Any, make_settings: MakeSettings, brief: Brief,
                                               pdf_bytes: bytes, tmp_path: Path) -> None:
    handler, port = smtp_server()
    settings = make_settings(port)
    first = send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"])
    assert first.delivered == ["Ann Minister <ann@example.org>", "bob@example.org"]
    assert (tmp_path / "data" / "sent.jsonl").is_file()

    second = send_brief(settings, brief, pdf_bytes, "t.pdf", ["everyone"])
    assert second.skipped == ["Ann Minister <ann@example.org>", "bob@example.org"]
    assert second.delivered == ["carol@example.org"]
    assert len(handler.received) == 3

    third = send_brief(settings, brief, pdf_bytes, "t.pdf", ["ministers"], resend=True)
    assert third.delivered == ["Ann Minister <ann@example.org>", "bob@example.org"] and not third.skipped
    assert len(handler.received) == 5

    # The same brief rendered again (new time stamp, new bytes) is still the same brief ...
    regenerated = brief.model_copy(update={"generated": brief.generated.replace(year=2030)})
    again = send_brief(settings, regenerated, pdf_bytes + b"\n% v2\n", "t.pdf", ["ministers"])
    assert not again.delivered and len(again.skipped) == 2
    # ... but a brief that says something else is a different brief.
    revised = brief.model_copy(update={"title": brief.title + " (revised)"})
    fourth = send_brief(settings, revised, pdf_bytes, "t.pdf", ["ministers"])
    assert len(fourth.delivered) == 2


def test_failed_recipients_are_not_logged_as_sent(smtp_server: Any, make_settings: MakeSettings,
                                                  brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server(refuse={"bob@example.org"})
    send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["ministers"])
    handler.refuse.clear()
    again = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["ministers"])
    assert again.skipped == ["Ann Minister <ann@example.org>"] and again.delivered == ["bob@example.org"]


def test_test_recipient_gets_every_message_and_nothing_is_logged(smtp_server: Any, make_settings: MakeSettings,
                                                                 brief: Brief, pdf_bytes: bytes) -> None:
    handler, port = smtp_server()
    report = send_brief(make_settings(port), brief, pdf_bytes, "t.pdf", ["everyone"],
                        test_recipient="tester@example.org")
    assert report.ok and report.test_recipient == "tester@example.org"
    assert [r.rcpt_tos for r in handler.received] == [["tester@example.org"]] * 3
    assert [r.message["X-Briefgen-Intended-Recipient"] for r in handler.received] == [
        "Ann Minister <ann@example.org>", "bob@example.org", "carol@example.org"]
    assert not SentLog.default().path.exists()
