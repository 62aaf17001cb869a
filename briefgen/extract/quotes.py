"""Quotes and who said them.

Direct and partial quotes are found by their marks (:mod:`briefgen.extract.marks`),
indirect speech by a speech verb with a reported clause (``kind="indirect"``; the text
is the clause, without "that"). Scare quotes, titles and nicknames are left out.

Each quote is attributed from the dependency parse, in this order:

1. a transcript label ("WALLACE: ...") or a signature after a dash ('"..." -- Ana Ruiz');
2. a speech cue the quote hangs from in the parse, preferring one whose subject names
   someone ("X said Y was "right""; "the advertisement suggests" does not speak), else
   the nearest cue in the same sentence, the attribution sentence right after
   ('"...." Singh said.'), or a sentence ending in a colon before it. Cues are speech
   verbs, "according to X", and speech nouns with an owner ("Trump's claim that");
3. with no cue: the speaker of the quote it continues (multi-paragraph quotes), the
   subject of a clause ending in a colon, whoever spoke earlier in the paragraph, the
   person the paragraph is about, then the speaker the previous paragraph introduced.

Names resolve to the full name introduced earlier ("Singh", "Mr Singh", "he", "the
professor"; :mod:`briefgen.extract.cast`), with the role the article gives.
Confidence falls with the strength of the attribution: about 0.95 for a named subject in
the same sentence, 0.8 for a pronoun or "the professor", 0.6-0.7 for a speaker carried
over from earlier, 0.2 when nobody is found; indirect speech is scaled by 0.8.
Every quote is verbatim: ``doc.text[start:end] == text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from briefgen.extract import gazetteer
from briefgen.extract.cast import (
    ORG_DESCRIPTIONS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLE_ONLY,
    TITLE_WORDS,
    Actor,
    Cast,
    Mention,
    appositive_role,
    epithet_at,
    epithet_referent,
    fold_key,
    name_key,
    unnamed_people,
)
from briefgen.extract.marks import Marked
from briefgen.models import Quote, QuoteKind, SpeakerType

SPEECH_VERBS = {
    "say", "tell", "add", "warn", "state", "claim", "note", "explain", "argue", "insist",
    "underscore", "stress", "write", "announce", "declare", "ask", "reply", "respond",
    "acknowledge", "admit", "recall", "suggest", "predict", "complain", "contend",
    "assert", "maintain", "emphasize", "emphasise", "observe", "remark", "report",
    "tweet", "post", "confirm", "deny", "counter", "quip", "joke", "testify", "conclude",
    "caution", "concede", "describe", "call", "dub", "label", "urge", "promise", "vow",
    "pledge", "threaten", "demand", "reveal", "mention", "shout", "yell", "lament",
    "boast", "brag", "charge", "allege", "accuse", "hint", "reiterate", "repeat",
    "retort", "scoff", "exclaim", "inform", "propose", "answer", "believe",
    "think", "agree", "point", "continue", "recount", "wonder", "muse", "sing", "chant",
    "read", "begin", "quote", "characterize", "characterise", "refer", "brand",
    "proclaim", "whisper", "snap", "cry", "scream", "interject", "estimate",
    "instruct", "order", "advise", "tout", "praise", "criticize", "criticise", "blast",
    "slam", "rule", "find", "question", "challenge", "comment",
    "dismiss", "reject", "fear", "hope", "assure", "guarantee", "swear", "cite", "liken", "compare", "condemn", "rate", "hail", "term", "mock", "decry",
    "denounce", "recommend", "plead", "beg", "underline", "highlight",
}
SPEECH_VERBS |= {"talk", "rail", "rant", "gush"}
SPEECH_NOUNS = {
    "claim", "statement", "remark", "comment", "assertion", "tweet", "warning", "promise",
    "pledge", "words", "description", "speech", "testimony", "argument", "accusation",
}
WEAK_CUES = {"compare", "find", "rule", "continue", "begin", "read", "point", "order", "rate",
             "question", "challenge", "fear", "hope", "think", "believe", "agree"}
# verbs whose clausal complement is reported speech (for indirect quotes)
REPORT_VERBS = {
    "say", "tell", "add", "warn", "state", "claim", "note", "explain", "argue", "insist",
    "underscore", "stress", "write", "announce", "declare", "acknowledge", "admit",
    "suggest", "predict", "contend", "assert", "maintain", "emphasize", "emphasise",
    "report", "confirm", "reveal", "allege", "concede", "conclude", "reiterate",
    "tweet", "testify", "caution", "complain", "recall", "promise", "vow", "pledge",
}
RECORD_NOUNS = {
    "statement", "letter", "release", "tweet", "post", "interview", "speech", "report",
    "memo", "note", "message", "email", "video", "ad", "advertisement", "op-ed", "column",
}
THINGS = {
    "spot", "study", "poll", "survey", "document", "complaint", "bill", "law", "plan",
    "footage", "clip", "film", "book", "article", "story", "data", "figure", "analysis",
    "evidence", "record", "website", "page", "rule", "policy", "program", "programme",
    "proposal", "measure", "sign", "banner", "headline", "line", "paper", "filing", "lawsuit",
}
#: Bodies inside a named organisation or country: "the Veltran foreign ministry" speaks,
#: not Veltran.
SUB_UNITS = {
    "ministry", "department", "office", "embassy", "commission", "committee", "council",
    "court", "army", "military", "police", "government", "administration", "cabinet",
    "board", "parliament", "senate", "service", "regulator", "agency", "authorities",
}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
                "official", "officials", "source", "sources", "staffer", "staffers"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
#: What a speech verb says or does when it is more than a quote's tag.
_TOLD = {"ccomp", "xcomp", "dobj", "obj", "attr", "acomp", "oprd", "dative"}


def _role_names_all(role: str | None, mods: list[Token]) -> bool:
    """Does ``role`` hold every capitalised word of a description's modifiers, other than
    a rank ("Air Force" and "Major" of "the retired Air Force Major General" against "Air
    Force General"), and do they hold one at all?"""
    named = [fold_key(t.text) for m in mods for t in m.subtree
             if t.text[:1].isupper() and t.lower_.rstrip(".") not in TITLE_ONLY]
    words = set(fold_key(role or "").split())
    return bool(named) and all(w in words for w in named)


@dataclass
class Attribution:
    """Who said it, how it was said, and how sure we are."""

    speaker: str | None = None
    speaker_type: SpeakerType = "unknown"
    role: str | None = None
    cue: str | None = None
    confidence: float = 0.2


def verb_forms(verbs: set[str]) -> dict[str, str]:
    """Inflected forms -> lemma, for when the lemmatizer slips ("rated" -> "rat")."""
    out: dict[str, str] = {}
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        past = v + "d" if v.endswith("e") else (v[:-1] + "ied" if v.endswith("y") and v[-2] not in "aeiou" else v + "ed")
        third = v + "es" if v.endswith(("s", "sh", "ch", "x")) else (v[:-1] + "ies" if v.endswith("y") and v[-2] not in "aeiou" else v + "s")
        for f in (v, past, third, stem + "ing"):
            out.setdefault(f, v)
    out.update({"said": "say", "told": "tell", "wrote": "write", "written": "write",
                "thought": "think", "found": "find", "swore": "swear", "sworn": "swear"})
    return out


SPEECH_FORMS = verb_forms(SPEECH_VERBS)


def cue_lemma(tok: Token) -> str:
    """The speech verb a token is a form of, or its lemma."""
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return lemma
    return SPEECH_FORMS.get(tok.lower_, lemma)


def _misparsed_gerund(tok: Token) -> bool:
    """ "with Foreign Minister Ana Ruiz warning of ...": a speech verb the tagger took for a
    noun, its subject glued on as a compound name."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing") or tok.i == 0:
        return False
    if SPEECH_FORMS.get(tok.lower_) not in SPEECH_VERBS - WEAK_CUES:
        return False
    before = tok.doc[tok.i - 1]
    return before.ent_type_ == "PERSON" and before.ent_iob_ in {"B", "I"} and (
        (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"of", "that", "about", "against"})
        or before.head.i == tok.i)


CIRCUMSTANCE_WORDS = {"when", "after", "while", "before", "because", "since", "until", "once"}


def _circumstance(cue: Token) -> bool:
    """Whether a cue heads an adverbial clause opened by "when", "after", "while" ...
    ("..., when Clinton blasted him"): it tells when, not who said the quote before it."""
    return cue.dep_ == "advcl" and any(
        c.dep_ in {"advmod", "mark"} and c.i < cue.i and c.lower_ in CIRCUMSTANCE_WORDS
        for c in cue.children)


def _is_cue(tok: Token) -> bool:
    if _misparsed_gerund(tok):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
        # "Trump's claim that there were "thousands of shootings""
        return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
    if tok.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return True  # "as Trump went on about ..."
    if (tok.lemma_ == "put" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "it"
            and any(t.lower_ == "as" for t in tok.doc[max(tok.sent.start, tok.i - 6):tok.i])):
        return True  # '"a lawful source of income," as a Homeland Security memo put it'

    if tok.pos_ == "VERB" and cue_lemma(tok) in SPEECH_VERBS:
        # "compared to 11%": these verbs speak only with a subject of their own
        if cue_lemma(tok) not in WEAK_CUES:
            return True
        if any(c.dep_ in SUBJ_DEPS for c in tok.children):
            return True
        return tok.dep_ in {"acl", "relcl"} and tok.head.pos_ == "PROPN"
    # "according to X"
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"


def _runs_into(subj: Token, cue: Token) -> bool:
    """Whether a subject phrase runs straight into its cue ("a narrator in the ad asks",
    "friends of Ana had told"), or holds it ("the men, who said"): not an opening phrase
    set off by a comma ("Now a mother of two, Ruiz said"), which the parser may mistake
    for the subject."""
    end = subj.right_edge.i
    if end >= cue.i:
        return True
    return all(t.pos_ in {"AUX", "PART", "ADV"} for t in cue.doc[end + 1:cue.i])


class _Quoted:
    """Character ranges covered by quotes, marks included, for fast membership tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def covers(self, tok: Token) -> bool:
        i = tok.idx
        for s, e in self.spans:
            if s <= i < e:
                return True
            if s > i:
                break
        return False

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


#: People added to the cast (:meth:`Cast.add_unlabelled`) after each of which the cast is
#: re-read; past these it is re-read once, after the last (of 306 news articles none had
#: more than 11).
_REREAD_ADDS = 16


class _Attributor:
    def __init__(self, doc: Doc, quoted: _Quoted, text: str, cast: Cast | None = None) -> None:
        self.doc = doc
        self.text = text  # Doc.text rebuilds the string on every access
        self.quoted = quoted
        self.cast = cast if cast is not None else Cast(doc, text)
        self.cues = [t.i for t in doc if _is_cue(t) and not quoted.covers(t)]
        self.cue_set = set(self.cues)
        self.cue_chars = [doc[i].idx for i in self.cues]
        added = 0
        for i in self.cues:
            subj = self.subject_of(doc[i])
            if subj is not None and not quoted.covers(subj):
                # past the first few, the cast is re-read once at the end, not after each
                # (a hostile text of thousands of "Name said" would take minutes)
                added += self.cast.add_unlabelled(subj, refresh=added < _REREAD_ADDS)
        if added > _REREAD_ADDS:
            self.cast.refresh()
        # the paragraph breaks a wall of text lost (briefgen.ingest.text.wall_breaks)
        self.recovered = sorted(doc.user_data.get("recovered_breaks", ()))
        #: the capitalised words of the quote being attributed (see ``named_in_quote``)
        self.quote_words: set[str] = set()

    def named_in_quote(self, p: Actor) -> bool:
        """Does the quote being attributed name ``p`` ('"Tom was a kind man," he said')?
        Whoever a quote talks about by name is not the "he" who says it."""
        return _names(p, self.quote_words)

    def crosses(self, lo: int, hi: int) -> bool:
        """Whether a paragraph break lies between character offsets ``lo`` and ``hi``: a
        blank line, or a break a wall of text lost."""
        if "\n\n" in self.text[lo:hi]:
            return True
        k = bisect.bisect_right(self.recovered, lo)
        return k < len(self.recovered) and self.recovered[k] <= hi

    # -- naming the speaker of a cue ---------------------------------------------

    def subject_of(self, cue: Token) -> Token | None:
        if cue.lower_ == "according":
            to = cue.nbor()
            objs = [c for c in to.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
        if cue.pos_ == "NOUN":
            if _misparsed_gerund(cue):
                return cue.doc[cue.i - 1]
            owners = [c for c in cue.children if c.dep_ == "poss"]
            return owners[0] if owners else None
        verb = cue
        for _ in range(4):
            # a passive subject is what was said or revealed; the agent ("by X") said it
            subs = [c for c in verb.children if c.dep_ == "nsubj"
                    and not c.is_punct and not self.quoted.covers(c)]
            subs += [g for c in verb.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj"]
            if subs:
                return subs[0]
            if verb.dep_ in {"relcl", "acl"}:  # "..., who said"; "footage of Trump saying"
                before = verb.doc[verb.i - 1]
                if before.ent_type_ == "PERSON" or before.pos_ == "PROPN":
                    return before
                head = verb.head
                if head.lemma_.lower() in RECORD_NOUNS and head.head.pos_ in {"VERB", "AUX"}:
                    # "the Council issued a statement calling it ...": the issuer speaks
                    subs = [c for c in head.head.children if c.dep_ in SUBJ_DEPS]
                    if subs:
                        return subs[0]
                return head
            if verb.dep_ in {"conj", "advcl", "xcomp", "ccomp", "pcomp"} and verb.head.i != verb.i:
                if verb.dep_ == "ccomp" and cue_lemma(verb.head) not in SPEECH_VERBS:
                    # "X is right, said Y": a ccomp head is itself the reported clause
                    break
                verb = verb.head
                continue
            break
        # inverted order the parser left unattached: '"...," said Singh.'
        if cue.tag_ == "VBG" or any(c.dep_ == "prt" for c in cue.children):
            return None  # "calling out Trump": the name after is the object
        for c in cue.children:
            if c.dep_ in {"dobj", "npadvmod", "attr", "dep"} and c.i > cue.i and c.ent_type_ == "PERSON":
                return c
        doc = cue.doc
        # "criticised the US policy shift": a name inside the cue's object is what was
        # criticised, not who spoke
        objects = {t.i for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                   for t in c.subtree}
        for t in doc[cue.i + 1: min(len(doc), cue.i + 4)]:
            if t.is_quote or (t.text in {":", ",", "."} and t.i > cue.i + 1):
                break
            if t.i in objects:
                break
            if t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"}:
                while t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].dep_ == "compound":
                    t = doc[t.i + 1]
                return t
        return None

    def _good_subject(self, cue: Token) -> bool:
        """Whether a cue's subject names someone (not "the advertisement suggests")."""
        subj = self.subject_of(cue)
        if subj is None:
            return False
        if subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subj.lower_ in PRONOUNS_PERSON:
            return True
        if subj.pos_ == "PROPN" or subj.lower_ in {"they", "we", "i"}:
            return True
        if subj.pos_ == "PRON":
            return False  # "it", "this", "which"
        lemma = subj.lemma_.lower()
        return lemma not in RECORD_NOUNS and lemma not in THINGS

    def _chunk_person(self, lo: int, hi: int) -> Token | None:
        """The first person named in doc[lo:hi] outside quotes (parse-failure fallback)."""
        for t in self.doc[lo:hi]:
            if t.ent_type_ == "PERSON" and not self.quoted.covers(t):
                ent_root = self.cast.mention_at(t.i)
                return self.doc[ent_root.head] if ent_root else t
        return None

    def _last_org(self, tok: Token) -> str | None:
        """The organisation "it" refers to: the last one that was a subject, nearby."""
        doc = self.doc
        lo = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        best = None
        for m in self.cast.mentions:
            if m.head >= tok.i:
                break
            if m.head >= lo and m.kind == "organisation" and doc[m.head].dep_ in SUBJ_DEPS:
                best = m.name
        return best

    def _conj_names(self, tok: Token) -> list[str]:
        """Names joined to a subject by "and": "Ottawa and Canberra have said"."""
        names = []
        for c in tok.conjuncts:
            if c.i < tok.i:
                continue
            m = self.cast.mention_at(c.i)
            if m is None:
                return []
            p = self.cast.person_named(m.name, c.idx + 1) if m.kind == "person" else None
            names.append(p.name if p else m.name)
        return names

    def name(self, tok: Token, cue: Token) -> Attribution:
        doc = self.doc
        cast = self.cast
        lemma = cue.lemma_.lower() if cue.lower_ != "according" else "according to"
        cue_text = cue.text if cue.lower_ != "according" else "according to"
        # a name inside the subject phrase: the subject token or its appositive
        for t in [tok, *[c for c in tok.children if c.dep_ == "appos"]]:
            m = cast.mention_at(t.i)
            if m is None:
                continue
            if m.kind == "person":
                p = cast.person_named(m.name, doc[m.head].idx + 1)
                p = cast.fullest(p) if p is not None else None
                name = p.name if p else m.name
                name += self._title_tail(m, name)
                others = self._conj_names(doc[m.head])
                if others:
                    return Attribution(" and ".join([name, *others]), "person", None, cue_text, 0.9)
                role = p.role if p else None
                return Attribution(name, "person", role or self._lead_words(doc[m.start]),
                                   cue_text, 0.95)
            org = doc[m.head]
            ent = [e for e in doc.ents if e.start <= org.i < e.end]
            if _NATIONAL_MAN.fullmatch(org.text) or (
                    ent and ent[0].label_ == "NORP" and len(ent[0]) == 1
                    and gazetteer.country_of_people(org.text) is not None
                    and cast.person_named(org.text, org.idx + 1) is None):
                return self._national(org, cue_text)
            # the tagger sometimes calls a known person's surname an ORG/GPE: "Valdar tells"
            known = cast.person_named(m.name, org.idx + 1) if len(m.name.split()) <= 2 else None
            if known is not None:
                return Attribution(known.name, "person", known.role, cue_text, 0.9)
            phrase = ent[0].text if ent else m.name
            phrase = re.sub(r"^(?:the|The)\s+", "", phrase)
            if m.actor is not None and m.actor.kind == "organisation":
                fuller = cast.fullest(m.actor)
                if fuller is not m.actor:
                    phrase = fuller.name
            phrase += self._title_tail(m, phrase)
            others = self._conj_names(org)
            if others:
                phrase = " and ".join([phrase, *others])
            role = appositive_role(ent[0]) if ent else None
            if role is None and m.actor is not None:
                role = m.actor.role
            return Attribution(phrase, "organisation", role, cue_text, 0.9)
        low = tok.lower_
        if low in PRONOUNS_PERSON:
            p = cast.last_person(tok.i)
            if p is not None and self.named_in_quote(p):
                p = cast.last_person(tok.i, avoid=self.named_in_quote)
            if p is not None:
                return Attribution(p.name, "person", p.role, cue_text, 0.8)
            # "DuVernay said she felt ...": the subject of an earlier cue in the sentence
            lo = tok.sent.start
            if lo > 0 and not self.crosses(doc[lo - 1].sent.start_char, tok.sent.start_char):
                lo = doc[lo - 1].sent.start
            for i in reversed(self.cues):
                if i >= tok.i or i < lo:
                    continue
                other = self.subject_of(doc[i])
                if other is not None and other.pos_ == "PROPN":
                    a = self.name(other, cue)
                    if a.speaker:
                        a.confidence = min(a.confidence, 0.7)
                        a.speaker_type = "person"
                        return a
            return Attribution(None, "person", None, cue_text, 0.4)
        if low == "it":
            org_name = self._last_org(tok)
            if org_name is not None:
                actor = cast.actor_named(org_name)
                return Attribution(org_name, "organisation", actor.role if actor else None,
                                   cue_text, 0.7)
        if low in {"they", "it"}:
            # "Big Machine have denied it. ... they said in a statement": the organisation
            # last a subject nearby speaks
            speaking = cast.organisation_by_description("organisation", tok.i, window_sents=5)
            if speaking is not None:
                return Attribution(speaking.name, "organisation", speaking.role, cue_text, 0.6)
        if tok.pos_ == "PRON":
            return Attribution(None, "unknown", None, cue_text, 0.4)
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lower_.rstrip(".") in TITLE_ONLY
                                  and tok.left_edge.lower_ in {"the", "this", "that"}):
            # a title written in capitals ("The retired Major General recalled") is a
            # description as much as "the general" is
            described = self._described(tok, cue_text)
            if described is not None:
                return described
        if tok.pos_ in {"NOUN", "PROPN"}:
            noun = tok.lemma_.lower()
            mods = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
            dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
            if noun in ROLE_NOUNS and not mods and dets == ["the"]:
                p = cast.person_by_role(noun, tok.idx)
                if p is not None:
                    return Attribution(p.name, "person", p.role, cue_text, 0.8)
            phrase = self._description(tok)
            kind: SpeakerType = "unknown"
            if noun in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS:
                kind = "person"
            elif noun in ORG_NOUNS:
                kind = "organisation"
            if tok.pos_ == "PROPN":
                p = cast.person_named(tok.text, tok.idx + 1) or cast.person_by_surname(tok.text)
                if p is not None:
                    # "the 14th-ranked Schwartzman": the words before the name describe them
                    return Attribution(p.name, "person", p.role or self._lead_words(tok),
                                       cue_text, 0.9)
                return Attribution(phrase, kind, None, cue_text, 0.75)
            role = tok.text if kind == "person" else None
            return Attribution(phrase, kind, role, cue_text, 0.7 if lemma else 0.6)
        return Attribution(None, "unknown", None, cue_text, 0.3)

    def _description(self, tok: Token) -> str:
        """A subject that names no one, as the article words it: "the official", "a
        spokeswoman for the ministry", "Officials at the port" (up to a comma)."""
        doc = self.doc
        left = min([tok.i, *[c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ != "punct"]])
        right = tok.i + 1
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in {
                "for", "of", "at", "with", "on", "from", "in"
            }:
                right = max(right, c.right_edge.i + 1)
            if c.dep_ == "conj" and c.i > tok.i:
                right = max(right, c.i + 1)
        while left < tok.i and doc[left].is_punct:
            left += 1
        # "Officials at Homeland Security Investigations, a division of ...": up to a comma
        for k in range(tok.i + 1, right):
            if doc[k].text in {",", ";", "(", "\u2014"} or self.quoted.covers(doc[k]):
                right = k
                break
        phrase = doc[left:right].text
        return phrase if len(phrase) <= 80 else tok.text

    def _national(self, tok: Token, cue_text: str) -> Attribution:
        """A nationality word where a speaker is looked for: it does not speak itself.
        "says Ostrian-born Ivo Berg" is Ivo Berg; "the Frenchman said" is the man the
        article is about, as "the singer said" is; "Ostrians" or "the French" are no one
        in particular (left unattributed rather than credited to a nation)."""
        head = tok
        for _ in range(3):  # "Ostrian" -> "born" -> "Berg"
            if head.head is head:
                break
            head = head.head
            m = self.cast.mention_at(head.i)
            if m is not None and m.kind == "person" and m.actor is not None:
                return Attribution(m.actor.name, "person", m.actor.role, cue_text, 0.85)
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets == ["the"] and tok.tag_ in {"NN", "NNP"}:
            p = self.cast.last_person(tok.i)
            if p is not None:
                return Attribution(p.name, "person", p.role, cue_text, 0.65)
        return Attribution(None, "unknown", None, cue_text, 0.3)

    def _lead_words(self, first: Token) -> str | None:
        """ "the 14th-ranked Schwartzman": the words between the article and the name."""
        doc = self.doc
        k = first.i - 1
        while k >= 0 and (doc[k].pos_ in {"ADJ", "ADV", "NUM"} or doc[k].dep_ == "amod"
                          or doc[k].text in {"-", "\u2010"}):
            k -= 1
        if k < 0 or doc[k].lower_ not in {"the", "a", "an"} or first.i - k - 1 == 0:
            return None
        return doc[k + 1:first.i].text if first.i - k - 1 <= 5 else None

    def _title_tail(self, m: Mention, name: str) -> str:
        """The rest of an office the tagger cut short: "United Nations High Commissioner"
        + " for Human Rights"."""
        if not any(w.lower() in TITLE_WORDS for w in name.split()):
            return ""
        tail = re.match(r"\s+(?:for|of)(?:\s+the)?(?:\s+[A-Z][\w'\u2019-]*)+", self.text[self.doc[m.end - 1].idx
                                                                                  + len(self.doc[m.end - 1]):])
        return tail.group(0).rstrip() if tail else ""

    def _np_mentions(self, tok: Token, deps: set[str]) -> list[Mention]:
        """Named mentions in a subject's noun phrase that attach to it by ``deps``.

        "Chile's ambassador to Norway Tomas Ibarra" holds Ibarra (compound, appositive);
        "Obama's former strategist" does not name its speaker (a possessive), unless the
        caller asks for one ("a spokesperson for the Foreign Office", "a survey by X").
        """
        out: list[Mention] = []
        for t in tok.subtree:
            if t.i == tok.i or self.quoted.covers(t) or t.pos_ in {"VERB", "AUX"}:
                continue
            m = self.cast.mention_at(t.i)
            if m is None or m.head != t.i or m in out:
                continue
            rel = t.dep_
            if rel == "pobj":
                rel = f"pobj:{t.head.lower_}"
            if rel in deps and (t.head.i == tok.i or t.head.head.i == tok.i):
                out.append(m)
        return out

    def _written(self, m: Mention) -> str:
        """The organisation or document author as this mention writes it ("the IMF")."""
        if m.actor is not None and m.actor.kind == "person":
            return m.actor.name
        span = self.doc[m.start:m.end]
        text = span.text
        text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
        return re.sub(r"(?:'s|\u2019s)$", "", text) or m.name

    def _phrase(self, tok: Token) -> str:
        """The noun phrase of ``tok`` up to a comma, without its article."""
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        for k in range(tok.i + 1, hi):
            if self.doc[k].text in {",", ";", "(", "\u2014"} or self.quoted.covers(self.doc[k]):
                hi = k
                break
        while lo < tok.i and (self.doc[lo].lower_ in {"a", "an", "the"} or self.doc[lo].is_punct):
            lo += 1
        return self.doc[lo:hi].text

    def _described(self, tok: Token, cue_text: str) -> Attribution | None:
        """A subject that describes its speaker instead of naming them.

        "Chile's ambassador to Norway Tomas Ibarra" -> the person named in the phrase; "a
        spokesperson for the Foreign Office", "a company spokesperson" -> the organisation
        they speak for; "the statement", "a report from X", "a 2018 survey by Y" -> its
        author, typed ``document``; "the senator", "his lawyer" -> the person the article
        gave that role or introduced with it ("Sen. Ana Ruiz", "the firm's CEO, Tom
        Reed"); "the singer" -> the one person the cast is sure it means
        (:func:`~briefgen.extract.cast.epithet_referent`) unless their role names another
        post; else the description itself ("the head of the union", "the experts"), never
        the last person named; "the group" -> the organisation.
        """
        cast = self.cast
        noun = tok.lemma_.lower()
        by = self._np_mentions(tok, {"compound", "poss", "nmod", "pobj:by", "pobj:from", "pobj:of"})
        inner = self._np_mentions(tok, {"appos", "compound", "flat", "nmod"})
        people = [m for m in inner if m.kind == "person" and m.actor is not None]
        owners = self._np_mentions(tok, {"compound", "poss", "nmod", "pobj:for", "pobj:of", "pobj:at"})
        orgs = [m for m in owners if m.kind == "organisation" and m.actor is not None
                and m.actor.kind != "place"] or [m for m in owners if m.kind == "organisation"]
        if noun in RECORD_NOUNS or noun in THINGS:
            author = by[0] if by else None
            if author is not None:
                actor = author.actor
                return Attribution(self._written(author), "document",
                                   actor.role if actor else None, cue_text, 0.8)
            issuer = self._issuer(tok, noun)
            if issuer is not None:
                return Attribution(issuer[0], "document", issuer[1], cue_text, 0.75)
            return None
        if people and noun not in SPOKES_NOUNS:
            p = people[0].actor
            assert p is not None
            return Attribution(p.name, "person", p.role or self._phrase(tok), cue_text, 0.9)
        if noun in SPOKES_NOUNS:
            if orgs:
                return Attribution(self._written(orgs[0]), "organisation", self._phrase(tok),
                                   cue_text, 0.85)
            org: Actor | None = None
            if not orgs:
                for c in tok.children:
                    if c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in ORG_DESCRIPTIONS | ORG_NOUNS:
                        org = cast.organisation_by_description(c.lemma_.lower(), tok.i)
            if org is not None:
                return Attribution(org.name, "organisation", self._phrase(tok), cue_text, 0.85)
            return None
        lo = tok.left_edge
        if lo.lower_ in {"the", "a", "an"} and lo.i < tok.i:
            lo = self.doc[lo.i + 1]
        said_as = fold_key(self.text[lo.idx:lo.idx + 80])
        for person in cast.people:
            # "China's ambassador to Britain accused ...": the article's words for someone
            role = fold_key(person.role or "")
            if len(role.split()) > 2 and (said_as + " ").startswith(role + " "):
                return Attribution(person.name, "person", person.role, cue_text, 0.85)
        dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
        if not dets or dets[0] not in {"the", "this", "that", "his", "her", "their", "its"}:
            return None
        if noun in ORG_DESCRIPTIONS or noun in ORG_NOUNS:
            named_by = [c.text for c in tok.children if c.dep_ in {"compound", "nmod", "amod", "poss"}
                        and c.text[:1].isupper() and c.i < tok.i]
            if named_by and noun in SUB_UNITS:
                # "the Veltran foreign ministry": a body of the named one, not the named one
                return Attribution(self._phrase(tok), "organisation", None, cue_text, 0.85)
            if orgs:  # "the Nordic Rail company"
                owner = orgs[0].actor
                name = cast.fullest(owner).name if owner is not None else self._written(orgs[0])
                return Attribution(name, "organisation", None, cue_text, 0.85)
            org = cast.organisation_by_description(noun, tok.i)
            if org is not None and named_by and not any(w in org.name for w in named_by):
                # "the Ostmark government" is not the organisation last in the news
                return Attribution(self._phrase(tok), "organisation", None, cue_text, 0.8)
            if org is not None:
                return Attribution(org.name, "organisation", org.role, cue_text, 0.75)
            return None
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}]
        if not (noun in ROLE_NOUNS or noun in TITLE_WORDS or tok.lower_ in TITLE_WORDS):
            return None
        p = cast.person_by_role(noun, tok.idx)
        if mods:
            if p is not None and _role_names_all(p.role, mods):
                # "the retired Air Force Major General" after "Air Force General Tom Brandt":
                # every name the description holds is in the role
                return Attribution(p.name, "person", p.role, cue_text, 0.75)
            return None  # "the Vermont senator" stays as the article puts it
        # "the spokeswoman", "his lawyer": the person the article gave that role or
        # introduced with it
        if p is not None:
            return Attribution(p.name, "person", p.role, cue_text, 0.8)
        p = cast.person_introduced_as(noun, tok.i)
        if p is not None:
            return Attribution(p.name, "person", p.role or self._phrase(tok), cue_text, 0.8)
        if dets[0] == "the":
            # "the singer told the audience": the one person the cast is sure the
            # description means; else the description itself, never the last name
            # written ("said one legal expert ... the expert warned" is no one named)
            ep = epithet_at(tok)
            p = None
            if ep is not None and ep.kind in {"person", "relation"}:
                p = epithet_referent(cast, ep, sents=self._told_sentences(tok, 2))
            if p is not None and p.kind == "person" and not cast.role_contradicts(p, noun):
                return Attribution(p.name, "person", p.role or self._phrase(tok), cue_text, 0.65)
            p = self._subject_before(tok, noun)
            if p is not None:
                # "Ruiz opened the show ... the singer told the audience": the person
                # the sentence before was about
                return Attribution(p.name, "person", p.role or self._phrase(tok), cue_text, 0.6)
            return Attribution(self._description(tok), "person", tok.text, cue_text, 0.7)
        return None

    def _subject_before(self, tok: Token, noun: str) -> Actor | None:
        """The named person who is the main subject of the sentence before ``tok``'s,
        when nothing in those sentences is an unnamed one of
        ``noun`` ("said one legal expert ... the expert warned") and their role names no
        other post."""
        if tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the experts", "the head of the union": no one person named before
        doc = self.doc
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if any(t.lemma_.lower() == noun and self.cast.actor_at(t.i) is None
               for t in doc[prev.start:tok.i]):
            return None
        if any((a := self.cast.actor_at(t.i)) is not None and a.kind == "person"
               for t in doc[sent.start:tok.i]):
            return None  # someone else is named in the description's own sentence
        # not the subject of the description's own sentence: "Pate said the prosecutor
        # told him" is two people
        for t in prev:
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == prev.root.i and not self.quoted.covers(t):
                a = self.cast.actor_at(t.i)
                if a is not None and a.kind == "person" and not self.cast.role_contradicts(a, noun):
                    return a
                break
        return None

    def _told_sentences(self, tok: Token, n: int) -> int:
        """How many sentences before ``tok``'s hold ``n`` with words outside quote marks:
        a speaker's own sentences in quote marks do not count when looking back for whom
        "the actor" in a tag means."""
        doc = self.doc
        back = told = 0
        lo = tok.sent.start
        while lo > 0 and told < n and back < 4 * n:
            sent = doc[lo - 1].sent
            back += 1
            if any(not t.is_punct and not self.quoted.covers(t) for t in sent):
                told += 1
            lo = sent.start
        return max(back, n)

    def _issuer(self, tok: Token, noun: str) -> tuple[str, str | None] | None:
        """Who put out "the statement": the speaker of a nearby cue that mentions one
        ("the US military said in a statement"), as (name, role)."""
        doc = self.doc
        lo = tok.sent.start
        for _ in range(2):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        for k in range(len(self.cues) - 1, -1, -1):
            i = self.cues[k]
            if i >= tok.i or i < lo:
                continue
            cue = doc[i]
            if not any(t.lemma_.lower() == noun for t in cue.sent if not self.quoted.covers(t)):
                continue
            subj = self.subject_of(cue)
            if subj is None or subj.i == tok.i or self.quoted.covers(subj):
                continue
            actor = self.cast.referent(subj)
            if actor is not None and actor.kind != "place":
                return actor.name, actor.role
            if subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_NOUNS | ORG_DESCRIPTIONS:
                return self._phrase(subj), None  # "the US military"
        org = self.cast.organisation_by_description("organisation", tok.i)
        return (org.name, org.role) if org is not None else None

    def attribute_cue(self, cue: Token, lo: int, hi: int) -> Attribution:
        """Speaker of a cue; lo/hi bound the words that may name them (fallback)."""
        subj = self.subject_of(cue)
        if subj is not None and self.quoted.covers(subj):
            subj = None
        att = self.name(subj, cue) if subj is not None else None
        # the cue's own subject names a group ("several environmental groups granted Mr.
        # Clarke an extension, saying ..."): a person named as its object does not speak
        floor = 0.7 if att is not None and att.speaker_type == "organisation" else 0.9
        if att is not None and att.speaker and subj is not None and unnamed_people(subj) and (
                _runs_into(subj, cue)):
            # "multiple friends of Ana Ruiz told me", "a narrator in the Ruiz ad asks": the
            # group or someone unnamed speaks, not the person the phrase (or sentence) names
            return att
        if att is None or att.speaker is None or (att.speaker_type != "person" and att.confidence < floor):
            tok = self._chunk_person(lo, hi)
            if tok is not None:
                alt = self.name(tok, cue)
                if alt.speaker:
                    alt.confidence = min(alt.confidence, 0.85)
                    return alt
        if att is None:
            return Attribution(None, "unknown", None, cue.text if cue.lower_ != "according" else "according to", 0.3)
        return att

    # -- finding the cue of a quote ------------------------------------------------

    def _goes_on(self, s_lo: int, start: int) -> bool:
        """Does the quote opening at ``start`` open its sentence (``doc[s_lo]``) right
        after a sentence that quotes someone with a tag ('"A," Vale said. "B."'), in the
        same paragraph: the speaker of A goes on."""
        doc = self.doc
        if s_lo == 0 or self.text[doc[s_lo].idx:start].strip():
            return False
        prev = doc[s_lo - 1].sent
        if self.crosses(prev.end_char, start) or not self.quoted.overlaps(prev.start_char, prev.end_char):
            return False
        return any(prev.start <= i < prev.end and not self.quoted.covers(doc[i]) for i in self.cues)

    def _tag_after(self, end: int, nxt: Span) -> Token | None:
        """The cue of ``nxt`` when that sentence is only the tag of the quote ending at
        ``end`` ('"Why not?" Vale demanded.', '"..." Ruiz said, looking at the crowd.'): it
        opens on its speaker and the speech verb, which tells nothing of its own (no
        object or clause: "The committee noted the remarks" is a sentence of its own) and
        quotes nothing. A wall of text may have had a break guessed between the two
        (:func:`briefgen.ingest.text.wall_breaks` breaks after a closing mark), but a
        blank line is a real break. Only after a quote closing on a question mark, an
        exclamation mark or a comma, which a tag so often follows."""
        if self.text[end:nxt.start_char].strip() or "\n\n" in self.text[end:nxt.start_char]:
            return None
        if self.text[max(0, end - 12):end].rstrip()[:-1].rstrip()[-1:] not in {"?", "!", ","}:
            # '"... the rules we apply." Our reporter wrote from Oslo': after a full stop
            # the next sentence is rarely the tag, and the guessed break likelier right
            return None
        if self.quoted.overlaps(nxt.start_char, nxt.end_char):
            return None
        for i in self.cues:
            if nxt.start < i < min(nxt.end, nxt.start + 5):
                cue = self.doc[i]
                subj = self.subject_of(cue)
                if (cue.dep_ == "ROOT" and subj is not None and subj.left_edge.i == nxt.start
                        and subj.i < cue.i and not any(c.dep_ in _TOLD for c in cue.children)):
                    return cue
        return None

    def cue_for(self, start: int, end: int) -> tuple[Token, int, int, bool] | None:
        """The cue nearest the quote in its own sentence(s), else in the next one.

        Returns (cue, lo, hi, same_sentence) where doc[lo:hi] is where the speaker's name
        may be written (between the quote and the cue).
        """
        doc = self.doc
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        s_lo = first[0].sent.start
        s_hi = first[-1].sent.end
        # the parser splits after '!"' or '?"' mid-sentence: a lower-case start continues
        while s_hi < len(doc) and doc[s_hi].text[:1].islower() and "\n\n" not in doc[s_hi - 1].text_with_ws:
            s_hi = doc[s_hi].sent.end
        best: tuple[int, Token] | None = None
        # a cue the quote hangs from in the parse wins ("X said Y was "right" when ...")
        anc = []
        below = first.root
        for a in first.root.ancestors:
            # "Trump's claim that ..." holds his words; "a statement about X" only its topic
            if a.i in self.cue_set and (a.pos_ != "NOUN" or below.dep_ in {"acl", "ccomp", "appos", "relcl"}
                                        or _misparsed_gerund(a)):
                anc.append(a.i)
            below = a
        if first.root.i in self.cue_set and not self.quoted.covers(first.root):
            anc.insert(0, first.root.i)
        anc = [i for i in anc if s_lo <= i < s_hi]
        good_anc = [i for i in anc if self._good_subject(doc[i])]
        near: list[tuple[int, Token]] = []
        for i in self.cues:
            if i < s_lo:
                continue
            if i >= s_hi:
                break
            t = doc[i]
            dist = start - (t.idx + len(t)) if t.idx < start else t.idx - end
            near.append((dist, t))
        # '... saying, "That keeps fares low," when Hale blasted her': a cue in a
        # "when/after/while" clause after the quote tells the occasion, not the speaker
        near.sort(key=lambda x: (x[1].idx > end and _circumstance(x[1]), x[0]))
        if good_anc:
            pick = doc[good_anc[0]]
            for j in good_anc[1:]:
                # "Pompeo said Washington had concluded "...": whoever reports the
                # reported cue is the source the article names
                if pick.dep_ == "ccomp" and pick.head.i == j and cue_lemma(doc[j]) in REPORT_VERBS:
                    pick = doc[j]
            best = (0, pick)
        else:
            # no governing cue names anyone: the nearest cue that does, else the governor
            good_near = [x for x in near if self._good_subject(x[1])]
            if good_near:
                best = good_near[0]
            elif anc:
                best = (0, doc[anc[0]])
            elif near:
                best = near[0]
        if best is not None:
            t = best[1]
            if t.i < first.start:
                return t, s_lo, t.i, True
            return t, first.end, t.i, True
        # the attribution sentence right after: '"....." Singh said.' or across a split
        if s_hi < len(doc):
            nxt = doc[s_hi].sent
            if not self.quoted.overlaps(nxt.start_char, nxt.start_char + 1) and (
                    not self.crosses(end, nxt.start_char) or self._tag_after(end, nxt) is not None):
                goes_on = self._goes_on(s_lo, start)
                for i in self.cues:
                    # "When his editors would ask him ...", "Although he had written a
                    # will ...": a cue in a clause that opens the next sentence is not
                    # the attribution of the quote before it
                    if nxt.start <= i < min(nxt.end, nxt.start + 8) and not any(
                            t.dep_ == "advcl" for t in (doc[i], *doc[i].ancestors)):
                        if goes_on and any(c.dep_ in _TOLD for c in doc[i].children):
                            # '"A," Vale said. "B." The board warned that ...': a sentence
                            # telling something of its own does not take B from Vale
                            break
                        return doc[i], nxt.start, i, False
        # a colon introduction: 'Singh said: <newline or sentence> "...."'
        if s_lo > 0:
            prev = doc[s_lo - 1].sent
            if prev.text.rstrip().endswith(":"):
                for i in reversed(self.cues):
                    if prev.start <= i < prev.end:
                        return doc[i], prev.start, i, False
        return None


