"""PDF rendering: metadata, page size, and a renderer that fetches nothing it should not."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from briefgen.render.pdf import make_fetcher, render_pdf
from briefgen.resources import data_dir


def test_fetcher_refuses_local_files_and_network(tmp_path: Path) -> None:
    fetch = make_fetcher([data_dir("styles").resolve()])
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    with pytest.raises(ValueError):
        fetch.fetch(secret.as_uri())
    with pytest.raises(ValueError):
        fetch.fetch("file:///etc/passwd")
    with pytest.raises(ValueError):
        fetch.fetch("http://127.0.0.1:9/x.png")
    with pytest.raises(ValueError):  # no escape with ..
        fetch.fetch((data_dir("styles") / ".." / ".." / "etc" / "passwd").as_uri())
    assert fetch.fetch((data_dir("styles") / "brief.css").as_uri()).read().startswith(b"/*")
    assert fetch.fetch("data:text/plain,hi").read() == b"hi"


def test_untrusted_html_cannot_reach_the_network(tmp_path: Path) -> None:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        port = server.server_address[1]
        html = (f'<img src="http://127.0.0.1:{port}/track.png">'
                f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css">'
                f'<img src="file:///etc/passwd"><p>hello</p>')
        pdf = render_pdf(html)
    finally:
        server.shutdown()
    assert pdf.startswith(b"%PDF")
    assert hits == []


def test_pdf_metadata_from_head() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    pdf = render_pdf('<html><head><title>T</title><meta name="author" content="A">'
                     '<meta name="description" content="S"></head><body><p>x</p></body></html>')
    meta = PdfReader(BytesIO(pdf)).metadata
    assert meta is not None and (meta.title, meta.author, meta.subject) == ("T", "A", "S")


def test_page_count_and_variants() -> None:
    from briefgen.errors import RenderError
    from briefgen.render.pdf import render_pdf_pages

    html = "<html><body>" + "".join(f'<p style="break-after: page">p{i}</p>' for i in range(3)) + "</body></html>"
    pdf, pages = render_pdf_pages(html)
    assert pages == 3 and pdf.startswith(b"%PDF")
    from io import BytesIO

    from pypdf import PdfReader

    archived, _ = render_pdf_pages(html, pdf_variant="pdf/a-3b")
    xmp = PdfReader(BytesIO(archived)).xmp_metadata
    assert xmp is not None and b'pdfaid:part="3"' in xmp.stream.get_data()
    assert PdfReader(BytesIO(pdf)).xmp_metadata is None
    with pytest.raises(RenderError, match="unknown PDF variant 'pdf/z'"):
        render_pdf_pages(html, pdf_variant="pdf/z")
