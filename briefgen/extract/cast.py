"""The cast of one article: every person, organisation and place, and who each mention is.

Built once per ``Doc`` (:func:`build_cast`) and read by every extractor, so that quotes,
facts, actors and the timeline agree on who is who; none of them re-derives it.

- **Actors.** Each named entity mention is cleaned (possessive, leading "the", photo
  credits), then linked to one :class:`Actor` under the fullest name the article uses:
  "Halvorsen" and "Mr Halvorsen" join "Erik Halvorsen" (even when the surname comes first),
  "Park Sun-hee" joins "Park Sun Hee", "US" joins "United States", an acronym joins the
  organisation whose initials it is.
- **Types** come from signals, not from spaCy's label alone: a place gazetteer
  (:mod:`briefgen.extract.gazetteer`), first names, honorifics, the form of organisation
  names ("... Agency", "... Inc", "SpaceX"), and the votes of every mention's label.
- **Roles** from a title before the name, an appositive, "NAME, who is ..." or
  "NAME, the head of ...", on any mention.
- **References.** :meth:`Cast.referent` answers what a token refers to: a name, a
  pronoun ("he" -> the person last talked about; a title such as "Ms" rules out the
  other pronoun, a first name only hints), "it" (the organisation last a subject) or a description ("the professor",
  "the company") -> the actor the article introduced.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefgen.extract import gazetteer, marks

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
    "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "president", "senator",
    "governor", "secretary", "minister", "professor", "judge", "justice", "mayor",
    "speaker", "chairman", "chairwoman", "ambassador", "sir", "lady", "lord", "pope",
    "king", "queen", "prince", "princess", "rev", "rev.", "lt", "lt.", "col", "col.",
    "representative", "del", "del.", "retired", "sens", "sens.", "reps", "reps.",
    "sgt", "sgt.", "capt", "capt.", "chancellor", "premier", "vice",
    "det.", "cmdr", "cmdr.", "cdr", "cdr.", "supt", "supt.", "insp", "insp.", "maj.", "cpl",
    "cpl.", "pvt", "pvt.", "brig.", "adm", "adm.",  # "Maj", "Det": names too, without the stop
}
#: Ranks and titles written short before a name ("Det. Ana Ruiz"), and what each says in
#: full.
TITLE_ABBREVIATIONS = {
    "sgt.": "Sergeant", "det.": "Detective", "capt.": "Captain", "cmdr.": "Commander",
    "cdr.": "Commander", "supt.": "Superintendent", "insp.": "Inspector", "maj.": "Major",
    "cpl.": "Corporal", "pvt.": "Private", "brig.": "Brigadier", "lt.": "Lieutenant",
    "col.": "Colonel", "adm.": "Admiral",
}
FEMALE = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess", "chairwoman"}
MALE = {"mr", "mr.", "sir", "lord", "king", "prince", "chairman"}
# nouns naming what a person is: they make a pre-modifier or a subject a role
ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "professor", "analyst", "official",
    "minister", "president", "director", "head", "chief", "leader", "secretary",
    "senator", "governor", "adviser", "advisor", "aide", "researcher", "expert",
    "economist", "scientist", "fellow", "ambassador", "diplomat", "general", "officer",
    "chairman", "chairwoman", "chair", "lawyer", "attorney", "manager", "strategist",
    "candidate", "nominee", "representative", "congressman", "congresswoman", "mayor",
    "commissioner", "judge", "founder", "executive", "ceo", "editor", "correspondent",
    "reporter", "author", "historian", "lawmaker", "legislator", "politician",
    "activist", "campaigner", "consultant", "pollster", "member", "deputy", "envoy",
    "negotiator", "commander", "inspector", "prosecutor", "investigator", "doctor",
    "physician", "surgeon", "lecturer", "scholar", "specialist", "partner", "owner",
    "vice", "coordinator", "supporter", "voter", "resident", "witness", "source",
    "staffer", "chancellor", "premier", "king", "queen", "prince", "operative", "surrogate", "secretary-general", "spokespeople", "officials",
}
ORG_NOUNS = {
    "campaign", "government", "ministry", "department", "agency", "administration",
    "committee", "council", "office", "party", "company", "firm", "group", "organisation",
    "organization", "commission", "court", "military", "army", "police", "embassy",
    "university", "institute", "center", "centre", "network", "newspaper", "paper",
    "board", "bank", "union", "foundation", "association", "team", "regime", "state",
    "media", "coalition", "alliance", "senate", "house", "congress",
    "parliament", "cabinet", "kremlin", "pentagon", "service", "authorities",
}


_BARE_HONORIFICS = {h.rstrip(".") for h in HONORIFICS} | {"the"}


def name_key(text: str) -> list[str]:
    """Name words without a leading "the", honorifics or possessive, lower-cased: the one
    normaliser of names ("President Trump", "Trump's" and "trump" give ``["trump"]``)."""
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    words = [w for w in re.split(r"[\s\-\u2010]+", text) if w]
    while words and words[0].lower().rstrip(".") in _BARE_HONORIFICS:
        words = words[1:]
    return [w.lower().strip(".,") for w in words if w.strip(".,")]


def actor_key(name: str) -> str:
    """:func:`name_key` as one string: the key under which two spellings of one actor
    (in one article or across sources) are the same row."""
    return " ".join(name_key(name))


_NOT_A_ROLE_START = {"her", "his", "their", "our", "my", "your", "who", "which",
                     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "several", "many", "some",
                     # examples or a subset of what the name names: "China, such as motors"
                     "such", "including", "especially", "particularly", "notably"}


#: Words that open a clause or a phrase: a description cut there ends on one of them.
_CLAUSE_OPENERS = {"who", "whom", "that", "which", "whose", "of", "to", "at", "with", "for", "and",
                   "or", "in", "on", "by", "from"}


#: A time said beside a name, which no role is: "X, last spring", "the board today". In
#: lower case only: "This Week" or "Today" in capitals is a programme's name.
_TIME_ONLY = re.compile(
    r"(?:(?:last|next|this|that|the|same|early|late|earlier|later)\s+)?"
    r"(?:today|tonight|yesterday|tomorrow|now|week|weekend|month|year|season|decade|century|"
    r"summer|winter|spring|autumn|fall|morning|afternoon|evening|night|day)s?")


def _says_no_role(text: str) -> bool:
    """Does a description beside a name say what the name is not ("X, not the jazz band",
    "-- not something that ...") or only when ("X, last week")?"""
    return text.startswith("not ") or _TIME_ONLY.fullmatch(text) is not None


#: A verb of saying as a participle, read as a description by the tagger.
_SAYING = frozenset({"saying", "warning", "adding", "noting", "arguing", "claiming", "insisting",
                     "explaining", "telling", "writing", "urging", "stating", "asking",
                     "declaring", "announcing", "replying", "responding", "tweeting"})


#: A participle and a preposition: a verb phrase, what someone did or does, not a post.
_VERB_PHRASE = re.compile(r"[a-z]+(?:ed|ing)\s+(?:from|by|for|to|in|of|with|after|at|on|into|"
                          r"over|under|during|since)\b")
#: A verb alone, cut from "who teaches ...": no post.
_DOES = frozenset({"teaches", "works", "lives", "studies", "writes", "follows", "covers",
                   "monitors", "tracks", "watches", "says", "said"})
#: A relative clause's opening word ("that" only before a verb: "adviser to that president").
_RELATIVE = re.compile(r"\s(?:who|which|where|that(?=\s+(?:has|have|had|is|was|are|were|will|would)\b))\s")
#: Nouns ending like a participle: "king of Jordan" is a post.
_NOT_PARTICIPLES = frozenset({"king", "sibling", "darling", "offspring", "underling", "ring",
                              "breed", "seed", "steed", "creed", "viking", "wing", "string"})
#: Adverbs that end a description without adding to it: "extremist group already".
_TRAILING_ADVERBS = frozenset({"already", "still", "now", "also", "too"})
#: A finite verb inside a description: a clause, not a post.
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have)\b")
#: "Love is All Around": a capitalised word before the verb, a title's words, not a clause.
_CAPITAL_BEFORE_VERB = re.compile(r"\b[A-Z][\w'-]* (?:is|are|was|were|has|had|have)\b")
_QUOTED_TITLE = re.compile(r"[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019']{1,80}[\"\u201d\u2019']")
#: Nouns that say nothing of who someone is.
_NO_ONE_IN_PARTICULAR = frozenset({"person", "man", "woman", "people", "individual", "guy",
                                   "one", "someone", "somebody"})


def _clean_role(text: str) -> str | None:
    text = text.strip(" ,;:\u2014\u2013-")
    text = re.sub(r"^[^\s()]*\)\s*", "", text)  # "X)Former President": a dateline glued on
    # "now an immunologist at X", "also commander in chief", "another top aide": the post,
    # without the words that tie it to the sentence
    text = re.sub(r"^(?:(?:now|also)\s+)?(a|an|the|another)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:now|also)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:\d+[-\s])?years?[-\s]old\b\s*", "", text, flags=re.I)  # "(43-)year-old singer"
    text = " ".join(text.split())
    plain = _QUOTED_TITLE.sub(" ", text)  # "author of 'Love is a Battlefield'": a title's words
    rel = _RELATIVE.search(text)
    before = text[:rel.start()].split() if rel is not None else []
    if rel is not None and len(before) > 1 and _CLAUSE_VERB.search(text, rel.end()) and not (
            len(before) >= 3 and before[-2].lower() in {"the", "a", "an", "this", "that"}):
        # "head of a union that has 20,000 members"; not "mother of the girl who was killed",
        # where the clause says which girl
        text = text[:rel.start()].rstrip(" ,")
        plain = text
    # a description cut where its clause began ends on the word that opened the clause:
    # "a group that", "professor at X who", "research director of": the words before it
    words = text.split(" ")
    while len(words) > 1 and words[-1].lower() in _CLAUSE_OPENERS:
        words.pop()  # a loop, not a regex: a run of such words is read once
    text = " ".join(words)
    if re.match(r"\d{1,3}\b", text) or re.search(r"\s\d+$", text):
        return None  # "6 points", "Senators 4", "43-year-old": a score line or an age
    if not text or len(text) < 3 or not re.search(r"[a-z]", text) or _says_no_role(text):
        return None
    if re.search(r"@|https?:|www\.|\.com\b", text) or re.fullmatch(r"[\d\s,-]+(years? old)?", text):
        return None  # a handle, a link or an age is not a role
    if re.search(r"\bNo\.?$", text):
        return None  # "the world No. 1" cut at its full stop: "world No"
    words = text.split(" ")
    while len(words) > 1 and words[-1].lower() in _TRAILING_ADVERBS:
        words.pop()  # "Islamist extremist group already"
    text = " ".join(words)
    verb = _VERB_PHRASE.match(text)
    if (verb and verb.group(0).split()[0] not in _NOT_PARTICIPLES) or text.split(" ", 1)[0] in _DOES or (
            rel is None and _CLAUSE_VERB.search(plain) and not _CAPITAL_BEFORE_VERB.search(plain)):
        # "expelled from the university for ...", "teaches", "works at X and was running
        # late": what they did or do, not a post
        return None
    if text.lower() in _SAYING or text.lower() in _NO_ONE_IN_PARTICULAR or text.lower() in _TRAILING_ADVERBS:
        # "members of Congress, warning, ...": the verb of the sentence; "The person,
        # X, ...": a word for anyone
        return None
    first = text.split()[0].lower()
    counted = first in _NOT_A_ROLE_START and not re.match(r"\S+ time\b", text, flags=re.I)  # "five time champion"
    if counted or re.search(r"\b(whom|whose)\b", text, flags=re.I):
        # "her former record label" (whose?), "both of whom", "two smaller organisations":
        # a pronoun, a relative or a count cannot stand in a table cell on its own
        return None
    return text


def _span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text if end > start else ""


def appositive_role(ent: Span) -> str | None:
    """The description next to a name: "Swaran Singh, a professor of ... at ...", "NAME, who
    is ...", "NAME, which regulates ...", or before it: "The group, WeWorkers Coalition"."""
    after = _appositive_after(ent)
    doc = ent.doc
    relative = ent.end + 1 < len(doc) and doc[ent.end + 1].tag_ in {"WP", "WDT"}
    if after is None or relative:
        # a noun phrase before the name is shorter and more a role than a clause after it:
        # "the cooperative's deputy director, Amara Velasquez, who heads ..."
        return _appositive_before(ent) or after
    return after


def _appositive_before(ent: Span) -> str | None:
    """ "The company that runs the regatta, Bellmoor Events, denies ..."."""
    doc = ent.doc
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start:
        # the parser hung the name on the last word of a relative clause ("the company
        # that runs the AMAs, NAME"): the noun that clause describes is the name's
        up = head
        while up.head.i != up.i and up.dep_ in {"dobj", "pobj", "prep", "attr"}:
            up = up.head
        if up.dep_ in {"relcl", "acl"} and up.head.pos_ == "NOUN" and up.head.i < up.i:
            head = up.head
    if root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN":
        return None
    comma = ent.start - 1
    if comma > 1 and doc[comma].lower_ == "the" and doc[comma].head.i == root.i and head.i == comma - 2:
        # "Orla's parent company, The Kestrel Group", "Norway's rail safety agency, the RSA":
        # a noun phrase that ends on its noun (not "a party in the east, the Greens in
        # the west", a list)
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    lo = head.left_edge.i
    if comma - lo > 14 or any(t.is_quote for t in doc[lo:comma]):
        return None
    if head.i == comma - 1 and lo == head.i - 1 and doc[lo].lower_ == "the":
        return _antecedent(head) or _clean_role(head.text)
    return _clean_role(_span_text(doc, lo, comma))


def _antecedent(noun: Token) -> str | None:
    """ "The group, NAME": the earlier, fuller mention "the group" points back to, in this
    sentence or the two before: "a group of employees" -> "group of employees"."""
    doc = noun.doc
    first = noun.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    for k in range(noun.i - 1, first - 1, -1):
        t = doc[k]
        if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
            continue
        dets = [c for c in t.children if c.dep_ == "det"]
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1]
        if not dets or dets[0].lower_ not in {"a", "an"} or not preps:
            return None
        hi = preps[0].right_edge.i + 1
        if hi - t.i > 8 or any(x.is_punct or x.is_quote for x in doc[t.i:hi]):
            return None
        return _clean_role(_span_text(doc, t.i, hi))
    return None


def _after_main_verb(ent: Span) -> bool:
    """Is the name after its sentence's finite main verb? Only then can a description
    closing the sentence be the name's ("..., said Kotak, a brokerage."), not the next
    clause misread ("According to X, the firm cut staff.")."""
    root = ent.sent.root
    return root.i < ent.start and root.pos_ in {"VERB", "AUX"} and root.tag_ != "VBG"


def _appos_text(child: Token) -> str | None:
    """An appositive's words, up to a quote mark, a verb of its own or a second comma chunk."""
    doc = child.doc
    sub = list(child.subtree)
    lo, hi = sub[0].i, sub[-1].i + 1
    if hi < len(doc) and doc[hi].is_sent_end and doc[hi].is_punct and not _after_main_verb(doc[lo:hi]):
        return None
    for k in range(lo, hi):
        if doc[k].is_quote or (doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ not in {"amod", "pcomp"}) or (
                doc[k].text == "," and k > lo and _second_chunk(doc, k, hi)):
            hi = k
            break
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[lo:hi]):
        return None  # "X and Y each had a goal": no noun, no description
    return _clean_role(_span_text(doc, lo, hi))


def _second_chunk(doc: Doc, comma: int, hi: int) -> bool:
    """Does the comma open a second description (an appositive of the appositive, "who
    ..."), not the next item of a list ("owner of the Tribune, the Sun and the Courant")?"""
    if comma + 1 >= hi:
        return True
    t = doc[comma + 1]
    if t.tag_ in {"WP", "WDT"} or t.lower_ in {"a", "an"}:
        return True  # "who ...", "a Seattle design agency": a description of the last noun
    if any(w.lower_ in {"and", "or"} for w in doc[comma + 1: hi]):
        return False  # "X, Y and Z": a list
    while t.head.i != t.i and comma < t.head.i < hi:
        t = t.head
    return t.dep_ in {"appos", "relcl", "acl", "npadvmod"}


def _shared_appositive(ent: Span) -> str | None:
    """A plural appositive after a list of names is each one's role, in the singular:
    "Kevin King and Timothy Weeks, both professors at X," -> "professor at X"."""
    root = ent.root
    if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return None
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    doc = ent.doc
    for child in first.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.tag_ in {"NNS", "NNPS"}:
            text = _appos_text(child)
            lo = child.left_edge.i
            while lo < child.i and doc[lo].pos_ in {"DET", "NUM"}:
                lo += 1  # "both", "the two"
            if text is None or lo > child.i:
                return None
            words = [doc[k].text for k in range(lo, child.i)] + [child.lemma_]
            rest = text.split(child.text, 1)[1] if child.text in text else ""
            return _clean_role(" ".join(words) + rest)
    return None


_HYPHENS = {"-", "\u2010"}


def _appositive_after(ent: Span) -> str | None:
    doc = ent.doc
    head = ent.root
    shared = _shared_appositive(ent) or _made_or_owned(doc, ent.end)
    if shared:
        return shared
    for child in head.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            if child.ent_type_ in PERSON_LABELS | PLACE_LABELS:
                continue  # another name, or the place a place is in ("Nashville, Tennessee")
            if any(t.tag_ in {"WP", "WDT"} for t in doc[ent.end: child.left_edge.i]):
                continue  # "X, who heads the Alliance, a group that ...": the group is not X
            if child.tag_ == "NNS" and head.tag_ in {"NNP", "NN"}:
                continue  # "China invites Taliban, Afghan officials for talks": a list, not X
            if child.text in _HYPHENS or (child.i + 1 < len(doc) and doc[child.i + 1].text in _HYPHENS
                                          and not child.whitespace_):
                continue  # "co" and "-" of "co-founder", split in three: the noun's comes next
            if child.like_num and child.left_edge.i == child.right_edge.i and doc[child.i - 1].text == "," and (
                    child.i + 1 < len(doc) and doc[child.i + 1].text == ","):
                continue  # an age: "Dana Ames, 42, a teacher from Leeds"
            gap = doc[ent.end: child.left_edge.i]
            if len(gap) > 8 or any((t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod") or t.is_quote or (
                    t.is_punct and (":" in t.text or ";" in t.text)) for t in gap):
                continue  # the parser hung a later clause's noun on the name: not its description
            if any(t.dep_ == "neg" for t in gap):
                continue  # "X, not the jazz band": what the name is not
            text = _appos_text(child)
            commas = [t.i for t in gap if t.text == ","]
            lead = doc[commas[-1] + 1: child.left_edge.i] if commas else gap[:0]
            if text and len(lead) and lead[-1].text in _HYPHENS and not lead[-1].whitespace_ and all(
                    t.text in _HYPHENS or t.tag_ == "POS" or not t.is_punct for t in lead):
                # words the parser left out of the appositive: "co-" of "co-founder",
                # "Orbis Tours' co-" of "Orbis Tours' co-founder and director"
                text = _clean_role(lead.text_with_ws + text)
            return text
    # a relative clause: "NAME, who is the director of X, said"
    k = ent.end
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "who" and doc[
        k + 2
    ].lemma_ == "be":
        stop = k + 3
        while stop < len(doc) and doc[stop].text not in {",", ";", "(", ")"} and not (
            doc[stop].is_quote or doc[stop].is_sent_end
        ):
            stop += 1
        if stop - (k + 3) <= 25 and not _whereabouts(doc[k + 3: stop]):
            # "who is on leave", "who is out of the country": where they are, not a post
            role = _clean_role(_span_text(doc, k + 3, stop))
            if role and any(t.pos_ == "NOUN" for t in doc[k + 3:stop]):
                return role
    # "NAME, who heads X," / "the Commission, which regulates campaign finances,"
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"who", "which"} and (
        doc[k + 2].tag_ == "VBZ" and doc[k + 2].lemma_ not in {"be", "have", "say", "do"}
    ):
        stop = k + 2
        while stop < len(doc) and doc[stop].text not in {",", ";", "(", ")"} and not (
            doc[stop].is_quote or doc[stop].is_sent_end
        ):
            stop += 1
        if stop - (k + 2) <= 12:
            verb = doc[k + 2]
            rest = _span_text(doc, k + 3, stop)
            if verb.lemma_ in _HOLDS_POST:  # "who leads X" -> "leader of X", not "lead of X"
                return _clean_role(f"{_HOLDS_POST[verb.lemma_]} of {rest}")
            return _clean_role(_span_text(doc, k + 2, stop))
    # a nearby clause the parser did not attach: "NAME, the Head of X, says ..."
    if k < len(doc) - 2 and doc[k].text == ",":
        j = k + 1
        owned = j + 1 < len(doc) and doc[j + 1].lower_ in {"'s", "\u2019s"} and (
            ent.root.ent_type_ in PERSON_LABELS)  # "Ana Ruiz, Tom's wife and the club's treasurer"
        if doc[j].lower_ in {"a", "an", "the"} or doc[j].lower_ in ROLE_NOUNS or (
            doc[j].pos_ in {"NOUN", "ADJ"}
        ) or owned:
            stop = j
            while stop < len(doc) and stop - j < 25:
                t = doc[stop]
                if t.text in {",", ";", "(", ")"} or t.is_quote or t.is_sent_end:
                    break
                if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}:
                    break
                stop += 1
            words = {t.lower_ for t in doc[j:stop]}
            nouny = words & ROLE_NOUNS or any(t.pos_ == "NOUN" for t in doc[j:stop])
            # closed by a comma; or by the sentence's end when the main verb came before the
            # name ("..., said Kotak, a brokerage."), not "By X, the firm cut staff."
            closed = stop < len(doc) and (doc[stop].text in {",", ";"} or (
                doc[stop].is_sent_end and _after_main_verb(ent)))
            # not the next items of a list the name opens ("Brexit, health care and the
            # economy"), nor a place after a place ("Nashville, Tennessee")
            listed = any((t.dep_ == "conj" and (ent.start <= t.head.i < ent.end or t.head.i == ent.root.i))
                         or (t.lower_ in {"and", "or"} and doc[j:stop].root.dep_ == "conj")
                         for t in doc[j:stop])
            if listed and ent.root.ent_type_ in PERSON_LABELS and _titled(doc[j:stop]):
                # a person's post the parser read as a list: "Cal Ode, senior vp partnerships
                # and revenue at X", "Ana Ruiz, Tom's wife and the club's treasurer"
                listed = False
            placed = all(t.ent_type_ in PLACE_LABELS for t in doc[j:stop])
            run_on = _through_list(doc, j, stop)
            if run_on > stop and nouny and not placed:
                return _clean_role(_span_text(doc, j, run_on))
            if stop > j and nouny and closed and not listed and not placed:
                return _clean_role(_span_text(doc, j, stop))
            rel = _relative_end(doc, j, stop)
            if rel and nouny and not listed and not placed:
                return _clean_role(_span_text(doc, j, rel))
    return None


#: Nouns of "NAME, whose book ...", "who wrote the novel ...": a work its writer is the
#: author of; and of "whose company X": a body the person speaks for.
_WORKS = {"book", "novel", "memoir", "biography", "memoirs"}
_OWN_BODIES = {"company", "firm", "agency", "startup", "charity", "foundation", "organization",
               "organisation", "group", "band", "label", "studio", "restaurant", "shop", "store"}


def _made_or_owned(doc: Doc, k: int) -> str | None:
    """What a relative clause after a name says the person made, founded or owns:
    "Ana Ruiz, who founded the Harbour Trust," -> "founder of the Harbour Trust";
    "Ana Ruiz, whose book "The Long War" comes out," -> "author of "The Long War"";
    "Tom Reed, who wrote the novel "Salt"," -> "author of the novel "Salt""; "Tom Reed, whose
    company Orbis Tours runs the trips," -> "Orbis Tours". ``k`` is the token after the
    name; None when no such clause follows."""
    if not (k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"who", "whose"}):
        return None
    word = doc[k + 2]
    if doc[k + 1].lower_ == "who":
        objs = [c for c in word.children if c.dep_ == "dobj"]
        if not objs or word.tag_ not in {"VBD", "VBZ"}:
            return None
        obj = objs[0]
        hi = obj.right_edge.i + 1
        if hi < len(doc) and doc[hi].is_quote and doc[hi - 1].text != ",":
            hi += 1  # the title's closing quote mark
        hi = next((t.i for t in doc[obj.i: hi] if t.text in {",", ";"}), hi)  # "... in Dover, Kent"
        if hi - (k + 3) > 12 or any(t.text in {",", ";"} or t.tag_ in {"WDT", "WP"} for t in doc[k + 3: hi]):
            return None
        if word.lemma_ in {"found", "co-found", "cofound"}:
            return _clean_role(f"{'co-' if 'co' in word.lower_[:2] else ''}founder of {_span_text(doc, k + 3, hi)}")
        if word.lemma_ in {"write", "author", "co-write"} and any(
                t.lemma_ in _WORKS for t in doc[k + 3: obj.i + 1]):
            work = _span_text(doc, k + 3, hi)
            return _clean_role(f"author of {work}" + ('"' if work.count('"') % 2 else ""))
        return None
    if word.lower_ in _WORKS and doc[k + 3].is_quote:
        end = next((j for j in range(k + 4, min(len(doc), k + 20)) if doc[j].is_quote), None)
        if end is not None and end > k + 4:
            title = doc[k + 4: end].text.rstrip(" ,")
            return f"author of \"{title}\""
        return None
    if word.lower_ in _OWN_BODIES:
        hi = k + 3
        while hi < len(doc) and hi - k < 8 and doc[hi].is_alpha and doc[hi].text[:1].isupper() and (
                doc[hi].pos_ in {"PROPN", "DET", "NOUN"}):
            hi += 1
        if hi > k + 3 and doc[hi - 1].pos_ == "PROPN" and hi < len(doc) and not doc[hi].text[:1].isupper():
            return doc[k + 3: hi].text  # "whose company Orbis Tours runs"
    return None


#: Verbs of "NAME, who heads X": the post they name ("runs a bakery" names none, and
#: stays as the article says it).
_HOLDS_POST = {"head": "head", "chair": "chair", "lead": "leader"}

