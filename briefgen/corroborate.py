"""Across the sources of one story: what several report, and where they disagree.

Compose works article by article; this module is the cross-document step beside it.

- **Figures** are matched by what they say, not how: "roughly $449,000", "nearly
  $449,000" and "$449,000" are one figure (the same number and unit), printed once,
  citing every source that gives it, with the count.
- **Sources differ**: two sources that give the same kind of figure (same unit) for the
  same thing (the words around the number mostly the same) but a different number, two
  wordings of one speaker's quote, or two dates for one event are printed together, each
  version with its sources, and marked so the reader sees the disagreement.
- **Actors** merge by name across sources; where the articles disagree on what a name is
  (a company read as a person in one of them), the type most mentions give wins.

Nothing here reads spaCy objects: it works on the Extraction models.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from briefgen.extract.facts import similar
from briefgen.extract.figures import SCALE
from briefgen.models import (
    BriefActor,
    BriefEvent,
    BriefItem,
    BriefQuote,
    Extraction,
    Variant,
)

__all__ = ["figure_key", "merge_actors", "merge_events", "merge_figures", "merge_quotes"]

_CURRENCY = {"us$": "$", "$": "$", "£": "£", "€": "€", "¥": "¥", "a$": "A$", "c$": "C$",
             "usd": "$", "gbp": "£", "eur": "€"}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_FIGURE = re.compile(
    r"(?P<cur>US\$|A\$|C\$|USD\s?|GBP\s?|EUR\s?|[$£€¥])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(_WORD_NUMBERS) + r"|an?(?=\s+(?:thousand|million|billion|trillion|dozen)\b))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|dozen|bn|mn|mln|tn|[kmb])\b)?"
    r"(?P<rest>.*)",
    re.I | re.S,
)
_PERCENT = re.compile(r"^\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)", re.I)
_UNIT_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_SKIP_UNIT = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "more", "than",
              "about", "some", "up", "over", "nearly", "around", "roughly", "almost", "per",
              "new", "other", "additional", "total", "fewer", "less"}


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def figure_key(text: str) -> tuple[float, str] | None:
    """(value, unit) of a figure: '$22.6bn' -> (22.6e9, '$'), '14 companies' -> (14, 'company').

    Hedges ('roughly', 'nearly', 'about') do not change the key: they are how a source
    puts the number, not a different number. None when the text holds no number.
    """
    m = None
    for start in range(len(text)):
        if text[start].isdigit() or text[start] in "$£€¥" or text[start:start + 3].upper() in ("US$", "USD", "GBP", "EUR"):
            m = _FIGURE.match(text, start)
            if m:
                break
        elif start == 0 or not text[start - 1].isalpha():
            word = _UNIT_WORD.match(text, start)
            if word and (word.group(0).lower() in _WORD_NUMBERS or word.group(0).lower() in {"a", "an"}):
                m = _FIGURE.match(text, start)
                if m:
                    break
    if m is None:
        return None
    raw = m.group("num").replace(",", "").lower()
    value = float(_WORD_NUMBERS.get(raw, 0) or (1 if raw in {"a", "an"} else raw))  # "a million"
    scale = (m.group("scale") or "").lower()
    value *= SCALE.get(scale, 1.0)
    cur = (m.group("cur") or "").strip().lower()
    rest = m.group("rest") or ""
    span = re.match(r"\s?[-\u2013]\s?(\d[\d,.]*)", rest)  # a range: "0-60 mph", "30-60 per cent"
    upto = ""
    if span:
        upto = "-" + span.group(1).replace(",", "")
        rest = rest[span.end():]
    if cur:
        unit = _CURRENCY.get(cur, cur)
    elif _PERCENT.match(rest):
        unit = "%"
    else:
        words = [w for w in _UNIT_WORD.findall(rest)[:3]]
        nouns = []
        for w in words:
            if w.lower() in ("of", "in", "on", "at", "to", "for", "from", "by", "with"):
                break
            if w.lower() not in _SKIP_UNIT:
                nouns.append(w)
        unit = _singular(nouns[-1]) if nouns else ""
    return float(f"{value:.4g}"), unit + upto


def _context(ex: Extraction, start: int, end: int, width: int = 200) -> str:
    """The sentence around a figure, the figure itself replaced by a placeholder."""
    body = ex.article.body
    left = max(body.rfind(". ", max(0, start - width), start), body.rfind("\n", max(0, start - width), start))
    right_candidates = [i for i in (body.find(". ", end, end + width), body.find("\n", end, end + width)) if i >= 0]
    right = min(right_candidates) if right_candidates else min(len(body), end + width)
    return body[left + 1 if left >= 0 else max(0, start - width): start] + " NUMBER " + body[end:right]


def _interleaved(per_source: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in range(max((len(x) for x in per_source), default=0)):
        out.extend(x[i] for x in per_source if i < len(x))
    return out


def paragraph_of(ex: Extraction, offset: int) -> int | None:
    """The 1-based paragraph of the article body that holds ``offset``."""
    for n, (start, end) in enumerate(ex.article.paragraphs(), start=1):
        if start <= offset < end or offset < start:
            return n
    return None


@dataclass
class _FigureGroup:
    key: tuple[float, str]
    text: str
    cites: list[int]
    paragraph: int | None
    context: list[str] = field(default_factory=list)


def _differs(g: _FigureGroup, h: _FigureGroup, min_overlap: float) -> bool:
    """Two figures that are one figure given differently: same unit and context, other number."""
    (va, unit), (vb, unit_b) = g.key, h.key
    if not unit or unit != unit_b or va == vb or not va or not 0.5 <= vb / va <= 2.0:
        return False
    if set(g.cites) & set(h.cites):
        return False  # one source giving two numbers is two facts, not a disagreement
    # the same thing said around the number, naming no other person, place or thing, in
    # a sentence long enough to say what the number is (a bare "Top speed is 124 mph"
    # does not say of what)
    return any(_same_claim(a, b, min_overlap) for a in g.context for b in h.context)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", text)} - {"number"}


def _same_claim(a: str, b: str, min_overlap: float) -> bool:
    wa, wb = _words(a), _words(b)
    if min(len(wa), len(wb)) < 6:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.35 and similar(a, b) >= min_overlap


def figure_line(value: str, what: str) -> str:
    """A "By the numbers" line: the figure, then what it counts when the figure does not say."""
    return f"{value}: {what}" if what else value


def merge_figures(extractions: Sequence[Extraction], limit: int = 6,
                  min_overlap: float = 0.6) -> list[BriefItem]:
    """Figures across sources: one line per figure, citing every source that gives it.

    A figure several sources give comes first (most sources first); then the rest, the
    best of each source in turn. Two versions of one figure (same unit, same surrounding
    words, a different number, from different sources) become one line with both versions
    in ``variants``: the sources differ.
    """
    groups: list[_FigureGroup] = []
    order = _interleaved([[(n, i) for i in range(len(ex.figures))] for n, ex in enumerate(extractions)])
    for n, i in order:
        ex = extractions[n]
        fig = ex.figures[i]
        key = figure_key(fig.text)
        if key is None:
            continue
        ctx = _context(ex, fig.start, fig.end)
        twin = next((g for g in groups if g.key == key), None)
        if twin is None:
            groups.append(_FigureGroup(key, figure_line(fig.text, fig.label), [n + 1],
                                       paragraph_of(ex, fig.start), [ctx]))
        else:
            if n + 1 not in twin.cites:
                twin.cites.append(n + 1)
            twin.context.append(ctx)
    items: list[BriefItem] = []
    used: set[int] = set()
    for gi, g in enumerate(groups):
        if gi in used:
            continue
        versions = [g]
        for gj in range(gi + 1, len(groups)):
            if gj not in used and _differs(g, groups[gj], min_overlap):
                versions.append(groups[gj])
                used.add(gj)
        variants = ([Variant(text=v.text, cites=sorted(v.cites)) for v in versions]
                    if len(versions) > 1 else [])
        items.append(BriefItem(text=g.text, cites=sorted({c for v in versions for c in v.cites}),
                               corroboration=len(g.cites), paragraph=g.paragraph, variants=variants))
    items.sort(key=lambda it: (-(len(it.cites) > 1), -len(it.cites)))
    return items[:limit]


_NAME_FILLER = {"the", "of", "for", "and"}


def _same_voice(a: str | None, b: str | None) -> bool:
    """Whether two speaker names are one speaker: the same name, or one the end of the
    other ("Smith", "Mr Smith", "John Smith"); "John Smith" and "John Kerry", or "the
    White House" and "the Kremlin", are not."""
    if not a or not b:
        return False
    from briefgen.extract.cast import name_key

    ka = [w for w in name_key(a) if w not in _NAME_FILLER]
    kb = [w for w in name_key(b) if w not in _NAME_FILLER]
    if not ka or not kb:
        return False
    short, long = sorted((ka, kb), key=len)
    return long[-len(short):] == short


