"""`--help` as a newcomer reads it: paragraphs that wrap to the terminal without splitting
sentences at the docstring's line breaks, and flags shown the way click users expect."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from briefgen.cli import app, tidy_help_text

runner = CliRunner()


def commands() -> list[list[str]]:
    group = typer.main.get_command(app)
    out: list[list[str]] = [[]]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        out.append([name])
        out.extend([name, sub] for sub in getattr(command, "commands", {}))
    return out


def help_text(args: list[str], columns: int) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": str(columns), "TERMINAL_WIDTH": str(columns)},
                           terminal_width=columns)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.mark.parametrize("args", commands(), ids=lambda a: " ".join(a) or "briefgen")
def test_no_type_placeholders(args: list[str]) -> None:
    out = help_text(args, 100)
    assert not re.search(r"<(bool|str|path|int|list\[\w+\])>", out), out
    assert "{" not in out.split("\n", 3)[1], "usage line shows arguments as NAME, not {name}"


def test_flags_take_no_placeholder_and_values_do() -> None:
    out = help_text(["brief"], 120)
    assert re.search(r"--save-json\s{2,}Also write", out)
    assert re.search(r"--output\s+-o\s+PATH\s", out)
    assert "Usage: briefgen brief [OPTIONS] SOURCES..." in out


@pytest.mark.parametrize("columns", [60, 100])
def test_docstring_paragraphs_wrap_as_written_at_any_width(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    import typer.rich_utils

    monkeypatch.setattr(typer.rich_utils, "MAX_WIDTH", columns)
    out = help_text(["brief"], columns)
    # the brief command's second paragraph, wrapped by the terminal: every line but the
    # last is full (no short line where the docstring's source happened to break)
    rest = out[out.index("With several sources"):out.index("╭─ Arguments")]
    para = re.split(r"\n\s*\n", rest)[0]  # up to the blank line that ends the paragraph
    lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
    assert len(lines) >= 2
    assert all(len(ln) > columns - 15 for ln in lines[:-1]), lines


def test_tidy_help_text_joins_lines_but_keeps_examples() -> None:
    text = "First line.\n\nA sentence that\ncontinues here.\n\nExamples:\n\n    briefgen brief a.txt\n    briefgen brief b.txt"
    tidy = tidy_help_text(text)
    assert "A sentence that continues here." in tidy
    assert "    briefgen brief a.txt\n    briefgen brief b.txt" in tidy
