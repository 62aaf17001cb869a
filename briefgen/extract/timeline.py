"""Dated events (first version: DATE entities resolved with dateparser)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from briefgen.models import Event


def extract_timeline(doc: Doc, published: dt.date | None) -> list[Event]:
    """Events with absolute dates, in date order."""
    import dateparser

    base = dt.datetime.combine(published or dt.date.today(), dt.time())
    out: list[Event] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        when = dateparser.parse(ent.text, languages=["en"], settings={"RELATIVE_BASE": base,
                                                    "PREFER_DATES_FROM": "past"})
        if when is None:
            continue
        sent = ent.sent
        text = sent.text.strip()
        start = sent.start_char + sent.text.index(text)
        out.append(Event(date=when.date().isoformat(), precision="day", text=text,
                         start=start, end=start + len(text)))
    out.sort(key=lambda e: e.date)
    return out
