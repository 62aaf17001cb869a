"""Extraction(s) + audience settings -> Brief: rank, dedupe, merge sources, cite.

Each source gets a number; every fact, quote and event carries the numbers of the
sources that report it. Facts that several sources report are merged and counted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen import corroborate
from briefgen.config import Audience
from briefgen.dates import WEEKDAYS
from briefgen.extract import gazetteer, reads_language
from briefgen.extract.cast import role_words
from briefgen.extract.facts import SAME_FACT, similar
from briefgen.extract.quotes import names_a_frame
from briefgen.extract.standalone import leans_back, leans_on_previous
from briefgen.models import (
    Brief,
    BriefActor,
    BriefEvent,
    BriefItem,
    BriefQuote,
    Edit,
    Extraction,
    Quote,
    SourceRef,
)
from briefgen.quote_fit import asks, lacks_subject, leans_on_first_half, second_halves

ACTOR_KINDS = corroborate.ACTOR_KINDS


# Where a sentence can be cut and still read as a whole thought: a semicolon, a dash, or a
# comma before a conjunction or a subordinate clause.
_STRONG_CUT = re.compile(
    r";|\s[\u2013\u2014-]\s|,\s(?=(?:and|but|while|as|which|who|after|before|with|although|though|"
    r"because|since|amid|despite|according|adding|saying|in a move|thanks)\b)"
)


# A clause that turns or qualifies what came before: whatever follows a cut must not hold
# one, or the shortened line could say the opposite of the article ("..., though officials
# say the risk is low"; "... when, in fact, he responded quickly").
_CONTRAST = re.compile(
    r"(?:[,;:\u2013\u2014]\s*|\s)(?:though|although|but|yet|whereas|despite|except|unless|"
    r"in fact|in reality|actually|rather than|instead of|only to)\b"
    r"|[,;\u2013\u2014]\s*(?:while|even|when,? in fact)\b",
    re.I,
)


def _keeps_contrast(tail: str) -> bool:
    return bool(_CONTRAST.search(" " + tail))


#: A clause that cannot stand without the main clause after it: "While X ...", "If X ...".
_SUBORDINATE_OPENER = re.compile(
    r"^[\"'\u201c\u2018(\[]*(?:while|although|though|if|when|whenever|because|as|since|unless|"
    r"whereas|even though|even if|once|after|before|until)\b", re.I)
#: What follows a comma inside an enumeration: more items, then the last one after "and"/"or".
_LIST_GOES_ON = re.compile(r",\s[^,;.]{0,80}?\s(?:and|or)\s")


def _cut_keeps_clause(text: str, cut: int) -> bool:
    """Does cutting ``text`` at ``cut`` leave its last sentence a clause that says something?

    Not when it stops inside a quotation or drops the claim's source (:func:`_drops_source`),
    nor when the kept part of that sentence is only its opening subordinate clause ("While
    the old engine is cheaper \u2026": the main clause it leads to goes), nor when the cut
    falls inside an enumeration, between two short items of a list that goes on to its
    last item after "and" ("New bikes, two scooters, a redesigned tram \u2026": the verb
    the list is the subject of goes).
    """
    if _drops_source(text, cut) or _only_opener(text[:cut]):
        return False
    return not (text.startswith(", ", cut) and _in_list(text, cut))


def _only_opener(kept: str) -> bool:
    """Is the last sentence of ``kept`` only an opening subordinate clause ("While the old
    engine is cheaper")?"""
    last = re.split(r"(?<=[.!?;])\s+", kept.strip())[-1]
    return bool(_SUBORDINATE_OPENER.match(last)) and "," not in last


#: A claim's source after the cut: a closing quote mark then its speaker ("..." adds Ana
#: Ruiz) or "according to ..." (:data:`_SOURCE_AFTER`), or right after the cut an
#: attribution that ends the sentence (", the ministry said on Monday.": :data:`_SOURCE_NEXT`).
_SOURCE_AFTER = re.compile(
    r"[\"\u201d]\s*(?:,\s*)?(?:[\w.'\u2019-]+\s){0,4}?(?:said|says|adds|added|warned|wrote|told|explained|"
    r"noted|insisted|argued|according)\b"
    r"|\baccording to\b"
    # the inverted attribution of a wire story: "..., said Lt. Ana Ruiz, a police spokeswoman."
    r"|,\s*(?:said|says|added|adds|told)\s+(?:[A-Z]|the\s|a\s)")
_SOURCE_NEXT = re.compile(
    r"\s*(?:,\s*)?(?:[\w.'\u2019-]+\s){1,5}(?:said|says|reported|reports|told|added|adds|wrote|warned)\b"
    r"[^,;:.!?\"\u201c\u201d]{0,40}[.!?]")


def _drops_source(text: str, cut: int) -> bool:
    """Would cutting ``text`` at ``cut`` stop inside a quotation, or drop who made the claim?

    "\u201cWe are delighted with the deal \u2026" loses both its closing quote mark and the
    ", adds Ana Ruiz" after it; "... was critically injured \u2026" loses ", the agency
    reported": the line would state as fact what someone claims.
    """
    kept = text[:cut]
    if kept.count('"') % 2 or kept.count("\u201c") > kept.count("\u201d"):
        return True
    return _SOURCE_AFTER.search(text, cut) is not None or _SOURCE_NEXT.match(text, cut) is not None


def _in_list(text: str, comma: int) -> bool:
    """Is the comma at ``comma`` between two items of an enumeration that goes on to its
    last item after "and"/"or" (two short items before it)?"""
    last = re.split(r"(?<=[.!?;])\s+", text[:comma].strip())[-1]
    items = re.split(r",\s", last)
    # an age is no item ("Ana Ruiz, 32, of Elmsford, ...")
    return (len(items) >= 3 and all(len(x.split()) <= 6 and re.search(r"[A-Za-z]{2}", x) for x in items[-3:-1])
            and _LIST_GOES_ON.match(text, comma) is not None)


_PUNCT = re.compile(r"[,;:.!?]")
_AND_OR = re.compile(r"\s(?:and|or)\s")


def _list_spans(text: str, end: int) -> list[tuple[int, int]]:
    """Where the enumerations with a comma before ``end`` run: from their first item to the
    end of their last one, the words after "and"/"or" up to the next punctuation mark (a list
    that is the subject runs on to its verb, so to the sentence's end). A list that ends
    before ``end`` ("Ana Ruiz, a lawyer, writer and critic, says ...") leaves the words
    after it free to cut."""
    spans = []
    for i in range(end):
        if not (text.startswith(", ", i) and _in_list(text, i)):
            continue
        m = _LIST_GOES_ON.match(text, i)
        if m is None:
            continue
        item = text[text.rfind(", ", 0, i) + 2: i]
        if len(item.split()) <= 8 and _AND_OR.search(item):
            spans.append((i, i))  # the list ended at this comma: "a lawyer, writer and critic, says"
            continue
        last = _PUNCT.search(text, m.end(), m.end() + 200)
        before = text.rfind(", ", 0, i)  # the list's first item: two before the comma
        before = text.rfind(", ", 0, before) if before > 0 else -1
        first = max(before + 2 if before >= 0 else 0, text.rfind(". ", 0, i) + 2)
        spans.append((first, last.start() if last else len(text)))
    return spans


#: Words a phrase cannot end on: the cut would leave "... debate between …".
_OPENS_PHRASE = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with",
                           "from", "between", "and", "or", "as", "into", "its", "their", "his",
                           "her", "our", "than", "about", "over", "after", "before"})


