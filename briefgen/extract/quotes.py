"""Quotes and who said them (first version: marks + subject of the speech verb)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefgen.models import Quote

SPEECH_VERBS = {
    "say", "tell", "add", "warn", "state", "claim", "note", "explain", "argue",
    "insist", "underscore", "stress", "write", "announce", "declare", "ask",
}
QUOTE_RE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,}?)[\"\u201d]")


def _speaker(sent: Span) -> tuple[str | None, str | None]:
    for tok in sent:
        if tok.lemma_ in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            for child in tok.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    ents = [e for e in sent.ents if e.start <= child.i < e.end]
                    name = ents[0].text if ents else child.text
                    return name, tok.text
    return None, None


def extract_quotes(doc: Doc) -> list[Quote]:
    """Direct quotes with the speaker named in the same sentence."""
    out: list[Quote] = []
    for m in QUOTE_RE.finditer(doc.text):
        start, end = m.span(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        speaker, cue = _speaker(span.sent)
        kind = "direct" if m.start() == span.sent.start_char else "partial"
        out.append(Quote(text=m.group(1), start=start, end=end, speaker=speaker,
                         speaker_type="person" if speaker else "unknown", cue=cue,
                         kind=kind, confidence=0.5 if speaker else 0.2))
    return out
