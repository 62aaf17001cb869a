"""Figures: the numbers a reader should see, each with what it counts.

Money, quantities, percentages and counts outside quotes. Each figure is a verbatim
slice of the body (``text``), grown into the noun it counts when the sentence has one
("more than 40,000 tonnes of grain"), and ``label`` says what it counts when the
slice does not: "roughly $449,000" gets "the campaign cost the state", read off the
clause around the number (its subject and verb, or the noun it is "of"). A number with
nothing to say what it counts is left out rather than printed bare.

Not figures: years ("the 2024 moon mission"), ages ("Smith, 55,", "a 55-year-old"),
ordinals, times of day, numbers in page furniture (ticker tables, list headings), and
numbers in what is surely no story text (:func:`briefgen.extract.facts.surely_page`: a
press release's "About <Company>" profile, "has offices in 18 countries", a caption).
Nor a game's box score ("rushed for 88 yards on 19 carries", "made 31 saves", "improved to
11-3-2") or an acceleration test's name ("0-60 mph"). A range is one figure ("180 miles to
more than 240 miles"), and the same figure is printed once.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefgen.extract.facts import _RELATIVE, looks_like_furniture, surely_page
from briefgen.extract.marks import strip_span, within
from briefgen.models import Figure, Quote

__all__ = ["describe", "extract_figures"]

FIGURE_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
_SMALL_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
_HEDGES = {"more", "than", "less", "fewer", "about", "around", "nearly", "almost", "some",
           "over", "up", "to", "at", "least", "most", "roughly", "approximately", "an",
           "estimated", "just", "under", "a"}
# Scale words and their factors; corroborate.figure_key reads the same table.
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
         "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12}
_VALUED = {"value", "worth", "estimate", "total", "cost", "price"}
#: Nouns that only say "an amount" ("to the tune of $28bn", "a sum of $5m"): the label
#: then comes from the clause, which says what the amount is.
_AMOUNT_NOUNS = {"tune", "sum", "amount", "figure", "total", "value", "level", "tally"}
#: Words that measure rather than say what is measured: "185 miles" still needs a label.
UNITS = {
    "percent", "per", "cent", "%", "km", "kilometres", "kilometers", "mile", "miles", "metres",
    "meters", "m", "bn", "billion", "million", "thousand", "trillion", "tons", "tonnes",
    "ton", "tonne", "kg", "kilograms", "pounds", "lbs", "feet", "ft", "inches", "hours",
    "hour", "minutes", "days", "weeks", "months", "years", "dollars", "euros", "yuan",
    "rupees", "crore", "lakh", "points", "times", "fold", "degrees", "acres", "hectares",
    "square", "cubic", "metric", "light", "light-years", "years-old", "litres", "liters",
    "gallons", "barrels", "kilometre", "kilometer", "metre", "meter", "grams", "g", "mph",
    "kw", "kwh", "mw", "mwh", "gw", "gwh", "hp", "kph",
}
#: Measure words of a specification that UNITS lacks ("a 275 horsepower motor", "the 180
#: page book", "a 200 yard race")
_SPEC_UNITS = {"horsepower", "page", "yard", "inch", "foot", "gallon", "liter", "litre",
               "megapixel", "gb", "tb", "mah", "watt"}
#: Nouns that take a part of a count ("half of the 300 workers")
_SHARES = {"half", "third", "quarter", "fifth", "majority", "most", "share", "percent", "part",
           "many", "some", "all", "none", "rest"}
MAX_FIGURE_WORDS = 20
MAX_LABEL_WORDS = 12
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|21\d\d)s?$")
_AGE = re.compile(r"\d+-years?-old|\d+-year|\bage[ds]?\b", re.I)
#: What follows a house number: up to three capitalised words, a direction first
#: ("2460 W. County Road", "12 Ferry Street", "9 Alder Place"); "St" only as a street
#: ("St. Louis" is a place)
_STREET = re.compile(
    r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w.'\u2019-]*[ \t]+){0,3}"
    r"(?:Road|Rd|Street|St(?!\.?[ \t]+[A-Z])|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Place|Pl|Court|Ct|"
    r"Highway|Hwy|Parkway|Pkwy|Way|Terrace|Circle|Square|Trail)\b")
#: The words a house number follows ("lives at 12 Ferry Street"); a number after a verb or a
#: quantifier counts something ("paid 1200 St. Louis families", "all 9 Supreme Court justices")
_ADDRESS_BEFORE = {"at", "of", "on", "from", "near", "to", "in", "into", "outside", "behind"}
#: An acceleration test's name: "0-60 mph", "from zero to 62 mph", "0 to 100 km/h"
_ACCELERATION = re.compile(r"\b(?:0|zero)\s*(?:-|\u2013|to)\s*\d{2,3}\s*(?:mph|kph|km/h)\b", re.I)
#: A footnote mark glued to a word: "intervention[2]", "shift[1"
_FOOTNOTE = re.compile(r"\[\d{1,3}\]?")
#: A dateline's end glued to the next word: "CNN)Serena"
_GLUED_DATELINE = re.compile(r"^[^\s()]{1,30}\)(?=\w)")


def _particle(t: Token) -> bool:
    """Is ``t`` a verb's particle ("make up", "set aside"), not a hedge's word? "up to"
    stays a hedge ("rose up to 40%")."""
    return t.dep_ == "prt" and t.head.pos_ in {"VERB", "AUX"} and not (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to")


def _makes_up(span: Span) -> bool:
    """Is the slice what its clause's subject "makes up" ("Tenants make up 60% of the
    voters")? The slice says what the share is of, the subject what the share is."""
    top = _top(span)
    if top is None or top.dep_ != "dobj" or top.head.lemma_.lower() != "make":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in top.head.children)


