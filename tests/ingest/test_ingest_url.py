"""Fetching articles from URLs, against an HTTP server on 127.0.0.1 started here."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen import __version__
from briefgen.errors import InputError
from briefgen.ingest import read_source, url

PAGE = (Path(__file__).parent / "html" / "jsonld_article.html").read_bytes()
PLAIN = (b"Ports reopen after storm\n\nThe main ports on the northern coast reopened on Tuesday "
         b"after a storm closed them for two days, the harbour authority said.\n")
SEEN: dict[str, str] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN["user-agent"] = self.headers.get("User-Agent", "")
        path = self.path
        if path == "/article":
            self.send(200, PAGE)
        elif path == "/plain":
            self.send(200, PLAIN, "text/plain; charset=utf-8")
        elif path == "/moved":
            self.send(301, b"", headers={"Location": "/article"})
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self.send(302, b"", headers={"Location": f"/loop{n + 1}"})
        elif path == "/to-file":
            self.send(302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/missing":
            self.send(404, b"not here")
        elif path == "/broken":
            self.send(500, b"oops")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, PAGE)
        elif path == "/big":
            self.send(200, PAGE * 50)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>more</p>" * 10000)
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path in ("/drip", "/drip-headers"):
            # one byte at a time, each well inside the socket timeout, for ever
            try:
                head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        b"Content-Length: 100000\r\n\r\n")
                if path == "/drip":
                    self.wfile.write(head)
                    head = b""
                for i in range(600):
                    self.wfile.write(head[i : i + 1] if i < len(head) else b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/no-type":
            # an HTML page sent without a Content-Type header at all
            self.send_response(200)
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif path == "/pdf":
            self.send(200, b"%PDF-1.7 ...", "application/pdf")
        else:
            self.send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def fails(address: str, **kw: float) -> str:
    with pytest.raises(InputError) as info:
        url.fetch_article(address, **kw)  # type: ignore[arg-type]
    return str(info.value)


def test_html_article(server: str) -> None:
    article = read_source(f"{server}/article")
    assert article.source == f"{server}/article"
    assert article.title == "Baltic states plan joint air defence shield"
    assert article.byline == "Liis Tamm"
    assert article.url == "https://ledger.example.com/world/baltic-air-defence-shield"
    assert article.body.startswith("Estonia, Latvia and Lithuania agreed")
    assert SEEN["user-agent"].startswith(f"briefgen/{__version__}")


def test_plain_text_article(server: str) -> None:
    article = read_source(f"{server}/plain")
    assert article.title == "Ports reopen after storm"
    assert article.url == f"{server}/plain"
    assert article.found["url"] == "fetched URL"


def test_redirect_followed(server: str) -> None:
    article = read_source(f"{server}/moved")
    assert article.title == "Baltic states plan joint air defence shield"


def test_too_many_redirects(server: str) -> None:
    assert fails(f"{server}/loop") == (
        f"{server}/loop: too many redirects (more than 5); give the article's final address")


def test_redirect_to_other_scheme(server: str) -> None:
    assert fails(f"{server}/to-file") == (
        f"{server}/to-file: redirected to file:///etc/passwd, which is not http(s); "
        "give the article's http(s) address")


def test_not_found(server: str) -> None:
    assert fails(f"{server}/missing") == (
        f"{server}/missing: the server answered 404 Not Found; check the address, "
        "or save the page from a browser and give the file")


def test_server_error(server: str) -> None:
    assert fails(f"{server}/broken").startswith(
        f"{server}/broken: the server answered 500 Internal Server Error;")


def test_timeout(server: str) -> None:
    assert fails(f"{server}/slow", timeout=0.3) == (
        f"{server}/slow: no answer within 0.3 s; try again later, or save the page from a "
        "browser and give the file")


def test_too_large(server: str) -> None:
    assert fails(f"{server}/big", max_bytes=100_000) == (
        f"{server}/big: the page is larger than 0.1 MB; save the article from a browser "
        "and give the file")


def test_not_html(server: str) -> None:
    assert fails(f"{server}/pdf") == (
        f"{server}/pdf: not a web page (the server sent application/pdf); give the address "
        "of an HTML article")


def test_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"http://127.0.0.1:{port}/article"
    assert fails(address) == (
        f"{address}: the server refused the connection; check the address or try again later")


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kw: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert fails("https://news.invalid/story") == (
        "https://news.invalid/story: cannot find the host news.invalid; check the address "
        "and your network connection")


def test_only_http(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_source("ftp://example.org/article.txt")
    assert str(info.value) == "ftp://example.org/article.txt: only http:// and https:// URLs can be fetched"


def test_trickling_server_times_out(server: str) -> None:
    assert fails(f"{server}/trickle", timeout=0.3, max_bytes=50_000_000) == (
        f"{server}/trickle: no answer within 0.3 s; try again later, or save the page from a "
        "browser and give the file")


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_dripping_server_meets_a_wall_clock_deadline(server: str, path: str) -> None:
    # a byte every 50 ms never trips the socket timeout; the deadline still holds
    start = time.monotonic()
    assert fails(f"{server}{path}", timeout=1.0) == (
        f"{server}{path}: no answer within 1 s; try again later, or save the page from a "
        "browser and give the file")
    assert time.monotonic() - start < 3


def test_html_without_content_type_is_read_as_html(server: str) -> None:
    article = read_source(f"{server}/no-type")
    assert "<p>" not in article.body and "</" not in article.body
    assert article.body == read_source(f"{server}/article").body
