"""Fixtures shared by the whole suite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "russia-north-korea-independent-2024-01-15.txt"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep user config, data and the sent log out of the developer's home."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("BRIEFGEN_CONFIG_DIR", str(base / "user-config"))
    monkeypatch.setenv("BRIEFGEN_DATA_DIR", str(base / "user-data"))
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(base / "user-cache"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole run."""
    from briefgen.extract.nlp import load

    return load()


@pytest.fixture
def fixed_now() -> dt.datetime:
    """A fixed 'generated' time so that output is reproducible."""
    return dt.datetime(2025, 3, 14, 10, 30, tzinfo=dt.UTC)


def pdf_text(path: Path) -> tuple[str, int]:
    """All text of a PDF (whitespace folded) and its page count."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def parse(text: str):  # type: ignore[no-untyped-def]
    """Parse with the project's pipeline; the model loads once (``load`` is cached)."""
    from briefgen.extract.nlp import load

    return load()(text)
