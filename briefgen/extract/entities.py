"""Actors: people, organisations, countries and groups, merged across mentions.

spaCy's named entities are cleaned (possessives, a leading "the", junk such as lowercase
or one-letter names), then merged: a person's surname-only or first-name-only mention
joins the full name it belongs to ("Putin" -> "Vladimir Putin", "Kim" -> "Kim Jong Un"),
spellings that differ only by hyphens or case are one name ("Kim Jong-un" / "Kim Jong
Un"), and common country short forms are one place ("US" / "United States"). Each actor
gets a mention count, the role the article gives it (a title before the name or an
appositive after it) and its relation to the story: ``speaker`` when it is quoted,
``place`` for countries and places, else ``subject``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefgen.models import Entity, Quote

__all__ = ["extract_entities", "name_key"]

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAX_ROLE_WORDS = 16

#: Short forms of the places news writes most often, folded into one name.
PLACE_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "united states": "United States",
    "united states of america": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "eu": "European Union", "european union": "European Union",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "dprk": "North Korea", "north korea": "North Korea",
}
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "general", "leader", "chancellor",
    "king", "queen", "prince", "princess", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "professor", "prof.", "dr.", "dr", "judge", "justice", "officer",
    "ambassador", "commander", "head", "chairman", "chair", "ceo", "founder", "foreign",
    "defence", "defense", "deputy", "vice", "former", "pope", "lt.", "col.", "gen.",
    "captain", "capt.", "sergeant", "sgt.", "coach", "manager", "analyst", "envoy",
    "speaker", "attorney", "lawyer", "editor", "correspondent", "supreme",
}


@dataclass
class _Actor:
    name: str
    label: str
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    roles: Counter[str] = field(default_factory=Counter)

    @property
    def tokens(self) -> list[str]:
        return name_key(self.name).split()


def name_key(name: str) -> str:
    """The form two spellings of one name share: lowercase, hyphens as spaces."""
    return " ".join(name.lower().replace("-", " ").replace("\u2010", " ").split())


def _clean(ent: Span, text: str) -> tuple[str, int, int] | None:
    """The entity's name without possessive, leading article or punctuation, or None."""
    toks = list(ent)
    while toks and (toks[0].lower_ in {"the", "a", "an"} or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in {"'s", "\u2019s", "'", "\u2019"}
                    or (ent.label_ == "PERSON" and toks[-1].like_num)):
        toks = toks[:-1]  # also "Anderson Cooper 360": a person's name has no number
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    name = _POSSESSIVE.sub("", text[start:end]).strip()
    name = " ".join(name.split())
    if len(name) < 2 or not name[0].isupper() or "\n" in name:
        return None
    if sum(c.isdigit() for c in name) > len(name) / 3:
        return None  # dates and numbers misread as names
    if ent.label_ == "PERSON" and (len(name.replace(".", "")) < 3
                                   or any(c.isdigit() for c in name)):
        return None  # "Matthew 14:2", "Levante 2-0"
    return name, toks[0].i, toks[-1].i


def _is_credit(doc: Doc, ent: Span) -> bool:
    """A photo or wire credit ("(REUTERS)", "via Getty Images"), not an actor."""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if before == "via" or ent.text.lower().startswith("getty"):
        return True
    return before == "(" and after == ")" and ent.text.isupper() and len(ent.text) > 4


def _role_before(doc: Doc, first: int) -> str | None:
    """A title right before the name: "Russian President Vladimir Putin"."""
    i = first - 1
    words: list[Token] = []
    while i >= 0 and len(words) < MAX_ROLE_WORDS:
        tok = doc[i]
        if tok.is_punct or tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            break
        if tok.ent_type_ == "PERSON":
            break
        words.insert(0, tok)
        i -= 1
    # keep it only when it names a position, not any noun phrase ("Sunday's" etc.)
    # ... and ends on the title, not on someone else's name ("Vice President Dick Cheney")
    while words and words[-1].pos_ == "PROPN" and words[-1].lower_ not in _TITLE_WORDS:
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


