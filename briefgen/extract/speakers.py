"""Who is who in an article: full names, roles and what short mentions refer to.

Built once per ``Doc`` from its named entities and dependency parse. It answers the
questions quote attribution asks: "Singh" / "Mr Singh" -> "Swaran Singh"; "he" -> the
person last talked about; "the professor" -> the person whose role is a professor; and
what role the article gives a person (appositive, pre-modifier or nearby clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

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


def name_key(text: str) -> list[str]:
    """Name words without honorifics or possessives, lower-cased."""
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    words = [w for w in re.split(r"\s+", text) if w]
    while words and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        words = words[1:]
    return [w.lower().strip(".,") for w in words if w.strip(".,")]


@dataclass
class Person:
    """One person the article names, under the longest name it uses."""

    name: str
    first_at: int
    role: str | None = None
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)  # token index of each mention head


@dataclass
class Mention:
    """A person or organisation mention: token head, canonical name and type."""

    head: int
    name: str
    kind: str  # person | organisation


def _clean_role(text: str) -> str | None:
    text = text.strip(" ,;:\u2014\u2013-")
    text = re.sub(r"^(a|an|the)\s+", "", text, flags=re.I)
    text = " ".join(text.split())
    if not text or len(text) < 3 or not re.search(r"[a-z]", text):
        return None
    return text


def _span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text if end > start else ""


def appositive_role(ent: Span) -> str | None:
    """The description after a name: "Swaran Singh, a professor of ... at ..."."""
    doc = ent.doc
    head = ent.root
    for child in head.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            if child.ent_type_ in PERSON_LABELS:
                continue
            sub = list(child.subtree)
            lo, hi = sub[0].i, sub[-1].i + 1
            # stop at a quote mark, a verb of its own or a second comma chunk
            for k in range(lo, hi):
                if doc[k].is_quote or (doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ != "amod"):
                    hi = k
                    break
            return _clean_role(_span_text(doc, lo, hi))
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
        if stop - (k + 3) <= 25:
            role = _clean_role(_span_text(doc, k + 3, stop))
            if role and any(t.pos_ == "NOUN" for t in doc[k + 3:stop]):
                return role
    # a nearby clause the parser did not attach: "NAME, the Head of X, says ..."
    if k < len(doc) - 2 and doc[k].text == ",":
        j = k + 1
        if doc[j].lower_ in {"a", "an", "the"} or doc[j].lower_ in ROLE_NOUNS or (
            doc[j].pos_ in {"NOUN", "ADJ"}
        ):
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
            closed = stop < len(doc) and (doc[stop].text in {",", ";"} or doc[stop].is_sent_end)
            if stop > j and nouny and closed:
                return _clean_role(_span_text(doc, j, stop))
    return None


def premodifier_role(ent: Span) -> str | None:
    """The title before a name: "National Security Council spokesman John Kirby"."""
    doc = ent.doc
    lo = ent.start
    k = ent.start - 1
    has_role_noun = False
    while k >= 0 and k >= ent.sent.start:
        t = doc[k]
        if (t.is_punct and t.text not in {"-", "."}) or t.is_quote:
            break
        if t.pos_ in {"DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM"}:
            if t.pos_ == "DET" or (t.lower_ in {"of", "for"} and has_role_noun):
                pass
            break
        if t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS:
            has_role_noun = True
        if t.head.i < ent.start or t.head.i >= ent.end:
            # the word belongs to another phrase unless it chains into the name
            h = t
            while h.head.i != h.i and h.head.i < ent.start:
                h = h.head
            if not (ent.start <= h.head.i < ent.end):
                break
        lo = k
        k -= 1
    if lo < ent.start and has_role_noun:
        return _clean_role(_span_text(doc, lo, ent.start))
    return None


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


class Cast:
    """The people of one article, with their roles, in order of first mention."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.n_chars = len(doc.text if text is None else text)
        self.people: list[Person] = []
        self._by_word: dict[str, list[Person]] = {}
        self.mentions: list[Mention] = []  # in text order
        self._mention_at: dict[int, Mention] = {}
        for ent in doc.ents:
            if ent.label_ in PERSON_LABELS:
                self._add_person(ent)
            elif ent.label_ in ORG_LABELS:
                m = Mention(ent.root.i, ent.text, "organisation")
                self.mentions.append(m)
                for t in ent:
                    self._mention_at[t.i] = m
        # a known surname the tagger missed, as a subject: "Osei is less hopeful."
        for tok in doc:
            if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ in {"nsubj", "nsubjpass"}:
                p = self.resolve_words([tok.lower_], tok.idx)
                if p is not None:
                    m = Mention(tok.i, p.name, "person")
                    self.mentions.append(m)
                    self._mention_at[tok.i] = m
        self.mentions.sort(key=lambda m: m.head)

    def add_unlabelled(self, tok: Token) -> None:
        """Count a proper-noun subject of a speech verb as a person the tagger missed."""
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return
        lo = tok.i
        while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].dep_ == "compound":
            lo -= 1
        self._add_person(tok.doc[lo: tok.i + 1])
        self.mentions.sort(key=lambda m: m.head)

    def _add_person(self, ent: Span) -> None:
        words = name_key(ent.text)
        if not words or any(not w[0].isalpha() for w in words):
            return
        person = self.resolve_words(words, ent.start_char)
        text = ent.text
        text = re.sub(r"['\u2019]s$", "", text)
        while text.split() and text.split()[0].lower() in HONORIFICS and len(text.split()) > 1:
            text = text.split(None, 1)[1]
        if person is None:
            person = Person(name=text, first_at=ent.start_char)
            self.people.append(person)
        elif len(words) > len(name_key(person.name)):
            person.name = text
        for w in words:
            lst = self._by_word.setdefault(w, [])
            if person not in lst:
                lst.append(person)
        if person.role is None:
            person.role = premodifier_role(ent) or appositive_role(ent)
        if person.gender is None:
            person.gender = _gender_from_title(ent)
        person.mentions.append(ent.root.i)
        m = Mention(ent.root.i, person.name, "person")
        self.mentions.append(m)
        for t in ent:
            self._mention_at[t.i] = m
        self._last_person = person

    def resolve_words(self, words: list[str], before: int) -> Person | None:
        """The person a name refers to: the one, named before, sharing its last word."""
        if not words:
            return None
        full = " ".join(words)
        cands = [p for p in self._by_word.get(words[-1], []) if p.first_at <= before]
        if not cands and len(words) == 1:
            cands = [p for p in self._by_word.get(words[0], []) if p.first_at <= before]
        for p in cands:
            if " ".join(name_key(p.name)) == full:
                return p
        if not cands:
            return None
        if len(words) > 1:
            # "Hillary Clinton" and "Bill Clinton" differ in their first names
            same_first = [p for p in cands if name_key(p.name)[0] == words[0]]
            if same_first:
                return same_first[-1]
            if all(len(name_key(p.name)) > 1 for p in cands):
                return None
        return cands[-1]

    def person_named(self, text: str, before: int) -> Person | None:
        """The person a written name refers to ("Singh", "Mr Singh", "Swaran Singh")."""
        return self.resolve_words(name_key(text), before)

    def mention_at(self, i: int) -> Mention | None:
        """The entity mention covering token ``i``, if any."""
        return self._mention_at.get(i)

    def person_by_role(self, noun: str, before: int) -> Person | None:
        """The last person, named before ``before``, whose role has the noun."""
        noun = noun.lower()
        best = None
        for p in self.people:
            if p.first_at < before and p.role and noun in p.role.lower().split():
                best = p
        return best

    def last_person(self, before_token: int, window_sents: int = 3) -> Person | None:
        """The person mentioned last before a token, preferring grammatical subjects.

        A known title ("Mr Mensah") rules a person out for the other pronoun.
        """
        pron = self.doc[before_token].lower_
        unwanted = "m" if pron in {"she", "her"} else "f" if pron in {"he", "him"} else None
        doc = self.doc
        limit_tok = before_token
        sent = doc[before_token].sent
        # walk back a few sentences
        s = sent
        starts = [s.start]
        for _ in range(window_sents):
            if s.start == 0:
                break
            s = doc[s.start - 1].sent
            starts.append(s.start)
        lo = starts[-1]
        subj: Person | None = None
        other: Person | None = None
        for m in self.mentions:
            if m.head < lo or m.head >= limit_tok:
                continue
            if m.kind != "person" and len(m.name.split()) > 2:
                continue
            # an ORG-tagged surname of a known person still names that person
            p = self.person_named(m.name, self.n_chars)
            if p is None or (unwanted and p.gender == unwanted):
                continue
            tok = doc[m.head]
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "appos" and tok.head.dep_ == "nsubj"):
                subj = p
            other = p
        if subj or other or window_sents > 20:
            return subj or other
        return self.last_person(before_token, window_sents * 4)
