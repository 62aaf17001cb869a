"""The real spaCy model, loaded once per test session (``load`` is lru_cached)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.nlp import load

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parse(text: str) -> Doc:
    """Parse ``text`` with the project's pipeline (paragraph breaks included)."""
    return load()(text)
