"""Signals that a sentence is background (history, causes, setting) rather than news.

Shared by context.py, which keeps such sentences, and facts.py, which ranks them lower.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["YEAR", "background_score"]

_HISTORY = re.compile(
    r"\b(roots?|history|historic(?:al|ally)?|since|era|decades?|centur(?:y|ies)|"
    r"years? ago|long-(?:standing|running|time)|previously|formerly|traditionally|"
    r"for years|over the years|in the past|dating back|goes? back|went back|"
    r"going back|legacy|founded|established|began|origins?|once|at the height of|"
    r"not always|used to)\b",
    re.I,
)
_SITUATION = re.compile(
    r"\b(amid|at a time (?:of|when)|against (?:a|the) backdrop|"
    r"weary|fatigue|tensions?|isolated|"
    r"part of (?:a|an|the) (?:wider|broader|larger|growing)|the latest in|follows?|"
    r"followed|in the wake of|because of|due to|as a result of|led to|sparked|"
    r"fuel(?:led|ed)|increasingly|growing|ongoing|continu(?:es|ing)|still|remains?|"
    r"has long|have long|had long|so far|to date|in recent (?:years|months|weeks))\b",
    re.I,
)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Verbs of reporting: in English their past tense shifts the reported clause back a tense
#: ("said that the council had voted"), so a past perfect under one is the news, not history.
_REPORTING = {"say", "tell", "add", "state", "announce", "report", "claim", "write", "note",
              "confirm", "explain", "insist", "warn", "reveal", "disclose", "allege", "accuse",
              "find", "conclude", "admit", "acknowledge", "deny", "show", "indicate", "learn"}


def _backshifted(aux: Token) -> bool:
    """Is this "had" the tense shift of a clause reported by a past reporting verb?"""
    verb = aux.head
    for anc in verb.ancestors:
        if verb.dep_ in {"ccomp", "conj"} and anc.lemma_ in _REPORTING and anc.tag_ == "VBD":
            return True
        if verb.dep_ != "conj":
            return False
        verb = anc
    return False


def _temporal_once(sent: Span) -> int:
    """How many "once" in ``sent`` join clauses in sequence ("once he left, ...")."""
    return sum(1 for t in sent if t.lower_ == "once" and t.dep_ == "mark")


def background_score(sent: Span, text: str, recent_year: int | None) -> float:
    """Points for the signals of background in one sentence."""
    score = 0.0
    # "once" as a conjunction orders events ("once the man mentioned ..."); as an
    # adverb ("she once worked") it reaches back in time
    score += 1.5 * min(2, max(0, len(_HISTORY.findall(text)) - _temporal_once(sent)))
    score += 1.0 * min(2, len(_SITUATION.findall(text)))
    years = [int(y) for y in YEAR.findall(text)]
    if years and recent_year is not None and min(years) < recent_year:
        score += 1.5  # a year before the story's own
    tags = {t.tag_ for t in sent}
    aux = {t.lower_ for t in sent if t.dep_ in {"aux", "auxpass"}
           and not (t.lower_ == "had" and _backshifted(t))}
    if "had" in aux and "VBN" in tags:
        score += 1.0  # past perfect: what had happened before the news
    elif aux & {"has", "have"} and "VBN" in tags:
        score += 0.5  # present perfect: a state reaching up to now
    return score


