"""Context and background: history, causes and the wider situation.

A background sentence explains rather than reports: it reaches back in time ("has roots
going back to the Soviet era", "since 2014", "in 2019", past perfect "had been"), gives
a cause or a setting ("amid", "at a time of", "comes as", "part of a wider"), or states
a standing condition ("has long", "for decades", "is the largest"). Each sentence gets
points for such signals; those that score enough are kept, in article order, apart
from the top news facts, quotes, questions and furniture.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefgen.extract.facts import plain_sentences
from briefgen.models import ContextItem, Fact, Quote

__all__ = ["extract_context"]

MAX_CONTEXT = 8
#: Facts this high in the ranking are the news; they are never repeated as background.
TOP_FACTS = 3
THRESHOLD = 1.0

_HISTORY = re.compile(
    r"\b(roots?|history|historic(?:al|ally)?|since|era|decades?|centur(?:y|ies)|"
    r"years? ago|long-(?:standing|running|time)|previously|formerly|traditionally|"
    r"first time|for years|over the years|in the past|dating back|goes? back|went back|"
    r"going back|legacy|founded|established|began|origins?|once|at the height of|"
    r"not always|used to)\b",
    re.I,
)
_SITUATION = re.compile(
    r"\b(amid|at a time (?:of|when)|comes? as|came as|against (?:a|the) backdrop|"
    r"weary|fatigue|tensions?|isolated|"
    r"part of (?:a|an|the) (?:wider|broader|larger|growing)|the latest in|follows?|"
    r"followed|in the wake of|because of|due to|as a result of|led to|sparked|"
    r"fuel(?:led|ed)|increasingly|growing|ongoing|continu(?:es|ing)|still|remains?|"
    r"has long|have long|had long|so far|to date|in recent (?:years|months|weeks))\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")


def _score(sent: Span, text: str, recent_year: int | None) -> float:
    """Points for the signals of background in one sentence."""
    score = 0.0
    score += 1.5 * min(2, len(_HISTORY.findall(text)))
    score += 1.0 * min(2, len(_SITUATION.findall(text)))
    years = [int(y) for y in _YEAR.findall(text)]
    if years and recent_year is not None and min(years) < recent_year:
        score += 1.5  # a year before the story's own
    tags = {t.tag_ for t in sent}
    aux = {t.lower_ for t in sent if t.dep_ in {"aux", "auxpass"}}
    if "had" in aux and "VBN" in tags:
        score += 1.0  # past perfect: what had happened before the news
    elif aux & {"has", "have"} and "VBN" in tags:
        score += 0.5  # present perfect: a state reaching up to now
    return score


def extract_context(doc: Doc, quotes: list[Quote], facts: list[Fact]) -> list[ContextItem]:
    """Background sentences, in article order, apart from the top facts and quotes."""
    text = doc.text
    taken = [(f.start, f.end) for f in facts[:TOP_FACTS]]
    # the latest explicit year in the article stands in for "now"
    years = [int(y) for y in _YEAR.findall(text) if not y.endswith("s")]
    recent = max(years) if years else None
    scored: list[tuple[float, int, int]] = []
    for _i, sent, start, end in plain_sentences(doc, text, quotes):
        if any(s < end and start < e for s, e in taken):
            continue
        score = _score(sent, text[start:end], recent)
        if score >= THRESHOLD:
            scored.append((score, start, end))
    best = sorted(scored, key=lambda x: -x[0])[:MAX_CONTEXT]
    return [ContextItem(text=text[s:e], start=s, end=e) for _, s, e in sorted(best, key=lambda x: x[1])]
