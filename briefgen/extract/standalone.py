"""Make a sentence of the article read on its own, in the editorial bracket convention.

A key fact is read out of its paragraph, so a sentence that leans on the one before it
("He adds that ...", "But recovery rates are high", "They were diagnosed ...") is either
made to stand alone or not used:

- a pronoun or a bare surname as the subject is replaced by the name it refers to, in
  square brackets ("[Arun Valdar] adds that ..."); the referent comes from the
  article's cast (:meth:`briefgen.extract.cast.Cast.referent`), a plural "they" from the
  subject of the sentence before ("[The three patients] were diagnosed ...");
- a leading connective ("But", "However,") is dropped and the next word capitalised in
  brackets ("[Recovery] rates are high");
- a relative day ("On Sunday") gets its date in brackets ("On Sunday [14 January]");
- a cut is marked with an ellipsis.

Every change is an :class:`~briefgen.models.Edit`, so the words outside the brackets
are the article's and ``restore`` gives them back. A line whose first word still leans
on what came before (an unresolved "it", "this", "there") is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from briefgen.dates import WEEKDAYS
from briefgen.extract.cast import (
    KIN_NOUNS,
    PLACE_EPITHETS,
    ROLE_NOUNS,
    TITLE_WORDS,
    Actor,
    Cast,
    Epithet,
    epithet_at,
    epithet_referent,
    name_key,
    opening_age,
    place_referent,
    written_name,
)
from briefgen.models import Edit

__all__ = ["CONNECTIVES", "LEANING", "Line", "keeps_contrast", "leans_back", "leans_on_previous",
           "make_line"]

#: Words that tie a sentence to the one before; dropped from the front of a line.
CONNECTIVES = frozenset({
    "but", "and", "or", "so", "also", "however", "meanwhile", "still", "yet", "then",
    "instead", "besides", "moreover", "furthermore", "nevertheless", "nonetheless", "thus",
    "hence", "plus", "likewise", "similarly", "indeed", "again", "consequently", "therefore",
    "accordingly", "additionally",
})
#: First words after which a line cannot be read alone (a reader asks "who?" or "what?").
LEANING = frozenset({
    "he", "she", "they", "it", "its", "his", "her", "their", "them", "this", "that",
    "these", "those", "there", "here", "another", "others", "both", "such", "which", "who",
    "we", "i", "you", "our", "my", "your", "him", "us", "me",
}) | CONNECTIVES
#: Openers that place a sentence after the one before ("A short time later, police
#: stopped ...", "Finally, the talks paid off", "By then, ..."): dropped with their
#: comma, like a connective. Without the comma they may be the clause's own words.
SEQUENCE_OPENER = re.compile(
    r"(?:finally|eventually|subsequently|afterwards?|later|by then|since then|as a result|"
    r"firstly|secondly|thirdly|lastly|first of all|"
    r"a (?:short|little) (?:time|while) (?:later|afterwards?)|shortly (?:after|afterwards?|thereafter)|"
    r"soon (?:after|afterwards?)|(?:moments|minutes|hours|days|weeks|months) later)\s*,\s*",
    re.I,
)
#: "So far", "Still more": the word is not a connective there.
_NOT_CONNECTIVE_AFTER = {"so": {"far", "much", "many", "long", "too", "that"},
                         "still": {"more", "less", "other"}, "then": {"-"}}
def _answers_before(first: Token, root: Token) -> bool:
    """Does a line opening on ``first`` answer the sentence before instead of stating
    something: "Not in Lisbon, where ..., the mayor said.", "Not to the author, who ..."?
    "not" negates a prepositional phrase, no verb follows the phrase ("Not since 1990 has
    the council ..." inverts and is a statement), and the sentence's main verb is one of
    saying or it has no subject ("Not for the first time, the council delayed ..." has)."""
    if first.lower_ == "not" and first.head.pos_ in {"NOUN", "PROPN"} and first.head.dep_ == "ROOT":
        return True  # "Not selfie sticks, which ...": a noun phrase, no clause of its own
    if first.lower_ != "not" or first.dep_ != "neg" or first.head.pos_ not in {"ADP", "SCONJ"}:
        return False
    doc = first.doc
    after = first.head.right_edge.i + 1
    if after < len(doc) and doc[after].pos_ in {"AUX", "VERB"}:
        return False
    return root.lemma_.lower() in {"say", "tell", "add"} or not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children)


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_PERSON_PRONOUNS = {"he", "she", "him"}
_PERSON_POSSESSIVES = {"his", "her"}
_PLURAL = {"they", "their", "them"}
# "today" is left alone: in news it as often means "nowadays" as the day of publication
_RELATIVE_DAY = re.compile(
    r"^(?:on |since |by |until |from |as of )?(?:(?:last|this|next|this past) )?"
    r"(?:" + "|".join(WEEKDAYS) + r")(?: (?:morning|afternoon|evening|night))?$"
    r"|^(?:yesterday|tomorrow|last night)$",
    re.I,
)
#: A date written out right after the day ("Friday, Dec. 6", "Monday (Nov. 18)").
_EXPLICIT_AFTER = re.compile(
    r"^(?:'s)?\s*(?:night|morning|afternoon|evening)?\s*[,(]?\s*(?:\d|(?:" + "|".join(
        m[:3] for m in ("january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december")) + r"))",
    re.I,
)
#: A clause that turns or qualifies what came before. Whatever a cut drops must not hold
#: one, or the line could say the opposite of the article ("..., though officials say the
#: risk of flooding is small"; "... when, in fact, she replied at once").
CONTRAST = re.compile(
    r"(?:^|[,;:\u2013\u2014(]\s*|\s)(?:though|although|but|yet|whereas|despite|except|unless|"
    r"in fact|in reality|actually|rather than|instead of|only to|not because|even so)\b"
    r"|(?:^|[,;\u2013\u2014(]\s*)(?:while|even|when,? in fact|not|no|never|without)\b",
    re.I,
)


@dataclass
class Line:
    """A line as printed, and the edits that made it from the article's words."""

    text: str
    edits: list[Edit]


def keeps_contrast(tail: str) -> bool:
    """Does ``tail`` (what a cut would drop) hold a concessive or contrastive clause?"""
    return bool(CONTRAST.search(tail.strip()))


def leans_on_previous(text: str) -> bool:
    """True when a line opens on a word that needs the sentence before it.

    A word capitalised in brackets ("[There] may be ...") counts as itself.
    """
    m = re.search(r"[A-Za-z]+", text)
    return m is not None and m.group().lower() in LEANING


#: Lines that make_line lets through (their first word is the article's own) but that still
#: need the sentence before them: a person named only by a description ("The man told
#: doctors ...", "The 55-year-old is ..."), a place in a sequence ("First it was ...",
#: "... as a result.", "The following chart ..."), a pronoun in the opening phrase ("In it,
#: ...", "Even though it's ...", "Concerned, his doctor ...").
_LEANS_BACK = re.compile(
    r"^(?:The|This|That) (?:\d+-year-old|(?:young |elderly )?(?:man|woman|boy|girl|couple|pair|"
    r"suspect|victim|patient|hunter|teenager|actor|actress|singer)\b(?! of\b))(?! \[)"
    r"|^(?:First|At first),? (?:it|he|she|they|there|we|I)\b"
    r"|^The following\b"
    r"|\bas a (?:result|consequence)[.!]?[\"'\u201d\u2019)]*$"
    r"|^(?:In|On|At|From|With|Of|For|By|Despite|Unlike|Like|After|Before) (?:it|them)\b"
    r"|^(?:Even though|Though|Although|While|Because|Since|If|When|As),? (?:it|they|he|she)\b"
    r"|^[A-Z][a-z]+, (?:his|her|their|its) "
)


def leans_back(text: str) -> bool:
    """True when a printed line needs a sentence before it: it opens on a word that leans
    (:func:`leans_on_previous`), or on a description, sequence word or pronoun phrase a
    reader cannot place alone ("The man told doctors ...", "First it was ...", "In it,
    ...", "... as a result."). For the brief's order only: an extracted line is not
    refused for it (the article's top lines often read so after the headline)."""
    return leans_on_previous(text) or _LEANS_BACK.search(text.strip()) is not None


def _possessive(name: str, text: str) -> str:
    apos = "\u2019" if "\u2019" in text else "'"
    return name + apos if name.endswith("s") else name + apos + "s"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _main_subject(sent: Span, before: int | None = None) -> Token | None:
    for t in sent:
        if before is not None and t.i >= before:
            break
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == sent.root.i:
            return t
    return None


def _salient_person(tok: Token, cast: Cast, depth: int = 0) -> Actor | None:
    """The person a reader takes "he"/"she" to mean: the last main subject that is one.

    Looks at the main subject earlier in the same sentence, then of the two sentences
    before; a pronoun there passes on its own referent. An unnamed person as that
    subject ("the man", "a doctor") means the pronoun is theirs: None.
    """
    doc = tok.doc
    sent = tok.sent
    candidates: list[tuple[Span, int | None]] = [(sent, tok.i)]
    s = sent
    for _ in range(2):
        if s.start == 0:
            break
        s = doc[s.start - 1].sent
        candidates.append((s, None))
    for snt, before in candidates:
        subj = _main_subject(snt, before)
        if subj is None or subj.i == tok.i:
            continue
        if subj.lower_ in _PERSON_PRONOUNS and depth < 3:
            return _salient_person(subj, cast, depth + 1)
        actor = cast.actor_at(subj.i)
        if actor is None and subj.pos_ == "NOUN":
            # "The mayor of Vell, Anna Berg, resigned ...": the name in apposition
            actor = next((a for c in subj.subtree if c.dep_ == "appos"
                          and (a := cast.actor_at(c.i)) is not None), None)
        if actor is not None:
            return actor if actor.kind == "person" else None
        if subj.pos_ in {"NOUN", "PRON"}:
            return None  # "the man said ...": an unnamed person, or "it"/"they"
    return None


def _agreed_person(tok: Token, cast: Cast) -> Actor | None:
    """The person "he"/"his" at ``tok`` means, when the cast's referent is a person and the
    one a reader takes it for (:func:`_salient_person`); else None: not sure enough."""
    actor = cast.referent(tok)
    if actor is None or actor.kind != "person" or _salient_person(tok, cast) is not actor:
        return None
    return actor


def _chunk(tok: Token) -> Span | None:
    """A short noun phrase headed by ``tok``: "the three patients", "Smith and Jones"."""
    doc = tok.doc
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in {"det", "amod", "compound", "nummod", "poss", "quantmod", "nmod"}:
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ == "conj" or c.dep_ == "cc":
            right = max(right, c.right_edge.i if c.dep_ == "conj" else c.i)
    span = doc[left : right + 1]
    if not 1 <= len(span) <= 6 or any(t.pos_ == "PRON" or (t.is_punct and t.text != "-") for t in span):
        return None
    return span


def _plural_antecedent(tok: Token, owner: bool = False) -> str | None:
    """What a sentence-opening "they" refers to: the plural subject of the sentence before.

    For "their" (``owner``), something that owns: a plural noun ("the men") or named
    parties joined by "and" ("Smith and Jones"), not two things ("resolution and scale").
    """
    doc = tok.doc
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for t in prev:
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.i != prev.root.i:
            continue
        plural = t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children) or (
            t.ent_type_ in {"NORP"} and t.text.endswith("s"))
        if not plural:
            return None
        if owner and t.tag_ not in {"NNS", "NNPS"} and not all(
                c.ent_type_ for c in [t, *(c for c in t.children if c.dep_ == "conj")]):
            return None
        span = _chunk(t)
        if span is None:
            return None
        return span.text
    return None


