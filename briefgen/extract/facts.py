"""Key facts and figures.

A fact is a sentence (or the leading clause of a long sentence) that carries the news.
Candidates are the body's sentences minus quotes, questions, captions and furniture;
each gets a score from its position (news puts the event first), its centrality (how
much of the article's vocabulary it shares), its named entities and numbers; then a
greedy maximal-marginal-relevance pass keeps the picks from repeating one another.
Every fact is a verbatim slice of the body: ``doc.text[start:end] == text``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefgen.extract._background import YEAR, background_score, describes, past_or_dated
from briefgen.extract.cast import ROLE_NOUNS, Cast, build_cast
from briefgen.extract.marks import strip_span as _strip_span
from briefgen.extract.quotes import SPEECH_VERBS, verb_forms
from briefgen.extract.shorten import SPEECH as CLAIM_VERBS
from briefgen.extract.shorten import asides, dateline_end
from briefgen.extract.standalone import Line, make_line
from briefgen.ingest.text import AFFILIATE, SITE_RULES
from briefgen.models import Edit, Fact, Quote

__all__ = [
    "LIKELY_PAGE", "SAME_FACT", "extract_facts", "looks_like_furniture", "outside_named",
    "outside_text", "plain_sentences", "same_fact", "similar", "surely_page",
]

MAX_FACTS = 15
#: Sentences longer than this (in words) are trimmed at a clause boundary when possible.
LONG = 18
#: A cut that leaves at least this many words is taken; shorter ones only when no other.
CUT_ENOUGH = 12
# Weights of the relevance score and of the redundancy penalty (MMR); see
# benchmarks/facts_speed.py and the README for how they were checked.
W_POS = 1.0
W_CENTRAL = 1.0
W_NAMED = 0.05
W_NUMERIC = 0.08
W_REDUNDANCY = 0.55
#: Cosine similarity above which a candidate repeats an earlier pick and is dropped.
DUPLICATE = 0.7
W_LENGTH = 1.0
W_BACKGROUND = 0.1
POS_EXP = 0.75
#: The position term is (index + POS_OFFSET) ** -POS_EXP (index 0 for the first sentence).
POS_OFFSET = 1.0
#: A line shorter than SHORT_WORDS words is scaled by SHORT_FACTOR; past LENGTH_KNEE
#: words the score falls by W_LENGTH per LENGTH_KNEE extra words.
SHORT_WORDS = 10
SHORT_FACTOR = 0.8
LENGTH_KNEE = 20
#: A line opening on a connective ("But", "However") is scaled by this.
ADVERB_FACTOR = 0.85
#: A quote of more than this many words makes a sentence a quotation, not a fact.
QUOTE_WORDS = 5
QUOTED_SHARE = 0.3
NUMERIC = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}
QUOTE_CHARS = "\"\u201c\u201d"
SPEECH = set(CLAIM_VERBS | {"accord"})  # "according to"

#: A wire-service dateline at the very start of a story: "LONDON, England (CNN) -- ",
#: "WASHINGTON \u2014 ", "KYIV, Ukraine (AP) \u2014 ".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.' -]{0,40},?(?: [A-Z][A-Za-z.' -]{0,30})?\s*)?"
    r"\((?:(?:CNN|AP|AFP|Reuters|REUTERS)(?: [A-Z][a-z]{2,12})?\)\s*(?:--|\u2014|\u2013|-)?"
    # any other name in brackets is a dateline only with its dash: "(HRLW) rose" is a ticker
    r"|(?:The [A-Z][A-Za-z ]{2,30}|[A-Z][A-Za-z]{1,15})\)\s*(?:--|\u2014|\u2013|-))\s*"
    r"|^[A-Z][A-Z.'\- ]{1,30}[A-Z.](?:, [A-Z][A-Za-z.' ]{1,30})?\s*(?:--|\u2014|\u2013)\s*"
    r"|^[A-Z][A-Za-z.' ]{1,30}(?:, [A-Z][A-Za-z.' ]{1,30}){1,3}:\s+(?=[A-Z])"
)
#: Reactions quoted from social media: not a fact of the story.
_SOCIAL = re.compile(
    r"(?i)\b(?:tweet(?:ed|s|ing)?|retweet\w*|one (?:user|commenter|viewer|fan|follower)|"
    r"another (?:user|commenter|viewer|fan|wondered|wrote|added|joked|quipped)|"
    r"(?:wrote|posted|commented|replied|joked|quipped) on (?:twitter|x|facebook|instagram|"
    r"tiktok|reddit|threads|social media)|social media users?|users? (?:wrote|commented|joked))\b"
)
#: The page pointing at itself rather than telling the story: a chart, a photo or a video
#: "below" or "above", "the following chart", "Every fare and more is below", "... , read
#: on", "keep reading" (outside quote marks). Such a line says where something is on the
#: page, not what happened.
_POINTER = re.compile(
    r"(?i)\b(?:charts?|graphs?|graphics?|tables?|maps?|photos?|photographs?|pictures?|images?|"
    r"videos?|clips?|slideshows?|galler(?:y|ies)|infographics?|footage|screenshots?)\s+(?:below|above)\b"
    r"|\b(?:the|this|these)\s+following\s+(?:charts?|graphs?|graphics?|tables?|maps?|photos?|"
    r"pictures?|images?|videos?|clips?|slideshows?|galler(?:y|ies)|infographics?|lists?)\b"
    r"|\b(?:is|are|see|shown|listed|pictured|seen|detailed|outlined|embedded|more)\s+(?:below|above)"
    # one run of white space in each branch: "\s*" before "\s+in" backtracks quadratically
    r"(?=\s*(?:[.:;]|$)|\s+(?:in\s+(?:the|our|this|today's)\b|on\s+this\b))"
    # the reader told to go on, not "the verdict was read on Friday", "they keep reading it"
    r"|\b(?:scroll\s+down|read\s+on|keep\s+reading)(?=\s*(?:[.!:;,)>\u2026-]|$)|\s+(?:to|for)\b)"
)
#: A teaser for what the piece says next: "Here's what we know:", "Here is how it works."
#: (a short line, or one that hands over to a colon; "Here's what gave doubters grist: on
#: Friday ..." keeps its fact after the colon).
_TEASER = re.compile(
    r"(?i)^here(?:'s|\u2019s|\s+is|\s+are)\s+(?:what|how|why|where|when|who|everything|all\s+you|"
    r"a\s+look|the\s+latest|a\s+rundown|a\s+breakdown)\b")


#: The writer's aside to the reader in the main clause: "As the year ends, it's time to sit
#: back and reflect", "..., so it's time to plan ahead", "let's be honest, ...".
_ASIDE = re.compile(
    r"(?i)^(?:[^,]{0,100},\s*)?(?:(?:so|and|but|now)\s+)?it(?:'s|\u2019s|\s+is)\s+(?:high\s+)?time\s+(?:to|for)\b"
    r"|\blet(?:'s|\u2019s)\s+(?:face\s+it|be\s+honest|be\s+real|be\s+clear|not\s+forget)\b")


def _outside_quotes(chunk: str) -> str:
    """``chunk`` without what stands in quote marks, including the part before a closing
    mark whose opening mark is in an earlier sentence ("... a subjective thing," he said.)."""
    rest = _QUOTED.sub(" ", chunk)
    k = max(rest.rfind("\u201d"), -1)
    if k >= 0:
        rest = rest[k + 1:]
    if rest.count('"') % 2:
        rest = rest[rest.index('"') + 1:] if rest.strip().endswith(("said.", "says.")) else rest[:rest.index('"')]
    return rest.split("\u201c")[0]


#: An attribution that ends the line: "..., the mayor said.", "..., Ruiz told reporters."
_SAID_AT_END = re.compile(r",\s*(?:[\w.'\u2019-]+\s){1,5}(?:said|says|told|added|adds|argued|"
                          r"wrote|warned)\b[^,;:\"\u201c\u201d]{0,60}$")


def writer_aside(chunk: str) -> bool:
    """The writer's aside or rhetoric outside quote marks (:data:`_ASIDE`), not a fact; a
    line that ends by saying who said it ("It is time for a change, the mayor said.") is
    that person's claim, not the writer's aside."""
    plain = _outside_quotes(chunk).strip()
    return _ASIDE.search(plain) is not None and _SAID_AT_END.search(plain.rstrip(".!")) is None


def points_at_page(chunk: str) -> bool:
    """A line that points at the page or teases what follows, not a statement (:data:`_POINTER`,
    :data:`_TEASER`)."""
    if _POINTER.search(_QUOTED.sub(" ", chunk)):
        return True
    body = chunk.strip()
    if not _TEASER.match(body):
        return False
    head, _colon, rest = body.partition(":")
    return len(head.split()) <= 14 and len(rest.split()) < 4


#: Text that belongs to the page, not the story.
_FURNITURE = re.compile(
    r"(?i)\b(click here|read more|sign up|subscribe|newsletter|follow (?:us|him|her) on|"
    r"(?:@\w|twitter|facebook)[^.!?]{0,80}join the conversation|"
    r"join the conversation[^.!?]{0,40}(?:@\w|twitter|facebook|below|comments)|"
    r"our live (?:twitter|blog|feed|stream)|"
    r"(?:bottom|foot|top) of this page|^editor'?s note\b|"
    r"published:|updated:|contributed to this report|getty images?|\(reuters\)|"
    r"all rights reserved|copyright|photo(?:s|graph)?:|video:|watch:|share this|"
    r"commenting forum|notifications|image caption|unsubscribe|privacy (?:policy|notice)|cookies|"
    r"advertisement|terms of (?:use|service)|sign in|log in|already registered|"
    r"you can opt out|in your inbox|registered trademark|(?:data|quotes|prices) (?:is |are )?"
    r"(?:provided|delayed|powered)|reserves the right|may not be (?:published|reproduced)|"
    r"a subsidiary of|is part of [\w ,]{0,60}media group|subscriber content|back issues|"
    r"listen back|" + AFFILIATE + "|"
    + SITE_RULES + r")\b|\u00a9|(?:provided|powered|implemented) by \w+(?: \w+){0,5}\.?$"
)
#: A photo caption's tell: where a thing is in the picture ("(left)", "(red)").
_CAPTION_MARK = re.compile(
    r"(?i)\((?:l|r|c|left|right|centre|center|pictured|above|below|top|bottom|inset|"
    r"front|back|red|blue|green|yellow|white|orange|purple|file|file photo)\)")
#: A photo credit on its own line: "(Jacquelyn Martin / Associated Press)".
_CREDIT = re.compile(r"^\(?[A-Z][\w.' -]{1,40}(?:/|via|for)\s*[A-Z][\w.' -]{1,40}\)?$|^\([^()]{2,60}\)$")
#: The mark of a list item at the start of a paragraph: "- ", "* ", "\u2022 ".
_LIST_MARK = re.compile(r"[-*\u2022]\s+")
#: The label of a summary box at the start of a paragraph.
_BOX_LABEL = re.compile(r"(?:Summary|(?:The )?Bottom line|Key takeaways?|Takeaway|TL;DR)(?::\s*|\s+)(?=[A-Z])")
_ADVERB_OPENERS = {"but", "and", "so", "yet", "still", "however", "meanwhile", "also"}
#: A fact that opens on a pronoun leans on the sentence before it ("He adds that ...").
_PRONOUN_OPENERS = {"he", "she", "it", "they", "this", "that", "these", "those", "his",
                    "her", "their", "its", "we", "i"}
PRONOUN_FACTOR = 0.93
#: A line that says what a thing or organisation is ("X is the number one buyer of ...";
#: see ``_background.describes``) is evergreen background: scaled by this.
DESCRIBE_FACTOR = 0.7
#: One of the first two lines in the plain present with no date ("Dim red light shines on
#: classic leather booths."): a feature's scene-setting opener, not the news. Scaled by this.
INTRO_FACTOR = 0.8
#: An official's reported next step ("chief negotiator X said they would ..."): scaled by this.
REACTION_FACTOR = 1.1
#: A claim in reported speech credited to a named source ("The ministry said the risk was
#: low"): what readers' key points state (issue 18). Scaled by this.
REPORTED_FACTOR = 1.1
#: Added terms, off at 0 (benchmarks/fit_ranker.py cv measured them on the gold halves):
#: the line's likeness to the headline (share of the headline's content words it has),
#: the first sentence of a paragraph, and the paragraph's position (1 / (paragraph + 1)).
W_TITLE = 0.0
W_PARA_FIRST = 0.0
W_PARA_POS = 0.0


@dataclass
class _Cand:
    start: int
    end: int
    index: int
    sent: Span
    words: int
    ents: list[Span] = field(default_factory=list)
    bag: Counter[str] = field(default_factory=Counter)
    score: float = 0.0
    line: str = ""
    edits: list[Edit] = field(default_factory=list)
    feats: dict[str, float] = field(default_factory=dict)
    whole: Line | None = None  # the untrimmed sentence's line, when the line is trimmed
    whole_end: int = 0


def _quote_state(text: str, sents: list[Span]) -> list[bool]:
    """For each sentence: does it start inside an open quotation (a multi-sentence quote)?"""
    inside = False
    states: list[bool] = []
    pos = 0
    for sent in sents:
        # a paragraph break closes any quote left open (news style reopens it)
        if "\n\n" in text[pos:sent.start_char]:
            inside = False
        states.append(inside)
        chunk = sent.text
        if any(q in chunk for q in QUOTE_CHARS):
            inside = quote_open_after(text, sent.start_char, sent.end_char, inside)
        if "\n\n" in chunk:
            inside = False
        pos = sent.end_char
    return states


def quote_open_after(text: str, start: int, end: int, inside: bool) -> bool:
    """Is a quotation open after ``text[start:end]``, read mark by mark? ``inside``: one
    was open at ``start``."""
    for k in range(start, end):
        ch = text[k]
        if ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = _straight_quote_opens(text, k, inside)
    return inside


_OPEN_BEFORE = "([{/\u2014\u2013-"
_CLOSE_AFTER = ".,;:!?)]}/'\u2019\u2014\u2013-"


def _straight_quote_opens(text: str, at: int, inside: bool) -> bool:
    """Is the text inside a quotation after the straight quote mark at ``text[at]``?

    Read by the mark's place, as a reader does: after a space and before a word it
    opens; after a word or a full stop and before a space it closes. A quotation that
    runs over several paragraphs reopens each one without closing the one before
    ('... they try to move. "Many people stay ...'), so in text whose paragraph breaks
    were lost, flipping at every mark would read the rest of the story as quoted. A mark
    with space (or a word) on both sides flips the state.
    """
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closes = (after.isspace() or after in _CLOSE_AFTER) and not before.isspace()
    if opens != closes:
        return opens
    return not inside


def _quoted_share(text: str) -> float:
    """Share of the characters of ``text`` that sit between quotation marks."""
    inside = False
    n = 0
    for ch in text:
        if ch in QUOTE_CHARS:
            inside = ch == "\u201c" or (ch == '"' and not inside)
            continue
        if inside:
            n += 1
    return n / max(1, len(text))


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")


def _is_title(words: str) -> bool:
    """Quoted words that name a work or a thing ("The Walking Dead"), not speech."""
    long = [w for w in words.split() if len(w) > 3]
    return bool(long) and all(w[0].isupper() for w in long)


def _attributed_quote(sent: Span, chunk: str) -> bool:
    """A sentence reporting someone's quoted words: 'it is "misguided," he said.'"""
    # a word or two in quotes inside a reported claim is the claim's own wording
    quoted = [m.group(1) for m in _QUOTED.finditer(chunk) if len(m.group(1).split()) > QUOTE_WORDS]
    if not quoted or all(_is_title(q) for q in quoted):
        return False
    return sent.root.lemma_ in SPEECH | {"call", "describe", "say"}


