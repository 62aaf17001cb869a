"""Key facts and figures (first version: position, entities and numbers)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefgen.models import Fact, Figure, Quote

NUMERIC = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}


def _inside_quote(start: int, end: int, quotes: list[Quote]) -> bool:
    return any(q.start < end and start < q.end for q in quotes)


def extract_facts(doc: Doc, quotes: list[Quote]) -> list[Fact]:
    """Sentences that carry the news, best first."""
    sents = [s for s in doc.sents if len(s) > 6 and not s.text.strip().endswith("?")]
    scored: list[Fact] = []
    for i, sent in enumerate(sents):
        if _inside_quote(sent.start_char, sent.end_char, quotes):
            continue
        ents = {e.label_ for e in sent.ents}
        score = 1.0 / (1 + i * 0.3) + 0.1 * len(ents) + (0.2 if ents & NUMERIC else 0.0)
        text = sent.text.strip()
        start = sent.start_char + sent.text.index(text)
        scored.append(Fact(text=text, start=start, end=start + len(text), score=round(score, 4)))
    scored.sort(key=lambda f: -f.score)
    return scored[:12]


def extract_figures(doc: Doc, quotes: list[Quote]) -> list[Figure]:
    """Money, quantities and percentages outside quotes."""
    out: list[Figure] = []
    for ent in doc.ents:
        if ent.label_ in {"MONEY", "QUANTITY", "PERCENT"} and not _inside_quote(
            ent.start_char, ent.end_char, quotes
        ):
            out.append(Figure(text=ent.text, start=ent.start_char, end=ent.end_char,
                              label=ent.label_.lower()))
    return out