#: First words of where someone is, said after "who is": "out of town", "away this week".
_WHERE_WORDS = {"out", "away", "abroad", "home", "here", "there", "overseas", "elsewhere"}
#: Nouns after a preposition that say where or how someone is, not what post they hold:
#: "on loan", "on sick leave", "in hospital", "at home", "in custody", "on the run".
_WHERE_NOUNS = {
    "loan", "leave", "holiday", "holidays", "vacation", "sabbatical", "tour", "trip", "visit",
    "town", "city", "country", "home", "hospital", "care", "coma", "custody", "prison", "jail",
    "detention", "bail", "parole", "probation", "hiding", "exile", "quarantine", "isolation", "run",
    "process", "midst", "middle",  # "in the process of selling the firm": what they are doing
}


def _whereabouts(span: Span) -> bool:
    """Do the words after "NAME, who is" say where the person is, not a post they hold:
    "out of town", "on loan at X", "on sick leave", "in hospital", "in Kelby this week"?
    Other prepositions are posts: "on the board of X", "in charge of the port's security"."""
    if not len(span):
        return True
    first = span[0]
    if first.lower_ in _WHERE_WORDS:
        return True
    if first.pos_ != "ADP" and first.lower_ not in {"on", "in", "at"}:
        return False
    for t in span[1:]:
        if t.pos_ in {"DET", "ADJ", "NUM"} or (t.dep_ in {"det", "amod", "compound"} and t.pos_ != "PROPN"):
            continue  # "on a short trip", "on sick leave", "in intensive care"
        return t.lower_ in _WHERE_NOUNS or t.lemma_.lower() in _WHERE_NOUNS or t.ent_type_ in {"GPE", "LOC"}
    return False



def _relative_end(doc: Doc, j: int, stop: int) -> int | None:
    """Where a description after a name ends when its noun takes a relative clause or a
    participle the parser did not hang on the name: "the Harbour Trust, a group that has
    backed the plan," -> "group that has backed the plan"; "Quillmart, the online shop
    run by Orbisoft -" -> "online shop run by Orbisoft". The description opens on an article,
    and the clause closes within a few words on a comma, a dash or the sentence's end;
    None when it does not."""
    if stop >= len(doc) or stop < j + 2 or doc[j].lower_ not in {"a", "an", "the"}:
        return None  # "the council, aides who saw the plan told X": no description
    t = doc[stop]
    if not (doc[stop - 1].tag_ in {"WDT", "WP"} or (
            t.tag_ in {"VBN", "VBG"} and t.dep_ == "acl" and j <= t.head.i < stop)):
        return None
    end = stop
    while end < len(doc) and end - j < 16:
        w = doc[end]
        if w.text in {",", ";", "\u2014", "\u2013", ".", "!", "?"}:
            return end
        if w.is_sent_end:
            return end + 1 if w.is_alpha else end
        if w.is_quote or w.text in {"(", ")"} or (w.tag_ in {"WDT", "WP", "WP$"} and end > stop):
            return None
        end += 1
    return None


def _titled(words: Span) -> bool:
    """Do the words after a person's name hold a post in the singular ("editor",
    "senior vp") and no other person's name, so that they describe that person and do
    not go on with a list of people ("Ann Lee, aides and Tom Ray")?"""
    return not any(t.ent_type_ in PERSON_LABELS for t in words) and any(
        t.tag_ in {"NN", "NNP"} and t.is_lower and _is_title_word(t) for t in words)


def _through_list(doc: Doc, j: int, stop: int) -> int:
    """A description cut at a comma that only separates its own modifiers runs on to its
    noun: "KPL, the Tacoma design, marketing and branding firm behind ..." is a
    firm, not "Tacoma design". The words after the comma hold no determiner or verb
    of their own and close with "and"/"or" and a noun that names a kind of body or post."""
    if stop >= len(doc) or doc[stop].text != "," or stop == j:
        return stop
    k = stop + 1
    joined = False
    while k < len(doc) and k - stop < 10:
        t = doc[k]
        if t.is_punct or t.is_quote or t.pos_ in {"DET", "PRON", "AUX", "ADP"} or (
                t.pos_ == "VERB" and t.dep_ != "amod"):
            return stop
        if t.lower_ in {"and", "or"}:
            joined = True
        elif joined and t.pos_ == "NOUN" and (t.lemma_.lower() in ORG_NOUNS or _is_title_word(t)):
            return k + 1
        k += 1
    return stop


#: A player's position, said before the name with the team: "Harbour striker Ana Ruiz",
#: "former Wildcats forward Tom Reed" (where "forward" is read as an adverb).
POSITIONS = {"forward", "striker", "midfielder", "defender", "goalkeeper", "goalie", "winger",
             "quarterback", "linebacker", "pitcher", "fullback", "guard", "batsman", "bowler"}
#: Capitalised words that make up a title and never a name: "Major General", "Prime
#: Minister", "Chief Executive" said alone are a description of someone.
_RANKS = {"major", "lieutenant", "colonel", "admiral", "sergeant", "brigadier", "corporal",
          "prime", "deputy", "vice", "assistant", "acting", "senior", "chief", "general",
          "attorney", "surgeon", "marshal", "rear", "lance", "staff", "commanding"}
#: Words that make a phrase before a name a title: "Gov.", "Foreign Secretary".
TITLE_WORDS = (ROLE_NOUNS | {h.rstrip(".") for h in HONORIFICS} | {
    "captain", "player", "investor", "singer", "guitarist", "drummer", "coach", "star",
    "actor", "actress", "musician", "artist", "writer", "novelist", "producer", "billionaire",
    "administrator", "entrepreneur", "co-founder", "cofounder", "co-author", "coo", "cfo",
    "cto", "head", "members", "leaders", "presenter", "host", "anchor", "columnist",
    "physicist", "astronomer", "biologist", "chemist", "engineer", "designer", "broker",
    "brokerage", "trader", "banker", "sheriff", "marshal", "detective", "constable",
    "vp", "svp", "evp",
} | POSITIONS) - {
    "mr", "mrs", "ms", "miss", "sir", "lady", "lord", "dr", "retired", "vice"}
TITLE_ONLY = TITLE_WORDS | _RANKS | (_BARE_HONORIFICS - {"the"})
#: Honorifics a surname follows, whatever the word ("Mr Major", "Dr General").
_MR = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "prof"}
#: Words that join the parts of one title: "Secretary of State", "ambassador to Britain".
TITLE_JOINERS = {"of", "to", "for", "at", "on"}


def _is_title_word(t: Token | Span) -> bool:
    low = t.text.lower().rstrip(".")
    return low in TITLE_WORDS or t.lemma_.lower() in TITLE_WORDS


def _whole_word(t: Token) -> Token | Span:
    """A hyphenated word the tokenizer split ("co-founder"), from its first part."""
    doc = t.doc
    end = t.i + 1
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2
    return doc[t.i: end] if end > t.i + 1 else t


def _entity_at(doc: Doc, i: int) -> Span:
    """The entity that token ``i`` is part of, from the token's IOB marks (``doc.ents``
    walks every token of the doc each time it is asked for)."""
    lo, hi = i, i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return Span(doc, lo, hi, label=doc[i].ent_type_)


def premodifier_role(ent: Span) -> str | None:
    """The title before a name: "Secretary of Transport Dana Whitfield", "Nevada Gov. Ellen
    Marsh", "Chile's ambassador to Norway Tomas Ibarra", "union spokesman Farid
    Osmani", "chairman, CEO and president Lena Corbett".

    Walks back over nouns, adjectives and proper nouns (and "of"/"to" inside a title, a
    possessive, the "and" of a list of titles), up to a determiner, a verb or punctuation;
    the phrase is a role when it holds a title word. A party tag after the name ("(R)",
    "(D-Minn.)") is kept with it.
    """
    doc = ent.doc
    k = ent.start - 1
    lo = ent.start
    start = ent.sent.start
    while k >= start and ent.start - k <= 10:
        t = doc[k]
        low = t.lower_
        nxt = doc[k + 1]
        if ((t.pos_ in {"NOUN", "PROPN", "ADJ"} or (t.dep_ == "amod" and t.tag_ in {"VBG", "VBN"})
             or _title_read_as_verb(t, ent) or (k == ent.start - 1 and low in POSITIONS and k > start
                                                 and doc[k - 1].pos_ == "PROPN")) and (
                not t.is_quote and not t.like_num)) or (t.text in {".", "-", "\u2010"} and k > start and doc[k - 1].pos_ in {"PROPN", "NOUN"}) or (low in {"'s", "\u2019s"} and k > start) or (low in TITLE_JOINERS and k > start and _joins_title(doc[k - 1]) and _title_goes_on(doc, k, ent.start)) or (
                low == "the" and k - 1 > start and doc[k - 1].lower_ in TITLE_JOINERS and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper() and _joins_title(doc[k - 2])) or (low in {"and", ","} and k > start and _is_title_word(doc[k - 1]) and (
                  _is_title_word(_whole_word(nxt))
                  or (nxt.pos_ == "ADJ" and k + 2 < ent.start and _is_title_word(_whole_word(doc[k + 2]))))):
            lo = k
        else:
            break
        k -= 1
    while lo < ent.start and (doc[lo].is_punct or doc[lo].lower_ in TITLE_JOINERS | {"and", "'s", "\u2019s"}):
        lo += 1
    if start < lo < ent.start and lo >= 2 and doc[lo - 1].text in _HYPHENS and not (
            doc[lo - 1].whitespace_ or doc[lo - 2].whitespace_):
        c = max(_hyphen_start(doc, lo), start)
        if all(doc[j].is_alpha for j in range(c, lo, 2)):
            lo = c  # never half a hyphenated word: "Three-time Oscar-winning director", "two-term Sen."
    if lo >= ent.start or not (any(_is_title_word(t) for t in doc[lo:ent.start]) or _owned_post(ent, lo)):
        root = ent.root
        if root.dep_ == "conj" and lo == ent.start:
            # "founding members Tom Johnston, Michael McDonald and Pat Simmons"
            first = root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            ents = [_entity_at(doc, first.i)] if doc[first.i].ent_type_ == "PERSON" else []
            if ents and ents[0].start < ent.start and ents[0].start > 0 and (
                    doc[ents[0].start - 1].tag_ in {"NNS", "NNPS"}):
                return premodifier_role(ents[0])  # a plural title is everyone's in the list
        return None
    cut = _name_left_out(doc, lo, ent.start)
    if cut < ent.start and not any(_is_title_word(t) for t in doc[lo:cut]):
        return None  # no title before the first name: "San Pedro X", a place's name
    role = _clean_role(_span_text(doc, lo, cut))
    if role and doc[ent.start - 1].tag_ in {"NNS", "NNPS"} and role.endswith("s"):
        role = role[:-1]  # "founding members X, Y and Z": each is a founding member
    # the characters right after the name, without building the whole doc's text
    after = (doc[ent.end - 1].whitespace_ + doc[ent.end: ent.end + 16].text_with_ws)[:24]
    tag = re.match(r"\s*(\([RDI](?:-[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\))", after)
    if role and tag:
        role = f"{role} {tag.group(1)}"
    elif role and (tag := re.match(r",\s*([RDI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?),", after)):
        role = f"{role} ({tag.group(1)})"  # the tag set off by commas: "Rep. X, R-W.Va., said"
    return role


def _name_left_out(doc: Doc, lo: int, name: int) -> int:
    """Where the words of a name the tagger left out of it start, in the title before it:
    "President Omar Tabu [Mansour Korra]", "Veltran lawmaker Mehmet [Ali Oz]" -> the first
    name's index (the capitalised words after the last title word, from the first that is a
    known first name); ``name`` when there are none."""
    k = name
    while k - 1 >= lo and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and (
            doc[k - 1].whitespace_) and not _is_title_word(doc[k - 1]) and (
            doc[k - 1].lower_ not in HONORIFICS and doc[k - 1].lower_ not in TITLE_ABBREVIATIONS):
        k -= 1
    first = next((j for j in range(k, name) if gazetteer.first_name_gender(doc[j].text) in {"m", "f"}
                  and gazetteer.place(doc[j].text) is None), name)
    if any(t.is_upper for t in doc[first:name]):
        return name  # "Hawks DL X": a position in capitals is a title's, not a name's
    return first


def _title_goes_on(doc: Doc, k: int, name: int) -> bool:
    """Does the joiner at ``k`` ("of", "to", "for") sit inside the title before the name at
    ``name``: a capitalised word (or "the" and one) follows it, "Speaker of the House",
    "Ambassador to the Harbour Union"; and after "to"/"for" no title of the named person's
    own, which makes the words before the joiner another person's post: "aide to Vice
    President X" is X's aide's role, not X's."""
    nxt = doc[k + 1]
    if nxt.lower_ == "the" and k + 2 < name:
        nxt = doc[k + 2]
    if not nxt.text[:1].isupper():
        return False
    return doc[k].lower_ == "of" or not any(_is_title_word(t) for t in doc[nxt.i: name])


def _joins_title(t: Token) -> bool:
    """Can "of"/"to"/"for" after ``t`` be inside one title ("Secretary of State",
    "ambassador to Norway", "Department of Justice spokesman")? Only after a title word
    or a name, in the singular: not "handed the keys to COO and president X", "a nod to
    Vice President X", "advisers to Mr. X"."""
    return t.pos_ in {"NOUN", "PROPN"} and t.tag_ not in {"NNS", "NNPS"} and (
        t.pos_ == "PROPN" or _is_title_word(t))


def _title_read_as_verb(t: Token, ent: Span) -> bool:
    """Is the word right before a name a title the tagger read as a verb ("research team
    head Ana Ruiz says", "billionaire Tom Ray's"), not a verb with its own clause ("will
    head Ana Ruiz's team")? A word that is also a verb ("head", "chair") counts only with
    no auxiliary and no object."""
    if not (t.i == ent.start - 1 and t.pos_ == "VERB" and t.tag_ in {"VB", "VBP"} and t.is_lower
            and _is_title_word(t)):
        return False
    return t.lower_ not in _VERB_TITLES or not any(
        c.dep_ in {"aux", "auxpass", "neg", "dobj", "dative"} for c in t.children)


#: Title words that are verbs too: "to head X's team", "will chair".
_VERB_TITLES = {"head", "chair", "lead", "host", "star", "captain", "coach", "anchor", "judge",
                "author", "partner", "pilot", "skipper", "manage", "direct", "edit", "produce",
                "write", "design", "engineer", "broker", "trade", "bank", "marshal", "member"}


def _owned_post(ent: Span, lo: int) -> bool:
    """Is the phrase before a person's name a post held at a named body, even when its
    word is not a known title: "CBS Sports NFL Insider Jason La Canfora", "Cleveland DL
    Larry Ogunjobi"? The word next to the name is no name itself (no entity, not an
    honorific) and hangs on the name; a body or place before it owns the post."""
    doc = ent.doc
    post = doc[ent.start - 1]
    if post.ent_type_ or not post.is_alpha or post.is_stop or post.lower_.rstrip(".") in _BARE_HONORIFICS or (
            not ent.start <= post.head.i < ent.end) or post.dep_ != "compound":
        return False
    owner = doc[lo: ent.start - 1]
    return len(owner) > 0 and owner[0].ent_type_ in {"ORG", "GPE", "NORP"} and all(
        t.ent_type_ in {"ORG", "GPE", "NORP"} or t.text[:1].isupper() for t in owner)


def person_role(ent: Span) -> str | None:
    """A person's role at one mention: the appositive when it names a function, else the
    title before the name ("Admiral Paul Ferris, chairman of the Naval Board" ->
    "chairman of the Naval Board"), else what another sentence says of them."""
    app = appositive_role(ent)
    pre = premodifier_role(ent)
    if app and pre and not any(w.lower().strip(".,") in TITLE_WORDS for w in app.split()):
        return pre
    return app or pre or copula_role(ent)


def copula_role(ent: Span) -> str | None:
    """ "Hege is the CEO of DH": what a sentence with the name as subject says they are."""
    root = ent.root
    head = root.head
    if root.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    attrs = [c for c in head.children if c.dep_ == "attr" and c.i > root.i]
    if not attrs or not _is_title_word(attrs[0]):
        return None
    doc = ent.doc
    lo = attrs[0].left_edge.i
    hi = lo
    while hi < len(doc) and hi <= attrs[0].right_edge.i and doc[hi].text not in {",", ";", "(", "\u2014"}:
        hi += 1
    if hi - lo > 14:
        return None
    return _clean_role(_span_text(doc, lo, hi))


#: Titles written short before a name, said in full as a role.
_TITLE_IN_FULL = {"rep.": "Representative", "rep": "Representative", "sen.": "Senator",
                  "sen": "Senator", "gov.": "Governor", "gov": "Governor", "gen.": "General",
                  "gen": "General", "pres.": "President", "pres": "President", "prof.": "Professor",
                  **TITLE_ABBREVIATIONS, **{k.rstrip("."): v for k, v in TITLE_ABBREVIATIONS.items()}}


def role_words(role: str) -> set[str]:
    """The words of a role, lower-cased, a title written short said in full ("Vermont
    Sen." -> {"vermont", "senator"})."""
    out = set()
    for w in role.lower().replace("-", " ").split():
        w = w.strip(",;:()")
        out.add(_TITLE_IN_FULL.get(w, w).lower())
    return out


#: Posts a role may name, for telling that a description means someone else: offices and
#: trades, not a tie to a group ("member", "founder", "owner", "supporter").
_POSTS = frozenset(ROLE_NOUNS - {
    "member", "founder", "owner", "partner", "supporter", "voter", "resident", "witness",
    "source", "fellow", "vice"})


def _hyphen_start(doc: Doc, i: int) -> int:
    """The first token of the hyphenated word ending at token ``i`` ("vehicle" of
    "vehicle-maker"); ``i`` itself when no hyphen joins it to the word before."""
    c = i
    while c - 2 >= 0 and doc[c - 1].text in _HYPHENS and not (
            doc[c - 1].whitespace_ or doc[c - 2].whitespace_):
        c -= 2
    return c


def _noun_read_as_adjective(doc: Doc, k: int) -> bool:
    """Is the word before a name a noun the tagger read as an adjective? "New Jersey native
    X", "his postdoc X", "Epstein's madame-procurer X", "the immunologist X" are; "the
    wealthier X", "particularly X", "the entire X", "43-year-old X" are not: a plain
    adjective counts only after a name, a noun or a possessive that owns the post."""
    t = doc[k]
    if t.dep_ == "compound" and t.head.pos_ == "PROPN":
        return True  # the parser took it as a noun naming the post ("madame-procurer X")
    if t.tag_ in {"RB", "RBR", "RBS", "VBN", "VBG"} or t.pos_ in {"ADV", "VERB"}:
        return False
    if t.lower_.endswith(("ist", "ian")):
        return True  # "immunologist", "physician"
    c = _hyphen_start(doc, k)
    if any(not doc[j].is_alpha for j in range(c, k, 2)):
        return False  # "43-year-old"
    if c < k:
        return doc[c].pos_ in {"NOUN", "PROPN"}  # "madame-procurer"
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and (prev.pos_ in {"NOUN", "PROPN"} or prev.tag_ in {"VB", "VBP"}):
        return True  # "Browns pass rusher X" (read as a comparative), "New Jersey native X"
    return t.tag_ == "JJ" and prev is not None and prev.tag_ in {"POS", "PRP$"}  # "his postdoc X"


#: Nouns that say what someone is to others, not by a title: "rival Lowe's".
_RELATION_NOUNS = {"rival", "teammate", "champion", "ally", "competitor", "pilot", "freshman",
                   "sophomore", "rookie", "veteran", "defender"}
#: Endings of nouns for people by what they do: "journalist", "defender", "historian".
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "man", "woman", "mate")
#: Words for people taken together, no one in particular: "the public", "no one".
_CROWD_WORDS = {"people", "public", "crowd", "audience", "everyone", "everybody", "nobody",
                "someone", "somebody", "anyone", "anybody"}
#: Plural nouns for people by what they are to others: "residents", "friends", "critics".
_PEOPLE_PLURALS = {"resident", "citizen", "friend", "critic", "parent", "child", "student",
                   "family", "colleague", "neighbor", "neighbour", "fan", "expert",
                   "participant", "protester", "protestor", "opponent", "activist", "official"}


#: Nouns for a person by what they are to the story, capitalised at a sentence's start
#: and read into the name: "Fan Ana Ruiz asked ...", "Reader Tom Hale wrote ...".
_PEOPLE_WORDS = _PEOPLE_PLURALS - {"family"} | {
    "reader", "viewer", "listener", "user", "voter", "customer", "passenger", "shopper",
    "patient", "worker", "employee", "teacher", "nurse", "farmer", "tourist", "visitor",
    "witness", "survivor", "victim", "veteran", "supporter", "follower", "commenter"}


def unnamed_people(tok: Token) -> bool:
    """Whether a subject stands for people the article does not name: a group ("the
    public", "multiple friends of Ana Ruiz", "Democratic inquisitors", "critics") or
    someone indefinite ("a narrator in the ad", "no one"). A name in such a phrase says
    whose friends or whose ad, not who spoke."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _CROWD_WORDS or lemma in _CROWD_WORDS:
        return True
    if low == "one":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if tok.pos_ != "NOUN":
        return False
    person_noun = (lemma in ROLE_NOUNS or lemma in _PEOPLE_PLURALS
                   or lemma.endswith((*_AGENT_ENDINGS, "ent", "ant")))
    if not person_noun:
        return False
    if tok.tag_ == "NNS":
        return True
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in {"a", "an", "some", "any", "no", "another"}


#: Nouns for what a body is to others, besides the kinds of body: "CNN affiliate".
_BODY_RELATION_NOUNS = {"affiliate", "subsidiary", "unit", "arm", "division", "brand", "owner",
                        "parent", "proxy", "host", "sponsor", "client", "customer", "journal",
                        "blog", "site", "tank", "club", "school", "college", "hospital", "force",
                        "body", "outfit", "powerhouse", "side", "squad", "franchise", "venue",
                        "opposition", "restaurant", "bar", "shop", "store", "hotel", "market",
                        "component", "constituent", "wing"}


def _body_noun(role: str) -> bool:
    """Does a noun phrase before an organisation's name end on a noun for a kind of body
    or what a body is to others ("research firm", "rival", "CNN affiliate"), not on a
    thing the name only sits next to ("around the table SpaceX", "the game catalog ASAP")?"""
    noun = role.split()[-1].lower()
    noun = noun.rsplit("-", 1)[-1]  # "vehicle-maker", "think-tank"
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    kinds = ORG_KIND_NOUNS | ORG_NOUNS | ORG_DESCRIPTIONS | _OUTLET_NOUNS | _RELATION_NOUNS | (
        _BODY_RELATION_NOUNS) | TITLE_WORDS | _KIND_WORDS | ORG_NAME_WORDS
    return bool({noun, stem} & kinds) or stem.endswith(("maker", "ist", "er", "or", "ian"))


def _opening_role_word(t: Token) -> bool:
    """Is ``t`` a common noun that opens its sentence, capitalised, right before a name:
    "Rival Lowe's was also lower", "Journalist Hakim Almasmari reported from Sanaa",
    "Freshman Katy Ma"? Not a first name the tagger left out of the name ("Brock Nelson"),
    nor a place."""
    if not (t.is_sent_start and t.is_title and t.is_alpha and not t.ent_type_) or (
            t.pos_ not in {"NOUN", "PROPN"} or t.is_stop):
        return False
    low = t.lower_
    if low in TITLE_WORDS:
        return False  # a title: premodifier_role reads it ("Coach P.J. Fleck")
    if gazetteer.first_name_gender(t.text) is not None or gazetteer.place(t.text) is not None:
        return False
    return low in ORG_KIND_NOUNS or low in _RELATION_NOUNS or low.endswith(_AGENT_ENDINGS)


def _noun_before(doc: Doc, first: int) -> str | None:
    """A common noun the name hangs on: "Denver quarterback Owen Hartley", "Harbour News
    host Carla Benning", "producer Milo Grant" (with the words that qualify it); a noun
    opening the sentence in capitals ("Rival Lowe's") said in lower case."""
    k = first - 1
    closed = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "AUX", "VERB", "PUNCT", "SPACE"}
    if k >= 0 and _opening_role_word(doc[k]):
        return doc[k].lower_
    if k < 0 or not doc[k].is_lower or not doc[k].is_alpha or doc[k].is_stop or doc[k].pos_ in closed:
        return None
    if doc[k].pos_ != "NOUN" and not _is_title_word(doc[k]) and not _noun_read_as_adjective(doc, k):
        return None  # "the wealthier X", "particularly X", "43-year-old X": no noun, no role
    if doc[k].pos_ not in {"NOUN", "PROPN"} and doc[k].lower_ in POSITIONS and not (
            k > 0 and doc[k - 1].pos_ == "PROPN"):
        return None  # "Moving forward X": an adverb; "Wildcats forward X" is a position
    root = doc[first]
    while root.dep_ in {"compound", "flat"} and root.head.i > root.i:
        root = root.head
    if (doc[k].dep_ == "npadvmod" and doc[k].head.i != root.i) or (
            root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "relcl" and root.head.head.i == k):
        return None  # "Last month Obama put ...", "other issues Camilla is associated with"
    lo = k
    while lo - 1 >= 0 and k - lo < 4:
        t = doc[lo - 1]
        if t.text in _HYPHENS and not t.whitespace_:
            # one hyphenated word: "vehicle-maker", "right-wing"; "43-year-old" is an age
            c = _hyphen_start(doc, lo)
            if c == lo:
                break
            if any(not doc[j].is_alpha for j in range(c, lo, 2)):
                lo = next((j for j in range(lo, k + 1) if doc[j - 1].text not in _HYPHENS), k + 1)
                break
            lo = c
            continue
        if t.like_num and t.is_alpha and doc[lo].lower_ == "time":
            lo -= 1  # "five time league champion": how often, not a count of people
            break
        if t.lower_ == "former":
            lo -= 1  # "former Lakeside defender X": no longer the team's (a stop word, kept)
            break
        if t.is_punct or t.is_stop or t.ent_type_ == "PERSON" or t.pos_ in closed - {"VERB"} or (
                t.pos_ == "VERB" and t.tag_ not in {"VB", "VBP"} and t.dep_ != "amod"):
            break
        if t.pos_ == "VERB" and any(c.dep_ in {"aux", "auxpass"} for c in t.children):
            break  # a verb of its own clause: "the tour will feature members X, Y", "to investigate"
        lo -= 1
    if lo >= 2 and doc[lo - 1].text in _HYPHENS and not (doc[lo - 1].whitespace_ or doc[lo - 2].whitespace_):
        c = _hyphen_start(doc, lo)
        if all(doc[j].is_alpha for j in range(c, lo, 2)):
            lo = c  # never half a hyphenated word: "Four-time title-winning sprinter", not "time ..."
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
            while hi + 1 < len(doc) and doc[hi + 1].ent_type_ in {"ORG", "GPE"} and (
                    doc[hi + 1].text[:1].isupper() or doc[hi + 1].ent_iob_ == "I"):
                hi += 1  # the whole name: "of the University of North Carolina"
            if doc[hi].ent_type_ == "ORG":
                if hi + 1 < len(doc) and doc[hi + 1].lower_ in _BODY_AFTER_PLACE:
                    hi += 1  # "of the Lakeside police", the place read as the body's name
                return doc[j: hi + 1].text  # "Mara Quint of the Harbour Gazette"
        hi = j
        while hi < len(doc) and hi - j < 4 and doc[hi].text[:1].isupper() and doc[hi].is_alpha:
            hi += 1
        if j < hi < len(doc) and doc[hi].lower_ in _BODY_AFTER_PLACE:
            return doc[j: hi + 1].text  # "Det. Ana Ruiz of the Lakeside police"
    return None


#: Bodies written as a place and a lower-case noun: "the Lakeside police", "the Dover fire
#: department".
_BODY_AFTER_PLACE = {"police", "department", "council", "government", "ministry", "embassy",
                     "prosecutors", "authorities"}


def _list_head(doc: Doc, root: Token) -> tuple[int, int] | None:
    """For a name inside a list ("members Tom Johnston, Michael McDonald and John
    McFee"), the token range of the list's first name."""
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i:
        root = root.head  # "GateHouse" of "GateHouse Media"
    head = root
    while head.dep_ in {"conj", "appos"} and head.head.i < head.i and head.head.ent_type_ in ACTOR_LABELS:
        head = head.head
    if head is root:
        return None
    lo = head.i
    while lo - 1 >= 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == head.i:
        lo -= 1
    return lo, head.i


#: Last words of a name that say what kind of body it is ("... Space Flight Center"),
#: besides :data:`ORG_NAME_WORDS`; and those that do not (legal forms, mastheads).
_KIND_WORDS = {"observatory", "telescope", "hospital", "laboratory", "lab", "station", "museum",
               "library", "academy", "project", "prison", "clinic", "reactor", "airport", "port"}
_NOT_KIND_WORDS = {"inc", "inc.", "llc", "ltd", "ltd.", "plc", "corp", "corp.", "fc", "group's",
                   "news", "times", "post", "journal", "herald", "telegraph", "guardian",
                   "gazette", "tribune", "press"}


def _name_description(doc: Doc, start: int, end: int) -> str | None:
    """What an organisation's name says it is, with the owner or the place the article
    gives: "Orbis's Larkspur Research Center in Dover, Delaware" -> "Orbis center in
    Dover, Delaware"; "the Harlow Observatory in Chile" -> "observatory in Chile"."""
    at = end - 1
    # "Max Planck Institute for Astrophysics": the kind is the word an "of"/"for" follows
    # (unless the last word says it: "University of Nebraska Medical Center" is a center)
    for k in range(end - 2 if doc[at].lower_ not in _KIND_WORDS | ORG_NAME_WORDS else start, start, -1):
        if doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in _KIND_WORDS | ORG_NAME_WORDS:
            at = k - 1
            break
    kind = doc[at].lower_
    if end - start < 2 or kind in _NOT_KIND_WORDS or kind not in _KIND_WORDS | ORG_NAME_WORDS or (
            doc[at].tag_ in {"NNS", "NNPS"} or kind.endswith("s")):  # "... Services": no kind
        return None
    owner = place = ""
    if start >= 2 and doc[start - 1].lower_ in {"'s", "\u2019s"} and doc[start - 2].ent_type_ == "ORG":
        lo = start - 2
        while lo > 0 and doc[lo - 1].ent_type_ == "ORG" and doc[lo - 1].ent_iob_ != "O":
            lo -= 1
        owner = doc[lo: start - 1].text
    k = end
    if k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].ent_type_ in {"GPE", "LOC"}:
        hi = k + 1
        while hi + 1 < len(doc) and ((doc[hi + 1].ent_type_ in {"GPE", "LOC"} and doc[hi + 1].ent_iob_ == "I") or (
                doc[hi + 1].text == "," and hi + 2 < len(doc) and doc[hi + 2].ent_type_ in {"GPE", "LOC"}
                and doc[hi + 2].ent_iob_ == "B")):
            hi += 2 if doc[hi + 1].text == "," else 1
            while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
                hi += 1
        place = doc[k: hi + 1].text
    if not owner and not place:
        return None
    return " ".join(w for w in (owner, kind, place) if w)