#: Speakers a reader can name: a claim credited to one of them is a fact of the story.
_NAMED_SPEAKERS = {"person", "organisation", "document"}
#: A sourced claim may quote at most this share of its characters: the rest says who said it.
SOURCED_SHARE = 0.85


def _sourced_claim(sent: Span, chunk: str, start: int, end: int, quotes: list[Quote]) -> bool:
    """A sentence quoting someone that names them: a claim with its source.

    'Kirby said the strike was "a grave violation of the ceasefire."' can stand as a key
    fact: every quote in it the quotes extractor found is a partial quote (a phrase inside
    the writer's own reported sentence) credited to a named person, organisation or
    document, and that name (or its last word, a surname) is written in the sentence outside
    the quote marks. A full quote ('"We are paid to ask," Pellow said.': the speaker's
    voice), a bare quote, one credited only to "he" or "a user", or one whose speaker the
    sentence does not name stays out. The brief's quotes section then leaves out a quote a
    printed line already carries (``compose.pick_quotes``).
    """
    mine = [q for q in quotes if q.kind != "indirect" and q.start < end and start < q.end]
    if not mine or _quoted_share(chunk) > SOURCED_SHARE:
        return False
    outside = _QUOTED.sub(" ", chunk)
    for q in mine:
        if not q.speaker or q.speaker_type not in _NAMED_SPEAKERS:
            return False
        if q.kind != "partial":
            return False  # a full quote with "X said" is the speaker's voice, not a claim
        if q.start < start or q.end > end:
            return False  # the quote runs on past this sentence
        words = [w for w in q.speaker.split() if w[:1].isupper() and len(w) > 2]
        if not words or not (q.speaker in outside or re.search(
                r"\b" + re.escape(words[-1]) + r"\b", outside)):
            return False
    return True


def _overlaps_quote(start: int, end: int, quotes: list[Quote]) -> bool:
    """True when a direct or partial quote of more than three words lies in [start, end)."""
    return any(
        q.kind != "indirect" and q.start < end and start < q.end and len(q.text.split()) > QUOTE_WORDS
        for q in quotes
    )


def _is_question(text: str) -> bool:
    return text.rstrip(QUOTE_CHARS + "'\u2019) ").endswith("?")




def _bracketed(chunk: str) -> bool:
    """True when the whole sentence stands inside one pair of round brackets: "(The
    discovery brought them a Nobel Prize in 2004.)" after a sentence of its paragraph is
    the writer's aside to it, not a line of the story (a dateline "(CNN) -- ..." closes its
    bracket early)."""
    body = chunk.strip().rstrip(QUOTE_CHARS + "'\u2019 ")
    if len(body) < 3 or body[0] != "(" or body[-1] != ")":
        return False
    depth = 0
    for k, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k == len(body) - 1
    return False


