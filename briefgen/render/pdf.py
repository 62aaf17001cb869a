"""HTML -> PDF with WeasyPrint, through a URL fetcher that reads nothing it should not.

Only ``data:`` URLs and files under the allowed folders (the shipped fonts, the template
and style search path) are fetched; every other URL, remote or local, is refused, so
nothing in an article can make the renderer read local files or reach the network.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from briefgen.errors import RenderError
from briefgen.resources import data_dir, font_files

log = logging.getLogger(__name__)


def allowed_roots(extra: Sequence[Path | None] = ()) -> list[Path]:
    """Folders whose files the renderer may read."""
    roots = {data_dir("templates").resolve(), data_dir("styles").resolve()}
    roots.update(p.parent.resolve() for p in font_files().values())
    roots.update(Path(p).resolve() for p in extra if p is not None)
    return sorted(roots)


def make_fetcher(roots: Sequence[Path]):  # type: ignore[no-untyped-def]
    """A weasyprint URLFetcher that allows data: URLs and files under ``roots`` only."""
    from weasyprint.urls import URLFetcher

    class LockedFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlparse(url).path)).resolve()
                if any(path.is_relative_to(root) for root in roots):
                    return super().fetch(url, headers)
            log.warning("refused to fetch %s (only data: URLs and briefgen's own files are allowed)", url[:200])
            raise ValueError(f"briefgen does not fetch {url[:80]}")

    return LockedFetcher(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=5)


PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/ua-1")


def render_pdf_pages(html: str, *, base_dirs: Sequence[Path | None] = (),
                     pdf_variant: str | None = None) -> tuple[bytes, int]:
    """Render an HTML brief to PDF bytes and say how many pages it has.

    Metadata (title, author, subject, keywords, generator, created) comes from the HTML
    head; bookmarks come from the headings. ``pdf_variant`` is e.g. ``"pdf/a-3b"`` for an
    archival PDF/A-3 file.
    """
    import weasyprint

    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {pdf_variant!r}; use one of {', '.join(PDF_VARIANTS)}")
    fetcher = make_fetcher(allowed_roots(base_dirs))
    try:
        doc = weasyprint.HTML(string=html, base_url=data_dir("templates").as_uri() + "/",
                              url_fetcher=fetcher).render()
        pages = len(doc.pages)
        out = doc.write_pdf(pdf_variant=pdf_variant, custom_metadata=False)
    except Exception as exc:  # WeasyPrint raises many types; all mean the PDF failed
        raise RenderError(f"PDF rendering failed: {exc}") from exc
    if not out:
        raise RenderError("PDF rendering produced no output")
    return bytes(out), pages


def render_pdf(html: str, *, base_dirs: Sequence[Path | None] = (), pdf_variant: str | None = None) -> bytes:
    """Render an HTML brief to PDF bytes (metadata comes from the HTML head)."""
    return render_pdf_pages(html, base_dirs=base_dirs, pdf_variant=pdf_variant)[0]