def _in_full(role: str) -> str:
    """ "Rep." -> "Representative", "Rep. (D-Minn.)" -> "Representative (D-Minn.)"; a short
    title after another title says nothing more ("committee chairman Rep." -> "committee
    chairman"); one after a place stays as written ("Nevada Gov.")."""
    first, _, rest = role.partition(" ")
    if rest and not rest.startswith("("):
        words, tag = role, ""
        if role.endswith(")") and " (" in role:
            words, _, tag = role.partition(" (")
            tag = " (" + tag
        head, _, last = words.rpartition(" ")
        full = _TITLE_IN_FULL.get(last.lower())
        if not full or not head or any(w.lower() in _TITLE_IN_FULL for w in head.split()):
            return role  # "Lt. Gen." stays as written
        if any(w.lower() in TITLE_WORDS for w in head.split()):
            return head + tag
        if last.lower() in TITLE_ABBREVIATIONS:
            return f"{head} {full}{tag}"  # a rank after its force: "harbour police Sgt." -> "... Sergeant"
        return role
    full = _TITLE_IN_FULL.get(first.lower())
    return f"{full} {rest}".strip() if full else role


#: Nouns that say who someone is only to another person: "grandfather" alone is no role.
KIN_NOUNS = {
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle",
    "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
    "granddaughter", "grandparent", "parent", "child", "widow", "widower", "stepfather",
    "stepmother", "stepson", "stepdaughter", "half-brother", "half-sister", "fiance",
    "fiancee", "fianc\u00e9", "fianc\u00e9e", "girlfriend", "boyfriend", "partner", "spouse",
    "sibling", "great-grandfather", "great-grandmother", "in-law", "brother-in-law",
    "sister-in-law", "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law",
    "mom", "mum", "mommy", "mummy", "dad", "daddy", "grandma", "grandpa", "granny",
    "stepmom", "stepdad", "twin",
}
#: The household words for a relative, said as an article's role says them.
_KIN_IN_FULL = {"mom": "mother", "mum": "mother", "mommy": "mother", "mummy": "mother",
                "dad": "father", "daddy": "father", "grandma": "grandmother",
                "grandpa": "grandfather", "granny": "grandmother", "stepmom": "stepmother",
                "stepdad": "stepfather"}
#: What a kinship noun may be joined to by a hyphen and stay kinship: "ex-wife",
#: "great-great-grandmother", "step-son".
_KIN_PREFIX = re.compile(r"^(?:(?:ex|great|step|half)[-\u2010])+", re.I)


def kin_noun(word: str) -> str | None:
    """The kinship noun a word is, without "ex-"/"great-" before it and said in full:
    "ex-wife" -> "wife", "great-great-grandmother" -> "grandmother", "Mom" -> "mother";
    None for any other word."""
    low = _KIN_PREFIX.sub("", word.lower().strip(".,"))
    return _KIN_IN_FULL.get(low, low) if low in KIN_NOUNS else None


def _kin_start(doc: Doc, first: int, noun: str) -> tuple[int, int] | None:
    """Where the kinship noun before the name at ``first`` is, and where its word starts:
    "Tom's ex-wife Ana", "Tom's ex-wife, Ana" (an appositive before the name), with the
    "ex-"/"great-" the tokenizer split off; None when the word before the name (or its
    comma) is not the noun."""
    k = first - 1
    if k >= 1 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].lower_ != noun.lower():
        return None
    lo = k
    while lo >= 2 and doc[lo - 1].text in _HYPHENS and not doc[lo - 1].whitespace_ and not (
            doc[lo - 2].whitespace_) and _KIN_PREFIX.match(doc[lo - 2].text + "-"):
        lo -= 2
    return lo, k


def _with_kin_owner(doc: Doc, cast: Cast, first: int, role: str) -> str | None:
    """A kinship noun is a role only with its owner: "Dorsey's grandfather Amos Dorsey" ->
    "Caleb Dorsey's grandfather" (the owner by the fullest name the article gives him);
    "his grandfather X" or a bare "grandfather" -> no role; "Tom's mom, Ana" -> "Tom Reed's
    mother"; "Tom's ex-wife" stays his ex-wife. Other roles pass unchanged."""
    words = role.split()
    kin = kin_noun(words[-1])
    if kin is None or (len(words) > 1 and words[-1][:1].isupper()):
        return role  # "founder of Harbour Moms", "drummer for the band Crooked Sister": a name
    said = _KIN_PREFIX.match(words[-1])
    prefix = said.group(0).lower() if said else ""
    if " of " in f" {role} " or any(w.endswith(("'s", "\u2019s")) for w in words[:-1]):
        return " ".join([*words[:-1], prefix + kin])  # "grandfather of X", "Kim's grandfather": owned
    if any(w.lower() in _CLAUSE_OPENERS for w in words[:-1]):
        return role  # the relative is not what the role names: "man who took the child"
    found = _kin_start(doc, first, re.split(r"[-\u2010]", words[-1])[-1])
    if found is not None:
        lo, noun = found
        if lo < noun and not prefix:
            prefix = "".join(t.text for t in doc[lo:noun]).lower()  # "ex-" the role left out
        k = lo - len(words)  # the possessive: "Kim 's grandfather"
    else:
        k = first - len(words) - 1
    role = " ".join([*words[:-1], prefix + kin])
    if k >= 1 and doc[k].lower_ in {"'s", "\u2019s"}:
        owner = cast.actor_at(k - 1)
        if owner is not None:
            return f"{cast.fullest(owner).name}'s {role}"
        if doc[k - 1].pos_ == "PROPN":
            return f"{doc[k - 1].text}'s {role}"
    return None


#: Nouns that say what kind of body an organisation is, when the article refers back to
#: it by them ("the brokerage said", "the German automaker"); the generic ones say
#: something only with a modifier ("the struggling office-space company").
ORG_KIND_NOUNS = {
    "company", "firm", "group", "agency", "giant", "maker", "automaker", "carmaker",
    "chipmaker", "carrier", "airline", "brokerage", "bank", "lender", "insurer", "retailer",
    "chain", "startup", "start-up", "broadcaster", "publisher", "newspaper", "label",
    "band", "studio", "developer", "manufacturer", "supplier", "operator", "provider",
    "conglomerate", "nonprofit", "charity", "regulator", "watchdog", "utility", "insurgency",
    "organisation", "organization", "network", "outlet", "service", "platform", "team",
}
_GENERIC_KIND_NOUNS = {"company", "firm", "group", "agency", "organisation", "organization",
                       "network", "outlet", "service", "platform", "team", "giant", "maker",
                       "band", "studio", "label", "developer"}
#: Modifiers that pick one body out of several or say nothing of its kind.
_NOT_KIND_MODIFIERS = {"new", "other", "same", "first", "second", "only", "entire", "whole", "latter",
                       "former", "last", "next", "own", "such", "main", "extra", "nearest", "vast",
                       "late", "previous", "original", "parent", "rival"}


def _kind_descriptions(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of definite descriptions that name a kind of body: "the brokerage",
    "the French plane-maker", "the Afghan guerrilla insurgent group('s)" (without "the")."""
    found: list[tuple[int, int]] = []
    for t in doc:
        low = t.lower_
        if t.pos_ != "NOUN" or t.tag_ != "NN" or t.ent_type_ or not (
                low in ORG_KIND_NOUNS or low.endswith("maker")):
            continue
        if t.dep_ == "compound" or any(c.dep_ == "appos" or (c.dep_ in {"relcl", "acl"} and (
                c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",")) or (
                c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ == "of") for c in t.children):
            continue  # "the research firm Oanda", "the company that runs ...", "the group of X"
        dets = [c for c in t.children if c.dep_ == "det" and c.i < t.i]
        if len(dets) != 1 or dets[0].lower_ != "the":
            continue
        if any(c.dep_ == "neg" for c in t.children) or (dets[0].i > 0 and doc[dets[0].i - 1].dep_ == "neg"):
            continue  # "X, not the jazz band": what the name is not
        lo = dets[0].i + 1
        mods = doc[lo: t.i]
        if any(m.is_quote or m.like_num or m.lower_ in _NOT_KIND_MODIFIERS or m.ent_type_ in {"ORG", "PERSON"}
               or m.tag_ == "POS" or (m.is_punct and m.text not in {"-", "\u2010", "."}) or m.pos_ in {
                   "DET", "PRON", "ADP", "CCONJ", "AUX", "ADV"} or (m.pos_ == "VERB" and m.dep_ != "amod")
               for m in mods):
            continue
        if not len(mods) and (low in _GENERIC_KIND_NOUNS or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")):
            continue  # a bare "the company" says nothing of what it is
        found.append((lo, t.i + 1))
    return found


def _referred_description(doc: Doc, cast: Cast, actor: Actor) -> str | None:
    """What kind of body an organisation is, from a definite description that refers back
    to it: "Kotak Institutional Equities said ... the brokerage said" -> "brokerage"; "Boeing
    ... the U.S. plane-maker" -> "U.S. plane-maker". The description refers to the nearest
    name before it, in its sentence or the two before, that was a subject or an owner (else
    the nearest name at all), not counting places or a name that only qualifies a noun ("a
    Weibo post"); when that name is a person's or another body's, nobody gets it."""
    if cast.kind_owners is None:
        cast.kind_owners = _description_owners(doc, cast)
    for lo, hi, owner in cast.kind_owners:
        if owner is actor and actor.kind == "organisation":
            return _clean_role(_span_text(doc, lo, hi))
    return None


def _description_owners(doc: Doc, cast: Cast) -> list[tuple[int, int, Actor]]:
    """Each kind description of ``doc`` (:func:`_kind_descriptions`) with the actor it
    refers to (see :func:`_referred_description`), worked out once for the whole cast:
    only the names in its three-sentence window are read."""
    if "briefgen_kinds" not in doc.user_data:
        doc.user_data["briefgen_kinds"] = _kind_descriptions(doc)
    spans: list[tuple[int, int]] = doc.user_data["briefgen_kinds"]
    if not spans:
        return []
    named = sorted((m for m in cast.mentions if m.actor is not None and m.end > m.start),
                   key=lambda m: m.start)
    starts = [m.start for m in named]
    out: list[tuple[int, int, Actor]] = []
    for lo, hi in spans:
        first = doc[lo].sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        pick: Mention | None = None
        subject: Mention | None = None
        for m in named[bisect.bisect_left(starts, first): bisect.bisect_left(starts, lo)]:
            root = doc[m.start: m.end].root
            if m.end > lo - 1 or m.actor is None or m.actor.kind == "place" or (
                    root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= m.end):
                continue  # "a viral Weibo post": the name is not the body spoken of
            pick = m
            if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
                subject = m
        # the nearest name that was a subject (or owner) is what the text goes on about
        pick = subject or pick
        if pick is not None and pick.actor is not None:
            out.append((lo, hi, pick.actor))
    return out


#: Nouns for a country a role can name its owner by: "the country's president".
_COUNTRY_DESCRIPTIONS = {"country", "nation"}
_COUNTRY_OWNER = re.compile(r"\b(?:the\s+)?(?:country|nation)['\u2019]s\b", re.I)
_DESCRIBED_OWNER = re.compile(r"^(?:the\s+)?(?P<noun>[a-z]+)['\u2019]s\s+(?P<rest>\S.*)$")
_DESCRIBED_BODY = re.compile(r"^(?P<head>.+?\s(?:at|of|for|with))\s+the\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)$")


def _nearest_country(doc: Doc, cast: Cast, before: int) -> Actor | None:
    """The country last named before token ``before``, in its sentence or the two before
    (outside quote marks): what "the country" there stands for."""
    lo = _window_start(doc, before, 2)
    best: Actor | None = None
    for m in cast.mentions_between(lo, before):
        a = m.actor
        if a is None or a.kind != "place" or m.end > before:
            continue
        info = gazetteer.place(a.name)
        if info is not None and info[0] == "country":
            best = a
    return best


#: Nouns by which an article calls a place it has named ("the city's mayor", "the state's
#: new slogan"), with the kind of place (:func:`briefgen.extract.gazetteer.place`) each means.
PLACE_EPITHETS = {"city": "city", "town": "city", "state": "region", "country": "country",
                  "nation": "country"}


def place_referent(cast: Cast, at: int, noun: str, sents: int = 2) -> Actor | None:
    """The place "the city's" (the description's noun at token ``at``) stands for: the one
    place of that kind (a city for "city", a US state for "state", a country for "country")
    the article names outside quote marks in that sentence, before ``at``, or in the
    ``sents`` before it; when it names none there, the one it names before that (the
    place the article is about). None when it names two or more ("the city's" after
    "from Lisbon to Porto": not sure which), or none."""
    kind = PLACE_EPITHETS.get(noun.lower())
    if kind is None:
        return None
    near = _places_of_kind(cast, _window_start(cast.doc, at, sents), at, kind)
    if near is None:
        return None
    if not near:
        near = _places_of_kind(cast, 0, at, kind) or []
    return near[0] if len(near) == 1 else None


def _places_of_kind(cast: Cast, lo: int, at: int, kind: str) -> list[Actor] | None:
    """The places of ``kind`` named outside quote marks in ``doc[lo:at]``; None when a place
    of that kind there is no place actor of the cast (read as a body, say): not sure."""
    doc = cast.doc
    found: list[Actor] = []
    for m in cast.mentions_between(lo, at):
        a = m.actor
        if a is None or a.kind == "person" or m.end > at:
            continue
        info = gazetteer.place(written_name(a)) or gazetteer.place(a.name)
        if info is not None and info[0] == kind and a not in found:
            found.append(a)  # a place the tagger read as a body counts, to be sure
    ents = cast.__dict__.get("_ents")
    if ents is None:  # read once: Span.ents walks the whole doc at each call (quadratic)
        ents = cast.__dict__["_ents"] = (list(doc.ents), [e.start for e in doc.ents])
    spans = ents[0][bisect.bisect_left(ents[1], lo): bisect.bisect_left(ents[1], at)]
    others = {fold_key(e.text) for e in spans if e.end <= at and e.label_ in {"GPE", "LOC", "ORG", "FAC"}
              and not cast.in_quote(e.start_char) and (gazetteer.place(e.text) or ("", 0))[0] == kind}
    if any(a.kind != "place" for a in found) or others - {
            fold_key(f) for a in found for f in [a.name, *a.forms]}:
        return None
    return found


def _body_named(doc: Doc, cast: Cast, at: int, role: str) -> str:
    """A role that names its body by a description the article resolves, with the body's
    name instead: "the country's President" (the country last named) -> "Ukraine's
    President"; "the team's meteorologist" -> "Harbour United's meteorologist" (the body
    the description refers to, :meth:`Cast.organisation_by_description`). Otherwise the
    role unchanged."""
    inner = _COUNTRY_OWNER.search(role)
    if inner is not None:  # "adviser to the country's Trade Ministry"
        country = _nearest_country(doc, cast, at)
        if country is None:
            return role
        return f"{role[:inner.start()]}{written_name(country)}'s{role[inner.end():]}"
    m = _DESCRIBED_OWNER.match(role)
    if m is None:
        return role
    noun = m["noun"].lower()
    owner = cast.organisation_by_description(noun, at) if noun in ORG_DESCRIPTIONS else None
    if owner is None:
        return role
    return f"{written_name(owner)}'s {m['rest']}"


def _named_instead(roles: list[str]) -> list[str]:
    """A role that ends on a description of its body ("director for games at the tech
    giant") gives way to the same role another mention states with the body's name
    ("director for games at Orbix")."""
    out = []
    for r in roles:
        m = _DESCRIBED_BODY.match(r)
        if m is not None:
            head = m["head"] + " "
            named = [o for o in roles if o.startswith(head) and o[len(head):][:1].isupper()]
            if named:
                r = named[0]
        out.append(r)
    return out


def _bare_title(role: str) -> list[str] | None:
    """The words of a role that is a title alone, no place or body ("Governor",
    "Attorney General", "coach"), lower-cased; None for any other role."""
    words = [w.lower().rstrip(".") for w in role.split()]
    if not words or len(words) > 3 or not all(w in TITLE_WORDS or w in {"general"} for w in words):
        return None
    return words


def _title_described(doc: Doc, cast: Cast, actor: Actor, title: list[str]) -> str | None:
    """The fuller form of a bare title that a description elsewhere in the article gives,
    when it can only be this person's: "Gov. Ana Ruiz ... The governor of North Veltra
    said" -> "governor of North Veltra"; "Attorney General Ana Ruiz ... the Veltra attorney
    general is investigating" -> "Veltra attorney general". The description opens on "the",
    qualifies the title by capitalised words before it or "of" and a name after it, is the
    subject of its clause with no name after it, and no other person in the cast holds
    that title."""
    n = len(title)
    head = title[-1]
    for other in cast.people:
        if other is not actor and other.role and head in other.role.lower().replace(".", "").split():
            return None  # "the Veltra president" could be either of two presidents
    for t in doc:
        if t.lower_ != head or t.i - n + 1 < 1 or t.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        lo = t.i - n + 1
        if [w.lower_ for w in doc[lo: t.i + 1]] != title or cast.in_marks(t.idx):
            continue
        hi = t.i + 1
        if hi + 1 < len(doc) and doc[hi].lower_ == "of" and doc[hi + 1].pos_ == "PROPN":
            hi += 1
            while hi < len(doc) and doc[hi].pos_ == "PROPN":
                hi += 1  # "the governor of North Veltra"
        if hi < len(doc) and doc[hi].pos_ == "PROPN":
            continue  # "the governor Ana Ruiz": named, not a description
        k = lo
        while k - 1 >= 0 and (doc[k - 1].pos_ == "PROPN" or (
                doc[k - 1].pos_ == "NOUN" and doc[k - 1].dep_ == "compound" and doc[k - 1].is_lower)):
            k -= 1  # "the Veltra attorney general", "the North Veltra state attorney general"
        if k < 1 or doc[k - 1].lower_ != "the" or not any(w.pos_ == "PROPN" for w in doc[k:hi]):
            continue  # no "the", or no name that says where or whose
        return _clean_role(_span_text(doc, k, hi))
    return None


def role_of(doc: Doc, cast: Cast, actor: Actor) -> str | None:
    """The role the article gives an actor on any of its mentions.

    The cast's role (:mod:`briefgen.extract.cast`) first, then what other mentions say:
    a title or a common noun before the name, an appositive, the title a list of names
    shares, the outlet a reporter writes for. A bare honorific ("Rep.") is said in full
    and gives way to a fuller description stated elsewhere.
    """
    roles: list[str] = []
    quoted: list[str] = []  # titles said inside quote marks
    kind_first: str | None = None
    affiliations: set[str] = set()  # the outlets and bodies a person speaks for
    given = actor.role
    if given and kin_noun(given.split()[-1]) not in {None, "partner"}:  # "dance partner X": a role
        # a kinship noun is a role only with its owner, at the mention it stands beside
        given = next((r for m in cast.mentions_of(actor) if m.end > m.start
                      for r in [_with_kin_owner(doc, cast, m.start, given)] if r), None)
    if given:
        first_seen = next((m.start for m in cast.mentions_of(actor) if m.end > m.start), None)
        roles.append(_body_named(doc, cast, first_seen, given)
                     if actor.kind == "person" and first_seen is not None else given)
    for m in cast.mentions_of(actor):
        if m.end <= m.start:
            continue
        root = doc[m.start: m.end].root
        if cast.in_marks(doc[m.start].idx):
            # inside quote marks the words are the speaker's, not the article's: "Hey
            # Harbourline, all we ask is ...", "Ostmark, a partner that never
            # paid its share": a title before a name is still a title ("President Ames")
            # (the article's own words win: "former Vice President X" over a speaker's
            # "Vice President X")
            pre = premodifier_role(doc[m.start: m.end]) if actor.kind == "person" else None
            if pre:
                quoted.append(pre)
            continue
        found = (person_role(doc[m.start: m.end]), _noun_before(doc, m.start))
        if actor.kind != "person":  # "rival Lowe's", "Kotak, a brokerage,"; no titles
            before = _noun_before(doc, m.start)
            prev = doc[m.start - 1] if m.start > 0 else None
            if prev is None or (prev.pos_ != "NOUN" and not _opening_role_word(prev)):
                before = None  # "a closer Peru-Ghana alliance": no role
            elif not (m.start <= prev.head.i < m.end or (root.head.i == prev.i and root.dep_ in {
                    "appos", "compound", "nmod"})):
                before = None  # the noun is not the name's
            elif before and m.start - len(before.split()) > 0 and doc[
                    m.start - len(before.split()) - 1].lower_ in {"a", "an"}:
                before = None  # "a rover NASA plans to fly": the name opens a clause
            elif before and actor.kind == "organisation" and not _body_noun(before):
                before = None  # "around the table SpaceX", "the game catalog ASAP": no kind of body
            found = (appositive_role(doc[m.start: m.end]), before)
        if found[1] and kind_first is None and m.end + 1 < len(doc) and doc[m.end].text == "," and (
                doc[m.end + 1].tag_ in {"WP", "WDT"}):
            # the noun before the name says who or what it is, the clause after it what it
            # does: "the private equity firm Harlow Capital, which owns the Courier", "Lyon-based
            # photographer Lena Vask, who works with shelters"
            kind_first = _with_kin_owner(doc, cast, m.start, found[1])
        for role in found:
            role = _with_kin_owner(doc, cast, m.start, role) if role else None
            if role:
                roles.append(_body_named(doc, cast, m.start, role) if actor.kind == "person" else role)
        head = _list_head(doc, root)
        if head is not None and head[0] > 0 and doc[head[0] - 1].tag_ == "NNS" and actor.kind != "place":
            # a noun in the plural covers the whole list: "founding members A, B and C",
            # "the newspaper chains Gannett and GateHouse"
            role = _noun_before(doc, head[0])
            if role:
                roles.append(role)
        if actor.kind == "person":
            aff = _affiliation(doc, root, m.start, m.end - 1)
            if aff:
                roles.append(aff)
                affiliations.add(aff)
    if kind_first:
        roles.insert(0, kind_first)
    if not roles or (roles == [actor.role] and actor.role in quoted):
        roles = quoted or roles
    roles = _named_instead([r for r in roles if not _says_no_role(r)])
    names = {f.lower() for f in actor.forms} | {actor.name.lower()}
    roles = [r for r in roles if r.lower() not in names and not any(r.lower() in n for n in names)]
    if not roles and actor.kind == "organisation":
        referred = _referred_description(doc, cast, actor)
        if referred:
            roles = [referred]
    if not roles and actor.kind == "organisation":
        # no description stated: what the name itself says, with its owner or place
        roles = [r for m in cast.mentions_of(actor) if m.end > m.start
                 for r in [_name_description(doc, m.start, m.end)] if r][:1]
    if not roles:
        return None  # not "Prince" of "Prince Charles"
    counts = Counter(roles)
    past = [r for r in roles if r.split(" ", 1)[0].lower() in {"former", "late"}
            and r.split(" ", 1)[-1] in counts]
    if past:
        return _in_full(past[0])  # "former Vice President" said once beats "Vice President"
    first = roles[0]
    stem = first.lower().rstrip(".").removesuffix("s")
    fuller_form = [r for r in roles if len(r.split()) > len(first.split()) and stem in r.lower()]
    if fuller_form:
        return _in_full(fuller_form[0])  # "members" -> "founding member"
    if len(first.split()) == 1 and first.lower().rstrip(".") in {
            w.rstrip(".") for w in TITLE_WORDS} | {k.rstrip(".") for k in _TITLE_IN_FULL}:
        fuller = [r for r in roles if len(r.split()) > 1 or r in affiliations]
        if fuller and fuller[0] in affiliations:
            # the rank and the body it is held at: "Cmdr. X of the Harbour Police" ->
            # "Commander, Harbour Police"
            return f"{_in_full(first)}, {fuller[0]}"
        if fuller:
            return fuller[0]  # "General" -> "chairman of the Joint Chiefs of Staff"
    best = max(roles, key=lambda r: (counts[r], -roles.index(r)))
    chosen = _in_full(best if counts[best] > counts[first] else first)
    title = _bare_title(chosen) if actor.kind == "person" else None
    if title:
        return _title_described(doc, cast, actor, title) or chosen
    return chosen


def _gender_from_title(ent: Span) -> str | None:
    doc = ent.doc
    for k in (ent.start - 1, ent.start):
        if k < 0:
            continue
        word = doc[k].lower_
        if word in FEMALE:
            return "f"
        if word in MALE:
            return "m"
    return None




#: The spaCy labels that can name an actor.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}

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
#: What a platform or outlet has: "Twitter users", "a Facebook post".
_PLATFORM_NOUNS = {"user", "account", "post", "feed", "page", "video", "channel", "platform",
                   "follower", "subscriber", "reader", "viewer", "listener", "app"}
#: Last words of venues, which the Key actors table lists as places.
_VENUE_WORDS = {"pavilion", "amphitheatre", "amphitheater", "arena", "stadium", "auditorium",
                "theatre", "theater", "field", "hall", "centre", "center", "suites", "hotel"}
#: Last words of a building's or venue's name (a surname only rarely: "Bruce Arena").
_BUILDINGS = {"stadium", "arena", "airport", "amphitheatre", "amphitheater", "auditorium",
              "cathedral", "mosque", "synagogue", "racecourse", "speedway", "ballpark"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "upper", "lower", "inner", "outer"}

#: Role nouns only a person has: "the Head of ...", "a professor".
PERSON_ROLE_HEADS = ROLE_NOUNS - {
    "member", "source", "partner", "owner", "supporter", "voter", "resident", "witness",
    "vice", "deputy", "representative", "officials", "spokespeople", "head"} | {"head"}


def _role_noun(role: str) -> str:
    """The noun a role is headed by: its last word before a preposition ("semipro football
    player" -> "player", "house mother of the chapter" -> "mother")."""
    words = []
    for w in role.lower().split():
        if w in {"of", "at", "for", "in", "with", "from", "on", "to", "who", "and", ","}:
            break
        words.append(w.strip(",.()"))
    return words[-1] if words else ""


def _persons_role(role: str) -> bool:
    """Is ``role`` headed by a noun only a person has: "semipro football player", "the
    fraternity's house mother"?"""
    noun = _role_noun(role)
    return noun in TITLE_WORDS or kin_noun(noun) is not None


def _role_head(role: str) -> str:
    words = re.sub(r"^(the|a|an)\s+", "", role.strip(), flags=re.I).lower().split()
    return words[0].strip(",") if words else ""


#: Bodies a place or people has: "the US military", "the Afghan government".
BODY_NOUNS = {"government", "military", "army", "police", "navy", "ministry", "embassy",
              "authorities", "forces", "administration", "parliament", "regime", "junta",
              "commission"}

#: Words before a place that something happens in, comes from or goes to.
LOCATIVE = {"in", "at", "from", "to", "near", "across", "into", "outside", "inside",
            "throughout", "around", "on", "off", "toward", "towards", "via", "through", "over"}

#: A match score: "2-1", "6\u20134".
_SCORE = re.compile(r"(?<![\d/.-])\d{1,3} ?[-\u2013] ?\d{1,3}(?![\d/.%-])")
#: Prepositions that after a noun name a topic, not a place: "policies on Brexit",
#: "a row over Brexit".
_TOPIC_PREPS = {"on", "over"}
#: Directions before "of" that place a name: "20 miles south of Oskvar".
_COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                  "outside", "near"}


def after_locative(doc: Doc, i: int, topics: bool = True) -> bool:
    """Is the name whose head is token ``i`` written after a locative ("in Inner Mongolia",
    "to the West Bank"), the one test of it? With ``topics`` False, not after a noun's "on"
    or "over" ("their policies on Brexit", "a row over Brexit"): that is what the noun is
    about, which the Key actors table tells from a place (the cast's typing counts it)."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if not topics and i > 0 and doc[i - 1].lower_ in _TOPIC_PREPS and doc[i - 1].head.pos_ == "NOUN" and (
            doc[i - 1].head.i < i - 1):
        return False
    return i > 0 and doc[i - 1].lower_ in LOCATIVE


#: What sides in a match do: "Spain beat Russia", "a win over Russia".
_MATCH_VERBS = {"beat", "defeat", "win", "lose", "edge", "rout", "thrash", "eliminate", "draw",
                "sweep", "outplay", "overcome", "upset", "victory", "clinch"}
_MATCH_NOUNS = {"match", "game", "set", "series", "tie", "final", "semifinal", "goal", "point",
                "innings", "round", "leg"}

#: Words only a sports story uses; scores and "defeat" alone also fit votes and polls.
_SPORT_NOUNS = {"match", "game", "goal", "innings", "semifinal", "quarterfinal", "tournament",
                "cup", "league", "championship", "team", "coach", "player", "season", "stadium",
                "singles", "doubles", "striker", "quarterback"}

#: Who a body's members are: "Forest Hill police officers".
_BODY_MEMBERS = {"officer", "official", "spokesman", "spokeswoman", "spokesperson", "agent",
                 "detective", "investigator", "trooper", "source"}

#: Heavenly bodies are places: "the Moon", "Mars"; the planets, the dwarf planets, the
#: largest asteroids and the major moons.
CELESTIAL = {"moon", "earth", "mars", "venus", "mercury", "jupiter", "saturn", "uranus",
             "neptune", "pluto", "sun", "ceres", "eris", "haumea", "makemake", "sedna", "vesta",
             "ganymede", "callisto", "europa", "enceladus", "phobos", "deimos", "iapetus", "umbriel"}
#: Bodies whose names are also people's or things' ("Miranda", "Titan", "Io"): heavenly
#: only in an article about space (:data:`_SPACE_WORDS`).
CELESTIAL_ALSO_NAMES = {"io", "titan", "triton", "charon", "mimas", "rhea", "dione", "tethys",
                        "titania", "oberon", "ariel", "miranda", "pallas", "hygiea", "hyperion"}
_SPACE_WORDS = {"planet", "moon", "orbit", "asteroid", "spacecraft", "probe", "telescope",
                "astronomer", "comet", "lander", "rover", "orbiter", "astronaut", "satellite"}
#: Nouns only a person's name modifies: "the Obama administration", "a Trump presidency".
_PERSON_OFFICES = {"administration", "presidency", "premiership", "chancellorship"}
#: Kinship nouns that name only a person's relative ("parent", "partner" also a company's).
_KIN_OF_PERSONS = KIN_NOUNS - {"parent", "partner", "child", "sibling"}
#: Aliases that stand for an organisation, not a place.
ORG_ALIASES = {"European Union", "United Nations"}

#: Words that make a name an organisation's: "Food and Drug Administration", "Acme Inc".
ORG_NAME_WORDS = {
    "administration", "agency", "airline", "airlines", "alliance", "army", "assembly",
    "association", "authority", "bank", "board", "bureau", "cabinet", "center", "centre",
    "club", "coalition", "college", "commission", "committee", "company", "congress",
    "corp", "corp.", "corporation", "council", "court", "department", "directorate",
    "fc", "federation", "force", "forces", "foundation", "front", "fund", "group",
    "guard", "inc", "inc.", "institute", "institution", "laboratory", "labs", "league",
    "llc", "ltd", "ltd.", "media", "ministry", "motors", "movement", "museum", "navy",
    "network", "news", "office", "organisation", "organization", "parliament", "party",
    "plc", "police", "press", "program", "programme", "rights", "school", "senate", "service",
    "services", "society", "systems", "team", "technologies", "times", "tribune", "union",
    "university", "post", "journal", "herald", "telegraph", "guardian", "gazette",
    "channel", "radio", "tv", "broadcasting", "studios", "records", "pictures", "group's",
    "productions", "entertainment", "holdings", "securities", "robotics", "aerospace",
    "partners", "ventures", "industries", "enterprises", "airways", "equities", "capital",
    "books", "reports", "review", "magazine", "letters",
}
#: Nouns by which an article refers back to an organisation: "the company said".
ORG_DESCRIPTIONS = {
    "company", "firm", "agency", "group", "organisation", "organization", "ministry",
    "department", "government", "administration", "campaign", "party", "team", "club",
    "bank", "charity", "union", "council", "committee", "commission", "network",
    "newspaper", "paper", "startup", "manufacturer", "carrier", "airline", "retailer",
    "institute", "university", "court", "regulator", "broadcaster", "outlet", "site",
}
#: Nouns for outlets and sites: "the fact-checking website Full Fact".
_OUTLET_NOUNS = {"website", "websites", "publication", "magazine", "daily", "weekly", "tabloid",
                 "blog", "fact-checker", "watchdog", "charity", "nonprofit", "non-profit", "ngo",
                 "think-tank", "tank", "thinktank", "publisher", "broadcaster", "platform", "app"}
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_CAMEL = re.compile(r"^[A-Z]?[a-z]+[A-Z]")


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


_STANDARD_NAMES = frozenset(PLACE_ALIASES.values())


def written_name(actor: Actor) -> str:
    """The actor's name as the article writes it. Spellings of one country or body are
    joined under a standard name ("UK", "Britain" -> United Kingdom) so that they are one
    actor, but the table prints the article's own words: its fullest form ("Britain",
    "U.S."), the standard name only when the article writes it too."""
    if actor.kind == "place" and actor.name.isupper():
        cased = [f for f in actor.forms if not f.isupper() and fold_key(f) == fold_key(actor.name)]
        if cased:
            return cased[0]  # "Baar", though the dateline first wrote "BAAR"
    if actor.name not in _STANDARD_NAMES or actor.forms[actor.name] > 0:
        return actor.name
    written = [f for f, n in actor.forms.items() if n > 0 and f.lower() in PLACE_ALIASES]
    if not written:
        return actor.name
    return max(written, key=lambda f: (actor.forms[f], len(f), f))


def _same_first_name(a: str, b: str) -> bool:
    """"Pat" and "Patrick", "Pat" and "Pat": one first name, short or full."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and full.startswith(short) and short[0].isalpha()


