"""``briefgen send``: email an existing brief PDF to groups or addresses."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from briefgen.cli._state import errors
from briefgen.errors import InputError

if TYPE_CHECKING:
    from briefgen.deliver.email import SendReport
    from briefgen.models import Brief


def load_brief_for(pdf: Path) -> Brief:
    """The Brief behind ``pdf``: its sidecar ``.json`` if present, else one from the file name.

    ``briefgen brief --save-json`` writes the sidecar; without it the email body can
    only carry a title (the file name, tidied) and the date of the file.
    """
    from pydantic import ValidationError

    from briefgen.models import Brief

    sidecar = pdf.with_suffix(".json")
    if sidecar.is_file():
        try:
            return Brief.model_validate_json(sidecar.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"{sidecar}: cannot read ({exc.strerror})") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "top level"
            raise InputError(
                f"{sidecar}: not a saved brief ({where}: {first['msg']}); "
                "re-create it with briefgen brief --save-json or remove it"
            ) from None
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]*", "", pdf.stem) or pdf.stem
    title = re.sub(r"[-_]+", " ", stem).strip() or pdf.stem
    title = title[0].upper() + title[1:]
    made = dt.datetime.fromtimestamp(pdf.stat().st_mtime).astimezone()
    return Brief(title=title, generated=made, sources=[])


def _read_pdf(pdf: Path) -> bytes:
    try:
        data = pdf.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{pdf}: file not found; give the path of a brief PDF") from None
    except OSError as exc:
        raise InputError(f"{pdf}: cannot read ({exc.strerror})") from None
    if not data.startswith(b"%PDF-"):
        raise InputError(f"{pdf}: not a PDF file; give the brief's .pdf")
    return data


def print_report(report: SendReport) -> None:
    """Who got it, who was skipped, who did not (stdout), one line per address."""
    if report.dry_run:
        typer.echo(f"dry run: would send to {len(report.delivered)} recipient(s)")
        for rcpt in report.delivered:
            typer.echo(f"  {rcpt}")
        for path in report.files:
            typer.echo(f"  wrote {path}")
    elif report.delivered and report.test_recipient:
        typer.echo(f"test mode: sent to {report.test_recipient} the messages meant for "
                   f"{len(report.delivered)} recipient(s):")
        for rcpt in report.delivered:
            typer.echo(f"  {rcpt}")
    elif report.delivered:
        typer.echo(f"sent to {len(report.delivered)} recipient(s):")
        for rcpt in report.delivered:
            typer.echo(f"  {rcpt}")
    if report.skipped:
        typer.echo(f"skipped {len(report.skipped)} (already sent this brief; --resend to send again):")
        for rcpt in report.skipped:
            typer.echo(f"  {rcpt}")
    if report.failed:
        typer.echo(f"NOT sent to {len(report.failed)} recipient(s):")
        for rcpt, reason in report.failed.items():
            typer.echo(f"  {rcpt}: {reason}")


def send_cmd(
    pdf: Annotated[Path, typer.Argument(help="The brief PDF to send (a BRIEF.json beside it supplies the email body).", show_default=False)],
    to: Annotated[list[str], typer.Option("--to", "-t", help="A group from email.groups or an address; repeat or separate with commas.", show_default=False)],
    bcc: Annotated[bool, typer.Option("--bcc", help="Send one message with every recipient in Bcc instead of one message each.")] = False,
    dry_run: Annotated[Path | None, typer.Option("--dry-run", help="Write .eml files to this folder instead of sending.", show_default=False)] = None,
    test_recipient: Annotated[str | None, typer.Option("--test-recipient", help="Send every message to this one address instead (not recorded in the sent log).", show_default=False)] = None,
    resend: Annotated[bool, typer.Option("--resend", help="Send even to people the sent log says already got this brief.")] = False,
    insecure: Annotated[bool, typer.Option("--insecure", help="Do not verify the SMTP server's TLS certificate (test servers only).")] = False,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")] = None,
) -> None:
    """Email a brief PDF to groups or addresses from the config.

    Each recipient gets their own message (or one Bcc message with --bcc) with a
    summary of the brief in the body and the PDF attached. Prints who got it and who
    did not, and exits 1 if anyone did not.
    """
    from briefgen.config import load_settings
    from briefgen.deliver.email import send_brief

    targets = [t.strip() for item in to for t in item.split(",") if t.strip()]
    with errors():
        settings = load_settings(config)
        data = _read_pdf(pdf)
        brief = load_brief_for(pdf)
        report = send_brief(
            settings, brief, data, pdf.name, targets,
            bcc=bcc, dry_run_dir=dry_run, test_recipient=test_recipient,
            resend=resend, insecure=insecure,
        )
    print_report(report)
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("send")(send_cmd)
