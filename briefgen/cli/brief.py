"""``briefgen brief``: articles in, a PDF and/or HTML brief out."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from briefgen.cli._state import errors
from briefgen.errors import UsageError

if TYPE_CHECKING:
    from briefgen.config import Settings


def brief_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles: .txt/.md/.html files, URLs, @list.txt, or - for stdin.", show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (.pdf or .html). Default: named from the title and date, in the current folder.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="Formats to write: pdf, html or pdf,html (default: from -o, else the config).")] = None,
    audience: Annotated[str | None, typer.Option("--audience", "-a", help="Audience from the config (e.g. policy, executive, analyst, press).")] = None,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Template name, overriding the audience's.")] = None,
    templates_dir: Annotated[Path | None, typer.Option("--templates", help="Folder searched first for templates.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Brief title (default: the first article's headline).")] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")] = None,
    save_json: Annotated[bool, typer.Option("--save-json", help="Also write the composed brief as JSON beside the output.")] = False,
    email: Annotated[str | None, typer.Option("--email", help="Email the PDF to these groups/addresses (comma-separated); alone, to the audience's email_groups.", show_default=False)] = None,
    bcc: Annotated[bool, typer.Option("--bcc", help="With --email: one message with every recipient in Bcc.")] = False,
    email_dry_run: Annotated[Path | None, typer.Option("--email-dry-run", help="With --email: write .eml files to this folder instead of sending.", show_default=False)] = None,
    test_recipient: Annotated[str | None, typer.Option("--test-recipient", help="With --email: send every message to this one address instead.", show_default=False)] = None,
    resend: Annotated[bool, typer.Option("--resend", help="With --email: send even to people who already got this brief.")] = False,
    insecure: Annotated[bool, typer.Option("--insecure", help="With --email: do not verify the SMTP server's TLS certificate (test servers only).")] = False,
    pdf_variant: Annotated[str | None, typer.Option("--pdf-variant", help="Archival PDF, e.g. pdf/a-3b (default: output.pdf_variant in the config).")] = None,
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
        targets = _email_targets(settings, email, audience)
        if targets:
            from briefgen.deliver.email import resolve_recipients

            resolve_recipients(settings, targets)  # a bad group fails before any work
            if "pdf" not in wanted:
                raise UsageError("--email sends the PDF; add pdf to --format or use -o NAME.pdf")
        else:
            used = [name for name, on in (("--bcc", bcc), ("--email-dry-run", email_dry_run),
                                          ("--test-recipient", test_recipient), ("--resend", resend),
                                          ("--insecure", insecure)) if on]
            if used:
                raise UsageError(f"{used[0]} only works with --email")
        if templates_dir is not None and not templates_dir.is_dir():
            raise UsageError(f"--templates {templates_dir}: no such folder")
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
    pdf_path = next((p for p in result.written if p.suffix == ".pdf"), None)
    if targets and result.pdf is not None and pdf_path is not None:
        from briefgen.cli.send import print_report
        from briefgen.deliver.email import send_brief

        with errors():
            report = send_brief(settings, result.brief, result.pdf, pdf_path.name, targets, bcc=bcc,
                                dry_run_dir=email_dry_run, test_recipient=test_recipient,
                                resend=resend, insecure=insecure)
        print_report(report)
        ok = ok and report.ok
    if not ok:
        raise typer.Exit(1)


AUDIENCE_GROUPS = "@audience"


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
