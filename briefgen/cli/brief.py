"""``briefgen brief``: articles in, a PDF and/or HTML brief out."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from briefgen.cli._options import (
    AudienceOpt,
    BccOpt,
    ConfigOpt,
    EmailDryRunOpt,
    EmailOpt,
    FormatOpt,
    InsecureOpt,
    OutputOpt,
    PdfVariantOpt,
    ResendOpt,
    SaveJsonOpt,
    TemplatesOpt,
    TestRecipientOpt,
    check_templates_dir,
)
from briefgen.cli._state import errors
from briefgen.errors import UsageError

if TYPE_CHECKING:
    from briefgen.config import Settings
    from briefgen.pipeline import BriefResult


def brief_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles: .txt/.md/.html files, URLs, @list.txt, or - for stdin.", show_default=False)],
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    audience: AudienceOpt = None,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Template name, overriding the audience's.")] = None,
    templates_dir: TemplatesOpt = None,
    title: Annotated[str | None, typer.Option("--title", help="Brief title (default: the first article's headline).")] = None,
    config: ConfigOpt = None,
    save_json: SaveJsonOpt = False,
    email: EmailOpt = None,
    bcc: BccOpt = False,
    email_dry_run: EmailDryRunOpt = None,
    test_recipient: TestRecipientOpt = None,
    resend: ResendOpt = False,
    insecure: InsecureOpt = False,
    pdf_variant: PdfVariantOpt = None,
    each: Annotated[bool, typer.Option("--each", help="One brief per article, written into the -o folder (default: output.folder, else the current folder).")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse and render everything again; neither read nor write the cache of extractions and briefs.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="With --each: render processes (default: one per core).", show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --each: a dask.distributed scheduler address (tcp://HOST:8786) whose workers make the briefs; needs briefgen[dask].", show_default=False)] = None,
) -> None:
    """Make a brief (PDF and/or HTML) from one or more news articles.

    With several sources, facts and quotes are cited to their sources by number and the
    sources are listed at the end. A source that cannot be read is reported and skipped;
    the command then exits 1 after writing the brief from the others.

    With --each, every article gets its own brief in the -o folder; the model loads once,
    parsing and rendering share the cores, and unchanged articles come from the cache.
    """
    if each:
        from briefgen.cli._each import check_options, run_each

        with errors():
            check_options(output, title, email)
        return run_each(sources, output, fmt=fmt, audience=audience, template=template,
                        templates_dir=templates_dir, config=config, save_json=save_json,
                        pdf_variant=pdf_variant, no_cache=no_cache, jobs=jobs, scheduler=scheduler)
    if jobs is not None or scheduler is not None:
        with errors():
            raise UsageError(f"{'--jobs' if jobs is not None else '--scheduler'} only works with --each")
    from briefgen.config import load_settings
    from briefgen.pipeline import make_brief, parse_formats

    with errors():
        settings = load_settings(config)
        wanted = parse_formats(fmt, output) or list(settings.output.formats)
        targets = email_targets(settings, email, audience, wanted, bcc=bcc,
                                email_dry_run=email_dry_run, test_recipient=test_recipient,
                                resend=resend, insecure=insecure)
        check_templates_dir(templates_dir)
        status = (Console(stderr=True).status("Reading and analysing articles…")
                  if sys.stderr.isatty() else contextlib.nullcontext())
        with status:
            result = make_brief(sources, settings, audience=audience, output=output,
                                formats=",".join(wanted), title=title, template=template,
                                template_dirs=[templates_dir], save_json=save_json,
                                pdf_variant=pdf_variant, use_cache=not no_cache)
    for failure in result.failures:
        typer.echo(f"briefgen: error: {failure.error}", err=True)
    for path in result.written:
        typer.echo(f"wrote {path}")
    ok = not result.failures
    if targets:
        ok = email_result(settings, result, targets, bcc=bcc, email_dry_run=email_dry_run,
                          test_recipient=test_recipient, resend=resend, insecure=insecure) and ok
    if not ok:
        raise typer.Exit(1)


AUDIENCE_GROUPS = "@audience"


def email_targets(settings: Settings, email: str | None, audience: str | None,
                  formats: list[str], **options: object) -> list[str]:
    """The recipients of --email, checked before any work; an email-only flag without it is an error."""
    targets = _email_targets(settings, email, audience)
    if targets:
        from briefgen.deliver.email import resolve_recipients

        resolve_recipients(settings, targets)  # a bad group fails before any work
        if "pdf" not in formats:
            raise UsageError("--email sends the PDF; add pdf to --format or use -o NAME.pdf")
    else:
        used = ["--" + name.replace("_", "-") for name, on in options.items() if on]
        if used:
            raise UsageError(f"{used[0]} only works with --email")
    return targets


def email_result(settings: Settings, result: BriefResult, targets: list[str], *, bcc: bool,
                 email_dry_run: Path | None, test_recipient: str | None, resend: bool,
                 insecure: bool) -> bool:
    """Email a written brief's PDF; print who got it. True when everyone did."""
    from briefgen.cli.send import print_report
    from briefgen.deliver.email import send_brief

    pdf_path = next((p for p in result.written if p.suffix == ".pdf"), None)
    if result.pdf is None or pdf_path is None:
        return True
    with errors():
        report = send_brief(settings, result.brief, result.pdf, pdf_path.name, targets, bcc=bcc,
                            dry_run_dir=email_dry_run, test_recipient=test_recipient,
                            resend=resend, insecure=insecure)
    print_report(report)
    return report.ok


def _email_targets(settings: Settings, email: str | None, audience: str | None) -> list[str]:
    """--email GROUP[,ADDR...] -> targets; --email alone -> the audience's email_groups."""
    if email is None:
        return []
    if email == AUDIENCE_GROUPS:
        from briefgen.deliver.email import audience_groups

        return audience_groups(settings, audience)
    return [t.strip() for t in email.split(",") if t.strip()]


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("brief")(brief_cmd)
