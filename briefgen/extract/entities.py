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
from collections import Counter

from spacy.tokens import Doc, Token

from briefgen.extract import gazetteer
from briefgen.extract.cast import (
    BODY_NOUNS,
    LOCATIVE,
    ORG_DESCRIPTIONS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ROLE_NOUNS,
    Actor,
    Cast,
    actor_key,
    build_cast,
)
from briefgen.extract.facts import looks_like_furniture
from briefgen.models import Entity, Quote

__all__ = ["extract_entities", "name_key"]

MAX_ROLE_WORDS = 16

_TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "general", "leader", "chancellor",
    "king", "queen", "prince", "princess", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "professor", "prof.", "dr.", "dr", "judge", "justice", "officer",
    "ambassador", "commander", "head", "chairman", "chair", "ceo", "founder", "foreign",
    "defence", "defense", "deputy", "vice", "former", "pope", "lt.", "col.", "gen.",
    "captain", "capt.", "sergeant", "sgt.", "coach", "manager", "analyst", "envoy",
    "speaker", "attorney", "lawyer", "editor", "correspondent", "supreme", "co-founder",
    "cofounder", "cfo", "coo", "cto", "chairwoman", "president-elect",
}


def name_key(name: str) -> str:
    """The form two spellings of one name share (:func:`briefgen.extract.cast.actor_key`)."""
    return actor_key(name)


