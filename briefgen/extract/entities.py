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

from collections import Counter

from spacy.tokens import Doc, Token

from briefgen.extract.cast import Actor, Cast, build_cast, fold_key
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
    "speaker", "attorney", "lawyer", "editor", "correspondent", "supreme",
}


def name_key(name: str) -> str:
    """The form two spellings of one name share: lowercase, hyphens as spaces."""
    return fold_key(name)


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


_LABEL = {"person": "PERSON", "organisation": "ORG", "place": "GPE"}


def _role_of(doc: Doc, cast: Cast, actor: Actor) -> str | None:
    """The role the article gives an actor on any of its mentions, the most stated first."""
    roles: Counter[str] = Counter()
    if actor.role:
        roles[actor.role] += 1
    if actor.kind == "person":
        for m in cast.mentions:
            if m.actor is not actor or m.end <= m.start:
                continue
            root = doc[m.start: m.end].root
            role = _role_before(doc, m.start) or _role_appos(doc, root, m.end - 1)
            if role:
                roles[role] += 1
    names = {f.lower() for f in actor.forms} | {actor.name.lower()}
    for role in [r for r, _ in roles.most_common()]:
        if role.lower() not in names and not any(role.lower() in n for n in names):
            return role  # not "Prince" of "Prince Charles"
    return None


def extract_entities(doc: Doc, quotes: list[Quote], cast: Cast | None = None) -> list[Entity]:
    """Named actors with mention counts, role and relation, most mentioned first.

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
    out: list[Entity] = []
    for actor in cast.actors:
        if not actor.mentions:
            continue
        if id(actor) in speaking:
            relation = "speaker"
        elif actor.kind == "place":
            relation = "place"
        else:
            relation = "subject"
        out.append(Entity(name=actor.name, label=_LABEL[actor.kind], mentions=len(actor.mentions),
                          role=_role_of(doc, cast, actor), relation=relation,
                          aliases=actor.aliases))
    out.sort(key=lambda e: (-e.mentions, e.name))
    return out