#: Verbs by which "it" points back at what the sentence before reported.
_EVENT_VERBS = {"come", "become", "follow", "mark"}


def _event_antecedent(tok: Token) -> str | None:
    """What "It comes amid a row over ..." refers to: the thing the sentence before was about.

    Only for a verb that places an event ("comes", "follows", "marks"), and only when
    the sentence before has a plain noun as its subject ("The merger has ...").
    """
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in _EVENT_VERBS or tok.sent.start == 0:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    subj = _main_subject(prev)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.ent_type_:
        return None
    span = _chunk(subj)
    if span is None or span[0].lower_ not in {"the", "this", "that"}:
        return None
    return span.text


def _org_antecedent(tok: Token, cast: Cast) -> Actor | None:
    """What a sentence-opening "it" refers to: an organisation that was the subject before."""
    doc = tok.doc
    sent = tok.sent
    if sent.start == 0 or tok.dep_ not in {"nsubj", "nsubjpass", "poss"}:
        return None
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return None  # "It is unclear whether ...", "It was the first time ..."
    if tok.dep_ == "nsubj" and _extraposed(tok.head):
        return None  # "It doesn't take much time to damage ...": the "it" stands for the clause
    prev = doc[sent.start - 1].sent
    for t in prev:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == prev.root.i:
            actor = cast.actor_at(t.i)
            if actor is not None and actor.kind == "organisation":
                return actor
            return None
    return None


