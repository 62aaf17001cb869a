"""``briefgen brief --each``: one brief per article, checked by the PDFs a user would open."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.batch import make_each
from briefgen.cli import app
from briefgen.config import load_settings
from tests.batch_articles import ARTICLES, write_articles
from tests.conftest import pdf_text

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with an empty cache (the suite shares one otherwise)."""
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_each_writes_one_brief_per_article_and_reports_the_bad_one(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_articles(src)
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    # real render processes (the default), as a user gets them
    code, stdout, stderr = run("brief", "--each", src, "-o", out, "--jobs", "1")
    assert code == 1
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3
    assert sorted(line.split()[1] for line in stdout.splitlines()) == [str(p) for p in pdfs]
    titles = {text.splitlines()[0].split("\n\n")[0] for text in ARTICLES.values()}
    for pdf in pdfs:
        text, pages = pdf_text(pdf)
        assert pages >= 1
        assert sum(t in text for t in titles) == 1, pdf.name
    assert "2025-03-03-port-of-kelmarsh" in " ".join(p.name for p in pdfs)
    assert "empty.txt: the file is empty" in stderr
    assert "made 3 of 4 briefs" in stderr and "1 failed" in stderr
    assert not list(out.glob("*.part")) and not list(out.glob(".*"))


def test_unchanged_articles_are_not_parsed_again(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    sources = [str(p) for p in write_articles(tmp_path / "in")]
    settings = load_settings()
    first_dir, second_dir, third_dir = (tmp_path / n for n in ("a", "b", "c"))
    for d in (first_dir, second_dir, third_dir):
        d.mkdir()
    first = make_each(sources, settings, first_dir, jobs=0)
    assert (first.made, first.parsed, first.cached) == (3, 3, 0)
    second = make_each(sources, settings, second_dir, jobs=0)
    assert (second.made, second.parsed, second.cached, second.cached_renders) == (3, 0, 3, 3)
    for a, b in zip(sorted(first_dir.iterdir()), sorted(second_dir.iterdir()), strict=True):
        assert a.name == b.name
        assert pdf_text(a) == pdf_text(b)
    third = make_each(sources, settings, third_dir, jobs=0, use_cache=False)
    assert (third.made, third.parsed, third.cached, third.cached_renders) == (3, 3, 0, 0)


def test_an_edited_article_is_parsed_again(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    paths = write_articles(tmp_path / "in")
    settings = load_settings()
    out = tmp_path / "out"
    out.mkdir()
    make_each([str(p) for p in paths], settings, out, jobs=0)
    paths[0].write_text(paths[0].read_text(encoding="utf-8").replace("410 million", "520 million"), encoding="utf-8")
    again = make_each([str(p) for p in paths], settings, out, jobs=0)
    assert (again.parsed, again.cached) == (1, 2)
    text = " ".join(pdf_text(p)[0] for p in out.glob("*kelmarsh*.pdf"))
    assert "520 million" in text and "410 million" not in text


def test_same_title_twice_gives_two_files_and_html_too(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    src = write_articles(tmp_path / "in")[0]
    copy = tmp_path / "in" / "copy.txt"
    copy.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    report = make_each([str(src), str(copy)], load_settings(), out, jobs=0, formats=["pdf", "html"])
    assert report.ok and report.made == 2
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4
    assert {n.rsplit(".", 1)[1] for n in names} == {"pdf", "html"}
    assert any(n.endswith("-2.pdf") for n in names)


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "brief.pdf"], "with --each, -o names a folder"),
    (["-o", "missing-folder"], "missing-folder: no such folder"),
    (["--title", "X"], "--title"),
    (["--jobs", "2"], None),
    (["-o", ".", "--template", "nosuch"], "--template: template 'nosuch' not found"),
])
def test_each_usage_errors(tmp_path: Path, args: list[str], message: str | None,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    src = write_articles(tmp_path / "in")[0]
    if message is None:  # --jobs without --each
        code, _, stderr = run("brief", src, *args)
        assert code == 2 and "--jobs only works with --each" in stderr
        return
    code, _, stderr = run("brief", "--each", src, *args)
    assert code != 0
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf"))
