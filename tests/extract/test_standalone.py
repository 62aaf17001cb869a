"""Lines that stand alone: the bracketed referent a reader sees."""

from __future__ import annotations

from briefgen.extract.cast import build_cast
from briefgen.extract.standalone import make_line
from tests.conftest import parse


def test_a_bracketed_referent_prints_the_name_as_the_article_writes_it() -> None:
    text = "The EU fined the carmaker on Monday. It said the fine would be paid within a month."
    doc = parse(text)
    sent = list(doc.sents)[1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text))
    assert line is not None
    assert line.text == "[EU] said the fine would be paid within a month."
