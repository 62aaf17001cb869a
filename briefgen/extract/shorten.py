"""Shorten a fact line by what carries no meaning, and only that.

A key fact is read by someone in a hurry: words that add nothing to what it says dilute
it. This module finds the pieces of a sentence that a line may drop without changing
what it says or how it reads:

- an aside in parentheses or between a pair of dashes ("the crew -- most of them hired
  in the town -- will sail"), unless it holds a number (other than a unit conversion),
  a name the rest of the line does not have, a turn of the argument ("though", "or",
  "not") or a quotation;
- a unit conversion ("60 mph (97 kph)") and a label that only tags the name before it
  (an acronym the article does not use again, a ticker, a party and state: "(HSI)",
  "(D-Minn.)");
- a long appositive on a name an earlier sentence introduced ("why Marta, the mayor's
  long-serving deputy, would ..." reads "why Marta \u2026 would ...");
- a dateline at the head of a paragraph ("Dekalb, Ill. \u2014 ");
- a trailing relay of a claim whose source the line already names ("Peskov confirmed
  that ..., Tass said"; "..., the commission said, according to Reuters"); a person as
  the trailing source always stays.

Nothing inside a quotation is ever dropped, nor a concessive or contrastive clause. The
caller prints every drop as an ellipsis (see :func:`briefgen.extract.standalone.make_line`)
and records it as a ``cut`` edit, so the article's words can always be restored.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefgen.extract.standalone import keeps_contrast

__all__ = ["asides", "dateline_end"]

#: Words that turn or qualify a statement: an aside holding one is part of the argument.
TURNS = frozenset({
    "though", "although", "but", "yet", "whereas", "despite", "except", "unless", "actually",
    "instead", "while", "even", "however", "nevertheless", "nonetheless", "not", "no",
    "never", "without", "nor", "or", "only", "rather", "fact", "reality", "n't", "neither",
})
_DASHES = frozenset({"--", "---", "\u2014", "\u2013", "-"})
_QUOTES = "\"\u201c\u201d"
#: Words that say a number is approximate: "(about $41)".
_ABOUT = frozenset({"about", "around", "roughly", "approximately", "nearly", "some", "almost",
                    "or", "c.", "ca."})
#: An acronym or ticker: "NSC", "ASCN", "U.N.".
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,5})$")
#: A party-and-state tag after a legislator's name: "D-Minn.", "R-TN".
_PARTY = re.compile(r"^[DRI]-[A-Z][A-Za-z.]{0,12}$")
#: A place dateline with a comma, at the head of a paragraph: "Dekalb, Ill. \u2014 ",
#: "New York, NY \u2013 " (the all-capital ones are stripped before; see facts._DATELINE).
_PLACE_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'-]{1,25}(?: [A-Z][A-Za-z.'-]{1,25}){0,2}, [A-Z][A-Za-z.]{1,15}"
    r"(?: [A-Z][A-Za-z.]{1,15})?(?: \([A-Z][A-Za-z]{1,11}\))? ?(?:--|\u2014|\u2013) ?(?=[A-Z])")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                    "WORK_OF_ART"})
#: An amount in an appositive is news ("a company worth $4bn"); an ordinal is not.
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: The remaining line must keep at least this many words.
MIN_WORDS = 6


def _qualifies(t: Token) -> bool:
    """Does ``t`` attribute, hedge or set a condition (:data:`QUALIFIERS`)?"""
    return t.lower_ in QUALIFIERS or (t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in QUALIFIERS)


def _words(doc: Doc) -> dict[str, tuple[int, int]]:
    """Each token text of ``doc``: (how often it occurs, where it first occurs).

    Built once per doc (kept in ``doc.user_data``), so asking about one aside never
    walks the whole article.
    """
    got = doc.user_data.get("briefgen.shorten.words")
    if got is None:
        got = {}
        for t in doc:
            n, first = got.get(t.text, (0, t.idx))
            got[t.text] = (n + 1, first)
        doc.user_data["briefgen.shorten.words"] = got
    return got  # type: ignore[no-any-return]


def _inside_quote(text: str, sent_start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opened earlier in the sentence?"""
    before = text[sent_start:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _conversion(inner: list[Token], before: list[Token]) -> bool:
    """A number restated in other units: "60 mph (97 kph)", "5,000 yen (about $41)"."""
    toks = list(inner)
    if toks and toks[0].lower_ in _ABOUT:
        toks = toks[1:]
    money = bool(toks) and toks[0].is_currency
    if money:
        toks = toks[1:]
    if not toks or not (toks[0].like_num or any(ch.isdigit() for ch in toks[0].text)):
        return False
    unit = toks[1:]
    # a bare number ("7-6 (5)", "(2)") is a score or a reference, not a conversion
    if len(unit) != (0 if money else 1) or any(not t.is_alpha for t in unit):
        return False
    return any(any(ch.isdigit() for ch in t.text) for t in before)


def _label(inner: list[Token], before: list[Token]) -> bool:
    """A tag on the name before it: an acronym, its spelled-out form, a party and state."""
    words = [t.text for t in inner]
    if len(words) == 1 and (_ACRONYM.match(words[0]) or _PARTY.match(words[0])):
        return True
    if len(words) >= 2 and before:
        initials = "".join(w[0] for w in words if w[:1].isupper())
        return before[-1].text.replace(".", "") == initials and len(initials) == len(
            [w for w in words if w[:1].isalpha() and w.lower() not in {"of", "and", "the", "for"}])
    return False


def _droppable(doc: Doc, text: str, sent: Span, start: int, end: int,
               open_tok: Token, close_tok: Token) -> tuple[int, int] | None:
    """The character range an aside from ``open_tok`` to ``close_tok`` drops, or None."""
    inner = list(doc[open_tok.i + 1 : close_tok.i])
    if not inner or open_tok.idx <= start:
        return None
    before = [t for t in doc[max(sent.start, open_tok.i - 4) : open_tok.i] if t.idx >= start]
    if not before:
        return None
    s = open_tok.idx
    while s > start and text[s - 1].isspace():
        s -= 1
    e = close_tok.idx + len(close_tok.text)
    rest = text[e:end].strip()
    if rest and all(ch in ".!" for ch in rest):
        e = end  # "... in the United States (1)." reads "... in the United States \u2026"
    inner_text = text[inner[0].idx : inner[-1].idx + len(inner[-1].text)]
    kept = text[start:s] + " " + text[e:end]
    if len(kept.split()) < MIN_WORDS or len(inner) > len(text[start:end].split()) // 2:
        return None
    if any(ch in _QUOTES for ch in inner_text) or _inside_quote(text, sent.start_char, s):
        return None  # never cut inside (or out of) a quotation
    if any(t.lower_ in TURNS or _qualifies(t) for t in inner) or keeps_contrast(inner_text):
        return None
    if _label(inner, before):
        # an acronym the article uses again is where the reader learns it
        short = inner[0].text if len(inner) == 1 else before[-1].text
        return None if _words(doc).get(short, (0, 0))[0] > 1 else (s, e)
    if any(t.like_num or t.is_currency or any(ch.isdigit() for ch in t.text) for t in inner):
        return (s, e) if _conversion(inner, before) else None
    # a name the rest of the line does not give is news, not an aside
    if any((t.pos_ == "PROPN" or t.ent_type_ in _NAMED) and t.text not in kept for t in inner):
        return None
    return (s, e)


def _known_person(text: str, sent: Span, head: Token) -> bool:
    """Was the person (or other name) ``head`` introduced by an earlier sentence?"""
    if not (head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.ent_type_)) or (
            not head.text[:1].isupper() or len(head.text) < 3):
        return False
    seen = _words(head.doc).get(head.text)
    return seen is not None and seen[1] < sent.start_char


