"""Actors: people, organisations and places (first version: NER + surname merge)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefgen.models import Entity, Quote

LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group",
          "LOC": "place"}


def extract_entities(doc: Doc, quotes: list[Quote]) -> list[Entity]:
    """Named actors with mention counts, most mentioned first."""
    found: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        name = ent.text.strip().removesuffix("'s").removesuffix("\u2019s")
        key = name.lower()
        if ent.label_ == "PERSON":
            for other in found.values():
                if other.label == "PERSON" and (
                    other.name.split()[-1].lower() == key or name.split()[-1] == other.name
                ):
                    if len(name) > len(other.name):
                        other.name = name
                    key = other.name.lower()
                    break
        if key in found:
            found[key].mentions += 1
        else:
            found[key] = Entity(name=name, label=ent.label_)
    speakers = {q.speaker for q in quotes if q.speaker}
    for e in found.values():
        e.relation = "speaker" if e.name in speakers else (
            "place" if e.label in {"GPE", "LOC"} else "subject")
    return sorted(found.values(), key=lambda e: -e.mentions)