SAME_QUOTE = 0.9
#: two wordings of one remark: this much alike, but not the same words
OTHER_WORDING = 0.55


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _words_inside(short: str, long: str) -> bool:
    """Whether the words of ``short`` are already printed in ``long``: the same run of
    words, or nearly so (a reporter's "will not stand by quietly" inside the full remark
    "would not stand by quietly and wait"): at least 3 words and all but one in five of
    them found in order within a stretch of ``long`` little longer than ``short``."""
    sw, lw = short.split(), long.split()
    if not sw or len(sw) > len(lw):
        return False
    if f" {short} " in f" {long} ":
        return True
    need = max(3, -(-4 * len(sw) // 5))
    if len(sw) < need:
        return False
    for start in range(len(lw)):
        window = lw[start:start + len(sw) + 2]
        if len(window) < need:
            break
        got = sum(b.size for b in SequenceMatcher(None, window, sw, autojunk=False).get_matching_blocks())
        if got >= need:
            return True
    return False


def merge_quotes(quotes: list[BriefQuote], extractions: Sequence[Extraction]) -> list[BriefQuote]:
    """Cite every source that prints a chosen quote; keep other wordings as variants.

    The same words from the same speaker in another source add that source to the
    quote's cites (and the count). The same speaker saying nearly the same thing in other
    words (a source misquoting, or tidying up) adds that wording to ``variants``: the
    sources differ on what was said.
    """
    out: list[BriefQuote] = []
    for q in quotes:
        cites = list(q.cites)
        variants: list[Variant] = []
        mine = _norm_words(q.text)
        for n, ex in enumerate(extractions, start=1):
            for other in ex.quotes:
                if other.kind == "indirect" or not _same_voice(q.speaker, other.speaker):
                    continue
                theirs = _norm_words(other.text)
                if not theirs:
                    continue
                same = mine in theirs or theirs in mine or similar(q.text, other.text) >= SAME_QUOTE
                if same:
                    if n not in cites:
                        cites.append(n)
                    continue
                if n in q.cites:
                    continue
                if similar(q.text, other.text) >= OTHER_WORDING:
                    twin = next((v for v in variants if _norm_words(v.text) == theirs), None)
                    if twin is None:
                        variants.append(Variant(text=other.text, cites=[n]))
                    elif n not in twin.cites:
                        twin.cites.append(n)
        cites.sort()
        if variants:
            variants.insert(0, Variant(text=q.text, cites=list(cites)))
        all_cites = sorted({*cites, *(c for v in variants for c in v.cites)})
        out.append(q.model_copy(update={"cites": all_cites, "corroboration": len(cites),
                                        "variants": variants}))
    # one source quoting a remark in full and another only part of it: print the full
    # remark once, citing both
    kept: list[BriefQuote] = []
    for q in sorted(out, key=lambda x: -len(x.text)):
        words = _norm_words(q.text)
        longer = next((k for k in kept if _same_voice(k.speaker, q.speaker)
                       and _words_inside(words, _norm_words(k.text))), None)
        if longer is None:
            kept.append(q)
        else:
            longer.cites = sorted({*longer.cites, *q.cites})
            longer.corroboration = max(longer.corroboration, q.corroboration)
    return [q for q in out if any(q is k for k in kept)]


#: What a timeline row's label adds when the row tells a plan or a forecast ("2030
#: (expected) | The bridge will open in 2030"): a reader of a time line takes a dated
#: row for something that happened.
AHEAD_LABEL = "(expected)"


def merge_events(extractions: Sequence[Extraction], shorten_to: int = 45) -> list[BriefEvent]:
    """Timeline rows across sources: one row per event, every source cited.

    An event that two sources date differently (the same words, another date) is one
    row with both dates in ``variants``: the sources differ.
    """
    from briefgen.compose import _event_label, shorten

    events: list[BriefEvent] = []
    for n, ex in enumerate(extractions, 1):
        for ev in ex.timeline:
            twin = next((e for e in events if e.date == ev.date and similar(e.text, ev.text) >= 0.6), None)
            if twin:
                if n not in twin.cites:
                    twin.cites.append(n)
                continue
            other = next((e for e in events if e.date != ev.date and n not in e.cites
                          and e.precision == ev.precision and similar(e.text, ev.text) >= 0.8), None)
            label = _event_label(ev.date, ev.precision) + (f" {AHEAD_LABEL}" if ev.ahead else "")
            if other is not None:
                if not other.variants:
                    other.variants.append(Variant(text=other.label, cites=list(other.cites)))
                twin_v = next((v for v in other.variants if v.text == label), None)
                if twin_v is None:
                    other.variants.append(Variant(text=label, cites=[n]))
                elif n not in twin_v.cites:
                    twin_v.cites.append(n)
                if n not in other.cites:
                    other.cites.append(n)
                continue
            events.append(BriefEvent(date=ev.date, precision=ev.precision, label=label,
                                     text=shorten(ev.text, shorten_to), cites=[n],
                                     paragraph=paragraph_of(ex, ev.start), ahead=ev.ahead))
    events.sort(key=lambda e: e.date)
    return events


ACTOR_KINDS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place",
               "NORP": "Group", "FAC": "Place"}


def actor_key(name: str) -> str:
    """The key one actor is merged under across sources (see :func:`merge_actors`)."""
    return _actor_key(name)


def _actor_key(name: str) -> str:
    from briefgen.extract.cast import actor_key  # the one name normaliser

    # a title alone ("The Queen", "the Pope") has no name words left: keep the title
    return actor_key(name) or re.sub(r"^the\s+", "", " ".join(name.lower().split()))


def _bylined(byline: str | None) -> set[str]:
    """The actor keys of the people a byline names ("By Jill Lawless and Danica Kirka")."""
    if not byline:
        return set()
    parts = re.split(r",|;|&|\band\b|\bby\b", byline, flags=re.I)
    return {k for k in (_actor_key(p) for p in parts) if " " in k}


def merge_actors(extractions: Sequence[Extraction], limit: int) -> list[BriefActor]:
    """People, organisations and places across sources, one row per name.

    Mentions add up; the type is the one most mentions (then most sources) give, so an
    organisation that one article's parser read as a person is still an organisation;
    on a tie an organisation wins over a person (a person's name is rarely read as a
    company, the other way round often).
    """
    merged: dict[str, BriefActor] = {}
    votes: dict[str, Counter[str]] = {}
    score: dict[str, float] = {}
    sources: dict[str, set[int]] = {}
    for n, ex in enumerate(extractions):
        writers = _bylined(ex.article.byline)
        for e in ex.entities:
            kind = ACTOR_KINDS.get(e.label)
            if kind is None or (e.salience is not None and e.salience <= 0):
                continue  # named only in passing: a place mentioned once, a word read as a name
            key = _actor_key(e.name)
            if kind == "Person" and key in writers and e.relation != "speaker":
                continue  # the writer, named in the sign-off ("Mike Wall's book ... is out now")
            votes.setdefault(key, Counter())[kind] += e.mentions + 1000  # sources first
            score[key] = score.get(key, 0.0) + (e.salience if e.salience is not None else e.mentions)
            sources.setdefault(key, set()).add(n)
            if key in merged:
                merged[key].mentions += e.mentions
                merged[key].role = merged[key].role or e.role
                if e.relation == "speaker":
                    merged[key].relation = "speaker"
            else:
                merged[key] = BriefActor(name=e.name, kind=kind, role=e.role,
                                         relation=e.relation, mentions=e.mentions)
    # a surname one source uses alone ("Trump") is the one person another names in full;
    # not where one source names both apart (its cast saw two people: "President Obama"
    # and the "Michelle Obama" of a quoted caption)
    for key in [k for k in merged if " " not in k and merged[k].kind == "Person"]:
        full = [k for k in merged if k != key and merged[k].kind == "Person" and k.split()[-1:] == [key]]
        if len(full) == 1 and not sources[key] & sources[full[0]]:
            into = full[0]
            merged[into].mentions += merged[key].mentions
            merged[into].role = merged[into].role or merged[key].role
            if merged[key].relation == "speaker":
                merged[into].relation = "speaker"
            votes[into].update(votes.pop(key))
            score[into] += score.pop(key)
            del merged[key]
    preference = {"Organisation": 3, "Place": 2, "Group": 1, "Person": 0}
    for key, actor in merged.items():
        counts = votes[key]
        actor.kind = max(counts, key=lambda k: (counts[k] // 1000, counts[k] % 1000, preference[k]))
    order = sorted(merged, key=lambda k: (-score[k], merged[k].kind == "Place", -merged[k].mentions, k))
    # the limit is for the people and organisations the story is about; the places where
    # it happens (a few, the most central) come on top and do not push anyone out
    actors = [k for k in order if merged[k].kind != "Place"][:limit]
    places = [k for k in order if merged[k].kind == "Place"][:max(0, min(3, limit // 4))]
    return [merged[k] for k in order if k in set(actors) | set(places)]
