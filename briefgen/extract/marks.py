"""Find quoted stretches of text by their quote marks, without spaCy.

Handles straight and curly double marks, single marks, guillemets, and the newspaper
convention of a quote running over several paragraphs (each paragraph opens with a
mark, only the last one closes). It never gives up on an odd number of marks: a double
quote left open runs to the end of its paragraph. A closing mark is looked for in the
style of its opener first, so curly quotes nest inside straight ones and inside each
other. Not quote marks: apostrophes ("don't", "ministers'"), two apostrophes ('' is an
artifact of ASCII-converted archives, too ambiguous to trust) and quotes inside markup
tags (<tweet author="...">).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u2039"  # ‘ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-/:;,")


@dataclass
class Marked:
    """A quoted stretch: ``text[start:end]`` is inside the marks (whitespace trimmed)."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when left open
    single: bool = False
    continues: bool = False  # left open and the next paragraph opens with a mark
    continued: bool = False  # opens a paragraph that continues an open quote


def _paragraphs(text: str, recovered: Iterable[int] = ()) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (blank-line separated), each split again at the breaks
    a wall of text lost (``recovered``: :func:`briefgen.ingest.text.wall_breaks`)."""
    spans = _blank_line_paragraphs(text)
    cuts = sorted(recovered)
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for c in cuts:
            if a < c < b:
                out.append((a, c))
                a = c
        out.append((a, b))
    return out


def _blank_line_paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nxt = text.find("\n\n", pos)
        end = n if nxt < 0 else nxt
        if text[pos:end].strip():
            spans.append((pos, end))
        if nxt < 0:
            break
        pos = nxt + 2
    return spans


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to exclude surrounding whitespace (quotes, facts and figures
    trim their spans with it)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_double_open(text: str, i: int, para_start: int) -> bool:
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return True
    if ch != '"':
        return False
    prev = text[i - 1] if i > para_start else " "
    return prev in OPENING_CONTEXT or prev in DOUBLE_OPEN or prev in SINGLE_OPEN


def _single_open(text: str, i: int, para_start: int, para_end: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > para_start else " "
    nxt = text[i + 1] if i + 1 < para_end else " "
    if ch in SINGLE_OPEN:
        return not prev.isalnum() and not nxt.isspace()
    if ch == "'":
        return (prev in OPENING_CONTEXT or prev in DOUBLE_OPEN) and nxt.isalpha()
    return False


def _single_close(text: str, i: int, para_end: int) -> bool:
    ch = text[i]
    if ch not in SINGLE_CLOSE and ch != "'":
        return False
    nxt = text[i + 1] if i + 1 < para_end else " "
    prev = text[i - 1]
    # "don't", "’90s": an apostrophe sits between letters or before a digit
    return not nxt.isalnum() and not prev.isspace()


_CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab", '"': '"'}
# A quote left open runs to the end of its paragraph only when that is near: a stray
# mark in a long paragraph would otherwise put the narrative after it in quote marks.
MAX_OPEN_RUN = 1500
# A single-quoted stretch is short (a phrase, a sentence or two); a far-off apostrophe
# is not its end.
MAX_SINGLE = 600
_MARK = re.compile("[`\"'<>\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2039\u203a]")


def _opening_shaped(text: str, j: int, ps: int, pe: int) -> bool:
    """A straight mark that can only open: space (or nothing) before, a word after."""
    prev = text[j - 1] if j > ps else " "
    nxt = text[j + 1] if j + 1 < pe else " "
    return (prev.isspace() or prev in "([{") and not nxt.isspace()


class _Paragraph:
    """The quote marks of one paragraph, indexed once so that every lookup is a bisect.

    Scanning forward from each mark for its partner made a paragraph with many unmatched
    marks quadratic (50 kB of stray apostrophes took 30 s); this makes it n log n.
    """

    def __init__(self, text: str, ps: int, pe: int) -> None:
        self.marks = [m.start() for m in _MARK.finditer(text, ps, pe)]
        self.in_tag: set[int] = set()
        self.straight: list[int] = []
        self.single_close: list[int] = []
        self.single_plain: list[int] = []  # closes that are not a plural possessive
        self.of: dict[str, list[int]] = {ch: [] for ch in "\u201c\u201d\u201e\u00ab\u00bb"}
        lt = gt = -1
        german = None
        for j in self.marks:
            ch = text[j]
            if ch == "<":
                lt = j
            elif ch == ">":
                gt = j
            elif ch == '"':
                if lt > gt:
                    self.in_tag.add(j)
                else:
                    self.straight.append(j)
            elif ch in self.of:
                self.of[ch].append(j)
                if german is None and ch in "\u00ab\u00bb":
                    # German and Danish print \u00bbthis\u00ab: the first guillemet tells
                    german = ch == "\u00bb" and j + 1 < pe and not text[j + 1].isspace()
            if (ch in SINGLE_CLOSE or ch == "'") and j > ps and _single_close(text, j, pe):
                self.single_close.append(j)
                if not _possessive(text, j, pe):
                    self.single_plain.append(j)
        self.german = bool(german)
        self.pairs: dict[int, int] = {}
        for op, cl in (("\u201c", "\u201d"), ("\u00bb", "\u00ab") if self.german else ("\u00ab", "\u00bb")):
            stack: list[int] = []
            for j in sorted(self.of[op] + self.of[cl]):
                if text[j] == op:
                    stack.append(j)
                elif stack:
                    self.pairs[stack.pop()] = j

    def first(self, positions: list[int], after: int) -> int | None:
        k = bisect.bisect_right(positions, after)
        return positions[k] if k < len(positions) else None

    def first_of(self, chars: str, after: int) -> int | None:
        found = [j for ch in chars if ch in self.of and (j := self.first(self.of[ch], after)) is not None]
        return min(found) if found else None


#: AP and wire copy close a double quote with two single marks: “...’’, ``...''
DOUBLED_CLOSE = ("\u2019\u2019", "''")

# An attribution inside a quote left open: '"We won, Ana Ruiz said. "Next year ...' --
# the quote ends at the punctuation before it.
_ATTRIBUTION = re.compile(
    r"[,.?!](?=\s+(?:(?:[A-Z][\w.'\u2019-]*|of|the|and|for)\s+){1,8}?"
    r"(?:said|says|told|added|wrote|asked|explained|argued|noted|warned)\b)"
    r"|[,.?!](?=\s+(?:he|she|they|it|I|we)\s+(?:said|says|told|added|wrote|asked)\b)"
)


def _doubled(text: str, j: int) -> bool:
    return text.startswith(DOUBLED_CLOSE, j) and not text.startswith(DOUBLED_CLOSE, j + 1)


def _find_close(text: str, i: int, width: int, pe: int, para: _Paragraph | None = None,
                ps: int = 0) -> tuple[int | None, int]:
    """Where the quote opened at ``i`` closes; two single marks in a row close a double
    quote (AP's “...’’ and the ``...'' of ASCII wire copy) when they come first."""
    para = para or _Paragraph(text, ps, pe)
    close, cwidth = _find_close_mark(text, i, width, pe, para, ps)
    doubled = [j for j in para.single_close if j > i + width and _doubled(text, j)]
    if doubled and (close is None or doubled[0] < close):
        return doubled[0], 2
    return close, cwidth


def _find_close_mark(text: str, i: int, width: int, pe: int, para: _Paragraph | None = None,
                     ps: int = 0) -> tuple[int | None, int]:
    """Where the quote opened at ``i`` closes: the matching mark first, any mark else.

    Matching the style keeps curly quotes nested inside a straight quote (and the
    other way round) inside it. A straight mark that can only open a new quote is not
    the close of this one.
    """
    if width == 2:
        k = text.find("\u201d", i + 2, pe)
        return (k, 1) if k >= 0 else (None, 0)
    para = para or _Paragraph(text, ps, pe)
    opener = text[i]
    if i in para.pairs:
        return para.pairs[i], 1
    j: int | None
    if opener == '"':
        j = para.first(para.straight, i)
        if j is not None and not _opening_shaped(text, j, ps, pe):
            return j, 1
        if j is not None:
            return None, 0  # the next mark opens another quote: this one was left open
    else:
        want = _CLOSERS.get(opener, DOUBLE_CLOSE)
        j = para.first_of(want, i)
        if j is not None:
            return j, 1
    found = (para.first_of(DOUBLE_CLOSE if not para.german else "\u201d\u00ab", i),
             para.first(para.straight, i))
    candidates = [c for c in found if c is not None]
    return (min(candidates), 1) if candidates else (None, 0)


def _possessive(text: str, j: int, pe: int) -> bool:
    """An apostrophe after a plural -s, followed by a word: "the ministers’ view"."""
    return (text[j - 1] == "s" and j + 2 < pe and text[j + 1] == " "
            and text[j + 2].isalpha())


def _double_open(text: str, i: int, ps: int, pe: int, para: _Paragraph) -> bool:
    ch = text[i]
    if para.german and ch in "\u00ab\u00bb":
        return ch == "\u00bb"
    if ch == '"':
        nxt = text[i + 1] if i + 1 < pe else " "
        if nxt.isspace():
            return False  # '... no," she said': a mark followed by a space closes
    return _is_double_open(text, i, ps)


def _runs_on(text: str, i: int, ps: int, pe: int, paras: list[tuple[int, int]], p: int,
             para: _Paragraph) -> bool:
    """May the quote left open at ``i`` run to the end of its paragraph?

    Yes when it opens the paragraph, or when the next paragraph opens with a mark (a
    quote over several paragraphs), and no other double mark follows in this one; a
    stray mark in the middle of narrative is not a quote.
    """
    later = para.first(para.marks, i)
    if later is not None and text[later] in DOUBLE_OPEN + DOUBLE_CLOSE + '"':
        return False
    if i == ps:
        return True
    if pe - i > MAX_OPEN_RUN or p + 1 >= len(paras):
        return False
    nps, npe = paras[p + 1]
    return _double_open(text, nps, nps, npe, _Paragraph(text, nps, min(npe, nps + 2)))


def _doubled_stretch_end(text: str, i: int, ps: int, pe: int, memo: dict[int, int]) -> int:
    """Past the pair of apostrophes at ``i``, or past the pair that closes the stretch it
    opens (''only the 'significant' ones,'' the report says).

    ``memo`` maps each pair already looked at to the closing pair found from it (-1: none),
    so a paragraph of many openers and no closer is read once, not once per opener."""
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 2] if i + 2 < pe else " "
    if not (prev in OPENING_CONTEXT and nxt.isalnum()):
        return i + 2
    chain: list[int] = []
    found = -1
    k = text.find("''", i + 2, pe)
    while k >= 0:
        if k in memo:
            found = memo[k]
            break
        chain.append(k)
        after = text[k + 2] if k + 2 < pe else " "
        if not text[k - 1].isspace() and not after.isalnum() and after != "'":
            found = k
            break
        k = text.find("''", k + 2, pe)
    for c in chain:
        memo[c] = found  # the same walk from any pair on it ends on the same closer
    return found + 2 if found >= 0 else i + 2


