"""The SMTP transport: connect, TLS, AUTH, send, and retry transient failures.

TLS certificates are verified with ``ssl.create_default_context()`` unless the caller
opts out (``insecure`` or ``email.smtp.verify: false``), which logs a warning. The
password comes from the environment variable or file named in the config; it is kept
in a :class:`Secret` whose repr hides it and never appears in a message or log.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from briefgen.config import SMTP
from briefgen.errors import ConfigError

log = logging.getLogger(__name__)


def default_sleep(seconds: float) -> None:
    """Wait between retries (tests pass their own)."""
    time.sleep(seconds)


class Secret:
    """A password that does not show itself in reprs, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The password itself, for the one call that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def load_password(cfg: SMTP) -> Secret | None:
    """The SMTP password from ``password_file`` or the ``password_env`` variable.

    Returns None when no username is configured (no AUTH). The file wins over the
    variable; a trailing newline in the file is dropped.
    """
    if not cfg.username:
        return None
    if cfg.password_file is not None:
        path = Path(cfg.password_file).expanduser()
        try:
            value = path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ConfigError(
                f"email.smtp.password_file: cannot read {path} ({exc.strerror}); check the path"
            ) from None
        if not value:
            raise ConfigError(f"email.smtp.password_file: {path} is empty")
        return Secret(value)
    if cfg.password_env:
        value = os.environ.get(cfg.password_env, "")
        if value:
            return Secret(value)
        raise ConfigError(
            f"SMTP user {cfg.username!r} needs a password: set the environment variable "
            f"{cfg.password_env} or email.smtp.password_file"
        )
    raise ConfigError(
        f"SMTP user {cfg.username!r} needs a password: set email.smtp.password_env or "
        "email.smtp.password_file"
    )


def tls_context(cfg: SMTP, insecure: bool = False) -> ssl.SSLContext:
    """A verifying TLS context, or with ``insecure`` (or ``verify: false``) one that is not."""
    cafile = str(Path(cfg.ca_file).expanduser()) if cfg.ca_file else None
    try:
        ctx = ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"email.smtp.ca_file: cannot load {cafile} ({exc}); check the path") from None
    if insecure or not cfg.verify:
        why = "--insecure" if insecure else "email.smtp.verify: false"
        log.warning(
            "TLS certificate verification is OFF for %s:%s (%s); use this only with test servers",
            cfg.host, cfg.port, why,
        )
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


@dataclass
class Outgoing:
    """One message and its SMTP envelope."""

    message: EmailMessage
    sender: str
    recipients: list[str]


class _Fatal(Exception):
    """Nothing more can be sent in this run (bad TLS, login refused, sender refused)."""


class _Transient(Exception):
    """Worth retrying: a 4xx reply, a dropped or refused connection, a timeout."""

    def __init__(self, reason: str, connecting: bool = False) -> None:
        super().__init__(reason)
        self.connecting = connecting


# Every form of the password this process has sent: a misbehaving server may echo it
# back in a reply, plain or base64 (AUTH PLAIN and LOGIN send it base64-encoded).
_SECRETS: set[str] = set()


def remember_secret(username: str | None, password: str) -> None:
    """Note the password (and the encodings AUTH sends it in) so no reply shows it."""
    import base64

    forms = {password, base64.b64encode(password.encode()).decode()}
    if username:
        forms.add(base64.b64encode(f"\0{username}\0{password}".encode()).decode())
        forms.add(base64.b64encode(f"{username}\0{username}\0{password}".encode()).decode())
    _SECRETS.update(f for f in forms if len(f) >= 4)