def _role_before(doc: Doc, first: int) -> str | None:
    """A title right before the name: "Russian President Vladimir Putin"."""
    i = first - 1
    words: list[Token] = []
    while i >= 0 and len(words) < MAX_ROLE_WORDS:
        tok = doc[i]
        if tok.lower_ == "of" and words and i > 0 and doc[i - 1].lower_ in _TITLE_WORDS:
            words.insert(0, tok)  # "Secretary of State Mike Pompeo"
            i -= 1
            continue
        if tok.lower_ == "and" and words and words[0].lower_ in _TITLE_WORDS | {"co", "co-founder", "cofounder"} \
                and i > 0 and doc[i - 1].lower_ in _TITLE_WORDS:
            words.insert(0, tok)  # "CEO and co-founder Adam Neumann"
            i -= 1
            continue
        if tok.text == "-" and words and i > 0 and not tok.whitespace_ and not doc[i - 1].whitespace_:
            words.insert(0, tok)  # "co-founder"
            i -= 1
            continue
        if tok.is_punct or tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            break
        if tok.ent_type_ == "PERSON":
            break
        words.insert(0, tok)
        i -= 1
    # keep it only when it names a position, not any noun phrase ("Sunday's" etc.)
    # ... and ends on the title, not on someone else's name ("Vice President Dick Cheney")
    while words and words[-1].pos_ == "PROPN" and words[-1].lower_ not in _TITLE_WORDS and not (
            len(words) > 1 and words[-2].lower_ == "of"):
        words.pop()
    if not words or not any(w.lower_ in _TITLE_WORDS for w in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _is_role_head(tok: Token) -> bool:
    """Can this word head a role ("spokesman", "son of Joseph"), not an age or a clause?"""
    if tok.tag_ != "NN" and tok.lower_ not in _TITLE_WORDS:
        return False  # plurals ("journalists"), adjectives, numbers (ages)
    span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    if any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    return span[0].lower_ not in {"my", "our", "your", "his", "her", "their", "its"}


def _role_appos(doc: Doc, root: Token, last: int) -> str | None:
    """An appositive after the name: "John Kirby, the White House spokesman,"."""
    for child in root.children:
        if child.dep_ == "appos" and child.i > last and _is_role_head(child):
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            toks = [t for t in span if not (t.i == span.start and t.lower_ in {"the", "a", "an"})]
            if not toks or len(toks) > MAX_ROLE_WORDS:
                continue
            if child.ent_type_ == "PERSON":
                continue
            text = doc[toks[0].i : toks[-1].i + 1].text.strip(" ,")
            return text or None
    # the parser often misses the appositive in "X, a professor of ..., said": read it
    # off the text between the commas when it starts like a title
    j = last + 1
    if j + 1 < len(doc) and doc[j].text == ",":
        words: list[Token] = []
        k = j + 1
        while k < len(doc) and doc[k].text not in {",", ".", ";", "\u201d", '"', "("} and len(words) <= MAX_ROLE_WORDS:
            words.append(doc[k])
            k += 1
        if len(words) > MAX_ROLE_WORDS:
            words = []  # ran on past any plausible title
        if words and words[0].lower_ in {"a", "an", "the"}:
            words = words[1:]
        if (words and len(words) <= MAX_ROLE_WORDS
                and any(w.lower_ in _TITLE_WORDS for w in words[:4])
                and not any(w.tag_ in {"WDT", "WP", "WP$"} for w in words)
                and not any(w.pos_ in {"VERB", "AUX"} for w in words)):
            return doc[words[0].i : words[-1].i + 1].text
    # "the spokesman, John Kirby": the name is the appositive of the role
    if root.dep_ == "appos" and root.head.i < root.i and root.head.ent_type_ != "PERSON":
        head = root.head
        span = doc[head.left_edge.i : head.i + 1]
        toks = [t for t in span if t.lower_ not in {"the", "a", "an"}]
        if toks and len(toks) <= MAX_ROLE_WORDS and _is_role_head(head):
            return doc[toks[0].i : toks[-1].i + 1].text
    return None


_LABEL = {"person": "PERSON", "organisation": "ORG", "place": "GPE"}


#: Titles written short before a name, said in full as a role.
_TITLE_IN_FULL = {"rep.": "Representative", "rep": "Representative", "sen.": "Senator",
                  "sen": "Senator", "gov.": "Governor", "gov": "Governor", "gen.": "General",
                  "lt.": "Lieutenant", "col.": "Colonel", "dr.": "Doctor", "prof.": "Professor"}


def _noun_before(doc: Doc, first: int) -> str | None:
    """A common noun the name hangs on: "Pittsburgh quarterback Mason Rudolph", "Fox News
    host Jeanine Pirro", "producer John Shanks" (with the words that qualify it)."""
    k = first - 1
    closed = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "AUX", "VERB", "PUNCT", "SPACE"}
    if k < 0 or not doc[k].is_lower or not doc[k].is_alpha or doc[k].is_stop or doc[k].pos_ in closed:
        return None
    lo = k
    while lo - 1 >= 0 and k - lo < 4:
        t = doc[lo - 1]
        if t.is_punct or t.is_stop or t.ent_type_ == "PERSON" or t.pos_ in closed - {"VERB"} or (
                t.pos_ == "VERB" and t.tag_ not in {"VB", "VBP"} and t.dep_ != "amod"):
            break
        lo -= 1
    words = doc[lo: k + 1]
    plural, lemma = doc[k].lower_, doc[k].lemma_.lower()
    if doc[k].tag_ == "NNS" and plural.endswith("s") and plural[:-1].startswith(lemma[:-1]):
        # "founding members Tom Johnston, ...": one founding member; "state media" stays
        return " ".join([*(t.text for t in words[:-1]), doc[k].lemma_])
    return words.text


def _affiliation(doc: Doc, root: Token, first: int, last: int) -> str | None:
    """The outlet or body a person speaks for: "NPR's Emily Feng", "Alex Horton of the
    Washington Post"."""
    if first >= 2 and doc[first - 1].lower_ in {"'s", "\u2019s"} and doc[first - 2].ent_type_ == "ORG":
        k = first - 2
        lo = k
        while lo - 1 >= 0 and doc[lo - 1].ent_type_ == "ORG":
            lo -= 1
        return doc[lo: k + 1].text
    j = last + 1
    if j + 1 < len(doc) and doc[j].lemma_ in {"report", "write"} and doc[j + 1].lower_ == "for":
        j += 1  # "Emily Feng reports for NPR"
    if j + 1 < len(doc) and doc[j].lower_ in {"of", "for"} and (j == last + 1 or doc[j - 1].lemma_ in {
            "report", "write"}):
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j < len(doc) and doc[j].ent_type_ in {"ORG", "GPE"} and doc[j].text[:1].isupper():
            hi = j
            while hi + 1 < len(doc) and doc[hi + 1].ent_type_ in {"ORG", "GPE"} and doc[hi + 1].text[:1].isupper():
                hi += 1
            if doc[hi].ent_type_ == "ORG":
                return doc[j: hi + 1].text  # "Sui-Lee Wee of the New York Times"
    return None


