"""``briefgen extract``: show what briefgen finds in articles (table, JSON or JSONL)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._state import errors


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def extract_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles: .txt/.md/.html files, URLs, @list.txt, or - for stdin.", show_default=False)],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table (readable), json (pretty) or jsonl (one object per source).")] = ExtractFormat.table,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")] = None,
) -> None:
    """Extract facts, quotes, context, actors and timeline from articles.

    With --format jsonl, prints one JSON object per source in input order; a source that
    cannot be read prints {"source", "error"} and the command exits 1 at the end.
    --format json prints one pretty object for one source, an array for several.
    """
    from briefgen.config import load_settings
    from briefgen.pipeline import SourceFailure, extract_sources

    with errors():
        settings = load_settings(config)
        results = extract_sources(sources, settings)
    failed = 0
    records: list[dict[str, object]] = []
    for i, res in enumerate(results):
        if isinstance(res, SourceFailure):
            failed += 1
            typer.echo(f"briefgen: error: {res.error}", err=True)
            if fmt is ExtractFormat.table:
                continue
            record: dict[str, object] = dict(res.to_record())
        else:
            record = res.to_record()
        if fmt is ExtractFormat.jsonl:
            typer.echo(json.dumps(record, ensure_ascii=False))
        elif fmt is ExtractFormat.json:
            records.append(record)
        else:
            from briefgen.cli._table import print_extraction

            if i:
                typer.echo("")
            print_extraction(record)
    if fmt is ExtractFormat.json:  # one object for one source, else an array
        typer.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("extract")(extract_cmd)