def _mid_phrase(text: str, i: int) -> bool:
    """Would a cut at ``i`` end on a word that opens a phrase, or inside a name ("between
    Prime …" of "between Prime Minister Boris Johnson")?"""
    before, after = text[:i].split(), text[i:].split()
    if not before:
        return False
    last = before[-1]
    if last.lower() in _OPENS_PHRASE:
        return True
    return bool(after) and last[:1].isupper() and after[0][:1].isupper() and last[-1:].isalpha()


def shorten(text: str, max_words: int = 40, slack: float = 1.25) -> str:
    """Cut a long sentence at a clause boundary, never mid-word, marking the cut with '…'.

    A sentence up to ``slack`` times the limit is kept whole (cutting one word helps
    nobody). Otherwise it is cut at the last strong boundary (semicolon, dash, comma
    before a conjunction) past the first third of the allowance, then at any comma there, and
    only as a last resort between words: at the limit, or at the last word boundary before
    it that is not inside a list (:func:`_list_spans`) or a quotation. A cut that would drop a
    concessive or contrastive clause ("though ...", "but ...", "when, in fact, ...") is never
    made, nor one inside a quotation or before who made the claim, nor one that keeps only an
    opening subordinate clause or stops inside a list (:func:`_cut_keeps_clause`): the
    sentence is kept whole when no cut is left.
    """
    words = text.split()
    if len(words) <= max_words * slack:
        return text
    limit = len(" ".join(words[:max_words]))
    strong = [m.start() for m in _STRONG_CUT.finditer(text, 0, limit + 1)
              if m.start() >= limit * 0.3 and not _keeps_contrast(text[m.start():])
              and _cut_keeps_clause(text, m.start())]
    weak = [i for i in range(int(limit * 0.3), limit)
            if text.startswith(", ", i) and not _keeps_contrast(text[i:]) and _cut_keeps_clause(text, i)]
    if strong:
        cut = strong[-1]
    elif weak:
        cut = weak[-1]
    elif _keeps_contrast(text[limit:]) or _SOURCE_AFTER.search(text, limit) or _SOURCE_NEXT.match(text, limit):
        return text  # any cut before the limit would drop the contrast or the source too
    elif _only_opener(text[:limit]):
        return text
    else:
        # between words, as a last resort: at the limit, or back to the last word boundary
        # before it that is neither inside a list nor inside a quotation
        lists = _list_spans(text, limit)
        cut = next((i for i in range(limit, int(limit * 0.3) - 1, -1)
                    if (i == limit or text[i] == " ") and not any(a < i <= b for a, b in lists)
                    and not _mid_phrase(text, i) and _cut_keeps_clause(text, i)), -1)
        if cut < 0:
            return text
    # a line that already ends on a cut (an aside left out) gets one ellipsis, not two
    return text[:cut].rstrip(",;:\u2013\u2014- ").removesuffix(" …").rstrip(",;:\u2013\u2014- ") + " …"


def shorten_item(item: BriefItem, max_words: int) -> BriefItem:
    """``shorten`` a line of the brief, keeping its record of edits true.

    A cut never falls inside a bracketed insertion; edits past the cut go, and the cut
    itself is recorded.
    """
    new = shorten(item.text, max_words)
    if new == item.text:
        return item
    cut = len(new) - len(" …")
    for e in item.edits:
        if e.start < cut < e.end:
            cut = e.start
            new = item.text[:cut].rstrip(",;:\u2013\u2014- ") + " …"
            cut = len(new) - len(" …")
    # what the kept part left out (an aside's cut) stays recorded; the old closing cut goes
    edits = [e for e in item.edits if e.end <= cut]
    edits.append(Edit(start=cut, end=len(new), original="", kind="cut"))
    return item.model_copy(update={"text": new, "edits": edits})


Candidate = tuple[str, int, int | None]  # text, source number, paragraph number

_CONTENT = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}|\d[\d.,]*")
_HEDGED = re.compile(r"(?i)^(?:\[?if\b|\[?whether\b)|\b(?:could|might|may|would)\b")
SUMMARY_POOL = 4  # the summary may reach this many lines past its own length
# pick_summary's gain: SUMMARY_RANK / (1 + rank) ** SUMMARY_RANK_EXP for the ranker's order,
# SUMMARY_NEW per new word (weighted, at most SUMMARY_NEW_CAP), SUMMARY_CONCRETE for a
# figure, minus SUMMARY_HEDGED for "could"/"if" (see benchmarks/fit_ranker.py summary).
SUMMARY_RANK = 2.0
SUMMARY_RANK_EXP = 0.5
SUMMARY_NEW = 0.25
SUMMARY_NEW_CAP = 8.0
SUMMARY_CONCRETE = 0.3
SUMMARY_HEDGED = 0.6


def _terms(text: str) -> set[str]:
    return {w.lower().strip("'\u2019") for w in _CONTENT.findall(text)} - _STOP_TERMS


_STOP_TERMS = frozenset([
    "that", "this", "with", "from", "have", "been", "were", "will", "would", "could", "they",
    "their", "there", "which", "about", "after", "before", "said", "says", "also", "when",
    "what", "while", "into", "than", "more", "most", "over", "other", "some", "such", "only",
    "them", "these", "those", "then", "being", "because", "where", "here", "just", "very"])


def pick_summary(ranked: list[BriefItem], n: int,
                 where: Callable[[BriefItem], int | None] | None = None) -> list[BriefItem]:
    """The bottom line: ``n`` lines chosen for what they cover, not where they stood.

    From the best ``n + 4`` lines, greedily take the one that adds most: its rank, the
    weight of the words it brings that the lines taken so far do not have (a word weighs
    as often as the candidate lines use it, so the story's own subjects count most), and
    a preference for what happened (a figure, a name, a day) over what might ("could",
    "If confirmed, ..."). The chosen lines are returned in the article's order
    (:func:`in_article_order`), so a line that refers back ("The agency also said ...")
    comes after what it refers to.
    """
    pool = ranked[: n + SUMMARY_POOL]
    if len(pool) <= n:
        return in_article_order(list(pool), ranked, where)
    weight: dict[str, int] = {}
    for item in ranked:
        for w in _terms(item.text):
            weight[w] = weight.get(w, 0) + 1
    top = max(1, max(weight.values(), default=1))
    covered: set[str] = set()
    chosen: list[BriefItem] = []
    def gain(k: int, item: BriefItem, covered: set[str]) -> float:
        new = sum(weight[w] for w in _terms(item.text) - covered) / top
        concrete = SUMMARY_CONCRETE if re.search(r"\d", item.text) else 0.0
        hedged = SUMMARY_HEDGED if _HEDGED.search(item.text) else 0.0
        leaning = 10.0 if leans_back(item.text) else 0.0
        return (SUMMARY_RANK / (1 + k) ** SUMMARY_RANK_EXP
                + SUMMARY_NEW * min(new, SUMMARY_NEW_CAP) + concrete - hedged - leaning)

    while len(chosen) < n:
        _, best = max(((k, it) for k, it in enumerate(pool) if not any(it is c for c in chosen)),
                      key=lambda kv: gain(kv[0], kv[1], covered))
        chosen.append(best)
        covered |= _terms(best.text)
    return in_article_order(chosen, ranked, where)