def find_marked(text: str, recovered: Iterable[int] = ()) -> list[Marked]:
    """All quoted stretches of ``text`` in order (nested quotes stay inside their outer)."""
    out: list[Marked] = []
    paras = _paragraphs(text, recovered)
    for p, (ps, pe) in enumerate(paras):
        para = _Paragraph(text, ps, pe)
        pos = ps  # everything before this is consumed
        closers: dict[int, int] = {}
        for i in para.marks:
            if i < pos:
                continue
            if text.startswith("''", i):
                # two apostrophes: an ASCII-conversion artifact, not a quote mark we trust;
                # but what stands between an opening pair and its closing pair is
                # someone's words, so a 'term' inside is a nested mark, not a quote
                pos = _doubled_stretch_end(text, i, ps, pe, closers)
                continue
            if i in para.in_tag or text[i] in "<>":
                continue  # inside a markup tag: <tweet author="...">
            if text[i] == "`" and not text.startswith("``", i):
                continue
            width = 2 if text.startswith("``", i) else 1  # ``wire copy''
            if width == 2 or _double_open(text, i, ps, pe, para):
                close, cwidth = _find_close(text, i, width, pe, para, ps)
                if close is None and not _runs_on(text, i, ps, pe, paras, p, para):
                    continue  # a stray mark: do not put the narrative after it in quotes
                end = close if close is not None else pe
                cut = None
                if close is None:
                    cut = _ATTRIBUTION.search(text, i + width, pe)
                    if cut is not None:
                        end = cut.end()  # never swallow the attribution
                s, e = strip_span(text, i + width, end)
                if e > s:
                    m = Marked(s, e, i, close)
                    if close is None and cut is None and p + 1 < len(paras):
                        nps, npe = paras[p + 1]
                        m.continues = _double_open(text, nps, nps, npe, _Paragraph(text, nps, min(npe, nps + 2)))
                    if out and out[-1].continues and i == ps:
                        m.continued = True
                    out.append(m)
                pos = end + (cwidth if close is not None else 1)
                continue
            if _single_open(text, i, ps, pe):
                # "the doctors’ union": a plural possessive before a word is not the end,
                # unless nothing better closes the quote
                close = para.first(para.single_plain, i)
                first = para.first(para.single_close, i)
                if close is None or (first is not None and close - i > MAX_SINGLE):
                    close = first
                if close is not None and close - i <= MAX_SINGLE:
                    s, e = strip_span(text, i + 1, close)
                    if e > s:
                        out.append(Marked(s, e, i, close, single=True))
                    pos = close + 1
    return out


def within(ranges: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a character offset falls in one of ``ranges`` (start, end): the
    ranges are merged once, then each offset is a binary search."""
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def test(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]

    return test