def fold_key(name: str) -> str:
    """The form two spellings of one name share: lowercase, hyphens as spaces."""
    return " ".join(name.lower().replace("-", " ").replace("\u2010", " ").split())


#: Lower-case words a name may hold: "Bank of England", "Ludwig van Beethoven".
_NAME_PARTICLES = {"of", "the", "and", "for", "de", "del", "della", "la", "le", "van", "von",
                   "der", "den", "da", "dos", "das", "du", "al", "el", "bin", "ibn", "on",
                   "in", "at", "y", "e", "&", "to", "und", "di", "st", "st.", "s", "'s", "\u2019s"}
def doc_lower(tok: Token, offset: int) -> bool:
    """Is the token ``offset`` away from ``tok`` a lower-case word?"""
    j = tok.i + offset
    return 0 <= j < len(tok.doc) and tok.doc[j].is_lower


def is_place_code(ent: Span) -> bool:
    """"FL" in "West Palm Beach, FL": a state or province code after a place name."""
    doc = ent.doc
    return (len(ent) == 1 and len(ent.text) == 2 and ent.text.isupper() and ent.start >= 2
            and doc[ent.start - 1].text == "," and (doc[ent.start - 2].ent_type_ in {"GPE", "LOC", "FAC"}
                                                     or doc[ent.start - 2].text.istitle()))


_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
#: An outlet's dateline tag glued to the first word of the text: "(WIRE)Ana Ruiz".
_OUTLET_TAG = re.compile(r"^\(?[A-Z]{2,6}\)(?=[A-Z])")


def unglue(name: str) -> str:
    """A name cut where page furniture was glued onto it: "Ellen MarshEllen" -> "Ellen
    Marsh", "MarshNew Mexico" -> "Marsh". A break inside a word counts only when what
    follows is the name starting over or a region of several words, so "McDonald",
    "SpaceX", "OrbitBeyond" and "WoodSpring" stay whole.
    """
    first = name.split()[0] if name.split() else ""
    for m in _GLUE.finditer(name):
        rest = name[m.start():]
        word = rest.split()[0]
        place = gazetteer.place(rest)
        if rest.startswith(first) or (place is not None and place[0] != "city" and word != rest):
            return name[:m.start()].rstrip()
    return name


def _governing_verb(toks: list[Token]) -> bool:
    """True when the name opens on a participle the parser reads as the verb of the
    clause, not as a word of the name: "Questioning Vindman's judgment", "Praised Ortiz
    ...". A participle that modifies a later word ("Flying Tigers") stays."""
    first = toks[0]
    word = first.lower_
    if len(toks) < 2 or len(word) < 5 or not word.endswith(("ing", "ed")):
        return False
    if first.pos_ == "VERB" and first.tag_ in {"VBG", "VBN", "VBD"}:
        return not toks[1].i <= first.head.i <= toks[-1].i
    # a heading in title case tags the verb a name: "Questioning Vindman's judgment" opens
    # its sentence on a verb's form, and a surname (no common word) follows it
    return ((first.is_sent_start or first.i == 0) and _verb_form(word)
            and gazetteer.first_name_gender(first.text) is None and gazetteer.place(first.text) is None
            and not gazetteer.common_word(toks[1].text))


def _verb_form(word: str) -> bool:
    """Is ``word`` ("questioning", "hurting", "praised", "tried") an -ing or -ed form of a
    common English verb?"""
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    stems = [stem, stem + "e", word[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "hurting" -> "hurt" is stem itself; "stopped" -> "stop"
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return any(gazetteer.common_word(w, ("verb",)) for w in stems if len(w) > 2)


#: Tags of a common word: a capitalised first word the tagger reads so is no name.
_COMMON_WORD_TAGS = {"NN", "NNS", "VB", "VBP", "VBZ", "VBG", "JJ", "RB", "UH"}


def clean_entity(ent: Span, text: str) -> tuple[str, int, int] | None:
    """The entity's name without possessive, leading article or punctuation, or None.

    Returns (name, first token, last token); None for junk: lower-case, one letter,
    mostly digits, a name glued across a line break.
    """
    toks = list(ent)
    while toks and (toks[0].lower_ in {"the", "a", "an"} or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in {"'s", "\u2019s", "'", "\u2019"}
                    or (ent.label_ == "PERSON" and toks[-1].like_num)):
        toks = toks[:-1]  # also "Anderson Cooper 360": a person's name has no number
    if not toks or all(t.lower_ in HONORIFICS for t in toks):
        return None  # "Det.", "Sgt.": a title the tagger took for a name of its own
    if _governing_verb(toks):
        return None  # "Questioning Vindman's judgment": a verb glued to the name it governs
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    name = _POSSESSIVE.sub("", text[start:end]).strip()
    name = unglue(" ".join(name.split()))
    name = _OUTLET_TAG.sub("", name)  # "(WIRE)Ana Ruiz said": the tag is no part of her name
    if len(name) < 2 or not name[0].isupper() or "\n" in text[start:end]:
        return None
    if sum(c.isdigit() for c in name) > len(name) / 3:
        return None  # dates and numbers misread as names
    if any(t.is_lower and t.is_alpha and t.i > 0 and t.doc[t.i - 1].whitespace_ and (
            t.lower_ not in _NAME_PARTICLES or (
            t.lower_ == "the" and t.i > toks[0].i and not doc_lower(t, -1))) for t in toks):
        return None  # a clause read as a name: "Hartley hit Morrow", "Billboard the Lanterns"
    if ent.label_ == "PERSON" and (len(name.replace(".", "")) < 3
                                   or any(c.isdigit() for c in name)):
        return None  # "Matthew 14:2", "Levante 2-0"
    return name, toks[0].i, toks[-1].i


#: Nouns of which a place is named: "the city of Oskvar", "the village of Ostmark".
_PLACE_NOUNS = {"city", "town", "village", "county", "province", "state", "region", "island",
                "district", "municipality", "borough", "suburb", "port", "hamlet", "township"}
#: Last words of place names, so "Forest Hill" is no person though "Forest" is a name.
_GEO_WORDS = {"hill", "hills", "park", "city", "valley", "beach", "field", "springs", "falls",
              "lake", "river", "mountain", "mountains", "island", "islands", "bay", "county",
              "heights", "heath", "street", "avenue", "road", "square", "bridge", "harbour",
              "harbor", "port", "point", "creek", "woods", "forest", "desert", "sea", "ocean",
              "coast", "province", "state", "district", "region"}


#: Nouns of a role that say the name is a settlement or an island: "a city of 80,000".
_SETTLEMENT_NOUNS = {"city", "town", "village", "island", "hamlet", "suburb", "township"}
#: Words that may follow such a noun in a role that describes a place ("a town near ...");
#: not a noun that makes it a body ("a town council").
_PLACE_ROLE_NEXT = {"of", "in", "near", "on", "where", "that", "which", "with", "some", "about", "north",
                    "south", "east", "west", "outside", "close", "just", "along"}


def _place_role(role: str) -> bool:
    """Is ``role`` one a settlement or an island has: "a city of about 80,000 near the
    border", "the island where the capital is", "small town" (not "a town council")?"""
    words = re.sub(r"^(the|a|an)\s+", "", role.strip(), flags=re.I).lower().replace(",", " ,").split()
    while words and words[0] in {"small", "large", "big", "little", "remote", "coastal", "northern",
                                 "southern", "eastern", "western", "nearby", "border", "port"}:
        words = words[1:]
    if not words or words[0] not in _SETTLEMENT_NOUNS:
        return False
    return len(words) == 1 or words[1] in _PLACE_ROLE_NEXT or words[1] == ","


#: An abbreviation written with full stops, whose every letter is an initial: "U.S.".
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def initials(name: str) -> str:
    """The capital initials of a name's words, every letter of a dotted abbreviation
    among them: "Harbour Water Board" -> "HWB", "U.S. Water Board" -> "USWB"."""
    return "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
                   for w in name.split() if w[:1].isupper())


def looks_like_person(name: str) -> bool:
    """A name of two or three words opening on a man's or woman's first name, with no
    word of an organisation's or a place's name: "Michael Webb", not "Forest Hill"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    low = [w.lower().strip(".,") for w in words]
    if any(w in ORG_NAME_WORDS or w in _GEO_WORDS for w in low) or gazetteer.place(name):
        return False
    return gazetteer.first_name_gender(words[0]) in {"m", "f"}


def _after_title(ent: Span) -> Span:
    """A title written short and the words after it are a person's name, however the tagger
    labelled and cut them: "Det. Ana" (an organisation) and "Ruiz" (a person) are Ana
    Ruiz, a detective. The span returned is the name alone (the title stays before it, for
    the role), through the capitalised words the tagger made a person's right after it."""
    doc = ent.doc
    first = doc[ent.start]
    if len(ent) < 2 or not (first.text.endswith(".") and first.text[:1].isupper()
                            and first.lower_ in HONORIFICS) or not doc[ent.start + 1].text[:1].isupper():
        return ent
    end = ent.end
    while end < len(doc) and end - ent.start < 5 and doc[end].ent_type_ == "PERSON" and (
            doc[end].ent_iob_ == "B" if end == ent.end else True) and doc[end].text[:1].isupper() and (
            doc[end - 1].whitespace_):
        end += 1
    return Span(doc, ent.start + 1, end, label="PERSON")


def _whole_name(ent: Span) -> Span:
    """A person's name the tagger cut short: "Han Mi" + "Rae" -> "Han Mi Rae", "Tobias"
    + "Wren" -> "Tobias Wren"."""
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    first = ent.start - 1
    if (len(ent) == 1 and first >= 0 and doc[first].pos_ == "PROPN" and not doc[first].ent_type_
            and doc[first].text.istitle() and doc[first].is_alpha and doc[first].whitespace_
            and doc[first].lower_ not in HONORIFICS | ROLE_NOUNS
            and gazetteer.first_name_gender(doc[first].text) in {"m", "f"}):
        ent = Span(doc, first, ent.end, label="PERSON")  # "Tobias" + "Wren": a first name left out
    end = ent.end
    while (end < len(doc) and end - ent.start < 5 and doc[end].pos_ == "PROPN"
           and doc[end].ent_type_ in {"", "NORP"} and doc[end].text.istitle() and doc[end].is_alpha
           and doc[end - 1].whitespace_ == " "):
        end += 1  # "Hui" even when read as a people's name
    return ent if end == ent.end else Span(doc, ent.start, end, label="PERSON")


def _with_owner(ent: Span) -> Span:
    """"South Dakota's Department of Social Services": a generic body keeps the place
    that owns it in its name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or ent[0].lower_ not in ORG_NAME_WORDS:
        return ent
    if doc[ent.start - 1].lower_ not in {"'s", "\u2019s"} or doc[ent.start - 2].ent_type_ != "GPE":
        return ent
    lo = ent.start - 2
    while lo > 0 and doc[lo - 1].ent_type_ == "GPE" and doc[lo].ent_iob_ == "I":
        lo -= 1
    return Span(doc, lo, ent.end, label="ORG")


#: Kinds of body that name an organisation the tagger may miss: "beauty company Coty".
KIND_NOUNS = {"company", "firm", "group", "carrier", "airline", "bank", "broadcaster", "club",
              "retailer", "startup", "manufacturer", "automaker", "carmaker", "maker", "giant",
              "chain", "insurer", "lender", "charity", "network", "newspaper", "outlet", "regulator"}
#: Posts that give a public office its name: "the Sheriff's Office", "the Attorney General's Office".
OFFICE_HOLDERS = {"attorney", "sheriff", "coroner", "prosecutor", "general", "examiner", "auditor",
                  "treasurer", "clerk", "marshal", "comptroller", "controller", "governor", "mayor",
                  "president", "secretary", "commissioner", "chancellor", "minister", "assessor", "recorder"}
_OFFICE_HEADS = {"office", "department", "bureau"}


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name ("Wilson", "County", "U.S."), not "The" or "A"."""
    return tok.text[:1].isupper() and tok.lower_ not in {"the", "a", "an"} and tok.pos_ in {
        "PROPN", "NOUN", "ADJ"}


def office_names(doc: Doc) -> list[Span]:
    """Public offices named after the post that heads them, whole: "the U.S. Attorney's
    Office for the Western District of New York", "the Wilson County Sheriff's Office".
    The tagger splits these into a place and a bare "Office", or leaves them out."""
    out: list[Span] = []
    for t in doc:
        i = t.i
        if t.lower_ not in {"'s", "\u2019s"} or i < 1 or i + 1 >= len(doc) or (out and i < out[-1].end):
            continue
        if doc[i + 1].lower_ not in _OFFICE_HEADS or not doc[i + 1].text.istitle():
            continue
        if doc[i - 1].lower_ not in OFFICE_HOLDERS or not doc[i - 1].text[:1].isupper():
            continue
        lo = i - 1
        while lo > 0 and i - lo < 6 and _name_word(doc[lo - 1]):
            lo -= 1  # "Bristol County District Attorney"
        hi = i + 2
        if hi + 1 < len(doc) and doc[hi].lower_ in {"for", "of"}:
            k = hi + 1 + (doc[hi + 1].lower_ == "the")
            j = k
            while j < len(doc) and j - k < 8 and (_name_word(doc[j]) or (
                    doc[j].lower_ == "of" and j > k and j + 1 < len(doc) and _name_word(doc[j + 1]))):
                j += 1  # "for the Western District of New York"
            hi = j if j > k else hi
        out.append(Span(doc, lo, hi, label="ORG"))
    return out


def _with_office_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with the public offices of :func:`office_names` in place of the parts
    the tagger made of them."""
    offices = office_names(doc)
    ents = _first_names_joined(doc)
    if not offices:
        return ents
    covered = {i for span in offices for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *offices], key=lambda e: e.start)


def _first_names_joined(doc: Doc) -> list[Span]:
    """``doc.ents`` with a first name the tagger read as a place or a body joined to the
    surname after it: "Dallas" (GPE) + "Delgado" (PERSON) in "Neighbours said Dallas Delgado
    had left" is one person, not a place and a bare surname another namesake could take."""
    out: list[Span] = []
    for e in doc.ents:
        prev = out[-1] if out else None
        if (e.label_ == "PERSON" and prev is not None and prev.end == e.start and len(prev) == 1
                and prev.label_ in {"GPE", "ORG", "NORP", "LOC"} and prev[0].dep_ == "compound"
                and prev[0].head.i in range(e.start, e.end) and prev[0].text.istitle()
                and gazetteer.first_name_gender(prev[0].text) is not None):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _entity_starts(doc: Doc) -> dict[str, list[int]]:
    """Where each entity text of ``doc`` starts, read once per doc (``doc.ents`` walks
    every token each time it is asked for)."""
    if "briefgen_ent_starts" not in doc.user_data:
        starts: dict[str, list[int]] = {}
        for e in doc.ents:
            starts.setdefault(e.text, []).append(e.start)
        doc.user_data["briefgen_ent_starts"] = starts
    found: dict[str, list[int]] = doc.user_data["briefgen_ent_starts"]
    return found


#: Plural nouns that own in the names of organisations, never a person's name.
_PLURAL_OWNERS = {"people", "children", "women", "men", "workers", "veterans", "farmers",
                  "teachers", "nurses", "doctors", "miners", "writers", "soldiers", "citizens"}


def split_possessive(ent: Span) -> list[Span]:
    """"Jeff Bezos's Blue Origin" is two actors: the owner and what is theirs.

    Split only when what follows the possessive is a name of its own ("Blue Origin"),
    not a generic body ("NASA's Office of Inspector General" stays whole). What an
    organisation owns ("the Port Authority's Safe Harbor campaign") is no actor: the owner
    alone is kept.
    """
    doc = ent.doc
    for t in ent[:-1]:
        if t.lower_ in {"'s", "\u2019s"} and t.i > ent.start:
            right_start = t.i + 1 + (doc[t.i + 1].lower_ == "the")  # "Houston's The ... Pavilion"
            right = doc[right_start: ent.end]
            if not right or right[0].lower_ in ORG_NAME_WORDS or right[0].lower_ == "of":
                return [ent]
            owner = doc[ent.start: t.i]
            if owner[-1].lower_ in _PLURAL_OWNERS:
                # "Donetsk People's Republic", "Women's Tennis Association": one name, an
                # organisation's, whatever the tagger called it
                return [Span(doc, ent.start, ent.end, label="ORG")]
            owner_place = gazetteer.place(owner.text) is not None
            # an owner that is an organisation by its own name or named alone elsewhere:
            # "Apple's AirPods Pro", "the Port Authority's Safe Harbor campaign"
            owner_org = (len(owner) > 1 and owner[-1].lower_ in ORG_NAME_WORDS) or any(
                start != ent.start for start in _entity_starts(doc).get(owner.text, ()))
            if ent.label_ != "PERSON" and not owner_place and not owner_org:
                return [ent]  # "People's Liberation Army", "Women's Tennis Association"
            if ent.label_ != "PERSON" and not owner_place:
                return [Span(doc, ent.start, t.i, label="ORG")]  # what it owns is a product or a programme
            left_label = ent.label_ if ent.label_ == "PERSON" else "GPE"
            right_label = "ORG" if ent.label_ == "PERSON" else ent.label_
            return [Span(doc, ent.start, t.i, label=left_label),
                    Span(doc, right_start, ent.end, label=right_label)]
    return [ent]


def _lead_role(ent: Span, name: str) -> tuple[Span, str, str | None]:
    """"Browns DL Sheldon Richardson": a title the tagger took into the name.

    The name starts at the first word that is a first name, when the words before it
    are no first names themselves; those words are the role.
    """
    words = name.split()
    if len(words) < 3 or len(ent) != len(words) or (
            gazetteer.first_name_gender(words[0]) and words[0].lower() not in _PEOPLE_WORDS):
        return ent, name, None
    for k in range(1, len(words) - 1):
        titleish = any((w.isupper() and len(w) >= 2) or w.islower() or w.lower() in ORG_NAME_WORDS
                       or w.lower() in _PEOPLE_WORDS
                       for w in words[:k])  # "Hawks DL", "Fan Ana Ruiz", not "Han Mi Rae"
        if titleish and gazetteer.first_name_gender(words[k]) in {"m", "f"}:
            if words[k - 1].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
                return ent, name, None
            head = ent.doc[ent.start + k: ent.end]
            role = " ".join(words[:k])
            if all(w.lower() in _PEOPLE_WORDS for w in words[:k]):
                role = role.lower()  # "Fan" only opened the sentence
            return head, " ".join(words[k:]), role
    return ent, name, None


def _trade_name(ent: Span, first: int, last: int, bare: set[str]) -> bool:
    """"Lowe's", "McDonald's": one word and "'s" that owns nothing (the word is the
    subject or object itself), the name of a business, not a possessive. ``bare``: the
    words the doc writes at least once without "'s"; a word among them is a name of its
    own ("Vanta's new phone ... Vanta said"), its "'s" a possessive the parse misread."""
    doc = ent.doc
    nxt = last + 1
    if first != last or nxt >= len(doc) or doc[nxt].lower_ not in {"'s", "\u2019s"} or doc[nxt].head.i != last:
        return False
    if doc[last].text in bare:
        return False
    return doc[last].dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}


