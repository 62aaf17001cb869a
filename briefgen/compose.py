"""Extraction(s) + audience settings -> Brief: rank, dedupe, merge sources, cite.

Each source gets a number; every fact, quote and event carries the numbers of the
sources that report it. Facts that several sources report are merged and counted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.config import Audience
from briefgen.extract.facts import SAME_FACT, similar
from briefgen.models import (
    Brief,
    BriefActor,
    BriefEvent,
    BriefItem,
    BriefQuote,
    Extraction,
    Quote,
    SourceRef,
)

ACTOR_KINDS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place",
               "NORP": "Group", "FAC": "Place"}


# Where a sentence can be cut and still read as a whole thought: a semicolon, a dash, or a
# comma before a conjunction or a subordinate clause.
_STRONG_CUT = re.compile(
    r";|\s[\u2013\u2014-]\s|,\s(?=(?:and|but|while|as|which|who|after|before|with|although|though|"
    r"because|since|amid|despite|according|adding|saying|in a move|thanks)\b)"
)


def shorten(text: str, max_words: int = 40, slack: float = 1.25) -> str:
    """Cut a long sentence at a clause boundary, never mid-word, marking the cut with '…'.

    A sentence up to ``slack`` times the limit is kept whole (cutting one word helps
    nobody). Otherwise it is cut at the last strong boundary (semicolon, dash, comma
    before a conjunction) past the first third of the allowance, then at any comma there, and
    only as a last resort between words.
    """
    words = text.split()
    if len(words) <= max_words * slack:
        return text
    limit = len(" ".join(words[:max_words]))
    strong = [m.start() for m in _STRONG_CUT.finditer(text, 0, limit + 1) if m.start() >= limit * 0.3]
    weak = [i for i in range(int(limit * 0.3), limit) if text.startswith(", ", i)]
    cut = strong[-1] if strong else weak[-1] if weak else limit
    return text[:cut].rstrip(",;:\u2013\u2014- ") + " …"


Candidate = tuple[str, int, int | None]  # text, source number, paragraph number


def paragraph_of(ex: Extraction, offset: int) -> int | None:
    """The 1-based paragraph of the article body that holds ``offset``."""
    for n, (start, end) in enumerate(ex.article.paragraphs(), start=1):
        if start <= offset < end or offset < start:
            return n
    return None


def _merge_items(candidates: list[Candidate], limit: int, threshold: float = SAME_FACT) -> list[BriefItem]:
    """Keep the first ``limit`` distinct texts; a near-duplicate adds its source as a cite."""
    out: list[BriefItem] = []
    for text, src, para in candidates:
        twin = next((item for item in out if similar(item.text, text) >= threshold), None)
        if twin is not None:
            if src not in twin.cites:
                twin.cites.append(src)
                twin.corroboration = len(twin.cites)
            continue
        if len(out) < limit:
            out.append(BriefItem(text=text, cites=[src], paragraph=para))
    return out


def _interleave(per_source: list[list[Candidate]]) -> list[Candidate]:
    """Round-robin over sources so that the best of each comes first."""
    out: list[Candidate] = []
    for i in range(max((len(x) for x in per_source), default=0)):
        out.extend(x[i] for x in per_source if i < len(x))
    return out


def _quote_rank(q: Quote) -> tuple[float, ...]:
    words = len(q.text.split())
    substantive = 1.0 if 8 <= words <= 70 else 0.5 if words >= 4 else 0.0
    return (
        -(q.speaker is not None and q.speaker_type != "unknown"),
        -(q.speaker_role is not None),
        -(q.kind == "direct"),
        -substantive,
        -q.confidence,
    )


_LEANING = frozenset(["he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its", "we", "i", "but", "and", "so", "yet", "also", "however", "meanwhile"])


def leans_on_previous(text: str) -> bool:
    """True when a sentence opens on a pronoun or a connective that needs the one before."""
    first = text.split(maxsplit=1)[0].strip(",;:").lower() if text.strip() else ""
    return first in _LEANING


def _role(q: Quote) -> str | None:
    """The speaker's role, unless the name already says it ("A Nato spokesperson")."""
    if q.speaker_role and q.speaker and q.speaker_role.lower() in q.speaker.lower():
        return None
    return q.speaker_role


