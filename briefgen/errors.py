"""Errors that library code raises; only the CLI turns them into exit codes.

Every message says what went wrong and what to do about it, and names the file or
source it concerns, so that the CLI can print it as one line.
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base class: a user-facing problem with a one-line message and an exit code."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(BriefgenError):
    """The command line itself is wrong (unknown format, conflicting options)."""

    exit_code = 2


class ConfigError(BriefgenError):
    """A configuration file is missing, unreadable or does not match the schema."""


class InputError(BriefgenError):
    """A source cannot be read or holds no article."""


class TemplateError(BriefgenError):
    """A template is missing, has a syntax error, or uses an undefined variable."""


class RenderError(BriefgenError):
    """HTML or PDF rendering failed."""


class DeliveryError(BriefgenError):
    """Writing an output file or sending an email failed."""


class ModelError(BriefgenError):
    """The spaCy language model is not installed."""


class Terminated(BaseException):
    """SIGTERM arrived: unwind like an interrupt, so temporary files are removed."""


def on_sigterm(signum: int, frame: object) -> None:
    """The SIGTERM handler: raise Terminated in the main thread."""
    raise Terminated