def _figure_span(doc: Doc, ent: Span, sent: Span) -> tuple[int, int]:
    """Token range [first, last] of a number entity grown into what it counts.

    "40,000" -> "more than 40,000 tonnes of grain"; "600km" -> "600km (370 miles)".
    """
    first, last = ent.start, ent.end - 1
    if first > sent.start and (doc[first - 1].is_currency or doc[first - 1].text in "$\u00a3\u20ac\u00a5"):
        first -= 1
    # hedges before the number: "more than", "at least", "up to", "nearly"; not a verb's
    # particle ("staff make up 30% of ...": "up" is the verb's, "make up")
    while first > sent.start and doc[first - 1].lower_ in _HEDGES and not _particle(doc[first - 1]):
        first -= 1
    while first < ent.start and doc[first].lower_ in {"to", "at", "a", "an"} and not (
        doc[first].lower_ in {"to", "at"} and doc[first + 1].lower_ in {"least", "most"}
    ) and not (doc[first].lower_ == "to" and first > sent.start
               and doc[first - 1].lower_ == "up"):
        if doc[first].lower_ in {"a", "an"} and first + 1 == ent.start:
            break  # "a million": keep the article
        first += 1
    # a conversion in brackets right after: "(£79bn)", "(500 miles)"
    if last + 2 < sent.end and doc[last + 1].text == "(":
        j = last + 2
        while j < sent.end and j < last + 8 and doc[j].text != ")":
            j += 1
        if j < sent.end and doc[j].text == ")" and any(
            t.like_num or t.ent_type_ in FIGURE_LABELS for t in doc[last + 2 : j]
        ):
            last = j
    head = ent.root
    if (head.dep_ in {"nummod", "quantmod", "compound"} and head.head.pos_ in {"NOUN", "PROPN"}
            and not _and_between(doc, last, head.head.i)):
        noun = head.head
        # the noun a number-word modifies: "a 275-horsepower motor", "an 11-game losing
        # streak", "the 180 page coffee-table publication", not "275-horsepower"
        while (noun.dep_ in {"compound", "nmod"} and noun.head.pos_ in {"NOUN", "PROPN"}
               and noun.i < noun.head.i < sent.end and not _and_between(doc, noun.i, noun.head.i)
               and not any(t.like_num for t in doc[noun.i + 1: noun.head.i])):
            noun = noun.head
        if noun.i > last:
            last = noun.i
        head = noun
    # "several million dollars worth of gold": what the money is worth of
    k = last + 1
    if k < sent.end and doc[k].lower_ == "worth" and k + 1 < sent.end and doc[k + 1].lower_ == "of":
        k += 1
    elif k + 2 < sent.end and doc[k].text in {"'", "\u2019"} and doc[k + 1].lower_ == "worth" and (
            doc[k + 2].lower_ == "of"):
        k += 2
    # what the amount is of/for: "rounds of artillery", "$100bn in military aid"
    if k < sent.end and doc[k].lower_ in {"of", "in", "for"}:
        objs = [c for c in doc[k].children if c.dep_ == "pobj"]
        if objs and objs[0].ent_type_ not in {"DATE", "TIME", "GPE"}:
            last = max(last, _phrase_end(objs[0]))
    while last > first and doc[last].text in {",", ".", ";", ":", "-", "\u2013", "\u2014"}:
        last -= 1
    return first, last


def _and_between(doc: Doc, a: int, b: int) -> bool:
    """Does an "and"/"or" between tokens a and b join something to a: "$150 and Black
    Friday pricing" is two things, not "$150 ... pricing" ("100 ad serving and media
    group clients" is one)."""
    return any(t.pos_ == "CCONJ" and t.head.i <= a and t.i + 1 < len(doc) and not (
        doc[t.i + 1].like_num or doc[t.i + 1].is_currency) for t in doc[a + 1: b])


def _phrase_end(tok: Token) -> int:
    """The last token of ``tok``'s noun phrase, its list and clauses included ("supplies,
    education kits and drinking water", "teens who said ..."), without a clause set off
    by a comma ("spiders of two meters each, which together form ...")."""
    end = tok.i
    comma = False
    for c in tok.rights:
        if c.is_punct and c.text != "-":
            comma = True
            continue
        if comma and c.dep_ in {"relcl", "acl", "advcl", "appos"}:
            break
        end = max(end, c.right_edge.i)
    return end


def _says_what(span: Span) -> bool:
    """Does the slice itself name what it counts ("50 people"), beyond units and hedges?"""
    for t in span:
        w = t.lower_
        if t.like_num or t.is_punct or t.is_currency or w in UNITS or w in _HEDGES:
            continue
        if re.fullmatch(r"[\d.,%$\u00a3\u20ac\u00a5+\-]+", w):
            continue
        if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and t.ent_type_ not in FIGURE_LABELS:
            return True
    return False


