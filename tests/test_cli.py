"""End to end through the CLI, checked the way a user would: the PDF's text and pages."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app
from tests.conftest import EXAMPLES, pdf_text

runner = CliRunner()
ARTICLE = EXAMPLES / "baltic-air-defence.txt"
FOLLOW_UP = EXAMPLES / "baltic-follow-up.txt"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"briefgen {__version__}"


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_explains_itself() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for name in _commands():
        assert name in out
        code, sub, _ = run(name, "--help")
        assert code == 0, name
        # the docstring's first line is the help text, and every option has help
        assert len(re.sub(r"\s+", " ", sub)) > 80, name
    assert {"brief", "extract"} <= set(_commands())


@pytest.fixture(scope="module")
def seedlike_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int, Path]:
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    code, stdout, stderr = run("brief", ARTICLE, "-o", out)
    assert code == 0, stderr
    assert stdout.strip() == f"wrote {out}"
    text, pages = pdf_text(out)
    return text, pages, out


def test_pdf_brief_has_every_section(seedlike_pdf: tuple[str, int, Path]) -> None:
    text, pages, _ = seedlike_pdf
    assert "Baltic states press allies for joint air defence as drone incursions multiply" in text
    assert "The Northern Ledger" in text and "Maria Okonkwo" in text and "4 March 2025" in text
    for heading in ("EXECUTIVE SUMMARY", "KEY FACTS", "EXPERT QUOTES", "CONTEXT AND BACKGROUND",
                    "KEY ACTORS", "SOURCES"):
        assert heading in text.upper(), heading
    assert re.search(r"Page 1 of \d", text)
    assert "Generated" in text
    assert 2 <= pages <= 5
    # furniture never reaches the brief
    for junk in ("unsubscribe", "Join the discussion", "Thank you for signing up", "(Reuters)"):
        assert junk not in text


def test_pdf_brief_quotes_with_speaker_and_role(seedlike_pdf: tuple[str, int, Path]) -> None:
    text, _, _ = seedlike_pdf
    assert "Daina Ozola" in text
    assert "senior fellow at the Riga Centre for Security Studies" in text
    assert "Tomas Jankauskas" in text


def test_pdf_metadata(seedlike_pdf: tuple[str, int, Path]) -> None:
    from pypdf import PdfReader

    meta = PdfReader(str(seedlike_pdf[2])).metadata
    assert meta is not None
    assert meta.title == "Baltic states press allies for joint air defence as drone incursions multiply"
    assert meta.author == "Maria Okonkwo"
    assert meta.subject and meta.subject.startswith("Policy brief")


def test_html_and_pdf_from_one_call(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    code, stdout, stderr = run("brief", ARTICLE, "-o", out, "--format", "html,pdf")
    assert code == 0, stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "<style>" in html and "@font-face" in html and "data:font/ttf;base64," in html
    assert "http://" not in html and "https://" not in html and "file://" not in html
    assert stdout.split() == ["wrote", str(tmp_path / "b.html"), "wrote", str(tmp_path / "b.pdf")]


def test_default_name_from_title_and_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("brief", ARTICLE)
    assert code == 0, stderr
    name = "2025-03-04-baltic-states-press-allies-for-joint-air-defence-as-drone.pdf"
    assert stdout.strip() == f"wrote {name}"
    assert (tmp_path / name).is_file()


def test_stdin_source(tmp_path: Path) -> None:
    out = tmp_path / "s.html"
    result = runner.invoke(app, ["brief", "-", "-o", str(out)], input=ARTICLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "Baltic states press allies" in out.read_text(encoding="utf-8")


def test_several_sources_are_cited(tmp_path: Path) -> None:
    out = tmp_path / "multi.pdf"
    code, _, stderr = run("brief", ARTICLE, FOLLOW_UP, "-o", out)
    assert code == 0, stderr
    text, _ = pdf_text(out)
    assert "2 sources" in text
    assert "The Northern Ledger" in text and "Harbour Wire" in text
    assert "[1]" in text and "[2]" in text
    assert "Nato ministers back study of Baltic air shield" in text  # listed in Sources


def test_extract_jsonl_contract() -> None:
    code, out, _ = run("extract", ARTICLE, FOLLOW_UP, "--format", "jsonl")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    rec = json.loads(lines[0])
    for key in ("source", "title", "byline", "published", "publisher", "body", "facts", "quotes",
                "context", "entities", "timeline"):
        assert key in rec
    assert rec["published"] == "2025-03-04"
    for q in rec["quotes"]:
        assert set(q) >= {"text", "speaker", "speaker_role", "cue", "kind", "start", "end"}
        assert rec["body"][q["start"]:q["end"]] == q["text"]
        assert q["kind"] in ("direct", "partial")
    # reported speech has its own list: "quotes" is only what stands in quote marks
    assert rec["reported"] and all(q["kind"] == "indirect" for q in rec["reported"])
    from briefgen.models import Edit, restore

    for f in rec["facts"]:  # the article's words, but for the recorded edits ("[3 March]")
        assert restore(f["text"], [Edit(**e) for e in f["edits"]]) == rec["body"][f["start"]:f["end"]]
    assert json.loads(lines[1])["publisher"] == "Harbour Wire"


def test_extract_keeps_lines_aligned_past_a_bad_source(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, _ = run("extract", missing, ARTICLE, "--format", "jsonl")
    assert code == 1
    first, second = (json.loads(x) for x in out.strip().splitlines())
    assert first == {"source": str(missing), "error": f"{missing}: no such file; check the path"}
    assert second["title"].startswith("Baltic states")


def test_extract_json_and_table() -> None:
    code, out, _ = run("extract", FOLLOW_UP, "--format", "json")
    assert code == 0 and json.loads(out)["title"] == "Nato ministers back study of Baltic air shield"
    code, out, _ = run("extract", FOLLOW_UP)
    assert code == 0
    assert "Nato ministers back study" in out and "Harbour Wire" in out and "(header block)" in out


# --- bad input: one line naming the file, non-zero exit, no output left behind ---------

def _one_line_error(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "{p}: no such file; check the path"),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt",
         "{p}: the file is empty; give it an article's text"),
        (lambda d: (d / "folder").mkdir() or d / "folder",
         "{p}: the folder has no .txt, .md or .html files"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") and d / "bin.txt",
         "{p}: this is binary data, not an article; give a .txt, .md or .html file"),
    ],
    ids=["missing", "empty", "directory", "binary"],
)
def test_bad_source(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    src = make(tmp_path)
    out = tmp_path / "out.pdf"
    code, _, stderr = run("brief", src, "-o", out)
    assert code == 1
    assert _one_line_error(stderr) == "briefgen: error: " + message.format(p=src)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.pdf")]


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    code, _, stderr = run("brief", ARTICLE, "-o", tmp_path / "x.pdf", "--format", "docx")
    assert code == 2
    assert _one_line_error(stderr) == "briefgen: error: unknown format 'docx'; use pdf, html or pdf,html"


def test_unwritable_output(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "b.pdf"
    code, _, stderr = run("brief", ARTICLE, "-o", target)
    assert code == 1
    assert _one_line_error(stderr) == (
        f"briefgen: error: {target}: folder {target.parent} does not exist; create it or choose another -o path"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    code, _, stderr = run("brief", ARTICLE, "-o", ro / "b.pdf")
    assert code == 1 and "is not writable" in stderr


def test_failed_render_leaves_no_partial_file(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "policy.html.j2").write_text('{% extends "builtin/policy.html.j2" %}\n'
                                              "{% block summary %}{{ brief.no_such_field }}{% endblock %}\n")
    out = tmp_path / "b.pdf"
    code, _, stderr = run("brief", ARTICLE, "-o", out, "--templates", templates)
    assert code == 1
    line = _one_line_error(stderr)
    assert line.startswith(f"briefgen: error: {templates / 'policy.html.j2'}:2: undefined variable")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [templates]


def test_one_bad_source_in_a_batch(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    code, stdout, stderr = run("brief", tmp_path / "gone.txt", ARTICLE, "-o", out)
    assert code == 1
    assert f"{tmp_path / 'gone.txt'}: no such file" in stderr
    assert out.is_file() and stdout.strip() == f"wrote {out}"


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    src = tmp_path / "cp1252.txt"
    src.write_bytes(("Title: Caf\u00e9 rules\n\n" + "The caf\u00e9 owners said on Monday that the new rules "
                     "would cost them about 40,000 euros a year in extra fees and paperwork. " * 6
                     + "\n").encode("cp1252"))
    code, _, stderr = run("extract", src, "--format", "jsonl")
    assert code == 0 and f"{src}: not UTF-8; read as cp1252" in stderr
    code, _, stderr = run("--strict", "extract", src, "--format", "jsonl")
    assert code == 1
    assert stderr.strip().endswith("briefgen: error: --strict: 1 warning(s) above")


def test_a_library_logging_info_stays_quiet_without_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    # dask's distributed sets its loggers to INFO from its own config; its records
    # propagate to briefgen's stderr handler, which must still show warnings only.
    import logging

    from briefgen.cli import _state

    chatty = logging.getLogger("some.library")
    chatty.setLevel(logging.INFO)
    try:
        _state.configure_logging(logging.WARNING)
        chatty.info("Close client connection")
        chatty.warning("disk nearly full")
        err = capsys.readouterr().err
        assert "Close client connection" not in err
        assert "briefgen: WARNING: disk nearly full" in err
        _state.configure_logging(logging.INFO)
        chatty.info("Close client connection")
        assert "briefgen: INFO: Close client connection" in capsys.readouterr().err
    finally:
        chatty.setLevel(logging.NOTSET)
        _state.configure_logging(logging.WARNING)


def test_usage_errors_are_one_line() -> None:
    code, _, stderr = run("extract", FOLLOW_UP, "--format", "xml")
    assert code == 2
    assert _one_line_error(stderr).startswith("briefgen: error: Invalid value for '--format'")


@pytest.mark.parametrize(("args", "message"), [
    (["--bcc"], "--bcc only works with --email"),
    (["--email-dry-run", "x"], "--email-dry-run only works with --email"),
    (["--templates", "/no/such/folder"], "--templates /no/such/folder: no such folder"),
])
def test_brief_option_mistakes_fail_before_any_work(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "b.pdf"
    code, _, stderr = run("brief", FOLLOW_UP, "-o", out, *args)
    assert code == 2
    assert _one_line_error(stderr) == f"briefgen: error: {message}"
    assert not out.exists()


def test_json_for_several_sources_is_one_array() -> None:
    code, out, _ = run("extract", FOLLOW_UP, ARTICLE, "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert [r["publisher"] for r in records] == ["Harbour Wire", "The Northern Ledger"]


def test_source_list_that_includes_itself(tmp_path: Path) -> None:
    lst = tmp_path / "sources.txt"
    lst.write_text(f"{FOLLOW_UP}\n@sources.txt\n", encoding="utf-8")
    code, out, stderr = run("extract", f"@{lst}", "--format", "jsonl")
    assert code == 1
    assert f"@{lst}: the source list includes itself; remove that line" in stderr
    assert json.loads(out) == {"source": f"@{lst}",
                               "error": f"@{lst}: the source list includes itself; remove that line"}
