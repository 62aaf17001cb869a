"""``briefgen brief``: articles in, a PDF and/or HTML brief out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._state import errors


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
    pdf_variant: Annotated[str | None, typer.Option("--pdf-variant", help="Archival PDF, e.g. pdf/a-3b (default: output.pdf_variant in the config).")] = None,
) -> None:
    """Make a brief (PDF and/or HTML) from one or more news articles.

    With several sources, facts and quotes are cited to their sources by number and the
    sources are listed at the end. A source that cannot be read is reported and skipped;
    the command then exits 1 after writing the brief from the others.
    """
    from briefgen.config import load_settings
    from briefgen.pipeline import make_brief

    with errors():
        settings = load_settings(config)
        if sys.stderr.isatty():
            from rich.console import Console

            with Console(stderr=True).status("Reading and analysing articles…"):
                result = make_brief(sources, settings, audience=audience, output=output, formats=fmt,
                                    title=title, template=template, template_dirs=[templates_dir],
                                    save_json=save_json, pdf_variant=pdf_variant)
        else:
            result = make_brief(sources, settings, audience=audience, output=output, formats=fmt,
                                title=title, template=template, template_dirs=[templates_dir],
                                save_json=save_json, pdf_variant=pdf_variant)
    for failure in result.failures:
        typer.echo(f"briefgen: error: {failure.error}", err=True)
    for path in result.written:
        typer.echo(f"wrote {path}")
    if result.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("brief")(brief_cmd)
