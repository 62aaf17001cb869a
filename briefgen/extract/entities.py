"""Actors: people, organisations and places, each once, read off the article's cast.

Who is who (merging "Halvorsen" into "Erik Halvorsen", typing "SpaceX" an organisation,
"Kyiv" a place) is the cast's work (:mod:`briefgen.extract.cast`); this module adds what
the Key actors table needs: the role the article gives each actor on any mention (a
title before the name, a common noun the name hangs on, an appositive, the outlet a
reporter writes for, the title a list of names shares), the relation (``speaker`` when
quoted in quote marks, not only reported; a place is never quoted, ``place``; else
``subject``) and a salience: named signals (mentions, speaking, being in the headline or
the lead, a stated role, a full name) that rank actors, with 0 for actors named in passing
(a place mentioned once or only as a modifier, a common word read as a name, a name only in
page furniture or only once inside someone's quote). A place scores at most :data:`PLACE_CAP`: it is the scene.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

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
    after_locative,
    build_cast,
    written_name,
)
from briefgen.extract.facts import looks_like_furniture, surely_page
from briefgen.extract.marks import within
from briefgen.models import Entity, Quote

__all__ = ["extract_entities"]

_LABEL = {"person": "PERSON", "organisation": "ORG", "place": "GPE"}


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
#: Last words of laws, treaties and plans: "... Democracy Act", "Meal Plan" name a text or
#: a scheme, not who acts.
LAW_WORDS = {"act", "bill", "treaty", "accord", "accords", "agreement", "pact", "directive",
             "amendment", "plan"}
#: A flight by its number: "Harbour Air Flight 212", "flight HA212".
_CRAFT = re.compile(r"\bflight\s+[A-Z]{0,3}\d{1,5}\b", re.I)
#: Prefixes of a ship's name: "USS Harbourton", "HMS Kelby".
VESSEL_PREFIXES = {"USS", "U.S.S.", "HMS", "H.M.S.", "RMS", "MV", "M/V", "SS", "HMAS", "HMCS", "INS"}
#: A place is the scene, rarely the story: however often named, it scores at most this.
PLACE_CAP = 6.0
#: Sentences from the top of the story in which an actor counts as part of the lead.
LEAD_SENTENCES = 2
#: Nouns a place name can modify and still be the place: "in Helmand province".
PLACE_NOUNS = {"province", "region", "district", "county", "state", "prefecture", "governorate",
               "oblast", "territory", "city", "town", "village", "area", "municipality"}
#: What being named in the headline adds: the headline says what the story is about.
HEADLINE_WEIGHT = 2.0


def in_headline(actor: Actor, title: str | None) -> bool:
    """Is ``actor`` named in the headline, by any form the article uses or, for a person
    with a full name, the surname ("Nadal keeps Spain alive against Russia")? A place
    counts only as a place ("stabbed to death in Berlin", not "New York man pleads
    guilty"). An all-capitals headline is read without case."""
    if not title:
        return False
    forms = {actor.name, *actor.forms}
    words = [w for w in actor.name.split() if w.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv"}]
    if actor.kind == "person" and len(words) > 1:
        forms.add(words[-1])
    upper = title.isupper()
    text = title.replace("\u2019", "'")
    text = text.casefold() if upper else text
    before = r"(?<![\w-])"
    if actor.kind == "place":
        before = r"(?<![\w-])(?i:" + "|".join(sorted(LOCATIVE)) + r")\s+(?i:the\s+)?"
    for form in forms:
        form = form.strip().replace("\u2019", "'")
        if len(form) < 2:
            continue
        pattern = before + re.escape(form.casefold() if upper else form) + r"(?![\w-])"
        if re.search(pattern, text):
            return True
    return False


def _common_word(doc: Doc, name: str) -> bool:
    """A one-word "name" the article also writes in lower case ("Potholes" and "potholes")."""
    if " " in name or not name[:1].isupper():
        return False
    words = doc.user_data.get("briefgen.entities.words")
    if words is None:  # read once per doc, not once per name
        words = doc.user_data["briefgen.entities.words"] = frozenset(t.text for t in doc)
    return name.lower() in words


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


#: Nouns for a scheme an organisation runs: a name that modifies one names the scheme.
PROGRAMME_NOUNS = {"program", "programme", "scheme", "initiative"}


def _names_a_programme(doc: Doc, actor: Actor) -> bool:
    """Is a name, on half its mentions or more, the name of a programme: "the Commercial
    Lunar Payload Services (CLPS) program", "the company's Hatch program"? Not a body
    that acts on another mention: "The Pentagon program ... The Pentagon declined"."""
    if any(doc[i].dep_ in {"nsubj", "nsubjpass"} for i in actor.mentions):
        return False
    hits = sum(1 for i in actor.mentions if doc[i].dep_ in {"compound", "nmod", "amod"}
               and doc[i].head.i > i and doc[i].head.lemma_.lower() in PROGRAMME_NOUNS)
    return hits > 0 and hits * 2 >= len(actor.mentions)


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


def _in_title(doc: Doc, i: int) -> bool:
    """Is the place named at token ``i`` part of a person's title, "Denver quarterback
    Owen Hartley", "New Mexico Sen. Ruth Alder": a word or two of title, then the name?"""
    j = i
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1  # the place name's last word
    k = j + 1
    while k < len(doc) and k - j <= 3 and not doc[k].ent_type_ and (
            (doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"})
            or (doc[k].text[:1].isupper() and doc[k].text.endswith(".") and len(doc[k]) <= 5)):
        k += 1  # "quarterback", "Sen.", "athletic director"
    if not j + 1 < k < len(doc) - 1:
        return False
    return (doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B") or (
        not doc[k].ent_type_ and all(t.pos_ == "PROPN" and t.text.istitle() for t in doc[k: k + 2]))


_VERSION = re.compile(r"-\d{1,2}$")
#: Words before "the" that make what follows a quantity: "twice the CTR".
_MULTIPLIERS = {"twice", "thrice", "half", "double", "triple", "quadruple"}


def _initials(parts: list[str], letters: str) -> bool:
    """Do ``parts`` (words and hyphens, read off the text) spell ``letters`` by their first
    letters, with a word in lower case among them ("gallium nitride" for GaN)?"""
    words = [p for p in parts if p != "-"]
    return len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters and any(
        w.islower() for w in words)


def _measured(doc: Doc, i: int) -> bool:
    """Is the name headed by token ``i`` used as a measure: after a comparative or
    superlative ("the highest CTR", "a higher CPM"), a multiplier ("twice the CTR"), or
    the subject of a comparison ("the effective CPM is 30% lower")?"""
    tok = doc[i]
    lo = i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    prev = doc[lo - 1] if lo > 0 else None
    if prev is not None and prev.tag_ in {"JJR", "JJS"} and prev.is_lower:
        return True
    if prev is not None and prev.lower_ in {"the", "a", "an"} and lo > 1 and (
            doc[lo - 2].lower_ in _MULTIPLIERS):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.tag_ in {"JJR", "RBR"} for c in tok.head.children)


def _coded(doc: Doc, i: int) -> bool:
    """Is the name at token ``i`` glued by a hyphen to a short code ("USB-C", "IL-25")?"""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and (
        not doc[i + 1].whitespace_) and len(doc[i + 2].text) <= 3 and doc[i + 2].text.isalnum() and (
        doc[i + 2].text.isupper() or doc[i + 2].text.isdigit())


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Where each token text of ``doc`` occurs, in order: read once per doc (kept in
    ``doc.user_data``), so asking about one name never walks the whole article."""
    got = doc.user_data.get("briefgen.entities.positions")
    if got is None:
        got = {}
        for t in doc:
            got.setdefault(t.text, []).append(t.i)
        doc.user_data["briefgen.entities.positions"] = got
    return got  # type: ignore[no-any-return]


def _term_acronym(doc: Doc, name: str, mentions: list[int] | None = None) -> bool:
    """Is ``name`` the acronym of a common term: one the article spells out in lower case
    ("binge eating disorder (BED)", "hypersensitivity pneumonitis, or HP", "glucagon-like
    peptide 1 (GLP-1)", "GaN (gallium nitride)"), one used as a measure on half its
    ``mentions`` or more ("the highest CTR", "the effective CPM is 30% lower"), or one
    glued to a code on every mention ("USB-C ports")?"""
    bare = _VERSION.sub("", name)
    letters = bare[:-1] if bare.endswith("s") else bare
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters[:1].isupper()
            and sum(c.isupper() for c in letters) >= 2):
        return False
    letters = "".join(c for c in letters if c.isupper())
    if mentions and name.isupper() and sum(_measured(doc, i) for i in mentions) * 2 >= len(mentions):
        return True
    if mentions and all(_coded(doc, i) for i in mentions):
        return True  # "USB-C ports", "IL-25": a standard's or a substance's code
    for tok in (doc[i] for i in _positions(doc).get(name, ())):
        if tok.i < 1:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "(":
            parts: list[str] = []
            k = tok.i + 2
            while k < len(doc) and len(parts) < 2 * len(letters) and (doc[k].is_alpha or doc[k].text == "-"):
                parts.append(doc[k].text)
                k += 1
            if k < len(doc) and doc[k].text == ")" and _initials(parts, letters):
                return True  # "GaN (gallium nitride)"
        if tok.i < 2:
            continue
        k = tok.i - 1
        if doc[k].text == "(":
            k -= 1
        elif doc[k].lower_ == "or" and doc[k - 1].text == ",":
            k -= 2
        else:
            continue
        if bare != name and k >= 0 and doc[k].text == name[len(bare) + 1:]:
            k -= 1  # "peptide 1 (GLP-1)": the number is the name's too
        parts = []
        while k >= 0 and len(parts) < len(letters) and (doc[k].is_alpha or doc[k].text == "-"):
            if doc[k].is_alpha:
                parts.insert(0, doc[k].text)  # "protein-coupled" is two words
            k -= 1
        if _initials(parts, letters):
            return True
    return False


_MARKS = ("\u00ae", "\u2122")  # (R) and TM


def _trade_marked(doc: Doc, actor: Actor) -> bool:
    """Is the name written with a trade mark sign ("Digital Intuition®", "Acme Cloud™")?
    A firm writes the sign after its products' names, not after people or itself."""
    if any(f.endswith(_MARKS) for f in (actor.name, *actor.forms)):
        return True
    return any(i + 1 < len(doc) and doc[i + 1].text in _MARKS for i in actor.mentions)


def _passing(doc: Doc, actor: Actor, speaking: bool, role: str | None,
             quoted: list[tuple[int, int]] = [],  # noqa: B006 - read only
             celestial: bool = False) -> bool:
    """Named in passing or no actor at all: not for the Key actors table. ``celestial``:
    the actor is a heavenly body as a place (:meth:`Cast.celestial_place`), a place
    though no gazetteer's and "the moon" also a common word."""
    n = len(actor.mentions)
    if n == 1 and actor.kind != "person" and any(a <= doc[actor.mentions[0]].idx < b for a, b in quoted):
        return True  # named once, inside someone's quoted words or a title in quote marks
    if actor.name in COMMON_ACRONYMS or (_common_word(doc, actor.name) and not celestial) or _term_acronym(
            doc, actor.name, actor.mentions):
        return True  # "binge eating disorder (BED)": a term, not an organisation
    if actor.thing and not speaking:
        return True  # "the new Magic Keyboard", "Smart Keyboard Folio": a thing (the cast's test)
    if not speaking and _trade_marked(doc, actor):
        return True  # "Digital Intuition®": a product, no actor
    if actor.kind != "person" and (_CRAFT.search(actor.name) or actor.name.split()[0] in VESSEL_PREFIXES):
        return True  # "Harbour Air Flight 212", "the USS Harbourton": a craft, not who acts
    if actor.name.split()[-1].lower() in EVENT_WORDS:
        return True  # "Davis Cup Finals", "Dubai Air Show": events, not actors
    if actor.kind != "person" and len(actor.name.split()) > 1 and actor.name.split()[-1].lower() in LAW_WORDS:
        return True  # "the Harbour Workers Protection Act": a law, not an actor
    if actor.kind != "place" and all(_names_a_thing(doc[i]) or _in_brackets(doc[i]) for i in actor.mentions) and not (
            any(w.lower() in ORG_NAME_WORDS for w in actor.name.split())):
        return True  # "Webb's Ford sedan", "(illustrated by Karl Tate)": a make or a credit
    if actor.kind != "person" and not speaking and _names_a_programme(doc, actor):
        return True  # "the EB-5 program", "the Make Listening Safe initiative": a scheme
    if actor.kind != "person" and any(_market_index(doc, i) for i in actor.mentions):
        return True  # "the benchmark Sensex", "the Hang Seng index": a number, not an actor
    if actor.kind == "organisation" and all(_unit_in_role(doc, i) for i in actor.mentions):
        return True  # "Head of Fundamental Research at Kotak Securities": part of a role
    if actor.kind == "place" and gazetteer.place(actor.name) is None and gazetteer.capital_of(
            actor.name) is None and not celestial and not any(after_locative(doc, i, topics=False) for i in actor.mentions):
        return True  # "Brexit", "the Big Bang": never a place anything happens in
    if actor.kind != "place" and len(actor.name.split()) > 1 and actor.name.isupper():
        return True  # "LOWE'S COMPANIES INC": a ticker table, not prose
    if actor.kind == "person" and len(actor.name.split()) == 1:
        return not (speaking or actor.titled or role or n >= 2)
    sents = {doc[i].sent.start: doc[i].sent for i in actor.mentions}
    return all(looks_like_furniture(sent.text.strip()) or LEGAL.search(sent.text)
               for sent in sents.values())


#: Nouns for a periodical: "the journal X", "the X newspaper". Not "website", "outlet" or
#: "group": a fact-checking site or a watchdog cited for its finding is often the story's actor.
MEDIA_NOUNS = {"journal", "newspaper", "paper", "magazine", "tabloid", "daily", "weekly", "newsletter"}
#: Last words of a masthead: "... Times", "... Insider", "... News-Register".
MASTHEAD_WORDS = {"news", "times", "post", "journal", "herald", "telegraph", "guardian", "gazette",
                  "tribune", "insider", "register", "chronicle", "examiner", "observer", "inquirer",
                  "intelligencer", "courier", "dispatch", "bulletin", "review", "magazine", "daily",
                  "weekly", "express", "mirror", "independent", "sun"}
#: Verbs and nouns a publication is cited by: "told X", "reported by X", "a report in X".
_CITING_VERBS = {"tell", "leak", "speak", "talk", "say", "explain", "confirm", "report", "publish",
                 "write", "cite", "quote", "print", "air", "broadcast", "appear", "read"}
_CITING_NOUNS = {"report", "article", "story", "interview", "piece", "editorial", "column", "op-ed",
                 "post", "podcast", "broadcast", "programme", "program", "show", "edition", "issue"}


def _name_head(tok: Token) -> Token:
    """The noun a name's last word hangs on through compounds: "Lantern" of "the
    Lantern newspaper" is "newspaper"; a name alone is its own head."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head


def _cites(tok: Token, depth: int = 0) -> bool:
    """Is ``tok`` (a name's head) where an article cites a publication: "he told X", "as
    reported by X", "a report in X", "leaked to X", "according to X", "in the journal X",
    "reading X", "after X reported that ..."?"""
    head = tok.head
    if head.lower_ == "according":
        return True
    if tok.dep_ in {"dobj", "dative"} and head.lemma_ in {"tell", "read"}:
        return True
    if tok.dep_ == "nsubj" and head.lemma_ in {"report", "reveal", "publish"}:
        return True
    if tok.dep_ == "pobj" and head.head.i != head.i:
        verb = head.head
        if head.lower_ == "to" and (verb.lemma_ in _CITING_VERBS or verb.lower_ == "according"):
            return True
        if head.lower_ in {"by", "in", "on", "with"} and (
                verb.lemma_ in _CITING_VERBS or verb.lemma_ in _CITING_NOUNS):
            return True
    if tok.dep_ == "appos" and depth < 2:
        return head.lower_ in MEDIA_NOUNS or _cites(head, depth + 1)
    return False


def _masthead(doc: Doc, actor: Actor) -> bool:
    """Does the name read as a periodical's: a masthead word last ("... Times", "...
    News-Register"), or a mention beside a noun for one ("the journal X", "the X
    newspaper")?"""
    last = actor.name.replace("\u2019", "'").split()[-1].split("-")[-1].lower()
    if last in MASTHEAD_WORDS:
        return True
    for i in actor.mentions:
        head = _name_head(doc[i])
        if head.i != i and head.lower_ in MEDIA_NOUNS:
            return True  # "the Lantern newspaper"
        if doc[i].dep_ == "appos" and doc[i].head.lower_ in MEDIA_NOUNS:
            return True  # "the journal BMJ"
    return False


def _cited_publication(doc: Doc, actor: Actor, speaking: bool) -> bool:
    """Is the organisation a publication the article only cites as its source ("he told
    the Harbour Courier", "according to the Daily Lantern", "a study in the journal
    Medsight"), never a body that acts in the story?"""
    if actor.kind != "organisation" or speaking or not actor.mentions:
        return False
    return _masthead(doc, actor) and all(_cites(_name_head(doc[i])) for i in actor.mentions)


#: Nouns for a broadcast or a film: "the TV series, X", "the new X show".
SHOW_NOUNS = {"series", "show", "sitcom", "drama", "documentary", "film", "movie", "miniseries",
              "programme", "program", "soap", "franchise"}
#: Parts of a show: "the third season of X".
_SHOW_PARTS = {"season", "episode", "series", "finale", "premiere", "instalment", "installment"}


def _names_a_show(doc: Doc, actor: Actor, speaking: bool) -> bool:
    """Is the name, on every mention, a show's or a film's: "the TV series, X", "the third
    season of X", "the X documentary"? A title, not who acts."""
    if actor.kind == "person" or speaking or not actor.mentions:
        return False
    for i in actor.mentions:
        head = _name_head(doc[i])
        if head.i != i and head.lower_ in SHOW_NOUNS:
            continue  # "the Harbour Lights series"
        if head.dep_ == "appos" and head.head.lower_ in SHOW_NOUNS:
            continue  # "the TV series, Harbour Lights"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _SHOW_PARTS:
            continue  # "the third season of Harbour Lights"
        return False
    return True


#: Words that open a list of examples after a plural noun: "franchises such as X".
_EXAMPLE_PREPS = {"as", "like", "including"}


def _an_example(doc: Doc, actor: Actor, speaking: bool, role: str | None, headline: bool) -> bool:
    """Is the actor named once, only as an example of a class the sentence names with a
    plural noun ("popular franchises such as Harbour Quest", "newer models like the
    Corvane", "media figures such as Dana Merrow and Tom Fenwick"), with no role, no words,
    and not in the headline? It illustrates the class; it does not act in the story."""
    if actor.kind == "place" or speaking or role or headline or len(actor.mentions) != 1:
        return False
    top = _name_head(doc[actor.mentions[0]])
    if top.dep_ == "poss" and top.head.i != top.i:
        top = _name_head(top.head)  # "Harbour's Quest": the name goes on after the 's
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_PREPS or prep.head.i == prep.i:
        return False
    if prep.lower_ == "as" and not (prep.i > 0 and doc[prep.i - 1].lower_ == "such"):
        return False
    return prep.head.tag_ == "NNS"


#: Determiners that count a thing or pick one of many: "an Orbix", "another Orbix".
_COUNTING_DETS = {"a", "an", "another", "every", "each"}
#: Owners a product has and a body does not: "my Orbix", "its new Orbix".
_OWNERS = {"my", "your", "our", "its"}
#: What a body does and a thing does not: "X warned", "X said".
_SPEAKING_VERBS = {"say", "warn", "announce", "report", "tell", "claim", "write", "state", "urge",
                   "call", "accuse", "deny", "confirm", "argue", "add", "insist"}


def _owned_thing(doc: Doc, actor: Actor, speaking: bool) -> bool:
    """Is the "organisation" a product on every mention: counted or owned, never a body
    ("an Orbix", "two Orbixes", "my Orbix Pro", "its latest Orbix", "Pellico's Orbix")?
    A firm is not "an Acme" nor "my Acme"; a name with an organisation's word
    ("... Group") stays one."""
    if actor.kind != "organisation" or speaking or not actor.mentions or any(
            w.lower().strip(",.") in ORG_NAME_WORDS for w in actor.name.split()):
        return False
    for i in actor.mentions:
        head = _name_head(doc[i])
        if head.i != i or not doc[i].text[:1].isalpha():
            return False
        if head.dep_ == "nsubj" and head.head.lemma_ in _SPEAKING_VERBS:
            return False  # "the People's Courier warned ...": a thing does not speak
        kids = list(head.children)
        if any(c.dep_ == "det" and c.lower_ in _COUNTING_DETS for c in kids):
            continue
        if any(c.dep_ == "nummod" and c.i < i for c in kids):
            continue  # "two Orbixes", not a score after a team's name ("Harriers 3")
        if any(c.dep_ == "poss" and (c.lower_ in _OWNERS or (c.pos_ == "PROPN" and c.ent_type_ in {
                "ORG", "PRODUCT"})) for c in kids):
            continue
        return False
    return True


def _listed_once(doc: Doc, actor: Actor, speaking: bool, role: str | None, headline: bool) -> bool:
    """Is the organisation named once, as one item of a list of three names or more that
    is not the subject of the sentence ("clients including Arlo, Vantee and Brisk",
    "follow us on Chirper, Pictogram and Facepage"), with no role, no words, and not in
    the headline? It is an example, not an actor; a list that acts ("Arlo, Vantee and
    Brisk said ...") keeps its names."""
    if actor.kind != "organisation" or speaking or role or headline or len(actor.mentions) != 1:
        return False
    top = _name_head(doc[actor.mentions[0]])
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return False
    items, todo = [top], [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                items.append(child)
                todo.append(child)
    named = [t for t in items if t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON", "PRODUCT",
                                                                       "WORK_OF_ART", "GPE", "NORP"}]
    return len(named) >= 3


#: The outlet's own dateline at the top of a story: "(Newswire) --", "HARBOUR CITY (Newswire) -",
#: "(Newswire)Police said": a name of capitals in round brackets, then a dash or the story's
#: first word glued on; not an acronym after its name ("the Port Authority (PA) said").
_DATELINE_OUTLET = re.compile(r"\(([A-Z][A-Za-z.&'\-]{1,20}(?: [A-Z][A-Za-z.&'\-]{1,20}){0,2})\)"
                              r"(?:[ \t]*(?:--?|\u2014|\u2013)|(?=[A-Z\"\u201c]))")
#: How far into the text the dateline may sit: after a headline line or a town's name.
_DATELINE_REACH = 160
#: A line crediting the outlet's staff: "Jo Smith contributed reporting", "reported from".
_STAFF_CREDIT = re.compile(r"\bcontribut(?:ed|ing) (?:to )?(?:this )?(?:report|reporting|story|article)\b"
                           r"|\breported from\b|\b(?:reporting|writing|editing) by\b", re.I)


def outlet_keys(doc: Doc, outlet: str | None = None) -> set[str]:
    """The name keys (:func:`actor_key`) of the outlet that publishes the story: the name
    in round brackets of a wire dateline among the text's first words ("(Newswire) --
    Police said", "(Newswire)Police said"). The outlet tells the story; it is not one of
    its actors. Not the publisher a page declares or briefgen guesses: a company's own
    release is published by the company the story is about."""
    keys = {actor_key(outlet)} if outlet else set()
    m = _DATELINE_OUTLET.search(doc.text[:_DATELINE_REACH])
    if m is not None and not gazetteer.place(m.group(1)):
        keys.add(actor_key(m.group(1)))
    keys.discard("")
    return keys


def _outlet_or_staff(doc: Doc, actor: Actor, role: str | None, marked: bool, outlets: set[str]) -> bool:
    """Is the actor the story's own outlet ("told Newswire", "Newswire's Jo Smith
    reported", "Newswire cannot verify") or a unit of it ("Newswire Health Desk"), or one of its staff never quoted in quote marks:
    a person whose role is only the outlet ("Newswire's Jo Smith") or who is named only
    in a credit line ("Jo Smith contributed reporting", "Jo Smith reported from Oslo")?"""
    if actor.kind == "organisation":
        keys = {actor_key(f) for f in (actor.name, *actor.forms)}
        # "Newswire Health Desk"; "Newswire)Police" where the dateline is glued to the text
        return any(k == o or k.startswith((o + " ", o + ")")) for k in keys for o in outlets)
    if actor.kind != "person" or marked:
        return False
    if role is not None and outlets and actor_key(role) in outlets:
        return True
    sents = {doc[i].sent.start: doc[i].sent for i in actor.mentions}
    return bool(sents) and all(_STAFF_CREDIT.search(s.text) for s in sents.values())


#: Words of a role that make an organisation a news outlet: "the state news agency".
_NEWS_ROLE_WORDS = {"news", "newspaper", "broadcaster", "newswire", "wire", "tabloid", "daily"}


def _cited_agency(doc: Doc, actor: Actor, speaking: bool, role: str | None) -> bool:
    """Is the organisation a news agency or outlet the article only cites as its source
    ("Newswire reported", "according to Newswire", "told the news agency Newswire",
    "Newswire said, citing officials"), never a body that acts in the story? Its role or a
    mention says it is news ("the state news agency", "the Newswire news agency")."""
    if actor.kind != "organisation" or not actor.mentions:
        return False  # "the talks failed, Newswire reported": its report is no actor's words
    news = role is not None and any(w in _NEWS_ROLE_WORDS for w in role.lower().split())
    for i in actor.mentions:
        head = _name_head(doc[i])
        if (head.i != i and head.lower_ in {"agency", "service", "outlet"} and any(
                t.lower_ in _NEWS_ROLE_WORDS for t in doc[i: head.i])) or any(
                t.lower_ in _NEWS_ROLE_WORDS for t in doc[max(0, i - 3): i]):
            news = True
    if not news:
        return False
    for i in actor.mentions:
        head = _name_head(doc[i])
        if _cites(head):
            continue
        if head.dep_ == "nsubj" and head.head.lemma_ in {"say", "report", "quote", "cite"}:
            continue  # "Newswire said", "Newswire quoted him as saying"
        return False
    return True


#: Last words of a site a person is taken to or seen at: a hospital, an airport.
VENUE_WORDS = {"hospital", "clinic", "infirmary", "hospice", "airport", "airfield"}
#: Prepositions that put a story at a site, or someone into it: "taken to", "treated at".
#: Not "from" or "by": what leaves a site or acts by it may be the story's subject.
_SITE_PREPS = {"at", "in", "to", "into"}


def _only_a_venue(doc: Doc, actor: Actor, speaking: bool, headline: bool) -> bool:
    """Is the organisation a hospital or an airport named only as where something
    happens, on every mention after "at", "in", "to" or "into" hung on a verb ("was taken
    to Harbour General Hospital", "landed at Kelby Airport")? The site is the scene, not
    one of the story's actors; one that speaks, acts, is in the headline, employs someone
    named ("a surgeon at Harbour General Hospital") or is named otherwise ("Kelby Airport
    shut down") stays."""
    words = actor.name.lower().split()
    if actor.kind != "organisation" or speaking or headline or not actor.mentions or (
            words[-1] not in VENUE_WORDS and words[-2:] not in (["medical", "center"], ["medical", "centre"])):
        return False
    for i in actor.mentions:
        top = _name_head(doc[i])
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        prep = top.head
        if top.dep_ != "pobj" or prep.lower_ not in _SITE_PREPS or prep.head.pos_ not in {"VERB", "AUX"}:
            return False  # "a surgeon at Harbour General Hospital": the person's employer
    return True


#: Verbs an actor plays a part by: "stars as", "cast as".
_ACTING_VERBS = {"play", "star", "co-star", "costar", "appear", "cast", "portray", "voice"}
#: Nouns for a part in a story: "the main character", "three major characters". Not
#: "protagonist" or "villain": news gives those to real people ("a key protagonist in the scheme").
_PART_NOUNS = {"character", "characters", "heroine"}
#: Words that put a sentence on screen, stage or page: a part is played only there, so a
#: "character" or an "appeared as" elsewhere ("appeared as Tom's lawyer at the hearing",
#: "a colourful character in city politics") is a real person.
_SCREEN_WORDS = {
    "film", "movie", "series", "show", "episode", "season", "sitcom", "drama", "novel", "book",
    "musical", "studio", "director", "screen", "stage", "theatre", "theater", "television", "tv",
    "sequel", "prequel", "remake", "franchise", "comedy", "thriller", "opera", "cartoon", "co-star",
    "costar", "screenplay", "script", "trailer", "premiere", "blockbuster", "soap", "miniseries",
}
#: Screen words that count only as nouns: "the cast", "the play", not "cast as", "play".
_SCREEN_NOUNS = {"cast", "play"}


def _on_screen(sent: Span) -> bool:
    """Does the sentence speak of a film, a show, a book or a stage ("the series starts
    filming", "the cast of the musical")?"""
    return any(t.lemma_.lower() in _SCREEN_WORDS or t.lower_ in _SCREEN_WORDS or (
        t.pos_ == "NOUN" and t.lemma_.lower() in _SCREEN_NOUNS) for t in sent)


def _a_character(doc: Doc, i: int) -> bool:
    """Is the person named at token ``i`` a part in a film, show or book: "co-stars as
    Dana's son Tom", "Tom, the detective played by Dana Merrow", "three characters --
    Tom, Jo and Kit", "Tom, the hero who is the main character"? Only in a sentence about
    a film, a show or a book (:func:`_on_screen`), and never as the owner of a part:
    "appeared as Tom's lawyer" plays no Tom."""
    if not _on_screen(doc[i].sent):
        return False
    tok = _name_head(doc[i])
    for _ in range(4):  # up through appositions and lists: "as Dana's son Tom"
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.i > 0 and (
                tok.head.head.lemma_.lower() in _ACTING_VERBS
                or doc[tok.head.i - 1].lemma_.lower().removeprefix("co-") in _ACTING_VERBS):
            return True  # "stars as Tom"; the word before "as" when the parse hangs it elsewhere
        if tok.lemma_.lower() in _PART_NOUNS:
            # "three characters -- Tom, Jo and Kit"; not the owner of one: "Dana's character"
            return tok.i == i or not any(c.dep_ == "poss" and c.i <= i for c in tok.children)
        for own in [tok, *(c for c in tok.children if c.dep_ == "appos")]:
            kids = list(own.children)
            if any(c.dep_ == "acl" and c.lemma_ in {"play", "portray", "voice"} and any(
                    g.dep_ == "agent" for g in c.children) for c in kids):
                return True  # "Tom, the detective played by Dana Merrow"
            if own is not tok and own.lemma_.lower() in _PART_NOUNS:
                return True  # "Tom, a character in ..."
            if any(c.dep_ == "relcl" and any(g.dep_ == "attr" and g.lemma_.lower() in _PART_NOUNS
                                             for g in c.children) for c in kids):
                return True  # "the hero who was the main character"
        if tok.dep_ not in {"appos", "conj", "compound"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _fictional(doc: Doc, actor: Actor, speaking: bool) -> bool:
    """Is the person a character in a film, a show or a book (:func:`_a_character` on
    some mention), never one who speaks in the story? A part is no actor of the news."""
    return actor.kind == "person" and not speaking and any(_a_character(doc, i) for i in actor.mentions)


def salience(doc: Doc, actor: Actor, speaking: bool, role: str | None, lead_end: int,
             quoted: list[tuple[int, int]] = [],  # noqa: B006 - read only
             headline: bool = False, celestial: bool = False) -> float:
    """How central an actor is, from named signals: mentions, speaking, being in the
    headline or the lead, a stated role, a full name. 0 for an actor named in passing;
    places count only when they are the scene (in the lead, or named three times or
    more, or in the headline and in the body as a place). ``celestial``: a heavenly
    body as a place (:meth:`Cast.celestial_place`)."""
    if _passing(doc, actor, speaking, role, quoted, celestial) or _cited_publication(
            doc, actor, speaking) or _names_a_show(doc, actor, speaking) or _owned_thing(doc, actor, speaking) or _listed_once(doc, actor, speaking, role, headline) or (
            _an_example(doc, actor, speaking, role, headline)) or _cited_agency(
            doc, actor, speaking, role) or _only_a_venue(doc, actor, speaking, headline) or _fictional(
            doc, actor, speaking):
        return 0.0
    n = len(actor.mentions)
    lead = bool(actor.mentions) and actor.mentions[0] < lead_end
    if actor.kind == "place":
        # "U.S. Attorney", "a New York man": a place as a modifier is no scene
        own = [i for i in actor.mentions if (doc[i].dep_ not in {"compound", "amod"} or (
            doc[i].head.lower_ in PLACE_NOUNS and doc[i].head.i > i)) and not _in_title(doc, i)]
        lead = bool(own) and own[0] < lead_end
        # "the Indian economy", "Indian markets": its people and things keep it the scene
        country = gazetteer.place(actor.name)
        people = [t.i for t in doc if t.ent_type_ == "NORP" and country is not None and country[0] == "country"
                  and gazetteer.country_of_people(t.text) == actor.name.casefold()] if own else []
        scene = len(own) + len(people)
        if scene >= 3 or (lead and len(own) >= 2) or (len(own) >= 2 and n >= 3) or (headline and own):
            return min(1.5 * math.sqrt(scene), PLACE_CAP) + (1.0 if lead else 0.0) + (1.0 if headline else 0.0)
        return 0.0
    score = float(n) + 3.0 * speaking + 2.0 * lead + 2.0 * (role is not None) + HEADLINE_WEIGHT * headline
    if actor.kind == "person" and len(actor.name.split()) > 1:
        score += 1.0
    return score


def extract_entities(doc: Doc, quotes: list[Quote], cast: Cast | None = None,
                     title: str | None = None,
                     skip: list[tuple[int, int]] | None = None,
                     outlet: str | None = None) -> list[Entity]:
    """Named actors with mention counts, role, relation and salience, most central first.

    Read off the article's cast (built here when not given): each actor once, under its
    fullest name, typed person, organisation or place. ``title`` is the article's
    headline: an actor it names ranks higher. ``skip``: the body's ranges that are surely
    page (:func:`briefgen.extract.facts.surely_page`, computed here when not given):
    mentions there do not count, and an actor named only there (the exchange
    in a press release's "About <Company>" profile) is named in passing. The outlet of a
    wire dateline ("(Newswire) --") and its staff tell the story and are no actors of it
    (:func:`outlet_keys`); ``outlet`` is that outlet when ingest already took the dateline
    off the text ("(Newswire)Police said ..." in plain text).
    """
    outlets = outlet_keys(doc, outlet)
    cast = cast if cast is not None else build_cast(doc)
    speaking: set[int] = set()  # said something, in quote marks or reported
    marked: set[int] = set()  # said something in quote marks: the brief calls them "quoted"
    for q in quotes:
        if q.speaker:
            for name in q.speaker.split(" and "):
                a = cast.actor_named(name)
                if a is not None:
                    speaking.add(id(a))
                    if q.kind != "indirect":
                        marked.add(id(a))
    # quoted words and any other stretch in double quote marks (a song's or a book's title:
    # "Rollin' Down to the Harbour"): a non-person named once there is no actor
    quoted = sorted([(q.start, q.end) for q in quotes if q.kind != "indirect"] + [
        (m.start, m.end) for m in cast.marked() if not m.single])
    sents = list(doc.sents)
    lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end if sents else 0
    outside = within(surely_page(doc.text, sents) if skip is None else skip)
    out: list[Entity] = []
    for actor in cast.actors:
        if not actor.mentions:
            continue
        talks = id(actor) in speaking
        story = [i for i in actor.mentions if not outside(doc[i].idx)]
        if not story and not talks:
            out.append(Entity(name=written_name(actor), label=_LABEL[actor.kind],
                              mentions=len(actor.mentions), role=actor.role, salience=0.0,
                              relation="place" if actor.kind == "place" else "subject"))
            continue  # named only in what is no story: a profile, a caption, a teaser
        # the story's mentions only (a speaker whose quote the brief prints keeps all)
        seen = replace(actor, mentions=story) if story and len(story) < len(actor.mentions) else actor
        if actor.kind == "place":
            relation = "place"  # a place is never "quoted": who spoke is its government
        elif id(actor) in marked:
            relation = "speaker"  # reported speech alone ("Brask says the family ...") is no quote
        else:
            relation = "subject"
        role = actor.role
        name = written_name(actor)
        aliases = [f for f in actor.aliases if f != name]
        headline = in_headline(actor, title)
        told = not headline and _outlet_or_staff(doc, seen, role, id(actor) in marked, outlets)
        out.append(Entity(name=name, label=_LABEL[actor.kind], mentions=len(seen.mentions),
                          role=role, relation=relation, aliases=aliases,
                          salience=0.0 if told else salience(doc, seen, talks, role, lead_end,
                                                             quoted, headline,
                                                             cast.celestial_place(actor))))
    _one_of_a_family(out)
    out.sort(key=lambda e: (-(e.salience or 0.0), e.label == "GPE", -e.mentions, e.name))
    return out


def _one_of_a_family(found: list[Entity]) -> None:
    """Of an organisation and another whose name opens with its whole name ("Corvane" and
    "Corvane North America", "Pelko" and "Pelko Watch", "Harlow" and "Harlow, Inc."), only
    the one named more often is an actor (on a tie the shorter name): the other is its unit,
    product or longer style, named in passing (salience 0)."""
    orgs = [e for e in found if e.label == "ORG" and (e.salience or 0.0) > 0]
    by_name = {e.name: e for e in orgs}
    for e in orgs:
        words = e.name.replace(",", " ,").split()
        for k in range(1, min(len(words), 4)):
            short = by_name.get(" ".join(words[:k]).replace(" ,", ","))
            if short is None or short is e or (short.salience or 0.0) <= 0:
                continue
            lesser = e if e.mentions <= short.mentions else short
            lesser.salience = 0.0
            break