def _kind(text: str, m: Marked, sent_start: int) -> QuoteKind:
    before = text[sent_start:m.open_at].rstrip()
    first = text[m.start]
    if not (first.isupper() or first.isdigit() or not first.isalpha()):
        return "partial"
    if not before or before[-1] in ":,\u2014-" or before.endswith("\n"):
        return "direct"
    # a paragraph-opening quote ('"Yes."') or one after a previous quote's end
    if before[-1] in "\"\u201d'\u2019.!?":
        return "direct"
    return "partial"


TITLE_LEAD = {
    "on", "of", "in", "at", "the", "a", "his", "her", "their", "its", "new", "film",
    "documentary", "book", "show", "program", "programme", "episode", "series", "album",
    "song", "movie", "novel", "memoir", "play", "musical", "column", "op-ed", "titled",
    "entitled", "headlined", "called", "named", "dubbed", "nicknamed", "known", "as",
}
FUNCTION_WORDS = {
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "the",
    "a", "an", "this", "that", "and", "or", "but", "if", "not",
}
DETS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "my"}
NAMING = ("call", "dub", "name", "nickname", "title", "brand", "label", "known")
SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "or"}


#: Nouns that make the quoted words a name: the slogan "...", the "..." campaign.
NAME_NOUNS = {
    "slogan", "slogans", "tagline", "motto", "hashtag", "headline", "caption", "banner",
    "placard", "placards", "campaign", "logo", "title", "song", "songs", "album", "film",
    "book", "show", "series", "hit", "hits", "single", "track", "chant", "initiative",
    "brand", "label", "nickname", "podcast", "exhibition", "documentary", "movie", "novel",
}
NOUN_PREPS = {"of", "for", "in", "on", "over", "against", "between", "with", "at", "about"}
STRONG_NAME_NOUNS = {"slogan", "slogans", "tagline", "motto", "hashtag", "headline", "caption",
                     "banner", "placard", "placards", "chant", "nickname"}
