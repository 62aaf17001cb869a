"""The whole line, as library functions the CLI calls: read -> parse -> extract -> compose.

Batches go on past a bad source: each result is either an Extraction or a SourceFailure,
kept in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefgen.config import Settings
from briefgen.errors import BriefgenError
from briefgen.models import Article, Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceFailure:
    """A source that could not be read, with the one-line reason."""

    source: str
    error: str

    def to_record(self) -> dict[str, str]:
        """The JSONL record that keeps lines aligned with the inputs."""
        return {"source": self.source, "error": self.error}


def read_sources(sources: Iterable[str]) -> list[Article | SourceFailure]:
    """Read every source; a bad one becomes a SourceFailure and the batch goes on."""
    from briefgen.ingest import expand_sources, read_source

    out: list[Article | SourceFailure] = []
    for source in expand_sources(list(sources)):
        try:
            article = read_source(source)
        except BriefgenError as exc:
            log.warning("%s", exc)
            out.append(SourceFailure(source, str(exc)))
            continue
        for w in article.warnings:
            log.warning("%s", w)
        out.append(article)
    return out


def extract_sources(
    sources: Iterable[str],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> list[Extraction | SourceFailure]:
    """Read and extract every source, in input order (the model loads once)."""
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load

    read = read_sources(sources)
    articles = [a for a in read if isinstance(a, Article)]
    results: list[Extraction] = []
    if articles:
        nlp = load(settings.nlp.model)
        for ex in extract_many(articles, nlp):
            results.append(ex)
            if progress:
                progress(1)
    it = iter(results)
    return [next(it) if isinstance(a, Article) else a for a in read]
