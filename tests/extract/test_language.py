"""An article the model cannot read is not briefed as if it were English."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.compose import compose
from briefgen.config import Audience
from briefgen.extract import extract, reads_language
from briefgen.extract.nlp import load
from briefgen.ingest import read_source

pytestmark = pytest.mark.slow

PORTUGUESE = """O governo anuncia novo plano para os portos do norte

Por Ana Ribeiro

O governo de Lisboa anunciou na segunda-feira um plano de 40 milhões de euros para modernizar os portos do norte do país, disse o ministro das Infraestruturas.

"Este é um investimento que vai mudar a vida de milhares de famílias", afirmou o ministro João Matos em conferência de imprensa.

As obras devem começar em março e terminar até ao fim de 2027, segundo o documento apresentado aos autarcas da região.
"""


def test_a_portuguese_article_gives_no_english_model_output(tmp_path: Path) -> None:
    path = tmp_path / "porto.txt"
    path.write_text(PORTUGUESE, encoding="utf-8")
    article = read_source(str(path))
    assert article.language == "pt"
    ex = extract(article, load())
    assert (ex.facts, ex.quotes, ex.entities, ex.timeline, ex.figures) == ([], [], [], [], [])
    brief = compose([ex], Audience())
    # the brief says why it is empty, apart from the summary (which holds only article text)
    assert brief.notices == [
        "This source is in Portuguese: briefgen reads English only, so no facts, quotes, "
        "people or dates are taken from it."]
    assert brief.summary == []
    assert brief.title.startswith("O governo anuncia novo plano")


@pytest.mark.parametrize(("code", "reads"), [(None, True), ("en", True), ("en-GB", True),
                                             ("pt", False), ("ja", False)])
def test_reads_language(code: str | None, reads: bool) -> None:
    assert reads_language(code) is reads
