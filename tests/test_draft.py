"""Review before sending: ``briefgen draft``, an analyst's edits, ``briefgen render``.

Checked as the analyst would: the PDF's text after each edit, and the one-line error
for an edited quote.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app
from tests.conftest import EXAMPLES, pdf_text

pytestmark = pytest.mark.slow
runner = CliRunner()
ARTICLE = EXAMPLES / "baltic-air-defence.txt"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def _text(pdf: Path) -> str:
    text, _ = pdf_text(pdf)
    return re.sub(r"Generated [^·|]*?\d{1,2}:\d{2}", "Generated", text)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("draft")
    code, out, err = run("draft", ARTICLE, "-o", folder / "draft.yaml")
    assert code == 0, err
    assert out.strip() == f"wrote {folder / 'draft.yaml'}"
    return folder / "draft.yaml"


def _load(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _save(data: dict, original: Path, path: Path) -> Path:  # type: ignore[type-arg]
    header = "".join(line for line in original.read_text(encoding="utf-8").splitlines(True)
                     if line.startswith("#"))
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_draft_is_commented_yaml_with_quotes_located_in_their_source(drafted: Path) -> None:
    raw = drafted.read_text(encoding="utf-8")
    assert raw.startswith("# briefgen draft")
    assert "Quotes must stay word for word" in raw
    data = _load(drafted)
    body = data["sources"][0]["text"]
    assert data["quotes"], "the example article has quotes"
    for q in data["quotes"]:
        at = q["at"]
        assert body[at["start"]:at["end"]] == q["text"]
        assert q["speaker"] and q["cites"] == [1]


@pytest.fixture(scope="module")
def unedited(drafted: Path) -> str:
    """The PDF text of the draft rendered as it was written."""
    code, _, err = run("render", drafted, "-o", drafted.with_name("unedited.pdf"))
    assert code == 0, err
    return _text(drafted.with_name("unedited.pdf"))


def test_render_without_edits_matches_brief(unedited: str, tmp_path: Path) -> None:
    code, _, err = run("brief", ARTICLE, "-o", tmp_path / "direct.pdf")
    assert code == 0, err
    assert unedited == _text(tmp_path / "direct.pdf")


def test_render_follows_the_analysts_edits(drafted: Path, unedited: str, tmp_path: Path) -> None:
    data = _load(drafted)
    removed = data["facts"].pop(0)["text"]
    quotes = data["quotes"]
    assert len(quotes) >= 2
    quotes[0]["role"] = "the region's leading drone analyst"
    quotes.reverse()  # the last quote now comes first
    data["facts"].append({"text": "Ministers should expect a formal request before the June summit."})
    edited = _save(data, drafted, tmp_path / "edited.yaml")
    code, _out, err = run("render", edited, "-o", tmp_path / "edited.pdf")
    assert code == 0, err
    text = _text(tmp_path / "edited.pdf")
    gone = " ".join(removed.split()[:10])
    assert text.count(gone) == unedited.count(gone) - 1  # the timeline may still date it
    assert "the region's leading drone analyst" in text.replace("\u2019", "'")
    first, last = (" ".join(q["text"].split()[:6]) for q in (quotes[0], quotes[-1]))
    assert text.index(first) < text.index(last)
    assert "Ministers should expect a formal request" in text
    assert "ANALYST\u2019S NOTE" in text.upper()


def test_an_edited_quote_is_refused_naming_the_item(drafted: Path, tmp_path: Path) -> None:
    data = _load(drafted)
    original = data["quotes"][1]["text"]
    data["quotes"][1]["text"] = original.replace(original.split()[0], "Frankly,", 1)
    edited = _save(data, drafted, tmp_path / "bad-quote.yaml")
    code, _, err = run("render", edited, "-o", tmp_path / "refused.pdf")
    assert code == 1
    words = " ".join(data["quotes"][1]["text"].split()[:8])
    assert err.strip() == (
        f'briefgen: error: {edited}: quotes[2] ("{words}…"): is no longer word for word in '
        "source 1; restore the source's words, delete the quote, or render with --paraphrase "
        "to print it without quote marks")
    assert not (tmp_path / "refused.pdf").exists()

    code, _out, err = run("render", edited, "-o", tmp_path / "paraphrased.pdf", "--paraphrase")
    assert code == 0, err
    assert "printed as a paraphrase" in err
    text = _text(tmp_path / "paraphrased.pdf")
    edited_words = " ".join(data["quotes"][1]["text"].split()[:5])
    assert edited_words in text
    assert f"\u201c{edited_words}" not in text  # no opening quote mark
    assert "(paraphrase)" in text


def test_a_changed_source_text_is_refused(drafted: Path, tmp_path: Path) -> None:
    data = _load(drafted)
    data["sources"][0]["text"] += "\n\nAn invented paragraph."
    edited = _save(data, drafted, tmp_path / "forged.yaml")
    code, _, err = run("render", edited, "-o", tmp_path / "x.pdf")
    assert code == 1
    assert err.strip() == (f"briefgen: error: {edited}: sources[1] text was changed (sha256 differs); "
                           "sources must stay as drafted; make the draft again")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("title: a brief\n", "not a briefgen draft (no 'briefgen_draft: 1' line); make one with "
                             "'briefgen draft SOURCES -o draft.yaml'"),
        ("briefgen_draft: 1\na: &x [1, 2]\nb: [*x, *x]\n",
         "YAML anchors and aliases (&, *) are not allowed in a draft"),
        ("briefgen_draft: 1\ntitle: [unclosed\n", None),
        ("briefgen_draft: 1\nsources:\n- number: one\n  text: x\n  sha256: "
         "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881\n",
         "sources[1].number must be a whole number; make the draft again"),
    ],
)
def test_bad_drafts_get_one_line(tmp_path: Path, content: str, message: str | None) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(content, encoding="utf-8")
    code, _, err = run("render", path, "-o", tmp_path / "x.pdf")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    if message:
        assert err.strip() == f"briefgen: error: {path}: {message}"
    else:
        assert err.startswith(f"briefgen: error: {path}:") and "not valid YAML" in err
    assert not (tmp_path / "x.pdf").exists()


def test_draft_needs_a_yaml_name(tmp_path: Path) -> None:
    code, _, err = run("draft", ARTICLE, "-o", tmp_path / "draft.pdf")
    assert code == 2
    assert err.strip() == f"briefgen: error: {tmp_path / 'draft.pdf'}: a draft is a .yaml file; use -o NAME.yaml"


def test_a_draft_keeps_the_notice_of_an_unread_source(tmp_path: Path) -> None:
    """A German source beside an English one: the draft carries the notice apart from the
    summary, commented, and the brief rendered from it prints the notice as the direct
    brief does."""
    from tests.notice_articles import SECOND, write_articles

    en, de = write_articles(tmp_path / "articles")
    code, _, err = run("draft", en, de, "-o", tmp_path / "draft.yaml")
    assert code == 0, err
    raw = (tmp_path / "draft.yaml").read_text(encoding="utf-8")
    assert "# Notices printed above the summary" in raw
    data = _load(tmp_path / "draft.yaml")
    assert data["notices"] == [SECOND]
    assert data["summary"] and not any("English only" in i["text"] for i in data["summary"])
    code, _, err = run("render", tmp_path / "draft.yaml", "-o", tmp_path / "drafted.pdf")
    assert code == 0, err
    code, _, err = run("brief", en, de, "-o", tmp_path / "direct.pdf")
    assert code == 0, err
    text = _text(tmp_path / "drafted.pdf")
    assert text.count(SECOND) == 1 and text.index(SECOND) < text.upper().index("EXECUTIVE SUMMARY")
    assert text == _text(tmp_path / "direct.pdf")