#: Verbs whose "it" subject stands for a clause after them: "It takes years to ...",
#: "It seems that ...", "It makes sense to ...".
_EXTRAPOSING = {"take", "make", "seem", "appear", "cost", "matter", "help", "pay", "hurt",
                "remain", "happen", "look", "sound", "feel", "require"}


def _extraposed(verb: Token) -> bool:
    """Is ``verb`` one whose "it" is a dummy for a to- or that-clause after it?"""
    if verb.lemma_.lower() not in _EXTRAPOSING:
        return False
    for c in verb.subtree:
        if c.i > verb.i and c.dep_ in {"xcomp", "ccomp", "advcl", "csubj", "relcl"} and c.head.i in {
                verb.i, *(k.i for k in verb.children)} and any(
                k.lower_ in {"to", "that", "whether", "if"} and k.dep_ in {"aux", "mark"}
                for k in c.children):
            return True
    return False


def reported_subject(tok: Token, root: Token) -> bool:
    """The subject of what is reported when the reporting verb comes last: "The 55-year-old
    is the third resident to catch it, say officials"."""
    clause = tok.head
    return (tok.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "ccomp" and clause.head.i == root.i
            and clause.i < root.i and root.lemma_ in {"say", "tell", "report", "confirm", "add"})


def _name_epithet(doc: Doc, ep: Epithet, cast: Cast, body_toks: list[Token],
                  changes: list[tuple[int, int, str, str]]) -> None:
    """"The 23-year-old flew ..." -> "[Harry Kane] flew ...": a bare description as the
    subject is replaced by the name of the actor the cast finds it refers to
    (:func:`briefgen.extract.cast.epithet_referent`); when the cast is not sure, the line
    keeps the article's words. Never inside quote marks, never when the line names the
    actor before it.

    (Keeping the description and inserting the name after it, "The 23-year-old [Ana
    Ruiz] flew ...", was tried: it lowered ROUGE-1 on a gold half, so the name replaces.)"""
    span = doc[ep.start: ep.end]
    if span.start < body_toks[0].i or any(cast.in_quote(t.idx) for t in span):
        return
    actor = epithet_referent(cast, ep)
    if actor is None:
        return
    name = actor.name if actor.kind == "person" else written_name(actor)
    key = name_key(name)
    before = {t.lower_ for t in body_toks if t.i < span.start}
    if not key or set(key) <= before or (actor.kind == "person" and key[-1] in before):
        return  # "After Kane landed, the striker said ...": the line names them first
    for k, (s, e, _new, kind) in enumerate(changes):
        if kind == "connective" and s < span.start_char < e:
            # "But the agency said" -> "[NASA] said": the connective goes, nothing more
            changes[k] = (s, span.start_char, "", kind)
    changes.append((span.start_char, span.end_char, f"[{name}]", "referent"))