def in_article_order(items: list[BriefItem], ranked: list[BriefItem],
                     where: Callable[[BriefItem], int | None] | None = None) -> list[BriefItem]:
    """``items`` as their first source prints them: by source, then by paragraph, then by
    ``where`` (a line's character offset in that source's body); the rank in ``ranked``
    settles what none of these places. Two lines of one paragraph keep the article's order too
    (a page whose body has no paragraph breaks is all one paragraph)."""
    order = {id(it): k for k, it in enumerate(ranked)}
    def key(it: BriefItem) -> tuple[int, int, int, int]:
        at = where(it) if where is not None else None
        return (it.cites[0] if it.cites else 0,
                it.paragraph if it.paragraph is not None else 10**6,
                at if at is not None else 10**9,
                order.get(id(it), len(order)))
    return sorted(items, key=key)


#: A line that continues what someone said before: "[Jane Roe] adds that ...",
#: "[Jane Roe] also said ...".
_FOLLOWS_ON = re.compile(r"^\[([^\]]+)\] (?:adds|added|also|further|went on|goes on|continued|"
                         r"continues|repeated|reiterated)\b")


#: "the garage" in a line's opening words: a thing the reader must have met already.
_DEFINITE = re.compile(r"\bthe ([a-z]{3,})\b(?! of\b)")
#: Heads that need no introduction ("the first", "the world", "the time").
_KNOWN_HEADS = frozenset({
    "first", "last", "same", "next", "other", "time", "year", "years", "day", "days", "week",
    "month", "world", "country", "government", "state", "city", "public", "end", "start",
    "most", "best", "only", "people", "way", "number", "rest", "past", "future", "morning",
    "evening", "night", "weekend", "moment", "case", "news", "market", "economy", "police"})


def _introduces(text: str, head: str) -> bool:
    """Does ``text`` bring in a ``head`` for the first time: "a detached garage", "an SUV"?"""
    return re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + re.escape(head) + r"\b", text) is not None


#: A line that opens on the person it is about, described and not named ("The 55-year-old
#: opposition leader was shot ...", "The man suspected of ... has died"): often the story's
#: lead, which the headline introduces.
_DESCRIBED_OPENING = re.compile(r"^The (?:\d+-year-old|(?:young |elderly )?(?:man|woman|boy|girl|couple|"
                                r"pair|suspect|victim|patient|teenager)\b)")


def _leans_for_order(text: str) -> bool:
    """Whether a key fact goes after the ones that stand alone: it leans on the sentence
    before (:func:`leans_back`), unless only by opening on the person it describes, which
    a reader places from the headline (the line keeps the place its rank gives it)."""
    if not leans_back(text):
        return False
    m = _DESCRIBED_OPENING.match(text)
    if m is None or leans_on_previous(text):
        return True
    # the rest of the line may lean all the same ("..., as a result.")
    return leans_back("Someone" + text[m.end():])


def after_what_they_follow(summary: list[BriefItem], facts: list[BriefItem]) -> list[BriefItem]:
    """Put a key fact that follows on from another after it, so the brief never reads
    "adds" before what was added to, nor "the garage" before the line that brings in a garage.

    A line that continues someone ("[Jane Roe] adds ...") goes after the first line that
    names the same person; a line whose opening words ("During a search of the garage, ...")
    speak of a thing the summary has not brought in goes after the key fact that does ("...
    a search warrant on a detached garage").
    """
    out = list(facts)
    for item in list(out):
        opening = " ".join(item.text.split()[:8])
        heads = [h for h in _DEFINITE.findall(opening) if h not in _KNOWN_HEADS]
        for head in heads:
            if _introduces(item.text, head) or any(_introduces(s.text, head) for s in summary):
                continue
            at = out.index(item)
            if any(_introduces(f.text, head) for f in out[:at]):
                continue
            later = next((k for k in range(at + 1, len(out)) if _introduces(out[k].text, head)), None)
            if later is not None:
                out.pop(at)
                out.insert(later, item)  # right after it (the list moved up by one)
                break
    for item in list(out):
        m = _FOLLOWS_ON.match(item.text)
        if m is None or any(m.group(1) in s.text for s in summary):
            continue
        at = out.index(item)
        earlier = next((k for k, f in enumerate(out) if f is not item and m.group(1) in f.text), None)
        if earlier is not None and earlier > at:
            out.pop(at)
            out.insert(earlier, item)  # right after it (the list moved up by one)
    return out


#: A key fact opening on a description ("The new version gets ...", "[Mon] The withdrawal of
#: ...") names a thing the reader must have met: the determiner, then the words before the
#: first function word or punctuation.
_DEF_LINE = re.compile(r"^(?:\[[^\]]*\]\s*)?(?:The|This|That|These|Those)\s+")
#: A capitalised word that is an adjective of nationality ("The German automaker").
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ean|can|ese|ish|ch)|German)$")
#: Words of such a description that say which one, not what: no head.
_NOT_HEAD = frozenset({"new", "old", "latest", "recent", "former", "current", "whole", "entire",
                       "big", "biggest", "small", "large", "main", "key", "final", "second",
                       "third", "two", "three", "four", "five", "latter"})
#: Heads every story has, that the reader needs no introduction to.
_GENERIC_HEADS = _KNOWN_HEADS | frozenset({
    "president", "company", "court", "ministry", "report", "study", "team", "season", "game",
    "show", "event", "research", "researchers", "authors", "idea", "answer", "question",
    "problem", "goal", "result", "results", "fact", "thing", "decision", "plan", "law",
    "project", "issue", "war", "election", "campaign", "following", "latter", "former"})


_DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
#: A line that, put in another's place, would lean on what it followed: "To answer this
#: question, ...", "At the same time, ...", or a verb with no subject ("Includes a ...").
_LEANS_TOO = re.compile(r"^(?:\S+\s+){0,7}?(?:this|these|those)\s+[a-z]|^At the same time\b"
                        r"|^[A-Z][a-z]{2,}(?<!s)s\s+(?:a|an|the)\s")


