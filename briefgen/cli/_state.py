"""Process-wide CLI state and the one place that maps errors to exit codes."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import typer

from briefgen.errors import BriefgenError, Terminated, on_sigterm

DEBUG = False
# Set once an error line has been printed, so that the exit code 130 typer makes of an
# interrupt it caught itself (outside any command's error handling) still gets its line.
REPORTED = False
T = TypeVar("T")


def install_signal_handlers() -> None:
    """Make SIGTERM clean up as SIGINT does (only possible from the main thread)."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_sigterm)


def fail(message: str, code: int = 1) -> None:
    """Print one error line to stderr and exit with ``code``."""
    global REPORTED
    typer.echo(f"briefgen: error: {message}", err=True)
    REPORTED = True
    raise typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Turn BriefgenError (and unexpected errors) into one line and an exit code."""
    try:
        yield
    except BriefgenError as exc:
        if DEBUG:
            logging.getLogger("briefgen").exception("failed")
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Terminated:
        fail("terminated", 143)
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # a bug: still one line, the traceback with --debug
        if DEBUG:
            raise
        fail(f"internal error: {type(exc).__name__}: {exc}; rerun with --debug and report it")


def call(fn: Callable[[], T]) -> T:
    """Run ``fn`` under :func:`errors`."""
    with errors():
        return fn()
    raise AssertionError("unreachable")  # pragma: no cover


class CountHandler(logging.Handler):
    """Counts warnings and errors logged by briefgen (for --strict)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def strict_exit(counter: CountHandler) -> None:
    """Called when the command ends: with --strict, any warning means exit 1."""
    logging.getLogger("briefgen").removeHandler(counter)
    if counter.count:
        typer.echo(f"briefgen: error: --strict: {counter.count} warning(s) above", err=True)
        raise typer.Exit(1)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (test runners swap it)."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # type: ignore[no-untyped-def]
        pass


def configure_logging(level: int) -> None:
    """One stderr handler on the root logger, replaced on every call.

    The handler itself filters at `level`: a library that sets its own logger to INFO
    (dask's distributed does, from its config) must not print INFO lines on a run
    that asked for warnings only, since its records propagate here whatever the root
    level is."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, _StderrHandler):
            root.removeHandler(h)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("briefgen: %(levelname)s: %(message)s"))
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(level)
