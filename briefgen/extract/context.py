"""Context and background: history, causes and the wider situation.

A background sentence explains rather than reports: it reaches back in time ("has its
roots in the Victorian era", "since 2014", "in 2019", past perfect "had been"), gives
a cause or a setting ("amid", "at a time of", "comes as", "part of a wider"), or states
a standing condition ("has long", "for decades", "is the largest"). Each sentence gets
points for such signals; those that score enough are kept, in article order, apart
from the top news facts, quotes, questions and furniture.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from briefgen.extract._background import YEAR, background_score
from briefgen.extract.cast import Cast, build_cast
from briefgen.extract.facts import plain_sentences
from briefgen.extract.standalone import make_line
from briefgen.models import ContextItem, Fact, Quote

__all__ = ["extract_context"]

MAX_CONTEXT = 8
#: Facts this high in the ranking are the news; they are never repeated as background.
TOP_FACTS = 3
THRESHOLD = 1.0


def extract_context(doc: Doc, quotes: list[Quote], facts: list[Fact], cast: Cast | None = None,
                    published: dt.date | None = None,
                    skip: list[tuple[int, int]] | None = None) -> list[ContextItem]:
    """Background sentences, in article order, apart from the top facts and quotes.

    Each stands alone as a key fact does (:mod:`briefgen.extract.standalone`): a
    sentence that cannot be made to is left out. ``skip``: the body's non-story ranges
    (:func:`briefgen.extract.facts.outside_text`, computed when not given).
    """
    text = doc.text
    if cast is None:
        cast = build_cast(doc, text)
    taken = [(f.start, f.end) for f in facts[:TOP_FACTS]]
    # the latest explicit year in the article stands in for "now"
    years = [int(y) for y in YEAR.findall(text)]
    recent = max(years) if years else None
    scored: list[tuple[float, int, ContextItem]] = []
    for _i, sent, start, end in plain_sentences(doc, text, quotes, skip):
        if any(s < end and start < e for s, e in taken):
            continue
        score = background_score(sent, text[start:end], recent)
        if score < THRESHOLD:
            continue
        line = make_line(doc, text, sent, start, end, cast, published)
        if line is not None:
            scored.append((score, start, ContextItem(text=line.text, start=start, end=end,
                                                     edits=line.edits)))
    best = sorted(scored, key=lambda x: -x[0])[:MAX_CONTEXT]
    return [item for _, _, item in sorted(best, key=lambda x: x[1])]
