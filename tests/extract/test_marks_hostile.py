"""Quote marks in hostile or broken text: linear time, no narrative in quote marks."""

from __future__ import annotations

import time

import pytest

from briefgen.extract.marks import find_marked


def marked(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marked(text)]


@pytest.mark.parametrize("unit", [" 'a", "\u2018a ", ' "a', "\u201c \u201c \u201d", "\u00ab \u00ab \u00bb",
                                  "'' ", " ''a", "<a \"", "s' b"])
def test_many_unmatched_marks_are_fast(unit: str) -> None:
    # 50 kB of stray apostrophes took 30 s (every opener scanned to the paragraph's end)
    text = unit * (300_000 // len(unit))
    start = time.perf_counter()
    find_marked(text)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(("text", "expected"), [
    # a stray opening mark: the narrative after it is not a quote
    ('Officials said "the shield is ready. Estonia and Latvia and Lithuania will buy more '
     '"systems," Kallas said on Monday.', ["systems,"]),
    ('The minister said "we are ready" and "we will act. Estonia and Latvia and Lithuania '
     "agreed on Monday to buy more air defence systems from several suppliers in Europe, and "
     "the first deliveries are due next year according to the defence ministries of the "
     "three countries, which have been asking for them since the war began.",
     ["we are ready"]),
    # a mark followed by a space closes; it does not open a quote to the paragraph's end
    ('"We will not back down," Maria Lopez said, adding that talks would go on.',
     ["We will not back down,"]),
    # German: \u00bbquote\u00ab
    ("\u00bbWir bleiben hier\u00ab, sagte Anna Berg am Montag in Riga.", ["Wir bleiben hier"]),
    ("Anna Berg sagte: \u00bbWir bleiben hier.\u00ab Dann ging sie.", ["Wir bleiben hier."]),
    ("\u201eWir bleiben hier\u201c, sagte Anna Berg.", ["Wir bleiben hier"]),
    # French and English guillemets still open with \u00ab
    ("\u00abNous restons ici\u00bb, a dit Pierre Dubois.", ["Nous restons ici"]),
])
def test_unbalanced_marks_keep_narrative_out(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


def test_open_quote_at_paragraph_start_still_runs_on() -> None:
    # the newspaper convention: a quote over several paragraphs closes only at the end
    text = '"First part of it.\n\n"Second part of it," she said.'
    assert marked(text) == ["First part of it.", "Second part of it,"]
