"""Fixtures for the email tests: a real aiosmtpd server on 127.0.0.1, a self-signed
certificate, a real PDF, and a brief. Nothing here touches the network."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from briefgen.config import Settings
from briefgen.models import Brief, BriefItem, BriefQuote, SourceRef


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the sent log and user config out of the real home folder."""
    monkeypatch.setenv("BRIEFGEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFGEN_CONFIG_DIR", str(tmp_path / "userconfig"))
    monkeypatch.delenv("BRIEFGEN_SMTP_PASSWORD", raising=False)


@pytest.fixture(scope="session")
def pdf_bytes() -> bytes:
    """A small real PDF (WeasyPrint), as the brief command would produce."""
    import weasyprint

    return weasyprint.HTML(string="<h1>Brief</h1><p>Border talks stall.</p>").write_pdf()


@pytest.fixture()
def brief() -> Brief:
    """A brief with every section the email shows, and some hostile article text."""
    return Brief(
        title="Border talks stall as ministers meet",
        generated=dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC),
        audience="policy",
        sources=[
            SourceRef(number=1, source="talks.txt", title="Talks stall", publisher="Daily Times",
                      url="https://news.example.org/talks?id=1&v=2", published=dt.date(2026, 11, 25)),
            SourceRef(number=2, source="other.html", title="Other view", url="javascript:alert(1)"),
        ],
        summary=[BriefItem(text="Ministers met on Tuesday & agreed to meet again.", cites=[1])],
        facts=[BriefItem(text=f"Fact number {i} about the border.", cites=[1]) for i in range(1, 8)],
        quotes=[
            BriefQuote(text="We will not give up <script>alert(1)</script>", speaker="Jane Roe",
                       role="foreign minister", cites=[1]),
            BriefQuote(text="talks would resume next week", speaker="A spokesman", kind="indirect", cites=[2]),
        ],
    )


def _make_settings(port: int = 25, **email_over: Any) -> Settings:
    """Settings with an SMTP server on 127.0.0.1:port, no retries delay, and some groups."""
    smtp = {"host": "127.0.0.1", "port": port, "security": "none", "retries": 2,
            "backoff": 0.0, "timeout": 5}
    smtp.update(email_over.pop("smtp", {}))
    data: dict[str, Any] = {
        "organisation": {"name": "Ministry of Examples"},
        "email": {
            "from": "Brief Desk <briefs@example.org>",
            "reply_to": "desk@example.org",
            "smtp": smtp,
            "groups": {
                "ministers": ["Ann Minister <ann@example.org>", "bob@example.org"],
                "advisers": ["carol@example.org"],
                "everyone": ["ministers", "advisers", "bob@example.org"],
            },
            **email_over,
        },
    }
    return Settings.model_validate(data)


def _parse(raw: bytes) -> EmailMessage:
    """Parse a received message with the modern API."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.fixture()
def make_settings() -> Callable[..., Settings]:
    """``make_settings(port, **email_overrides)``: settings for a server on 127.0.0.1."""
    return _make_settings


@pytest.fixture()
def parse() -> Callable[[bytes], EmailMessage]:
    """Parse raw message bytes into an EmailMessage."""
    return _parse


@dataclass
class Received:
    """One message the test server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    auth: Any = None
    tls: bool = False


@dataclass
class Handler:
    """aiosmtpd handler that records messages and misbehaves on request."""

    refuse: set[str] = field(default_factory=set)  # 550 for these recipients
    greylist_once: set[str] = field(default_factory=set)  # 451 the first time
    tempfail: set[str] = field(default_factory=set)  # 452 every time
    drop_data_once: bool = False  # close the connection on the first DATA
    received: list[Received] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            self.events.append(f"550 {address}")
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        if address in self.greylist_once:
            self.greylist_once.discard(address)
            self.events.append(f"451 {address}")
            return "451 4.7.1 greylisted, try again later"
        if address in self.tempfail:
            self.events.append(f"452 {address}")
            return "452 4.2.2 mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.drop_data_once:
            self.drop_data_once = False
            self.events.append("drop")
            server.transport.close()
            return "421 4.3.0 dropped"
        with self.lock:
            self.received.append(Received(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                message=_parse(envelope.original_content or envelope.content),
                auth=session.auth_data,
                tls=server.transport.get_extra_info("ssl_object") is not None,
            ))
        return "250 OK queued"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    return free_port()


@dataclass
class Certs:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(self.cert), str(self.key))
        return ctx


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    """A self-signed certificate for 127.0.0.1 / localhost, made with the openssl CLI."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("certs")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True, timeout=60,
    )
    return Certs(cert, key)


Server = tuple[Handler, int]


@pytest.fixture()
def smtp_server() -> Iterator[Callable[..., Server]]:
    """Start aiosmtpd servers on 127.0.0.1; stopped at the end of the test.

    Call with handler options (refuse=..., drop_data_once=...) and server options:
    ``starttls=Certs`` (offer STARTTLS), ``implicit_tls=Certs`` (SMTPS),
    ``users={"name": "password"}`` (AUTH, only over TLS).
    """
    controllers: list[Controller] = []

    def start(*, starttls: Certs | None = None, implicit_tls: Certs | None = None,
              users: dict[str, str] | None = None, **handler_opts: Any) -> Server:
        handler = Handler(**handler_opts)
        kwargs: dict[str, Any] = {}
        if starttls is not None:
            kwargs["tls_context"] = starttls.server_context()
        if implicit_tls is not None:
            kwargs["ssl_context"] = implicit_tls.server_context()
        if users is not None:
            def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                              auth_data: Any) -> AuthResult:
                ok = (isinstance(auth_data, LoginPassword)
                      and users.get(auth_data.login.decode()) == auth_data.password.decode())
                handler.events.append(f"auth {mechanism} {'ok' if ok else 'fail'}")
                if not ok:
                    return AuthResult(success=False, handled=False)  # aiosmtpd replies 535
                return AuthResult(success=True, auth_data=auth_data.login.decode())

            kwargs["authenticator"] = authenticator
            kwargs["auth_require_tls"] = True
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port,
                                server_hostname="test.local", ready_timeout=10, **kwargs)
        controller.start()
        controllers.append(controller)
        return handler, port

    yield start
    for c in controllers:
        c.stop()
