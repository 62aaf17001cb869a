"""Every built-in template with every example article, rendered once per test session."""

from __future__ import annotations

import pytest

from briefgen.config import load_settings
from briefgen.models import Brief
from briefgen.pipeline import make_brief
from tests.conftest import EXAMPLES

ARTICLES = sorted(EXAMPLES.glob("*.txt"))
TEMPLATES = ("policy", "executive", "analyst", "press")
SIZES = ("A4", "Letter")


@pytest.fixture(scope="session")
def example_briefs(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[tuple[str, str, str], tuple[Brief, bytes, str]]:
    """(template, article stem, page size) -> (brief, PDF bytes, HTML) for A4 and Letter."""
    out = {}
    for size in SIZES:
        project = tmp_path_factory.mktemp(f"project-{size}")
        if size != "A4":
            (project / "briefgen.yaml").write_text(f"defaults:\n  page_size: {size}\n")
        settings = load_settings(cwd=project)
        for article in ARTICLES:
            for name in TEMPLATES:
                target = project / f"{article.stem}-{name}.pdf"
                result = make_brief([str(article)], settings, audience=name, output=target, formats="pdf,html")
                out[(name, article.stem, size)] = (result.brief, target.read_bytes(),
                                                   target.with_suffix(".html").read_text(encoding="utf-8"))
    return out