def _stem(word: str) -> str:
    """Case-folded, the possessive and a simple plural stripped: "Versions'" -> "version"."""
    w = word.lower().strip("'\u2019")
    w = re.sub(r"['\u2019]s$", "", w)
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


def unintroduced_description(text: str, earlier: str) -> bool:
    """Does ``text`` open on "The new version ..." when nothing in ``earlier`` (the headline
    and the lines printed before it) names a version? Proper names ("The White House") and
    heads every story has ("the government", "the police") are not counted."""
    m = _DEF_LINE.match(text)
    if m is None:
        return False
    words = text[m.end():].split()[:5]
    if not words:
        return False
    if words[0][:1].isupper():
        if not _DEMONYM.match(words[0].rstrip(",;:")) or len(words) < 2 or not words[1][:1].islower():
            return False
        words = words[1:]
    run: list[str] = []
    rest = words
    for k, w in enumerate(words):
        bare = w.rstrip(",;:.!?")
        if w[:1].isupper() or w.startswith("["):
            return False  # "The second-generation AirPods", "The top-ranked [Ann Roe]": a name
        if re.search(r"\d", bare):
            continue  # a model number ("the wide-body 787-9 jet") is no head
        if not re.fullmatch(r"[a-z][a-z'\u2019-]*", bare) or bare in STOP_WORDS:
            rest = words[k:]
            break
        run.append(_stem(bare))
        if bare != w:
            rest = words[k + 1:]
            if w.endswith(",") and rest[:1] and (rest[0][:1].isupper() or rest[0] in {"a", "an"}):
                return False  # said at once: "The group, Tenants United, ...", "The pair, a ..."
            rest = []
            break
    # a complement says which one ("The road to retiring early", "The generation of
    # AirPods", "The chairman of the Farmers' Union"), unless it is itself a description
    # ("The withdrawal of the bill")
    if len(rest) >= 2 and rest[0] in {"of", "to", "for"} and (
            rest[1].lower() not in _DEFINITE_WORDS
            or (len(rest) >= 3 and (rest[2][:1].isupper() or _stem(rest[2].rstrip(",.")) in _GENERIC_HEADS))):
        return False
    heads = [w for w in run if w not in _NOT_HEAD and len(w) >= 3]
    if not heads or any(h in _GENERIC_HEADS for h in heads):
        return False
    seen = {_stem(w) for w in re.findall(r"[A-Za-z][a-z'\u2019]*", earlier)}
    return not any(h in seen or h.split("-")[-1] in seen for h in heads)


def replace_unintroduced(key_facts: list[BriefItem], spare: list[BriefItem],
                         before: list[BriefItem], headline: str) -> list[BriefItem]:
    """Swap a key fact that opens on a description nothing before it introduces ("The new
    version gets ...") for the next ranked line that leans on nothing, keeping the count;
    with no such line, the fact stays (and goes after the ones that stand alone)."""
    out: list[BriefItem] = []
    pool = list(spare)
    for item in key_facts:
        earlier = " ".join([headline, *(i.text for i in before), *(i.text for i in out)])
        if unintroduced_description(item.text, earlier):
            swap = next((c for c in pool if not leans_back(c.text) and not _LEANS_TOO.match(c.text)
                         and not unintroduced_description(c.text, earlier)), None)
            if swap is not None:
                pool.remove(swap)
                item = swap
        out.append(item)
    return out


#: A title before a surname that is no first name: "Dr. Pellow" -> "Dr. [Mira] Pellow".
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator",
                          "rep", "gov", "governor", "coach", "sir", "dame", "lt", "col", "gen",
                          "sgt", "capt", "det", "officer", "judge", "justice", "president",
                          "minister", "secretary", "chancellor", "mayor", "chief"})
#: Capitalised words before a surname that are no given name: "But Ortiz said",
#: "On Monday Ortiz ..." (a sentence's first word, a week day).
_NOT_GIVEN = frozenset(STOP_WORDS | set(WEEKDAYS)) - {"will"}
_NAME_WORD = re.compile(r"^[A-Z][\w.'\u2019-]*$")
_SURNAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "al"})
#: A surname inside a noun phrase a determiner opens ("the Varga inquiry", "the Holt and
#: Brandt impeachments", "the entire Fennick dossier"): it names a thing, not the person,
#: and may be another bearer of the name.
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?:[A-Z][\w.'\u2019-]*,?\s+(?:and\s+)?)*$")
_QUOTED_RUN = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _roles(extraction: Extraction) -> dict[str, str]:
    """Each person's role by surname, lower case: {"Ortiz": "mayor of eastbay"}."""
    return {e.name.split()[-1]: e.role.lower() for e in extraction.entities
            if e.label == "PERSON" and e.role and len(e.name.split()) >= 2}


#: Titles that say a man or a woman.
_TITLE_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f"}
#: Titles that say nothing of the office.
_PLAIN_TITLES = frozenset({"dr", "prof", "professor"}) | set(_TITLE_GENDER)


def _title_fits(title: str, first: str, role: str | None) -> bool:
    """May a surname printed after ``title`` ("President Obama") be the person whose
    first name is ``first`` and whose role is ``role``? A known role must hold the title of
    office ("Sen." fits "senator from Ohio"; the cast's "Michelle Obama", with no such
    role, is not "President Obama" when her role is known to be another); Mr/Mrs must
    agree with the first name's gender."""
    title = title.lower().rstrip(".")
    if title in _TITLE_GENDER:
        gender = gazetteer.first_name_gender(first)
        return gender not in {"m", "f"} or gender == _TITLE_GENDER[title]
    if title in _PLAIN_TITLES or not role:
        return True
    held = set(re.findall(r"[a-z]+", role.lower()))
    return title in held or bool(role_words(title) & held)  # "Sen." fits "senator"


def _given_names(extraction: Extraction) -> dict[str, str]:
    """Each surname the cast reads as one person's, with the words before it in the
    full name: {"Ortiz": "Lena"}. A surname two people share is left out (not sure)."""
    out: dict[str, str] = {}
    # a surname the cast keeps as a person of its own beside a full name is two people
    shared: set[str] = {e.name for e in extraction.entities
                        if e.label == "PERSON" and len(e.name.split()) == 1}
    for e in extraction.entities:
        words = e.name.split()
        if e.label != "PERSON" or len(words) < 2 or not all(
                _NAME_WORD.match(w) or w in _SURNAME_PARTICLES for w in words) or not words[-1][:1].isupper():
            continue  # "Marten K. Hollis: Coping" is no name the brief can print
        last = words[-1]
        if last in out and out[last] != " ".join(words[:-1]):
            shared.add(last)
        out[last] = " ".join(words[:-1])
    return {k: v for k, v in out.items() if k not in shared}


def _insert(item: BriefItem, at: int, words: str) -> BriefItem:
    """``item`` with ``words`` inserted at ``at``, recorded as an edit (the others move up)."""
    edits = [e.model_copy(update={"start": e.start + len(words), "end": e.end + len(words)})
             if e.start >= at else e for e in item.edits]
    edits.append(Edit(start=at, end=at + len(words), original="", kind="referent"))
    edits.sort(key=lambda e: (e.start, e.end))
    return item.model_copy(update={"text": item.text[:at] + words + item.text[at:], "edits": edits})


#: The rest of a line's clause after a surname, up to its first pronoun for a person.
_NEXT_PRONOUN = re.compile(r"((?:[\s,]+[\w'\u2019\-]+){0,3}?)[\s,]+(he|she|his|her)\b", re.I)
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|believes?|thinks?)\b", re.I)