def _appositive(doc: Doc, text: str, sent: Span, start: int, end: int,
                tok: Token) -> tuple[int, int] | None:
    """The range of a long appositive on a name the article has already introduced.

    "..., why Marta, the mayor's long-serving deputy, would quit now" reads "why
    Marta \u2026 would quit now" when an earlier sentence named Marta; the person's
    role is in the brief's list of people. Only a description ("the company", "a
    specialist"), never a name ("the organisers, Harbour Events Ltd,"); set off by
    commas on both sides (or ending the sentence), at least three words, no amount,
    quote or turn of the argument.
    """
    head = tok.head
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or head.i >= tok.i or (
            not _known_person(text, sent, head)):
        return None
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo == 0 or doc[lo - 1].text != "," or hi - lo + 1 < 3 or doc[lo - 1].idx <= start:
        return None
    inner = list(doc[lo : hi + 1])
    if any(t.lower_ in TURNS or _qualifies(t) or t.ent_type_ in _AMOUNTS or any(ch.isdigit() for ch in t.text)
           or t.text in _QUOTES for t in inner):
        return None
    s = doc[lo - 1].idx
    after = doc[hi + 1] if hi + 1 < sent.end else None
    if after is not None and after.text == ",":
        e = after.idx + 1
    elif after is None or (after.is_sent_end and after.is_punct):
        e = end
    else:
        return None
    if e > end or _inside_quote(text, sent.start_char, s):
        return None
    if len((text[start:s] + " " + text[e:end]).split()) < MIN_WORDS:
        return None
    return (s, e)


