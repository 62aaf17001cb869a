"""``briefgen templates``: list, show, eject and document the brief templates."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._state import errors
from briefgen.errors import TemplateError, UsageError

templates_app = typer.Typer(help="List, show, eject and document the brief templates.",
                            no_args_is_help=True)

TemplatesOpt = Annotated[Path | None, typer.Option("--templates", help="Folder searched first for templates.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")]


def _catalogue(templates_dir: Path | None, config: Path | None):  # type: ignore[no-untyped-def]
    from briefgen.config import load_settings
    from briefgen.render.environment import catalogue

    settings = load_settings(config)
    return catalogue([("--templates", templates_dir), ("project", settings.templates_dir)])


def find_template(name: str, templates_dir: Path | None = None, config: Path | None = None) -> Path:
    """The file that a template name resolves to, along the search path."""
    from briefgen.render.environment import SUFFIX
    from briefgen.resources import data_dir

    stem = name.removesuffix(SUFFIX)
    if stem.startswith("builtin/"):
        path = data_dir("templates") / (stem.removeprefix("builtin/") + SUFFIX)
        if path.is_file():
            return path
    for info in _catalogue(templates_dir, config):
        if info.name == stem:
            return info.path
    for partial in ("base", "_macros"):  # not briefs, but useful to show and eject
        if stem == partial:
            return data_dir("templates") / (partial + SUFFIX)
    names = ", ".join(i.name for i in _catalogue(templates_dir, config))
    raise TemplateError(f"template {name!r} not found; available: {names}, base, _macros")


@templates_app.command("list")
def list_cmd(templates_dir: TemplatesOpt = None, config: ConfigOpt = None) -> None:
    """List the templates: name, where it comes from (built-in, user, project), description."""
    with errors():
        infos = _catalogue(templates_dir, config)
    width = max(len(i.name) for i in infos)
    for i in infos:
        origin = i.origin + (f" (replaces {i.shadows})" if i.shadows else "")
        typer.echo(f"{i.name:<{width}}  {origin:<22}  {i.description}")


@templates_app.command("show")
def show_cmd(name: Annotated[str, typer.Argument(help="Template name, e.g. policy or builtin/policy.")],
             templates_dir: TemplatesOpt = None, config: ConfigOpt = None) -> None:
    """Print a template's source (the one that would be used, or builtin/NAME)."""
    with errors():
        path = find_template(name, templates_dir, config)
    typer.echo(f"{{# {path} #}}")
    typer.echo(path.read_text(encoding="utf-8"), nl=False)


def eject(name: str, folder: Path, *, templates_dir: Path | None = None, config: Path | None = None,
          force: bool = False) -> Path:
    """Copy a built-in template into ``folder`` so it can be edited; refuse to overwrite."""
    from briefgen.render.environment import SUFFIX
    from briefgen.resources import data_dir

    stem = name.removesuffix(SUFFIX).removeprefix("builtin/")
    source = data_dir("templates") / (stem + SUFFIX)
    if not source.is_file():
        source = find_template(name, templates_dir, config)
    target = folder / source.name
    if target.exists() and not force:
        raise UsageError(f"{target}: already exists; edit it, or use --force to overwrite it")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot copy the template there ({exc.strerror}); give a folder") from None
    return target


@templates_app.command("eject")
def eject_cmd(name: Annotated[str, typer.Argument(help="Template to copy, e.g. executive.")],
              folder: Annotated[Path | None, typer.Argument(help="Where to put it (default: the project's templates/ folder, else ./templates).")] = None,
              force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
              config: ConfigOpt = None) -> None:
    """Copy a built-in template into your templates folder to customise it.

    Tip: to change one part only, make a file that starts with
    {% extends "builtin/NAME.html.j2" %} and overrides one block instead.
    """
    from briefgen.config import load_settings

    with errors():
        dest = folder or load_settings(config).templates_dir or Path("templates")
        target = eject(name, dest, config=config, force=force)
    typer.echo(f"wrote {target}")


@templates_app.command("vars")
def vars_cmd() -> None:
    """Document the variables, filters and blocks that templates can use."""
    from briefgen.render.variables import BLOCKS, BRIEF, CONTEXT, FILTERS

    for title, table, prefix in (("Variables", CONTEXT, ""), ("brief fields", BRIEF, "brief."),
                                 ("Filters", FILTERS, ""), ("Blocks", BLOCKS, "")):
        typer.echo(f"{title}:")
        width = max(len(prefix + k) for k in table)
        for k, v in table.items():
            typer.echo(f"  {prefix + k:<{width}}  {v}")
        typer.echo("")


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(templates_app, name="templates")
