"""The ``briefgen`` command line: one thin module per command.

Commands parse options and call one library function; only this package turns a
BriefgenError into a one-line message on stderr and an exit code.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from briefgen import __version__
from briefgen.cli import _state

app = typer.Typer(
    name="briefgen",
    help="Turn news articles into polished policy briefs (PDF and HTML).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show progress and info logs.")] = False,
) -> None:
    """Turn news articles into polished policy briefs (PDF and HTML)."""
    _state.DEBUG = debug
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="briefgen: %(levelname)s: %(message)s", stream=sys.stderr)


from briefgen.cli import brief as _brief  # noqa: E402
from briefgen.cli import config as _config  # noqa: E402
from briefgen.cli import extract as _extract  # noqa: E402
from briefgen.cli import init as _init  # noqa: E402
from briefgen.cli import templates as _templates  # noqa: E402

_brief.register(app)
_extract.register(app)
_init.register(app)
_config.register(app)
_templates.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