def _other_gender_after(text: str, at: int, first: str) -> bool:
    """Does the line's next pronoun after a surname (at ``at``), at most four words on and
    with no verb of saying before it, say the other gender than the first name ``first``
    does? "Ruiz and his brother were ..." with "Ana" for the first name: yes."""
    m = _NEXT_PRONOUN.match(text, at)
    if m is None or _SAYING.search(m.group(1)):
        return False  # "Ruiz said its mother feeds her cub": another clause, anyone's
    gender = gazetteer.first_name_gender(first)
    said = "f" if m.group(2).lower() in {"she", "her"} else "m"
    return gender in {"m", "f"} and gender != said


def _undo_edit(item: BriefItem, edit: Edit) -> BriefItem:
    """``item`` with the article's words back in place of ``edit`` (an insertion just goes;
    the edits after it move by the difference)."""
    n = edit.end - edit.start - len(edit.original)
    edits = [e.model_copy(update={"start": e.start - n, "end": e.end - n}) if e.start >= edit.end else e
             for e in item.edits if e is not edit]
    return item.model_copy(update={"text": item.text[:edit.start] + edit.original + item.text[edit.end:],
                                   "edits": edits})


def _day_key(text: str, edit: Edit) -> tuple[str, str]:
    """The day word before an inserted date and the date: ("tuesday", "[19 November]")."""
    # the last word before it, read in a short window (a line may be one long token)
    before = re.findall(r"\w+", text[max(0, edit.start - 30):edit.start])
    return (before[-1].lower() if before else "", text[edit.start:edit.end].strip())


def resolve_days_once(lines: list[BriefItem]) -> list[BriefItem]:
    """A relative day resolved on an earlier line is not resolved again.

    ``lines`` are in print order. "Tuesday [19 November]" tells the reader the date once;
    on a later line the same "Tuesday" with the same " [19 November]" after it says
    nothing new, so that insertion goes ("the panel met Tuesday [19 November]" ... "on
    Tuesday the chair resigned"). A different day word before the same date ("yesterday
    [19 November]") or another date after the same word keeps its bracket.
    """
    seen: set[tuple[str, str]] = set()
    out: list[BriefItem] = []
    for item in lines:
        dates = sorted((e for e in item.edits if e.kind == "date" and not e.original), key=lambda e: -e.start)
        for e in dates:
            if _day_key(item.text, e) in seen:
                item = _undo_edit(item, e)
        seen |= {_day_key(item.text, e) for e in item.edits if e.kind == "date" and not e.original}
        out.append(item)
    return out


def _named_before(full: str, printed: str) -> bool:
    """Has ``printed`` (the lines printed so far, brackets taken out) named ``full`` in full,
    and no one else with its surname ("[Joe Roe]" after "Ana Roe" stays in full)?"""
    if re.search(r"(?<!\w)" + re.escape(full) + r"(?!\w)", printed) is None:
        return False  # not "Ana Roe" inside "Ana Roeberg"
    given, surname = full.rsplit(" ", 1)
    words = _NAME_TOKEN.findall(printed)
    return all(prev == given.split()[-1] or not prev[:1].isupper()
               for prev, word in itertools.pairwise(words) if word.removesuffix("'s").removesuffix("\u2019s") == surname)


#: A word, or a mark between words (so "Vietnam, Roe" does not read "Vietnam" as Roe's first name)
_NAME_TOKEN = re.compile(r"[\w.'\u2019-]+|[^\w\s]")


def _shared_surnames(extractions: Sequence[Extraction]) -> set[str]:
    """Surnames two people of one source's cast share ("Ana Roe" and "Tom Roe")."""
    out: set[str] = set()
    for ex in extractions:
        given: dict[str, str] = {}
        for e in ex.entities:
            words = e.name.split()
            # the word before the surname: "Defense Secretary Ana Roe" is Ana Roe
            if e.label == "PERSON" and len(words) >= 2 and given.setdefault(words[-1], words[-2]) != words[-2]:
                out.add(words[-1])
    return out


def names_once(lines: list[BriefItem], extractions: Sequence[Extraction] = ()) -> list[BriefItem]:
    """A surname the extraction gave in full ("[Ana Roe] said" for "Roe said") prints as
    the article wrote it once a line printed before it names the person in full.

    ``lines`` are in print order (summary, key facts, context): the brief is read in that
    order, as :func:`name_first_mentions` reads it, so the reader has met "Ana Roe" when
    "Roe" comes. A surname that an earlier line gives another first name, or that the
    sources' casts give two people (:func:`_shared_surnames`), keeps the full name.
    """
    shared = _shared_surnames(extractions)
    printed = ""
    out: list[BriefItem] = []
    for item in lines:
        for e in sorted((e for e in item.edits if e.kind == "referent" and e.original), key=lambda e: -e.start):
            name = item.text[e.start:e.end]
            full = name[1:-1].strip() if name.startswith("[") and name.endswith("]") else ""
            if (" " in full and full.rsplit(" ", 1)[1] == e.original.strip()
                    and full.rsplit(" ", 1)[1] not in shared and _named_before(full, printed)):
                item = _undo_edit(item, e)
        printed += " " + item.text.replace("[", "").replace("]", "")
        out.append(item)
    return out


