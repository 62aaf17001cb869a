"""The one Jinja environment factory: sandboxed, StrictUndefined, autoescaped.

Templates are found along a search path: ``--templates DIR``, the project's
``templates/`` beside its briefgen.yaml, the user config dir's ``templates/``, then the
built-ins. ``builtin/NAME`` always names the built-in template, so a user template can
``{% extends "builtin/policy.html.j2" %}`` and override one block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefgen.resources import data_dir


def search_path(extra: Sequence[Path | None] = ()) -> list[Path]:
    """User folders first (those that exist), then the built-in templates."""
    dirs = [Path(p) for p in extra if p is not None and Path(p).is_dir()]
    return [*dirs, data_dir("templates")]


def _datefmt(value: dt.date | dt.datetime | str | None, fmt: str = "%-d %B %Y") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).strftime(fmt)
        except ValueError:
            return value
    return value.strftime(fmt)


def _cites(numbers: Sequence[int]) -> str:
    return ",".join(str(n) for n in numbers)


def make_environment(extra_dirs: Sequence[Path | None] = (), date_format: str = "%-d %B %Y") -> ImmutableSandboxedEnvironment:
    """Build the template environment for the given user template folders."""
    builtin = data_dir("templates")
    loader = ChoiceLoader([
        PrefixLoader({"builtin": FileSystemLoader(str(builtin))}),
        FileSystemLoader([str(p) for p in search_path(extra_dirs)]),
    ])
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "j2", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["datefmt"] = lambda v, fmt=date_format: _datefmt(v, fmt)
    env.filters["cites"] = _cites
    return env