def _opens_paragraph(sent: Span) -> bool:
    """True when nothing but white space stands between the paragraph break (or the start
    of the text) and the sentence; always True in a text with no line break at all, whose
    layout cannot tell an aside from a paragraph of its own."""
    doc = sent.doc
    broken = doc.user_data.get("briefgen.facts.has_breaks")
    if broken is None:  # looked up once per doc, not once per sentence
        broken = doc.user_data["briefgen.facts.has_breaks"] = "\n" in doc.text.strip()
    if not broken:
        return True
    text = doc.text
    k = sent.start_char
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def not_a_statement(sent: Span, chunk: str) -> bool:
    """A question, a joke or aside to the reader, the writer's own voice, or a reaction.

    Telling the reader to do something ("Relax, Vermont, nobody is coming for your
    maple syrup": an imperative, a bare verb with no subject) is the writer's aside,
    not a fact of the story; so is a fragment ("Because river shipping ... is anything but
    cheap.") or an elliptical clause ("Dredging the channel ..., however, haven't.").
    So is advice to the reader (:func:`_advice`: "When you live in ..., it's impossible to
    stay inside"), an instruction behind an opening word ("Just choose ...", "For more
    information, please visit ...") and a list or a label with no verb ("1 cup spinach,
    1 cup strawberries, 8 oz. almond milk").
    """
    if _is_question(chunk) or chunk.rstrip(QUOTE_CHARS + "'\u2019) ").endswith("!"):
        return True
    if _SOCIAL.search(chunk):
        return True
    if points_at_page(chunk):
        return True  # "The chart below shows ...", "Every fare and more is below.", "Here's what we know:"
    if writer_aside(chunk):
        return True  # "As the year ends, it's time to sit back and reflect."
    if _bracketed(chunk) and not _opens_paragraph(sent):
        return True  # "... (The family denies any involvement.)": an aside to the sentence before
    # the line starts where ``chunk`` does: after a dateline ("(CNN) --", "WASHINGTON \u2014")
    start = max(sent.start_char, sent.start_char + len(sent.text.rstrip()) - len(chunk))
    toks = [t for t in sent if not t.is_space and t.idx + len(t.text) > start]
    root = sent.root
    # a token that runs over the start is a dateline glued to the first word ("(CNN)As a
    # manager, ..."): its tag is noise, so it never makes the line an imperative
    lead = [t for t in toks if not t.is_punct and t.idx >= start]
    # "So don't try ...", "Just choose ...": an opening connective or "just" hides it
    if len(lead) > 1 and lead[0].lower_ in _TELLING and lead[0].dep_ in {"cc", "advmod", "intj"}:
        lead = lead[1:]
    elif len(lead) > 1 and lead[0].lower_ in _ORDINAL_OPENERS and lead[0].nbor().text == ",":
        lead = lead[1:]  # "Firstly, create an inquiry ...": a list of demands
    lead = lead[:3]
    if lead and (
        (lead[0].tag_ in {"VB", "VBP"}
         and (lead[0].pos_ == "VERB" or (lead[0].lower_ == "be" and lead[0].tag_ == "VB"))
         and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in lead[0].children))
        or (len(lead) == 3 and lead[0].lower_ == "do" and lead[1].lower_ in {"n't", "not"}
            and lead[2].tag_ == "VB")
        # a base form read as an auxiliary of the verb after it: "Get started with ...",
        # "Try joining a local studio ..."; the verb it leans on has no subject either
        or (lead[0].tag_ == "VB" and lead[0].pos_ == "AUX" and lead[0].dep_ in {"aux", "auxpass"}
            and lead[0].head.i > lead[0].i and lead[0].head.tag_ in {"VBG", "VBN", "VBD"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in lead[0].head.children))
    ):
        return True  # an imperative: "Don't worry, ...", "Consider the case of ..."
    if (root.tag_ == "VB" and root.pos_ == "VERB" and any(c.lower_ == "please" for c in root.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux"} for c in root.children)):
        return True  # "For more information, please visit ..."
    # the page talking to its reader: "If you have a news tip, let us know" (outside
    # quote marks)
    quoted = [(m.start() + sent.start_char, m.end() + sent.start_char)
              for m in _QUOTED.finditer(sent.text)]
    own = {t.lower_ for t in toks if t.pos_ == "PRON"
           and not any(a <= t.idx < b for a, b in quoted)}
    if own & {"you", "your"} and own & {"we", "us", "our"}:
        return True
    if "you" in own and _advice(sent, root, start, quoted):
        return True
    # the writer speaking for themselves ("Now we pay twice for the same repairs ...",
    # "One would think that we owned the place"): a column's voice, not a fact
    if any(_writer(t) and not any(a <= t.idx < b for a, b in quoted) for t in toks):
        return True
    if chunk.lstrip()[:1].islower():
        return True  # not the start of a sentence: text lost before it
    if root.pos_ not in {"VERB", "AUX"} and not any(
            t.tag_ in _FINITE or (t.tag_ == "VB" and t.i > 0 and sent.doc[t.i - 1].tag_ == "TO")
            for t in toks):
        return True  # no verb to say anything: a list or a label ("1 cup spinach, 1 tsp.")
    first = toks[0]
    if first.idx >= start and first.dep_ == "mark" and first.head.i == root.i:
        return True  # a fragment: "Because river shipping ... is anything but cheap."
    # a reply to the sentence before: "Most rowers think so, ...", "The board hopes not."
    after = sent.doc[root.i + 1] if root.i + 1 < sent.end else None
    if (after is not None and after.lower_ in {"so", "not"} and after.dep_ in {"advmod", "neg"}
            and (root.lemma_ in _OPINION_VERBS or _OPINION_FORMS.get(root.lower_) in _OPINION_VERBS)
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in root.children)):
        return True
    # an elliptical clause: "Dredging the channel and widening the locks, however, haven't."
    # (an auxiliary or a bare "have"/"do" with nothing after it but a "not" or a
    # "however"), or a pro-verb that only says something "has been done"
    if root.pos_ == "AUX" and not any(
            c.dep_ in {"attr", "acomp", "xcomp", "ccomp", "dobj", "prep", "advmod", "npadvmod",
                       "oprd"} or _clause_after(c, root) for c in root.children):
        return True
    if root.pos_ == "AUX" or root.lemma_ in {"have", "do"}:
        said = [c for c in root.children if c.dep_ not in _EMPTY_DEPS
                and c.lower_.replace("\u2019", "'") not in {"n't", "not"}  # "n’t" is tagged a number
                and not (c.dep_ == "advmod" and c.lower_ in _DISCOURSE)
                and not (c.dep_ == "advcl" and c.i < root.i and c.tag_ == "VBG")]  # a gerund subject
        if not said:
            return True
    if root.lemma_ != "do":
        return False
    aux = {c.lower_ for c in root.children if c.dep_ in {"aux", "auxpass"}}
    passive_do = "been" in aux or (bool(aux & _MODALS) and "be" in aux)
    return passive_do and not any(
        c.dep_ in {"agent", "prep", "dobj", "npadvmod", "ccomp", "xcomp", "dative"}
        for c in root.children)


_MODALS = {"will", "would", "can", "could", "must", "should", "may", "might"}
#: Tags of a finite verb: a statement has one.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Words that make a "you" line advice or a guess about the reader.
_TOLD = {"should", "must", "ought", "maybe", "perhaps"}
#: Openers that number a writer's points: "Firstly, ...", "Second, ...".
_ORDINAL_OPENERS = {"first", "firstly", "second", "secondly", "third", "thirdly", "finally",
                    "lastly", "next"}
#: Words before an imperative that do not change it: "So don't try ...", "Just choose ...".
_TELLING = {"so", "and", "but", "then", "now", "just", "simply", "please"}


def _advice(sent: Span, root: Token, start: int, quoted: list[tuple[int, int]]) -> bool:
    """Advice or a pitch to the reader in the writer's voice, not a fact of the story.

    The line opens on a clause about the reader ("When you live in a state as beautiful as
    Colorado it's impossible to stay inside", "If you're looking for a monitor, the X
    should be on your list"), or offers to help them ("The course helps you plan ...").
    A fact that only mentions "you" further on is kept ("Entry costs $150 before you add
    the fees", "The app brings you a bike"), and so is a line that says it in quote marks.
    """
    def reader(tok: Token) -> bool:
        return tok.lower_ == "you" and not any(a <= tok.idx < b for a, b in quoted)

    if any(c.dep_ == "advcl" and c.i < root.i and c.idx >= start
           and any(g.dep_ in {"nsubj", "nsubjpass"} and reader(g) for g in c.children)
           for c in root.children):
        return True
    # the reader told what they must do ("you have to be comfortable with that"), or
    # what they may be up to ("Maybe you're just getting started")
    if any(c.dep_ == "nsubj" and reader(c) for c in root.children):
        said = {c.lower_ for c in root.children if c.dep_ in {"aux", "advmod"} and c.i < root.i}
        if said & _TOLD or (root.lemma_ in {"have", "need"} and any(
                c.dep_ == "xcomp" for c in root.children)):
            return True
    if any(reader(t) and _reader_acts(t, start) for t in sent):
        return True
    return any(t.lemma_ == "help" and t.pos_ == "VERB" and t.i + 1 < sent.end
               and reader(sent.doc[t.i + 1]) for t in sent)


#: A clause that only times a fact ("Entry costs $150 before you add the fees") uses "you"
#: for anyone: it is no address to the reader.
_WHEN_MARKS = {"before", "after", "as", "when", "while", "until", "once", "whenever"}
#: Verbs that give leave: "Amazon is now letting you listen ..." reports what a product or
#: a rule does.
_LEAVE = {"let", "allow", "enable", "permit"}


def _reader_acts(tok: Token, start: int) -> bool:
    """``tok`` ("you", outside quote marks) is the subject of a clause in the writer's voice.

    "you should aim to have ...", "... so you can simply use ...", "... if you get either
    version", "... to ensure you get the right fit", "Of course, you might just be able to
    see ...": the writer tells the reader what they can, should or will do, on a clause of
    its own, wherever it stands (a sentence's root is often misparsed, so no clause is
    favoured). Not: a "you" that is an object ("will ship you 6 pounds of snow"), a title's
    "You", a "you" in a relative clause ("the lifestyle you envision"), in a clause that only
    times the fact ("before you add the fees"), under a verb of leave ("letting you listen
    ...") or in someone's reported words ("she told reporters you cannot ...": a claim with
    its source).
    """
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.idx < start:
        return False
    if tok.text != "you" and tok.i != tok.sent.start and tok.doc[tok.i - 1].is_alpha:
        return False  # "Thank You for Smoking", "All the Money You Will Ever Need"
    clause = tok.head
    if clause.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN_MARKS
                                      for c in clause.children):
        return False
    for a in [clause, *clause.ancestors]:
        if a.dep_ in {"relcl", "acl"} and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            return False  # it describes a thing; "tips to ensure you get ..." still tells
        if a is clause:
            continue
        if a.lemma_ in _LEAVE:
            return False
        if (a.lemma_ in SPEECH_VERBS or _SPEECH_FORMS.get(a.lower_) in SPEECH_VERBS) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"you", "i", "we"}
                for c in a.children):
            return False  # reported speech: the speaker's claim, not the writer's advice
    return True