def _bare(span: Span) -> bool:
    """Is the slice a count and a plain noun ("27 shots", "$70,000 bond", "over 20
    lawyers"), or a plain noun with common words before it ("$2,400 state fuel rebate",
    "$89 entry fee", "41,200 full-time-equivalent posts"), which says what is counted but
    not whose it is, what it belongs to or what happened to it? Not a name ("$99 Vantor
    X2 mouse"), a list ("ad and media clients") or a phrase after ("of rope")."""
    words = _words(span)
    return (bool(words) and words[-1].pos_ == "NOUN" and words[-1].i == span.end - 1
            and all(t.pos_ in {"NOUN", "ADJ"} or (t.pos_ == "VERB" and t.dep_ == "amod")
                    for t in words)
            and span.doc[words[0].i - 1].text != "-")  # "22-inch" is a size, no count


def _top(span: Span) -> Token | None:
    """The slice's first word whose head is outside it: the word the slice hangs from."""
    return next((t for t in span if not span.start <= t.head.i < span.end), None)


def _words(span: Span) -> list[Token]:
    """The slice's words beyond numbers, units and hedges: "state fuel rebate"."""
    return [t for t in span if not (t.like_num or t.is_punct or t.is_currency or t.lower_ in UNITS
                                    or t.lower_ in _HEDGES)]


def _sample(span: Span) -> bool:
    """Is the slice the sample of its clause's subject ("One trial in 64 older adults found
    ...", "a survey of 212 night nurses showed ..."): who was studied, not a finding? Not
    a share of the count ("two-thirds of the 12,000 unpaid carers are ...")."""
    top = _top(span)
    if top is None or top.dep_ != "pobj" or top.head.lower_ not in {"in", "of", "among"}:
        return False
    noun = top.head.head
    return (noun.dep_ in {"nsubj", "nsubjpass"} and noun.pos_ == "NOUN" and not noun.like_num
            and noun.lemma_.lower() not in _SHARES)


def _doing(span: Span) -> bool:
    """Is the slice its clause's subject ("The $49 charging brick goes on sale ...")? Then
    a plain noun phrase with words before its noun is its own doer and says what it is."""
    top = _top(span)
    return top is not None and top.dep_ in {"nsubj", "nsubjpass"}


def _held_object(span: Span) -> bool:
    """Is the slice a noun phrase grown round its number and the object of its clause's verb
    ("Harlow acquired a 35% ownership position in ...", "Pelko has over 12,400 user
    reviews")? It says what is counted, and the clause's subject says whose."""
    top = _top(span)
    return top is not None and top.dep_ == "dobj" and not top.like_num and top.pos_ in {"NOUN", "PROPN"}


