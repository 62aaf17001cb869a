"""Templates that loop, and logos that are not images: a TemplateError with file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.models import Brief, SourceRef
from briefgen.render.html import render_html


def brief() -> Brief:
    return Brief(title="Ports reopen", generated=dt.datetime(2025, 3, 14, tzinfo=dt.UTC),
                 sources=[SourceRef(number=1, source="a.txt")])


@pytest.mark.parametrize(("files", "where"), [
    ({"loop.html.j2": 'A\n{% include "loop.html.j2" %}\n'}, "loop.html.j2:2"),
    ({"loop.html.j2": '{% extends "loop.html.j2" %}\n'}, "loop.html.j2:1"),
    ({"loop.html.j2": '{% include "other.html.j2" %}', "other.html.j2": 'B\n{% include "loop.html.j2" %}'},
     ".html.j2:"),
    ({"loop.html.j2": "{% macro m(n) %}\n{{ m(n + 1) }}\n{% endmacro %}{{ m(1) }}"}, "loop.html.j2:2"),
])
def test_template_loop_is_a_template_error(tmp_path: Path, files: dict[str, str], where: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(TemplateError) as err:
        render_html(brief(), template="loop", template_dirs=[tmp_path], embed_fonts=False)
    message = str(err.value)
    assert message.startswith(str(tmp_path)) and where in message.split(": ")[0]
    assert "break the loop" in message and "\n" not in message


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".svg"])
def test_logo_that_is_not_an_image_is_one_short_line(tmp_path: Path, suffix: str) -> None:
    logo = tmp_path / f"logo{suffix}"
    logo.write_bytes(b"this is not an image at all\n" * 60)
    with pytest.raises(TemplateError) as err:
        render_html(brief(), embed_fonts=False, logo=logo)
    assert str(err.value) == (f"{logo}: is not a {suffix[1:].upper()} image (its content does not "
                              "match its name); check organisation.logo")
