"""``briefgen init [DIR]``: start a project with a commented briefgen.yaml and templates/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._state import errors
from briefgen.errors import UsageError

STARTER = """\
# briefgen project configuration. Layers, lowest first: built-in defaults < user config
# dir < this file < --config FILE < command-line flags. Check it with `briefgen config
# check`; see every merged key and where it came from with `briefgen config show`.

organisation:
  name: null                 # printed in the masthead, running header and PDF metadata
  # logo: logo.png           # .png/.svg/.jpg, relative to this file
  colours:
    primary: "#1f3a5f"       # headings and rules
    accent: "#b5462f"        # banners, kickers, markers

defaults:
  audience: policy           # used when --audience is not given
  page_size: A4              # A4 or Letter
  language: en               # for hyphenation and the HTML lang
  date_format: "%-d %B %Y"   # strftime pattern

output:
  naming: "{date}-{slug}"    # also {audience}, {template}
  formats: [pdf]             # pdf, html or both
  # folder: briefs           # relative to this file
  # pdf_variant: pdf/a-3b    # archival PDF/A-3

# Audiences: policy, executive, analyst and press are built in. Add your own, or change a
# built-in one by naming it here (only the keys you give change).
audiences:
  # minister:
  #   extends: executive      # start from another audience's settings
  #   banner: OFFICIAL - SENSITIVE
  #   prepared_for: the Minister for Defence
  #   max_facts: 4
  #   extra_css: minister.css # a file relative to this file, or CSS text
  #   page_size: A4

# Templates: put NAME.html.j2 in templates/ beside this file to replace a built-in, or
# override one block:  {% extends "builtin/policy.html.j2" %}{% block summary %}...{% endblock %}
# `briefgen templates list | show NAME | eject NAME | vars` help with that.

# Email (`briefgen brief ... --email [GROUPS]`, `briefgen send BRIEF.pdf --to GROUP`).
# The SMTP password never goes here: set $BRIEFGEN_SMTP_PASSWORD, or name a file.
# email:
#   from: "Brief Desk <briefs@example.org>"
#   smtp: {host: smtp.example.org, port: 587, security: starttls, username: desk}
#   groups:
#     ministers: [ann@example.org, bob@example.org]
#     everyone: [ministers, press@example.org]
"""


def init_project(folder: Path) -> list[Path]:
    """Write ``folder/briefgen.yaml`` and an empty ``folder/templates/``; never overwrite."""
    from briefgen.config import PROJECT_FILE

    config = folder / PROJECT_FILE
    if config.exists():
        raise UsageError(f"{config}: already exists; edit it, or choose another folder")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: is a file, not a folder")
    templates = folder / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    templates.mkdir(exist_ok=True)
    from briefgen.deliver.files import write_atomic

    write_atomic(config, STARTER)
    return [config, templates]


def init_cmd(folder: Annotated[Path, typer.Argument(help="Project folder (default: the current one).")] = Path(".")) -> None:
    """Start a project: a commented briefgen.yaml and an empty templates/ folder."""
    with errors():
        written = init_project(folder)
    for path in written:
        typer.echo(f"wrote {path}{'/' if path.is_dir() else ''}")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("init")(init_cmd)
