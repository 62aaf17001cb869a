"""``briefgen config show|check``: the merged configuration and its problems."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._state import errors, fail

config_app = typer.Typer(help="Show and check the configuration.", no_args_is_help=True)
ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")]


@config_app.command("show")
def show_cmd(config: ConfigOpt = None,
             key: Annotated[str | None, typer.Argument(help="Only keys starting with this, e.g. audiences.executive.")] = None) -> None:
    """Print the merged configuration, one key per line, with the layer that set it."""
    from briefgen.config import load, provenance

    with errors():
        loaded = load(config)
    if loaded.settings is None:
        for p in loaded.problems:
            typer.echo(f"briefgen: error: {p}", err=True)
        raise typer.Exit(1)
    typer.echo("# layers, lowest first: " + " < ".join(
        f"{ly.name} ({ly.path})" if ly.path else ly.name for ly in loaded.layers))
    rows = [r for r in provenance(loaded) if key is None or r[0] == key or r[0].startswith(key.rstrip(".") + ".")]
    if not rows:
        fail(f"no configuration key {key!r}; run 'briefgen config show' to see them all")
    width = max(len(k) for k, _, _ in rows)
    for k, value, where in rows:
        typer.echo(f"{k:<{width}} = {json.dumps(value, ensure_ascii=False):<30}  # {where}")
    if loaded.settings.templates_dir:
        typer.echo(f"# project templates: {loaded.settings.templates_dir}")


@config_app.command("check")
def check_cmd(config: ConfigOpt = None) -> None:
    """Validate every config layer; print each problem as file:line: key: message, exit 1 if any.

    Also checks that every template named resolves, the logo is an image, and the email
    groups name known groups without a cycle.
    """
    from briefgen.config import check_references, load

    with errors():
        loaded = load(config)
        loaded.problems.extend(check_references(loaded))
    for p in loaded.problems:
        typer.echo(f"briefgen: error: {p}", err=True)
    if loaded.problems:
        raise typer.Exit(1)
    files = [str(ly.path) for ly in loaded.layers if ly.path]
    typer.echo(f"ok: {', '.join(files) if files else 'built-in defaults only'}; "
               f"audiences: {', '.join(loaded.settings.audiences) if loaded.settings else ''}")


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(config_app, name="config")
