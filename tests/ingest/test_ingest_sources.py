"""read_source / expand_sources: dispatch, several sources, and bad input.

Each bad input gives one line naming the source and what to do; a batch goes on.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import decode, expand_sources, read_source
from briefgen.ingest.text import is_caption, parse_date

HERE = Path(__file__).parent
HTML = HERE / "html" / "jsonld_article.html"
ARTICLE = (
    "Ports reopen after storm\n\n"
    "The main ports on the northern coast reopened on Tuesday after a storm closed them for "
    "two days, the harbour authority said.\n\n"
    "Ferries to the islands will run an extra service on Wednesday to clear the backlog.\n"
)


def error(source: str) -> str:
    with pytest.raises(InputError) as info:
        read_source(source)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert error(str(missing)) == f"{missing}: no such file; check the path"


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert error(str(path)) == f"{path}: cannot read it (Permission denied); check its permissions"


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert error(str(path)) == f"{path}: the file is empty; give it an article's text"


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary\x00stream")
    assert error(str(path)) == (
        f"{path}: this is binary data, not an article; give a .txt, .md or .html file")


def test_no_article_in_text(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Home\nNews\nSign in\nAdvertisement\nShare\nComments\n", encoding="utf-8")
    assert error(str(path)) == f"{path}: no article text found; is this a news article?"


def test_no_article_in_html(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a>"
                    "</nav></body></html>", encoding="utf-8")
    assert error(str(path)) == (
        f"{path}: no article text found in this HTML page; save the article page itself")


def test_cp1252_read_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(ARTICLE.replace("said.", "said \u2013 \u201ccautiously\u201d.").encode("cp1252"))
    article = read_source(str(path))
    assert "\u201ccautiously\u201d" in article.body
    assert article.warnings == [
        f"{path}: not UTF-8; read as cp1252 (Windows Latin-1)",
        f"{path}: only 39 words of article text found; check that the source holds the whole "
        "article",
    ]


def test_declared_html_charset_wins_over_cp1252(tmp_path: Path) -> None:
    page = HTML.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-7"')
    page = page.replace("Estonia, Latvia", "Εσθονία, Latvia")
    path = tmp_path / "greek.html"
    path.write_bytes(page.encode("iso-8859-7"))
    article = read_source(str(path))
    assert "Εσθονία, Latvia" in article.body
    assert article.warnings == []


def test_undecodable(tmp_path: Path) -> None:
    # 0x81 and 0x8d are not UTF-8 here and have no character in cp1252.
    data = b"Article text \x81\x8d and more text"
    assert decode(b"plain", "x") == ("plain", [])
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt")
    assert str(info.value) == "bad.txt: cannot decode the text (not UTF-8, or cp1252); save it as UTF-8"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    article = read_source("-")
    assert article.title == "Ports reopen after storm"
    assert article.body.startswith("The main ports")


def test_folder_and_list(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("b.md", "a.txt", "c.html", "notes.pdf", ".hidden.txt"):
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    assert list(expand_sources([str(folder)])) == [
        str(folder / "a.txt"), str(folder / "b.md"), str(folder / "c.html")]
    listing = tmp_path / "sources.txt"
    listing.write_text("# today's reading\n\narticles/a.txt\nhttps://example.org/x\n"
                       "articles\n", encoding="utf-8")
    assert list(expand_sources(["first.txt", f"@{listing}"])) == [
        "first.txt", str(folder / "a.txt"), "https://example.org/x",
        str(folder / "a.txt"), str(folder / "b.md"), str(folder / "c.html")]


def test_bad_folder_and_list_are_reported_in_place(tmp_path: Path) -> None:
    from briefgen.pipeline import SourceFailure, read_sources

    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    missing_list = tmp_path / "missing.txt"
    empty_list = tmp_path / "empty-list.txt"
    empty_list.write_text("# nothing yet\n", encoding="utf-8")
    results = read_sources([f"@{missing_list}", str(empty_dir), f"@{empty_list}", str(good)])
    assert [r.error if isinstance(r, SourceFailure) else r.title for r in results] == [
        f"@{missing_list}: no such source list; check the path",
        f"{empty_dir}: the folder has no .txt, .md or .html files",
        f"@{empty_list}: the source list is empty; put one source a line",
        "Ports reopen after storm",
    ]


def test_html_file_metadata_and_paragraphs() -> None:
    article = read_source(str(HTML))
    assert article.title == "Baltic states plan joint air defence shield"
    assert article.byline == "Liis Tamm"
    assert article.published == dt.date(2024, 2, 21)
    assert article.stamped == dt.datetime(2024, 2, 21, 8, 30, tzinfo=dt.UTC)
    assert article.publisher == "Northern Ledger"
    assert article.url == "https://ledger.example.com/world/baltic-air-defence-shield"
    assert article.language == "en"
    assert article.found["title"] in ("html JSON-LD", "html meta tags")
    assert article.found["byline"] == "html JSON-LD"
    assert article.found["url"] == "html canonical link"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Estonia, Latvia and Lithuania agreed on Wednesday")
    assert paragraphs[-1].startswith("NATO has kept fighter jets")
    assert len(paragraphs) == 5
    for furniture in ("cookies", "Most read", "Finland reopens", "Copyright", "Privacy"):
        assert furniture not in article.body


def test_seed_comes_out_clean() -> None:
    seed = HERE.parents[2] / "shared" / "seed" / "russia-north-korea-independent-2024-01-15.txt"
    if not seed.exists():
        pytest.skip("the shared seed article is not beside the project")
    article = read_source(str(seed))
    assert article.title == "Western nations increasingly alarmed by Russia-North Korea alliance"
    assert article.byline == "Shweta Sharma"
    assert article.published == dt.date(2024, 1, 15)
    assert article.publisher == "The Independent"
    for furniture in ("notifications", "commenting forum", "Thank you for registering",
                      "refresh", "(REUTERS)", "Getty", "talk at the Vostochny cosmodrome"):
        assert furniture not in article.body
    assert "role reversal" in article.body and "ground to a halt" in article.body
    assert "are currently stalled in the US and the European Union" in article.body


@pytest.mark.parametrize(("line", "expected"), [
    ("Thursday 9 March 2023 08:26 GMT", dt.date(2023, 3, 9)),
    ("Mon 15 Jan 2024 12.00 GMT", dt.date(2024, 1, 15)),
    ("Updated 9:31 AM EST, Tue February 13, 2024", dt.date(2024, 2, 13)),
    ("Published On 13 Jan 2024", dt.date(2024, 1, 13)),
    ("14:32, Tue, Jan 30, 2024 | UPDATED: 15:10, Tue, Jan 30, 2024", dt.date(2024, 1, 30)),
    ("Dec. 19, 2023", dt.date(2023, 12, 19)),
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("The talks began on 15 January 2024 in Geneva.", None),
    ("January 2024", None),
])
def test_datelines(line: str, expected: dt.date | None) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize(("line", "caption"), [
    ("Chilean trade minister Ana Soto and her Peruvian counterpart Luis Paredes talk at the "
     "Callao container terminal in October 2023", True),
    ("Rescue workers stand outside a partially collapsed building in Hualien on Wednesday", True),
    ("Smoke is seen rising over the port of Hodeidah after an air strike", True),
    ("Road and rail repair contracts, valued at more than $40 billion (£31bn), are "
     "currently held up in the state senate and the city council", False),
    ("This was the first time the coastguard published details about the new patrol drones "
     "which are small unmanned aircraft that can reach boats 300km (190 miles) away", False),
    ("The island sits on the junction of two tectonic plates and is frequently hit by "
     "earthquakes", False),
    ("Officials say the ministers meet again in March to sign the agreement", False),
    ("Protesters hold up placards outside parliament.", False),
    ("Figures show a sharp rise in arrests across the region this year", False),
    ("Tractors line up near the Brandenburg Gate in Berlin during the protest", True),
])
def test_uncredited_captions(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


def test_html_paragraph_starting_with_title_words_is_kept(tmp_path: Path) -> None:
    page = HTML.read_text(encoding="utf-8")
    short = "Estonia, Latvia and Lithuania"
    page = (page.replace("Baltic states plan joint air defence shield | Northern Ledger", short)
                .replace("Baltic states plan joint air defence shield", short)
                .replace(f"<h1>{short}</h1>", ""))
    path = tmp_path / "short-title.html"
    path.write_text(page, encoding="utf-8")
    article = read_source(str(path))
    assert article.title == short
    assert article.body.startswith("Estonia, Latvia and Lithuania agreed on Wednesday")


def test_full_article_has_no_warnings() -> None:
    page = HERE / "pasted" / "guardian_style.txt"
    assert read_source(str(page)).warnings == []


@pytest.mark.slow
def test_extract_table_says_where_metadata_came_from() -> None:
    from typer.testing import CliRunner

    from briefgen.cli import app

    page = HERE / "pasted" / "guardian_style.txt"
    result = CliRunner().invoke(app, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    assert "Dan Sabbagh  (name line by the dateline)" in result.output
    assert "2024-01-15  (dateline)" in result.output
    assert "(masthead)" in result.output


def test_language_guess() -> None:
    from briefgen.ingest.text import guess_language

    assert guess_language(ARTICLE * 2) == "en"
    assert guess_language("Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für "
                          "Landwirte schrittweise zu kürzen, wie ein Sprecher des Ministeriums "
                          "in Berlin mitteilte und dabei auf den Haushalt verwies.") == "de"
    assert guess_language("O governo anunciou na segunda-feira que não vai prorrogar o "
                          "programa, mas os sindicatos dizem que a decisão foi tomada sem "
                          "consulta e que vão recorrer à justiça.") == "pt"
    assert guess_language("東京都は月曜日、新しい防災計画を発表した。計画では、地震の際に"
                          "避難所を増やすことが決まった。") == "ja"
    assert guess_language("Правительство объявило в понедельник о новых мерах поддержки "
                          "фермеров в регионах страны.") == "ru"
    assert guess_language("12 34 56") is None