def is_credit(doc: Doc, ent: Span) -> bool:
    """A photo or wire credit ("(REUTERS)", "via Getty Images"), not an actor."""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if before == "via" or ent.text.lower().startswith("getty"):
        return True
    after2 = doc[ent.end + 1].text if ent.end + 1 < len(doc) else ""
    if before == "(" and after == ")" and after2 in {"\u2014", "\u2013", "-", "--"}:
        return True  # a wire dateline: "LONDON (AP) \u2014"
    return before == "(" and after == ")" and ent.text.isupper() and len(ent.text) > 4


#: A street's name ends ("Jolinda Drive") or, in other languages, opens ("Corso Monforte") so.
_STREET_LAST = {"street", "avenue", "road", "drive", "boulevard", "lane", "way", "place", "court",
                "terrace", "crescent", "parkway", "highway"}
_STREET_FIRST = {"corso", "via", "viale", "piazza", "rue", "calle", "avenida", "rua", "praça", "plaza"}
#: Words before a name that make it a thing, never a person: "the new Magic Keyboard".
_THING_DETERMINERS = {"the", "a", "an", "any", "every", "each", "this", "that", "these", "those",
                      "your", "our", "my", "its", "their"}
#: Nouns for a made thing that a name can stand after: "the installation Starry Night".
_THING_NOUNS = {"work", "installation", "painting", "sculpture", "artwork", "album", "song", "single",
                "film", "movie", "show", "series", "game", "title", "book", "novel", "app", "device",
                "phone", "console", "laptop", "tablet", "model", "car", "feature", "product", "drone",
                "speaker", "headphones", "keyboard", "camera", "watch"}
#: Verbs whose subject is a person: a name that does them is no thing.
_HUMAN_VERBS = {"say", "tell", "add", "explain", "ask", "write", "recall", "argue", "insist",
                "note", "believe", "think", "want", "feel", "die", "bear", "marry", "resign"}


@dataclass(eq=False)
class Actor:
    """One person, organisation or place, under the fullest name the article uses."""

    name: str
    first_at: int
    kind: str = "person"  # person | organisation | place
    role: str | None = None
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)  # token index of each mention head
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    titled: bool = False  # some mention has an honorific ("Mr", "Gov.")
    #: what the first name suggests ("m"/"f"): a hint only, never a reason to rule a
    #: person out ("Ilhan" is a man's name in Turkey, a woman's in Somalia)
    gender_guess: str | None = None
    #: a name the tagger read as a person's that is a thing: "the new Magic Keyboard",
    #: "the installation Starry Night", "Smart Keyboard Folio" (see ``Cast._reads_as_thing``)
    thing: bool = False

    @property
    def aliases(self) -> list[str]:
        """Every other form the article uses, sorted."""
        return sorted(f for f in self.forms if f != self.name)


#: Quote attribution was written against ``Person``; every person is an Actor.
Person = Actor


@dataclass
class Mention:
    """A named mention: token head, canonical name, speaker kind and its actor.

    ``kind`` is how the mention can speak (``person`` or ``organisation``: a country or
    a group speaks as an organisation); the actor's ``kind`` is what it is.
    """

    head: int
    name: str
    kind: str  # person | organisation
    actor: Actor | None = None
    start: int = 0  # token span of the mention
    end: int = 0


#: The gender a third-person pronoun says its person has.
_PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f",
                   "he": "m", "him": "m", "his": "m", "himself": "m"}


#: What follows a dateline's place: "DEKALB, Illinois \u2014", "LONDON, England (AP)".
_DATELINE_END = {"\u2014", "\u2013", "-", "(", ":", "."}


