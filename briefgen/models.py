"""The typed data that flows through briefgen.

Article -> Extraction (facts, quotes, context, entities, timeline, figures) -> Brief.
All offsets are character offsets into ``Article.body``; no spaCy object appears here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerType = Literal["person", "organisation", "document", "unknown"]
Precision = Literal["day", "week", "month", "year"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


#: ``Article.found["publisher"]`` when the outlet was read off the story's own dateline
#: ("(Newswire) -", "(NEWSWIRE)The mayor said"), not declared by the page or guessed.
WIRE_DATELINE = "wire dateline"
GLUED_DATELINE = "dateline glued to the first word"
DATELINE_PUBLISHER = frozenset({WIRE_DATELINE, GLUED_DATELINE})


class Article(_Model):
    """One source, cleaned: the article body and what is known about it."""

    source: str = Field(description="What the user named: a path, '-' or a URL.")
    body: str = Field(description="Article text; paragraphs separated by a blank line.")
    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    stamped: dt.datetime | None = Field(
        default=None,
        description="The page's publication time stamp with its time zone, when its "
                    "metadata gives one (the day may differ from ``published``).",
    )
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    found: dict[str, str] = Field(
        default_factory=dict,
        description="Where each metadata field came from, e.g. {'title': 'first line'}.",
    )
    warnings: list[str] = Field(default_factory=list)
    captions: list[str] = Field(
        default_factory=list,
        description="Photo captions of the article, kept out of the body: they may give a "
                    "role to someone the body names, never an actor of their own.",
    )
    recovered_breaks: list[int] = Field(
        default_factory=list,
        description="Offsets in the body of the paragraph breaks a wall of text lost "
                    "(briefgen.ingest.text.wall_breaks): quote attribution reads them as "
                    "paragraph starts; the body itself is unchanged.",
    )

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) offsets of each paragraph of the body."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for block in self.body.split("\n\n"):
            start = self.body.index(block, pos) if block else pos
            end = start + len(block)
            if block.strip():
                spans.append((start, end))
            pos = end
        return spans


class Span(_Model):
    """A piece of the article body, printed verbatim."""

    text: str
    start: int
    end: int


EditKind = Literal["referent", "date", "connective", "cut"]


class Edit(_Model):
    """One editorial change to a line taken from the article, recorded so it can be undone.

    ``start``/``end`` index the printed line; ``original`` is the article's words that the
    printed ``line[start:end]`` stands in for: "He" under "[Arun Valdar]", "But r"
    under "[R]", "" under an inserted " [14 January]" or a closing " …" after a cut.
    Insertions are always in square brackets and cuts always show an ellipsis, so every
    word outside them is the article's.
    """

    start: int
    end: int
    original: str = ""
    kind: EditKind


def restore(text: str, edits: list[Edit]) -> str:
    """The article's own words behind a line printed with ``edits``."""
    out = text
    # right to left; at one place the replacement goes back before the insertion in front
    # of it ("[Adam Vale]" for "Vale", then "Yet " before it), so the wider edit first
    for e in sorted(edits, key=lambda e: (-e.start, -e.end)):
        out = out[: e.start] + e.original + out[e.end :]
    return out


class Fact(Span):
    """A sentence or clause that carries the news.

    ``text`` is the line as printed: the article's words from ``start`` to ``end`` with
    the ``edits`` applied (a named referent in brackets, a dropped connective, a resolved
    date, an ellipsis for a cut). ``restore(text, edits) == body[start:end]``.
    """

    score: float = 0.0
    edits: list[Edit] = Field(default_factory=list)
    #: The whole sentence, when ``text`` is trimmed after its main clause (same start, the
    #: sentence's end, its own edits): what a brief that cuts no item prints. None when
    #: the line is the whole sentence already.
    whole: Fact | None = None


class ContextItem(Span):
    """A sentence of background: history, causes, the wider situation (edits as on Fact)."""

    edits: list[Edit] = Field(default_factory=list)


class Figure(Span):
    """A number with what it counts: "$100 billion in aid", "900km"."""

    label: str = ""


class Quote(Span):
    """Words someone said, verbatim (``text`` is without the quote marks)."""

    speaker: str | None = None
    speaker_type: SpeakerType = "unknown"
    speaker_role: str | None = None
    cue: str | None = None
    kind: QuoteKind = "direct"
    confidence: float = 1.0


class Entity(_Model):
    """A person, organisation or place the article talks about."""

    name: str
    label: str
    mentions: int = 1
    role: str | None = None
    relation: str | None = Field(default=None, description="speaker, subject or place")
    aliases: list[str] = Field(default_factory=list)
    salience: float | None = Field(
        default=None, description="How central to the story; 0: named in passing; None: not scored.")