def _org_appos(doc: Doc, last: int) -> str | None:
    """What an organisation is, between commas after its name: "Kotak Institutional
    Equities, a brokerage, said" -> "brokerage"; only a short noun phrase with an article."""
    j = last + 1
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in {"a", "an", "the"}:
        return None
    k = j + 2
    while k < len(doc) and k - j <= 8 and doc[k].text not in {",", ".", ";", ")", "\u2014"} and not doc[k].is_quote:
        if doc[k].pos_ in {"VERB", "AUX", "PRON"} or doc[k].tag_ in {"WDT", "WP"}:
            return None
        k += 1
    if k >= len(doc) or doc[k].text not in {",", ".", ";", "\u2014"} or k - (j + 2) < 1:
        return None
    words = doc[j + 2: k]
    if not any(t.pos_ == "NOUN" for t in words) or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return words.text


def _list_head(doc: Doc, root: Token) -> tuple[int, int] | None:
    """For a name inside a list ("members Tom Johnston, Michael McDonald and John
    McFee"), the token range of the list's first name."""
    head = root
    while head.dep_ in {"conj", "appos"} and head.head.i < head.i and head.head.ent_type_ == "PERSON":
        head = head.head
    if head is root:
        return None
    lo = head.i
    while lo - 1 >= 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == head.i:
        lo -= 1
    return lo, head.i


def _in_full(role: str) -> str:
    return _TITLE_IN_FULL.get(role.lower(), role)


def _role_of(doc: Doc, cast: Cast, actor: Actor) -> str | None:
    """The role the article gives an actor on any of its mentions.

    The cast's role (:mod:`briefgen.extract.cast`) first, then what other mentions say:
    a title or a common noun before the name, an appositive, the title a list of names
    shares, the outlet a reporter writes for. A bare honorific ("Rep.") is said in full
    and gives way to a fuller description stated elsewhere.
    """
    roles: list[str] = []
    if actor.role:
        roles.append(actor.role)
    for m in cast.mentions:
        if m.actor is not actor or m.end <= m.start:
            continue
        root = doc[m.start: m.end].root
        found = (_role_before(doc, m.start), _role_appos(doc, root, m.end - 1), _noun_before(doc, m.start))
        if actor.kind != "person":  # "rival Lowe's", "Kotak, a brokerage,"; no titles
            before = _noun_before(doc, m.start)
            if m.start > 0 and doc[m.start - 1].pos_ != "NOUN":
                before = None  # "a closer Russia-North Korea alliance": no role
            found = (None, _org_appos(doc, m.end - 1), before)
        for role in found:
            if role:
                roles.append(role)
        if actor.kind == "person":
            head = _list_head(doc, root)
            if head is not None and head[0] > 0 and doc[head[0] - 1].tag_ == "NNS":
                # a title in the plural covers the whole list: "founding members A, B and C"
                role = _noun_before(doc, head[0])
                if role:
                    roles.append(role)
            aff = _affiliation(doc, root, m.start, m.end - 1)
            if aff:
                roles.append(aff)
    names = {f.lower() for f in actor.forms} | {actor.name.lower()}
    roles = [r for r in roles if r.lower() not in names and not any(r.lower() in n for n in names)]
    if not roles:
        return None  # not "Prince" of "Prince Charles"
    counts = Counter(roles)
    first = roles[0]
    stem = first.lower().rstrip(".").removesuffix("s")
    fuller_form = [r for r in roles if len(r.split()) > len(first.split()) and stem in r.lower()]
    if fuller_form:
        return _in_full(fuller_form[0])  # "members" -> "founding member"
    if len(first.split()) == 1 and first.lower().rstrip(".") in {
            w.rstrip(".") for w in _TITLE_WORDS} | {k.rstrip(".") for k in _TITLE_IN_FULL}:
        fuller = [r for r in roles if len(r.split()) > 1]
        if fuller:
            return fuller[0]  # "General" -> "chairman of the Joint Chiefs of Staff"
    best = max(roles, key=lambda r: (counts[r], -roles.index(r)))
    return _in_full(best if counts[best] > counts[first] else first)