class Cast:
    """The actors of one article, with their roles, in order of first mention."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.n_chars = len(self.text)
        self._marked: list[marks.Marked] | None = None
        self._in_marks: Callable[[int], bool] | None = None
        self.actors: list[Actor] = []
        self._by_word: dict[str, list[Actor]] = {}  # people, by each name word
        self._by_key: dict[str, Actor] = {}  # organisations and places, by folded name
        self.mentions: list[Mention] = []  # in text order
        self._mention_at: dict[int, Mention] = {}
        self._own: dict[int, list[Mention]] | None = None  # see _reading
        self._last_person: Actor | None = None
        self._space: bool | None = None  # is the article about space (see _celestial)
        #: kind descriptions ("the brokerage") and who they refer to, read once for the roles
        self.kind_owners: list[tuple[int, int, Actor]] | None = None
        taken: set[int] = set()
        # words of the longer names: "Banks" opening a sentence is Tiger Banks, tagged a noun or not
        name_words = {t.text for e in doc.ents if len(e) > 1 for t in e}
        # words written at least once without a possessive "'s" after them (see _trade_name)
        bare = {t.text for t in doc[:-1] if doc[t.i + 1].lower_ not in {"'s", "\u2019s"}}
        for whole in _with_office_names(doc):
            if whole.label_ in {"PRODUCT", "WORK_OF_ART"} and whole.root.dep_ in {
                    "nsubj", "nsubjpass", "conj"} and looks_like_person(whole.text):
                whole = Span(doc, whole.start, whole.end, label="PERSON")  # "Marcel Granollers and ... won"
            if whole.label_ not in ACTOR_LABELS or whole.start in taken:
                continue
            whole = _after_title(whole)
            grown = _with_owner(_whole_name(whole))
            taken.update(range(whole.end, grown.end))
            for ent in split_possessive(grown):
                if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ in _COMMON_WORD_TAGS and (
                        ent[0].text not in name_words):
                    continue  # "Challenges include ...", "Seek out ...": a first word read as a name
                cleaned = None if is_credit(doc, ent) or is_place_code(ent) else clean_entity(
                    ent, self.text)
                if cleaned is None:
                    if ent.label_ in ORG_LABELS:
                        self._mention(ent, ent.text, "organisation", None)
                    continue
                name, first, last = cleaned
                span = doc[first: last + 1]
                if _trade_name(ent, first, last, bare):
                    self._add_named(span, name + doc[last + 1].text.replace("\u2019", "'"), "ORG")
                    continue  # "Rival Lowe's was lower": a shop's name, not a man's possessive
                if ent.label_ in PERSON_LABELS:
                    self._add_person(span, name)
                elif ent.label_ == "NORP":
                    self._mention(ent, name, "organisation", None)
                elif ent.label_ != "LOC" and looks_like_person(name):
                    self._add_person(span, name, label="PERSON")  # "Michael Webb" read as ORG
                else:
                    self._add_named(span, name, ent.label_)
        # a first name and surname the tagger missed: "Australian Timothy Weeks"
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text.istitle()
                    and gazetteer.first_name_gender(tok.text) in {"m", "f"} and nxt.pos_ == "PROPN"
                    and nxt.text.istitle() and nxt.is_alpha and nxt.ent_type_ in {"", "DATE", "NORP"}
                    and tok.i not in self._mention_at and tok.whitespace_
                    and not {tok.lower_, nxt.lower_} <= TITLE_ONLY):  # "Major General"
                self._add_person(Span(doc, tok.i, tok.i + 2, label="PERSON"))
        self._add_kind_named(doc)
        # a known surname the tagger missed, as a subject: "Osei is less hopeful.",
        # "Granollers and Lopez defeated ..." (read as a common noun, or one of two subjects)
        for tok in doc:
            subject = tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "conj" and tok.head.dep_ in {
                "nsubj", "nsubjpass"})
            if tok.pos_ in {"PROPN", "NOUN"} and tok.ent_type_ in {"", "DATE"} and tok.text.istitle() and (
                    subject) and tok.i not in self._mention_at:
                p = self.resolve_words([tok.lower_], tok.idx)
                if p is not None:
                    self._mention(doc[tok.i: tok.i + 1], p.name, "person", p)
        self._add_camel_names()
        self._add_celestial()
        self._add_bodies()
        self._merge_early_surnames()
        self._merge_org_variants()
        self._resolve_capitals()
        with self._reading():
            for a in self.actors:
                a.kind = self._type_of(a)
                if a.kind == "person":
                    a.gender_guess = self._gender_from_names(a)
        self._merge_same_people()
        self._merge_same_places()
        self._merge_acronyms()
        self.mentions.sort(key=lambda m: m.head)
        self._split_quoted_namesakes()
        self._assign_roles()
        self._people_by_role()
        self._mark_things()

    def _people_by_role(self) -> None:
        """A name of two or three capitalised words typed an organisation, that some
        mention tagged a person's and whose role (read once all mentions are known) is a
        person's ("Lloyd, a semipro football player"), is a person."""
        for a in self.actors:
            words = a.name.split()
            if a.kind == "organisation" and a.role and a.labels["PERSON"] and 2 <= len(words) <= 3 and all(
                    w[:1].isupper() for w in words) and not any(
                    w.lower() in ORG_NAME_WORDS for w in words) and not gazetteer.place(a.name) and (
                    _persons_role(a.role)):
                a.kind = "person"

    def _split_quoted_namesakes(self) -> None:
        """A person whose full name is written only inside quote marks, while the writer
        names them by surname alone, is two people when the writer's pronouns for the
        surname say the other gender than the full name's first name: "President Obama
        said ... he ..." is not the "Michelle Obama" of a quoted caption. The writer's
        mentions of the surname become a person of their own."""
        doc = self.doc
        votes: dict[int, list[str]] | None = None
        by_actor: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.actor is not None:
                by_actor.setdefault(id(m.actor), []).append(m)
        for b in [a for a in self.actors if a.kind == "person" and len(a.name.split()) > 1]:
            given = gazetteer.first_name_gender(b.name.split()[0])
            if given not in {"m", "f"}:
                continue
            mine = by_actor.get(id(b), [])
            full = [m for m in mine if m.end - m.start > 1]
            bare = [m for m in mine if m.end - m.start == 1 and not self.in_marks(doc[m.head].idx)]
            if not full or not bare or not all(self.in_marks(doc[m.start].idx) for m in full):
                continue
            if votes is None:
                votes = self._count_gender_votes()
            said = votes.get(id(b), [])
            other = "m" if given == "f" else "f"
            if said.count(other) <= said.count(given):
                continue
            surname = b.name.split()[-1]
            writer = Actor(name=surname, first_at=doc[bare[0].start].idx, gender=other)
            heads = {m.head for m in bare}
            for m in bare:
                m.actor, m.name = writer, surname
            writer.mentions = sorted(heads)
            b.mentions = [i for i in b.mentions if i not in heads]
            writer.forms[surname] = len(bare)
            b.forms[surname] -= len(bare)
            if b.forms[surname] <= 0:
                del b.forms[surname]
            writer.labels["PERSON"] = len(bare)
            writer.titled = b.titled
            writer.role, b.role = b.role, None  # a title in quote marks is not read as a role
            self.actors.append(writer)
            self._by_word.setdefault(surname.lower(), []).append(writer)
            self.__dict__.pop("_gender_votes", None)

    def _merge_same_people(self) -> None:
        """One actor under one name: a one-word name first read as an organisation's and
        then typed a person ("his wife, Kimberly") joins the person of that name, as a
        body named once as a person joins that body ("Ceres"); a one-word name read as an
        organisation or place that is a person's surname joins that person when it is no
        known place and never "the X" nor only a modifier ("backs Trump" beside "Trump
        said", "Cobain" beside "Kurt Cobain")."""
        seen: dict[tuple[str, str], Actor] = {}
        surnames: dict[str, Actor | None] = {}
        for a in self.actors:
            if a.kind == "person":
                last = fold_key(a.name).split()[-1:] or [""]
                surnames[last[0]] = None if surnames.get(last[0], a) is not a else a
        for a in list(self.actors):
            key = (a.kind, fold_key(a.name))
            keep = seen.setdefault(key, a)
            if keep is a and a.kind != "person" and len(a.name.split()) == 1:
                keep = surnames.get(fold_key(a.name)) or a
                if keep is not a and not self._names_a_person(a):
                    keep = a
            if keep is a:
                continue
            self._absorb(keep, a)
            self._unlist(a, keep)

    def _merge_same_places(self) -> None:
        """A name typed an organisation though the tagger never read it as one (read as a
        person's name, then typed for want of another kind), beside a place of the same
        name that the article calls a town, a city or an island ("the town of Oskvar", then
        "Oskvar resident Dana Merrow"), is that place. Not a side in a match ("Oskvar beat
        Lenz"), nor a name the tagger only guessed a place ("spread to Ebola")."""
        places = {fold_key(a.name): a for a in self.actors if a.kind == "place" and any(
            self._place_of(i) for i in a.mentions)}  # "the town of Oskvar": the article says so
        for a in list(self.actors):
            place = places.get(fold_key(a.name))
            if place is None or place is a or a.kind != "organisation" or a.labels["ORG"] or self._plays(a):
                continue
            self._absorb(place, a)
            self._unlist(a)

    def _unlist(self, a: Actor, keep: Actor | None = None) -> None:
        """Take ``a`` out of every name-word list, after it was absorbed; ``keep``, the
        actor that took it in, goes where it was (once)."""
        for lst in self._by_word.values():
            if a in lst:
                lst.remove(a)
                if keep is not None and keep not in lst:
                    lst.append(keep)

    def _names_a_person(self, a: Actor) -> bool:
        """Can a one-word organisation or place be a person's surname: no known place or
        heavenly body, no acronym, never after "the" ("the King", "the Mac") and not only a
        modifier ("Houthi rebels")?"""
        doc = self.doc
        if gazetteer.place(a.name) is not None or self._celestial(a.name) or a.name.isupper():
            return False
        if any(i > 0 and doc[i - 1].lower_ == "the" for i in a.mentions):
            return False
        return any(doc[i].dep_ != "compound" for i in a.mentions)

    # -- building ------------------------------------------------------------------

    def _add_kind_named(self, doc: Doc) -> None:
        """An organisation the tagger missed where a kind of body names it: "Beauty company
        Coty is breaking out", "research firm IDC", "Dutch club AZ Alkmaar"; its other bare
        mentions ("Coty acquired a stake") are its too."""
        bare: dict[str, list[int]] = {}
        for tok in doc:  # capitalised words the tagger left unlabelled, read once
            if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper():
                bare.setdefault(tok.text, []).append(tok.i)
        for tok in doc[1:]:
            kind = doc[tok.i - 1]
            if (kind.lower_ not in KIND_NOUNS or not kind.is_lower or tok.i in self._mention_at
                    or tok.i not in bare.get(tok.text, ()) or _is_title_word(tok)):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 4 and doc[end].i in bare.get(doc[end].text, ()) and (
                    doc[end].i not in self._mention_at):
                end += 1
            span = Span(doc, tok.i, end, label="ORG")
            self._add_named(span, span.text, "ORG")
            if end - tok.i == 1:
                for i in bare.get(tok.text, ()):
                    if i != tok.i and i not in self._mention_at and (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN"):
                        self._add_named(doc[i: i + 1], tok.text, "ORG")

    def _assign_roles(self) -> None:
        """Each actor's role, read once all its mentions are known (:func:`role_of`)."""
        with self._reading():
            for a in self.actors:
                a.role = role_of(self.doc, self, a)

    def _mark_things(self) -> None:
        """Which persons are things (:meth:`_reads_as_thing`), read once every actor is
        typed and has its role: a role is a person's sign."""
        with self._reading():
            for a in self.actors:
                a.thing = a.kind == "person" and self._reads_as_thing(a)

    def mentions_of(self, a: Actor) -> list[Mention]:
        """The mentions of ``a``, in the order of :attr:`mentions`."""
        if self._own is not None:
            return self._own.get(id(a), [])
        return [m for m in self.mentions if m.actor is a]

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A pass over every actor that moves no mention: :meth:`mentions_of` reads an
        index built once, so the pass does not walk all mentions for each actor."""
        own: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.actor is not None:
                own.setdefault(id(m.actor), []).append(m)
        self._own = own
        try:
            yield
        finally:
            self._own = None

    @property
    def people(self) -> list[Actor]:
        """The persons, in order of first mention."""
        return [a for a in self.actors if a.kind == "person"]

    def _mention(self, span: Span, name: str, kind: str, actor: Actor | None) -> None:
        m = Mention(span.root.i, name, kind, actor, span.start, span.end)
        self.mentions.append(m)
        for t in span:
            self._mention_at[t.i] = m
        if actor is not None:
            actor.mentions.append(span.root.i)

    def add_unlabelled(self, tok: Token, refresh: bool = True) -> bool:
        """Count a proper-noun subject of a speech verb as a person the tagger missed.

        Whether a person was added. Each addition re-reads every actor's type and role (a
        pass over all mentions); ``refresh=False`` leaves that to one :meth:`refresh` after a
        batch, so that a text of thousands of such subjects is not read thousands of times.
        """
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return False
        lo = tok.i
        while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].dep_ == "compound":
            lo -= 1
        own = lo
        while own <= tok.i and own in self._mention_at:
            own += 1  # "Air Force" of "the Air Force Major General": an organisation named
        rest = [t.lower_.rstrip(".") for t in tok.doc[own: tok.i + 1]]
        if rest and all(w in TITLE_ONLY for w in rest) and (len(rest) > 1 or rest[0] in _RANKS) and (
                rest[0] not in _MR):  # "Mr Major said": a surname after an honorific
            # "The retired Major General ... recalled": a title, no one's name ("the
            # Cedar Falls Argus Leader" is a newspaper's)
            return False
        if self._grow_named(tok.doc[lo: tok.i + 1]):
            return False
        self._add_person(tok.doc[lo: tok.i + 1])
        if refresh:
            self.refresh()
        return True

    def refresh(self) -> None:
        """Re-read types, roles and things after people were added (:meth:`add_unlabelled`)."""
        self._merge_early_surnames()  # "Sanborn" (read as ORG) before "Jeff Sanborn"
        with self._reading():
            for a in self.actors:
                if a.kind == "person" or len(a.name.split()) > 1:
                    a.kind = self._type_of(a)
        self.mentions.sort(key=lambda m: m.head)
        self._assign_roles()
        self._mark_things()

    def _grow_named(self, span: Span) -> bool:
        """A name whose first words the tagger read as an organisation's: "the Sioux Falls
        Argus" + "Leader" is the organisation's full name, not a person."""
        m = next((self._mention_at[i] for i in range(span.start, span.end) if i in self._mention_at), None)
        a = m.actor if m is not None else None
        if m is None or a is None or a.kind == "person" or m.start < span.start:
            return False
        name = span.text
        if any(c.dep_ == "prep" for c in span[-1].children):
            return False  # "United Nations High Commissioner for Human Rights": a post, named further
        if not name.startswith(a.name) or name == a.name:
            return False
        a.forms[name] += 1
        a.name = name
        self._by_key[fold_key(name)] = a
        m.end, m.name = span.end, name
        for t in span:
            self._mention_at[t.i] = m
        return True

    def _add_person(self, ent: Span, name: str | None = None, label: str | None = None) -> None:
        ent, name, lead_role = _lead_role(ent, name or ent.text)
        name = _OUTLET_TAG.sub("", name)
        words = name_key(name)
        if not words or any(not w[0].isalpha() for w in words):
            return
        person = self.resolve_words(words, ent.start_char)
        text = _POSSESSIVE.sub("", name.strip())
        titled = False
        while text.split() and text.split()[0].lower() in HONORIFICS and len(text.split()) > 1:
            text = text.split(None, 1)[1]
            titled = True
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        titled = titled or before in HONORIFICS
        if person is None:
            person = Actor(name=text, first_at=ent.start_char)
            self.actors.append(person)
        elif len(words) > len(name_key(person.name)):
            person.name = text
        person.titled = person.titled or titled
        person.forms[text] += 1
        person.labels[label or ent.label_ or "PERSON"] += 1
        for w in words:
            lst = self._by_word.setdefault(w, [])
            if person not in lst:
                lst.append(person)
        if person.role is None:
            quoted = self.in_marks(ent.start_char)  # the speaker's words: a title only
            person.role = lead_role or (premodifier_role(ent) if quoted else person_role(ent))
        if person.gender is None:
            person.gender = _gender_from_title(ent)
        self._mention(ent, person.name, "person", person)
        self._last_person = person

    def _add_named(self, span: Span, name: str, label: str) -> None:
        """An organisation or place mention; a surname the tagger mislabelled joins its person."""
        words = name_key(name)
        if words and gazetteer.place(name) is None:
            # a longer name only as the surname of several words of one named before:
            # "Van Der Meer" read as an organisation after "Kenji Van Der Meer"
            person = self.resolve_words(words, self.n_chars, span.start_char) if len(words) <= 2 else next(
                (p for p in reversed(self._by_word.get(words[-1], []))
                 if name_key(p.name)[-len(words):] == words and len(name_key(p.name)) > len(words)),
                None)
            if person is not None and label == "ORG" and name_key(person.name)[-len(words):] != words and (
                    (own := self._by_key.get(fold_key(name))) is not None and own.kind == "organisation"):
                person = None  # "Ascom", an actor of its own before "President Ascom North America"
            if person is not None and (len(words) > 1 or label != "LOC"):
                person.forms[name] += 1
                person.labels[label] += 1
                self._mention(span, person.name, "person", person)
                return
        canon = PLACE_ALIASES.get(name.lower(), name)
        key = fold_key(canon)
        actor = self._by_key.get(key) or self._by_acronym(canon)
        if actor is None:
            kind = "organisation" if label == "ORG" or canon in ORG_ALIASES else "place"
            actor = Actor(name=canon, first_at=span.start_char, kind=kind)
            self.actors.append(actor)
            self._by_key[key] = actor
        elif len(canon) > len(actor.name) and not canon.isupper() and actor.name.isupper():
            actor.name = canon  # "NASA" first, then the full name
        actor.forms[name] += 1  # as written: "Britain", though joined under "United Kingdom"
        actor.labels[label] += 1
        if actor.role is None and label == "ORG" and not self.in_marks(span.start_char):
            actor.role = appositive_role(span)
        self._mention(span, actor.name, "organisation", actor)

    def _by_acronym(self, name: str, runs: bool = True) -> Actor | None:
        """An acronym for a full name ("NASA", "National Aeronautics and Space Administration").
        With ``runs`` False, only the full name whose initials are exactly the acronym."""
        if name.isupper() and 2 <= len(name) <= 6:
            for a in self.actors:
                if a.kind != "person" and len(a.name.split()) > 1 and initials(a.name) == name:
                    return a
            # "CDC" for "Chinese Center for Disease Control and Prevention": the acronym
            # is a run of the initials, when one organisation alone has it
            inside = [a for a in self.actors if a.kind != "person" and len(name) >= 3
                      and len(a.name.split()) > len(name) and name in initials(a.name)]
            if runs and len(inside) == 1:
                return inside[0]
        elif len(name.split()) > 1:
            ini = initials(name)
            if len(ini) >= 2:
                return self._by_key.get(ini.lower())
        return None

    def _merge_acronyms(self) -> None:
        """An organisation's acronym and its full name, once both are typed organisations,
        are one actor under the full name ("the Ostmark Water Board (OWB)"): the tagger
        may read one of them as a person's name, so the merge on adding an organisation
        (:meth:`_by_acronym`) never saw the pair. Only when the acronym is exactly the full
        name's initials, not a run of them (the acronym of a body is no acronym of its
        youth wing)."""
        for a in list(self.actors):
            if a not in self.actors or a.kind != "organisation" or " " in a.name:
                continue
            full = self._by_acronym(a.name, runs=False)
            if full is None or full is a or full.kind != "organisation":
                continue
            self._absorb(full, a)
            self._unlist(a)

    def _merge_early_surnames(self) -> None:
        """A surname used before the full name ("Halvorsen ... Erik Halvorsen") is one person."""
        # the longer names by their first and last word, read once (not per surname):
        # no longer name changes or goes below
        longer: dict[str, list[Actor]] = {}
        lone: list[tuple[Actor, str]] = []
        for b in self.actors:
            key = name_key(b.name)
            if len(key) > 1:
                for w in dict.fromkeys((key[0], key[-1])):
                    longer.setdefault(w, []).append(b)
            elif len(key) == 1:
                lone.append((b, key[0]))
        for a, word in lone:
            # an organisation named before a longer name that opens on it, and more often than
            # that name is named at all, is its own actor: "Ascom" (eleven times, as a firm)
            # is no person's name in "President Ascom North America" (once); not "Choi" once
            # before "Choi Min-jae", a surname written first
            firm = a.labels["ORG"] * 2 > sum(a.labels.values())
            fits = [b for b in longer.get(word, [])
                    if (b.kind == "person" or sum(b.labels.values()) == b.labels["PERSON"])
                    and not (firm and name_key(b.name)[-1] != word and a.first_at < b.first_at
                             and a.labels["ORG"] > sum(b.labels.values()))]
            if len({id(b) for b in fits}) != 1:
                continue
            b = fits[0]
            b.mentions = sorted(b.mentions + a.mentions)
            b.forms.update(a.forms)
            b.labels.update(a.labels)
            b.first_at = min(a.first_at, b.first_at)
            b.role = b.role or a.role
            b.gender = b.gender or a.gender
            b.titled = b.titled or a.titled
            for m in self.mentions:
                if m.actor is a:
                    m.actor, m.name = b, b.name
            self._unlist(a, b)
            self.actors.remove(a)

    def _absorb(self, keep: Actor, gone: Actor) -> None:
        """Fold every mention, form and label of ``gone`` into ``keep``."""
        keep.mentions = sorted(keep.mentions + gone.mentions)
        keep.forms.update(gone.forms)
        keep.forms[gone.name] += 0
        keep.labels.update(gone.labels)
        keep.first_at = min(keep.first_at, gone.first_at)
        keep.role = keep.role or gone.role
        for m in self.mentions:
            if m.actor is gone:
                m.actor, m.name = keep, keep.name
        for k, v in list(self._by_key.items()):
            if v is gone:
                self._by_key[k] = keep
        self.actors.remove(gone)

    def _merge_org_variants(self) -> None:
        """One organisation under two names: "Emirates" and "Emirates Airline", "Lanterns"
        and "Lantern Brothers", "Freedom Front" and "Kenyan Freedom Front" (a nationality word first)."""
        generic = ORG_NAME_WORDS | {"brothers", "sisters", "band", "airline", "airlines",
                                     "airways", "co", "co.", "holdings", "global"}
        demonyms = {t.text for t in self.doc if t.ent_type_ == "NORP"}
        for a in list(self.actors):
            if a not in self.actors or a.labels["PERSON"] * 2 > sum(a.labels.values()):
                continue
            aw = [w.lower() for w in a.name.split()]
            short = aw[-1] if len(aw) == 1 else ""
            fits = []
            for b in self.actors:
                bw = b.name.split()
                if b is a or b.kind == "person" or len(bw) <= len(aw):
                    continue
                low = [w.lower() for w in bw]
                if len(aw) > 1:  # "New Media" and "New Media Investment Group", not "Hong Kong police"
                    if low[:len(aw)] == aw and low[-1] in generic and gazetteer.place(a.name) is None and (
                            a.kind != "place" or not any(self._locative(i) for i in a.mentions)):
                        fits.append(b)
                elif ((low[0] in {short, short.rstrip("s")} and all(w in generic for w in low[1:])) or (
                        low[-1] == short and all(w in demonyms for w in bw[:-1]))) and (
                        a.kind != "place" or gazetteer.place(a.name) is None):
                    fits.append(b)  # not "Paris" into "Paris Review", "Singapore" into "Singapore Airlines"
                elif low[0] == short and b.first_at < a.first_at and gazetteer.place(a.name) is None:
                    fits.append(b)  # "Hubble Space Telescope", then "Hubble"
            if len(fits) != 1:
                continue
            b = fits[0]
            if short and b.name.split()[-1].lower() == short:  # "Kenyan Freedom Front" -> "Freedom Front"
                self._absorb(a, b)
            else:
                self._absorb(b, a)
        # "Sierra Nevada" (read as a person) and "Sierra Nevada Corporation": the company
        suffixes = {"corporation", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "llc",
                    "plc", "company", "group", "holdings"}
        for a in list(self.actors):
            aw = [w.lower() for w in a.name.split()]
            if a not in self.actors or len(aw) < 2 or a.titled or not a.labels["PERSON"]:
                continue
            fits = [b for b in self.actors if b is not a and b.labels["ORG"] and len(b.name.split()) > len(aw)
                    and [w.lower() for w in b.name.split()[:len(aw)]] == aw
                    and all(w.lower().strip(",") in suffixes for w in b.name.split()[len(aw):])]
            if len(fits) == 1:
                self._absorb(fits[0], a)

    def _add_camel_names(self) -> None:
        """A brand-like name the tagger missed, written with a capital inside ("SpaceX",
        "YouTube") and named twice or more: an organisation."""
        seen: dict[str, list[Token]] = {}
        for tok in self.doc:
            if (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in self._mention_at
                    and tok.is_alpha and _CAMEL.match(tok.text)):
                seen.setdefault(tok.text, []).append(tok)
        for name, toks in seen.items():
            known = next((a for a in self.actors if name in a.forms or a.name == name), None)
            if len(toks) < 2 and known is None:
                continue
            for tok in toks:
                if known is not None and known.kind == "person":  # typed by form later
                    known.forms[name] += 1
                    known.labels["ORG"] += 1
                    self._mention(self.doc[tok.i: tok.i + 1], known.name, "person", known)
                else:
                    self._add_named(self.doc[tok.i: tok.i + 1], name, "ORG")

    def _celestial(self, word: str) -> bool:
        """Is ``word`` a heavenly body's name here (:data:`CELESTIAL`; a name that is also a
        person's or a thing's only in an article about space)?"""
        low = word.lower()
        if low in CELESTIAL:
            return True
        if low not in CELESTIAL_ALSO_NAMES:
            return False
        if self._space is None:
            # two space words written as common nouns: one alone is no topic ("a federal
            # probe", "satellite images", "in Trump's orbit"), nor a name ("Land Rover")
            said = {t.lemma_.lower() for t in self.doc if t.is_lower and t.lemma_.lower() in _SPACE_WORDS}
            self._space = len(said) >= 2
        return self._space

    def celestial_place(self, a: Actor) -> bool:
        """Is ``a`` a heavenly body as a place, the one test of it: typed a place, its name
        a heavenly body's here (:meth:`_celestial`: "the Moon", "Titan" in an article about
        space), and not read as an organisation on most mentions ("The Sun" the tagger
        reads as a newspaper each time)?"""
        return a.kind == "place" and self._celestial(a.name) and a.labels["ORG"] * 2 < sum(a.labels.values())

    def _celestial_capital(self, tok: Token) -> bool:
        """Is ``tok`` a heavenly body written as a name on its own ("landing on the Moon",
        "Mercury reflects"): capitalised, not the first word of a name ("Blue Moon lander",
        "Mars Petcare", "Venus Williams", "The Sun" or "Scottish Sun" as a masthead), no paper one talks to
        ("told the Sun")?"""
        doc = self.doc
        if not tok.text.istitle() or not self._celestial(tok.text):
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            return False  # "Earth Day", "Venus Williams"
        if prev is not None and prev.is_alpha and prev.text[:1].isupper() and prev.pos_ != "ADP":
            return False  # "Blue Moon", "Your Sun", "Scottish Sun", "Follow The Sun": a title's words
        if prev is not None and nxt is not None and prev.is_quote and nxt.is_quote:
            return False  # '"Sun" is a registered trademark': the word cited, not the body
        return tok.head.lemma_.lower() != "tell" and not (
            prev is not None and prev.lower_ == "the" and tok.i >= 2 and doc[tok.i - 2].lower_ == "to"
            and tok.i >= 3 and doc[tok.i - 3].lower_ == "according")

    def _add_celestial(self) -> None:
        """A heavenly body the article writes as a name in running text ("landing on the
        Moon" mid-sentence, not only at a sentence's start) is a place, which the tagger
        rarely labels: its bare capitalised mentions and its "the moon" / "our moon"
        mentions are one place actor, typed by :data:`CELESTIAL`."""
        doc = self.doc
        caps: dict[str, list[int]] = {}
        for tok in doc:
            if self._celestial_capital(tok):
                caps.setdefault(tok.lower_, []).append(tok.i)
        for word, idx in caps.items():
            if not any(i != doc[i].sent.start for i in idx):
                continue  # only ever a sentence's first word: no sign it is a name
            name = word.capitalize()
            # the tagger may have made it a person or an organisation already ("Moon" as PERSON)
            known = next((a for a in self.actors if a.name == name), None)
            spans = [doc[i: i + 1] for i in idx if i not in self._mention_at]
            spans += [doc[t.i - 1: t.i + 1] for t in doc[1:] if t.text == word and t.i not in self._mention_at
                      and doc[t.i - 1].lower_ in {"the", "our"}
                      and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")]  # not "the moon Europa"
            for span in sorted(spans, key=lambda sp: sp.start):
                if known is None:
                    self._add_named(span, name, "LOC")
                    known = self._by_key.get(fold_key(name))
                    continue
                known.forms[name] += 1
                known.labels["LOC"] += 1
                self._mention(span, known.name, "organisation" if known.kind != "person" else "person", known)
            if known is not None:
                known.mentions.sort()

    def _add_bodies(self) -> None:
        """A country's or a town's body that acts: "the US military said", "the Afghan
        government freed", "Forest Hill police found" -> one organisation each."""
        doc = self.doc
        made: set[str] = set()
        # first the bodies that act, or whose officers are named ("led Forest Hill police
        # officers"); then their other mentions ("We thank the Afghan government")
        for later, tok in [(False, t) for t in doc] + [(True, t) for t in doc]:
            if tok.lemma_.lower() not in BODY_NOUNS or not tok.is_lower or tok.i in self._mention_at:
                continue
            if not later and tok.dep_ not in {"nsubj", "nsubjpass"} and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in {"by", "to"}) and not (
                    tok.dep_ == "compound" and tok.head.lemma_.lower() in _BODY_MEMBERS):
                continue
            head = tok.head if tok.dep_ == "compound" else tok
            mods = [c for c in [*tok.lefts, *(head.lefts if head is not tok else [])]
                    if c.i < tok.i and self._place_word(c) and c.dep_ in {"compound", "amod", "nmod", "poss"}]
            if not mods:
                continue
            lo = min(c.i for c in mods)
            while lo > 0 and doc[lo - 1].ent_type_ == doc[lo].ent_type_ and doc[lo].ent_iob_ == "I":
                lo -= 1
            if any(t.ent_type_ in {"PERSON", "ORG"} and not self._place_word(t) for t in doc[lo: tok.i]):
                continue
            if any(t.is_punct or t.pos_ in {"VERB", "DET", "ADP"} for t in doc[lo: tok.i]):
                continue
            span = doc[lo: tok.i + 1]
            name = " ".join(t.text for t in span if t.lower_ not in {"'s", "\u2019s"})
            key = fold_key(name)
            if later and key not in made:
                continue
            made.add(key)
            actor = self._by_key.get(key)
            if actor is None:
                actor = Actor(name=name, first_at=span.start_char, kind="organisation")
                self.actors.append(actor)
                self._by_key[key] = actor
            actor.forms[name] += 1
            actor.labels["ORG"] += 1
            self._mention(span, actor.name, "organisation", actor)

    def _place_word(self, tok: Token) -> bool:
        """Is ``tok`` part of a place's or a people's name ("Inner Mongolia", "Afghan"),
        by its label or by the cast's actor for it ("Forest Hill" read once as ORG)?"""
        if tok.ent_type_ in {"GPE", "NORP", "LOC"}:
            return True
        m = self._mention_at.get(tok.i)
        a = m.actor if m is not None else None
        if a is None or a.labels["PERSON"] * 2 > sum(a.labels.values()):
            return False
        return (sum(a.labels[lab] for lab in PLACE_LABELS) > a.labels["ORG"] or gazetteer.place(a.name) is not None
                or a.name.split()[-1].lower() in _GEO_WORDS)

    def _agentive(self, i: int) -> bool:
        """Is the mention at token ``i`` the doer of its clause ("Ottawa has denied")?"""
        tok = self.doc[i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")

    def _place_of(self, i: int) -> bool:
        """Is the mention at token ``i`` named as a place: "the city of Oskvar", or where
        someone lives ("Dana Kirby, 32, of Brannock")?"""
        doc = self.doc
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        if i < 2 or doc[i - 1].lower_ != "of":
            return False
        if doc[i - 2].lower_ in _PLACE_NOUNS:
            return True
        return i >= 5 and doc[i - 2].text == "," and doc[i - 3].like_num and doc[i - 4].text == "," and (
            doc[i - 5].ent_type_ == "PERSON")

    def _locative(self, i: int) -> bool:
        """Is the mention at token ``i`` used as a place ("in Forest Hill", "to the West Bank")?"""
        return after_locative(self.doc, i)

    def _resolve_capitals(self) -> None:
        """A capital that acts stands for its country's government: "Ottawa has denied
        the fishing deal", "Washington said" join Canada and the United States; "a hospital
        in Beijing" stays a place."""
        for a in list(self.actors):
            country = gazetteer.capital_of(a.name)
            if country is None or a.labels["PERSON"] > sum(a.labels.values()) / 2:
                continue
            acting = [i for i in a.mentions if self._agentive(i)]
            if not acting:
                continue
            target = self._by_key.get(fold_key(country))
            if target is None:
                target = Actor(name=country, first_at=a.first_at, kind="place")
                self.actors.append(target)
                self._by_key[fold_key(country)] = target
            for m in self.mentions:
                if m.actor is a and m.head in acting:
                    m.actor = target  # the words stay as written: a quote is "Ottawa"'s
            a.mentions = [i for i in a.mentions if i not in acting]
            target.mentions = sorted(target.mentions + acting)
            target.forms[a.name] += len(acting)
            target.labels["GPE"] += len(acting)
            target.first_at = min(target.first_at, a.first_at)
            if not a.mentions:
                self.actors.remove(a)
                for k, v in list(self._by_key.items()):
                    if v is a:
                        self._by_key[k] = target

    def _type_of(self, a: Actor) -> str:
        """Person, organisation or place, from the name's form and every mention's label."""
        words = a.name.split()
        lower = [w.lower().strip(",.") for w in words]
        if a.name.isupper() and self._dateline(a):
            return "place"  # "BAAR, SWITZERLAND" opening a paragraph: where the story was filed
        if a.labels["PERSON"] * 2 <= sum(a.labels.values()) and any(self._place_of(i) for i in a.mentions) and (
                not any(self._agentive(i) for i in a.mentions)):
            return "place"  # "the city of Oskvar", "Dana Kirby, 32, of Brannock"
        if a.role and _place_role(a.role) and a.labels["PERSON"] * 2 <= sum(a.labels.values()) and not any(
                w in ORG_NAME_WORDS for w in lower) and not any(self._agentive(i) for i in a.mentions):
            return "place"  # "Oskvar, a city of 80,000", "Lenna, the island where ...": its role says so
        if len(words) > 1 and lower[-1] in _BUILDINGS and not a.titled and not (
                gazetteer.first_name_gender(words[0]) or self._referred_as_person(a)):
            return "place"  # "Gillette Stadium" though tagged PERSON; not "Bruce Arena"

        if len(words) > 1 and a.labels["PERSON"] * 2 <= sum(a.labels.values()) and (
                lower[-1] in _GEO_WORDS or lower[-1] in _VENUE_WORDS - {"centre", "center", "hall"}
                or (len(words) == 2 and lower[0] in _COMPASS and lower[-1] not in {"africa", "america"})):
            return "place"  # "Forest Hill", "Heinz Field", "West Bank", "Inner Mongolia"
        if any(w in ORG_NAME_WORDS for w in lower) or a.name in ORG_ALIASES or (
                len(words) > 1 and lower[0] == "air"):
            return "organisation"  # "... Agency", "Acme Inc", "Air Astana"
        if len(words) > 1 and gazetteer.first_name_gender(words[0]) is None and (
                firm := self._by_key.get(fold_key(words[0]))) is not None and firm is not a and (
                firm.kind == "organisation" and firm in self.actors):
            return "organisation"  # "Ascom North America" beside "Ascom": the firm's, under a title too
        if self._celestial(a.name):
            return "place"
        if not a.titled and a.labels["PERSON"] * 2 > sum(a.labels.values()) and (
                self._described_as_organisation(a) or self._after_article(a)):
            return "organisation"  # "the website Full Fact", "according to the Sioux Falls Argus Leader"
        if self._street(a, lower):
            return "place"  # "in Corso Monforte 15", "of 1909 Jolinda Drive" though tagged PERSON
        if looks_like_person(a.name) and not a.labels["GPE"] + a.labels["LOC"] > sum(a.labels.values()) / 2:
            return "person"  # "Michael Webb" though tagged ORG
        if looks_like_person(a.name) and a.labels["PERSON"] and self._surname_read_as_place(a):
            return "person"  # "Gov. John Kasich", then "Kasich" tagged GPE three times
        if a.role and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not gazetteer.place(
                a.name) and (_role_head(a.role) in PERSON_ROLE_HEADS or _persons_role(a.role)):
            # "Arun Valdar, the Head of ...", "X, a semipro football player", "X, the
            # fraternity's house mother", though tagged ORG
            return "person"
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not gazetteer.place(
                a.name) and not a.name.isupper() and self._referred_as_person(a):
            return "person"  # "Odin Lloyd ... he was", though tagged ORG
        place = gazetteer.place(a.name)
        persons = a.labels["PERSON"]
        orgs = a.labels["ORG"]
        places = sum(a.labels[lab] for lab in PLACE_LABELS)
        first_name = len(words) > 1 and gazetteer.first_name_gender(words[0]) is not None
        if place is not None and self._plays(a):
            return "organisation"  # "Spain beat Russia 2-1": a national or city team
        if place is not None and place[0] in {"country", "continent", "region"} and not a.titled:
            return "place"
        if persons >= max(orgs, places) and persons:
            if a.titled or first_name:
                return "person"
            if len(words) == 1 and _CAMEL.match(a.name):
                return "organisation"  # "SpaceX", "YouTube"
            if place is not None and place[1] >= 100_000 and len(words) == 1:
                return "place"  # "Kyiv" read as a name
            if a.name.isupper() and len(a.name) <= 6:
                return "organisation"
            if len(words) == 1 and self._named_as_person(a):
                return "person"  # "Nelson scored again; he has ...": a surname
            if len(words) == 1 and not first_name and self._reads_as_organisation(a):
                return "organisation"  # "the Steelers", "on Twitter"
            if len(words) == 1 and not (a.role or gazetteer.first_name_gender(a.name)) and all(
                    len(f.split()) == 1 for f in a.forms):
                return "organisation"  # a person is introduced by full name: "Gannett" is none
            return "person"
        if len(words) == 1 and (orgs >= places or place is None) and self._named_as_person(a, orgs >= places):
            return "person"  # "Trump" read as ORG: "he", "President", "Clinton or" say who it is
        if place is not None and orgs >= places and self._only_a_place(a):
            return "place"  # "a newsroom in Oskvar", "south of Oskvar" though tagged ORG
        if orgs >= places:
            return "organisation"
        if place is None and gazetteer.capital_of(a.name) is None and any(
                self._agentive(i) for i in a.mentions) and not any(self._locative(i) for i in a.mentions):
            return "organisation"  # "Fortress will give up the contract": no place acts
        return "place"

    def _only_a_place(self, a: Actor) -> bool:
        """Is a name the gazetteer knows as a place, though tagged an organisation, used
        only as one: after a locative on one mention or more ("a newsroom in Oskvar",
        "south of Oskvar", "the city of Oskvar") and never as what an organisation is, the
        doer of a verb other than "be" ("Oskvar said", "Oskvar beat Lenz"), an owner
        ("Oskvar's board") or a side in a match? Then it is the place, not a body."""
        doc = self.doc
        located = False
        for m in self.mentions_of(a):
            tok = doc[m.head]
            if m.end < len(doc) and doc[m.end].text in {"'s", "\u2019s", "'", "\u2019"}:
                return False  # "Oskvar's board"
            if self._agentive(m.head) and not (tok.dep_ == "nsubj" and tok.head.lemma_ == "be"):
                return False  # "Oskvar said", not "Oskvar is 20 miles east of ..."
            if tok.dep_ == "dobj":
                return False  # "beat Oskvar", "leapfrog Oskvar": a side, not a place
            first = m.start
            if after_locative(doc, m.head, topics=False) or self._place_of(m.head) or (
                    first > 0 and doc[first - 1].lower_ == "of" and first > 1 and doc[first - 2].lower_ in _COMPASS_WORDS):
                located = True
        return located and not self._plays(a)

    def _dateline(self, a: Actor) -> bool:
        """Is a mention of a name a dateline's town: first on its line, then a comma and
        a known place that ends the dateline ("BAAR, SWITZERLAND" alone on its line,
        "DEKALB, Illinois — ...")? Not a sentence's subject with an apposition that
        starts with a place ("NATO, Europe's main military alliance, said ...")."""
        doc = self.doc
        for m in self.mentions_of(a):
            # first on its line (doc.text would build the whole text again for each mention)
            if (m.start > 0 and not doc[m.start - 1].text_with_ws.endswith("\n")) or (
                    m.end + 1 >= len(doc) or doc[m.end].text != ","):
                continue
            k = m.end + 2
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1  # "NEW YORK": the place's every word
            if k < len(doc) and not (doc[k].is_space or doc[k].text in _DATELINE_END):
                continue
            if gazetteer.place(doc[m.end + 1: k].text) is not None:
                return True
        return False

    def _street(self, a: Actor, lower: list[str]) -> bool:
        """Is a name of two words or more a street's: a street word last ("Jolinda Drive") or
        first ("Corso Monforte", "Rue Cler"), with a mention after a locative ("in Corso
        Monforte") or beside a house number ("1909 Jolinda Drive", "Corso Monforte 15"),
        and no title or person's role?"""
        if len(lower) < 2 or a.titled or (a.role and _role_head(a.role) in PERSON_ROLE_HEADS) or not (
                lower[-1] in _STREET_LAST or lower[0] in _STREET_FIRST):
            return False
        doc = self.doc
        for m in self.mentions_of(a):
            if self._locative(m.head) or (m.start > 0 and doc[m.start - 1].like_num) or (
                    m.end < len(doc) and doc[m.end].like_num):
                return True
        return False

    def _reads_as_thing(self, a: Actor) -> bool:
        """Is a name typed a person's a thing's (a product's, a work's), the one test of it?

        Never when the name opens with a known first name or an initial ("P.J. Fleck") or
        any mention reads as a person's: a title, a person's role, "he"/"she", a speech
        verb ("Rivera said"), the bare surname ("Buttigieg stepped"). Then a thing when
        the text treats it as one: on half its mentions or more a determiner before it
        ("the new Magic Keyboard", "a turquoise Switch Lite", "Apple's standalone Magic
        Keyboard") or a noun for a made thing ("the installation Starry Night"), or
        spaCy's product or work label on the whole name; or when nothing is a person's
        about a name of common words (:meth:`_common_word_name`: "Smart Keyboard
        Folio", "Tomb Raider")."""
        doc = self.doc
        words = a.name.split()
        if a.titled or (a.role and _role_head(a.role) in PERSON_ROLE_HEADS) or (
                gazetteer.first_name_gender(words[0]) is not None) or "." in words[0] or (
                self._referred_as_person(a)):
            return False
        votes = counted = 0
        for m in self.mentions_of(a):
            head = doc[m.head]
            if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in _HUMAN_VERBS:
                return False  # "Rivera said", "Lopez told": a person
            if doc[m.end - 1].dep_ == "compound" and doc[m.end - 1].head.i >= m.end:
                continue  # "a Joe Biden campaign", "the Trump administration": a modifier
            counted += 1
            first = m.start
            while first > 0 and doc[first - 1].text in words and not doc[first - 1].is_lower:
                first -= 1  # "The Mavic Mini" though the mention is "Mini"
            k = first - 1
            while k >= 0 and first - k <= 4 and (doc[k].pos_ in {"ADJ", "ADV", "NUM"} or doc[k].text in {
                    ",", "-"}) and (doc[k].is_lower or not doc[k].is_alpha):
                k -= 1  # "the smaller, more portable", "the 11-inch"
            before = doc[k] if k >= 0 else None
            if before is not None and (before.lower_ in _THING_DETERMINERS or (
                    before.is_lower and before.pos_ == "NOUN" and before.lemma_.lower() in _THING_NOUNS)):
                votes += 1
            elif before is not None and before.lower_ in {"'s", "\u2019s"} and k > 0 and (
                    doc[k - 1].ent_type_ in {"ORG", "PRODUCT"}) and k < first - 1:
                votes += 1  # "Apple's standalone Magic Keyboard", not "Apple's Tim Cook"
            elif len(words) > 1 and m.end - first == 1 and doc[first].text == words[-1]:
                return False  # the bare surname: "Buttigieg stepped into the race"
        if votes and votes * 2 >= counted:
            return True
        if len(words) > 1 and any(e.label_ in {"PRODUCT", "WORK_OF_ART"} and e.text == a.name for e in doc.ents):
            return True
        return self._common_word_name(a)

    @staticmethod
    def _common_word_name(a: Actor) -> bool:
        """Is a name of two words or more, with no role of any kind, common words only:
        the first a common word (:func:`gazetteer.common_word`), the last a common noun
        ("Smart Keyboard Folio", "Tomb Raider", "Event Horizon"), never called by its last
        word alone ("Banks won the title": a surname)? A product's or a work's name,
        typed a person's for its capitals. Not "Kanye West": no common word first (a
        town's name is no evidence either: Kanye is one). Any role at all rules it out
        here ("Sui-Lee Wee of the New York Times"), where the determiner test of
        :meth:`_reads_as_thing` needs a person's role: this test has no positive sign of
        a thing, only the absence of a person's."""
        words = a.name.split()
        if len(words) < 2 or len(words[0]) < 2 or a.role is not None:
            return False
        if not gazetteer.common_word(words[0]) or not gazetteer.common_word(words[-1], ("noun",)):
            return False  # "Kanye West", "Evel Knievel": a first name the gazetteer lacks
        return a.forms.get(words[-1], 0) == 0

    def _surname_read_as_place(self, a: Actor) -> bool:
        """Are a person-like name's place labels all on its bare surname, which is no place
        ("Kasich", "Normand" tagged GPE), while the whole name is a person's at least once?"""
        surname = a.name.split()[-1]
        if gazetteer.place(surname) is not None or surname.lower() in CELESTIAL:
            return False
        doc = self.doc
        for m in self.mentions_of(a):
            span = doc[m.start: m.end]
            if any(t.ent_type_ in PLACE_LABELS for t in span) and span.text.strip() != surname:
                return False
        return True

    def _described_as_organisation(self, a: Actor) -> bool:
        """Is a name headed by a noun for an organisation on one of its mentions: "the
        fact-checking website Full Fact", "the newspaper Argus Leader" (not "Amazon
        founder Jeff Bezos")?"""
        doc = self.doc
        for m in self.mentions_of(a):
            if m.start > 0:
                before = doc[m.start - 1]
                linked = doc[m.head].head.i == before.i or m.start <= before.head.i < m.end
                if linked and before.is_lower and before.pos_ == "NOUN" and (
                        before.lower_ in ORG_DESCRIPTIONS | _OUTLET_NOUNS):
                    return True
        return False

    def _after_article(self, a: Actor) -> bool:
        """Is a name of two words or more written after "the" on most of its mentions, and
        not as a modifier ("according to the Sioux Falls Argus Leader", not "the Joe Biden
        campaign")? A person's name takes no article."""
        doc = self.doc
        own = self.mentions_of(a)
        if len(a.name.split()) < 2 or not own:
            return False
        the = [m for m in own if m.start > 0 and doc[m.start - 1].lower_ == "the"
               and doc[m.end - 1].dep_ != "compound" and not any(t.ent_type_ == "PERSON" and t.lower_ in HONORIFICS
                                                                 for t in doc[m.start: m.end])]
        return len(the) * 2 > len(own)

    def _plays(self, a: Actor) -> bool:
        """Is a country or town named as a side in a match: most of its mentions in
        sentences with a score ("a 2-1 win over Russia") or a match verb ("France beat")?"""
        doc = self.doc
        scored = {sent.start for sent in doc.sents if _SCORE.search(sent.text)}
        if len(scored) < 2 or not a.mentions:
            return False
        if not any(t.lemma_.lower() in _SPORT_NOUNS for t in doc):
            return False  # "rejected 9-6 in the second round, a defeat for France": a vote
        playing = 0
        for i in a.mentions:
            tok = doc[i]
            verb = tok.head if tok.dep_ in {"nsubj", "dobj"} else tok.head.head if tok.dep_ == "pobj" else tok
            if verb.lemma_.lower() in _MATCH_VERBS or (tok.sent.start in scored and any(
                    t.lemma_.lower() in _MATCH_VERBS | _MATCH_NOUNS for t in tok.sent)):
                playing += 1
        return playing > 0 and playing * 2 >= len(a.mentions)

    def _referred_as_person(self, a: Actor) -> bool:
        """Is a mention the subject of its sentence, which then goes on to say "he", "his"
        or "she" before naming anyone or anything else ("Trump is back to where he
        was")? An organisation is "it"."""
        doc = self.doc
        own = set(a.mentions)
        for i in a.mentions:
            if doc[i].dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for t in doc[i + 1: doc[i].sent.end]:
                if t.lower_ in {"he", "she", "his"} and not a.name.isupper():
                    return True  # not "him" or "her": "the FBI summoned him" is someone else
                if t.lower_ in {"it", "its", "they", "their"} or (
                        t.ent_type_ in {"PERSON", "ORG", "NORP"} and t.i not in own and t.ent_iob_ == "B"):
                    break
        return False

    def _named_as_person(self, a: Actor, pronoun: bool = True) -> bool:
        """Does the text say a one-word name is a person's, whatever the tagger labelled it:
        "he" after it (:meth:`_referred_as_person`), a title before it ("President Trump"),
        an office of it ("the Obama administration"), a kinship noun for it ("his wife,
        Kimberly"), "he" beside it ("he and Kimberly") or "herself" after it as its subject
        ("Warren, who hurt herself")? A company is named with none of these. ``pronoun``
        False leaves out the first test, which a dateline's place can pass."""
        if a.name.isupper() or _CAMEL.match(a.name):
            return False
        if pronoun and self._referred_as_person(a):
            return True
        doc = self.doc
        own = set(a.mentions)
        first_name = gazetteer.first_name_gender(a.name) is not None
        for i in a.mentions:
            tok = doc[i]
            prev = doc[i - 1] if i > 0 else None
            if prev is not None and prev.text[:1].isupper() and prev.lower_ in HONORIFICS - {"del", "del."}:
                return True
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in _PERSON_OFFICES:
                return True
            if prev is not None and prev.is_lower and prev.lower_ in _KIN_OF_PERSONS and tok.dep_ != "compound":
                return True  # "my wife Kimberly", not "the parent company"
            if (tok.dep_ == "appos" and tok.head.lemma_.lower() in _KIN_OF_PERSONS) or any(
                    c.dep_ == "appos" and c.lemma_.lower() in _KIN_OF_PERSONS for c in tok.children):
                return True
            partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
            if first_name and any(p.lower_ in {"he", "she"} for p in partners):
                return True  # "he and Kimberly"; a firm is a partner too ("he and Brightline agreed")
            subject = tok.dep_ in {"nsubj", "nsubjpass"}
            for t in doc[i + 1: tok.sent.end]:
                if t.lower_ in {"himself", "herself"} and (subject or tok in t.ancestors):
                    return True
                if t.lower_ in {"it", "its", "itself", "they", "their", "he", "she", "him", "her"} or (
                        t.ent_type_ in {"PERSON", "ORG", "NORP"} and t.i not in own and t.ent_iob_ == "B"):
                    break
        return False

    def _reads_as_organisation(self, a: Actor) -> bool:
        """A one-word name used as a team, platform or outlet, not a surname: plural
        ("the Steelers") or after "on", "via", "across", "according to" ("on Twitter")."""
        doc = self.doc
        if a.titled or a.role:
            return False
        if a.name.endswith("s") and not a.name.endswith("ss") and any(
                i > 0 and doc[i - 1].lower_ == "the" for i in a.mentions):
            return True
        platform = 0
        for i in a.mentions:
            prev = doc[i - 1].lower_ if i > 0 else ""
            prev2 = doc[i - 2: i].text.lower() if i > 1 else ""
            tok = doc[i]
            if prev in {"on", "via", "across", "told"} or prev2 == "according to" or (
                    tok.dep_ == "compound" and tok.head.lemma_.lower() in _PLATFORM_NOUNS):
                platform += 1  # "on Twitter", "some Twitter users"
        return platform * 3 >= len(a.mentions) and platform > 0

    @staticmethod
    def _gender_from_names(a: Actor) -> str | None:
        for form in sorted(a.forms, key=lambda f: -len(f.split())):
            words = form.split()
            if len(words) > 1:
                g = gazetteer.first_name_gender(words[0])
                if g in {"m", "f"}:
                    return g
        return None

    # -- answering -----------------------------------------------------------------

    def resolve_words(self, words: list[str], before: int, near: int | None = None) -> Actor | None:
        """The person a name refers to: the one, named before, sharing its last word.

        A bare surname two people share ("Green" after "Bill Green" and "Kay Green") is the
        one named or referred to last before ``near`` (default ``before``), not the one
        introduced last: "Kay Green won. ... Bill Green sat in the stands. ... Kay Green
        wrote. Green said" is Kay Green.
        """
        while len(words) > 1 and words[-1].strip(".") in _SUFFIXES:
            words = words[:-1]  # "Dale Ferrand Jr." is Dale Ferrand
        if not words:
            return None
        full = " ".join(words)
        cands = [p for p in self._by_word.get(words[-1], []) if p.first_at <= before]
        if not cands and len(words) == 1:
            cands = [p for p in self._by_word.get(words[0], []) if p.first_at <= before]
        for p in cands:
            if actor_key(p.name) == full:
                return p
        if not cands:
            return None
        if len(words) > 1:
            # a surname of several words after the full name: "Van Der Beek" is "James
            # Van Der Beek", "Suu Kyi" is "Aung San Suu Kyi"
            longer = [p for p in cands if len(name_key(p.name)) > len(words)
                      and name_key(p.name)[-len(words):] == words]
            if longer:
                return longer[-1]
            # "Hillary Clinton" and "Bill Clinton" differ in their first names
            same_first = [p for p in cands if _same_first_name(name_key(p.name)[0], words[0])]
            if same_first:
                return same_first[-1]
            if all(len(name_key(p.name)) > 1 for p in cands):
                return None
        if len(cands) > 1:
            return self._named_last(cands, before if near is None else near) or cands[-1]
        return cands[-1]

    def _named_last(self, cands: list[Actor], at: int) -> Actor | None:
        """Of several people, the one whose last mention before char ``at`` comes last."""
        starts = self.__dict__.get("_token_starts")
        if starts is None:  # read once: a Token per mention per name would be quadratic
            starts = self.__dict__["_token_starts"] = [t.idx for t in self.doc]
        below = bisect.bisect_left(starts, at)  # the tokens that start before ``at``
        best: tuple[int, Actor] | None = None
        for p in cands:
            last = max((i for i in p.mentions if i < below), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, p)
        return best[1] if best is not None else None

    def person_named(self, text: str, before: int) -> Actor | None:
        """The person a written name refers to ("Singh", "Mr Singh", "Swaran Singh")."""
        return self.resolve_words(name_key(text), before)

    def mention_at(self, i: int) -> Mention | None:
        """The entity mention covering token ``i``, if any."""
        return self._mention_at.get(i)

    def actor_at(self, i: int) -> Actor | None:
        """The actor a named mention covering token ``i`` refers to, if any."""
        m = self._mention_at.get(i)
        return m.actor if m else None

    def actor_named(self, name: str) -> Actor | None:
        """The actor with this name or alias (any spelling of hyphens and case)."""
        key = fold_key(PLACE_ALIASES.get(name.lower(), name))
        for a in self.actors:
            if key == fold_key(a.name) or key in {fold_key(f) for f in a.forms}:
                return a
        p = self.person_named(name, self.n_chars)
        return p

    def person_by_role(self, noun: str, before: int) -> Actor | None:
        """The last person, named before ``before``, whose role has the noun (a title
        written short counts in full: "Vermont Sen." has "senator")."""
        noun = noun.lower()
        best = None
        for p in self.people:
            if p.first_at < before and p.role and noun in role_words(p.role):
                best = p
        return best

    def person_introduced_as(self, noun: str, before_token: int) -> Actor | None:
        """The last person, named before ``before_token`` outside quote marks, whom the
        article introduced with the noun where the cast kept no role with it: a
        description in apposition ("The firm's CEO, Tom Reed," / "Tom Reed, its CEO") or
        a title before the name ("President Reed", "Sen. Ana Ruiz")."""
        noun = noun.lower()
        doc = self.doc
        best = None
        for m in self.mentions:
            if m.head >= before_token:
                break
            if m.actor is None or m.actor.kind != "person" or self.in_quote(doc[m.head].idx):
                continue
            head = doc[m.head]
            said = [head.head] if head.dep_ == "appos" and head.head.i != head.i else []
            said += [c for c in head.children if c.dep_ == "appos"]
            # the words before the name that hang on it: "pop star", "Sen.", "President"
            k = m.head - 1
            while k >= 0 and k >= m.head - 4 and doc[k].head.i == m.head and doc[k].dep_ in {
                    "compound", "amod", "nmod", "punct", "flat"}:
                said.append(doc[k])
                k -= 1
            if any(noun in role_words(t.text) or t.lemma_.lower() == noun for t in said
                   if t.pos_ in {"NOUN", "PROPN"}):
                best = m.actor
        return best

    def role_contradicts(self, p: Actor, noun: str) -> bool:
        """Whether ``p``'s role names another post than the noun: a "Police Chief" is not
        who "the mayor" or "the singer" means. A tie to a group ("founding member of the
        band") says nothing against it."""
        words = role_words(p.role or "")
        if not words or noun in words or noun + "s" in words:
            return False
        return bool(words & _POSTS)

    def organisation_by_description(self, noun: str, before_token: int,
                                    window_sents: int = 3) -> Actor | None:
        """The organisation a description ("the company", "the agency") refers to.

        An organisation whose role or name has the noun wins; else, for a generic noun,
        the organisation last mentioned as a subject within a few sentences.
        """
        noun = noun.lower()
        doc = self.doc
        best_named = None
        for a in self.actors:
            if a.kind != "organisation" or not a.mentions or a.mentions[0] >= before_token:
                continue
            if self.looks_like_person(a):
                continue
            text = f"{a.name} {a.role or ''}".lower()
            if noun in text.split():
                best_named = a
        if best_named is not None or noun not in ORG_DESCRIPTIONS:
            return best_named
        lo = doc[before_token].sent.start
        for _ in range(window_sents):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        subj = other = None
        found: list[tuple[int, Actor, bool]] = []
        forms = {fold_key(f): a for a in self.actors if a.kind == "organisation" for f in a.forms}
        for m in self.mentions:
            if m.head >= before_token:
                break
            if m.head < lo or m.actor is None or self.in_quote(doc[m.head].idx):
                continue
            # a known organisation the tagger called a person this time
            actor = m.actor if m.actor.kind == "organisation" else forms.get(fold_key(m.actor.name))
            if actor is not None and not self.looks_like_person(actor):
                found.append((m.head, actor, doc[m.head].dep_ in {"nsubj", "nsubjpass"}))
        # a known organisation the tagger missed this time: "Big Machine have denied it"
        for tok in doc[lo:before_token]:
            if (tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "PROPN"
                    and tok.i not in self._mention_at and not self.in_quote(tok.idx)):
                actor = forms.get(fold_key(doc[tok.left_edge.i:tok.i + 1].text))
                if actor is not None:
                    found.append((tok.i, actor, True))
        for _, actor, is_subj in sorted(found, key=lambda x: x[0]):
            other = actor
            if is_subj:
                subj = actor
        return subj or other

    #: Character spans inside quote marks, set by the quote finder: a name inside a quote
    #: is talked about, it does not take part in resolving "he said" outside it.
    quoted: tuple[tuple[int, int], ...] = ()

    def marked(self) -> list[marks.Marked]:
        """The doc's quoted stretches (:func:`briefgen.extract.marks.find_marked`), found
        once: the roles read them before any quote is, and the quotes extractor reuses them."""
        if self._marked is None:
            self._marked = marks.find_marked(self.doc.text,
                                             self.doc.user_data.get("recovered_breaks", ()))
        return self._marked

    def in_marks(self, char: int) -> bool:
        """Whether a character offset of the doc is inside double quote marks
        (:meth:`marked`; known before any quote is read)."""
        if self._in_marks is None:
            self._in_marks = marks.within([(m.start, m.end) for m in self.marked() if not m.single])
        return self._in_marks(char)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Tell the cast which character spans are inside quote marks (sorted)."""
        self.quoted = tuple(spans)
        self._quoted_starts = [s for s, _ in self.quoted]

    def in_quote(self, char: int) -> bool:
        """Whether a character offset is inside quote marks."""
        if not self.quoted:
            return False
        k = bisect.bisect_right(self._quoted_starts, char) - 1
        return k >= 0 and char < self.quoted[k][1]

    def mentions_between(self, lo: int, hi: int) -> Iterator[Mention]:
        """The mentions whose head token is in ``doc[lo:hi]`` and outside quote marks, in
        text order."""
        first = bisect.bisect_left(self.mentions, lo, key=lambda m: m.head)
        for m in self.mentions[first:]:
            if m.head >= hi:
                break
            if not self.in_quote(self.doc[m.head].idx):
                yield m

    def _sentence_starts(self, before_token: int, window_sents: int) -> list[int]:
        doc = self.doc
        s = doc[before_token].sent
        starts = [s.start]
        for _ in range(window_sents):
            if s.start == 0:
                break
            s = doc[s.start - 1].sent
            starts.append(s.start)
        return starts

    def last_person(self, before_token: int, window_sents: int = 3, chain: bool = True,
                    avoid: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The person a pronoun at ``before_token`` refers to, ranked on a few signals.

        Candidates are the people named (or already resolved from a pronoun) in the
        sentence and the few before it, outside quote marks. Each scores on recency (the
        sentences between), being a grammatical subject, agreeing with the pronoun's
        gender (a known other gender counts against, it does not rule out: first-name
        genders are guesses) and salience (how often the article names them).

        A "he" or "she" that is a subject in those sentences is resolved first, in text
        order, and counts as a mention of its person ("Andrew claims ... he was
        photographed with Epstein ... He instead told the BBC": the chain of subjects,
        not the last name written, says who "He" is). ``chain=False`` resolves with the
        names and the pronouns already resolved only. ``avoid`` rules people out (the
        person a quote names cannot be the "he" who says it).
        """
        pron = self.doc[before_token].lower_
        wanted = _PRONOUN_GENDER.get(pron)
        doc = self.doc
        starts = self._sentence_starts(before_token, window_sents)
        lo = starts[-1]
        if chain:
            resolved = self.__dict__.setdefault("_resolved", {})
            for t in doc[lo:before_token]:
                if (t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}
                        and t.i not in resolved and not self.in_quote(t.idx)):
                    self.last_person(t.i, chain=False)
        best: tuple[float, int] | None = None
        best_actor: Actor | None = None
        mentions = self._person_mentions(lo, before_token)
        # a "she" the chain already gave someone says that person is a woman, whatever
        # the first name hints ("Anna Berg hired Tom Vale. She said he was ...": "he" is
        # not Anna Berg)
        said: dict[int, str] = {}
        for head, p in mentions:
            g = _PRONOUN_GENDER.get(doc[head].lower_) if doc[head].pos_ == "PRON" else None
            if g:
                said[id(p)] = g if said.get(id(p), g) == g else "?"
        for head, p in mentions:
            tok = doc[head]
            dist = sum(1 for s in starts if s > head)
            score = -1.0 * dist
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "appos" and tok.head.dep_ == "nsubj"):
                score += 1.5
            if wanted and said.get(id(p), wanted) not in {wanted, "?"}:
                continue  # the text itself said "she" of them just before
            if avoid is not None and avoid(p):
                continue
            gender = self.gender_of(p)
            guess = p.gender_guess if gender is None else None
            if wanted and gender == wanted:
                score += 1.0
            elif wanted and gender is not None:
                score -= 2.0  # a title ("Ms") or the article's own pronouns say otherwise
            elif wanted and guess == wanted:
                score += 0.5
            elif wanted and guess is not None:
                score -= 0.75  # a first name only hints
            score += 0.5 * min(len(p.mentions), 6) / 6
            key = (score, head)
            if best is None or key > best:
                best, best_actor = key, p
        if best_actor is not None or window_sents > 20:
            if doc[before_token].pos_ == "PRON" and best_actor is not None:
                # the pronoun now names them too, for the next pronoun to find
                self.__dict__.setdefault("_resolved", {})[before_token] = best_actor
            return best_actor
        return self.last_person(before_token, window_sents * 4, chain=False, avoid=avoid)

    @staticmethod
    def looks_like_person(a: Actor) -> bool:
        """A name that opens on a known first name ("Diego Schwartzman"), whatever its type."""
        words = a.name.split()
        return len(words) > 1 and gazetteer.first_name_gender(words[0]) is not None

    def person_by_surname(self, word: str) -> Actor | None:
        """The one person-like actor whose name ends in ``word`` ("the 14th-ranked Schwartzman"),
        even one the type vote filed as an organisation."""
        key = word.lower().strip(".,")
        fits = [a for a in self.actors if a.kind != "place" and name_key(a.name)[-1:] == [key]
                and len(name_key(a.name)) > 1 and (a.kind == "person" or self.looks_like_person(a))]
        return fits[0] if len(fits) == 1 else None

    def fullest(self, actor: Actor) -> Actor:
        """The actor under the fullest name the article gives: a one-word person ("Abernathy")
        whose only longer namesake the tagger filed apart ("Penelope Muse Abernathy")."""
        words = name_key(actor.name)
        if len(words) != 1:
            return actor
        if actor.kind == "organisation":  # "GateHouse" and "GateHouse Media"
            fits = [a for a in self.actors if a is not actor and a.kind == "organisation"
                    and len(name_key(a.name)) > 1 and name_key(a.name)[0] == words[0]]
        else:
            fits = [a for a in self.actors if a is not actor and a.kind != "place"
                    and len(name_key(a.name)) > 1 and name_key(a.name)[-1] == words[0]
                    and not (actor.gender and gazetteer.first_name_gender(a.name.split()[0])
                             in {"m", "f"} - {actor.gender})]
        return fits[0] if len(fits) == 1 else actor

    def gender_of(self, p: Actor) -> str | None:
        """A person's gender as the article's own pronouns show it, else from title or name.

        A person who is the subject of a sentence, followed in it by "she"/"her" or
        "he"/"his" with no other person named in between ("Omar asked ..., saying she
        ..."), votes; the votes beat a first-name guess ("Taylor", "Ilhan").
        """
        votes = self.__dict__.get("_gender_votes")
        if votes is None:
            votes = self.__dict__["_gender_votes"] = self._count_gender_votes()
        v = votes.get(id(p))
        if v:
            f, m = v.count("f"), v.count("m")
            if f != m:
                return "f" if f > m else "m"
        return p.gender

    def _count_gender_votes(self) -> dict[int, list[str]]:
        doc = self.doc
        votes: dict[int, list[str]] = {}
        people = {m.head: m.actor for m in self.mentions
                  if m.actor is not None and m.actor.kind == "person"}
        for sent in doc.sents:
            subj = None
            for t in sent:
                if t.i in people and t.dep_ in {"nsubj", "nsubjpass"} and not self.in_quote(t.idx):
                    subj = t
                    break
            if subj is None:
                continue
            actor = people[subj.i]
            for t in doc[subj.i + 1:sent.end]:
                if self.in_quote(t.idx):
                    continue
                if t.i in people and people[t.i] is not actor:
                    break
                low = t.lower_
                if low in {"she", "her", "he", "his", "him"}:
                    if t.dep_ in {"dobj", "dative"} and t.head.i == subj.head.i:
                        continue  # "McCaskill scolded him": the object is someone else
                    if t.i <= subj.right_edge.i and any(
                            a.dep_ == "appos" for a in (t, *t.ancestors) if a.i != subj.i):
                        break  # "Meacham, one of his editors": says nothing of Meacham
                    votes.setdefault(id(actor), []).append("f" if low in {"she", "her"} else "m")
                    break
        return votes

    def _person_mentions(self, lo: int, hi: int) -> list[tuple[int, Actor]]:
        """(token, person) for each person named or resolved in doc[lo:hi], outside quotes."""
        doc = self.doc
        out: list[tuple[int, Actor]] = []
        for m in self.mentions_between(lo, hi):
            if m.kind != "person" and len(m.name.split()) > 2:
                continue
            # an ORG-tagged surname of a known person still names that person
            p = m.actor if m.actor is not None and m.actor.kind == "person" else (
                self.person_named(m.name, self.n_chars))
            # a person the type vote filed as an organisation still is one here
            if p is not None and (p.kind == "person" or m.kind == "person") and p.kind != "place":
                out.append((m.head, p))  # a town the tagger once read as a name is no "she"
        for tok in doc[lo:hi]:
            # a surname the tagger read as a common noun: "Simmons teased the tour"
            if (tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.text[:1].isupper()
                    and not tok.ent_type_ and tok.i not in self._mention_at
                    and not self.in_quote(tok.idx)):
                p = self.resolve_words([tok.lower_], tok.idx)
                if p is not None and p.kind == "person":
                    out.append((tok.i, p))
        resolved = getattr(self, "_resolved", {})
        out.extend((i, p) for i, p in resolved.items() if lo <= i < hi and p.kind == "person")
        return sorted(out, key=lambda x: x[0])

    def referent(self, tok: Token) -> Actor | None:
        """Who or what a token refers to: a name, a pronoun, or "the professor"/"the company"."""
        actor = self.actor_at(tok.i)
        if actor is not None:
            return actor
        low = tok.lower_
        if low in {"he", "she", "him", "her", "his", "hers"}:
            return self.last_person(tok.i)
        if low in {"it", "its"}:
            return self.organisation_by_description("organisation", tok.i)
        if tok.pos_ == "NOUN":
            dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
            if dets and dets[0] in {"the", "this", "that"}:
                noun = tok.lemma_.lower()
                if noun in ORG_DESCRIPTIONS or noun in ORG_NOUNS:
                    return self.organisation_by_description(noun, tok.i)
                return self.person_by_role(noun, tok.idx)
        return None


