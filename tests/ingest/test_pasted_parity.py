"""Pasted text reads as the saved page does: what a browser copy changes must not change
the article (benchmarks/pasted_parity.py compares the briefs of the two readings)."""

from __future__ import annotations

import pytest

from briefgen.ingest.text import parse_text
from tests.ingest.test_ingest_pasted import _PARAS

_REST = _PARAS[:3]  # three paragraphs of the invented pier story


@pytest.mark.parametrize("cap, rest, joined", [
    # a letter that is no word by itself always joins
    ("H", "arbour board members met in private before the vote, the minutes show.",
     "Harbour board members met in private before the vote, the minutes show."),
    # "A" joins when the page writes the joined word elsewhere ("Adam" in the headline)
    ("A", "dam Rourke, the board's chair, voted with the majority after a long debate.",
     "Adam Rourke, the board's chair, voted with the majority after a long debate."),
    ("\u201cT", "his pier has been falling apart for years,\u201d one of the fishermen said.",
     "\u201cThis pier has been falling apart for years,\u201d one of the fishermen said."),
])
def test_drop_cap_joins_its_word(cap: str, rest: str, joined: str) -> None:
    """A paragraph's large first letter, copied on a line of its own, is put back on its
    word: the sentence reaches the body whole, not as 'arbour board members ...'."""
    text = ("Adam Rourke's harbour board shuts ferry pier\n\n" + _REST[0] + "\n\n"
            + cap + "\n" + rest + "\n\n" + "\n\n".join(_REST[1:]) + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == [_REST[0], joined, *_REST[1:]]


def test_a_lone_a_that_is_a_word_stays_apart() -> None:
    """'A' above a line is the article 'a' when the page never writes the joined word:
    'A' + 'dam' is 'A dam' on a page about a dam, not 'Adam'."""
    text = ("River board plans new dam\n\n" + _REST[0] + "\n\nA\ndam across the river would "
            "flood the lower meadows every winter, the engineers told the board.\n\n"
            + "\n\n".join(_REST[1:]) + "\n")
    article = parse_text(text, source="dam.txt")
    assert "Adam" not in article.body


def test_language_of_a_text_with_few_function_words() -> None:
    """A text whose function words are fewer than usual (11% here) is still read as its
    language when no other language comes close, as the saved page's lang attribute says:
    otherwise the pasted brief prints 'facts' from a language the model cannot read."""
    from briefgen.ingest.text import guess_language

    text = ("Warga desa berkumpul di balai desa pada hari Senin untuk membahas rencana "
            "pembangunan jembatan baru melintasi sungai. Kepala desa menjelaskan bahwa dana "
            "pembangunan berasal dari pemerintah provinsi serta cair bulan depan. Beberapa petani "
            "meminta agar jalan menuju sawah juga diperbaiki sebelum musim hujan tiba. Rapat "
            "berakhir menjelang sore setelah semua usulan dicatat oleh panitia.")
    assert guess_language(text) == "id"
    # a list of names and numbers is no language at all
    assert guess_language("Harlow 12 9 4 21 Vell Point 17 25 11 8 Ostra Marvale Tidewell "
                          "Norcross Kestrel Bay Saint Aldric Lowmoor Harbour Glen Ashby Crest "
                          "Fenwick Water Dunmore Cove Port Evander Holy Cross") is None


_GERMAN = [
    "Die Stadtverwaltung hat am Dienstag beschlossen, die alte Fähre über den Fluss noch in "
    "diesem Jahr durch eine neue Brücke zu ersetzen, wie ein Sprecher mitteilte.",
    "Die Kosten für den Bau werden auf etwa zwölf Millionen Euro geschätzt, von denen das Land "
    "den größten Teil übernehmen soll, sagte der Bürgermeister bei einer Versammlung.",
    "Anwohner hatten sich seit Jahren über die langen Wartezeiten an der Fähre beschwert und "
    "eine Lösung für die Pendler verlangt, die jeden Tag in die Stadt fahren.",
]
_ENGLISH = [
    "The town council voted on Tuesday to replace the old river ferry with a new bridge before "
    "the end of the year, a spokesman for the council said.",
    "The bridge is expected to cost about twelve million euros, most of which the regional "
    "government has agreed to pay, the mayor told a meeting of residents.",
    "Residents have complained for years about the long queues at the ferry and have asked for "
    "a solution for the commuters who travel into the town every day.",
]


@pytest.mark.parametrize("lang, paras, read", [("en", _GERMAN, "de"), ("de", _ENGLISH, "en")])
def test_html_lang_attribute_gives_way_to_the_words(lang: str, paras: list[str], read: str) -> None:
    """A site's template that sets one lang attribute on every page does not make a German
    article English (or an English one German): the saved page reads as its pasted text."""
    from briefgen.ingest.html import parse_html

    page = (f'<html lang="{lang}"><head><title>Neue Brücke / New bridge</title></head><body>'
            "<article><h1>Neue Brücke / New bridge</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    article = parse_html(page, source="bridge.html")
    assert article.language == read
    assert parse_text("\n\n".join(paras), source="bridge.txt").language == read


def test_many_lone_capitals_read_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each 'A' above a lower-case line asks whether the page writes the joined word: the
    page's words are read once, not once per capital (2,000 of them in 22 kB took 6 s,
    8,000 in 88 kB 70 s)."""
    import re

    import briefgen.ingest.text as text_module

    lines: list[str] = []
    for _ in range(50):
        lines += ["", "A", "dam across the river"]
    raw = "Adam Rourke\n" + "\n".join(lines)
    scans = []

    class CountingRe:
        def __getattr__(self, name: str) -> object:
            real = getattr(re, name)
            if not callable(real):
                return real

            def call(*args: object, **kwargs: object) -> object:
                if raw in args:
                    scans.append(name)
                return real(*args, **kwargs)
            return call

    monkeypatch.setattr(text_module, "re", CountingRe())
    joined = text_module._join_drop_caps(lines, raw)
    assert joined.count("Adam across the river") == 50
    assert len(scans) <= 1, scans