def _merge_target(key: str, label: str, actors: dict[str, _Actor]) -> str | None:
    """The key of an actor a one-word person mention belongs to, if exactly one fits."""
    if key in actors:
        return key
    words = key.split()
    if label == "NORP" or (label in PLACE_LABELS and len(words) > 1):
        return None
    if label in PLACE_LABELS:
        # a place-labelled surname ("Singh says") joins a person by last name only
        fits = [k for k, a in actors.items()
                if a.label == "PERSON" and len(a.tokens) > 1 and a.tokens[-1] == key]
        return fits[0] if len(fits) == 1 else None
    for variant in (key + "s", key.removesuffix("s")):  # "Houthi" / "Houthis"
        if variant != key and variant in actors and label not in PLACE_LABELS:
            return variant
    fits = [
        k for k, a in actors.items()
        if a.label == "PERSON" and len(a.tokens) > 1 and (
            (len(words) == 1 and words[0] in (a.tokens[0], a.tokens[-1]))
            or (len(words) > 1 and " ".join(a.tokens[-len(words):]) == key)
        )
    ]
    if not fits:
        return None
    # "Kim" with both "Kim Jong Un" and "Kim Il-sung" about: the one the article is about
    fits.sort(key=lambda k: -actors[k].mentions)
    if len(fits) > 1 and actors[fits[0]].mentions == actors[fits[1]].mentions:
        return None
    return fits[0]


def extract_entities(doc: Doc, quotes: list[Quote]) -> list[Entity]:
    """Named actors with mention counts, role and relation, most mentioned first."""
    text = doc.text  # spaCy rebuilds it on every read
    mentions: list[tuple[str, str, int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        cleaned = _clean(ent, text)
        if cleaned is None or _is_credit(doc, ent):
            continue
        name, first, last = cleaned
        label = ent.label_
        if label in PLACE_LABELS | {"ORG"} and name.lower() in PLACE_ALIASES:
            name = PLACE_ALIASES[name.lower()]
            label = "GPE" if label == "ORG" and name != "European Union" and name != "United Nations" else label
        mentions.append((name, label, first, last))

    actors: dict[str, _Actor] = {}
    # full names first, so that "Putin" finds "Vladimir Putin" even if it comes first
    order = sorted(range(len(mentions)), key=lambda i: -len(mentions[i][0].split()))
    for i in order:
        name, label, first, last = mentions[i]
        key = name_key(name)
        target = _merge_target(key, label, actors)
        if target is None:
            actors[key] = _Actor(name=name, label=label)
            target = key
        actor = actors[target]
        actor.forms[name] += 1
        actor.labels[label] += 1
        actor.mentions += 1
        if label == "PERSON" or actor.label == "PERSON":
            root = doc[first : last + 1].root
            role = _role_before(doc, first) or _role_appos(doc, root, last)
            if role and role.lower() not in name.lower():  # "Prince" of "Prince Charles"
                actor.roles[role] += 1

    out: list[Entity] = []
    speakers = [name_key(q.speaker) for q in quotes if q.speaker]
    for actor in actors.values():
        # a person stays a person even when spaCy read some mentions as ORG ("Kim")
        label = actor.label
        # the name: the most used of the longest forms ("Kim Jong Un" over "Kim")
        longest = max(len(name_key(f).split()) for f in actor.forms)
        full = [f for f in actor.forms if len(name_key(f).split()) == longest]
        name = max(full, key=lambda f: (actor.forms[f], f))
        aliases = sorted(f for f in actor.forms if f != name)
        keys = {name_key(f) for f in actor.forms}
        toks = name_key(name).split()
        is_speaker = any(
            s in keys or (label == "PERSON" and s in {toks[0], toks[-1]})
            or (len(s.split()) > 1 and s.split()[-1] == toks[-1] and label == "PERSON")
            for s in speakers
        )
        if is_speaker:
            relation = "speaker"
        elif label in PLACE_LABELS:
            relation = "place"
        else:
            relation = "subject"
        role = actor.roles.most_common(1)[0][0] if actor.roles else None
        out.append(Entity(name=name, label=label, mentions=actor.mentions, role=role,
                          relation=relation, aliases=aliases))
    out.sort(key=lambda e: (-e.mentions, e.name))
    return out