def _name_places(doc: Doc, cast: Cast, body_toks: list[Token], text: str,
                 changes: list[tuple[int, int, str, str]]) -> None:
    """"the state's new slogan" -> "[Tarn Valley's] new slogan": a place named only by
    what it is, as an owner ("the city's", "the country's"), gets the place's name when
    the cast finds one place of that kind it stands for (:func:`briefgen.extract.cast.
    place_referent`). Left as written inside quote marks, when the line names a place of
    its own before it ("Orrin ... the city's port"), or when the cast is not sure.

    (The same for an organisation, "the band's tour" -> "[The Rolling Pins'] tour" through
    :func:`briefgen.extract.cast.epithet_referent`, was tried: it lowered ROUGE-1 on a gold
    half, so it is not done.)"""
    for k, tok in enumerate(body_toks[:-2]):
        noun, pos = body_toks[k + 1], body_toks[k + 2]
        if tok.lower_ != "the" or noun.text not in PLACE_EPITHETS or pos.tag_ != "POS" or (
                cast.in_quote(tok.idx)):
            continue  # "the State's Attorney", "the City's Finest": a title or a name, not the place
        if any(t.ent_type_ in {"GPE", "LOC"} for t in body_toks[:k]):
            continue  # the line says which place itself
        place = place_referent(cast, noun.i, noun.lower_)
        if place is None:
            continue
        name = written_name(place)
        if set(name_key(name)) <= {t.lower_ for t in body_toks[:k]}:
            continue  # named on the line already
        changes.append((tok.idx, pos.idx + len(pos.text), f"[{_possessive(name, text)}]", "referent"))


