"""Actors: people, organisations and places, each once, read off the article's cast.

Who is who (merging "Putin" into "Vladimir Putin", typing "SpaceX" an organisation,
"Kyiv" a place) is the cast's work (:mod:`briefgen.extract.cast`); this module adds what
the Key actors table needs: the role the article gives each actor on any mention (a
title before the name, a common noun the name hangs on, an appositive, the outlet a
reporter writes for, the title a list of names shares), the relation (``speaker`` when
quoted; a place is never quoted, ``place``; else ``subject``) and a salience: named
signals (mentions, speaking, being in the lead, a stated role, a full name) that rank
actors, with 0 for actors named in passing (a place mentioned once or only as a
modifier, a common word read as a name, a name only in page furniture or only once
inside someone's quote). A place scores at most :data:`PLACE_CAP`: it is the scene.
"""
from __future__ import annotations

import math
import re

from spacy.tokens import Doc

from briefgen.extract import gazetteer
from briefgen.extract.cast import Actor, Cast, build_cast, fold_key
from briefgen.extract.facts import looks_like_furniture
from briefgen.models import Entity, Quote

__all__ = ["extract_entities", "name_key"]

_LABEL = {"person": "PERSON", "organisation": "ORG", "place": "GPE"}


def name_key(name: str) -> str:
    """The form two spellings of one name share: lowercase, hyphens as spaces."""
    return fold_key(name)


#: Acronyms that are common nouns, not organisations: "the IPO", "its CEO".
COMMON_ACRONYMS = {"IPO", "CEO", "CFO", "COO", "CTO", "GDP", "AI", "ETF", "NFT", "EV", "VR",
                   "PSU", "FAQ", "PDF", "URL", "TV", "PR", "HR", "IT", "Q1", "Q2", "Q3", "Q4"}
#: The page's legal small print: owners and dates there are not the story's.
LEGAL = re.compile(r"\u00a9|\bcopyright\b|all rights reserved|terms (?:&|and) conditions|terms of (?:use|service)"
                   r"|privacy policy", re.I)
#: Words before a place that something happens in, comes from or goes to.
LOCATIVE = {"in", "at", "from", "to", "near", "across", "into", "outside", "inside",
            "throughout", "around", "on", "off", "toward", "towards", "via", "through", "over"}
#: Last words of events' names.
EVENT_WORDS = {"finals", "final", "cup", "championship", "championships", "open", "games",
               "olympics", "show", "festival", "summit", "conference", "expo", "war",
               "marathon", "tournament", "series", "grand prix", "week", "day"}
#: A place is the scene, rarely the story: however often named, it scores at most this.
PLACE_CAP = 6.0
#: Sentences from the top of the story in which an actor counts as part of the lead.
LEAD_SENTENCES = 2


def _common_word(doc: Doc, name: str) -> bool:
    """A one-word "name" the article also writes in lower case ("Meth" and "meth")."""
    if " " in name or not name[:1].isupper():
        return False
    low = name.lower()
    return any(t.text == low for t in doc)


def _after_locative(doc: Doc, i: int) -> bool:
    """Is the name whose head is token ``i`` used as a place ("in Inner Mongolia", "to the
    West Bank")?"""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i > 0 and doc[i - 1].lower_ in LOCATIVE


def _passing(doc: Doc, actor: Actor, speaking: bool, role: str | None,
             quoted: list[tuple[int, int]] = []) -> bool:  # noqa: B006 - read only
    """Named in passing or no actor at all: not for the Key actors table."""
    n = len(actor.mentions)
    if n == 1 and actor.kind != "person" and any(a <= doc[actor.mentions[0]].idx < b for a, b in quoted):
        return True  # named once, inside someone's quoted words
    if actor.name in COMMON_ACRONYMS or _common_word(doc, actor.name):
        return True
    if actor.name.split()[-1].lower() in EVENT_WORDS:
        return True  # "Davis Cup Finals", "Dubai Air Show": events, not actors
    if actor.kind == "place" and gazetteer.place(actor.name) is None and gazetteer.capital_of(
            actor.name) is None and not any(_after_locative(doc, i) for i in actor.mentions):
        return True  # "Brexit", "the Big Bang": never a place anything happens in
    if actor.kind != "place" and len(actor.name.split()) > 1 and actor.name.isupper():
        return True  # "LOWE'S COMPANIES INC": a ticker table, not prose
    if actor.kind == "person" and len(actor.name.split()) == 1:
        return not (speaking or actor.titled or role or n >= 2)
    sents = {doc[i].sent.start: doc[i].sent for i in actor.mentions}
    return all(looks_like_furniture(sent.text.strip()) or LEGAL.search(sent.text)
               for sent in sents.values())


def salience(doc: Doc, actor: Actor, speaking: bool, role: str | None, lead_end: int,
             quoted: list[tuple[int, int]] = []) -> float:  # noqa: B006 - read only
    """How central an actor is, from named signals: mentions, speaking, being in the
    lead, a stated role, a full name. 0 for an actor named in passing; places count
    only when they are the scene (in the lead, or named three times or more)."""
    if _passing(doc, actor, speaking, role, quoted):
        return 0.0
    n = len(actor.mentions)
    lead = bool(actor.mentions) and actor.mentions[0] < lead_end
    if actor.kind == "place":
        # "U.S. Attorney", "a New York man": a place as a modifier is no scene
        own = [i for i in actor.mentions if doc[i].dep_ not in {"compound", "amod"}]
        lead = bool(own) and own[0] < lead_end
        if len(own) >= 3 or (lead and len(own) >= 2):
            return min(1.5 * math.sqrt(len(own)), PLACE_CAP) + (1.0 if lead else 0.0)
        return 0.0
    score = float(n) + 3.0 * speaking + 2.0 * lead + 2.0 * (role is not None)
    if actor.kind == "person" and len(actor.name.split()) > 1:
        score += 1.0
    return score


def extract_entities(doc: Doc, quotes: list[Quote], cast: Cast | None = None) -> list[Entity]:
    """Named actors with mention counts, role, relation and salience, most central first.

    Read off the article's cast (built here when not given): each actor once, under its
    fullest name, typed person, organisation or place.
    """
    cast = cast if cast is not None else build_cast(doc)
    speaking: set[int] = set()
    for q in quotes:
        if q.speaker:
            for name in q.speaker.split(" and "):
                a = cast.actor_named(name)
                if a is not None:
                    speaking.add(id(a))
    quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    sents = list(doc.sents)
    lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end if sents else 0
    out: list[Entity] = []
    for actor in cast.actors:
        if not actor.mentions:
            continue
        if actor.kind == "place":
            relation = "place"  # a place is never "quoted": who spoke is its government
        elif id(actor) in speaking:
            relation = "speaker"
        else:
            relation = "subject"
        role = actor.role
        out.append(Entity(name=actor.name, label=_LABEL[actor.kind], mentions=len(actor.mentions),
                          role=role, relation=relation, aliases=actor.aliases,
                          salience=salience(doc, actor, id(actor) in speaking, role, lead_end,
                                            quoted)))
    out.sort(key=lambda e: (-(e.salience or 0.0), e.label == "GPE", -e.mentions, e.name))
    return out