def redact(text: str) -> str:
    """``text`` with every remembered form of the password replaced by ***."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return redact(" ".join(f"{code} {text}".split()))


class Connection:
    """One SMTP session: connect, TLS as configured, and AUTH if a username is set."""

    def __init__(self, cfg: SMTP, insecure: bool = False) -> None:
        self.cfg = cfg
        self.insecure = insecure
        self.where = f"{cfg.host}:{cfg.port}"
        self.client: smtplib.SMTP | None = None
        self._ctx: ssl.SSLContext | None = None

    def open(self) -> None:
        """Connect, secure and log in; raises _Fatal or _Transient."""
        cfg = self.cfg
        password = load_password(cfg)
        if password is not None and cfg.security == "none" and not self.insecure:
            raise ConfigError(
                "refusing to send the SMTP password without TLS; set email.smtp.security "
                "to starttls or ssl (or use --insecure with a local test server)"
            )
        if cfg.security != "none" and self._ctx is None:
            self._ctx = tls_context(cfg, self.insecure)
        ctx = self._ctx
        try:
            if cfg.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=ctx)
            else:
                client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            self.client = client
            client.ehlo()
            if cfg.security == "starttls":
                if not client.has_extn("starttls"):
                    raise _Fatal(
                        f"SMTP server {self.where} does not offer STARTTLS; set "
                        "email.smtp.security to ssl (port 465) or check the port"
                    )
                client.starttls(context=ctx)
                client.ehlo()
            if password is not None:
                assert cfg.username is not None
                remember_secret(cfg.username, password.reveal())
                client.login(cfg.username, password.reveal())
        except ssl.SSLCertVerificationError as exc:
            self.close()
            raise _Fatal(
                f"cannot verify the TLS certificate of {self.where} ({exc.verify_message}); "
                "fix the server certificate, set email.smtp.ca_file, or use --insecure for a test server"
            ) from None
        except ssl.SSLError as exc:
            self.close()
            raise _Fatal(f"TLS with {self.where} failed ({exc.reason or exc}); check email.smtp.security and port") from None
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            if 400 <= exc.smtp_code < 500:
                raise _Transient(f"login: {_reply(exc.smtp_code, exc.smtp_error)}", connecting=True) from None
            raise _Fatal(
                f"SMTP server {self.where} refused the login for {cfg.username!r} "
                f"({_reply(exc.smtp_code, exc.smtp_error)}); check the username and password"
            ) from None
        except smtplib.SMTPNotSupportedError:
            self.close()
            raise _Fatal(
                f"SMTP server {self.where} does not offer AUTH (over this connection); "
                "check email.smtp.security, or remove email.smtp.username"
            ) from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            if 400 <= exc.smtp_code < 500:
                raise _Transient(_reply(exc.smtp_code, exc.smtp_error), connecting=True) from None
            raise _Fatal(f"SMTP server {self.where} said {_reply(exc.smtp_code, exc.smtp_error)}") from None
        except socket.gaierror:
            self.close()
            raise _Fatal(f"cannot find the SMTP host {cfg.host!r}; check email.smtp.host") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise _Transient(f"cannot connect to {self.where}: {_describe(exc)}", connecting=True) from None

    def send(self, out: Outgoing, recipients: Sequence[str]) -> dict[str, tuple[int, str]]:
        """Send to ``recipients``; the refused ones with their (code, reply)."""
        assert self.client is not None
        try:
            refused = self.client.send_message(out.message, from_addr=out.sender, to_addrs=list(recipients))
        except smtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients
        return {r: (code, _reply(code, text)) for r, (code, text) in refused.items()}

    def close(self) -> None:
        """Say QUIT if we can, and drop the socket either way."""
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return redact(" ".join(str(text).split()))


def deliver(
    cfg: SMTP,
    messages: Sequence[Outgoing],
    *,
    insecure: bool = False,
    sleep: Callable[[float], None] = default_sleep,
) -> list[dict[str, str | None]]:
    """Send each message over one reused connection; per message, recipient -> failure or None.

    Transient failures (4xx replies, disconnects, timeouts) are retried up to
    ``cfg.retries`` times per message with exponential backoff from ``cfg.backoff``
    seconds, reconnecting as needed. A permanent refusal (5xx) fails only that
    recipient. A failure that no message can get past (TLS verification, login, a
    server that stays unreachable) fails every remaining recipient with that reason.
    """
    results: list[dict[str, str | None]] = [dict.fromkeys(m.recipients) for m in messages]
    conn = Connection(cfg, insecure)
    try:
        for index, out in enumerate(messages):
            try:
                _deliver_one(conn, out, results[index], cfg, sleep)
            except _Fatal as exc:
                # Nothing can get through: every later message fails with the same reason
                # (_deliver_one has already marked this message's undelivered recipients).
                for later in results[index + 1:]:
                    for rcpt in later:
                        later[rcpt] = str(exc)
                return results
    finally:
        conn.close()
    return results


def _deliver_one(conn: Connection, out: Outgoing, result: dict[str, str | None], cfg: SMTP,
                 sleep: Callable[[float], None]) -> None:
    pending = list(out.recipients)
    try:
        _attempts(conn, out, result, cfg, sleep, pending)
    except _Fatal as exc:
        for rcpt in pending:
            result[rcpt] = str(exc)
        raise


def _attempts(conn: Connection, out: Outgoing, result: dict[str, str | None], cfg: SMTP,
              sleep: Callable[[float], None], pending: list[str]) -> None:
    """Try until ``pending`` (updated in place) is empty or the retries run out."""
    attempt = 0
    while pending:
        problem: str | None = None
        connecting = False
        try:
            if conn.client is None:
                conn.open()
            refused = conn.send(out, pending)
        except _Transient as exc:
            problem, connecting = str(exc), exc.connecting
        except smtplib.SMTPSenderRefused as exc:
            conn.close()
            if not 400 <= exc.smtp_code < 500:
                raise _Fatal(f"the server refused the sender {out.sender} ({_reply(exc.smtp_code, exc.smtp_error)}); check email.from") from None
            problem = _reply(exc.smtp_code, exc.smtp_error)
        except smtplib.SMTPResponseException as exc:
            reply = _reply(exc.smtp_code, exc.smtp_error)
            if not 400 <= exc.smtp_code < 500:
                for rcpt in pending:
                    result[rcpt] = reply
                pending.clear()
                return
            conn.close()
            problem = reply
        except (OSError, smtplib.SMTPException) as exc:
            conn.close()
            problem = _describe(exc)
        else:
            retry = []
            for rcpt in pending:
                if rcpt not in refused:
                    result[rcpt] = None
                    log.info("sent %s to %s", out.message["Message-ID"], rcpt)
                    continue
                code, reply = refused[rcpt]
                result[rcpt] = reply
                if 400 <= code < 500:
                    retry.append(rcpt)
            pending[:] = retry
            if not pending:
                return
            problem = result[pending[0]]

        attempt += 1
        if attempt > cfg.retries:
            reason = f"{problem} (gave up after {attempt} attempts)"
            if connecting:
                # The server cannot be reached at all: later messages would only wait too.
                raise _Fatal(reason)
            for rcpt in pending:
                result[rcpt] = reason
            return
        delay = cfg.backoff * (2 ** (attempt - 1))
        log.info("transient SMTP failure (%s); retry %d of %d in %.1fs", problem, attempt, cfg.retries, delay)
        sleep(delay)