def _date_insertions(doc: Doc, sent: Span, start: int, end: int,
                     published: dt.date | None) -> list[tuple[int, int, str, str]]:
    """" [14 January]" after each relative day on the line ("On Sunday").

    Reads ``doc.user_data["day_ahead"]`` when set (``briefgen.extract.extract_doc`` sets it
    to :func:`briefgen.dates.day_ahead` of the article): a bare week day may be that day,
    the day after publication; unset, a week day is resolved from ``published`` alone.
    """
    if published is None:
        return []
    # timeline imports facts, which imports this module: import at call time
    from briefgen.extract.timeline import date_outlook, named_day, resolve_date

    out: list[tuple[int, int, str, str]] = []
    for ent in sent.ents:
        if ent.label_ != "DATE" or ent.start_char < start or ent.end_char > end:
            continue
        lo = ent.start
        if lo > sent.start and doc[lo - 1].lower_ in {"last", "next", "this"}:
            lo -= 1
        phrase = doc[lo : ent.end].text
        if not _RELATIVE_DAY.match(phrase.strip()) or named_day(doc, ent):
            continue  # not a relative day, or one with a name ("Black Friday")
        future, past = date_outlook(ent, sent)
        got = resolve_date(phrase, published, future=future, past=past,
                           ahead=doc.user_data.get("day_ahead"))
        if got is None or got[1] != "day":
            continue
        day = dt.date.fromisoformat(got[0])
        label = f"{day.day} {day:%B}" + (f" {day.year}" if day.year != published.year else "")
        after = doc.text[ent.end_char : ent.end_char + 30]
        if label.lower() in after.lower() or _EXPLICIT_AFTER.match(after):
            continue  # "on Friday, Dec. 6" says it already
        out.append((ent.end_char, ent.end_char, f" [{label}]", "date"))
    return out


def _apply(text: str, start: int, end: int,
           changes: list[tuple[int, int, str, str]]) -> Line:
    out: list[str] = []
    edits: list[Edit] = []
    pos = start
    n = 0
    for s, e, new, kind in sorted(changes, key=lambda c: (c[0], c[1])):
        if s < pos:
            continue  # overlapping change: the first one wins
        out.append(text[pos:s])
        n += s - pos
        edits.append(Edit(start=n, end=n + len(new), original=text[s:e], kind=kind))  # type: ignore[arg-type]
        out.append(new)
        n += len(new)
        pos = e
    out.append(text[pos:end])
    return Line(text="".join(out), edits=edits)


#: Nouns for a person a later "he"/"she" on the line may mean ("The actress said she ...").
_PERSON_NOUNS = ROLE_NOUNS | TITLE_WORDS | KIN_NOUNS | {
    "man", "woman", "boy", "girl", "person", "victim", "suspect", "patient", "teenager",
    "teen", "driver", "pilot", "officer", "soldier", "worker", "student", "resident", "friend",
    "mom", "dad", "baby", "kid", "defendant", "witness", "nurse", "owner", "fan", "gunman",
    "year-old", "priest", "bishop", "rapper", "comedian", "athlete", "employee", "customer"}


def _could_be_antecedent(t: Token, cast: Cast, plural: bool) -> bool:
    """Might a reader take ``t`` as what a later pronoun on the line points back to?"""
    if plural:
        return t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"NORP", "ORG", "GPE"} or (
            t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}) or t.lower_ in {"we", "you"} or (
            t.pos_ == "NOUN" and t.lemma_ in {"group", "family", "team", "couple", "pair", "crew",
                                              "government", "company", "police", "party"})
    actor = cast.actor_at(t.i)
    return t.ent_type_ == "PERSON" or (actor is not None and actor.kind == "person") or (
        t.pos_ == "PROPN" and not t.ent_type_) or (
        t.pos_ == "NOUN" and t.lemma_.lower().split("-")[-1] in _PERSON_NOUNS)


#: Nouns for a person the article does not name ("the man", "a 43-year-old patient").
_UNNAMED = {"man", "woman", "boy", "girl", "person", "patient", "victim", "suspect", "teenager",
            "teen", "child", "baby", "year-old", "driver", "passenger", "resident", "student"}


def _unnamed_person_near(tok: Token) -> bool:
    """Is an unnamed person ("the man") in the sentence before ``tok`` or earlier in its
    own? Then a "his" may be theirs, whoever the main subject was."""
    sent = tok.sent
    lo = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.pos_ == "NOUN" and not t.ent_type_ and t.lower_.split("-")[-1] in _UNNAMED
               for t in tok.doc[lo:tok.i])


