"""Feeds: RSS, Atom and OPML parsing, --since, and the memory of covered entries, against a
server the test starts on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import email.utils
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import InputError, UsageError
from briefgen.ingest.feeds import SeenLog, is_feed_document, parse_feed, parse_opml, parse_since

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "digest"
runner = CliRunner()
NOW = dt.datetime.now(dt.UTC)


def _rss(items: list[tuple[str, str, dt.datetime | None]]) -> bytes:
    rows = "".join(
        f"<item><title>{t}</title><link>{link}</link>"
        + (f"<pubDate>{email.utils.format_datetime(when)}</pubDate>" if when else "") + "</item>"
        for t, link, when in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title>'
            f"{rows}</channel></rss>").encode()


def test_rss_entries_in_order_with_dates_and_relative_links_resolved() -> None:
    when = dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.UTC)
    data = _rss([("Bridge shut", "/news/bridge", when), ("Vans recalled", "https://example.org/vans", None)])
    entries = parse_feed(data, "https://wire.example/feed.xml")
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://wire.example/news/bridge", "Bridge shut", when),
        ("https://example.org/vans", "Vans recalled", None)]


def test_atom_and_rdf_feeds() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>One</title><link rel="alternate" href="https://a.example/1"/>
        <link rel="enclosure" href="https://a.example/1.mp3"/><updated>2025-03-04T10:00:00Z</updated></entry>
      <entry><title>Two</title><link href="https://a.example/2"/><published>2025-03-03T08:00:00+01:00</published></entry>
    </feed>"""
    entries = parse_feed(atom, "atom.xml")
    assert [e.url for e in entries] == ["https://a.example/1", "https://a.example/2"]
    assert entries[0].published == dt.datetime(2025, 3, 4, 10, tzinfo=dt.UTC)
    rdf = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="https://r.example/1"><title>R</title><link>https://r.example/1</link>
      <dc:date>2025-03-01</dc:date></item></rdf:RDF>"""
    (entry,) = parse_feed(rdf, "rdf.xml")
    assert entry.url == "https://r.example/1" and entry.published == dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


def test_a_feed_cannot_read_local_files_through_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss><channel><item><title>&x;</title><link>https://e.example/1</link></item></channel></rss>').encode()
    try:
        entries = parse_feed(data, "evil.xml")
    except InputError:
        return  # refusing the document is fine too
    assert all("TOP-SECRET" not in (e.title or "") for e in entries)


@pytest.mark.parametrize("data", [b"<html><body>not a feed</body></html>", b"<rss><channel><item>",
                                  b"<opml></opml>"])
def test_not_a_feed_is_a_one_line_error(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^bad\.xml: "):
        parse_feed(data, "bad.xml")


def test_opml_lists_feed_addresses_once() -> None:
    data = b"""<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="News"><outline text="A" xmlUrl="https://a.example/rss"/>
      <outline text="B" xmlUrl="https://b.example/atom"/></outline>
      <outline text="A again" xmlUrl="https://a.example/rss"/></body></opml>"""
    assert parse_opml(data, "feeds.opml") == ["https://a.example/rss", "https://b.example/atom"]
    with pytest.raises(InputError, match="lists no feeds"):
        parse_opml(b"<opml><body><outline text='x'/></body></opml>", "empty.opml")
    assert is_feed_document(data) and not is_feed_document(b"<!doctype html><html></html>")


@pytest.mark.parametrize(("value", "delta"), [("24h", dt.timedelta(hours=24)), ("90m", dt.timedelta(minutes=90)),
                                               ("2d", dt.timedelta(days=2)), ("1w", dt.timedelta(weeks=1))])
def test_parse_since(value: str, delta: dt.timedelta) -> None:
    assert parse_since(value) == delta


def test_parse_since_rejects_nonsense() -> None:
    with pytest.raises(UsageError, match=r"e\.g\. 90m, 24h"):
        parse_since("since monday")


class _Site(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def do_GET(self) -> None:
        found = self.pages.get(self.path)
        if found is None:
            self.send_error(404)
            return
        media, body = found
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    text = "text/plain; charset=utf-8"
    _Site.pages = {f"/{n}": (text, (FIXTURES / f"{n}.txt").read_bytes())
                   for n in ("bridge-courier", "bridge-herald", "vans-daily", "vans-wire", "library")}
    hour = dt.timedelta(hours=1)
    _Site.pages["/wire.rss"] = ("application/rss+xml", _rss([
        ("Bridge shut", f"{base}/bridge-courier", NOW - 2 * hour),
        ("Vans recalled", f"{base}/vans-daily", NOW - 3 * hour),
        ("Old library news", f"{base}/library", NOW - 240 * hour),
        ("Gone", f"{base}/missing", NOW - hour)]))
    _Site.pages["/herald.atom"] = ("application/atom+xml", (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>'
        f'<entry><title>Detours</title><link href="{base}/bridge-herald"/><updated>{(NOW - hour).isoformat()}</updated></entry>'
        f'<entry><title>Kestrel</title><link href="/vans-wire"/><updated>{(NOW - hour).isoformat()}</updated></entry>'
        "</feed>").encode())
    _Site.pages["/feeds.opml"] = ("text/x-opml", (
        f'<opml version="2.0"><body><outline xmlUrl="{base}/wire.rss"/>'
        f'<outline xmlUrl="{base}/herald.atom"/></body></opml>').encode())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_digest_from_feeds_since_24h(site: str) -> None:
    code, out, err = run("digest", f"{site}/wire.rss", f"{site}/herald.atom", "--since", "24h", "--format", "jsonl")
    assert code == 1  # the missing entry
    assert f"{site}/missing: the server answered 404" in err
    records = [json.loads(line) for line in out.splitlines()]
    stories = {frozenset(r["sources"]) for r in records if "error" not in r}
    assert stories == {frozenset({f"{site}/bridge-courier", f"{site}/bridge-herald"}),
                       frozenset({f"{site}/vans-daily", f"{site}/vans-wire"})}  # the 10-day-old entry is out
    assert [r["sources"] for r in records if "error" in r] == [[f"{site}/missing"]]


def test_opml_file_and_memory_of_covered_entries(site: str, tmp_path: Path) -> None:
    import urllib.request

    opml = tmp_path / "feeds.opml"
    with urllib.request.urlopen(f"{site}/feeds.opml") as resp:  # the list a user saved
        opml.write_bytes(resp.read())
    out = tmp_path / "digest.html"
    code, _, err = run("digest", opml, "--since", "24h", "-o", out)
    assert code == 1 and "missing" in err  # one entry 404s; the digest is made from the rest
    html = out.read_text(encoding="utf-8")
    assert html.count('<article class="story"') == 2
    seen = SeenLog.default()
    assert f"{site}/bridge-courier" in seen and f"{site}/missing" not in seen
    out.unlink()
    code, _, err = run("digest", opml, "--since", "24h", "-o", out)
    assert code == 1 and "no new articles" in err
    assert not out.exists()
    code, _, err = run("digest", opml, "--since", "24h", "-o", out, "--all")
    assert out.exists() and out.read_text(encoding="utf-8").count('<article class="story"') == 2


def test_an_opml_list_from_the_web_cannot_name_local_files(site: str, tmp_path: Path) -> None:
    secret = tmp_path / "local.rss"
    secret.write_bytes(_rss([("Local", f"{site}/library", NOW)]))
    _Site.pages["/evil.opml"] = ("text/x-opml", (
        f'<opml><body><outline xmlUrl="file://{secret}"/><outline xmlUrl="{secret}"/></body></opml>').encode())
    code, out, err = run("digest", f"{site}/evil.opml", "--format", "jsonl")
    assert code == 1
    assert f"file://{secret}: an OPML list from the web may only name http(s) feeds" in err
    assert "library" not in out and "library" not in err  # the local feed was never read