def pick_quotes(extractions: Sequence[Extraction], audience: Audience) -> list[BriefQuote]:
    """Named speakers with roles first, substantive words, several different voices."""
    pool: list[tuple[Quote, int]] = []
    for n, ex in enumerate(extractions, start=1):
        pool.extend((q, n) for q in ex.quotes
                    if q.kind in ("direct", "partial") and len(q.text.split()) >= 4
                    and q.confidence >= audience.min_quote_confidence)
    pool.sort(key=lambda qn: _quote_rank(qn[0]))
    chosen: list[tuple[Quote, int]] = []
    voices: dict[str | None, int] = {}
    for cap in (1, 2, 99):  # first one per voice, then a second, then anything left
        for q, n in pool:
            if len(chosen) >= audience.max_quotes:
                break
            if any(q is c for c, _ in chosen) or voices.get(q.speaker, 0) >= cap:
                continue
            if q.speaker is None and cap < 99:  # unattributed words only to fill up
                continue
            if any(similar(q.text, c.text) > 0.8 for c, _ in chosen):
                continue
            chosen.append((q, n))
            voices[q.speaker] = voices.get(q.speaker, 0) + 1
    words = audience.item_words
    # The comma that led into the attribution ('"... a halt," Kirby said') is not part of
    # what was said; the words stay verbatim.
    return [BriefQuote(text=(shorten(q.text, words) if words else q.text).rstrip(", "), speaker=q.speaker,
                       speaker_type=q.speaker_type, role=_role(q), kind=q.kind,
                       confidence=q.confidence, cites=[n],
                       paragraph=paragraph_of(extractions[n - 1], q.start))
            for q, n in chosen]


def pick_actors(extractions: Sequence[Extraction], limit: int) -> list[BriefActor]:
    """The actors the story is about, across sources, merged by name, most central first.

    Actors named only in passing (salience 0: a place mentioned once, a common word
    read as a name) are left out.
    """
    merged: dict[str, BriefActor] = {}
    score: dict[str, float] = {}
    for ex in extractions:
        for e in ex.entities:
            kind = ACTOR_KINDS.get(e.label)
            if kind is None or e.salience <= 0:
                continue
            key = e.name.lower()
            if key in merged:
                merged[key].mentions += e.mentions
                merged[key].role = merged[key].role or e.role
                score[key] += e.salience
            else:
                merged[key] = BriefActor(name=e.name, kind=kind, role=e.role,
                                         relation=e.relation, mentions=e.mentions)
                score[key] = e.salience
    order = sorted(merged, key=lambda k: (-score[k], merged[k].kind == "Place", -merged[k].mentions, k))
    return [merged[k] for k in order[:limit]]


def figure_line(value: str, what: str) -> str:
    """A "By the numbers" line: the figure, then what it counts when the figure does not say."""
    return f"{value}: {what}" if what else value


def _event_label(date: str, precision: str) -> str:
    try:
        if precision == "day":
            d = dt.date.fromisoformat(date)
            return f"{d.day} {d:%b %Y}"
        if precision == "week":
            d = dt.date.fromisoformat(date)
            return f"week of {d.day} {d:%b %Y}"
        if precision == "month":
            d = dt.date.fromisoformat(date + "-01")
            return f"{d:%B %Y}"
    except ValueError:
        pass
    return date