def _in_subject(tok: Token) -> bool:
    """Is ``tok`` a subject or inside one ("they", "their mothers", "None of them")?"""
    t = tok
    for _ in range(4):
        if t.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if t.dep_ not in {"poss", "pobj", "prep"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _name_pronouns(body_toks: list[Token], cast: Cast,
                   changes: list[tuple[int, int, str, str]], text: str) -> None:
    """Name a pronoun further in whose referent is not on the line before it, when sure:

    - "they" as the main clause's subject ("Once again they are ...") gets the plural
      subject of the sentence before, as an opening "they" does;
    - "he"/"his" in the subject gets the person the cast and the reader agree on
      ("Somehow, [Ana Ruiz's] account ...").

    Anything else is left as the article writes it: refusing such lines (and lines with a
    bare "Many"/"Most" subject) dropped more content than it saved (CNN/DM facts ROUGE-1
    31.32 -> 31.03). Names go into ``changes``.
    """
    named = {s for s, _, _, kind in changes if kind == "referent"}
    for k, tok in enumerate(body_toks):
        low = tok.lower_
        if tok.idx in named or cast.in_quote(tok.idx) or not _in_subject(tok):
            continue
        before = body_toks[:k]
        if low == "they" and tok.head.i == tok.sent.root.i:
            if named or any(_could_be_antecedent(t, cast, plural=True) for t in before):
                continue
            words = _plural_antecedent(tok)
            if words is not None:
                changes.append((tok.idx, tok.idx + len(tok.text), f"[{words}]", "referent"))
                named.add(tok.idx)
        elif low in _PERSON_PRONOUNS | _PERSON_POSSESSIVES and tok.pos_ == "PRON":
            if named or any(_could_be_antecedent(t, cast, plural=False) for t in before):
                continue  # someone is named on the line: the article's pronoun reads after it
            if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == t.sent.root.i
                   and t.pos_ == "PROPN" and _could_be_antecedent(t, cast, plural=False)
                   for t in body_toks[k + 1:]):
                continue  # "After selling his shop, Ruiz moved ...": the person comes after
            actor = _agreed_person(tok, cast)
            if actor is None or _unnamed_person_near(tok):
                continue
            name = actor.name if low in _PERSON_PRONOUNS or (low == "her" and tok.dep_ != "poss") \
                else _possessive(actor.name, text)
            changes.append((tok.idx, tok.idx + len(tok.text), f"[{name}]", "referent"))
            named.add(tok.idx)


def _line_gender(tok: Token, body_toks: list[Token], cast: Cast) -> str | None:
    """The gender the line's own pronoun gives the person named at ``tok``: the first
    "he"/"she" subject or "his"/"her" owner after it on the line, outside quote marks,
    with no other person named between them ("Ruiz and his brother were ..." -> "m")."""
    for t in body_toks:
        if t.i <= tok.i:
            continue
        if t.ent_type_ == "PERSON" or cast.in_quote(t.idx):
            return None
        low = t.lower_
        if ((low in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}) or (
                low in _PERSON_POSSESSIVES and t.dep_ == "poss")) and _same_clause(t, tok):
            return "f" if low in {"she", "her"} else "m"
    return None


#: Links that open another clause: a pronoun beyond one may be anyone's ("Ruiz said its
#: mother feeds her cub").
_OTHER_CLAUSE = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "mark"}


def _same_clause(t: Token, name: Token) -> bool:
    """Is ``t`` in the clause of ``name`` (up its heads to the name or the name's verb,
    through no link that opens another clause)?"""
    stop = {name.i, name.head.i}
    for _ in range(12):
        if t.i in stop:
            return True
        if t.dep_ in _OTHER_CLAUSE or t.head.i == t.i:
            return False
        t = t.head
    return False


def _named_gender(a: Actor, cast: Cast) -> str | None:
    """A person's gender from the title or first name of the full name, else from the
    article's pronouns: the pronouns after a bare surname are the very thing in doubt."""
    return a.gender or (a.gender_guess if a.gender_guess in {"m", "f"} else None) or cast.gender_of(a)


def surname_bearer(actor: Actor, tok: Token, body_toks: list[Token], cast: Cast) -> Actor | None:
    """The person a bare surname on a line may be bracketed with, or None when not sure.

    The cast's reading (``actor``) unless the article names two people of that surname
    in full with other first names ("Ana Ruiz", "Tom Ruiz"): then the one whose gender
    the line's own pronoun gives (:func:`_line_gender`), when exactly one has it, else
    none. And none when the line's pronoun is of the other gender than the one the full
    name or the article gives: "Ruiz and his brother were ..." is no "[Ana Ruiz]".
    """
    last = name_key(actor.name)[-1]
    if name_key(tok.text)[-1:] != [last]:
        return actor  # a first name ("Ana speaks ..."): the cast's reading
    wanted = _line_gender(tok, body_toks, cast)
    namesakes: dict[str, Actor] = {}
    for a in cast.actors:
        words = name_key(a.name)
        if a.kind == "person" and len(words) > 1 and words[-1] == last and words[0] not in STOP_WORDS:
            namesakes.setdefault(words[0], a)  # "Will Warren ...?" opens a question: no namesake
    if len(namesakes) > 1:
        fits = [a for a in namesakes.values() if _named_gender(a, cast) == wanted]
        return fits[0] if wanted is not None and len(fits) == 1 else None
    gender = _named_gender(actor, cast)
    if wanted is not None and gender in {"m", "f"} and gender != wanted:
        return None
    return actor