def build_cast(doc: Doc, text: str | None = None) -> Cast:
    """The cast of one parsed article (see the module docstring)."""
    return Cast(doc, text)


def add_caption_roles(cast: Cast, captions: Sequence[Doc]) -> None:
    """Roles from the photo captions, for people the body names and gives no role.

    A caption often says who someone is where the body only names them ("Chilean
    President Marta Solis welcomes ..."). Each person a caption names (with a title
    before the name, an appositive, a noun the name hangs on: the body's role finders)
    gives the body's actor of that name its role when the body states none; a body role
    always wins, the first caption's over a later one's. Nobody named only in a caption
    joins the cast: captions describe pictures, not the story.
    """
    for cdoc in captions:
        for ent in cdoc.ents:
            if ent.label_ != "PERSON" or is_credit(cdoc, ent):
                continue
            cleaned = clean_entity(ent, cdoc.text)
            if cleaned is None:
                continue
            name, first, last = cleaned
            span, name, lead = _lead_role(cdoc[first: last + 1], name)
            actor = cast.actor_named(name)
            if actor is None or actor.kind != "person" or actor.role:
                continue
            if len(name_key(name)) < 2 and len(name_key(actor.name)) > 1:
                continue  # a bare surname in a caption may be another of the family
            names = {f.lower() for f in actor.forms} | {actor.name.lower(), name.lower()}
            for role in (person_role(span), lead, _noun_before(cdoc, span.start)):
                if role and role.split()[-1].lower().strip(".,") not in KIN_NOUNS and not any(
                        role.lower() in n for n in names):
                    actor.role = _in_full(role)
                    actor.thing = actor.thing and cast._reads_as_thing(actor)  # a role: a person's sign
                    break


