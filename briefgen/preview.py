"""A local preview server: the brief as HTML, re-rendered when its inputs change.

``briefgen preview draft.yaml`` (or ``briefgen preview SOURCES...``) serves, on
127.0.0.1 only:

- ``/``: the brief for the default audience, with links to every audience;
- ``/a/NAME``: the brief as audience NAME sees it (HTML);
- ``/a/NAME.pdf``: the same as a PDF, rendered on demand;
- ``/_version``: a token that changes when the draft, a template, a stylesheet or the
  config changes; each page polls it and reloads itself (like ``mkdocs serve``).

Every page is rendered when asked for, from the current files, so a change shows on
the next load. Sources are read and parsed once, at start; a draft is re-read when it
changes. Requests whose Host header is not this machine's loopback name are refused
(a web page elsewhere cannot read the brief through DNS rebinding).
"""

from __future__ import annotations

import hashlib
import html
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefgen.config import Settings, load_settings
from briefgen.errors import BriefgenError
from briefgen.models import Brief, Extraction

log = logging.getLogger(__name__)

__all__ = ["PreviewServer", "serve"]

_LOOPBACK = {"127.0.0.1", "localhost", "[::1]"}
_RELOAD_JS = """<script>
(function () {
  var seen = null;
  function poll() {
    fetch('/_version', {cache: 'no-store'}).then(function (r) { return r.text(); })
      .then(function (v) { if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); } })
      .catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>"""