def compose(extractions: Sequence[Extraction], audience: Audience, *, audience_name: str = "policy",
            title: str | None = None, organisation: str | None = None,
            now: dt.datetime | None = None) -> Brief:
    """Build the brief that the templates render."""
    if not extractions:
        raise ValueError("compose needs at least one extraction")
    sources = [
        SourceRef(number=n, source=ex.article.source, title=ex.article.title,
                  publisher=ex.article.publisher, byline=ex.article.byline,
                  published=ex.article.published, url=ex.article.url)
        for n, ex in enumerate(extractions, start=1)
    ]
    facts = _interleave([[(f.text, n, paragraph_of(ex, f.start)) for f in ex.facts]
                         for n, ex in enumerate(extractions, 1)])
    n_summary = audience.summary_bullets
    wants_context = "context" in audience.sections and audience.max_context > 0
    ranked = _merge_items(facts, n_summary + audience.max_facts
                          + (audience.max_context if wants_context else 0))
    summary = [i.model_copy(update={"text": shorten(i.text, audience.summary_words)})
               for i in ranked[:n_summary]]
    # Background goes to "Context and background" and the news to "Key facts", so no
    # sentence is printed twice: context first takes what the summary did not, then key
    # facts take the rest.
    context: list[BriefItem] = []
    if wants_context:
        headline = [i.text for i in ranked[:n_summary]]
        context = _merge_items(
            _interleave([[(c.text, n, paragraph_of(ex, c.start)) for c in ex.context
                          if not any(similar(c.text, t) >= SAME_FACT for t in headline)]
                         for n, ex in enumerate(extractions, 1)]),
            audience.max_context)
    key_facts = [i for i in ranked[n_summary:]
                 if not any(similar(i.text, c.text) >= SAME_FACT for c in context)][:audience.max_facts]
    # A fact that opens on "He adds ..." or "But ..." leans on a sentence the brief does
    # not print: it goes after the facts that stand on their own.
    key_facts.sort(key=lambda i: leans_on_previous(i.text))
    if audience.item_words:
        key_facts = [i.model_copy(update={"text": shorten(i.text, audience.item_words)}) for i in key_facts]
    figures = _merge_items(
        _interleave([[(figure_line(f.text, f.label), n, paragraph_of(ex, f.start)) for f in ex.figures]
                     for n, ex in enumerate(extractions, 1)]), 6, threshold=0.95)
    events: list[BriefEvent] = []
    for n, ex in enumerate(extractions, 1):
        for ev in ex.timeline:
            twin = next((e for e in events if e.date == ev.date and similar(e.text, ev.text) >= 0.6), None)
            if twin:
                if n not in twin.cites:
                    twin.cites.append(n)
                continue
            events.append(BriefEvent(date=ev.date, precision=ev.precision,
                                     label=_event_label(ev.date, ev.precision),
                                     text=shorten(ev.text, 45), cites=[n],
                                     paragraph=paragraph_of(ex, ev.start)))
    events.sort(key=lambda e: e.date)
    first = extractions[0].article
    brief_title = title or first.title or "Untitled brief"
    quotes = pick_quotes(extractions, audience)
    distinct = _merge_items(facts, len(facts))
    omitted = {
        "facts": max(0, len(distinct) - len(summary) - len(key_facts) - len(context)),
        "quotes": max(0, sum(1 for ex in extractions for q in ex.quotes
                                     if q.kind != "indirect" and len(q.text.split()) >= 4)
                      - len(quotes)),
    }
    return Brief(
        title=brief_title,
        subtitle=first.standfirst if len(extractions) == 1 else
        f"A brief drawing on {len(extractions)} sources",
        template=audience.template,
        audience=audience_name,
        generated=now or dt.datetime.now().astimezone(),
        sources=sources,
        summary=summary,
        facts=key_facts,
        figures=figures,
        quotes=quotes,
        context=context,
        actors=pick_actors(extractions, audience.max_actors),
        timeline=events[-audience.max_timeline:] if audience.max_timeline else [],
        sections=list(audience.sections),
        omitted={k: v for k, v in omitted.items() if v},
        banner=audience.banner,
        prepared_for=audience.prepared_for,
        organisation=organisation,
        author=", ".join(dict.fromkeys(s.byline for s in sources if s.byline)) or None,
    )