def name_first_mentions(lines: list[BriefItem], extractions: Sequence[Extraction]) -> list[BriefItem]:
    """A bare surname on the first printed line that uses it gets the rest of the name:
    "[Piet Arnold] and Ortiz said" -> "[Piet Arnold] and [Lena] Ortiz said", unless a
    line printed before it, or this line, names the person in full.

    ``lines`` are in print order (summary, key facts, context). Who a surname means is the
    cast's reading (the extraction's entities and their aliases): a surname the cast gives
    two people, or a person it does not know, is left as the article writes it. Words in
    quote marks are left alone.
    """
    given = [_given_names(ex) for ex in extractions]
    roles = [_roles(ex) for ex in extractions]
    introduced: set[tuple[int, str]] = set()
    out: list[BriefItem] = []
    for item in lines:
        src = (item.cites[0] - 1) if item.cites and 0 < item.cites[0] <= len(extractions) else 0
        names = given[src] if given else {}
        quoted = [(m.start(), m.end()) for m in _QUOTED_RUN.finditer(item.text)]
        for last, first in names.items():
            if (src, last) in introduced:
                continue
            full = f"{first} {last}"
            text = item.text
            if full in text:
                introduced.add((src, last))
                continue
            for m in re.finditer(r"(?<![\w\[-])" + re.escape(last) + r"(?![\w-])(?!\s+[A-Z])", text):
                if any(a <= m.start() < b for a, b in quoted):
                    continue
                before = text[: m.start()].rstrip()
                prev = re.search(r"([\w.]+)\W*$", before)
                word = prev.group(1).rstrip(".") if prev else ""
                joined = prev is not None and not text[prev.end(1): m.start()].strip()
                if before.endswith("]") or (joined and word[:1].isupper() and (
                        word in first.split() or word.lower() not in _NOT_GIVEN | _TITLE_WORDS)):
                    introduced.add((src, last))
                    continue  # "Lena Ortiz", "[Lena Ortiz]": not bare
                if _DETERMINED.search(text[max(0, m.start() - 80): m.start()]):
                    continue  # "the Ortiz memo": a thing; the person is still to be named
                if _other_gender_after(text, m.end(), first.split()[0]):
                    continue  # "Ruiz and his brother": not the woman the cast names Ruiz
                if joined and word.lower() in _TITLE_WORDS and not _title_fits(
                        word, first.split()[0], roles[src].get(last) if roles else None):
                    continue  # "President Obama" is not the cast's "Michelle Obama"
                introduced.add((src, last))
                at, given_words = m.start(), first.split()
                if word in _SURNAME_PARTICLES:
                    # "von Brandt" -> "[Karla] von Brandt", never "von [Karla von] Brandt"
                    if not given_words or given_words[-1] != word or len(given_words) < 2:
                        continue
                    at, given_words = prev.start(1) if prev else at, given_words[:-1]
                item = _insert(item, at, f"[{' '.join(given_words)}] ")
                break
        out.append(item)
    return out


paragraph_of = corroborate.paragraph_of


def _merge_items(candidates: list[Candidate], limit: int, threshold: float = SAME_FACT) -> list[BriefItem]:
    """Keep the first ``limit`` distinct texts; a near-duplicate adds its source as a cite."""
    out: list[BriefItem] = []
    for text, src, para in candidates:
        twin = next((item for item in out if similar(item.text, text) >= threshold), None)
        if twin is not None:
            if src not in twin.cites:
                twin.cites.append(src)
                twin.corroboration = len(twin.cites)
            continue
        if len(out) < limit:
            out.append(BriefItem(text=text, cites=[src], paragraph=para))
    return out


def _interleave(per_source: list[list[Candidate]]) -> list[Candidate]:
    """Round-robin over sources so that the best of each comes first."""
    out: list[Candidate] = []
    for i in range(max((len(x) for x in per_source), default=0)):
        out.extend(x[i] for x in per_source if i < len(x))
    return out


def _quote_rank(q: Quote) -> tuple[float, ...]:
    words = len(q.text.split())
    substantive = 1.0 if 8 <= words <= 70 else 0.5 if words >= 4 else 0.0
    return (
        -(q.speaker is not None and q.speaker_type != "unknown"),
        -(q.speaker_role is not None),
        -(q.kind == "direct"),
        -substantive,
        -q.confidence,
    )


def _role(q: Quote) -> str | None:
    """The speaker's role, without what the name already says: none for "A Nato
    spokesperson"; "spokesperson" when Nato speaks through its "Nato spokesperson"."""
    role, name = q.speaker_role, q.speaker
    if role and name and role.lower() in name.lower():
        return None
    if role and name and role.lower().startswith(name.lower() + " "):
        return role[len(name) + 1:]
    return role


_DESCRIPTION_START = frozenset(["the", "a", "an", "his", "her", "their", "its", "one", "some",
                                "another", "many", "several", "two", "three"])


def credited(q: Quote) -> bool:
    """Whether a quote is credited to someone a reader can name: a person, organisation or
    document by name ("Will Moy", "the Electoral Commission"), not a description ("the
    singer", "one user") or nobody."""
    if not q.speaker or q.speaker_type not in ("person", "organisation", "document"):
        return False
    first = q.speaker.split()[0]
    if not first[:1].isupper():
        return False
    return first.lower() not in _DESCRIPTION_START or any(
        w[:1].isupper() for w in q.speaker.split()[1:])


def is_title(text: str) -> bool:
    """Title Case words ("Rollin' Down To The Harbour"): the name of a work, not speech."""
    words = [w.strip(".,;:!?\"'\u2019") for w in text.split()]
    words = [w for w in words if w]
    small = {"a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "with", "at", "by"}
    return len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small
                                   for w in words) and words[0][:1].isupper()


def pick_quotes(extractions: Sequence[Extraction], audience: Audience,
                printed: Sequence[str] = ()) -> list[BriefQuote]:
    """Words people said or wrote, credited by name: named speakers with roles first,
    substantive words, several different voices. Quotes whose speaker is unknown or only
    described, and titles of works, stay out of the brief (``extract`` keeps them); so does
    a quote that a ``printed`` line (a summary or key fact quoting it) already carries.
    Nor do words that say nothing alone (see ``briefgen.quote_fit``): a question, the
    second half of a split quotation that leans on its first half, a partial quote without
    its subject."""
    pool: list[tuple[Quote, int]] = []
    for n, ex in enumerate(extractions, start=1):
        body = ex.article.body
        halves = second_halves(body, ex.quotes)
        pool.extend((q, n) for i, q in enumerate(ex.quotes)
                    if q.kind in ("direct", "partial") and len(q.text.split()) >= 4
                    and q.confidence >= audience.min_quote_confidence
                    and credited(q) and not is_title(q.text)
                    and not names_a_frame(body, q.start, q.end)
                    and not any(q.text.rstrip(", ") in line for line in printed)
                    and not asks(q.text) and not lacks_subject(body, q)
                    and not (i in halves and leans_on_first_half(q.text)))
    pool.sort(key=lambda qn: _quote_rank(qn[0]))
    chosen: list[tuple[Quote, int]] = []
    voices: dict[str | None, int] = {}
    for cap in (1, 2, 99):  # first one per voice, then a second, then anything left
        for q, n in pool:
            if len(chosen) >= audience.max_quotes:
                break
            if any(q is c for c, _ in chosen) or voices.get(q.speaker, 0) >= cap:
                continue
            if any(similar(q.text, c.text) > 0.8 for c, _ in chosen):
                continue
            chosen.append((q, n))
            voices[q.speaker] = voices.get(q.speaker, 0) + 1
    words = audience.item_words
    # The comma that led into the attribution ('"... a halt," Kirby said') is not part of
    # what was said; the words stay verbatim.
    return [BriefQuote(text=(shorten(q.text, words) if words else q.text).rstrip(", "), speaker=q.speaker,
                       speaker_type=q.speaker_type, role=_role(q), kind=q.kind,
                       confidence=q.confidence, cites=[n],
                       paragraph=paragraph_of(extractions[n - 1], q.start))
            for q, n in chosen]


