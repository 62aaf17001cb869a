"""Fetch an article from an http(s) URL, with limits, and read it as HTML or plain text.

Standard library only (urllib): one GET, a timeout, a size cap, at most a few
redirects (and only to http/https), a User-Agent that names briefgen, and a
content-type check. Every failure is an InputError naming the URL and what to do.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.client import HTTPMessage
from typing import IO

from briefgen.errors import InputError
from briefgen.models import Article

TIMEOUT_S = 20.0
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown"}


def user_agent() -> str:
    """The User-Agent header: 'briefgen/<version>'."""
    from briefgen import __version__

    return f"briefgen/{__version__} (+https://pypi.org/project/briefgen/)"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http(s) URLs."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(  # type: ignore[override]
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise InputError(f"{req.full_url}: redirected to {newurl}, which is not http(s); "
                             "give the article's http(s) address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Deadline:
    """A wall-clock deadline for one fetch, redirects included.

    A socket timeout bounds each read, but a server that sends one byte a second never
    trips it; so at the deadline a timer shuts the connection's socket down, which ends
    any read blocked on it, and ``expired`` tells the caller why the data stopped.
    """

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.expired = False
        self._timers: list[threading.Timer] = []

    def watch(self, conn: http.client.HTTPConnection) -> None:
        def expire() -> None:
            self.expired = True
            sock = conn.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(max(0.0, self.at - time.monotonic()), expire)
        timer.daemon = True
        timer.start()
        self._timers.append(timer)

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


def _deadline_connection(base: type[http.client.HTTPConnection], deadline: _Deadline,
                         *args: object, **kw: object) -> http.client.HTTPConnection:
    class Conn(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            deadline.watch(self)
            super().connect()

    return Conn(*args, **kw)  # type: ignore[no-any-return]


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_deadline_connection, http.client.HTTPConnection,
                                              self.deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_deadline_connection, http.client.HTTPSConnection,
                                              self.deadline), req,
                            context=self._context)  # type: ignore[attr-defined]


def _reason(exc: BaseException) -> BaseException:
    return exc.reason if isinstance(exc, urllib.error.URLError) and isinstance(
        exc.reason, BaseException) else exc


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str | None, str]:
    """GET ``url``: (body, media type, declared charset, final URL after redirects).

    Raises InputError for a bad scheme, DNS failure, refused connection, HTTP error
    status, timeout, too many redirects, or a body larger than ``max_bytes``.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: only http:// and https:// URLs can be fetched")
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_Redirects(), _HTTP(deadline), _HTTPS(deadline))
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,"
                  "application/rss+xml,application/atom+xml,application/xml;q=0.7",
    })
    try:
        with opener.open(request, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read1(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                if deadline.expired or time.monotonic() > deadline.at:
                    raise TimeoutError
            if deadline.expired:
                raise TimeoutError  # the timer cut the page short
            data = b"".join(chunks)
            # no Content-Type at all: "" (the caller sniffs), not http.client's text/plain
            media = resp.headers.get_content_type() if resp.headers.get("Content-Type") else ""
            charset = resp.headers.get_content_charset()
            final = resp.geturl()
    except InputError:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise _fetch_error(url, parts.hostname, exc, timeout, deadline.expired) from None
    finally:
        deadline.cancel()
    return data, media, charset, final


def _fetch_error(url: str, hostname: str, exc: BaseException, timeout: float,
                 expired: bool) -> InputError:
    """The InputError that says what went wrong with a fetch and what to do."""
    reason = _reason(exc)
    if expired or isinstance(reason, TimeoutError | socket.timeout):
        return InputError(f"{url}: no answer within {timeout:g} s; try again later, or save "
                          "the page from a browser and give the file")
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (301, 302, 303, 307, 308):
            target = exc.headers.get("Location", "") if exc.headers is not None else ""
            if target and urllib.parse.urlsplit(target).scheme not in ("", "http", "https"):
                return InputError(f"{url}: redirected to {target}, which is not http(s); "
                                  "give the article's http(s) address")
            return InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS}); "
                              "give the article's final address")
        return InputError(f"{url}: the server answered {exc.code} {exc.reason}; check the "
                          "address, or save the page from a browser and give the file")
    if isinstance(exc, http.client.HTTPException):
        return InputError(f"{url}: the server sent a broken answer ({type(exc).__name__}); "
                          "check the address, or save the page from a browser and give the file")
    if isinstance(reason, socket.gaierror):
        return InputError(f"{url}: cannot find the host {hostname}; check the address "
                          "and your network connection")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"{url}: the server refused the connection; check the address "
                          "or try again later")
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return InputError(f"{url}: secure connection failed ({reason}); check the address")
    return InputError(f"{url}: cannot fetch it ({reason}); check the address or save the "
                      "page from a browser and give the file")


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(f"{url}: the page is larger than {max_bytes / 1e6:g} MB; save the "
                      "article from a browser and give the file")


def fetch_article(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Article:
    """Fetch ``url`` and read it into an Article (HTML, or plain text for text/plain)."""
    data, media, charset, final = fetch(url, timeout=timeout, max_bytes=max_bytes)
    return read_response(url, data, media, charset, final, max_bytes=max_bytes)


def read_response(url: str, data: bytes, media: str, charset: str | None, final: str,
                  max_bytes: int = MAX_BYTES) -> Article:
    """What ``fetch`` returned for ``url``, read into an Article (HTML or plain text)."""
    from briefgen.ingest import declared_charset, decode, is_html_document
    from briefgen.ingest.html import parse_html
    from briefgen.ingest.text import parse_text

    if not data.strip():
        raise InputError(f"{url}: the server sent an empty page; check the address")
    if media in ("", *TEXT_TYPES):
        raw, warnings = decode(data, url, charset or declared_charset(data))
        if is_html_document(raw):
            media = "text/html"  # an HTML page sent without (or with the wrong) Content-Type
        elif media == "":
            media = "text/plain"
    if media in HTML_TYPES:
        from briefgen.ingest.limits import Limits, check_html_size

        raw, warnings = decode(data, url, charset or declared_charset(data))
        check_html_size(raw, url, Limits(max_source_mb=max_bytes / 1e6))
        article = parse_html(raw, source=url, url=final)
    elif media in TEXT_TYPES:
        raw, warnings = decode(data, url, charset)
        article = parse_text(raw, source=url)
        if article.url is None:
            article.url = final
            article.found["url"] = "fetched URL"
    else:
        raise InputError(f"{url}: not a web page (the server sent {media}); give the address "
                         "of an HTML article")
    article.warnings[:0] = warnings
    return article