def _clause_after(child: Token, root: Token) -> bool:
    """A clause with its own subject after a bare "is" completes it: "Its appeal is not just
    because he is a champion", "LeanFIRE is when someone has saved ..."."""
    return child.dep_ == "advcl" and child.i > root.i and any(
        g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in child.children)


_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "ourselves"}


def _writer(tok: Token) -> bool:
    """A first-person pronoun of the writer: not a title's "Me" ("The Captain and Me"), not
    "our" (a generic "our universe"), not the generic "we" of a relative clause ("the
    galaxies we observe")."""
    if tok.pos_ != "PRON" or tok.lower_ not in _FIRST_PERSON:
        return False
    if tok.text != "I" and not tok.text.islower() and tok.i != tok.sent.start:
        return False
    return not any(a.dep_ in {"relcl", "acl"} for a in [tok, *tok.ancestors])


#: Dependents that add nothing to what a bare auxiliary says.
_EMPTY_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "neg", "punct", "cc",
               "aux", "auxpass", "mark", "intj", "discourse"}
#: Verbs of opinion that "so" or "not" after them turn into a reply ("hope so", "think not").
_OPINION_VERBS = {"hope", "think", "believe", "expect", "suppose", "guess", "imagine", "fear"}
_OPINION_FORMS = verb_forms(_OPINION_VERBS)  # the lemmatizer reads "hopes" as "hop"
_SPEECH_FORMS = verb_forms(SPEECH_VERBS)
#: Adverbs that link a clause to the one before rather than complete it.
_DISCOURSE = {"however", "though", "too", "also", "still", "yet", "simply", "either",
              "so", "certainly", "clearly", "instead", "meanwhile", "then"}


#: Links to other stories run into the text ("... Omar asks court to ... MORE (D-Minn.)",
#: "Headline | Headline | Headline").
_RUN_IN = re.compile(r"\bMORE\s*\(|(?:\s\|\s.*){2}")
#: A promotion or a biography box: the whole paragraph is page furniture.
_PROMO = re.compile(
    r"(?i)\b(?:follow (?:us|him|her|them|me) (?:on|at)|click here|sign up (?:for|to|here)|"
    r"subscribe (?:to|now|here)|read more|is out now|available now|contributed to this report|"
    r"is the author of)\b"
)


def looks_like_furniture(text: str) -> bool:
    """Page furniture, a caption or a heading rather than a sentence of the story."""
    if _FURNITURE.search(text) or _RUN_IN.search(text):
        return True
    letters = sum(map(str.isalpha, text))
    if letters and sum(map(str.isupper, text)) / letters > 0.6:
        return True
    # captions and headings rarely end like a sentence
    return not text.rstrip(QUOTE_CHARS + "'\u2019) ").endswith((".", "!", "?"))


def _unpunctuated_statement(sent: Span, chunk: str) -> bool:
    """A sentence of the story that lost its full stop (pasted text often does).

    Captions also end without one, but they speak in the simple present ("Marta Solis
    and Erik Halvorsen talk at ...", "A worker shows ..."); a statement of the story has
    a subject and a past, perfect or modal verb ("Relief funds ... are currently frozen").
    """
    if _FURNITURE.search(chunk) or _RUN_IN.search(chunk) or len(chunk.split()) < 10 or ":" in chunk:
        return False
    words = [w for w in chunk.split() if w[:1].isalpha()]
    if sum(w[0].isupper() for w in words) > 0.5 * len(words):
        return False  # Title Case: a headline
    letters = sum(map(str.isalpha, chunk))
    if letters and sum(map(str.isupper, chunk)) / letters > 0.6:
        return False
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children):
        return False
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    return root.tag_ == "VBD" or bool(aux)


_ENDS = (".", "!", "?", ".\"", ".\u201d", ".'", ".\u2019", "?\u201d", "\u201d", "\"")


def _between_statements(text: str, start: int, end: int) -> bool:
    """Is the paragraph holding [start, end) set between two that end like sentences?

    A headline or a teaser for another story sits among other headlines; a sentence of
    the story that lost its full stop sits among sentences that kept theirs.
    """
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", end)
    if a < 0 or b < 0:
        return False
    prev = text[:a].rstrip()
    c = text.find("\n\n", b + 2)
    nxt = text[b:c if c >= 0 else len(text)].rstrip()
    prev_para = prev[prev.rfind("\n\n") + 1:]
    return (prev.endswith(_ENDS) and nxt.endswith(_ENDS)
            and len(prev_para.split()) > 20 and len(nxt.split()) > 20)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos) if block else pos
        if block.strip():
            out.append(_strip_span(text, start, start + len(block)))
        pos = start + len(block)
    return out


#: What a video caption says its clip does ("... discusses how ...").
_CLIP_VERBS = {"discuss", "explain", "talk", "speak", "weigh", "break", "react", "reflect",
               "join", "share", "describe"}
#: A standfirst or a caption is at most this many words; a longer paragraph is the story's.
STANDFIRST_WORDS = 50
#: A row of a table as text: "| Ticker | Security | Last |", "|---|---|", or cells
#: copied from a page with tabs between them ("HD\tTHE HOME DEPOT INC.\t225.86").
_TABLE_ROW = re.compile(r"^\|.*\|$|^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.S)


#: Words that open a relative clause ("Protesters who gathered ...", "the house where ..."); the
#: one list of them (figures reads a relative clause's subject with it).
_RELATIVE = {"who", "whom", "whose", "which", "that", "where", "when", "why"}


def _own_clause(sent: Span) -> bool:
    """Whether ``sent`` holds a finite verb with its own subject, whatever its parsed root.

    The small model roots some sentences on their opening preposition ("In a blog post at
    the time she described ..." has ROOT "In", and "described" hangs from "time" as a
    relative clause) or on a noun ("Ozone forms in the air ..., but the culprits are cars");
    such a sentence still says something. A relative clause of a caption's noun ("Protesters
    who gathered ...", "The house where the family lived") is no clause of its own, except
    under a preposition the parser made the root, where it is the sentence's main clause.
    """
    on_prep = sent.root.pos_ == "ADP"
    for tok in sent:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ in _RELATIVE:
            continue
        verb = tok.head
        if verb.pos_ not in {"VERB", "AUX"} or not (verb.tag_ in _FINITE or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children)):
            continue
        if verb.dep_ in {"relcl", "acl", "advcl"} and not (
                on_prep and not any(c.lower_ in _RELATIVE for c in verb.children)):
            continue
        return True
    return False


#: Verbs of a credit line for the outlet's own staff: "Jo Lind reported from Oslo".
_CREDIT_VERBS = {"report", "write", "contribute"}


_CAP = r"[A-Z][\w'\u2019.-]*"
# "CNN's" is one _CAP word: no optional "'s" after it (two ways to read a word backtrack)
_CREDIT_PIECE = (rf"(?:{_CAP} ){{0,5}}{_CAP} (?:reported|wrote|contributed)"
                 r"(?: and (?:reported|wrote))?(?: this (?:report|story|article))? (?:from|in) "
                 rf"{_CAP}(?:,? {_CAP}){{0,3}}")
#: A credit line read off its words, where the parser tangled its clauses: "A reported from
#: X and B reported and wrote in Y."
_CREDIT_WORDS = re.compile(rf"{_CREDIT_PIECE}(?:(?:,| and|, and|;) {_CREDIT_PIECE})*\.?")


def _the_story(tok: Token) -> bool:
    """Is ``tok`` the object "this report", "the story" of a credit line?"""
    return tok.dep_ == "dobj" and tok.lemma_.lower() in {"report", "story", "article"} and all(
        c.dep_ == "det" and c.lower_ in {"this", "the"} for c in tok.children)


def staff_credit(sent: Span) -> bool:
    """Is the sentence a credit line for the people who wrote the story: every clause a
    named person who "reported from", "wrote in" or "contributed from" a place, with no
    object or reported words ("Jo Lind reported from Oslo, and Sam Wade wrote in
    London")? Not "No illnesses were reported from the site" (no person), nor "Lind
    reported from Oslo that the talks had failed" (news of its own)."""
    if _CREDIT_WORDS.fullmatch(sent.text.strip()):
        return True
    root = sent.root
    # the tagger may read "Newswire's Jo Lind" as an organisation, or hang the second
    # clause on the first as reported words: a name, and each clause's verb a credit's
    clauses = [root, *(c for c in root.children if c.dep_ in {"conj", "ccomp"} and c.pos_ == "VERB")]
    for verb in clauses:
        if verb.lemma_.lower() not in _CREDIT_VERBS:
            return False
        kids = list(verb.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if (len(subj) != 1 if verb is root else len(subj) > 1) or any(
                c.pos_ != "PROPN" or c.ent_type_ in {"GPE", "LOC"} for c in subj):
            return False
        # nothing but the name, one "from"/"in" place and the next clause: "for 20 years
        # before joining ...", "while the city was under siege" make it news of its own
        preps = [c for c in kids if c.dep_ == "prep"]
        kids = [c for c in kids if not _the_story(c)]  # "wrote this report from Atlanta"
        if len(preps) != 1 or preps[0].lower_ not in {"from", "in"} or any(
                c.dep_ not in {"nsubj", "prep", "punct", "cc", "conj", "ccomp"} or (
                    c.dep_ in {"conj", "ccomp"} and c not in clauses) for c in kids):
            return False
        where = [g for g in preps[0].children if g.dep_ == "pobj"]
        if not where or not all(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in where) or any(
                c.dep_ not in {"compound", "punct", "conj", "cc", "det"} for g in where for c in g.children):
            return False
    return True


def _is_caption(text: str, sents: list[Span]) -> bool:
    """A picture caption or credit: a credit line, a "(left)" mark, or no finite verb.

    A sentence with a finite verb that has its own subject is no caption, whatever the
    parser made its root (see :func:`_own_clause`).
    """
    if _CREDIT.match(text) or _CAPTION_MARK.search(text):
        return True
    if len(sents) != 1 or text.rstrip().endswith(":"):
        return False  # a label that opens a list of links ("More:") captions no picture
    if len(text.split()) > STANDFIRST_WORDS:
        return False  # a long sentence the parser read without a verb is no caption
    root = sents[0].root
    # a video's caption says what the clip shows, in the simple present: "Ken Lowe
    # discusses how ...", "The minister explains why ..."
    return (root.pos_ not in {"VERB", "AUX"} and not _own_clause(sents[0])) or (
        root.tag_ == "VBZ" and root.lemma_ in _CLIP_VERBS
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in root.children))


