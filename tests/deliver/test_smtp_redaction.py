"""A misbehaving SMTP server that echoes the password back: briefgen never prints it."""

from __future__ import annotations

import base64
import logging
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from briefgen.deliver.email import send_brief
from tests.deliver.conftest import Certs, free_port

PASSWORD = "S3cret-Horse-Battery"
FORMS = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
         base64.b64encode(f"\0desk\0{PASSWORD}".encode()).decode()]


class EchoHandler:
    """Refuses recipients with a reply that quotes the password, plain and base64."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        return f"550 5.7.1 {address} refused for {FORMS[0]} / {FORMS[1]} / {FORMS[2]}"


@pytest.fixture()
def echo_server(certs: Certs) -> Any:
    controllers: list[Controller] = []

    def start(accept: bool) -> int:
        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                          auth_data: Any) -> AuthResult:
            if accept and isinstance(auth_data, LoginPassword):
                return AuthResult(success=True, auth_data="desk")
            got = auth_data.password.decode() if isinstance(auth_data, LoginPassword) else "?"
            return AuthResult(success=False, handled=False,
                              message=f"535 5.7.8 bad password {got} ({base64.b64encode(got.encode()).decode()})")

        port = free_port()
        c = Controller(EchoHandler(), hostname="127.0.0.1", port=port, server_hostname="test.local",
                       ready_timeout=10, tls_context=certs.server_context(),
                       authenticator=authenticator, auth_require_tls=True)
        c.start()
        controllers.append(c)
        return port

    yield start
    for c in controllers:
        c.stop()


@pytest.mark.parametrize("accept_login", [False, True])
def test_password_echoed_by_the_server_is_redacted(accept_login: bool, echo_server: Any, certs: Certs, make_settings: Any,
                                                    brief: Any, pdf_bytes: bytes,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    port = echo_server(accept_login)
    monkeypatch.setenv("DESK_PW", PASSWORD)
    settings = make_settings(port, smtp={"security": "starttls", "ca_file": str(certs.cert),
                                         "username": "desk", "password_env": "DESK_PW",
                                         "retries": 0})
    with caplog.at_level(logging.DEBUG):
        report = send_brief(settings, brief, pdf_bytes, "t.pdf", ["advisers"])
    assert report.delivered == []
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("briefgen"))
    shown = repr(report) + ours + " ".join(str(v) for v in report.failed.values())
    assert "***" in shown  # the reply is shown, with the password taken out
    for form in FORMS:
        assert form not in shown
