"""Context and background (first version: history and situation cues)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefgen.models import ContextItem, Fact, Quote

CUES = re.compile(
    r"\b(roots|history|historically|since|era|decades?|years ago|at a time of|"
    r"background|previously|long-standing|has been|have been|had been)\b",
    re.I,
)


def extract_context(doc: Doc, quotes: list[Quote], facts: list[Fact]) -> list[ContextItem]:
    """Background sentences, in article order, apart from the top facts and quotes."""
    taken = {(f.start, f.end) for f in facts[:5]}
    out: list[ContextItem] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or not CUES.search(text):
            continue
        start = sent.start_char + sent.text.index(text)
        end = start + len(text)
        if (start, end) in taken or any(q.start < end and start < q.end for q in quotes):
            continue
        out.append(ContextItem(text=text, start=start, end=end))
    return out