#: A paragraph ends as a statement does: "... on Friday.", "... the highlights:".
_STATEMENT_END = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)]?$")


def _story_before(text: str, paras: list[tuple[int, int]], sents: list[list[Span]]) -> bool:
    """Whether ``paras`` (the paragraphs above a caption) are the story's lead, not a standfirst.

    A paragraph longer than a standfirst is the story's; so are two paragraphs that each
    make a statement (ten words or more, ending as a sentence does, with a clause of their
    own): a page's top holds one standfirst, beside lines that are no statements (a
    headline, a byline, a date).
    """
    statements = 0
    for (a, b), para in zip(paras, sents, strict=True):
        block = text[a:b]
        words = len(block.split())
        if words > STANDFIRST_WORDS:
            return True
        if words >= 10 and _STATEMENT_END.search(block) and any(
                s.root.pos_ in {"VERB", "AUX"} or _own_clause(s) for s in para):
            statements += 1
    return statements >= 2


#: A paragraph of its own that opens a press release's tail: "Media contacts", "Press
#: contact:", "Investor relations", "Forward-looking statements", "Safe harbor statement",
#: "Notes to editors", or an end mark ("###", "-30-", "- Ends -"). (A bare "Contact" or a
#: "Source: ..." line is left alone: a chart's source sits mid-story, and neither line is
#: ever a fact.)
_TAIL_HEAD = re.compile(
    r"(?i)^(?:(?:media|press|investor|news)(?: and \w+)? (?:contacts?|enquiries|inquiries|relations)"
    r"|(?:cautionary )?(?:note|statement)s? (?:regarding|on|about) forward[- ]looking "
    r"statements?|forward[- ]looking statements?|safe harbou?r(?: statement)?|notes? (?:to|for) "
    r"editors|#{3,}|-\s?30\s?-|-+\s?ends?\s?-+)$")
#: "About Acme", "About the Company": the heading of the boilerplate that says who issued
#: a press release (the name is capitalised, or written as a brand: "my6sense", "eBay").
_ABOUT_HEAD = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w.&'\u2019-]*|[a-z]+\d[\w-]*|[a-z]+[A-Z]\w*)")
#: What a company says of itself in a release's boilerplate: where it is headquartered,
#: how many it employs, where its shares trade, its mission or vision, its founding.
_PROFILE = re.compile(
    r"(?i)\b(?:is (?:headquartered|based) in|headquarters (?:is|are) in|employs (?:about |around |"
    r"approximately |nearly |over |more than |some )?[\d,.]+(?: \w+)? (?:people|employees|staff)|"
    r"shares (?:\(\w+\) )?are (?:listed|traded|quoted)|(?:listed|traded) on the (?:\w+ ){0,3}"
    r"(?:stock exchange|exchange|nasdaq|nyse)|(?:mission|vision) (?:of \w+ )?is to|"
    r"(?:nyse|nasdaq|tsx|asx|lse)(?: \w+)?: ?[A-Z]{1,5}\b|was founded in \d{4}|"
    r"(?:subsidiaries|offices|operations|operating businesses) in (?:more than |over )?\d+ countries|"
    r"is a (?:leading |global |worldwide |world-leading |premier ){1,3}(?:\w+ ){0,3}(?:provider|company|"
    r"leader|supplier|manufacturer|developer|platform))")