def _phrase(tok: Token, skip: range, limit: int = 8) -> list[Token]:
    """A noun phrase's words without clauses, appositives or the number itself."""
    drop = {"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "prep"}
    keep: list[Token] = []

    def walk(t: Token, top: bool) -> None:
        for c in t.lefts:
            if (c.dep_ not in drop or c.text == "-") and c.i not in skip:
                walk(c, False)
        keep.append(t)
        for c in t.rights:
            if c.i in skip:
                continue
            if (c.dep_ == "prep" and top and c.lower_ in {"of", "in", "for", "on"}) or c.dep_ == "pobj" or (
                    c.dep_ not in drop and c.dep_ != "prep") or (not top and c.dep_ in {"cc", "conj"}):
                walk(c, False)  # a modifier keeps its own "and": "military and financial aid"

    walk(tok, True)
    keep = [t for t in keep if t.i not in skip and (not t.is_punct or t.text == "-")]
    out = _first_words(keep, limit)
    if tok in out or tok not in keep:
        return out
    # the limit would cut the phrase's own noun ("the available federal, state and local
    # data"): keep the noun and the words nearest it
    near = _first_words([t for t in reversed(keep) if t.i < tok.i], limit - 1)
    return [*reversed(near), tok]


def _first_words(tokens: list[Token], limit: int) -> list[Token]:
    """The first ``limit`` words of ``tokens``; a hyphen inside a word ("2-liter") is no word."""
    out: list[Token] = []
    n = 0
    for t in tokens:
        if t.text != "-":
            if n == limit:
                break
            n += 1
        out.append(t)
    return out


def describe(doc: Doc, first: int, last: int, whose: bool = False) -> str:
    """What the number in tokens [first, last] counts, in the article's words, or "".

    The noun the number is "of" ("the national average of 3 percent"), the place word it
    measures ("185 miles northwest of Beijing"), or its clause's subject and verb ("The
    campaign ... cost the state roughly $449,000" -> "campaign cost the state").
    With ``whose``, only the clause's own named subject and verb, for a count that names
    its thing but not whose it is ("27 shots" -> "Semyon Varlamov stopped"), else "".
    """
    skip = range(first, last + 1)
    top = doc[last]
    for t in doc[first: last + 1]:
        if t.head.i < first or t.head.i > last:
            top = t
            break
    if whose and top.dep_ in {"nsubj", "nsubjpass"}:
        whose = False  # the count does the verb: "3,000 homes lost power" -> "lost power"
    h = top.head
    words: list[Token] = []
    owner = _bracket_owner(doc, first)
    shared = _shared_of(doc, last)
    compared = _compared(top)
    if whose:
        compared = owner = shared = None  # straight to the clause below
    if compared is not None:
        # "in-feed ad units, which are 20% less profitable than recommendation widgets"
        what, adj = compared
        words = _phrase(what, skip, 6) + [t for t in adj.subtree if t.i not in skip and not t.is_punct][:6]
    elif owner is not None:
        # "in-feed units (30%), in-ad units (25%)": each share is its noun's
        words = [t for t in _phrase(owner, skip, 8) if t.i < first - 1]
        while words and words[0].pos_ == "ADV":
            words = words[1:]  # "and finally textual and custom designs (7%)"
    elif shared is not None:
        words = _phrase(shared, skip, 6)  # "71 kWh and 95 kWh of battery capacity"
    elif not whose and h.lower_ == "worth" and (worthy := _worth_owner(h)) is not None:
        words = [t for t in _phrase(worthy, skip, 6) if t.i < h.i]  # "a deal worth $600 million"
    elif (not whose and top.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in {"NOUN", "PROPN"}
            and h.head.i < first and h.head.lemma_.lower() not in _AMOUNT_NOUNS):
        words = _phrase(h.head, skip, 6)
    elif not whose and top.dep_ in {"npadvmod", "advmod"} and h.pos_ in {"ADV", "ADJ"} and any(
            t.pos_ in {"NOUN", "PROPN"} for t in h.subtree if t.i not in skip):
        words = [t for t in h.subtree if t.i not in skip and not t.is_punct][:6]
    else:
        v = top
        while v.head.i != v.i and v.pos_ not in {"VERB", "AUX"}:
            v = v.head
        if v.pos_ not in {"VERB", "AUX"}:
            return ""
        subj_of = v
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in subj_of.children) and subj_of.dep_ in {
                "conj", "xcomp", "advcl"} and subj_of.head.i != subj_of.i:
            subj_of = subj_of.head
        subjects = [c for c in subj_of.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # two subjects is a misparse; the one next to the verb is its own: "A handful of
        # chips ... and without realizing it, we've consumed"
        subj = (subjects[-1] if subjects[-1].i < subj_of.i else subjects[0]) if subjects else None
        if (subj is not None and subj.lower_ in _RELATIVE and subj_of.dep_ == "relcl"
                and subj_of.head.pos_ in {"NOUN", "PROPN"}):
            subj = subj_of.head  # "drones that can fly 600km": the drones
        elif subj is None and v.dep_ in {"acl", "amod"} and v.head.pos_ in {"NOUN", "PROPN"}:
            subj = v.head  # "grants, valued at $40 million, ...": the grants
            if v.lemma_ in _VALUED:
                thing = _phrase(subj, skip, 8)
                while thing and thing[0].pos_ == "DET":
                    thing = thing[1:]
                return _words_text(thing)
        if whose and not _doer(v, subj, top, skip):
            return ""  # no doer of its own: "detained on $45,000 bond"
        if subj is None or subj.pos_ == "PRON":
            # a verb without a named doer (none, or only a pronoun) says neither whose the
            # number is nor what it counts: "24 points: scoring in the third quarter",
            # "$60: charging a third device"
            return ""
        if subj.i not in skip:
            words += _phrase(subj, skip, 6) if not whose else _ending_at(_phrase(subj, skip, 8), subj)
        if v.lemma_ == "be" and subj.i in skip:
            return ""
        if v.lemma_ != "be":
            if v.dep_ == "xcomp" and v.head.pos_ in {"VERB", "AUX"}:
                words.append(v.head)  # "have to pay"
            # a modal and a "not" stay with their verb: "the fund will hand out", "would not
            # lose"; without them the label is a fragment ("the fund hand") or says the opposite
            # (after the subject: "could those 11 words be admitted" asks, it says nothing),
            # a "not" with the auxiliary it is glued to ("isn't playing")
            floor = subj.i if subj is not None else -1
            mods = [c for c in v.children if (c.dep_ in {"aux", "neg"} and c.i > v.head.i) or (
                c.i > floor and (c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")))]
            words += mods + [doc[c.i - 1] for c in mods if c.dep_ == "neg" and c.i - 1 > floor
                             and doc[c.i - 1].dep_ in {"aux", "auxpass"} and doc[c.i - 1].head == v]
            words.append(v)
        for c in v.children:
            if c.i in skip or c.i < v.i:
                continue
            if c.dep_ == "prt":
                words.append(c)  # the verb's particle: "hand out", "set aside"
                continue
            if whose:
                if c.dep_ == "dobj" and c.i < first and top.dep_ == "pobj" and top.head.head == c:
                    # "has branches in 12 countries": the object the count's place is of
                    words += _ending_at(_phrase(c, skip, 8), c)
                    break
                continue  # who and what they did, nothing else of the clause
            if any(t.i in skip for t in c.subtree):
                continue
            if any(t.like_num and t.ent_type_ in FIGURE_LABELS and not _in_hyphen_word(t) for t in c.subtree):
                if v.lemma_ == "be":
                    return ""  # "is 12 metres long and four metres wide": what "four metres" measures is lost
                continue  # another count's phrase: "ran for 94 yards on 21 carries"
            if c.dep_ in {"dobj", "dative", "attr", "prt", "acomp", "oprd"} or (
                    c.dep_ == "prep" and c.lower_ in {"for", "on", "of", "in", "to"}):
                words += [t for t in c.subtree if not t.is_punct][:6]
                break
    words = _whole_words(doc, words, skip)
    words = [t for t in words if t.i not in skip and (not t.is_punct or t.text == "-")]
    while words and words[0].pos_ in {"DET", "CCONJ", "ADP", "PUNCT", "PART"} and not _glued(words[0]):
        words = words[1:]
    while words and words[-1].pos_ in {"DET", "CCONJ", "ADP", "PUNCT", "PART", "AUX"} and words[-1].dep_ != "prt":
        words = words[:-1]
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return ""
    words = _first_words(words, MAX_LABEL_WORDS)
    if (len(words) == 1 and words[0].pos_ == "NOUN" and owner is None and shared is None
            and h.lower_ != "worth"):
        return ""  # "about $44.2 million: value", "$300: sale": one common noun says not whose
    if any(t.like_num and not _in_hyphen_word(t) and (
            t.ent_type_ in FIGURE_LABELS or not any(w.pos_ in {"VERB", "AUX"} for w in words))
            for t in words) or (owner is None and all(
            t.is_upper or not t.is_alpha for t in words)):
        # "two metres: eighty spiders", "20-of-24 passing", "$19.5 billion: exports dropped
        # to $9.1 billion": another count, not what this one counts; "SPACE VIZZION": a shouted heading, not a description (a name in
        # capitals before a bracketed share is its owner: "HP (21%)")
        return ""
    return _words_text(words)


def _ending_at(words: list[Token], head: Token) -> list[Token]:
    """The unbroken run of ``words`` that ends at the phrase's ``head`` noun: "A handful",
    not "That much is clear: A handful"; "monthly subscription rate", not "... rate for
    the"."""
    out: list[Token] = []
    for t in reversed([w for w in words if w.i <= head.i]):
        if out and t.i != out[-1].i - 1:
            break
        out.append(t)
    return out[::-1]


def _doer(v: Token, subj: Token | None, top: Token, skip: range) -> bool:
    """Does clause verb ``v`` say who has the count ``top``: its own named subject, not
    holding the count ("one trial in 40 patients found"), a verb that is a clause's own
    ("stopped", "is launching", not a bare participle "detained on $45,000 bond"),
    and the count its object or in a phrase on the verb or its object ("stopped 27 shots",
    "opening with 16 titles", "has branches in 12 countries")?"""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.head != v:
        return False
    if any(t.i in skip for t in subj.subtree):
        return False
    if v.tag_ not in {"VBD", "VBZ", "VBP", "MD"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in v.children):
        return False
    if top.head == v:
        return top.dep_ in {"dobj", "attr"}
    prep = top.head
    return top.dep_ == "pobj" and prep.dep_ == "prep" and (
        prep.head == v or (prep.head.dep_ == "dobj" and prep.head.head == v))


def _compared(top: Token) -> tuple[Token, Token] | None:
    """(subject, comparative) when the number measures a comparison of the subject:
    "spending is 35% higher than the budget", "units, which are 20% less profitable
    than widgets", "students ... were 32% more likely to ..."."""
    if top.dep_ != "npadvmod":
        return None
    adj = top.head
    if adj.lower_ in {"more", "less", "fewer"} and adj.dep_ == "advmod" and adj.head.pos_ in {"ADJ", "ADV"}:
        adj = adj.head
    elif adj.tag_ not in {"JJR", "RBR"}:
        return None
    verb = adj.head
    if adj.dep_ != "acomp" or verb.pos_ not in {"AUX", "VERB"}:
        return None
    subj = _noun_subject(verb, {"nsubj", "nsubjpass"})
    return None if subj is None else (subj, adj)


def _in_hyphen_word(t: Token) -> bool:
    """Is ``t`` part of a hyphenated word ("2" of "2-liter")?"""
    return _glued(t) or (t.i >= 2 and t.doc[t.i - 1].text == "-" and _glued(t.doc[t.i - 2]))


def _bracket_owner(doc: Doc, first: int) -> Token | None:
    """The noun a figure in brackets follows ("in-feed units (30%)", "the Brydge Pro ($129)"),
    or None. Not a conversion ("$5bn (\u00a34bn)"), and not the complement of "be": in
    "widgets are the most popular form of ad units (38%)" the share is the widgets'."""
    if first < 2 or doc[first - 1].text != "(":
        return None
    noun = doc[first - 2]
    # a unit's symbol after a number ("95 hp (70 kW)"); in capitals after no number it is a
    # name ("Lenovo (24%), HP (21%) and Dell (17%)")
    unit = noun.lower_ in UNITS and not (
        noun.is_upper and len(noun) > 1 and not (noun.i > 0 and doc[noun.i - 1].like_num))
    if (noun.pos_ not in {"NOUN", "PROPN"} or noun.like_num or unit
            or noun.lower_ in SCALE or noun.ent_type_ in FIGURE_LABELS):
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "the share of smokers (12%)": the share
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return None
    return noun


def _shared_of(doc: Doc, last: int) -> Token | None:
    """The noun two figures of one unit share: "71 kWh and 95 kWh of battery capacity"
    gives the first figure "battery capacity" too."""
    j = last + 1
    if j >= len(doc) or doc[j].lower_ not in {"and", "or"} or doc[last].like_num:
        return None
    k = j + 1
    while k < min(len(doc), j + 6) and (doc[k].like_num or doc[k].is_currency or doc[k].lower_ in _HEDGES):
        k += 1
    if k == j + 1 or k + 1 >= len(doc) or doc[k].lower_ != doc[last].lower_ or doc[k + 1].lower_ != "of":
        return None
    return next((c for c in doc[k + 1].children if c.dep_ == "pobj"), None)


def _worth_owner(worth: Token) -> Token | None:
    """What is worth the money: "a deal worth $600 million", "the deal that's worth $7bn",
    "Minogue is worth $75 million"."""
    if worth.dep_ == "amod" and worth.head.pos_ in {"NOUN", "PROPN"}:
        return worth.head
    if worth.dep_ != "acomp":
        return None
    return _noun_subject(worth.head, {"nsubj"})


def _noun_subject(verb: Token, deps: set[str]) -> Token | None:
    """The noun ``verb`` says something about: its subject, or for a relative clause the
    noun the clause hangs on ("units, which are ...": the units); None for a pronoun."""
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subj


def _glued(t: Token) -> bool:
    """Is ``t`` the first part of a hyphenated word ("in" of "in-feed")?"""
    doc = t.doc
    return (not t.whitespace_ and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
            and not doc[t.i + 1].whitespace_)


def _whole_words(doc: Doc, words: list[Token], skip: range) -> list[Token]:
    """The words in order, each hyphenated word whole: "in-feed ad units", not "feed ad
    units"; "T-shirt", not "T shirt"."""
    have = {t.i: t for t in words}
    for t in words:
        i = t.i
        while i >= 2 and _glued(doc[i - 2]) and i - 2 not in skip:
            have[i - 1], have[i - 2] = doc[i - 1], doc[i - 2]
            i -= 2
        i = t.i
        while _glued(doc[i]) and i + 2 not in skip:
            have[i + 1], have[i + 2] = doc[i + 1], doc[i + 2]
            i += 2
    return sorted(have.values(), key=lambda t: t.i)


def _words_text(words: list[Token]) -> str:
    """The words as the article spaces them ("Lee's plan"), one space where words were
    skipped, without footnote marks ("intervention[2" -> "intervention")."""
    text = "".join(t.text + (t.whitespace_ if i + 1 < len(words) and words[i + 1].i == t.i + 1 else " ")
                   for i, t in enumerate(words))
    # a dateline glued to the first word by the tokenizer: "CNN)Serena Williams"
    return _GLUED_DATELINE.sub("", _FOOTNOTE.sub("", text).strip())


def _rank(doc: Doc, ent: Span) -> bool:
    """Is the number a rank or a place in a series, not a quantity: "the No. 3 seed", "the
    #1 priority", "the number two reason", "issue #12"? Its first number follows "No.",
    "#" or "number" (or carries "No." glued to it: "No.2")."""
    if re.match(r"(?i)(?:no\.|#)\s*\d", ent.text.strip()):
        return True
    num = next((t for t in ent if t.like_num), None)
    if num is None:
        return False
    i = num.i
    if i > 0 and doc[i - 1].text == "#":
        return True
    if i > 0 and doc[i - 1].lower_ in {"no.", "number"}:
        return True
    # "No. 3" tokenised as "No", ".", "3" (in one sentence: not an answer "No." before it)
    return (i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ == "no" and not doc[i - 2].whitespace_
            and doc[i - 2].sent.start == num.sent.start)


def _not_a_figure(doc: Doc, ent: Span) -> bool:
    """Years, ages, times of day: numbers that count nothing a brief should show."""
    text = ent.text.strip()
    if _YEAR.match(text) or re.search(r"\d:\d\d", text):
        return True
    if _rank(doc, ent):
        return True  # "the No. 3 seed", "the #1 priority": a place in an order, not an amount
    num = next((t for t in ent if t.like_num), None)
    if (num is not None and re.fullmatch(r"\d{1,6}", num.text) and num.i > 0
            and doc[num.i - 1].lower_ in _ADDRESS_BEFORE
            and _STREET.match(doc.text, num.idx + len(num.text), num.idx + 80)):
        return True  # a house number: "of 2460 W. County Road 350N" is an address
    if _ACCELERATION.search(doc[max(ent.start - 2, 0): ent.end].text):
        return True  # "0-60 mph in 5.8 seconds": the name of a test, not a speed
    after = doc[ent.end: ent.end + 2].text.lower()
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if _AGE.search(text) or after.startswith(("-year-old", "years old", "year-old")) or before in {
            "age", "aged", "ages"}:
        return True
    # "Dale Ferrand Jr., 47, could face": an age in apposition to a person
    return (before == "," and ent.start > 1 and doc[ent.start - 2].ent_type_ == "PERSON"
            and ent.end < len(doc) and doc[ent.end].text == ",")


def _spec_modifier(doc: Doc, ent: Span, units: bool = True) -> bool:
    """Is the number a size or specification worn by a noun, not a figure: "a 275-horsepower
    motor", "2-liter four-cylinder engine", "an 82 kWh battery", "20-inch wheels", "the 180
    page publication"? Its measure word (after the number, or glued to it by a hyphen)
    modifies a noun to its right. Money and shares are figures ("a $3,000 fine", "a 51%
    stake"). With ``units`` false: the measure word glued to the number is not a unit but
    a thing counted ("an 11-game losing streak", "a 12-question quiz")."""
    if ent.label_ in {"MONEY", "PERCENT"}:
        return False
    nums = [t for t in ent if t.like_num]
    if not nums or nums[-1].i + 1 >= len(doc):
        return False
    num = nums[-1]
    j = num.i + 1
    glued = doc[j].text == "-" and not num.whitespace_ and not doc[j].whitespace_
    if glued:
        j += 1
    if j >= len(doc):
        return False
    m = doc[j]
    while not glued and m.lower_ in UNITS and m.i + 1 < len(doc) and doc[m.i + 1].lower_ in UNITS:
        m = doc[m.i + 1]  # "42 square miles in the county": the unit is "square miles"
    if m.like_num or m.is_currency or m.lower_ in SCALE or not m.is_alpha:
        return False
    unit = m.lower_ in UNITS or m.lower_ in _SPEC_UNITS or m.lemma_.lower() in _SPEC_UNITS
    if unit != units or not (unit or glued):
        return False  # "500 people", "three games": a count of things
    head = m.head
    # near its noun, or among the modifiers of one noun phrase ("a 150 hp 1.8-liter
    # three-cylinder petrol engine")
    return (m.dep_ in {"compound", "amod", "nmod", "nummod"} and head.i > m.i
            and head.pos_ in {"NOUN", "PROPN"} and (head.i - m.i <= 4 or (
                head.left_edge.i <= ent.start and all(
                    t.like_num or t.pos_ in {"NOUN", "ADJ"} or (t.text == "-" and not t.whitespace_)
                    for t in doc[m.i + 1: head.i]))))


#: A player's or a team's game statistics: nouns that count nothing but play ("rushed for 90
#: yards on 21 carries", "made 30 saves"), and nouns that do with a verb of play ("stopped 27
#: shots", "scored 24 points", "threw for 300 yards"; "gave 400 flu shots" is a figure)
_GAME_STATS = {"carry", "save", "rebound", "assist", "touchdown", "reception", "strikeout",
               "tackle", "interception", "turnover", "homer"}
_GAME_PLAYS = {"shot": {"stop", "face", "block", "save"}, "point": {"score", "pour"},
               "yard": {"rush", "throw", "pass", "run", "catch", "return"},
               "goal": {"score", "allow", "concede"}}
#: A win-loss record ("improved to 11-3-2") or a completion count ("was 17-of-22 passing")
_GAME_RECORD = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}-\d{1,2}(?![\d-])|\b\d{1,2}-of-\d{1,2}\b")


def _box_score(sent: Span) -> bool:
    """Is the sentence a game's box score, whose numbers a brief does not need: a count of a
    game statistic ("Rhys Dolan rushed for 88 yards on 19 carries", "Ana Vik made 31 saves")
    or a team's record ("the Herons, who improved to 6-2-1")?"""
    if _GAME_RECORD.search(sent.text):
        return True
    for t in sent:
        if not (t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN"):
            continue
        noun = t.head
        lemma = noun.lemma_.lower()
        if lemma in _GAME_STATS:
            return True
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if lemma in _GAME_PLAYS and verb.lemma_.lower() in _GAME_PLAYS[lemma]:
            return True
    return False


def _ranges(doc: Doc) -> list[Span]:
    """The number entities, a range's two ends joined into one: "230 miles to more than 300
    miles", "at least 12 to 15 times", "40,000 to 50,000 visitors" are one figure each,
    not two rows. The ends are joined by "to", the first of the same kind and unit as the
    second or a bare number ("12 to 15 times"); "fell 3% to $45" is two figures."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        a = ents[i]
        b = ents[i + 1] if i + 1 < len(ents) else None
        if (b is not None and a.label_ in FIGURE_LABELS and b.label_ in FIGURE_LABELS
                and b.start == a.end + 1 and a.sent.start == b.sent.start
                and any(t.like_num for t in a) and any(t.like_num for t in b)
                and doc[a.end].lower_ == "to"
                and (a.label_ == b.label_ or not _unit_key(a))
                and (not _unit_key(a) or _unit_key(a) == _unit_key(b))):
            out.append(Span(doc, a.start, b.end, label=b.label_))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: Words of a change of amount: "rose from 40,000 to 50,000", "a cut from 12% to 9%"
_CHANGE_WORDS = {"increase", "rise", "raise", "grow", "growth", "climb", "jump", "soar", "surge",
                 "fall", "drop", "decline", "decrease", "cut", "reduce", "reduction", "lower",
                 "slash", "shrink", "turn", "change", "shift", "move", "go", "boost", "expand",
                 "double", "triple", "halve", "hike", "lift", "push", "swell", "slip", "plunge",
                 "tumble", "sink", "dip", "narrow", "widen", "trim", "revise", "bring", "take"}


def _change(doc: Doc, ent: Span, first: int) -> bool:
    """Is a range's "from A to B" a change of one amount ("increased from 10% to 25%",
    "increasing the dose from 15% to 30%"), not a spread ("prices range from $150 to
    $200")? Printed with its "from", so it does not read as a spread."""
    if first != ent.start or first < 1 or doc[first - 1].lower_ != "from":
        return False
    if not any(t.lower_ == "to" for t in ent):
        return False
    head = doc[first - 1].head
    # the changed amount's own word of change: "increasing protein intake from 15% to 30%"
    words = [head, *(c for c in head.children if c.dep_ == "amod" and c.pos_ == "VERB")]
    return any(w.pos_ in {"VERB", "NOUN"} and w.lemma_.lower() in _CHANGE_WORDS for w in words)


def _furniture(sent: Span) -> bool:
    """A ticker table or a list heading ("11 Fascinating Facts"), not a sentence: no verb,
    or mostly numbers and capitals."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if not words or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return True
    numeric = sum(1 for t in words if t.like_num or re.fullmatch(r"[-+]?[\d.,]+%?", t.text))
    return numeric / len(words) > 0.3 or looks_like_furniture(sent.text.strip() + ".")


def _value_key(text: str) -> str:
    return re.sub(r"[^\d.%$\u00a3\u20ac]", "", text) or text.lower()


def _unit_key(ent: Span) -> frozenset[str]:
    """The units of a number, without its digits, hedges and scale words: "$2.8 billion" and
    "$2.53" share one ({"$"}); "2,750 tons" and "2,500 metric tons" do not."""
    toks = list(ent)
    if ent.start and ent.doc[ent.start - 1].is_currency:
        toks.insert(0, ent.doc[ent.start - 1])  # "$" left outside the entity: "$" + "3.10"
    return frozenset(t.lower_ for t in toks if not t.like_num and not t.is_punct
                     and t.lower_ not in _HEDGES and t.lower_ not in SCALE)


def extract_figures(doc: Doc, quotes: list[Quote],
                    skip: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Money, quantities, percentages and counts outside quotes, each with what it counts.

    ``skip``: the body's ranges that are surely page (:func:`facts.surely_page`,
    computed here when not given); no figure is read from them.
    """
    text = doc.text
    out: list[Figure] = []
    covered: list[tuple[int, int]] = []
    seen: set[str] = set()
    conversions: dict[str, frozenset[str]] = {}  # sentence + label -> units of its first figure
    sents = list(doc.sents)
    outside = within(surely_page(text, sents) if skip is None else skip)
    si = 0
    for ent in _ranges(doc):
        if ent.label_ not in FIGURE_LABELS:
            continue
        while si < len(sents) and sents[si].end <= ent.start:
            si += 1
        if si >= len(sents):
            break
        if any(q.start <= ent.start_char < q.end for q in quotes) or outside(ent.start_char):
            continue
        if any(a <= ent.start_char < b for a, b in covered):
            continue  # already inside an earlier figure ("(500 miles)")
        if (not any(t.like_num for t in ent) or _not_a_figure(doc, ent) or _furniture(sents[si])
                or _spec_modifier(doc, ent) or _box_score(sents[si])):
            continue
        root = ent.root
        if ent.label_ == "CARDINAL":
            # a bare count matters only when it counts something: "50 people"
            if root.dep_ not in {"nummod", "quantmod", "compound"} or root.head.pos_ != "NOUN":
                continue
            if ent[-1].lower_ in _SMALL_WORDS:
                continue
        first, last = _figure_span(doc, ent, sents[si])
        if last - first + 1 > MAX_FIGURE_WORDS:
            first, last = ent.start, ent.end - 1
        span = doc[first: last + 1]
        # "Tenants make up 60% of the voters": the share is the tenants', whom the slice
        # does not name; the label is the clause with its particle verb ("Tenants make up")
        label = describe(doc, first, last) if _makes_up(span) or not _says_what(span) else ""
        if not _says_what(span) and not label:
            continue  # a number with nothing saying what it counts is no help
        plain, many = _bare(span), len(_words(span)) > 1
        if plain and many and ent.label_ not in {"MONEY", "PERCENT"}:
            # "12,000 unpaid carers", "31 opposition deputies" say what they count; not a
            # study's sample in its subject ("one study in 212 night nurses found")
            if _sample(span):
                continue
            plain = False
        if (plain and not (many and _doing(span))) or _spec_modifier(doc, ent, units=False):
            # "27 shots", "$70,000 bond", "an 11-game losing streak": a thing but not whose;
            # say who, or leave it out
            label = describe(doc, first, last, whose=True)
            if not label:
                continue
        elif not label and _held_object(span):
            # "a 51% ownership position in ...": the thing, and who acquired it
            label = describe(doc, first, last, whose=True)
        s, e = strip_span(text, span.start_char, span.end_char)
        if _change(doc, ent, first):
            s = doc[first - 1].idx  # "from 10% to 25%": a change, not a range
        key = _value_key(ent.text)  # a range's two ends: "12 to 15" and "between 12 and 15" are one
        said = f"{si}:{label.lower()}" if label else ""
        if key in seen or (said and said in conversions and conversions[said] != _unit_key(ent)):
            continue  # the same figure again, or a conversion ("1,650 tons, or 1,500 metric tons")
        seen.add(key)
        if said:
            conversions.setdefault(said, _unit_key(ent))
        covered.append((s, e))
        out.append(Figure(text=text[s:e], start=s, end=e, label=label))
    return out
