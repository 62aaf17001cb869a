"""Doc -> hits: one module per family of things a brief needs.

Each family is a pure function of a spaCy ``Doc`` (plus what earlier families found)
that returns plain models with offsets into the article body; no spaCy object leaves
this package.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from briefgen.dates import day_ahead
from briefgen.extract import context, entities, facts, figures, quotes, timeline
from briefgen.extract.cast import add_caption_roles, add_standfirst_names, build_cast
from briefgen.models import DATELINE_PUBLISHER, Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["extract", "extract_doc", "extract_many", "parse_captions", "parse_standfirst",
           "reads_language"]


def extract_doc(article: Article, doc: Doc, captions: Sequence[Doc] = (),
                standfirst: Doc | None = None) -> Extraction:
    """Run every extractor over ``doc``, the parse of ``article.body``.

    ``captions`` are the parses of ``article.captions`` (:func:`parse_captions`): they
    give roles to people the body names, nothing else. ``standfirst`` is the parse of
    ``article.standfirst`` (:func:`parse_standfirst`): it gives full names to people the
    body calls by surname only, nothing else.

    Words in quote marks (direct and partial quotes) and reported speech (indirect,
    no quote marks) are kept apart: ``quotes`` is what a brief may print between quote
    marks; ``reported`` is who claimed what. A sentence of reported speech can still
    be a key fact ("the White House said the council had voted ..."), so facts avoid only
    quoted words. One cast (:mod:`briefgen.extract.cast`) is built per article and
    shared by every family, so quotes, facts and actors agree on who is who.
    """
    if not reads_language(article.language):
        # the model reads English: its quotes, names and dates in another language would
        # be noise printed as fact, so nothing is extracted (the brief says why)
        return Extraction(article=article)
    # a bare week day may be the day after publication (briefgen.dates.day_ahead): read
    # where a date is resolved (timeline rows, dates added to lines)
    doc.user_data["day_ahead"] = day_ahead(article.published, article.stamped)
    # the paragraph breaks a wall of text lost: quote attribution reads them
    doc.user_data["recovered_breaks"] = set(article.recovered_breaks)
    cast = build_cast(doc)
    add_standfirst_names(cast, standfirst)
    add_caption_roles(cast, captions)
    found = quotes.extract_quotes(doc, cast=cast)
    quoted = [q for q in found if q.kind != "indirect"]
    # what is no story text (a release's "About <Company>" tail, captions, teasers): found
    # once; no fact or background line is read from it, and no figure or actor from what
    # is surely page (a teaser beside a crosshead may be story: facts.LIKELY_PAGE)
    parts = facts.outside_named(doc.text, list(doc.sents))
    skip = [(a, b) for _why, a, b in parts]
    page = [(a, b) for why, a, b in parts if why not in facts.LIKELY_PAGE]
    found_facts = facts.extract_facts(doc, quoted, cast=cast, published=article.published,
                                      title=article.title, skip=skip)
    found_context = context.extract_context(doc, quoted, found_facts, cast=cast,
                                            published=article.published, skip=skip)
    # the outlet of a dateline ingest took off the text; not a declared or guessed publisher
    # (a company's own release is published by the company the story is about)
    dateline = article.found.get("publisher") in DATELINE_PUBLISHER
    found_entities = entities.extract_entities(doc, found, cast=cast, title=article.title,
                                               skip=page, outlet=article.publisher if dateline else None)
    return Extraction(
        article=article,
        quotes=[q for q in found if q.kind != "indirect"],
        reported=[q for q in found if q.kind == "indirect"],
        facts=found_facts,
        figures=figures.extract_figures(doc, quoted, page),
        context=found_context,
        entities=found_entities,
        timeline=timeline.extract_timeline(doc, article.published, cast=cast),
    )


def reads_language(language: str | None) -> bool:
    """Whether extraction can read an article in ``language`` (English, or unknown)."""
    return not language or language.lower().startswith("en")


def parse_captions(article: Article, nlp: Language) -> list[Doc]:
    """The parses of the article's photo captions (none when extraction cannot read
    the article's language)."""
    if not article.captions or not reads_language(article.language):
        return []
    return list(nlp.pipe(article.captions))


def parse_standfirst(article: Article, nlp: Language) -> Doc | None:
    """The parse of the article's standfirst (None when it has none, or when extraction
    cannot read the article's language)."""
    if not article.standfirst or not reads_language(article.language):
        return None
    return nlp(article.standfirst)


def extract(article: Article, nlp: Language) -> Extraction:
    """Parse one article and extract from it."""
    return extract_doc(article, nlp(article.body), parse_captions(article, nlp),
                       parse_standfirst(article, nlp))


def extract_many(articles: Iterable[Article], nlp: Language) -> Iterator[Extraction]:
    """Parse articles in a batch (``nlp.pipe``) and extract from each, in order."""
    arts = list(articles)
    for article, doc in zip(arts, nlp.pipe(a.body for a in arts), strict=True):
        yield extract_doc(article, doc, parse_captions(article, nlp), parse_standfirst(article, nlp))