NAMING_AFTER = re.compile(r"[,\s]*as\s+(?:\w+\s+){1,3}?(?:dubbed|called|named|nicknamed|branded|termed)\b")
LIST_BEFORE = re.compile(r"[\u201d\"\u2019'],?\s*(?:and\s+|or\s+)?$")
LIST_AFTER = re.compile(r",?\s*(?:and\s+|or\s+)?[\u201c\"\u2018]")


def _is_scare(text: str, m: Marked, has_cue: bool) -> bool:
    """Scare quotes, titles, slogans and nicknames: quoted, but nobody is quoted saying them.

    Signals: a naming noun next to the quote ("the slogan ...", the "..." campaign), a
    naming verb after it ("as Reed dubbed it"), a run of title-case quotes (a list of
    songs), a title-case quote after a possessive or "called", one word used as a noun,
    and a short lower-case phrase woven into narrative with no speech verb in sight.
    """
    words = text[m.start:m.end].split()
    n = len(words)
    before = text[max(0, m.open_at - 40):m.open_at].split()
    after_end = (m.close_at + 1) if m.close_at is not None else m.end
    after = text[after_end:after_end + 40].split()
    prev_w = before[-1] if before else ""
    next_w = after[0] if after else ""
    bare_prev = prev_w.lower().strip(",:;")
    bare_next = next_w.lower().strip(",.;:")
    quote_end = text[m.start:m.end].rstrip()[-1:]
    title_like = bool(words) and words[0][:1].isupper() and n <= 8
    if bare_prev in STRONG_NAME_NOUNS or (bare_prev in NAME_NOUNS and title_like):
        return True  # the slogan "Potholes, we're on it."; the campaign "Begins at home."
    after_next = after[1].lower().strip(",.") if len(after) > 1 else ""
    if (bare_next in NAME_NOUNS and quote_end != "," and not next_w.endswith((",", "."))
            and n <= 8 and (after_next not in SPEECH_FORMS or bare_prev in DETS)):
        return True  # the "Begins at home" campaign
    if NAMING_AFTER.match(text, after_end) and n <= 5:
        return True
    # a nickname between first name and surname: Donald "The Donald" Trump
    if (n <= 4 and prev_w[:1].isupper() and next_w[:1].isupper() and prev_w.isalpha()
            and next_w.isalpha() and words[0][:1].isupper() and words[-1][-1:].isalnum()):
        return True
    bare = [w.strip(".,!?;:") for w in words]
    if n == 1 and words[0].lower() in FUNCTION_WORDS:
        return True  # a word mentioned, not said: because "she" is a "he"
    caps = [w for w in bare if w[:1].isalnum()]
    all_caps = bool(caps) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in caps
    ) and not caps[0][:1].islower() and not words[-1].endswith(("!", "?"))
    is_title_case = all_caps and n <= 7
    # a run of titles: "Down By The Harbor," "Blue Lantern" and ...; a list of books may
    # hold long ones ("Makers of Thunder: Halden Labs and the Rise of the Pocket Radio")
    if all_caps and n <= 14 and (LIST_BEFORE.search(text[max(0, m.open_at - 8):m.open_at])
                                 or LIST_AFTER.match(text, after_end)):
        return True
    if (n <= 2 and not has_cue and all(w[:1].islower() for w in words)
            and not words[-1].endswith((".", "!", "?", ",")) and next_w[:1].islower()
            and bare_prev not in {"as", "of", "called", "calling", "dubbed", "and", "or"}
            and bare_next not in {"and", "or"}):
        return True  # prose using a term: two "deliveries" of payloads
    if is_title_case:
        lead = prev_w.lower()
        naming = any(w.lower().startswith(NAMING) for w in before[-3:])
        if not has_cue or naming or lead.endswith(("'s", "\u2019s")) or lead in TITLE_LEAD:
            return True  # a programme, book or film: CNN's "State of the Union."
    # a single word used as a noun with a determiner: the "reliability" of ...
    det = prev_w.lower()
    if (det == "the" and 2 <= n <= 3 and all(w[:1].islower() for w in words)
            and words[-1][-1:].isalpha() and next_w in NOUN_PREPS):
        return True  # a term named in prose: the "physical fight" for her life
    noun_use = n == 1 and not words[0].endswith((".", "!", "?", ",")) and det in DETS
    return noun_use and next_w[:1].islower() and (
        not has_cue or (next_w in {"of", "in", "on", "for"} and det == "the")
    )