def make_line(doc: Doc, text: str, sent: Span, start: int, end: int, cast: Cast,
              published: dt.date | None = None, cut: bool = False,
              drops: list[tuple[int, int]] | None = None, dates: bool = True) -> Line | None:
    """The article's words ``text[start:end]`` (part of ``sent``) as a line that stands alone.

    Returns None when it cannot be made to (an unresolved pronoun, a first word that
    still leans on the sentence before). ``cut`` says the sentence went on past ``end``:
    the line then ends in an ellipsis. ``drops`` are ranges of ``text`` inside the line
    to leave out (asides, see :func:`briefgen.extract.shorten.asides`): each prints as
    " \u2026" and is recorded as a ``cut`` edit. ``dates=False`` leaves relative days
    undated (a timeline row prints its date beside it).
    """
    toks = [t for t in sent if start <= t.idx < end and not t.is_space]
    if not toks:
        return None
    changes: list[tuple[int, int, str, str]] = []
    # a dateline glued to the first word ("(CNN)In his first comments, ..."): the line's
    # first word is the rest of that token, so no token of ``toks`` opens the line
    glued = toks[0].i > sent.start and doc[toks[0].i - 1].idx + len(doc[toks[0].i - 1].text) > start
    # 1. a leading connective: "But recovery ..." -> "[Recovery] ..."
    i = 0
    while not glued and i < len(toks) - 1 and toks[i].lower_ in CONNECTIVES and (
        toks[i + 1].lower_ not in _NOT_CONNECTIVE_AFTER.get(toks[i].lower_, set())
    ) and toks[i].dep_ not in {"nsubj", "dobj", "amod", "nummod"}:
        i += 1
        while i < len(toks) - 1 and toks[i].is_punct and toks[i].text in {",", ":", ";", "\u2014", "\u2013", "-"}:
            i += 1
    # a sequence opener, first or after a connective: "Later, ...", "And later, ..."
    if not glued and (seq := SEQUENCE_OPENER.match(text, toks[i].idx, end)) is not None:
        while i < len(toks) - 1 and toks[i].idx < seq.end():
            i += 1
    if i:
        first = toks[i]
        if (i + 1 < len(toks) and toks[i + 1].text == ":") or (
                first.tag_ in {"VBD", "VBZ", "VBP"} and first.pos_ == "VERB"):
            # "Still ahead: ..." labels what follows; "Then came the boom" is inverted:
            # neither is a statement once the connective goes ("But not in Lisbon, where
            # ..." is refused below, with or without its connective)
            return None
        if first.text[:1].islower() and first.lower_ not in LEANING:
            # the whole word in brackets ("[Recovery] rates are high"), so it still reads
            # and searches as one word
            changes.append((start, first.idx + len(first.text), f"[{_cap(first.text)}]", "connective"))
        else:
            # a capitalised word stays as it is; a pronoun ("Then she became ...") is named
            # below ("[Marta Solis] became ..."), or the line is refused
            changes.append((start, first.idx, "", "connective"))
    # "It came as X arrived in Lisbon": the frame leans on the sentence before, the
    # clause after "as" is the news and stands alone
    if not glued and i == 0 and len(toks) > 4 and toks[0].lower_ in {"it", "this", "that"} and (
            toks[1].lemma_ == "come" and toks[2].lower_ == "as"):
        clause = toks[2].head
        if clause.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            i = 3
            first = toks[i]
            if first.text[:1].islower():
                changes.append((start, first.idx + len(first.text), f"[{_cap(first.text)}]", "connective"))
            else:
                changes.append((start, first.idx, "", "connective"))
    body_toks = toks[i:]
    if _answers_before(body_toks[0], sent.root):
        return None  # "Not to the author, who ...": an answer to the sentence before
    line_words = {t.lower_ for t in body_toks}
    # 2. the subject: a pronoun or a bare surname gets the name it refers to
    root = sent.root
    opener = body_toks[0]
    for k, tok in enumerate(body_toks):
        low = tok.lower_
        is_opener = tok is opener and not glued
        is_subject = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i == root.i
        if not (is_opener or is_subject):
            if reported_subject(tok, root) and (ep := epithet_at(tok)) is not None:
                # "The 55-year-old is the third resident ..., say officials"
                _name_epithet(doc, ep, cast, body_toks, changes)
            continue
        cap = is_opener
        if is_subject and low in _DEMONSTRATIVES and not list(tok.children):
            return None  # "First of all, that is not true.": what "that" is, the line does not say
        if low in _PERSON_PRONOUNS or (low in _PERSON_POSSESSIVES and tok.dep_ == "poss"):
            if not is_opener and any(t.ent_type_ == "PERSON" for t in body_toks[:k]):
                continue  # "After Smith resigned, he said ...": the line names them
            actor = _agreed_person(tok, cast)
            if actor is None:
                return None  # no person, or the cast and the reader's reading disagree
            name = actor.name if low in _PERSON_PRONOUNS else _possessive(actor.name, text)
            changes.append((tok.idx, tok.idx + len(tok.text), f"[{name}]", "referent"))
        elif low in _PLURAL and is_opener:
            words = _plural_antecedent(tok, owner=low == "their") if low in {"they", "their"} else None
            if words is None:
                return None
            if low == "their":  # "Their release came ..." -> "[The men's] release came ..."
                words = _possessive(words, text)
            changes.append((tok.idx, tok.idx + len(tok.text),
                            f"[{_cap(words) if cap else words}]", "referent"))
        elif low in {"it", "its"} and is_opener:
            org = _org_antecedent(tok, cast)
            thing = _event_antecedent(tok) if org is None and low == "it" else None
            if org is None and thing is None:
                return None
            if org is not None:
                written = written_name(org)  # "[Britain]" as the article writes it, not "United Kingdom"
                name = written if low == "it" else _possessive(written, text)
            else:
                name = _cap(thing) if thing else ""
            changes.append((tok.idx, tok.idx + len(tok.text), f"[{name}]", "referent"))
        elif is_subject and (ep := epithet_at(tok)) is not None:
            _name_epithet(doc, ep, cast, body_toks, changes)
        else:
            mention = cast.mention_at(tok.i)
            actor = mention.actor if mention is not None else None
            if mention is None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
                # a surname the tagger did not mark: "Valdar underscores that ..."
                actor = cast.person_named(tok.text, tok.idx)
                span = doc[tok.i : tok.i + 1]
            elif actor is None or mention is None or "person" not in {actor.kind, mention.kind}:
                continue
            else:
                span = doc[mention.start : mention.end]
            if actor is None or (actor.kind != "person" and (mention is None or mention.kind != "person")):
                continue
            if span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and (
                    doc[span.end - 1].whitespace_ != ""):
                continue  # "Yusuf Mohamed Ismail Bari-Bari": the name goes on, someone else's
            full = name_key(actor.name)
            said = name_key(span.text)
            if len(said) >= len(full) or len(full) < 2:
                continue
            if set(full) <= line_words - set(said):
                continue  # the full name is elsewhere on the line
            if len(said) == 1 and (actor := surname_bearer(actor, tok, body_toks, cast)) is None:
                continue  # not sure whose surname it is: left as the article writes it
            changes.append((span.start_char, span.end_char, f"[{actor.name}]", "referent"))
    if not glued and (ep := opening_age(doc, opener.i)) is not None:
        # "The 23-year-old flew to London ...": the parser lost the subject
        _name_epithet(doc, ep, cast, body_toks, changes)
    # 2b. "the state's new slogan": the place the cast is sure it means, in brackets
    _name_places(doc, cast, body_toks, text, changes)
    # 3. relative days
    if dates:
        changes.extend(_date_insertions(doc, sent, start, end, published))
    # 4. cuts: asides inside the line, and the end of a sentence that went on
    for s, e in drops or []:
        # "Facility\u2014a facility for ...\u2014to assess" -> "Facility \u2026 to assess"
        changes.append((s, e, " \u2026 " if text[e:e + 1].isalnum() else " \u2026", "cut"))
    if cut and not any(e == end for _, e in drops or []):
        changes.append((end, end, " \u2026", "cut"))
    # 2c. a pronoun further in whose person is not on the line ("Once again they are ...",
    # "Somehow, his account ..."): named when sure
    _name_pronouns(body_toks, cast, changes, text)
    line = _apply(text, start, end, changes)
    if leans_on_previous(line.text):
        return None
    return line
