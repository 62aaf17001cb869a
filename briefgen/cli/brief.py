"""``briefgen brief``: articles in, a PDF and/or HTML brief out."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the command to the app (filled in below)."""