#: Nouns a quoted phrase names when it stands between them and a determiner: the "one
#: country, two systems" formula, its "zero tolerance" policy.
FRAME_NOUNS = {
    "formula", "principle", "doctrine", "policy", "policies", "model", "framework",
    "strategy", "agenda", "movement", "scheme", "programme", "program", "plan", "approach",
    "concept", "era", "rule", "rules", "deal", "narrative", "theory", "ideology",
}


def names_a_frame(text: str, start: int, end: int) -> bool:
    """Whether the quoted words ``text[start:end]`` name a policy or an idea: the "one
    country, two systems" formula, a "use it or lose it" approach. Words in circulation,
    not what someone said: ``extract`` keeps them, the brief's quotes section does not."""
    words = text[start:end].split()
    before = text[max(0, start - 41):max(0, start - 1)].split()
    after = text[end + 1:end + 41].split()
    if not words or not before or not after or len(words) > 8:
        return False
    prev_w, next_w = before[-1].lower(), after[0].lower()
    if words[-1][-1:] in {",", ".", "!", "?"} or next_w.rstrip(",.;:") != next_w:
        return False
    return next_w in FRAME_NOUNS and (prev_w in DETS or prev_w.endswith(("'s", "\u2019s")))


LABEL_RE = re.compile(r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s")
DASH_RE = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*")


def _label_speaker(att: _Attributor, text: str, m: Marked, para_start: int) -> Attribution | None:
    """Transcript style: 'WALLACE: Let's start ...' (the label opens the quote or paragraph)."""
    for at in (m.start, para_start):
        lm = LABEL_RE.match(text, at)
        if (lm and at <= m.start <= lm.end() + 2) or (lm and at == m.start):
            name = lm.group(1).rstrip(".").title()
            p = att.cast.person_named(name, len(text))
            if p is not None:
                return Attribution(p.name, "person", p.role, None, 0.85)
            return Attribution(name, "person", None, None, 0.75)
    return None


def _dash_speaker(att: _Attributor, text: str, m: Marked) -> Attribution | None:
    """A signature after the closing mark: '"...." \u2015 Pamela Padilla'."""
    if m.close_at is None:
        return None
    dm = DASH_RE.match(text, m.close_at + 1)
    if not dm or "\n" in dm.group(0):
        return None
    after = att.doc.char_span(dm.end(), min(len(text), dm.end() + 60), alignment_mode="expand")
    if after is None or not len(after) or not after[0].text[:1].isupper():
        return None
    name_toks: list[Token] = []
    for t in after:
        if t.text[:1].isupper() or (t.text in {".", "-"} and name_toks):
            name_toks.append(t)
        else:
            break
    if not name_toks:
        return None
    name = att.doc[name_toks[0].i: name_toks[-1].i + 1].text.rstrip(".")
    p = att.cast.person_named(name, len(text))
    if p is not None:
        return Attribution(p.name, "person", p.role, None, 0.85)
    kind: SpeakerType = "person" if after[0].ent_type_ in {"PERSON", ""} else "organisation"
    return Attribution(name, kind, None, None, 0.8)


def _closing_signature(att: _Attributor, text: str, m: Marked, para_end: int) -> Attribution | None:
    """The dash signature after the paragraph's last quote ``m``, when nothing but the
    name follows it to the end of the paragraph ('... ― Rosa Delgado.')."""
    if m.close_at is None:
        return None
    dm = DASH_RE.match(text, m.close_at + 1)
    if not dm or "\n" in dm.group(0):
        return None
    tail = text[dm.end():para_end].strip().rstrip(".")
    if not tail or len(tail.split()) > 5 or any(not w[:1].isupper() for w in tail.split()):
        return None
    return _dash_speaker(att, text, m)


#: A rule, standard or law quoted as text: the "standards that prohibit lawyers ... if they
#: "participated ..."" speak for themselves.
RULE_NOUNS = {
    "rule", "standard", "law", "regulation", "code", "statute", "guideline", "provision",
    "clause", "bylaw", "constitution", "charter", "policy", "act", "amendment", "treaty",
}
RULE_VERBS = {
    "prohibit", "require", "bar", "ban", "forbid", "allow", "permit", "define", "provide",
    "mandate", "stipulate", "oblige", "obligate", "exempt",
}
RULE_FORMS = verb_forms(RULE_VERBS)


def _rule_speaker(att: _Attributor, m: Marked) -> Attribution | None:
    """A quote with no cue inside what a rule prohibits or requires: the rule is the
    document that says it ("conduct standards that prohibit lawyers ... if they
    "participated ..."", "The statute requires that owners "..."")."""
    doc = att.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "<rule> that|which <prohibits> ...", read off the words (the parser often takes
    # "prohibit" for a noun there), before the quote in its sentence
    sent = span[0].sent
    for k in range(span.start - 1, max(sent.start, span.start - 40), -1):
        t = doc[k]
        if t.lower_ not in {"that", "which"} or k + 1 >= span.start or k == sent.start:
            continue
        verb = doc[k + 1].lower_
        noun = doc[k - 1]
        if noun.text == ",":
            noun = doc[k - 2] if k - 2 >= sent.start else noun
        if RULE_FORMS.get(verb) in RULE_VERBS and (
                noun.lemma_.lower() in RULE_NOUNS or noun.lower_.rstrip("s") in RULE_NOUNS):
            lo = noun.i
            while lo > sent.start and (doc[lo - 1].pos_ in {"PROPN", "NOUN", "ADJ"}
                                       or doc[lo - 1].tag_ == "POS"):
                lo -= 1
            return Attribution(doc[lo:noun.i + 1].text, "document", None, None, 0.6)
        break
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in RULE_VERBS:
            continue
        if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            noun = tok.head
        else:
            subs = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            if not subs:
                return None
            noun = subs[0]
        if noun.lemma_.lower() not in RULE_NOUNS or att.quoted.covers(noun):
            return None
        lo = noun.left_edge.i
        while lo < noun.i and (doc[lo].lower_ in {"a", "an", "the"} or doc[lo].is_punct):
            lo += 1
        return Attribution(doc[lo:noun.i + 1].text, "document", None, None, 0.6)
    return None


def _colon_speaker(att: _Attributor, m: Marked) -> Attribution | None:
    """'Obama is rolling out a new message: "It's about me."': the clause's subject."""
    doc = att.doc
    before = att.text[:m.open_at].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    root = sent.root
    subs = [c for c in root.children if c.dep_ in SUBJ_DEPS and c.i < span[0].i]
    if not subs:
        return None
    a = att.name(subs[0], root)
    if not a.speaker:
        return None
    a.cue = None
    a.confidence = min(a.confidence, 0.6)
    return a


def extract_quotes(doc: Doc, *, indirect: bool = True, cast: Cast | None = None) -> list[Quote]:
    """Direct, partial and (unless ``indirect=False``) indirect quotes, in text order.

    ``cast`` is the article's cast (:func:`briefgen.extract.cast.build_cast`); one is
    built when not given. Speakers the tagger missed are added to it.
    """
    text = doc.text
    if cast is None:
        cast = Cast(doc, text)
    marked = cast.marked()
    quoted = _Quoted(sorted(
        (m.open_at, (m.close_at + 1) if m.close_at is not None else m.end) for m in marked
    ))
    cast.set_quoted(quoted.spans)
    att = _Attributor(doc, quoted, text, cast)
    # and the breaks a wall of text lost (briefgen.ingest.text.wall_breaks)
    para_starts = _paragraph_starts(text, doc.user_data.get("recovered_breaks", ()))
    out: list[tuple[Quote, Marked | None, bool]] = []
    last_att: Attribution | None = None
    signed: set[int] = set()  # quotes a label or signature attributes
    grouped: set[int] = set()  # quotes credited to an unnamed group: no one's floor after
    last_in_para: dict[int, Marked] = {}
    for m in marked:
        last_in_para[bisect.bisect_right(para_starts, m.open_at) - 1] = m
    para_sigs: dict[int, Attribution | None] = {}

    for m in marked:
        group: Attribution | None = None
        para = bisect.bisect_right(para_starts, m.open_at) - 1
        found = att.cue_for(m.open_at, (m.close_at + 1) if m.close_at is not None else m.end)
        if _is_scare(text, m, found is not None and found[3]):
            continue
        a = _label_speaker(att, text, m, para_starts[para]) or _dash_speaker(att, text, m)
        if a is None and found is None and not m.continued:
            # '"...." And she was right, it gives back "...." ― Rosa Delgado.': a
            # signature closing the paragraph signs every quote in it with no cue
            if para not in para_sigs:
                end = para_starts[para + 1] if para + 1 < len(para_starts) else len(text)
                para_sigs[para] = _closing_signature(att, text, last_in_para[para], end)
            sig = para_sigs[para]
            a = replace(sig, confidence=0.8) if sig is not None else None
        is_signed = a is not None
        if a is not None:
            pass
        elif found is not None:
            cue, lo, hi, same = found
            att.quote_words = _capitalised(text, m.start, m.end)
            a = att.attribute_cue(cue, lo, hi)
            att.quote_words = set()
            if not same:
                a.confidence = min(a.confidence, 0.85)
            if cue_lemma(cue) == "report" and a.speaker_type == "person":
                a = _reported_source(att, cue, a) or a
        elif m.continued and last_att is not None and last_att.speaker:
            a = replace(last_att, confidence=last_att.confidence * 0.95)
        else:
            group = _group_clause(att, m)
            a = (_colon_speaker(att, m) or _rule_speaker(att, m) or group
                 or _earlier_speaker(att, out, para_starts, para, m.open_at, grouped))
            goes_on = bool(out) and out[-1][0].speaker == a.speaker and (
                out[-1][0].start >= para_starts[para])
            if a.speaker and a.speaker_type == "person" and a.cue is None and not goes_on:
                # carried over from a cue or a paragraph before: not to the person the quote
                # itself names ('Ana Ruiz spoke, Tom Vale told us. "Ana Ruiz had said ..."');
                # a speaker's own next quote may name him ('"...," Ruiz said. "Vote for
                # Ana Ruiz and you get a mayor who listens."')
                p = cast.actor_named(a.speaker)
                if p is not None and p.kind == "person" and _names(p, _capitalised(text, m.start, m.end)):
                    a = Attribution(confidence=0.2)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        sent_start = span[0].sent.start_char if span is not None and len(span) else m.open_at
        q = Quote(text=text[m.start:m.end], start=m.start, end=m.end, speaker=a.speaker,
                  speaker_type=a.speaker_type, speaker_role=a.role, cue=a.cue,
                  kind=_kind(text, m, sent_start), confidence=round(a.confidence, 2))
        out.append((q, m, found is not None))
        if is_signed:
            signed.add(id(q))
        if group is not None and a is group:
            grouped.add(id(q))
        if a.speaker or not m.continued:
            last_att = a
    _backfill_chains(out)
    _pull_quotes([x for x in out if id(x[0]) not in signed])
    quotes = [q for q, _, _ in out]
    if indirect:
        # scare quotes left out above may sit inside reported speech; real quotes may not
        kept = _Quoted(sorted((q.start - 1, q.end + 1) for q in quotes))
        quotes.extend(_indirect(att, doc, kept))
    quotes.sort(key=lambda q: q.start)
    spelled: dict[str, str | None] = {}
    for q in quotes:
        if q.speaker and q.speaker_type in ("organisation", "document") and ACRONYM.match(q.speaker):
            if q.speaker not in spelled:
                spelled[q.speaker] = _spelled_out(cast, q.speaker)
            q.speaker = spelled[q.speaker] or q.speaker
        if q.speaker and _MARKUP_CHARS.search(q.speaker):
            q.speaker = _strip_markup(q.speaker)
            if q.speaker is None:
                q.speaker_type = "unknown"
    return quotes


ACRONYM = re.compile(r"^(?:the\s+)?([A-Z]{3,6})$")
#: A man or woman of a nation, in one word ("the Dutchman said").
_NATIONAL_MAN = re.compile(r"(?:French|English|Dutch|Irish|Scots|Welsh|Cornish|Manx)(?:wo)?m[ae]n")
_CAPITALISED = re.compile(r"[A-Z]\w*")


def _capitalised(text: str, lo: int, hi: int) -> set[str]:
    """The capitalised words of ``text[lo:hi]``, lower-cased: the names a quote may hold."""
    return {w.lower() for w in _CAPITALISED.findall(text, lo, hi)}


def _names(p: Actor, words: set[str]) -> bool:
    """Is one of ``p``'s name words (longer than two letters) among ``words``?"""
    return bool({w for f in (p.name, *p.forms) for w in name_key(f) if len(w) > 2} & words)


def _spelled_out(cast: Cast, acronym: str) -> str | None:
    """The organisation an acronym stands for, when the article spells it out once: "the
    CFS" is the "Danish Center for Food Safety" named before. The
    letters are the initials of consecutive capitalised words, from the first word or the
    second (a nationality before the name); one candidate only."""
    letters = ACRONYM.match(acronym)
    if letters is None:
        return None
    want = letters.group(1)
    fits = set()
    for a in cast.actors:
        if a.kind != "organisation":
            continue
        initials = "".join(w[0] for w in a.name.split() if w[:1].isupper())
        if initials == want or (len(initials) > len(want) and initials[1:1 + len(want)] == want):
            fits.add(a.name)
    return fits.pop() if len(fits) == 1 else None


# Left-over markup in pasted text ('<a href="...">Sanders</a>') must not reach a name.
_MARKUP_CHARS = re.compile(r'[<>="]')


def _strip_markup(name: str) -> str | None:
    name = re.sub(r"<[^>]*>?", " ", name)  # whole tags, and a tag cut off at the end
    name = re.sub(r'^.*[>="]', "", name)  # the tail of a tag cut off at the start
    return " ".join(name.split()) or None


def _paragraph_starts(text: str, recovered: Iterable[int] = ()) -> list[int]:
    """Where each paragraph starts: after each blank line, and at each break put back
    into a wall of text (``recovered``)."""
    starts = [0, *recovered]
    pos = text.find("\n\n")
    while pos >= 0:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return sorted(set(starts))


def _cue_speaker(att: _Attributor, lo_char: int, hi_char: int) -> tuple[int, Attribution] | None:
    """The last speech verb with a named speaker between two offsets, outside quotes."""
    doc = att.doc
    lo = bisect.bisect_left(att.cue_chars, lo_char)
    hi = bisect.bisect_left(att.cue_chars, hi_char)
    for k in range(hi - 1, lo - 1, -1):
        t = doc[att.cues[k]]
        a = att.attribute_cue(t, t.sent.start, t.i)
        if a.speaker:
            return t.idx, a
    return None


def _reported_source(att: _Attributor, cue: Token, reporter: Attribution) -> Attribution | None:
    """ "All "relevant sites" were disinfected, reports Wee": a journalist reports what
    someone else said. The source is the named speaker of the cue just before (within two
    sentences, "the agency said it had ..., according to Wee"), when it is someone else."""
    doc = att.doc
    lo = cue.sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for i in reversed(att.cues):
        if i >= cue.i or i < lo:
            continue
        t = doc[i]
        if t.lower_ == "according" or cue_lemma(t) == "report":
            continue
        a = att.attribute_cue(t, t.sent.start, t.i)
        if a.speaker and a.speaker != reporter.speaker and a.speaker_type in ("person", "organisation"):
            a.confidence = min(a.confidence, 0.7)
            return a
    return None


CLAUSE_UP = {"xcomp", "pcomp", "prep", "advcl", "conj", "ccomp", "acl"}


def _group_clause(att: _Attributor, m: Marked) -> Attribution | None:
    """A quote with no speech verb, in a clause whose subject is people the article does
    not name: 'when the officials are reduced to lecturing us that "..."', 'residents
    launched "..." marches'. The words are that group's, not the last speaker's: the
    group is the speaker, typed unknown (a brief does not print it as anyone's)."""
    doc = att.doc
    first = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    qi = first[0].i
    if qi > 0 and doc[qi - 1].text == ",":
        return None  # ', "that does not mean ...': a clause of its own, maybe the last speaker's
    lo = max(doc[qi].sent.start, qi - 12)
    inner = doc[min(qi + 1, len(doc) - 1)] if doc[qi].is_quote else doc[qi]
    # the nearest verb before the quote that governs it ("Just because scientists knew,
    # "that doesn't mean ...": a clause before the quote that does not hold it says nothing)
    above = {a.i for a in inner.ancestors}
    verb = next((doc[k] for k in range(qi - 1, lo - 1, -1)
                 if doc[k].pos_ == "VERB" and k in above and not att.quoted.covers(doc[k])), None)
    for _ in range(4):
        if verb is None:
            return None
        subs = [c for c in verb.children if c.dep_ in SUBJ_DEPS and not att.quoted.covers(c)]
        if subs:
            subj = subs[0]
            if not unnamed_people(subj):
                return None
            return Attribution(att._phrase(subj), "unknown", None, None, 0.5)
        if verb.dep_ not in CLAUSE_UP or verb.head.i == verb.i or verb.head.i >= qi:
            return None
        verb = verb.head
    return None


def _earlier_speaker(att: _Attributor, out: list[tuple[Quote, Marked | None, bool]],
                     para_starts: list[int], para: int, at: int,
                     skip: set[int] | None = None) -> Attribution:
    """A quote with no cue of its own: who was speaking just before it.

    First whoever was quoted or reported earlier in the same paragraph, then the last
    speaker of the paragraph before (a quote-only paragraph continuing a speaker, or a
    paragraph introducing the expert who is then quoted).
    """
    p_lo = para_starts[para]
    prev_lo = para_starts[para - 1] if para > 0 else 0
    best_pos = -1
    best: Attribution | None = None
    for q, _, _ in reversed(out):
        if q.start < prev_lo:
            break
        if skip and id(q) in skip:
            continue  # an unnamed group's words do not make the group the speaker after
        if q.speaker:
            best_pos = q.start
            best = Attribution(q.speaker, q.speaker_type, q.speaker_role, None, q.confidence)
            break
    # a quote earlier in the same paragraph keeps the floor; otherwise the last cue
    if best_pos < p_lo:
        cue = _cue_speaker(att, prev_lo, at)
        if cue is not None and cue[0] > best_pos:
            best_pos, best = cue
    if best_pos < p_lo:
        # "Sanders identified X as a reason. "Quote."": the person the paragraph is about
        subj = _paragraph_subject(att, p_lo, at)
        if subj is not None:
            return subj
    if best is None or not best.speaker:
        return Attribution(confidence=0.2)
    conf = 0.7 if best_pos >= p_lo else 0.6
    return Attribution(best.speaker, best.speaker_type, best.role, None, min(conf, best.confidence))


def _paragraph_subject(att: _Attributor, lo_char: int, hi_char: int) -> Attribution | None:
    """A named person who is the subject of a main clause between two offsets."""
    doc = att.doc
    span = doc.char_span(lo_char, hi_char, alignment_mode="contract")
    if span is None:
        return None
    found: Attribution | None = None
    for root in (t for t in span if t.dep_ == "ROOT"):
        for c in root.children:
            if c.dep_ in SUBJ_DEPS and not att.quoted.covers(c) and c.idx < hi_char:
                m = att.cast.mention_at(c.i)
                if m is not None and m.kind == "person":
                    p = att.cast.person_named(m.name, c.idx + 1)
                    name = p.name if p else m.name
                    found = Attribution(name, "person", p.role if p else None, None, 0.5)
    return found


def _backfill_chains(out: list[tuple[Quote, Marked | None, bool]]) -> None:
    """A multi-paragraph quote attributed only at its end: give the speaker to every part."""
    i = len(out) - 1
    while i > 0:
        q, m, _ = out[i]
        if m is not None and m.continued and q.speaker:
            j = i - 1
            while j >= 0:
                pq, pm, _ = out[j]
                if pm is None or not pm.continues:
                    break
                if not pq.speaker:
                    pq.speaker, pq.speaker_type, pq.speaker_role = q.speaker, q.speaker_type, q.speaker_role
                    pq.confidence = round(q.confidence * 0.95, 2)
                if not pm.continued:
                    break
                j -= 1
        i -= 1


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _pull_quotes(out: list[tuple[Quote, Marked | None, bool]]) -> None:
    """A pull quote: words set apart from the text, with no cue of their own, that the
    article quotes again with its attribution ('"My fears came true"' ... 'Ruiz told the
    panel, "... my fears came true ..."'). It takes the speaker of the attributed copy,
    wherever that stands, over whoever spoke last before it."""
    cued = [(q, _words(q.text)) for q, _, has_cue in out if has_cue and q.speaker]
    for q, _, has_cue in out:
        if has_cue or q.cue is not None:
            continue
        words = _words(q.text)
        if len(words.split()) < 5:
            continue
        source = next((c for c, w in cued if c is not q and f" {words} " in f" {w} "), None)  # whole words
        if source is not None and source.speaker != q.speaker:
            q.speaker, q.speaker_type, q.speaker_role = (source.speaker, source.speaker_type,
                                                         source.speaker_role)
            q.confidence = round(min(source.confidence, 0.85), 2)


def _indirect(att: _Attributor, doc: Doc, kept: _Quoted) -> list[Quote]:
    """Reported speech: 'X said (that) <clause>', the clause as the quote text."""
    out: list[Quote] = []
    text = att.text
    for i in att.cues:
        verb = doc[i]
        if verb.pos_ != "VERB" or cue_lemma(verb) not in REPORT_VERBS:
            continue
        comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if not comps:
            continue
        comp = comps[0]
        if not any(c.dep_ in SUBJ_DEPS | {"expl"} for c in comp.children):
            continue
        toks = list(comp.subtree)
        lo, hi = toks[0].i, toks[-1].i + 1
        while lo < hi and (doc[lo].dep_ == "mark" or doc[lo].is_punct or (
            doc[lo].lower_ == "that" and doc[lo].dep_ not in SUBJ_DEPS
        )):
            lo += 1
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        if hi - lo < 4:
            continue
        span: Span = doc[lo:hi]
        start, end = span.start_char, span.end_char
        brk = text.find("\n\n", start, end)  # never across a paragraph
        if brk >= 0:
            end = brk
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if end - start < 12 or kept.overlaps(start, end):
            continue
        a = att.attribute_cue(verb, verb.sent.start, verb.i)
        out.append(Quote(text=text[start:end], start=start,
                         end=end, speaker=a.speaker, speaker_type=a.speaker_type,
                         speaker_role=a.role, cue=verb.text, kind="indirect",
                         confidence=round(min(a.confidence, 0.9) * 0.8, 2)))
    return out
