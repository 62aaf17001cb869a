"""Hostile and broken input through the command line: one clear line per problem, a
non-zero exit, the rest of the batch unharmed. docs/reliability.md lists every case."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from briefgen.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()
ARTICLE = EXAMPLES / "baltic-air-defence.txt"
FOLLOW_UP = EXAMPLES / "baltic-follow-up.txt"


def _big(tmp_path: Path) -> Path:
    big = tmp_path / "big.txt"
    big.write_text((ARTICLE.read_text() + "\n\n") * 60)  # about 140,000 characters
    return big


def test_oversized_source_fails_alone_in_extract(tmp_path: Path) -> None:
    big = _big(tmp_path)
    result = runner.invoke(app, ["extract", str(ARTICLE), str(big), str(FOLLOW_UP), "--format", "jsonl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(ARTICLE), str(big), str(FOLLOW_UP)]
    assert "facts" in records[0] and "facts" in records[2]
    assert "limits.max_article_chars" in records[1]["error"]
    assert result.stderr.strip().count("\n") == 0 and str(big) in result.stderr


def test_oversized_source_fails_alone_in_brief(tmp_path: Path) -> None:
    big = _big(tmp_path)
    out = tmp_path / "b.html"
    result = runner.invoke(app, ["brief", str(ARTICLE), str(big), str(FOLLOW_UP), "-o", str(out)])
    assert result.exit_code == 1
    assert out.is_file() and "Baltic" in out.read_text()
    errors = [ln for ln in result.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and str(big) in errors[0] and "internal error" not in errors[0]


def test_every_source_bad_names_them_all(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["brief", str(empty), str(missing), "-o", str(tmp_path / "b.pdf")])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "see the errors above" not in lines[0]
    assert f"{empty}: the file is empty" in lines[0] and f"{missing}: no such file" in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_page_without_an_article_is_one_line(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text('<html><body><div><a href="/">Home</a></div></body></html>')
    result = runner.invoke(app, ["extract", str(page), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"briefgen: error: {page}: no article text found in this HTML page; save the article page itself"]
