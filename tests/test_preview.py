"""``briefgen preview`` in a real browser: the page loads, a template change shows after
reload, and nothing is served to other hosts.

Headless Chromium (installed by .ci/run) loads the page from a server the test starts on
127.0.0.1; where Chromium is missing the test is skipped with the command to install it.
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.preview import PreviewServer, serve
from tests.conftest import EXAMPLES
from tests.render.test_chromium import chromium

pytestmark = pytest.mark.slow
ARTICLE = EXAMPLES / "baltic-air-defence.txt"


def dump_dom(url: str, profile: Path) -> str:
    """The page's DOM after load, as headless Chromium sees it."""
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=3000",
           "--dump-dom", url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.stdout.strip(), f"chromium printed no DOM: {proc.stderr[-500:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder with a draft and a template that overrides one block."""
    folder = tmp_path_factory.mktemp("preview")
    result = CliRunner().invoke(app, ["draft", str(ARTICLE), "-o", str(folder / "draft.yaml")])
    assert result.exit_code == 0, result.stderr
    (folder / "templates").mkdir()
    _override(folder, "First wording of the bottom line")
    return folder


def _override(folder: Path, words: str) -> None:
    (folder / "templates" / "policy.html.j2").write_text(
        '{% extends "builtin/policy.html.j2" %}\n'
        f'{{% block summary %}}<section class="summary"><h2>{words}</h2></section>{{% endblock %}}\n',
        encoding="utf-8")


@pytest.fixture(scope="module")
def server(project: Path) -> Iterator[tuple[str, PreviewServer]]:
    preview = PreviewServer([str(project / "draft.yaml")], templates_dir=project / "templates")
    httpd = serve(preview, 0)
    yield f"http://127.0.0.1:{httpd.server_address[1]}", preview
    httpd.shutdown()


def test_page_loads_and_a_template_change_shows_after_reload(
        server: tuple[str, PreviewServer], project: Path, tmp_path: Path) -> None:
    url, preview = server
    dom = dump_dom(url + "/a/policy", tmp_path / "p1")
    assert "Baltic states press allies for joint air defence" in dom
    assert "First wording of the bottom line" in dom
    assert 'href="/a/executive"' in dom and 'href="/a/policy.pdf"' in dom
    before = preview.version()
    time.sleep(0.05)  # a new mtime on filesystems with coarse timestamps
    _override(project, "Second wording after an edit")
    assert preview.version() != before  # what the page polls to reload itself
    dom = dump_dom(url + "/a/policy", tmp_path / "p2")
    assert "Second wording after an edit" in dom
    assert "First wording" not in dom


def test_each_audience_has_a_page_and_a_pdf(server: tuple[str, PreviewServer]) -> None:
    url, _ = server
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    conn.request("GET", "/a/executive")
    resp = conn.getresponse()
    assert resp.status == 200 and "Executive brief" in resp.read().decode()
    conn.request("GET", "/a/press.pdf")
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Content-Type") == "application/pdf"
    assert resp.read().startswith(b"%PDF-")
    conn.request("GET", "/a/nobody")
    resp = conn.getresponse()
    assert resp.status == 404 and "no audience 'nobody'" in resp.read().decode()


def test_nothing_is_served_to_other_hosts(server: tuple[str, PreviewServer]) -> None:
    url, _ = server
    port = int(url.rsplit(":", 1)[1])
    # a page on another site that resolves its own name to 127.0.0.1 (DNS rebinding)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/a/policy", headers={"Host": f"attacker.example:{port}"})
    resp = conn.getresponse()
    assert resp.status == 403
    assert b"Baltic" not in resp.read()
    # the socket listens on loopback only: this machine's other addresses get no answer
    addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    for address in addresses - {"127.0.0.1"}:
        if address.startswith("127."):
            continue
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=5):
            pass