#: Verbs that attribute a claim to its source ("said", "told", "reported").
SPEECH = frozenset({"say", "tell", "add", "state", "announce", "report", "claim", "write",
                    "note", "confirm", "explain", "insist", "warn"})

#: Words that say whose claim a statement is, how sure it is, or when it holds: an aside
#: holding one ("-- the engineers said --", "(according to police)", "-- allegedly --",
#: "(if nothing is done)") is what makes the line true, so it stays.
QUALIFIERS = frozenset({
    "accord", "according", "allegedly", "reportedly", "apparently", "supposedly", "purportedly",
    "seemingly", "possibly", "probably", "perhaps", "maybe", "likely", "unlikely", "if",
    "provided", "assuming", "unconfirmed", "alleged", "believe", "think", "suspect", "fear",
    "expect", "estimate", "allege", "argue", "suggest", "deny", "admit", "acknowledge", "contend",
    "assert", "maintain",
}) | SPEECH


#: What relays a claim rather than makes it: "according to the report", "Tass said".
_RELAYS = frozenset({"report", "reports", "article", "agency", "newspaper", "paper", "outlet",
                     "media", "magazine", "broadcaster", "channel", "station", "wire",
                     "website", "daily", "statement", "release", "documents", "document"})


def _makes_claim(t: Token) -> bool:
    """Is ``t`` a speech verb that reports a claim: "X said (that) ...", "X confirmed ..."."""
    return t.lemma_ in SPEECH and t.pos_ == "VERB" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and any(
        c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.i < t.i) for c in t.children)


def _relay(words: Span) -> bool:
    """Does ``words`` name a relay (a news agency, a report) rather than a person?"""
    if any(t.ent_type_ == "PERSON" for t in words):
        return False
    return any(t.ent_type_ == "ORG" or t.lower_ in _RELAYS for t in words)


