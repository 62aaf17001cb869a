"""Fetch an article from an http(s) URL, with limits, and read it as HTML or plain text.

Standard library only (urllib): one GET, a timeout, a size cap, at most a few
redirects (and only to http/https), a User-Agent that names briefgen, and a
content-type check. Every failure is an InputError naming the URL and what to do.
"""

from __future__ import annotations

import socket
import ssl
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
    opener = urllib.request.build_opener(_Redirects())
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
            # The socket timeout covers each read; the deadline covers a server that
            # trickles bytes forever.
            deadline = time.monotonic() + 3 * timeout
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                if time.monotonic() > deadline:
                    raise TimeoutError
            data = b"".join(chunks)
            media = resp.headers.get_content_type()
            charset = resp.headers.get_content_charset()
            final = resp.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            target = exc.headers.get("Location", "") if exc.headers is not None else ""
            if target and urllib.parse.urlsplit(target).scheme not in ("", "http", "https"):
                raise InputError(f"{url}: redirected to {target}, which is not http(s); "
                                 "give the article's http(s) address") from None
            raise InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS}); "
                             "give the article's final address") from None
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}; check the "
                         "address, or save the page from a browser and give the file") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = _reason(exc)
        if isinstance(reason, socket.gaierror):
            raise InputError(f"{url}: cannot find the host {parts.hostname}; check the address "
                             "and your network connection") from None
        if isinstance(reason, ConnectionRefusedError):
            raise InputError(f"{url}: the server refused the connection; check the address "
                             "or try again later") from None
        if isinstance(reason, TimeoutError | socket.timeout):
            raise InputError(f"{url}: no answer within {timeout:g} s; try again later, or save "
                             "the page from a browser and give the file") from None
        if isinstance(reason, ssl.SSLError | ssl.CertificateError):
            raise InputError(f"{url}: secure connection failed ({reason}); check the address")\
                from None
        raise InputError(f"{url}: cannot fetch it ({reason}); check the address or save the "
                         "page from a browser and give the file") from None
    return data, media, charset, final


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(f"{url}: the page is larger than {max_bytes / 1e6:g} MB; save the "
                      "article from a browser and give the file")


def fetch_article(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Article:
    """Fetch ``url`` and read it into an Article (HTML, or plain text for text/plain)."""
    data, media, charset, final = fetch(url, timeout=timeout, max_bytes=max_bytes)
    return read_response(url, data, media, charset, final)


def read_response(url: str, data: bytes, media: str, charset: str | None, final: str) -> Article:
    """What ``fetch`` returned for ``url``, read into an Article (HTML or plain text)."""
    from briefgen.ingest import declared_charset, decode
    from briefgen.ingest.html import parse_html
    from briefgen.ingest.text import parse_text

    if not data.strip():
        raise InputError(f"{url}: the server sent an empty page; check the address")
    if media in HTML_TYPES:
        raw, warnings = decode(data, url, charset or declared_charset(data))
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