def pick_actors(extractions: Sequence[Extraction], limit: int) -> list[BriefActor]:
    """The actors the story is about, across sources, merged by name, most central first
    (see corroborate.merge_actors)."""
    return corroborate.merge_actors(extractions, limit)


def quoted_only(actors: list[BriefActor], quotes: Sequence[BriefQuote]) -> list[BriefActor]:
    """The Key actors table says "quoted" of the people whose words the brief prints: one
    whose quote was left out (or who was credited with words the brief does not print) is
    a subject of the story, not a voice in the brief. A speaker named by surname alone on a
    quote ("Ruiz") is the actor of that surname ("Ana Ruiz")."""
    voices = {corroborate.actor_key(name) for q in quotes if q.speaker
              for name in q.speaker.split(" and ")}
    for a in actors:
        if a.relation != "speaker":
            continue
        key = corroborate.actor_key(a.name)
        if key not in voices and not any(v and key.split()[-1:] == v.split() for v in voices):
            a.relation = "subject"
    return actors


figure_line = corroborate.figure_line


def _event_label(date: str, precision: str) -> str:
    try:
        if precision == "day":
            d = dt.date.fromisoformat(date)
            return f"{d.day} {d:%b %Y}"
        if precision == "week":
            d = dt.date.fromisoformat(date)
            return f"week of {d.day} {d:%b %Y}"
        if precision == "month":
            d = dt.date.fromisoformat(date + "-01")
            return f"{d:%B %Y}"
    except ValueError:
        pass
    return date


def _plain(text: str) -> str:
    """A line's words for comparing rows with lines: lower case, no editorial brackets, no
    end punctuation, single spaces."""
    return " ".join(text.lower().replace("[", "").replace("]", "").split()).rstrip(" .;:,")


#: A row that is this much of a printed line (in words), and inside it, is that line again;
#: a shorter row ("In 1990, the bridge opened" of a long sentence) says the event briefly.
SAME_LINE = 0.75


def unrepeated_events(events: list[BriefEvent], printed: Sequence[str]) -> list[BriefEvent]:
    """Timeline rows less those that repeat a line the reader has just read: a row whose
    words all stand, in order, in a summary, key-fact or context line printed before the
    timeline and make most of it (:data:`SAME_LINE`), "1990 | The old bridge over the river
    was opened in 1990." under the key fact "The old bridge over the river was opened in
    1990, officials said."; and a row whose words another row already printed (one sentence
    naming four years is one row, at the first of them, not four rows of the same words)."""
    lines = [_plain(t) for t in printed]
    kept: list[BriefEvent] = []
    seen: set[str] = set()
    for ev in events:
        words = _plain(ev.text)
        inside = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
        n = len(words.split())
        if not words or words in seen or any(n >= SAME_LINE * len(line.split()) and inside.search(line)
                                             for line in lines):
            continue
        seen.add(words)
        kept.append(ev)
    return kept


def _left_out(extractions: Sequence[Extraction], fuller: Audience, summary: list[BriefItem],
              facts: list[BriefItem], context: list[BriefItem],
              quotes: list[BriefQuote]) -> dict[str, int]:
    """What the fuller brief prints that this one does not: facts (any section) and quotes."""
    full = compose(extractions, fuller)
    here = [i.text for i in [*summary, *facts, *context]]
    lines = [i for i in [*full.summary, *full.facts, *full.context]
             if not any(similar(i.text, t) >= SAME_FACT for t in here)]
    said = {q.text for q in quotes}
    return {"facts": len(lines), "quotes": sum(q.text not in said for q in full.quotes)}


#: The longest body read as a page's preview: a whole article that happens to end on
#: an ellipsis (a quote trailing off) is longer than a paywall's few paragraphs.
PREVIEW_WORDS = 600


def cut_off_ending(body: str) -> str | None:
    """The last words of a body that stops mid-text, as a paywalled page or a preview
    does ('... new maps and characters.\n\nAll...'): a last paragraph that ends on an
    ellipsis, in a body of fewer than PREVIEW_WORDS words. None for a body that ends."""
    last = body.rstrip().rsplit("\n", 1)[-1].strip()
    if not last.endswith(("...", "\u2026")) or len(body.split()) >= PREVIEW_WORDS:
        return None
    words = last.split()
    return " ".join(words[-6:]) if len(words) > 6 else last


def language_notices(extractions: Sequence[Extraction]) -> list[str]:
    """One notice per source in a language the model cannot read, one per source whose
    page stops mid-text (a paywall's preview: the brief is of the start alone), and one
    per source that gave no statement of fact at all: it gave nothing, and the reader must know why before
    reading the rest. The brief prints these apart from the
    summary, which holds only what the articles say. With several sources the notice names
    the source by its number (the number the brief cites and lists it under)."""
    from briefgen.ingest.text import LANGUAGE_NAMES

    notices = []
    for n, ex in enumerate(extractions, 1):
        if reads_language(ex.article.language):
            continue
        code = (ex.article.language or "").lower()[:2]
        name = LANGUAGE_NAMES.get(code, code)
        which = "This source" if len(extractions) == 1 else f"Source {n}"
        notices.append(f"{which} is in {name}: briefgen reads English only, so no facts, "
                       "quotes, people or dates are taken from it.")
    for n, ex in enumerate(extractions, 1):
        # a source in a language briefgen cannot read has its own notice, and no brief
        if reads_language(ex.article.language) and (cut := cut_off_ending(ex.article.body)) is not None:
            which = "This source" if len(extractions) == 1 else f"Source {n}"
            words = len(ex.article.body.split())
            notices.append(f"{which} stops mid-text after {words} words (“{cut}”): the page "
                           "shows only the start of the article, as a paywall or a preview does, "
                           "so this brief covers only those words.")
    for n, ex in enumerate(extractions, 1):
        if reads_language(ex.article.language) and not ex.facts:
            # every sentence was advice to the reader, a question or a list: the brief says
            # so rather than print an empty summary (or the advice as if it were fact)
            which = "this source" if len(extractions) == 1 else f"source {n}"
            notices.append(f"briefgen found no statement of fact or sourced claim in {which} "
                           "(advice to the reader, questions and lists are left out), so no "
                           "summary line is taken from it.")
    return notices