def _release_tail(text: str, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The tail of a press release below its story: (start, end) of the body, or None.

    In the second half of the body, the tail starts at an "About <Name>" heading whose
    next paragraph speaks of that name ("About Acme" / "Acme makes ..."), or at a contact,
    forward-looking-statements or end-mark heading (:data:`_TAIL_HEAD`), and runs to the
    end. Without a heading, the last paragraphs are the tail while each says at least two
    things a company's profile says (:data:`_PROFILE`: "is headquartered in ...", "employs
    around 1,300 people", "shares are listed on ..."): a paragraph of the story seldom
    says two.
    """
    half = len(paras) // 2
    for j in range(max(1, half), len(paras)):
        a, b = paras[j]
        block = text[a:b].strip().rstrip(":").rstrip()
        if len(block.split()) > 8:
            continue
        if _TAIL_HEAD.match(block):
            return a, len(text)
        m = _ABOUT_HEAD.match(block)
        if m and j + 1 < len(paras) and not block.endswith(("!", "?")):
            nxt = text[paras[j + 1][0]:paras[j + 1][1]].lstrip()
            nxt = nxt[4:] if nxt.lower().startswith("the ") else nxt
            name = m.group("name").rstrip(".").lower()
            # the name itself, not a longer word it begins ("About Apple" / "Applebee's")
            if nxt.lower().startswith(name) and not nxt[len(name):len(name) + 1].isalnum():
                return a, len(text)
    j = len(paras)
    while j > max(1, half) and len(_PROFILE.findall(text[paras[j - 1][0]:paras[j - 1][1]])) >= 2:
        j -= 1
    return (paras[j][0], len(text)) if j < len(paras) else None


def outside_parts(text: str, sents: list[Span]) -> list[tuple[str, int, int]]:
    """Stretches of the body that are page, not story: (rule, start, end), the rule one of
    "promo", "tail", "table", "top", "caption", "teaser" (benchmarks/outside_drops.py
    prints what each drops).

    - a paragraph that promotes or signs off ("Follow him on Twitter") is furniture whole;
    - the page's top before the story starts: what comes before a dateline paragraph
      ("DUBAI, United Arab Emirates \u2014 ..."), or before and with a picture caption,
      within the first few paragraphs (a standfirst, a caption, its credit);
    - teasers for other stories in the second half: a one-sentence paragraph beside a
      short headline-like line;
    - a press release's tail: its "About <Name>" boilerplate, contacts, end mark
      (:func:`_release_tail`).
    """
    skip: list[tuple[str, int, int]] = []
    for m in _PROMO.finditer(text):
        a = text.rfind("\n\n", 0, m.start()) + 1
        b = text.find("\n\n", m.end())
        b = len(text) if b < 0 else b
        if len(text[a:b].split()) <= 80:  # a box, not a story run together in one block
            skip.append(("promo", a, b))
    paras = _paragraphs(text)
    if len(paras) < 3:
        return skip
    tail = _release_tail(text, paras)
    if tail is not None:
        skip.append(("tail", *tail))
    by_para: list[list[Span]] = [[] for _ in paras]
    k = 0
    for sent in sents:
        while k < len(paras) and paras[k][1] <= sent.start_char:
            k += 1
        if k < len(paras) and sent.end_char > paras[k][0]:
            by_para[k].append(sent)
    # a row of a table ("| HD | THE HOME DEPOT INC. | 225.86 |") is the page's, not the
    # story's, and neither a caption nor a headline: the sentences around it stay
    table = [_TABLE_ROW.match(text[a:b]) is not None for a, b in paras]
    skip.extend(("table", *p) for p, t in zip(paras, table, strict=True) if t)
    head = min(5, len(paras) - 2)
    caption = [not table[j] and _is_caption(text[a:b], by_para[j])
               for j, (a, b) in enumerate(paras[:head + 1])]
    # a paragraph that opens with a wire dateline is where the story starts: what comes
    # before it is the page's top, and nothing from it on is standfirst
    start = next((j for j in range(head + 1) if not table[j] and not caption[j]
                  and _DATELINE.match(text[paras[j][0]:paras[j][1]])
                  and not text[paras[j][0]:paras[j][1]].startswith("(")), None)
    if start is not None:
        skip.append(("top", 0, paras[start][0]))
    lead = start
    for j in range(head, -1 if start is None else start, -1):
        a, b = paras[j]
        if not caption[j]:
            continue
        # a standfirst is a sentence or two in one paragraph: a longer paragraph, or two
        # paragraphs of statements, before a caption (or a crosshead, or a widget line such
        # as "1 of 6") are the story's own lead, and only the caption itself goes
        if start is not None or _story_before(text, paras[:j], by_para[:j]):
            skip.append(("caption", a, b))
        else:
            skip.append(("top", 0, b))
            lead = j + 1
        break

    def heading(j: int, shouting: bool) -> bool:
        a, b = paras[j]
        block = text[a:b]
        if table[j]:
            return False
        if shouting:
            letters = [c for c in block if c.isalpha()]
            return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        # a headline: short, no full stop, and not a sign-up box or a credit
        return (len(block.split()) <= 25 and looks_like_furniture(block)
                and not _FURNITURE.search(block) and not _PROMO.search(block)
                and not _CREDIT.match(block))

    for j in range(len(paras)):
        # in the first half only a headline in capitals marks a teaser (a crosshead may not)
        shouting = j < len(paras) // 2
        # the first paragraph after the page's top is the lead, whatever line is above it
        # (a dateline in capitals, "BAAR, SWITZERLAND", reads as a headline)
        if table[j] or j == lead or not 1 <= len(by_para[j]) <= 3 or heading(j, False):
            continue
        if (j > 0 and heading(j - 1, shouting)) or (j + 1 < len(paras) and heading(j + 1, shouting)):
            skip.append(("teaser", *paras[j]))
    return skip


#: The signature under a social-media post embedded in the article, as pasted text keeps
#: it: "\u2014 Jane Roe (@janeroe) November 18, 2019".
_POST_SIGNATURE = re.compile(
    r"^[\u2014\u2013-]\s*[^\n]{1,80}?\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$")
#: A post tags, links or mentions: "#SavePier", "https://t.co/...", "@janeroe".
_POST_MARK = re.compile(r"(?:^|\s)#\w|https?://|pic\.twitter\.com/|(?:^|\s)@\w")


def _embedded_posts(text: str) -> list[tuple[int, int]]:
    """Embedded social-media posts: (start, end) ranges of the body.

    A post is its signature paragraph, the paragraph right above it, and any paragraph
    above that which tags, links or mentions (a post of several paragraphs). A saved
    page's reader drops the post's box; pasted text keeps it, and its words are a
    reaction from social media, not a fact of the story.
    """
    paras = _paragraphs(text)
    out: list[tuple[int, int]] = []
    taken = 0  # paragraphs before this index are already decided: each is walked once
    for k, (a, b) in enumerate(paras):
        if not _POST_SIGNATURE.match(text[a:b]):
            continue
        j = k - 1
        while j >= taken and (j == k - 1 or _POST_MARK.search(text[paras[j][0]:paras[j][1]])):
            j -= 1
        out.extend(paras[j + 1:k + 1])
        taken = k + 1
    return out


def plain_sentences(doc: Doc, text: str, quotes: list[Quote],
                    skip: list[tuple[int, int]] | None = None) -> list[tuple[int, Span, int, int]]:
    """Sentences that can be stated as fact: (index, sentence, start, end).

    Drops quotations (a sentence that is mostly quoted, opens or closes a quote that runs
    on, or holds a direct quote the quotes extractor found), questions, exclamations,
    asides to the reader, social-media reactions, captions and page furniture; strips a
    leading wire dateline ("(CNN) --", "WASHINGTON \u2014").
    ``text`` is ``doc.text`` (passed in because spaCy rebuilds it on every read);
    ``skip`` is :func:`outside_text`'s for ``doc`` (computed here when not given).
    """
    sents = list(doc.sents)
    states = _quote_state(text, sents)
    if skip is None:
        skip = outside_text(text, sents)
    out: list[tuple[int, Span, int, int]] = []
    for i, sent in enumerate(sents):
        why, start, end = why_not_plain(text, sents, i, states, skip, quotes)
        if not why:
            out.append((i, sent, *_without_outer_parens(text, start, end)))
    return out


def _without_outer_parens(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the brackets of a paragraph set in parentheses.

    A writer's aside can fill a paragraph: "(The firm on Tuesday announced ... .)". As a
    line of the brief the brackets say nothing, and a line cut short or a sentence split
    from the rest of the aside would print one of them alone. An opening bracket at the
    start goes when it closes at the end or not at all; a closing one at the end goes when
    the line never opened it.
    """
    chunk = text[start:end]
    depth, low = 0, 0
    for ch in chunk:
        depth += (ch == "(") - (ch == ")")
        low = min(low, depth)
    if chunk.startswith("("):
        inner = chunk[1:].rstrip()
        closes = inner.endswith(")") and _closes_last(inner[:-1])
        if closes or (depth > 0 and ")" not in inner):
            start += 1
            end = start + len(inner) - (1 if closes else 0)
    elif chunk.rstrip().endswith(")") and low < 0 and "(" not in chunk:
        end = start + len(chunk.rstrip()) - 1
    return start, end


def _closes_last(inner: str) -> bool:
    """Does no bracket in ``inner`` close one that opened before it?"""
    depth = 0
    for ch in inner:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def outside_text(text: str, sents: list[Span]) -> list[tuple[int, int]]:
    """The body's stretches that are no story text: page furniture and embedded posts.

    Facts and background skip these (start, end) character ranges; see
    :func:`outside_named` for the one call an extraction makes.
    """
    return [(a, b) for _why, a, b in outside_named(text, sents)]


#: The rules of :func:`outside_parts` whose ranges are only likely page: a "teaser" is a
#: short paragraph beside a headline-like line, which in a long story with crossheads is
#: often the story's own. Facts avoid such lines (a teaser for another story printed as a
#: key fact is worse than one story line missed); figures and actors still read them.
LIKELY_PAGE = frozenset({"teaser"})


def outside_named(text: str, sents: list[Span]) -> list[tuple[str, int, int]]:
    """:func:`outside_parts` plus embedded posts ("post"): each range with its rule.

    Computed once per extraction (:func:`briefgen.extract.extract_doc`) and shared: facts
    and background skip every range; figures and actors skip those not in ``LIKELY_PAGE``.
    """
    return outside_parts(text, sents) + [("post", a, b) for a, b in _embedded_posts(text)]


def surely_page(text: str, sents: list[Span]) -> list[tuple[int, int]]:
    """:func:`outside_text`'s ranges less those only likely page (``LIKELY_PAGE``): what
    figures and actors skip."""
    return [(a, b) for why, a, b in outside_named(text, sents) if why not in LIKELY_PAGE]


#: A full stop set apart from the words: a related story's headline that a page's text
#: ran into the article ("Ferry fares to rise in spring ."; 178 such endings in the CNN/DM
#: dev texts, all headlines, list items or labels). A source that spaces every full stop
#: would lose its lines to this: none of the pasted or html pages does. After a colon it
#: is a statement the text lost ("X issued a statement in response: .").
_LINK_END = re.compile(r"[\w:]\s+\.$")


#: A title's abbreviation ending a sentence: the parser cut the sentence before the name.
_TITLE_CUT = re.compile(r"\b(?:Capt|Gen|Sen|Lt|Col|Gov|Rep|Sgt|Cmdr|Adm|Maj|Brig|Insp|Supt|Det|Cpl)\.$")


def _title_cut(text: str, sents: list[Span], i: int) -> bool:
    """Did the parser cut a sentence after a title's abbreviation: this sentence ends on one
    and the next opens on a name in the same paragraph, or this one is that next sentence
    ("..., said police Capt." | "Ahmed Abdi, adding that ...")? A paragraph ending on
    "Brig. Gen." or "the Czech Rep." is left alone."""
    def cut_between(a: int) -> bool:
        if a + 1 >= len(sents) or not _TITLE_CUT.search(sents[a].text.rstrip()):
            return False
        gap = text[sents[a].end_char:sents[a + 1].start_char]
        nxt = next((t for t in sents[a + 1] if not t.is_space), None)
        return "\n" not in gap and nxt is not None and nxt.pos_ == "PROPN"
    return cut_between(i) or (i > 0 and cut_between(i - 1))


def why_not_plain(text: str, sents: list[Span], i: int, states: list[bool],
                  skip: list[tuple[int, int]], quotes: list[Quote]) -> tuple[str, int, int]:
    """The first check of :func:`plain_sentences` that drops sentence ``i`` ("" when none
    does), with the sentence's span once a leading dateline or list mark is stripped.

    ``states`` is :func:`_quote_state`'s and ``skip`` :func:`outside_text`'s for ``sents``.
    The reasons: "outside-story", "split" (the parser cut a sentence after a title's
    abbreviation: "..., said police Capt." | "Ahmed Abdi, adding ..."), "short", "long",
    "quote-state", "statement", "furniture", "quote-runs-on" (it opens or closes a quote
    that runs on), "quote".
    """
    sent = sents[i]
    start, end = _strip_span(text, sent.start_char, sent.end_char)
    if any(a <= start < b for a, b in skip):
        return "outside-story", start, end
    if i == 0 or start == 0 or text[max(0, start - 2):start] == "\n\n":
        m = _DATELINE.match(text[start:end])
        if m and m.end() < end - start:
            start += m.end()
        # a list item's mark ("- " as the HTML reader writes an <li>, or a bullet) is
        # layout, not a word of the sentence: the line starts after it
        m = _LIST_MARK.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
        # a box's label run into its first sentence: "Summary Drinking more water ..."
        m = _BOX_LABEL.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
    chunk = text[start:end]
    if _title_cut(text, sents, i):
        return "split", start, end  # "..., said police Capt." | "Ahmed Abdi, adding that ...": one sentence cut in two
    words = len(chunk.split())
    if words < 6 or words > 80 or states[i]:
        return ("short" if words < 6 else "long" if words > 80 else "quote-state"), start, end
    if not_a_statement(sent, chunk):
        return "statement", start, end
    if _LINK_END.search(chunk):
        return "furniture", start, end
    if (looks_like_furniture(chunk) and not (
            _unpunctuated_statement(sent, chunk) and _between_statements(text, start, end))) or (
            staff_credit(sent)):
        return "furniture", start, end
    if chunk.count('"') % 2 or (chunk.count("\u201c") != chunk.count("\u201d")):
        return "quote-runs-on", start, end
    if _bare_attribution(sent, text, start, end):
        return "quote", start, end
    quoting = (_overlaps_quote(start, end, quotes) or _quoted_share(chunk) > QUOTED_SHARE
               or _attributed_quote(sent, chunk))
    if quoting and not _sourced_claim(sent, chunk, start, end, quotes):
        return "quote", start, end
    return "", start, end


#: Verbs that credit words to a writer or speaker.
_QUOTE_CREDIT = {"say", "write", "add", "tell", "reply", "tweet"}
#: What may hang on a bare credit besides its subject: when, where, how, to whom.
_CREDIT_PARTS = {"nsubj", "prep", "pobj", "advmod", "npadvmod", "punct", "aux", "det", "poss",
                 "amod", "compound", "nmod", "cc"}
_CLOSE_QUOTE = ('"', "\u201d")
_OPEN_QUOTE = ('"', "\u201c")


def _bare_attribution(sent: Span, text: str, start: int, end: int) -> bool:
    """Is the sentence only the credit of a quote the parser split from it ("Rowling
    wrote in her reply on Tuesday." after the quoted sentence, "The minister added:"
    before it)? Its main verb credits words (say, write, add, tell, reply, tweet), its
    subject is a name, a pronoun or a role (not "the shelling"), and it holds nothing else
    but when, where or to whom; a quote mark closes just before it or opens just after it."""
    root = sent.root
    if root.lemma_.lower() not in _QUOTE_CREDIT or any(
            c.dep_ not in _CREDIT_PARTS for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.text[:1].isupper() or subj.lower_ in ROLE_NOUNS or any(
            t.ent_type_ == "PERSON" for t in subj.subtree)):
        return False
    before, after = text[max(0, start - 4):start].rstrip(), text[end:end + 4].lstrip()
    return before.endswith(_CLOSE_QUOTE) or after.startswith(_OPEN_QUOTE)


def _candidates(doc: Doc, text: str, quotes: list[Quote], cast: Cast,
                published: dt.date | None, skip: list[tuple[int, int]] | None = None) -> list[_Cand]:
    plain = plain_sentences(doc, text, quotes, skip)
    # one pass over the entities, bucketed by sentence (Span.ents re-walks the doc)
    ents_by_sent: dict[int, list[Span]] = {}
    k = 0
    for ent in doc.ents:
        while k < len(plain) and plain[k][1].end <= ent.start:
            k += 1
        if k < len(plain) and plain[k][1].start <= ent.start:
            ents_by_sent.setdefault(plain[k][0], []).append(ent)
    out: list[_Cand] = []
    for i, sent, start, end in plain:
        cand = _Cand(start=start, end=end, index=i, sent=sent,
                     words=len(text[start:end].split()), ents=ents_by_sent.get(i, []))
        cand.start, cand.end = _trim(doc, text, cand)
        cand.words = len(text[cand.start:cand.end].split())
        toks = [t for t in sent if cand.start <= t.idx < cand.end]
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            continue
        line = make_line(doc, text, sent, cand.start, cand.end, cast, published,
                         cut=cand.end < end, drops=asides(doc, text, sent, cand.start, cand.end))
        if line is None:
            continue  # it leans on a sentence the brief does not print
        if cand.end < end and _STATEMENT_END.search(text[cand.start:end]):
            # the whole sentence, for a brief that prints its lines uncut (it ranks as
            # the trimmed line does); not one the parser ended mid-phrase ("... hit
            # singles like 1971's" before a quoted title)
            cand.whole = make_line(doc, text, sent, cand.start, end, cast, published,
                                   drops=asides(doc, text, sent, cand.start, end))
            cand.whole_end = end
        cand.line, cand.edits = line.text, line.edits
        cand.ents = [e for e in cand.ents if cand.start <= e.start_char < cand.end]
        cand.bag = Counter(
            t.lemma_.lower() for t in toks if t.is_alpha and not t.is_stop and len(t) > 1
        )
        out.append(cand)
    return out


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _features(cands: list[_Cand], text: str, title: str | None = None) -> None:
    """Measure each candidate: position, centrality, names, numbers, opener, background,
    description, scene-setting opener, an official's next step, likeness to the headline
    ``title``, first sentence of a paragraph and the paragraph's position."""
    head = _content_words(title)[0] if title else set()
    paras = _paragraphs(text)
    p = 0
    total: Counter[str] = Counter()
    for c in cands:
        total.update(c.bag)
    total_sq = sum(v * v for v in total.values())
    years = [int(y) for y in YEAR.findall(text)]
    recent = max(years) if years else None
    for pos, c in enumerate(cands):
        # cosine between the sentence and the rest of the article, without building it
        own_sq = sum(v * v for v in c.bag.values())
        dot_total = sum(v * total[k] for k, v in c.bag.items())
        dot_rest = dot_total - own_sq
        rest_sq = total_sq - 2 * dot_total + own_sq
        first = next((t.lower_ for t in c.sent if t.idx >= c.start), "")
        # candidates come in text order: the paragraph pointer only moves forward
        at = next((t.idx for t in c.sent if not t.is_space), c.sent.start_char)
        while p + 1 < len(paras) and paras[p + 1][0] <= at:
            p += 1
        # paragraphs are stripped: a first sentence starts where its paragraph does
        opens = bool(paras) and paras[p][0] == at
        c.feats = {
            "index": float(c.index),
            "central": dot_rest / math.sqrt(own_sq * rest_sq) if own_sq and rest_sq > 0 else 0.0,
            "named": float(min(len({e.text for e in c.ents if e.label_ in NAMED}), 4)),
            "numeric": float(any(e.label_ in NUMERIC | {"DATE", "TIME"} for e in c.ents)),
            "adverb": float(first in _ADVERB_OPENERS),
            "pronoun": float(first in _PRONOUN_OPENERS),
            # history and setting are context, not news
            "background": background_score(c.sent, text[c.start:c.end], recent),
            "describes": float(describes(c.sent)),
            "intro": float(pos <= 1 and _timeless(c.sent)),
            "reaction": float(_reaction(c.sent)),
            "reported": float(_reported(c.sent)),
            "title": len(_content_words(c.line)[0] & head) / len(head) if head else 0.0,
            "para_first": float(opens),
            "para_pos": 1.0 / (p + 1),
        }


def _timeless(sent: Span) -> bool:
    """Is ``sent`` in the plain present with no date, no past and no modal ("Dim red light
    shines on classic leather booths.", "Putin is not a self-effacing man.")?"""
    root = sent.root
    if root.tag_ not in {"VBZ", "VBP"} or root.lemma_.lower() in SPEECH:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return False
    return not any(past_or_dated(t) for t in sent)


_REACT_VERBS = {"say", "tell", "add", "vow", "pledge", "promise", "warn", "urge", "announce",
                "insist", "threaten"}


def _reaction(sent: Span) -> bool:
    """Is ``sent`` a named person's reported reaction or next step ("X said they would ...")?"""
    root = sent.root
    if root.lemma_.lower() not in _REACT_VERBS:
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # a named person with a role ("chief negotiator Saeb Erekat", "Dmitry Peskov, Putin's
    # spokesman"): an official speaking for a side, not a witness or a commentator
    if subj is None or not any(t.ent_type_ == "PERSON" for t in subj.subtree) or not any(
            t.pos_ == "NOUN" and not t.ent_type_ for t in subj.subtree):
        return False
    said = [c for c in root.children if c.dep_ in {"ccomp", "xcomp"}]
    return any(t.lower_ in {"would", "will", "'ll"} and t.tag_ == "MD"
               for c in said for t in c.subtree) and not any(q in sent.text for q in QUOTE_CHARS)


#: Verbs of a reported claim: a reaction's, and those of a finding or an estimate.
_REPORT_VERBS = _REACT_VERBS | {"confirm", "report", "state", "declare", "estimate", "find"}


def _reported(sent: Span) -> bool:
    """Is ``sent`` a claim in reported speech credited to a named source ("The ministry
    said the risk was low", "Acme Corp told investors that sales fell 4%")?

    The main verb is a reporting verb with a clause complement, its subject holds a named
    person, organisation, place or group (not "he", not "experts"), and there are no quote
    marks (a quoted sentence is the speaker's own voice, ``_sourced_claim``'s domain).
    """
    root = sent.root
    if root.lemma_.lower() not in _REPORT_VERBS or any(q in sent.text for q in QUOTE_CHARS):
        return False
    if not any(c.dep_ == "ccomp" for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    return any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in subj.subtree)


def _score(cands: list[_Cand], text: str, title: str | None = None) -> None:
    """Give every candidate a relevance score (higher is better)."""
    _features(cands, text, title)
    for c in cands:
        c.score = _relevance(c.feats, c.words)


def _relevance(f: dict[str, float], words: int) -> float:
    """The score of one candidate from its features and its length in words."""
    length = 1.0 if words >= SHORT_WORDS else SHORT_FACTOR
    length /= 1.0 + W_LENGTH * max(0, words - LENGTH_KNEE) / LENGTH_KNEE
    opener = ADVERB_FACTOR if f["adverb"] else 1.0
    if f["pronoun"]:
        opener *= PRONOUN_FACTOR
    if f["describes"]:
        opener *= DESCRIBE_FACTOR
    if f["intro"]:
        opener *= INTRO_FACTOR
    if f["reaction"]:
        opener *= REACTION_FACTOR
    if f["reported"]:
        opener *= REPORTED_FACTOR
    return (
        (W_POS * (f["index"] + POS_OFFSET) ** -POS_EXP + W_CENTRAL * f["central"]
         + W_NAMED * f["named"] + W_NUMERIC * f["numeric"]
         + W_TITLE * f["title"] + W_PARA_FIRST * f["para_first"] + W_PARA_POS * f["para_pos"])
        * length
        * opener
        / (1.0 + W_BACKGROUND * f["background"])
    )


#: Dependents of the main verb that complete its meaning: a cut never leaves one out.
_CORE = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "agent", "pobj"}