@dataclass
class _Source:
    """What the server renders from: a draft file, or sources parsed once."""

    draft: Path | None = None
    extractions: list[Extraction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class PreviewServer:
    """Renders the brief per audience on request; knows which files to watch."""

    def __init__(self, inputs: Sequence[str], *, config: Path | None = None,
                 templates_dir: Path | None = None, paraphrase: bool = False) -> None:
        self.config = config
        self.templates_dir = templates_dir
        self.paraphrase = paraphrase
        self.lock = threading.Lock()
        settings = self.settings()
        if len(inputs) == 1 and inputs[0].lower().endswith((".yaml", ".yml")):
            self.source = _Source(draft=Path(inputs[0]))
            self.brief_for(None)  # a bad draft fails now, not on the first request
        else:
            from briefgen.pipeline import compose_sources

            _, extractions, failures = compose_sources(list(inputs), settings)
            self.source = _Source(extractions=extractions, notes=[f.error for f in failures])

    def settings(self) -> Settings:
        """The config as it is now (re-read on every render, so edits show)."""
        return load_settings(self.config)

    def audiences(self) -> list[str]:
        """Every audience the config defines."""
        return list(self.settings().audiences)

    def brief_for(self, audience: str | None) -> tuple[Brief, Settings]:
        """The brief as ``audience`` sees it, from the current draft or the parsed sources."""
        settings = self.settings()
        name, aud = settings.audience(audience)
        if self.source.draft is not None:
            from briefgen.draft import load_draft

            brief, _ = load_draft(self.source.draft, paraphrase=self.paraphrase)
            if audience is not None:
                brief = brief.model_copy(update={
                    "audience": name, "template": aud.template, "sections": list(aud.sections),
                    "banner": aud.banner, "prepared_for": aud.prepared_for})
            return brief, settings
        from briefgen.pipeline import compose_for

        return compose_for(self.source.extractions, settings, name), settings

    def html(self, audience: str | None) -> str:
        """The brief's HTML for ``audience``, with the audience bar and live reload."""
        from briefgen.pipeline import render_options
        from briefgen.render.html import render_html

        brief, settings = self.brief_for(audience)
        _, aud = settings.audience(brief.audience)
        page = render_html(brief, embed_fonts=False,
                           **render_options(settings, aud, self._dirs(settings)))  # type: ignore[arg-type]
        links = " · ".join(
            f'<a href="/a/{html.escape(n)}"{" aria-current=page" if n == brief.audience else ""}>'
            f"{html.escape(n)}</a>" for n in self.audiences())
        bar = ('<nav class="preview-bar" style="font:13px sans-serif;padding:6px 10px;'
               'background:#fef3c7;border-bottom:1px solid #d97706">Preview: '
               f'{links} · <a href="/a/{html.escape(brief.audience)}.pdf">PDF</a></nav>')
        page = page.replace("<body>", "<body>" + bar, 1) if "<body>" in page else bar + page
        return page.replace("</body>", _RELOAD_JS + "</body>", 1)

    def pdf(self, audience: str | None) -> bytes:
        """The brief as a PDF for ``audience``."""
        from briefgen.batch import plan_for, render_files

        brief, settings = self.brief_for(audience)
        plan = plan_for(settings, brief.audience, ["pdf"], None, [self.templates_dir], None,
                        False, cache=False)
        return render_files(brief, plan)[0]["pdf"]  # the page budget applies, as in brief

    def _dirs(self, settings: Settings) -> list[Path | None]:
        return [self.templates_dir, settings.templates_dir]

    def watched(self) -> list[Path]:
        """The files whose change re-renders: draft, templates, stylesheets, config."""
        from briefgen.render.environment import search_path
        from briefgen.resources import data_dir

        settings = self.settings()
        files: list[Path] = []
        if self.source.draft is not None:
            files.append(self.source.draft)
        folders = [*search_path(self._dirs(settings)), data_dir("templates"), data_dir("styles")]
        folders += [Path(p).parent / "styles" for p in self._dirs(settings) if p]
        for folder in folders:
            folder = Path(folder)
            if folder.is_dir():
                files.extend(sorted(p for p in folder.rglob("*") if p.is_file()))
        from briefgen.config import is_css_path, load

        files.extend(ly.path for ly in load(self.config).layers if ly.path is not None)
        files.extend(Path(a.extra_css) for a in settings.audiences.values()
                     if a.extra_css and is_css_path(a.extra_css))
        return files

    def version(self) -> str:
        """A token that changes whenever a watched file changes."""
        h = hashlib.sha256()
        for p in self.watched():
            try:
                st = p.stat()
            except OSError:
                continue
            h.update(f"{p}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
        return h.hexdigest()[:16]


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer

    def log_message(self, format: str, *args: object) -> None:
        log.info("preview: " + format, *args)

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0] if not (
            self.headers.get("Host") or "").startswith("[") else (self.headers.get("Host") or "").split("]")[0] + "]"
        if host not in _LOOPBACK:
            self._send(403, b"briefgen preview answers only on 127.0.0.1\n", "text/plain; charset=utf-8")
            return
        path = unquote(urlsplit(self.path).path)
        app = self.server.app
        try:
            with app.lock:
                if path == "/_version":
                    self._send(200, app.version().encode(), "text/plain; charset=utf-8")
                elif path in {"/", "/index.html"}:
                    self._send(200, app.html(None).encode(), "text/html; charset=utf-8")
                elif path.startswith("/a/") and path.removeprefix("/a/").removesuffix(".pdf") not in app.audiences():
                    known = ", ".join(app.audiences())
                    self._send(404, f"no audience {path[3:]!r}; configured: {known}\n".encode(),
                               "text/plain; charset=utf-8")
                elif path.startswith("/a/") and path.endswith(".pdf"):
                    self._send(200, app.pdf(path[3:-4]), "application/pdf")
                elif path.startswith("/a/"):
                    self._send(200, app.html(path[3:]).encode(), "text/html; charset=utf-8")
                else:
                    self._send(404, b"not found\n", "text/plain; charset=utf-8")
        except BriefgenError as exc:
            # a broken template or draft shows its one-line error, and the page keeps
            # polling so that the fix shows up by itself
            body = (f"<!doctype html><meta charset=utf-8><title>briefgen preview: error</title>"
                    f"<pre style='white-space:pre-wrap;font:14px monospace;color:#b91c1c'>"
                    f"{html.escape(str(exc))}</pre>{_RELOAD_JS}")
            self._send(500, body.encode(), "text/html; charset=utf-8")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, app: PreviewServer) -> None:
        self.app = app
        super().__init__(("127.0.0.1", port), _Handler)


def serve(app: PreviewServer, port: int = 8000,
          ready: Callable[[str], None] | None = None) -> _HTTPServer:
    """Start serving ``app`` on 127.0.0.1:``port`` (0: any free port) in a thread.

    Returns the server; ``server.shutdown()`` stops it. ``ready`` is called with the URL.
    """
    httpd = _HTTPServer(port, app)
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    threading.Thread(target=httpd.serve_forever, name="briefgen-preview", daemon=True).start()
    if ready:
        ready(url)
    return httpd

