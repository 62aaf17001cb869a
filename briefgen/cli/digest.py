"""``briefgen digest``: a day's articles and feeds in, one digest with a section per story out."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from briefgen.cli._options import check_templates_dir
from briefgen.cli._state import errors
from briefgen.errors import UsageError


def digest_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles and feeds: .txt/.md/.html files, URLs, RSS/Atom feed URLs or files, OPML files, @list.txt, or - for stdin.", show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (.pdf or .html). Default: named from the title and date, in the current folder.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="pdf, html, pdf,html, or jsonl (one JSON object per story on stdout; nothing written).")] = None,
    audience: Annotated[str | None, typer.Option("--audience", "-a", help="Audience of the digest (default: digest). Its topics put matching stories first.")] = None,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Template name, overriding the audience's.")] = None,
    templates_dir: Annotated[Path | None, typer.Option("--templates", help="Folder searched first for templates.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Digest title (default: 'News digest, DATE').")] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")] = None,
    each: Annotated[Path | None, typer.Option("--each", help="Also write one brief per story into this folder.", show_default=False)] = None,
    each_audience: Annotated[str | None, typer.Option("--each-audience", help="Audience of the per-story briefs (default: the config's default audience).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Feed entries newer than this only, e.g. 24h, 90m, 2d, 1w.")] = None,
    all_entries: Annotated[bool, typer.Option("--all", help="Include feed entries that an earlier digest already covered.")] = False,
    pdf_variant: Annotated[str | None, typer.Option("--pdf-variant", help="Archival PDF, e.g. pdf/a-3b (default: output.pdf_variant in the config).")] = None,
) -> None:
    """Group articles into stories and make one digest: contents, then per story its bottom
    line, key facts (with how many sources report each, and where they differ), the best
    quotes and the sources.

    Feeds give their entries' articles, fetched like URLs; entries that an earlier digest
    covered are skipped (remembered in the user data folder; --all includes them). A
    source that cannot be read is reported and skipped; the command then exits 1.
    """
    from briefgen.config import load_settings
    from briefgen.digest import make_digest, parse_digest_formats
    from briefgen.ingest.feeds import parse_since

    with errors():
        wanted = parse_digest_formats(fmt, output)
        if "jsonl" in wanted and (output is not None or each is not None):
            raise UsageError("--format jsonl prints to stdout; drop -o and --each")
        window = parse_since(since) if since else None
        settings = load_settings(config)
        check_templates_dir(templates_dir)
        status = (Console(stderr=True).status("Reading articles and grouping stories…")
                  if sys.stderr.isatty() else contextlib.nullcontext())
        with status:
            result = make_digest(sources, settings, audience=audience, output=output,
                                 formats=",".join(wanted) if wanted else None, title=title,
                                 template=template, template_dirs=[templates_dir], each=each,
                                 each_audience=each_audience, since=window, all_entries=all_entries,
                                 pdf_variant=pdf_variant)
    for failure in result.failures:
        typer.echo(f"briefgen: error: {failure.error}", err=True)
    if wanted == ["jsonl"]:
        for record in result.records:
            typer.echo(json.dumps(record, ensure_ascii=False))
    for path in result.written:
        typer.echo(f"wrote {path}")
    if result.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("digest")(digest_cmd)