_CONTRAST_WORDS = {"though", "although", "but", "yet", "whereas", "despite", "except",
                   "unless", "actually", "instead", "while", "even", "however", "nevertheless"}


def _qualifies_main(sent: Span, cut: int) -> bool:
    """Does the part of ``sent`` after character ``cut`` turn or qualify its main clause?

    "..., though officials say the risk is low" (a concessive clause on the main verb)
    and "... when, in fact, he responded quickly" are; "despite repeated increases"
    inside a relative clause about something else is not.
    """
    for t in sent:
        if t.idx < cut:
            continue
        low = t.lower_
        if low not in _CONTRAST_WORDS and not (
                low in {"fact", "reality"} and t.i > sent.start and t.nbor(-1).lower_ == "in"):
            continue
        if not any(a.dep_ in {"relcl", "acl", "amod", "appos", "pobj"} and a.i >= sent.start
                   for a in [t, *t.ancestors][1:]):
            return True
    return False


#: Subordinators of a clause that says why, or in what circumstance, the main clause holds:
#: "..., as crews try to reach the cut-off villages", "..., because the bank has begun
#: to slip". The clause is the line's reason, so a trim never drops it.
_REASON_MARKS = frozenset({"because", "since", "so", "as"})


def _gives_reason(sent: Span, cut: int) -> bool:
    """Does the part of ``sent`` after character ``cut`` open on a reason or circumstance?"""
    nxt = next((t for t in sent if t.idx > cut), None)
    return nxt is not None and nxt.dep_ == "mark" and nxt.lower_ in _REASON_MARKS