def compose(extractions: Sequence[Extraction], audience: Audience, *, audience_name: str = "policy",
            title: str | None = None, organisation: str | None = None,
            now: dt.datetime | None = None, fuller: Audience | None = None) -> Brief:
    """Build the brief that the templates render.

    ``fuller`` is the audience whose brief has everything (the policy brief): ``omitted``
    then counts what that brief prints and this one does not, so "3 further quotes"
    means three quotes a reader of the fuller brief would see. Without it, ``omitted``
    counts what no section of this brief had room for.
    """
    if not extractions:
        raise ValueError("compose needs at least one extraction")
    sources = [
        SourceRef(number=n, source=ex.article.source, title=ex.article.title,
                  publisher=ex.article.publisher, byline=ex.article.byline,
                  published=ex.article.published, url=ex.article.url)
        for n, ex in enumerate(extractions, start=1)
    ]
    # a brief that cuts no item (no ``item_words``) prints each fact's whole sentence: the
    # extraction's trim after the main clause is for a short list of lines; it ranks the
    # same either way
    lines = {n: [f.whole or f if audience.item_words is None else f for f in ex.facts]
             for n, ex in enumerate(extractions, 1)}
    facts = _interleave([[(f.text, n, paragraph_of(ex, f.start)) for f in lines[n]]
                         for n, ex in enumerate(extractions, 1)])
    n_summary = audience.summary_bullets
    wants_context = "context" in audience.sections and audience.max_context > 0
    ranked = _merge_items(facts, n_summary + audience.max_facts
                          + (audience.max_context if wants_context else 0))
    # the editorial edits of each line (bracketed names, resolved days, cuts) go with it
    edits: dict[str, list[Edit]] = {f.text: f.edits for fs in lines.values() for f in fs if f.edits}
    edits.update({c.text: c.edits for ex in extractions for c in ex.context if c.edits})
    ranked = [i.model_copy(update={"edits": list(edits.get(i.text, []))}) for i in ranked]
    # where each line stands in its first source's body: the summary prints in that order
    starts = {(n, f.text): f.start for n, fs in lines.items() for f in fs}
    def where(item: BriefItem) -> int | None:
        return starts.get((item.cites[0], item.text)) if item.cites else None
    headline_items = pick_summary(ranked, n_summary, where)
    ranked = headline_items + [i for i in ranked if not any(i is h for h in headline_items)]
    # a whole sentence too long for the summary prints as the extraction trimmed it (after
    # its main clause, by the parse) rather than cut at shorten's last comma
    trimmed = {f.whole.text: f for ex in extractions for f in ex.facts if f.whole is not None}
    summary = [shorten_item(i if len(i.text.split()) <= audience.summary_words * 1.25
                            or i.text not in trimmed else
                            i.model_copy(update={"text": trimmed[i.text].text,
                                                 "edits": list(trimmed[i.text].edits)}),
                            audience.summary_words)
               for i in headline_items]
    # No sentence is printed twice: the lines the fact ranker puts first are the key
    # facts (it already ranks history and setting lower); "Context and background" then
    # takes the background that neither the summary nor the key facts print.
    key_facts = ranked[n_summary:n_summary + audience.max_facts]
    if "facts" in audience.sections:
        before = headline_items if ("summary" in audience.sections and audience.sections.index("summary")
                                    < audience.sections.index("facts")) else []
        key_facts = replace_unintroduced(key_facts, ranked[n_summary + audience.max_facts:], before,
                                         title or extractions[0].article.title or "")
    context: list[BriefItem] = []
    if wants_context:
        printed = [i.text for i in ranked[:n_summary] + key_facts]
        context = _merge_items(
            _interleave([[(c.text, n, paragraph_of(ex, c.start)) for c in ex.context
                          if not any(similar(c.text, t) >= SAME_FACT for t in printed)]
                         for n, ex in enumerate(extractions, 1)]),
            audience.max_context)
        context = [c.model_copy(update={"edits": list(edits.get(c.text, []))}) for c in context]
        if not context and len(key_facts) > 5:
            # every background line made the key facts: the last of them (never one of the
            # first five) moves to "Context and background", so a reader still gets the setting
            background = [c.text for ex in extractions for c in ex.context]
            moved = next((i for i in reversed(key_facts[5:])
                          if any(similar(i.text, b) >= SAME_FACT for b in background)), None)
            if moved is not None:
                key_facts = [i for i in key_facts if i is not moved]
                context = [moved]
    # A fact that opens on "He adds ..." or "But ..." leans on a sentence the brief does
    # not print: it goes after the facts that stand on their own.
    key_facts.sort(key=lambda i: _leans_for_order(i.text))
    key_facts = after_what_they_follow(summary, key_facts)
    if audience.item_words:
        key_facts = [shorten_item(i, audience.item_words) for i in key_facts]
    # a surname the brief has not yet given in full gets the rest of the name, once, on
    # the first line that prints it in the audience's own order of sections
    parts = {"summary": summary, "facts": key_facts, "context": context}
    order = [s for s in audience.sections if s in parts]
    # the lines as made, brackets and all, as the timeline rows are made (the rows do not
    # go through the naming below): what unrepeated_events compares a row with
    as_made = {s: [i.text for i in parts[s]] for s in order}
    named = iter(names_once(resolve_days_once(name_first_mentions([i for s in order for i in parts[s]], extractions)),
                            extractions))
    for s in order:
        parts[s] = [next(named) for _ in parts[s]]
    summary, key_facts, context = parts["summary"], parts["facts"], parts["context"]
    # the same figure, quote or event from several sources: printed once, every source cited
    figures = corroborate.merge_figures(extractions, 6)
    events = corroborate.merge_events(extractions)
    first = extractions[0].article
    brief_title = title or first.title or "Untitled brief"
    printed = [i.text for i in [*summary, *key_facts, *context]]
    if "timeline" in audience.sections:
        at = audience.sections.index("timeline")
        events = unrepeated_events(events, [t for s in order if audience.sections.index(s) < at
                                            for t in as_made[s]])
    quotes = corroborate.merge_quotes(pick_quotes(extractions, audience, printed), extractions)
    if fuller is not None:
        omitted = _left_out(extractions, fuller, summary, key_facts, context, quotes)
    else:
        distinct = _merge_items(facts, len(facts))
        printable = pick_quotes(extractions, audience.model_copy(update={"max_quotes": 10**6}),
                                printed)
        omitted = {
            "facts": max(0, len(distinct) - len(summary) - len(key_facts) - len(context)),
            "quotes": max(0, len(printable) - len(quotes)),
        }
    return Brief(
        title=brief_title,
        subtitle=first.standfirst if len(extractions) == 1 else
        f"A brief drawing on {len(extractions)} sources",
        template=audience.template,
        audience=audience_name,
        generated=now or dt.datetime.now().astimezone(),
        sources=sources,
        notices=language_notices(extractions),
        summary=summary,
        facts=key_facts,
        figures=figures,
        quotes=quotes,
        context=context,
        actors=quoted_only(pick_actors(extractions, audience.max_actors), quotes),
        timeline=events[-audience.max_timeline:] if audience.max_timeline else [],
        sections=list(audience.sections),
        omitted={k: v for k, v in omitted.items() if v},
        banner=audience.banner,
        prepared_for=audience.prepared_for,
        organisation=organisation,
        author=", ".join(dict.fromkeys(s.byline for s in sources if s.byline)) or None,
    )
