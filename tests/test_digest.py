"""briefgen digest: stories as JSONL, one digest as PDF and HTML, one brief per story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from tests.conftest import pdf_text

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "digest"
FILES = [str(FIXTURES / f"{n}.txt") for n in
         ("bridge-courier", "vans-daily", "library", "bridge-herald", "vans-wire")]


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_one_record_per_story_every_source_once_as_given() -> None:
    code, out, err = run("digest", *FILES, "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    placed = [s for r in records for s in r["sources"]]
    assert sorted(placed) == sorted(FILES)  # exactly the strings given, each once
    by_title = {r["title"]: set(r["sources"]) for r in records}
    assert by_title["Port Velm closes Halden Bridge after engineers find cracks"] == set(FILES[0::3])
    assert by_title["Lindqvist Motors recalls 40,000 electric vans over battery fires"] == {FILES[1], FILES[4]}
    assert records[-1]["sources"] == [FILES[2]]  # the single-source story comes last


def test_jsonl_unreadable_source_is_its_own_record_and_exit_1(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    code, out, err = run("digest", FILES[0], missing, FILES[3], "--format", "jsonl")
    assert code == 1
    assert f"{missing}: no such file" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["sources"] for r in records] == [[FILES[0], FILES[3]], [missing]]
    assert "error" in records[1]


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "docx"), "unknown format 'docx'"),
    (("--format", "jsonl,pdf"), "give it alone"),
    (("--format", "jsonl", "-o", "x.pdf"), "drop -o"),
    (("--since", "yesterday"), "--since 'yesterday'"),
])
def test_usage_errors_are_one_line_exit_2(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    code, _, err = run("digest", FILES[0], *args)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_nothing_readable_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "digest.pdf"
    code, _, err = run("digest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", out)
    assert code == 1 and "none of the 2 sources could be read; first: " in err
    assert not out.exists()


def test_digest_pdf_html_and_one_brief_per_story(tmp_path: Path) -> None:
    out = tmp_path / "digest.pdf"
    each = tmp_path / "each"
    code, stdout, err = run("digest", *FILES, "-o", out, "--format", "pdf,html", "--each", each)
    assert code == 0, err
    text, pages = pdf_text(out)
    assert pages >= 1
    assert "contents" in text.lower() and "3 stories from 5 sources" in text
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    for title in ("Port Velm closes Halden Bridge", "Lindqvist Motors recalls 40,000",
                  "Osterby library receives record"):
        assert title.upper() in text.upper()
        headings = [h for h in html.split('<h2 class="story-title">')[1:] if title in h.split("</h2>")[0]]
        assert len(headings) == 1  # each story once
    assert html.count('<article class="story"') == 3
    # corroboration: the repair cost both bridge reports give is one line citing both
    assert "3.2 million euros" in html
    bridge = html.split('id="story-1"')[1].split('id="story-2"')[0]
    figures = bridge.split("By the numbers")[1].split("</section>")[0]
    assert figures.count("3.2 million euros") == 1
    line = next(li for li in figures.split("<li>") if "3.2 million euros" in li)
    assert '&#8288;<sup class="cite">[1,2]</sup> <span class="corroborated">2 sources</span>' in line
    # the two reports disagree on the traffic the bridge carries: both versions, marked
    assert "sources differ" in figures and "42,000 vehicles" in figures and "48,000 vehicles" in figures
    briefs = sorted(p.name for p in each.iterdir())
    assert len([p for p in briefs if p.endswith(".pdf")]) == 3  # a PDF and an HTML brief per story
    assert len([p for p in briefs if p.endswith(".html")]) == 3
    assert any("halden-bridge" in p for p in briefs)
    each_text, _ = pdf_text(next(p for p in each.iterdir() if "halden-bridge" in p.name and p.suffix == ".pdf"))
    assert "Policy brief".upper() in each_text.upper() and "3.2 million euros" in each_text
    assert stdout.count("wrote ") == 2 + 6
