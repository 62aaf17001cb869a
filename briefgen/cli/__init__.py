"""The ``briefgen`` command line: one thin module per command.

Commands parse options and call one library function; only this package turns a
BriefgenError into a one-line message on stderr and an exit code.
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from briefgen import __version__
from briefgen.cli import _state

# Options whose value may be left out: "--email" alone means "the audience's groups".
OPTIONAL_VALUES = {"--email": "@audience"}


def tidy_help_text(text: str) -> str:
    """A docstring as help text that wraps to the terminal: the lines of each paragraph
    joined (so a line break in the source never splits a sentence on screen), while
    indented example lines and paragraphs marked with ``\\b`` keep their breaks."""
    out = []
    for para in inspect.cleandoc(text).split("\n\n"):
        lines = para.split("\n")
        if para.startswith("\b") or any(line.startswith((" ", "\t")) for line in lines):
            out.append(para)
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)


def _metavar(param: Any) -> str:
    """TEXT / PATH / INTEGER: the placeholder click shows for an option's value."""
    bare = param.bare_type() if hasattr(param, "bare_type") else "str"
    bare = bare.removeprefix("list[").removesuffix("]")
    return {"str": "TEXT", "Path": "PATH", "int": "INTEGER", "float": "NUMBER"}.get(bare, bare.upper())


def _tidy_param(param: Any) -> None:
    if param.param_type_name == "argument":
        name = (param.name or "value").upper()
        dots = "..." if param.nargs != 1 else ""
        usage = (name if param.required else f"[{name}]") + dots
        param.metavar = name + dots
        param._rich_display_name = lambda: name + dots
        param._usage_display_name = lambda: usage
        param.display_type_rich = lambda ctx: None  # the name says what it is
    elif getattr(param, "is_flag", False):
        param.display_type_rich = lambda ctx: None  # a flag takes no value
    elif param.metavar is None:
        desc: Any = getattr(param, "type_descriptor", None)
        if desc is not None and getattr(desc, "is_choice", False):
            param.metavar = "[" + "|".join(str(c) for c in desc.choices or ()) + "]"
        else:
            param.metavar = _metavar(param)


def tidy_command(command: Any) -> Any:
    """Help as typer and click users expect it: paragraphs that wrap as written, no type
    placeholder after a flag, and SOURCES... / TEXT / PATH instead of {sources}, <str>."""
    if getattr(command, "_briefgen_tidy", False):
        return command
    if command.help:
        command.help = tidy_help_text(command.help)
    for param in getattr(command, "params", ()):
        _tidy_param(param)
    help_option = command.get_help_option

    def tidy_help_option(ctx: Any) -> Any:
        option = help_option(ctx)
        if option is not None:
            _tidy_param(option)
        return option

    command.get_help_option = tidy_help_option
    command._briefgen_tidy = True
    return command


class _Group(TyperGroup):
    """Typer's group, letting the options in OPTIONAL_VALUES stand without a value, and
    showing every command's help tidied (see :func:`tidy_command`)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            tidy_command(command)
            if hasattr(command, "commands"):  # a sub-group: tidy its commands too
                for sub in command.commands.values():
                    tidy_command(sub)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        tidy_command(self)
        super().format_help(ctx, formatter)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        fixed: list[str] = []
        for i, arg in enumerate(args):
            fixed.append(arg)
            if arg == "--":
                fixed.extend(args[i + 1 :])
                break
            if arg in OPTIONAL_VALUES and (i + 1 == len(args) or (args[i + 1].startswith("-") and args[i + 1] != "-")):
                fixed.append(OPTIONAL_VALUES[arg])
        return super().parse_args(ctx, fixed)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **kwargs: Any) -> Any:
        """Usage errors as one line (``briefgen: error: ...``, exit 2), not a boxed panel."""
        tidy_command(self)
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **kwargs)
        from typer._click.exceptions import ClickException
        from typer.exceptions import Abort

        try:
            rv = super().main(args, prog_name, complete_var, False, windows_expand_args, **kwargs)
        except ClickException as exc:
            typer.echo(f"briefgen: error: {exc.format_message()} (see --help)", err=True)
            sys.exit(exc.exit_code)
        except Abort:
            typer.echo("briefgen: error: aborted", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            typer.echo("briefgen: error: interrupted", err=True)
            sys.exit(130)
        except _state.Terminated:
            typer.echo("briefgen: error: terminated", err=True)
            sys.exit(143)
        if rv == 130 and not _state.REPORTED:  # typer turned an interrupt into Exit(130)
            typer.echo("briefgen: error: interrupted", err=True)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(
    name="briefgen",
    cls=_Group,
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
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show progress and info logs.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings (e.g. a source read as cp1252) as failure: exit 1.")] = False,
) -> None:
    """Turn news articles into polished policy briefs (PDF and HTML)."""
    _state.DEBUG = debug
    _state.install_signal_handlers()
    if strict:
        counter = _state.CountHandler()
        logging.getLogger("briefgen").addHandler(counter)
        ctx.call_on_close(lambda: _state.strict_exit(counter))
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    _state.configure_logging(level)
    # WeasyPrint warns about its own internals (font subsetting backends, CSS it ignores);
    # a user needs those only when debugging a template.
    logging.getLogger("weasyprint").setLevel(logging.DEBUG if debug else logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.DEBUG if debug else logging.ERROR)
    # trafilatura and its helpers log what they discard ("discarding data: None"); the
    # source's own error line says it better, so their logs show only with --debug.
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.CRITICAL)


from briefgen.cli import brief as _brief  # noqa: E402
from briefgen.cli import config as _config  # noqa: E402
from briefgen.cli import digest as _digest  # noqa: E402
from briefgen.cli import draft as _draft  # noqa: E402
from briefgen.cli import extract as _extract  # noqa: E402
from briefgen.cli import init as _init  # noqa: E402
from briefgen.cli import preview as _preview  # noqa: E402
from briefgen.cli import send as _send  # noqa: E402
from briefgen.cli import templates as _templates  # noqa: E402

_brief.register(app)
_extract.register(app)
_digest.register(app)
_send.register(app)
_init.register(app)
_config.register(app)
_templates.register(app)
_draft.register(app)
_preview.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
