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


def _paragraphs(text: str) -> list[tuple[int, int]]:
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
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


_CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", '"': '"'}


def _find_close(text: str, i: int, width: int, pe: int) -> tuple[int | None, int]:
    """Where the quote opened at ``i`` closes: the matching mark first, any mark else.

    Matching the style keeps curly quotes nested inside a straight quote (and the
    other way round) inside it.
    """
    if width == 2:
        j = text.find("''", i + 2, pe)
        return (j, 2) if j >= 0 else (None, 0)
    opener = text[i]
    want = _CLOSERS.get(opener, DOUBLE_CLOSE)
    if opener in "\u201c\u00ab":
        # curly marks and guillemets nest: “... calls “hell” than ...”
        depth, first = 1, None
        for j in range(i + 1, pe):
            if text[j] == opener:
                depth += 1
            elif text[j] in want:
                depth -= 1
                first = j if first is None else first
                if depth == 0:
                    return j, 1
        if first is not None:
            return first, 1
    for j in range(i + 1, pe):
        if text[j] in want:
            return j, 1
    for j in range(i + 1, pe):
        if text[j] in DOUBLE_CLOSE or text[j] == '"':
            return j, 1
    return None, 0


def _possessive(text: str, j: int, pe: int) -> bool:
    """An apostrophe after a plural -s, followed by a word: "the ministers’ view"."""
    return (text[j - 1] == "s" and j + 2 < pe and text[j + 1] == " "
            and text[j + 2].isalpha())


def find_marked(text: str) -> list[Marked]:
    """All quoted stretches of ``text`` in order (nested quotes stay inside their outer)."""
    out: list[Marked] = []
    paras = _paragraphs(text)
    for p, (ps, pe) in enumerate(paras):
        i = ps
        while i < pe:
            if text.startswith("''", i):
                # two apostrophes: an ASCII-conversion artifact, not a quote mark we trust
                i += 2
                continue
            if text[i] == '"' and text.rfind("<", ps, i) > text.rfind(">", ps, i):
                i += 1  # inside a markup tag: <tweet author="...">
                continue
            width = 1
            if _is_double_open(text, i, ps):
                close, cwidth = _find_close(text, i, width, pe)
                end = close if close is not None else pe
                s, e = _trim(text, i + width, end)
                if e > s:
                    m = Marked(s, e, i, close)
                    if close is None and p + 1 < len(paras):
                        nps, _ = paras[p + 1]
                        m.continues = _is_double_open(text, nps, nps)
                    if out and out[-1].continues and i == ps:
                        m.continued = True
                    out.append(m)
                i = end + (cwidth if close is not None else 1)
                continue
            if _single_open(text, i, ps, pe):
                # "the doctors’ union": a plural possessive before a word is not the end,
                # unless nothing better closes the quote
                close = first = None
                for j in range(i + 1, pe):
                    if _single_close(text, j, pe):
                        first = j if first is None else first
                        if not _possessive(text, j, pe):
                            close = j
                            break
                close = first if close is None else close
                if close is not None:
                    s, e = _trim(text, i + 1, close)
                    if e > s:
                        out.append(Marked(s, e, i, close, single=True))
                    i = close + 1
                    continue
            i += 1
    return out
