"""Signals that a sentence is background (history, causes, setting) rather than news.

Shared by context.py, which keeps such sentences, and facts.py, which ranks them lower.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["YEAR", "background_score", "describes", "past_or_dated"]

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


#: Words that tie a present-tense clause to the moment of the story ("now", "this week").
_NOW = {"now", "currently", "today", "tonight", "yet", "still", "already", "again", "just",
        "soon", "latest", "new", "newly"}


#: Passives that state where a thing is or who holds it ("is headquartered in Baar").
_STATIVE = {"base", "headquarter", "locate", "list", "own", "know", "situate", "register",
            "found", "make", "compose", "design", "use"}
#: Words that make a complement a ranking ("the number one buyer", "one of the largest").
_RANKING = {"one", "first", "second", "third", "only", "number", "leading", "top", "main"}


def _classifies(attr: Token) -> bool:
    """Is ``attr`` (the complement of "is") a class or a ranking: "a provider of ...",
    "the largest ...", "one of the ...", "the number one buyer of ..."?"""
    if attr.like_num and attr.lower_ != "one":
        return False  # "the toll is 50": a figure, not a description
    if any(t.tag_ == "VB" and t.i > attr.i for t in attr.subtree):
        return False  # "the first woman to win ...": a record set, which is news
    for t in attr.subtree:
        if t.i > attr.i:
            break
        if t.head.i == attr.i and t.dep_ == "det" and t.lower_ in {"a", "an"}:
            return True
        if t.tag_ in {"JJS", "RBS"} or t.lower_ in _RANKING:
            return True
    return attr.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in attr.children)


def past_or_dated(tok: Token) -> bool:
    """Is ``tok`` a past tense, a modal, or part of a date or a time? A participle after a
    noun is often tagged as a past tense ("a provider focused on ..."): not counted."""
    return ((tok.tag_ == "VBD" and tok.dep_ not in {"acl", "amod"}) or tok.tag_ == "MD"
            or tok.ent_type_ in {"DATE", "TIME"})


def describes(sent: Span) -> bool:
    """Does ``sent`` say what a thing or organisation is, rather than what happened?

    "Ascom is a global solutions provider ...", "The jet is a longer-range variant of ...,
    seating 242 passengers", "X is the number one buyer of ...", "X is headquartered in
    Baar": the main verb is a present "is"/"are" with a complement that classifies or
    ranks its subject, or a passive of place or ownership; nothing in the sentence is in
    the past tense or the future, it carries no date, and nothing ties it to the moment of
    the story ("now", "still", "new"). Such lines are evergreen background, not news.
    """
    root = sent.root
    if root.tag_ == "VBN" and root.lemma_.lower() in _STATIVE:
        aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
        if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].tag_ not in {"VBZ", "VBP"}:
            return False
    elif root.lemma_ != "be" or root.tag_ not in {"VBZ", "VBP"}:
        return False
    elif not any(c.dep_ == "attr" and _classifies(c) for c in root.children) or any(
            c.dep_ == "xcomp" and c.tag_ == "VB" for c in root.children):
        return False  # (the parser hangs "the first woman to win" on "is")
    if any(c.dep_ in {"neg", "aux"} for c in root.children):
        return False
    # the subject names a thing ("Emirates", "the 787-9 jet", "Polio"), not an idea ("the
    # valuation of the market is a point experts highlight" is an argument of the story)
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not any(t.pos_ == "PROPN" or t.like_num or t.ent_type_
                               for t in subj.subtree):
        return False
    for t in sent:
        if past_or_dated(t) or t.lower_ in _NOW:
            return False
        if t.lower_ in {"i", "we", "you"} and t.dep_ in {"nsubj", "nsubjpass"}:
            return False  # an opinion or an address to the reader, not a description
    return True