class Event(Span):
    """A dated event; ``date`` is YYYY, YYYY-MM or YYYY-MM-DD by ``precision`` (a week: its Monday).

    ``text`` is the clause made to stand alone as a key fact is (a pronoun named in
    brackets, a relative day dated): ``restore(text, edits) == body[start:end]``.
    """

    date: str
    precision: Precision = "day"
    edits: list[Edit] = Field(default_factory=list)
    ahead: bool = Field(False, description="The row tells what is planned or expected then "
                                           "('will open in 2030'), not what happened.")


class Extraction(_Model):
    """Everything extracted from one article."""

    article: Article
    facts: list[Fact] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list, description="Words in quote marks.")
    reported: list[Quote] = Field(default_factory=list, description="Indirect (reported) speech.")
    context: list[ContextItem] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    timeline: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)

    def to_record(self) -> dict[str, object]:
        """The ``briefgen extract --format jsonl`` record (see DESIGN.md)."""
        a = self.article
        return {
            "source": a.source,
            "title": a.title,
            "byline": a.byline,
            "published": a.published.isoformat() if a.published else None,
            "publisher": a.publisher,
            "url": a.url,
            "language": a.language,
            "found": a.found,
            "warnings": a.warnings,
            "body": a.body,
            "captions": a.captions,
            "facts": [f.model_dump() for f in self.facts],
            "quotes": [q.model_dump() for q in self.quotes],
            "reported": [q.model_dump() for q in self.reported],
            "context": [c.model_dump() for c in self.context],
            "entities": [e.model_dump() for e in self.entities],
            "timeline": [t.model_dump() for t in self.timeline],
            "figures": [f.model_dump() for f in self.figures],
        }


class SourceRef(_Model):
    """A numbered source in the brief's reference list."""

    number: int
    source: str
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None


class Variant(_Model):
    """One source's version of something the sources give differently."""

    text: str
    cites: list[int] = Field(default_factory=list)


class BriefItem(_Model):
    """A line of the brief (fact, summary bullet, context) with its citations."""

    text: str
    cites: list[int] = Field(default_factory=list)
    corroboration: int = 1
    paragraph: int | None = Field(None, description="1-based paragraph of the first cited source.")
    analyst: bool = Field(False, description="Added by an analyst in a draft: no source, printed as their own.")
    variants: list[Variant] = Field(
        default_factory=list,
        description="When the sources differ: each version with its sources (empty when they agree).")
    edits: list[Edit] = Field(default_factory=list,
                              description="Editorial insertions and cuts in ``text`` (see Edit).")


class BriefQuote(_Model):
    """A quote as the brief prints it."""

    text: str
    speaker: str | None
    speaker_type: SpeakerType = "unknown"
    role: str | None = None
    kind: QuoteKind = "direct"
    confidence: float = 1.0
    cites: list[int] = Field(default_factory=list)
    corroboration: int = Field(1, description="How many sources print these words.")
    paragraph: int | None = Field(None, description="1-based paragraph of the source.")
    verbatim: bool = Field(True, description="False for an edited quote printed as a paraphrase, without quote marks.")
    analyst: bool = Field(False, description="Added by an analyst in a draft, with no source.")
    variants: list[Variant] = Field(
        default_factory=list, description="Other wordings of this quote in other sources (sources differ).")


class BriefActor(_Model):
    """A key actor: who they are and how they figure in the story."""

    name: str
    kind: str
    role: str | None = None
    relation: str | None = None
    mentions: int = 1


class BriefEvent(_Model):
    """A timeline row."""

    date: str
    precision: Precision
    label: str
    text: str
    cites: list[int] = Field(default_factory=list)
    paragraph: int | None = Field(None, description="1-based paragraph of the first cited source.")
    ahead: bool = Field(False, description="A plan or a forecast, not an event: its label says so.")
    variants: list[Variant] = Field(
        default_factory=list, description="When the sources date the event differently: each date with its sources.")


class Brief(_Model):
    """The composed brief: the render context of every template."""

    title: str
    subtitle: str | None = None
    template: str = "policy"
    audience: str = "default"
    generated: dt.datetime
    sources: list[SourceRef]
    notices: list[str] = Field(
        default_factory=list,
        description="What a reader must know before the rest, printed above it: a source briefgen "
                    "could not read (its language), a source with no statement of fact. Not taken from "
                    "any article, so never in the summary.")
    summary: list[BriefItem] = Field(default_factory=list)
    facts: list[BriefItem] = Field(default_factory=list)
    figures: list[BriefItem] = Field(default_factory=list)
    quotes: list[BriefQuote] = Field(default_factory=list)
    context: list[BriefItem] = Field(default_factory=list)
    actors: list[BriefActor] = Field(default_factory=list)
    timeline: list[BriefEvent] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    omitted: dict[str, int] = Field(default_factory=dict)
    banner: str | None = None
    prepared_for: str | None = None
    organisation: str | None = None
    author: str | None = None
    stories: list[Brief] = Field(
        default_factory=list, description="A digest: one brief per story, heaviest first (empty for a brief).")