def _finite(verb: Token) -> bool:
    """A finite verb opening a clause after a comma is not a participial clause of its own:
    in "as the app, Tidewave, launched on Tuesday" it is the verb of the "as" clause."""
    return verb.tag_ in _FINITE


def _semicolon_list(sent: Span, semi: Token) -> bool:
    """Is the semicolon ``semi`` a separator in a list ("X spreads by bites; by contact with
    tissue; and by droplets")? Its sentence has three parts or more between semicolons,
    and the part after ``semi`` has no finite verb of its own: a cut there keeps the first
    items and drops the rest, which changes what the line says."""
    parts: list[list[Token]] = [[]]
    for t in sent:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 3:
        return False
    k = sum(1 for t in sent if t.text == ";" and t.i <= semi.i)
    part = {t.i for t in parts[k]}

    def own_clause(t: Token) -> bool:
        # a finite verb of the part's own clause, not of a relative clause in it ("wells
        # that the council has not tested")
        head = t.head if t.dep_ in {"aux", "auxpass"} else t
        return not any(a.dep_ in {"relcl", "acl"} and a.i in part for a in [head, *head.ancestors])

    return not any(t.tag_ in _FINITE and own_clause(t) for t in parts[k])


def _trim(doc: Doc, text: str, cand: _Cand) -> tuple[int, int]:
    """Cut a long sentence after its main clause, never inside a clause.

    Cuts tried: a tail after a semicolon (not one that separates the items of a list,
    :func:`_semicolon_list`), a trailing relative or participial clause set off by a comma. A trailing attribution (", police said.") is never cut: without it
    a claim would read as established fact (it costs about 0.3 ROUGE on the dev set).
    Nor is a clause that qualifies or contradicts the rest ("though ...", "but ...",
    "when, in fact, ..."), nor one that says why or in what circumstance it holds
    ("because ...", "as ..."), nor one that holds what the main verb needs (its object).
    The caller marks the cut with an ellipsis.
    """
    cand.start = dateline_end(cand.sent.doc, text, cand.start, cand.end)
    if cand.words <= LONG:
        return cand.start, cand.end
    sent = cand.sent
    root = sent.root
    cuts: list[int] = []
    for tok in sent:
        if tok.text == ";" and tok.i > sent.start + 6 and not _semicolon_list(sent, tok):
            cuts.append(tok.idx)
        if (
            tok.text == ","
            and tok.i + 1 < sent.end
            and tok.head.i < tok.i
            and doc[tok.i + 1].dep_ in {"relcl", "advcl", "acl"}
            and doc[tok.i + 1].left_edge.i == tok.i + 1
            and not _finite(doc[tok.i + 1])
        ):
            cuts.append(tok.idx)
    for tok in sent:
        if tok.dep_ in {"relcl", "acl", "advcl"} and tok.i > root.i and tok.left_edge.i > sent.start:
            before = doc[tok.left_edge.i - 1]
            if before.text == "," and tok.right_edge.i >= sent.end - 2 and not (
                    tok.left_edge.i == tok.i and _finite(tok)):
                cuts.append(before.idx)
    # the main verb's own object or complement must stay on the line
    core_end = root.idx + len(root.text)
    for c in root.children:
        if c.dep_ in _CORE or (c.dep_ == "prep" and c.i == root.i + 1):
            core_end = max(core_end, c.right_edge.idx + len(c.right_edge.text))
    best = None
    for cut in sorted(set(cuts)):
        if cut < core_end or _qualifies_main(sent, cut) or _gives_reason(sent, cut):
            continue
        s, e = _strip_span(text, cand.start, cut)
        n = len(text[s:e].split())
        if 8 <= n < cand.words and (best is None or n >= 10):
            best = (s, e)
            if n >= CUT_ENOUGH:
                break
    if best is None:
        return cand.start, cand.end
    s, e = best
    # end on a word, not a comma or dash
    while e > s and text[e - 1] in ",;:-\u2014\u2013 ":
        e -= 1
    return s, e


def extract_facts(doc: Doc, quotes: list[Quote], cast: Cast | None = None,
                  published: dt.date | None = None, title: str | None = None,
                  skip: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Sentences that carry the news, best first (at most ``MAX_FACTS``), each standing alone.

    ``cast`` (built from ``doc`` when not given) names who a pronoun or surname refers
    to; ``published`` resolves relative days ("On Sunday [14 January]"); ``title`` is the
    headline (a feature of the score, off by default: ``W_TITLE``); ``skip`` is
    :func:`outside_text`'s for ``doc`` (computed when not given). See
    :mod:`briefgen.extract.standalone` for the edits a line may carry.
    """
    text = doc.text  # a property that re-joins every token: read it once
    if cast is None:
        cast = build_cast(doc, text)
    cands = _candidates(doc, text, quotes, cast, published, skip)
    if not cands:
        return []
    _score(cands, text, title)
    out: list[Fact] = []
    for c in _select(cands):
        whole = None if c.whole is None else Fact(
            text=c.whole.text, start=c.start, end=c.whole_end, score=round(c.score, 4),
            edits=c.whole.edits)
        out.append(Fact(text=c.line, start=c.start, end=c.end, score=round(c.score, 4),
                        edits=c.edits, whole=whole))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Best first, each pick lowered by its likeness to the picks before it (MMR)."""
    picked: list[_Cand] = []
    pool = sorted(cands, key=lambda c: -c.score)
    red = [0.0] * len(pool)  # similarity of each pooled candidate to the closest pick
    lam = W_REDUNDANCY
    while pool and len(picked) < MAX_FACTS:
        best_i = max(range(len(pool)), key=lambda j: pool[j].score - lam * red[j])
        chosen = pool.pop(best_i)
        chosen.score -= lam * red.pop(best_i)
        picked.append(chosen)
        for j, c in enumerate(pool):
            red[j] = max(red[j], _cosine(c.bag, chosen.bag))
        # a near-repeat of a pick (a rewritten lead, a caption restating it) never counts
        keep = [j for j in range(len(pool)) if red[j] < DUPLICATE]
        pool = [pool[j] for j in keep]
        red = [red[j] for j in keep]
    return picked


# --- figures ---------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'\u2019][A-Za-z0-9]+)*")
_STOP = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "i", "not", "no", "said", "says", "say", "will", "would", "could", "should", "may", "might", "can", "also", "than", "then", "there", "which", "who", "whom", "whose", "what", "when", "where", "while", "after", "before", "over", "into", "about"]
)


def _stem(word: str) -> str:
    """A crude stem, so "missile"/"missiles", "fired"/"fires", "Korean"/"Korea" meet."""
    word = word.replace("\u2019", "'").removesuffix("'s")
    if len(word) > 5 and word.endswith("an"):
        return word[:-1]  # Korean -> Korea, Russian -> Russia
    for suf in ("ing", "ed", "es", "s"):
        if len(word) > len(suf) + 3 and word.endswith(suf):
            return word[: -len(suf)]
    return word


def _content_words(text: str) -> tuple[set[str], set[str]]:
    """Stemmed content words of ``text``, and the names and numbers among them."""
    words: set[str] = set()
    keys: set[str] = set()
    for n, m in enumerate(_WORD.finditer(text)):
        raw = m.group()
        low = raw.lower()
        if low in _STOP or len(low) < 2:
            continue
        stem = _stem(low)
        words.add(stem)
        if raw[0].isdigit() or (n > 0 and raw[0].isupper()):
            keys.add(stem)
    return words, keys


def similar(a: str, b: str) -> float:
    """How much two facts say the same thing, 0..1 (content-word overlap).

    The mean of containment (shared content words over the smaller set, so a short
    fact inside a longer one scores high) and the Dice overlap, less a penalty when each
    fact names a person, place, day or number the other does not (Paris vs Lyon, Friday
    vs Saturday): those are two events, not one. Stop words are dropped and words lightly
    stemmed; hyphenated words count by their parts. See ``same_fact`` for the threshold.
    """
    (wa, ka), (wb, kb) = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 0.0
    inter = len(wa & wb)
    score = 0.5 * inter / min(len(wa), len(wb)) + inter / (len(wa) + len(wb))
    if ka - wb and kb - wa:
        score -= 0.15
    return max(0.0, min(1.0, score))


#: ``similar`` at or above this: two facts report the same thing.
SAME_FACT = 0.65


def same_fact(a: str, b: str) -> bool:
    """Do two facts (from different articles, say) report the same thing?"""
    return similar(a, b) >= SAME_FACT