#: Acronyms that are common nouns, not organisations: "the IPO", "its CEO".
COMMON_ACRONYMS = {"IPO", "CEO", "CFO", "COO", "CTO", "GDP", "AI", "ETF", "NFT", "EV", "VR",
                   "PSU", "FAQ", "PDF", "URL", "TV", "PR", "HR", "IT", "Q1", "Q2", "Q3", "Q4"}
#: The page's legal small print: owners and dates there are not the story's.
LEGAL = re.compile(r"\u00a9|\bcopyright\b|all rights reserved|terms (?:&|and) conditions|terms of (?:use|service)"
                   r"|privacy policy", re.I)
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


def _names_a_thing(tok: Token) -> bool:
    """Is the name headed by ``tok`` only a modifier of a thing: "a Ford sedan", "the
    Hazel Hen supercomputer" (not "NASA officials", "the Trump administration")?"""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head is tok or not head.is_lower or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma not in ROLE_NOUNS | ORG_NOUNS | ORG_DESCRIPTIONS | BODY_NOUNS | {
        "official", "officer", "spokesman", "spokeswoman", "employee", "worker", "staff"}


_INDEX_WORDS = {"index", "indices", "indexes", "benchmark"}


def _market_index(doc: Doc, i: int) -> bool:
    """Is the name headed by token ``i`` a market index ("the equity benchmark Sensex",
    "the Nikkei 225 index")?"""
    lo = i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1  # the name's first word
    near = [*doc[max(0, lo - 2): lo], *doc[i + 1: i + 2]]
    return any(t.lower_ in _INDEX_WORDS for t in near)


def _unit_in_role(doc: Doc, i: int) -> bool:
    """Is the name headed by token ``i`` a unit inside a title: "Head of Fundamental
    Research at Kotak Securities" (a role noun and "of" before, "at"/"of" an organisation after)?"""
    lo = doc[i].left_edge.i
    while lo < i and doc[lo].lower_ in {"the", "a", "an"}:
        lo += 1
    if lo < 2 or doc[lo - 1].lower_ != "of" or doc[lo - 2].lower_.rstrip("s") not in ROLE_NOUNS:
        return False
    k = i + 1
    if k >= len(doc) or doc[k].lower_ not in {"at", "of"}:
        return False
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    return k < len(doc) and doc[k].ent_type_ == "ORG"


def _in_brackets(tok: Token) -> bool:
    """Is ``tok`` inside round brackets within its sentence ("(illustrated by Karl Tate)")?"""
    sent = tok.sent
    opened = False
    for t in sent[: tok.i - sent.start]:
        if t.text == "(":
            opened = True
        elif t.text == ")":
            opened = False
    return opened and any(t.text == ")" for t in sent[tok.i - sent.start:])


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
    if actor.kind != "place" and all(_names_a_thing(doc[i]) or _in_brackets(doc[i]) for i in actor.mentions) and not (
            any(w.lower() in ORG_NAME_WORDS for w in actor.name.split())):
        return True  # "Webb's Ford sedan", "(illustrated by Karl Tate)": a make or a credit
    if actor.kind != "person" and any(_market_index(doc, i) for i in actor.mentions):
        return True  # "the benchmark Sensex", "the Hang Seng index": a number, not an actor
    if actor.kind == "organisation" and all(_unit_in_role(doc, i) for i in actor.mentions):
        return True  # "Head of Fundamental Research at Kotak Securities": part of a role
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
        # "the Indian economy", "Indian markets": its people and things keep it the scene
        country = gazetteer.place(actor.name)
        people = [t.i for t in doc if t.ent_type_ == "NORP" and country is not None and country[0] == "country"
                  and gazetteer.country_of_people(t.text) == actor.name.casefold()] if own else []
        scene = len(own) + len(people)
        if scene >= 3 or (lead and len(own) >= 2) or (len(own) >= 2 and n >= 3):
            return min(1.5 * math.sqrt(scene), PLACE_CAP) + (1.0 if lead else 0.0)
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
        role = _role_of(doc, cast, actor)
        out.append(Entity(name=actor.name, label=_LABEL[actor.kind], mentions=len(actor.mentions),
                          role=role, relation=relation, aliases=actor.aliases,
                          salience=salience(doc, actor, id(actor) in speaking, role, lead_end,
                                            quoted)))
    out.sort(key=lambda e: (-(e.salience or 0.0), e.label == "GPE", -e.mentions, e.name))
    return out