def add_standfirst_names(cast: Cast, standfirst: Doc | None) -> None:
    """Full names from the standfirst, for people the body calls by surname only.

    A page's lead paragraph is often set as its standfirst ("Nevada Gov. Ellen Marsh (D)
    is defending ..."), so the body then only says "Marsh tweeted": the standfirst is
    where the article gives the full name. The standfirst gets its own cast; a one-word
    actor of the body whose word is the surname of exactly one person of that cast
    (a first name and more; titles are roles there, not names) becomes that person,
    under the full name, in every mention: quotes, actors and facts read it through
    the cast. Another first name before the surname, in the lead or the body ("Tom
    Marsh", tagged or not), leaves the surname as it is; nobody named only in the
    standfirst joins.
    """
    if standfirst is None:
        return
    fulls: dict[str, set[str]] = {}
    for p in Cast(standfirst).actors:  # its own cast: the tagger often misses a lead's names
        key = name_key(p.name)
        if (p.kind == "person" or Cast.looks_like_person(p)) and len(key) > 1:
            fulls.setdefault(key[-1], set()).add(p.name)
    # the words right before each surname, in the lead and the body, tagged or not:
    # another first name there ("Tunde Oyelaran") makes the surname ambiguous
    firsts: dict[str, set[str]] = {k: set() for k in fulls}
    for d in (standfirst, cast.doc):
        for t in d[1:]:
            if t.lower_ in firsts:
                prev = d[t.i - 1]
                if (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ != "DATE"
                        and prev.lower_.rstrip(".") not in TITLE_WORDS):
                    firsts[t.lower_].add(prev.lower_)
    for surname, names in fulls.items():
        if len(names) != 1:
            continue
        full = names.pop()
        if firsts[surname] - {w.lower() for w in full.split()}:
            continue
        lone = [a for a in cast.actors if a.kind != "place" and name_key(a.name) == [surname]]
        longer = [a for a in cast.actors if a.kind == "person" and len(name_key(a.name)) > 1
                  and name_key(a.name)[-1] == surname]
        if len(lone) != 1 or longer:
            continue
        a = lone[0]
        if a.kind != "person":
            cast._by_key.pop(fold_key(a.name), None)
        a.forms[full] += 0  # the standfirst's form, for the first name's gender
        a.name, a.kind = full, "person"
        a.gender_guess = a.gender_guess or Cast._gender_from_names(a)
        for w in name_key(full):
            lst = cast._by_word.setdefault(w, [])
            if a not in lst:
                lst.append(a)
        for m in cast.mentions:
            if m.actor is a:
                m.name, m.kind = full, "person"


# --- definite descriptions that point back at a named actor ("the 23-year-old", "the agency")

#: Nouns by which an article calls a person it has named: "The striker flew to London".
PERSON_EPITHETS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "teen", "youngster", "player", "striker",
    "defender", "midfielder", "goalkeeper", "forward", "winger", "star", "singer", "rapper",
    "musician", "actor", "actress", "comedian", "businessman", "businesswoman", "billionaire",
    "tycoon", "athlete", "veteran", "celebrity", "entrepreneur", "rookie", "golfer",
    "boxer", "cyclist", "swimmer", "sprinter", "batsman", "bowler", "pitcher", "quarterback",
    "astronaut", "socialite", "influencer",
})
#: Nouns for a post ("the minister", "the spokesman", "the coach") or for what someone is
#: to another person or to an event ("the mother", "the victim"): as often a new, unnamed
#: person as one named before, so only a role the article gave someone resolves them.
RELATIONAL_EPITHETS = frozenset(KIN_NOUNS | {
    "victim", "suspect", "patient", "defendant", "accused", "gunman", "attacker", "survivor",
    "owner", "minister", "official", "spokesman", "spokeswoman", "spokesperson", "president",
    "chief", "executive", "founder", "politician", "lawmaker", "senator", "congressman",
    "congresswoman", "governor", "mayor", "candidate", "chairman", "chairwoman", "ceo", "premier",
    "chancellor", "monarch", "prince", "princess", "king", "queen", "duke", "duchess", "coach",
    "manager", "captain", "presenter", "host", "director", "leader", "boss", "writer", "author",
    "artist", "journalist", "reporter", "scientist", "researcher", "professor", "doctor",
    "surgeon", "pilot", "driver", "rider", "champion",
})
#: Nouns by which an article calls an organisation it has named: "The agency said ...".
ORG_EPITHETS = frozenset({
    "group", "agency", "company", "firm", "club", "party", "charity", "campaign", "organisation",
    "organization", "team", "band", "carrier", "airline", "retailer", "startup", "start-up",
    "giant", "network", "broadcaster", "outlet", "publication", "newspaper", "studio",
    "developer", "publisher", "manufacturer", "maker", "brand", "chain", "lender", "insurer",
    "bank", "nonprofit", "label", "site", "website",
})
#: Bodies of a state or an institution: "the government" after "China" may be China's or
#: another's, so only a name or role with the noun ("Ministry of Defence") resolves them.
NAMED_BODY_EPITHETS = frozenset({
    "government", "ministry", "department", "union", "administration", "council", "committee",
    "commission", "court", "regulator", "watchdog", "authority", "university", "institute",
    "foundation", "association", "federation", "league", "police", "army", "military", "board",
    "hospital", "school", "office", "service",
})
#: Documents: "the report", "the study". The cast holds no documents, so none resolves.
DOCUMENT_EPITHETS = frozenset({"report", "study", "survey", "poll", "analysis", "paper", "review"})
_MALE_EPITHETS = frozenset({"man", "boy", "actor", "spokesman", "businessman", "congressman",
                            "chairman", "prince", "king", "duke", "father", "husband", "son",
                            "brother", "uncle", "grandfather", "nephew", "boyfriend", "widower",
                            "gunman", "batsman"})
_FEMALE_EPITHETS = frozenset({"woman", "girl", "actress", "spokeswoman", "businesswoman",
                              "congresswoman", "chairwoman", "princess", "queen", "duchess",
                              "mother", "wife", "daughter", "sister", "aunt", "grandmother",
                              "niece", "girlfriend", "widow"})
#: Left modifiers a description may have ("the 23-year-old", "the veteran French striker"):
#: anything else (a possessive, a name) makes it something other than a bare description.
_EPITHET_MODS = {"det", "amod", "compound", "nummod", "npadvmod", "punct", "advmod", "quantmod"}
#: Right children after which the description is still bare: an appositive age (", 23,"),
#: a clause set off by a comma, punctuation.
_EPITHET_RIGHTS = {"punct", "appos", "relcl", "acl", "amod", "nummod"}


@dataclass
class Epithet:
    """A definite description standing for an actor: its token span, noun and kind."""

    start: int  # token span: "The" ... head
    end: int
    noun: str  # "year-old" for an age
    kind: str  # person | relation | organisation | body | document


def _age_head(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` the "old" of "N-year-old"?"""
    return (doc[i].lower_ == "old" and i >= 3 and doc[i - 1].text == "-"
            and doc[i - 2].lower_ in {"year", "years"} and doc[i - 3].text == "-")


def epithet_kind(noun: str) -> str | None:
    """What a description's head noun calls: a person, a relation (kin, victim), an
    organisation, a state body, a document; None for any other noun."""
    if noun == "year-old" or noun in PERSON_EPITHETS:
        return "person"
    if noun in RELATIONAL_EPITHETS:
        return "relation"
    if noun in ORG_EPITHETS:
        return "organisation"
    if noun in NAMED_BODY_EPITHETS:
        return "body"
    if noun in DOCUMENT_EPITHETS:
        return "document"
    return None


def epithet_at(head: Token) -> Epithet | None:
    """The bare definite description headed by ``head``, if it is one: "the" + modifiers +
    a noun of :func:`epithet_kind` ("The 23-year-old", "the veteran striker", "The agency"),
    singular, with no name, owner or number in it ("The US government", "the club's
    owner" and "the two men" name or count what they mean) and no restrictive clause or
    "of" after it ("the man who ...", "the head of ...")."""
    doc = head.doc
    age = _age_head(doc, head.i)
    noun = "year-old" if age else head.lower_
    kind = epithet_kind(noun)
    if kind is None or (not age and (head.pos_ != "NOUN" or head.tag_ != "NN")):
        return None
    lo = head.left_edge.i
    det = doc[lo]
    if det.lower_ != "the" or det.head.i != head.i:
        return None
    inner = doc[lo + 1: head.i]
    for t in inner:
        if t.head.i == head.i and t.dep_ not in _EPITHET_MODS:
            return None
        if t.pos_ in {"PROPN", "PRON", "DET"} or t.tag_ == "POS" or (
                t.ent_type_ and t.ent_type_ not in {"DATE", "CARDINAL", "ORDINAL"}):
            return None
        if t.like_num and not (t.i + 4 < len(doc) and _age_head(doc, t.i + 4)):
            return None  # "the two men", "the 40 officials": a number of them
    if any(t.is_quote for t in doc[lo: head.i + 1]):
        return None  # 'the "court"': the writer's quote marks, not a plain description
    for c in head.rights:
        if c.dep_ not in _EPITHET_RIGHTS:
            return None  # "the head of X", "the man in the car"
        if c.dep_ in {"relcl", "acl"} and doc[c.left_edge.i - 1].text != ",":
            return None  # "the man who ...": the clause says which man
        if c.dep_ == "appos" and any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_LABELS
                                     for t in c.subtree):
            return None  # "The striker, Harry Kane, ...": named on the line
    return Epithet(start=lo, end=head.i + 1, noun=noun, kind=kind)


def opening_age(doc: Doc, first: int) -> Epithet | None:
    """"The 23-year-old flew ...", when the parser lost the subject: the line opens on
    "The N-year-old", the sentence's root has no subject, and the word after the age is
    the root or a verb (not a noun the age describes)."""
    k = first + 6  # "The", "23", "-", "year", "-", "old"
    if k >= len(doc) or doc[first].lower_ != "the":
        return None
    if not (doc[first + 1].like_num or doc[first + 1].is_alpha) or not _age_head(doc, k - 1):
        return None
    root = doc[first].sent.root
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        return None
    nxt = doc[k]
    if nxt.i != root.i and nxt.pos_ not in {"VERB", "AUX"}:
        return None
    return Epithet(start=first, end=k, noun="year-old", kind="person")


def _window_start(doc: Doc, i: int, sents: int) -> int:
    lo = doc[i].sent.start
    for _ in range(sents):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    return lo


def _same_noun(t: Token, noun: str) -> bool:
    if noun == "year-old":
        return _age_head(t.doc, t.i)
    return t.lower_ == noun


def _named_by(cast: Cast, t: Token) -> Actor | None:
    """The actor an earlier use of the noun is tied to: "Harry Kane, 23-year-old striker",
    "the agency NASA", "Kane is a 23-year-old"."""
    head = t
    while head.dep_ in {"amod", "compound", "npadvmod", "nummod"} and head.head.i != head.i:
        head = head.head  # "23-year-old" inside "a 23-year-old striker"
    for cand in (head.head if head.dep_ in {"appos", "compound"} else None,
                 *(c for c in head.children if c.dep_ in {"appos", "compound"})):
        if cand is not None and cand.i != head.i:
            actor = cast.actor_at(cand.i)
            if actor is not None:
                return actor
    if head.dep_ == "attr":
        subj = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return cast.actor_at(subj.i)
    return None


def _explicit_antecedent(cast: Cast, ep: Epithet, lo: int, depth: int) -> tuple[bool, Actor | None]:
    """An earlier use of the same noun in the window: (found, the actor it names).

    "a 55-year-old man from X ... The 55-year-old" refers to that man, named or not; an
    earlier "the band" refers to what this one does."""
    doc = cast.doc
    for t in reversed(doc[lo: ep.start]):
        if not _same_noun(t, ep.noun) or cast.in_quote(t.idx):
            continue
        named = _named_by(cast, t)
        if named is None and depth < 3:
            head = t
            while head.dep_ in {"amod", "compound", "npadvmod"} and head.head.i != head.i:
                head = head.head
            earlier = epithet_at(head) or opening_age(doc, t.i - 5 if t.i >= 5 else 0)
            if earlier is not None and earlier.start < ep.start:
                return True, epithet_referent(cast, earlier, depth=depth + 1)
        return True, named
    return False, None


def _role_has(a: Actor, noun: str) -> bool:
    words = (a.role or "").lower().replace("-", " ").split()
    return noun in words or noun + "s" in words or (noun.endswith("y") and noun[:-1] + "ies" in words)


def _rolled(cast: Cast, noun: str, before: int, kind: str) -> list[Actor]:
    """Actors named before ``before`` (a character) whose role or name has the noun."""
    out = []
    for a in cast.actors:
        if a.first_at >= before or a.kind == "place" or (a.kind == "person") != (kind == "person"):
            continue
        if _role_has(a, noun) or (kind != "person" and noun in a.name.lower().split()):
            out.append(a)
    return out


def _country(a: Actor) -> bool:
    top = a.labels.most_common(1)
    return bool(top) and top[0][0] in {"GPE", "LOC", "NORP"}


def _org_forms(cast: Cast) -> dict[str, Actor]:
    """Every written form of every organisation, folded (read once per cast)."""
    forms = cast.__dict__.get("_org_forms")
    if forms is None:
        forms = cast.__dict__["_org_forms"] = {
            fold_key(f): a for a in cast.actors if a.kind == "organisation" for f in [a.name, *a.forms]}
    return forms


def _window_orgs(cast: Cast, lo: int, hi: int) -> list[Actor]:
    """The organisations named in ``doc[lo:hi]`` outside quote marks, the last named last;
    a known one the tagger missed there counts ("... is investigating WeWork")."""
    doc = cast.doc
    found: list[tuple[int, Actor]] = []
    for m in cast.mentions_between(lo, hi):
        a = m.actor
        if a is None or a.kind != "organisation":
            continue
        root = doc[m.start: m.end].root if m.end > m.start else doc[m.head]
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= m.end:
            continue  # "a Weibo post": the name qualifies a noun, it is not spoken of
        found.append((m.head, a))
    forms = _org_forms(cast)
    for t in doc[lo:hi]:
        if (t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() and t.i not in cast._mention_at
                and not cast.in_quote(t.idx)):
            a = forms.get(fold_key(t.text))
            if a is not None:
                found.append((t.i, a))
    out: list[Actor] = []
    for _, a in sorted(found, key=lambda x: x[0]):
        if Cast.looks_like_person(a) or _country(a):
            continue
        if a in out:
            out.remove(a)
        out.append(a)
    return out


def _unknown_subject(cast: Cast, lo: int, hi: int) -> bool:
    """A name as a subject in ``doc[lo:hi]`` that the cast does not know ("Apple is holding
    an event", untagged): someone the description may mean that no candidate list has."""
    doc = cast.doc
    for t in doc[lo:hi]:
        if (t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.i not in cast._mention_at
                and t.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "NORP"} and not cast.in_quote(t.idx)
                and fold_key(t.text) not in _org_forms(cast)
                and cast.resolve_words([t.lower_], t.idx) is None):
            return True
    return False


def _gender_fits(cast: Cast, p: Actor, wanted: str | None) -> bool:
    if wanted is None:
        return True
    # a first name that says otherwise counts too: a wrong guess only costs a bracket
    return all(g not in {"m", "f"} or g == wanted for g in (cast.gender_of(p), p.gender_guess))


def _wanted_gender(cast: Cast, ep: Epithet) -> str | None:
    """The gender the noun ("the woman") or the sentence's own pronouns after it ("The
    33-year-old still has matches ahead of her") give the person meant; "?" when they
    disagree."""
    doc = cast.doc
    said = {"m" if ep.noun in _MALE_EPITHETS else "f" if ep.noun in _FEMALE_EPITHETS else ""}
    for t in doc[ep.end: doc[ep.start].sent.end]:
        if t.ent_type_ == "PERSON" or t.lower_ in _MALE_EPITHETS | _FEMALE_EPITHETS:
            break  # "The actor shared a clip of his wife getting her first scan": "her" is hers
        g = _PRONOUN_GENDER.get(t.lower_)
        if g and t.pos_ == "PRON" and not cast.in_quote(t.idx):
            said.add(g)
    said.discard("")
    return None if not said else said.pop() if len(said) == 1 else "?"


#: Verbs of which a name is the source, not the topic: "said spokesman Scott Gorenstein".
_SOURCE_VERBS = {"say", "tell", "add", "report", "write", "explain", "verify", "confirm", "cite",
                 "quote", "note", "claim", "state", "post", "tweet"}


def _as_source(t: Token) -> bool:
    """Is the name at ``t`` only a source of what is said ("said Roope", "according to
    UNICEF", "told CNN", "CNN is unable to verify") rather than what the sentence is about
    ("Al-Shabaab said it targeted the hotel" is about Al-Shabaab)?"""
    head = t.head
    if t.dep_ == "dative" or (t.dep_ in {"nsubj", "nsubjpass"} and (
            (head.lemma_ in _SOURCE_VERBS and t.i > head.i) or any(
            c.lemma_ == "verify" for c in head.subtree))):
        return True
    if t.dep_ == "pobj" and head.lower_ == "to" and (
            head.head.lower_ == "according" or head.head.lemma_ in _SOURCE_VERBS | {"statement"}):
        return True
    return t.dep_ in {"appos", "compound"} and t.head.i != t.i and _as_source(t.head)


def _only_as_source(cast: Cast, a: Actor, lo: int, hi: int) -> bool:
    """Every mention of ``a`` in ``doc[lo:hi]`` is as a source (:func:`_as_source`)."""
    doc = cast.doc
    heads = [i for i in a.mentions if lo <= i < hi]
    return bool(heads) and all(_as_source(doc[i]) for i in heads)


#: Nouns of a description that say what kind of organisation it is; an organisation whose
#: role says it is another kind ("a record label") is not what "the band" means.
_KIND_NOUNS = ORG_EPITHETS | NAMED_BODY_EPITHETS
#: Nouns that, alone after "the", mean the organisation the article is about ("The company
#: said", "The band unveiled"); not "the campaign", "the site", "the brand", which as
#: often mean a thing of its own.
_MAIN_ORG_NOUNS = frozenset({
    "company", "firm", "agency", "club", "team", "band", "group", "charity", "airline", "carrier",
    "retailer", "startup", "start-up", "bank", "insurer", "lender", "organisation", "organization",
    "nonprofit", "manufacturer", "broadcaster", "maker", "chain", "developer", "publisher",
})


def _main_organisation(cast: Cast, ep: Epithet) -> Actor | None:
    """The organisation the article is about so far, for a description of the noun alone
    ("The company", not "The defense team"): before ``ep``, the only organisation named
    outside quote marks, or the one named at least twice and more than twice as often as
    any other, when some mention of it is a clause's subject ("The Rolling Pins will
    tour ...", not "on Twitter"). None when its role calls it another kind of body than
    the description's noun, or its name is a dateline glued to a word."""
    doc = cast.doc
    if ep.noun not in _MAIN_ORG_NOUNS or ep.end - ep.start != 2:
        return None
    before = doc[ep.start].idx
    counts: Counter[int] = Counter()
    by_id: dict[int, Actor] = {}
    for a in cast.actors:
        if a.kind != "organisation" or a.first_at >= before or a.thing or Cast.looks_like_person(a) or _country(a):
            continue
        n = sum(1 for i in a.mentions if i < ep.start and not cast.in_quote(doc[i].idx))
        if n:
            counts[id(a)] = n
            by_id[id(a)] = a
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and (ranked[0][1] < 2 or ranked[0][1] <= 2 * ranked[1][1]):
        return None
    one = by_id[ranked[0][0]]
    if not any(doc[i].dep_ in {"nsubj", "nsubjpass"} for i in one.mentions
               if i < ep.start and not cast.in_quote(doc[i].idx)):
        return None  # never what a sentence was about: "drew attention on Twitter"
    role = set((one.role or "").lower().replace("-", " ").split())
    if (role & _KIND_NOUNS) and not _role_has(one, ep.noun):
        return None  # "Harbor Records, a record label": not "the band"
    if re.search(r"[()]", one.name):
        return None
    return one


def epithet_referent(cast: Cast, ep: Epithet, sents: int = 2, depth: int = 0) -> Actor | None:
    """The actor a bare description refers to, or None when the article does not make it
    sure ("the 23-year-old" -> the one person named in that sentence and the ``sents``
    before it; "the agency" -> the one organisation there, or the one whose name or role
    has the noun).

    None, rather than a guess, when: an earlier "a 55-year-old man" or "a company" in the
    window is what it refers to and no name is tied to it; two actors of the right kind
    are in the window, or a name as a subject there that the cast does not know; another
    actor's role has the noun ("the minister" when the cast has a different minister);
    the noun is a post or a relation ("the coach", "the mother") no role gives; a state
    body ("the government") no name or role has; a document.
    """
    doc = cast.doc
    if ep.kind == "document":
        return None
    lo = _window_start(doc, ep.start, sents)
    before = doc[ep.start].idx
    found, named = _explicit_antecedent(cast, ep, lo, depth)
    want_person = ep.kind in {"person", "relation"}
    if found:
        if named is None or (named.kind == "person") != want_person:
            return None
        return named
    rolled = [] if ep.noun == "year-old" else _rolled(cast, ep.noun, before, ep.kind)
    wanted = _wanted_gender(cast, ep) if want_person else None
    if wanted == "?":
        return None

    def candidates(lo: int) -> list[Actor]:
        if not want_person:
            return _window_orgs(cast, lo, ep.start)
        out: list[Actor] = []
        for _, p in cast._person_mentions(lo, ep.start):
            if p in out:
                out.remove(p)
            out.append(p)
        return [p for p in out if _gender_fits(cast, p, wanted)]

    window = candidates(lo)
    if _unknown_subject(cast, lo, ep.start):
        return None
    if not want_person and any(_role_has(p, ep.noun) for _, p in cast._person_mentions(lo, ep.start)):
        return None  # "Patriot, one of the largest coal companies" read as a person's name
    if len(window) > 1:
        # "..., said spokesman Sam Reed. The 68-year-old has ...": the one who is only a
        # source in the window is not who the description means
        topics = [a for a in window if not _only_as_source(cast, a, lo, ep.start)]
        window = topics or window
    if rolled:
        if len(rolled) > 1:
            rolled = [a for a in rolled if a in window]
        if len(rolled) != 1 or not all(a is rolled[0] for a in window):
            return None
        one = rolled[0]
    elif ep.kind == "organisation" and not window:
        # "The Rolling Pins will tour ... Tickets go on sale Friday. The band unveiled ...":
        # no organisation in the window; the one the article is about
        main = _main_organisation(cast, ep)
        if main is None:
            return None
        return main
    elif ep.kind in {"relation", "body"} or len(window) != 1:
        return None
    else:
        one = window[0]
    if _only_as_source(cast, one, lo, ep.start):
        return None  # "said spokesman Scott Gorenstein. The 68-year-old ...": not the source
    return one
