"""Email a brief: recipients from config groups, the message, and the send loop.

The message is an email-safe summary of the brief (inline CSS, no images, no external
fetches) with a plain-text alternative and the PDF attached. Nothing from an article
reaches a header unless it has been folded to one line, so a title cannot inject headers.
The SMTP conversation (TLS, AUTH, retries) lives in :mod:`briefgen.deliver.smtp`; the
record of what was sent to whom lives in :mod:`briefgen.deliver.sentlog`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from briefgen import __version__
from briefgen.config import Settings
from briefgen.deliver import smtp as smtp_mod
from briefgen.deliver.sentlog import SentLog
from briefgen.errors import ConfigError, DeliveryError, TemplateError
from briefgen.models import Brief
from briefgen.resources import data_dir

log = logging.getLogger(__name__)

#: How much of the brief the email body shows; the rest is in the attached PDF.
EMAIL_MAX_SUMMARY = 5
EMAIL_MAX_FACTS = 5
EMAIL_MAX_QUOTES = 3

UNDISCLOSED = "undisclosed-recipients:;"


# --- templates ---------------------------------------------------------------------


def builtin_templates_dir() -> Path:
    """The built-in top-level ``templates`` folder (installed wheel or source tree)."""
    return data_dir("templates")


def _autoescape(name: str | None) -> bool:
    # Escape everything except the plain-text body, which must show "&" as "&".
    return not (name or "").endswith(".txt.j2")


_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?|[a-zA-Z]{3,20}")


def _css_colour(value: object, fallback: str = "#1f3a5f") -> str:
    """A colour from config, or the fallback if it is anything but a plain colour.

    Keeps ``url(...)`` and ``;`` out of inline styles, so config cannot add fetches.
    """
    text = str(value or "")
    return text if _COLOUR.fullmatch(text) else fallback


def _http_url(value: object) -> str | None:
    """The URL if it is http(s), else None (no ``javascript:``, ``file:`` links)."""
    text = str(value or "").strip()
    return text if re.match(r"https?://[^\s<>\"']+$", text, re.IGNORECASE) else None


def email_environment(settings: Settings) -> SandboxedEnvironment:
    """A sandboxed, autoescaping, StrictUndefined environment for ``templates/email/``.

    A project's ``templates/email/`` folder (beside its briefgen.yaml, or
    ``templates_dir``) overrides the built-in templates of the same name.
    """
    folders = []
    if settings.templates_dir is not None and (Path(settings.templates_dir) / "email").is_dir():
        folders.append(str(Path(settings.templates_dir) / "email"))
    folders.append(str(builtin_templates_dir() / "email"))
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["css_colour"] = _css_colour
    env.filters["http_url"] = _http_url
    env.filters["oneline"] = one_line
    return env


def _render(env: SandboxedEnvironment, name: str, context: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound:
        raise TemplateError(f"email template {name!r} not found in {builtin_templates_dir() / 'email'}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"email template {name}: {exc.message}; check the variable name") from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"email template {name}: blocked by the sandbox: {exc}") from None


# --- headers and addresses -----------------------------------------------------------


def one_line(text: object) -> str:
    """Fold any line breaks and control characters to single spaces.

    Covers CR, LF, and the Unicode line/paragraph separators, so a value built from an
    article can never start a new header line.
    """
    cleaned = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch for ch in str(text)
    )
    return " ".join(cleaned.split())


def parse_address(value: str, where: str) -> Address:
    """One email address (``a@b.org`` or ``Name <a@b.org>``), or a ConfigError naming ``where``."""
    text = str(value).strip()
    problem = None
    if not text or any(unicodedata.category(ch) == "Cc" for ch in text):
        problem = "is empty or holds control characters"
    else:
        try:
            header = default_policy.header_factory("To", text)
            addresses = list(header.addresses)  # type: ignore[attr-defined]
            defects = list(header.defects)  # type: ignore[attr-defined]
        except (IndexError, ValueError, TypeError):
            addresses, defects = [], []
            problem = "cannot be parsed"
        if problem is None:
            if len(addresses) != 1:
                problem = "must be exactly one address"
            elif defects or not addresses[0].username or not addresses[0].domain:
                problem = "is not a valid address like name@example.org"
            elif not addresses[0].addr_spec.isascii():
                problem = "has non-ASCII characters in the address (not supported)"
    if problem is not None:
        raise ConfigError(f"{where}: {value!r} {problem}")
    return addresses[0]


def _looks_like_address(target: str) -> bool:
    return "@" in target


def resolve_recipients(settings: Settings, targets: Sequence[str]) -> list[str]:
    """Group names and addresses -> unique addresses, in first-seen order.

    A target with an ``@`` is an address; anything else names a group in
    ``email.groups``, whose members are addresses or other groups. Cycles, unknown
    groups and malformed addresses raise ConfigError.
    """
    groups = settings.email.groups
    out: list[str] = []
    seen: set[str] = set()

    def add(address: Address) -> None:
        key = address.addr_spec.lower()
        if key not in seen:
            seen.add(key)
            out.append(str(address))

    def expand(name: str, chain: tuple[str, ...]) -> None:
        if name in chain:
            loop = " -> ".join((*chain[chain.index(name):], name))
            raise ConfigError(f"email.groups: groups include each other in a cycle ({loop}); remove one link")
        if name not in groups:
            known = ", ".join(sorted(groups)) or "none configured"
            where = f"email.groups.{chain[-1]}" if chain else "recipient"
            raise ConfigError(
                f"{where}: unknown email group {name!r} (groups: {known}); "
                "addresses must contain @"
            )
        for member in groups[name]:
            if _looks_like_address(member):
                add(parse_address(member, f"email.groups.{name}"))
            else:
                expand(member.strip(), (*chain, name))

    if not targets:
        raise ConfigError("no recipients: name a group from email.groups or an address")
    for target in targets:
        target = target.strip()
        if _looks_like_address(target):
            add(parse_address(target, "recipient"))
        else:
            expand(target, ())
    if not out:
        raise ConfigError(f"no recipients: the group(s) {', '.join(targets)} are empty in email.groups")
    return out


def audience_groups(settings: Settings, audience: str | None) -> list[str]:
    """The default email groups of an audience (``audiences.NAME.email_groups``)."""
    name, aud = settings.audience(audience)
    if not aud.email_groups:
        raise ConfigError(
            f"audiences.{name}.email_groups is empty; name a group (--email GROUP) "
            "or add email_groups to the audience"
        )
    return list(aud.email_groups)


def _sender(settings: Settings) -> Address:
    if not settings.email.from_:
        raise ConfigError("email.from is not set; add `email: {from: briefs@example.org}` to briefgen.yaml")
    return parse_address(settings.email.from_, "email.from")


# --- the message ---------------------------------------------------------------------


def _date_text(settings: Settings, brief: Brief) -> str:
    try:
        return brief.generated.strftime(settings.defaults.date_format)
    except ValueError:
        return brief.generated.date().isoformat()


def subject_for(settings: Settings, brief: Brief) -> str:
    """The subject line from ``email.subject`` (default ``{title} ({date})``), one line."""
    values = {
        "title": one_line(brief.title),
        "subtitle": one_line(brief.subtitle or ""),
        "date": _date_text(settings, brief),
        "audience": one_line(brief.audience),
        "organisation": one_line(brief.organisation or settings.organisation.name or ""),
    }
    try:
        subject = settings.email.subject.format_map(values)
    except (KeyError, ValueError, IndexError) as exc:
        raise ConfigError(f"email.subject: cannot fill {settings.email.subject!r} ({exc})") from None
    return one_line(subject) or one_line(brief.title) or "Brief"


def safe_filename(name: str) -> str:
    """A plain attachment file name ending in .pdf: no folders, no control characters."""
    base = one_line(Path(str(name).replace("\\", "/")).name).strip(". ")
    base = re.sub(r'[<>:"/\\|?*]', "_", base)
    if not base.lower().endswith(".pdf"):
        base = f"{base or 'brief'}.pdf"
    return base


def _size_text(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _context(settings: Settings, brief: Brief, pdf_name: str, pdf_size: int) -> dict[str, Any]:
    shown = set(brief.sections) if brief.sections else {"summary", "facts", "quotes", "sources"}
    summary = brief.summary[:EMAIL_MAX_SUMMARY] if "summary" in shown else []
    facts = brief.facts[:EMAIL_MAX_FACTS] if "facts" in shown else []
    quotes = brief.quotes[:EMAIL_MAX_QUOTES] if "quotes" in shown else []
    return {
        "brief": brief,
        "title": one_line(brief.title),
        "date": _date_text(settings, brief),
        "organisation": brief.organisation or settings.organisation.name,
        "colours": settings.organisation.colours,
        "notices": list(brief.notices),
        "summary": summary,
        "facts": facts,
        "more_facts": max(0, len(brief.facts) - len(facts)) if "facts" in shown else 0,
        "quotes": quotes,
        "more_quotes": max(0, len(brief.quotes) - len(quotes)) if "quotes" in shown else 0,
        "sources": brief.sources if "sources" in shown else [],
        "pdf_name": pdf_name,
        "pdf_size": _size_text(pdf_size),
    }


def render_bodies(settings: Settings, brief: Brief, pdf_name: str, pdf_size: int) -> tuple[str, str]:
    """The (plain text, HTML) bodies of the email for ``brief``."""
    env = email_environment(settings)
    ctx = _context(settings, brief, safe_filename(pdf_name), pdf_size)
    text, page = _render(env, "body.txt.j2", ctx), _render(env, "body.html.j2", ctx)
    if brief.notices:
        from briefgen.render.html import visible_text, warn_unprinted_notices

        warn_unprinted_notices(brief, " ".join(text.split()), "email/body.txt.j2")
        warn_unprinted_notices(brief, visible_text(page), "email/body.html.j2")
    return text, page


def build_message(
    settings: Settings,
    brief: Brief,
    pdf_bytes: bytes,
    pdf_name: str,
    recipients: str | Sequence[str] | None,
    *,
    headers: dict[str, str] | None = None,
    bodies: tuple[str, str] | None = None,
) -> EmailMessage:
    """The email for ``brief``: subject, text + HTML alternatives, the PDF attached.

    ``recipients`` fills the To header (``None``: undisclosed recipients, for BCC
    mode); the SMTP envelope decides who actually receives it. ``headers`` adds
    extra headers (folded to one line); ``bodies`` reuses (text, html) from
    :func:`render_bodies` when sending the same brief to many people.
    """
    sender = _sender(settings)
    msg = EmailMessage(policy=default_policy)
    msg["Subject"] = subject_for(settings, brief)
    msg["From"] = sender
    if recipients is None:
        msg["To"] = UNDISCLOSED
    else:
        items = [recipients] if isinstance(recipients, str) else list(recipients)
        msg["To"] = [parse_address(r, "recipient") for r in items]
    if settings.email.reply_to:
        msg["Reply-To"] = parse_address(settings.email.reply_to, "email.reply_to")
    msg["Date"] = format_datetime(dt.datetime.now().astimezone())
    msg["Message-ID"] = make_msgid(domain=sender.domain)
    msg["User-Agent"] = f"briefgen {__version__}"
    for name, value in (headers or {}).items():
        msg[name] = one_line(value)
    name = safe_filename(pdf_name)
    text, html = bodies or render_bodies(settings, brief, name, len(pdf_bytes))
    # Quoted-printable keeps both bodies readable in the raw message and 7-bit safe.
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=name)
    return msg


# --- sending -------------------------------------------------------------------------


@dataclass
class SendReport:
    """Who got the brief, who did not (and why), and who was skipped as already sent."""

    delivered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    dry_run: bool = False
    test_recipient: str | None = None

    @property
    def ok(self) -> bool:
        """True when nobody failed."""
        return not self.failed


def brief_digest(brief: Brief, pdf_bytes: bytes) -> str:
    """The sent log's key for "this brief": what it says, not when it was made.

    Every PDF embeds the time it was generated, so two runs over the same articles give
    different bytes; the brief's content without ``generated`` stays the same. A brief
    known only from its file name (``briefgen send`` without the JSON sidecar) is keyed
    by the PDF's bytes.
    """
    if not brief.sources:
        return hashlib.sha256(pdf_bytes).hexdigest()
    # a brief without notices is keyed as before the field existed (no re-send on upgrade)
    exclude: dict[str, Any] = {"generated": True}
    if not brief.notices:
        exclude["notices"] = True
    if not any(story.notices for story in brief.stories):
        exclude["stories"] = {"__all__": {"notices": True}}
    content = brief.model_dump_json(exclude=exclude)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _addr_spec(recipient: str) -> str:
    return parse_address(recipient, "recipient").addr_spec


def _eml_name(index: int, recipient: str | None) -> str:
    who = "bcc" if recipient is None else re.sub(r"[^A-Za-z0-9@._+-]", "_", _addr_spec(recipient))
    return f"{index:03d}-{who}.eml"


def send_brief(
    settings: Settings,
    brief: Brief,
    pdf_bytes: bytes,
    pdf_name: str,
    targets: Sequence[str],
    *,
    bcc: bool = False,
    dry_run_dir: Path | None = None,
    test_recipient: str | None = None,
    resend: bool = False,
    insecure: bool = False,
    sleep: Callable[[float], None] | None = None,
) -> SendReport:
    """Send ``brief`` to the resolved ``targets`` and report who got it.

    One message per recipient (nobody sees the others), or with ``bcc`` one message
    with every recipient in the envelope only. Recipients already in the sent log for
    this PDF are skipped unless ``resend``. ``dry_run_dir`` writes .eml files there
    instead of sending; ``test_recipient`` sends every message to that one address
    (neither is recorded in the sent log). Transient SMTP failures are retried with
    backoff; one recipient's permanent failure does not stop the others.
    """
    recipients = resolve_recipients(settings, targets)
    sender = _sender(settings)
    digest = brief_digest(brief, pdf_bytes)
    report = SendReport(dry_run=dry_run_dir is not None)
    test_addr = parse_address(test_recipient, "--test-recipient") if test_recipient else None
    report.test_recipient = str(test_addr) if test_addr else None

    sentlog = SentLog.default()
    todo: list[str] = []
    for rcpt in recipients:
        if test_addr is None and not resend and sentlog.was_sent(digest, _addr_spec(rcpt)):
            report.skipped.append(rcpt)
        else:
            todo.append(rcpt)
    if not todo:
        return report

    bodies = render_bodies(settings, brief, pdf_name, len(pdf_bytes))
    # (message, envelope recipients, the recipients it stands for)
    jobs: list[tuple[EmailMessage, list[str], list[str]]] = []
    if bcc:
        extra = {"X-Briefgen-Intended-Recipients": ", ".join(todo)} if test_addr else None
        msg = build_message(settings, brief, pdf_bytes, pdf_name, None, headers=extra, bodies=bodies)
        envelope = [test_addr.addr_spec] if test_addr else [_addr_spec(r) for r in todo]
        jobs.append((msg, envelope, todo))
    else:
        for rcpt in todo:
            if test_addr is not None:
                msg = build_message(settings, brief, pdf_bytes, pdf_name, str(test_addr),
                                    headers={"X-Briefgen-Intended-Recipient": rcpt}, bodies=bodies)
                jobs.append((msg, [test_addr.addr_spec], [rcpt]))
            else:
                msg = build_message(settings, brief, pdf_bytes, pdf_name, rcpt, bodies=bodies)
                jobs.append((msg, [_addr_spec(rcpt)], [rcpt]))

    if dry_run_dir is not None:
        _write_eml(Path(dry_run_dir), jobs, bcc, report)
        return report

    outgoing = [smtp_mod.Outgoing(msg, sender.addr_spec, envelope) for msg, envelope, _ in jobs]
    results = smtp_mod.deliver(
        settings.email.smtp, outgoing, insecure=insecure, sleep=sleep if sleep is not None else smtp_mod.default_sleep
    )
    for (msg, envelope, stands_for), result in zip(jobs, results, strict=True):
        for rcpt in stands_for:
            # With --test-recipient the envelope is the test address, not the recipient.
            key = envelope[0] if test_addr else _addr_spec(rcpt)
            reason = result.get(key)
            if reason is None:
                report.delivered.append(rcpt)
                if test_addr is None:
                    try:
                        sentlog.record(digest, _addr_spec(rcpt), subject=str(msg["Subject"]),
                                       file=safe_filename(pdf_name))
                    except DeliveryError as exc:
                        # The mail went out; losing the record must not hide that.
                        log.warning("%s", exc)
            else:
                report.failed[rcpt] = reason
    return report


def _write_eml(folder: Path, jobs: list[tuple[EmailMessage, list[str], list[str]]], bcc: bool,
               report: SendReport) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for i, (msg, envelope, stands_for) in enumerate(jobs, start=1):
            path = folder / _eml_name(i, None if bcc else stands_for[0])
            data = msg.as_bytes(policy=SMTP_POLICY)
            # The envelope is not part of the message; note it for the reader of the file.
            envelope_line = f"X-Briefgen-Envelope-To: {', '.join(envelope)}\r\n".encode("ascii", "replace")
            path.write_bytes(envelope_line + data)
            report.files.append(path)
            report.delivered.extend(stands_for)
    except OSError as exc:
        raise DeliveryError(f"{folder}: cannot write .eml files ({exc.strerror}); check the --dry-run folder") from None