def _relayed_attribution(doc: Doc, text: str, sent: Span, start: int,
                         end: int) -> tuple[int, int] | None:
    """A trailing attribution to a relay on a line that already names its source, or None.

    "Peskov confirmed that the talks were delayed, Tass said." and "..., the health
    commission said, according to Reuters." keep who made the claim and lose only the
    news agency or report that passed it on. A person as the trailing source ("..., the
    official said") stays: the claim on the line may be theirs.
    """
    toks = [t for t in sent if start <= t.idx < end]
    if len(toks) < 8:
        return None
    last = toks[-1] if not toks[-1].is_punct else toks[-2]
    piece: Span | None = None
    claim: Token | None = None
    for t in reversed(toks):
        if t.text == ",":
            break
        if t.lower_ == "according" and t.i + 1 < len(doc) and t.nbor(1).lower_ == "to" and (
                t.right_edge.i >= last.i):
            piece = doc[t.i : t.right_edge.i + 1]
            claim = t.head if _makes_claim(t.head) else None
            break
        if t.lemma_ in {"say", "report"} and t.pos_ == "VERB" and t.right_edge.i >= last.i:
            subj = [c for c in t.children if c.dep_ == "nsubj" and c.i > t.i - 8]
            said = [c for c in t.children if c.dep_ == "ccomp" and c.i < t.i]
            if subj and said and subj[0].i > said[0].right_edge.i:
                piece = doc[min(subj[0].left_edge.i, t.i) : t.i + 1]
                claim = said[0] if _makes_claim(said[0]) else None
            break
    if piece is None or claim is None or not _relay(piece):
        return None
    comma = doc[piece.start - 1]
    if comma.text != "," or comma.idx <= start or _inside_quote(text, sent.start_char, comma.idx):
        return None
    if len(text[start:comma.idx].split()) < MIN_WORDS:
        return None
    return (comma.idx, end)


def asides(doc: Doc, text: str, sent: Span, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of ``text[start:end]`` (part of ``sent``) a line may drop.

    Each range starts at the whitespace before the aside, so printing " \u2026" in its
    place reads naturally ("60 mph \u2026 in five seconds"); ranges never overlap.
    """
    toks = [t for t in sent if start <= t.idx < end]
    pairs: list[tuple[Token, Token]] = []
    opened: list[Token] = []
    dashes: list[Token] = []
    for t in toks:
        if t.text == "(":
            opened.append(t)
        elif t.text == ")" and opened:
            o = opened.pop()
            if not opened:
                pairs.append((o, t))
        elif t.text in _DASHES and not opened and (
                t.text != "-" or (t.whitespace_ and t.i > 0 and t.nbor(-1).whitespace_)):
            dashes.append(t)
    # paired dashes of one kind set off an aside; an odd one out ends the line's run
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        if a.text == b.text or {a.text, b.text} <= {"\u2014", "\u2013"}:
            pairs.append((a, b))
    found: list[tuple[int, int]] = []
    for o, c in pairs:
        got = _droppable(doc, text, sent, start, end, o, c)
        if got is not None:
            found.append(got)
    for t in toks:
        got = _appositive(doc, text, sent, start, end, t) if t.dep_ == "appos" else None
        if got is not None:
            found.append(got)
    relayed = _relayed_attribution(doc, text, sent, start, end)
    if relayed is not None:
        found.append(relayed)
    out: list[tuple[int, int]] = []
    for got in sorted(found):
        if not out or got[0] >= out[-1][1]:
            out.append(got)
    return out


def dateline_end(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a place dateline opening a paragraph ends ("Dekalb, Ill. \u2014 ", "HANOI, Vietnam
    (AP) \u2014 "), else ``start``.

    Only at the head of a paragraph, and only when the words before the dash are a
    place (the parser's GPE, or a city in capitals), so "Smith, Jones \u2014 ..." is left
    alone.
    """
    if start and text[max(0, start - 1)] != "\n":
        return start
    m = _PLACE_DATELINE.match(text, start, end)
    if m is None or m.end() >= end:
        return start
    comma = text.index(",", start)
    span = doc.char_span(start, comma, alignment_mode="expand")
    # a wire service writes its city in capitals ("HANOI, Vietnam (AP) \u2014"), which the
    # parser does not always take for a place
    if span is None or not all(t.ent_type_ in {"GPE", "LOC"} or (t.is_upper and len(t) > 2) for t in span):
        return start
    return m.end()
