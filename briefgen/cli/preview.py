"""``briefgen preview``: the brief in a browser, re-rendered as you edit."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from briefgen.cli._options import ConfigOpt, TemplatesOpt, check_templates_dir
from briefgen.cli._state import errors
from briefgen.errors import UsageError


def preview_cmd(
    inputs: Annotated[list[str], typer.Argument(help="A draft (.yaml) from 'briefgen draft', or articles as for 'briefgen brief'.", show_default=False)],
    port: Annotated[int, typer.Option("--port", "-p", help="Port on 127.0.0.1 (0: any free port).")] = 8000,
    templates_dir: TemplatesOpt = None,
    config: ConfigOpt = None,
    paraphrase: Annotated[bool, typer.Option("--paraphrase", help="Show edited quotes as paraphrases instead of an error page.")] = False,
) -> None:
    """Serve the brief as HTML on 127.0.0.1, re-rendered when the draft, a template, the CSS or the config changes.

    Each audience has its page (/a/NAME) and a PDF link (/a/NAME.pdf). The page reloads
    itself after a change. Only this machine can connect. Stop with Ctrl-C.
    """
    from briefgen.preview import PreviewServer, serve

    with errors():
        if not 0 <= port <= 65535:
            raise UsageError(f"--port {port}: give a port from 0 to 65535")
        check_templates_dir(templates_dir)
        app = PreviewServer(inputs, config=config, templates_dir=templates_dir, paraphrase=paraphrase)
        for note in app.source.notes:
            typer.echo(f"briefgen: error: {note}", err=True)
        try:
            httpd = serve(app, port, ready=lambda url: typer.echo(f"serving {url} (Ctrl-C to stop)", err=True))
        except OSError as exc:
            raise UsageError(f"--port {port}: cannot listen on 127.0.0.1 ({exc.strerror}); "
                             "pick another port or use --port 0") from None
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        httpd.shutdown()


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("preview")(preview_cmd)



