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
from briefgen.render import linebreak
from briefgen.render.names import protect_names
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


# A last page with fewer lines than this looks like an accident ("ENDS" alone, one
# Sources line): pull the tail back onto the page before, or push more onto the last one.
MIN_LAST_PAGE_LINES = 5
# the largest share of the page before that a page break between sections may move
MAX_SECTION_MOVE = 1 / 3
_BLOCK_TAGS = {"p", "li", "tr", "figure", "h2", "h3", "h4", "section", "aside", "blockquote", "dl",
               "ol", "ul", "table", "div", "nav", "header", "dt", "dd"}
_HEADINGS = {"h2", "h3", "h4"}


def _walk(box, ancestors=()):  # type: ignore[no-untyped-def]
    yield box, ancestors
    for child in getattr(box, "children", None) or ():
        yield from _walk(child, (*ancestors, box))


def page_lines(page) -> list[tuple[object, tuple]]:  # type: ignore[no-untyped-def,type-arg]
    """The text lines of a laid-out page's body (not running heads, not footnotes),
    each with its ancestor boxes, in reading order."""
    from weasyprint.formatting_structure import boxes

    out = []
    for box, ancestors in _walk(page._page_box):
        if isinstance(box, (boxes.MarginBox, boxes.FootnoteAreaBox)) or any(
                isinstance(a, (boxes.MarginBox, boxes.FootnoteAreaBox)) for a in ancestors):
            continue
        if isinstance(box, boxes.LineBox) and not any(
                isinstance(a, boxes.LineBox) or str(getattr(a, "element_tag", "")).endswith("::marker")
                for a in ancestors):
            text = "".join(getattr(t, "text", "") for t, _ in _walk(box))
            if text.strip():
                out.append((box, ancestors))
    return out


def _element_tag(element) -> str:  # type: ignore[no-untyped-def]
    tag = getattr(element, "tag", "")
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _break_candidates(doc) -> list[tuple[int, object]]:  # type: ignore[no-untyped-def,type-arg]
    """Elements that start on the second-to-last page, with how many of that page's lines
    a page break before each would move to the last page (fewest first)."""
    before = doc.pages[-2]
    earlier: set[int] = set()
    if len(doc.pages) > 2:
        for _, ancestors in page_lines(doc.pages[-3]):
            earlier.update(id(getattr(a, "element", None)) for a in ancestors)
    lines = page_lines(before)
    first_line: dict[int, tuple[int, object]] = {}
    for i, (_, ancestors) in enumerate(lines):
        for a in ancestors:
            el = getattr(a, "element", None)
            if el is not None and id(el) not in first_line and _element_tag(el) in _BLOCK_TAGS:
                first_line[id(el)] = (i, el)
    out = []
    for key, (i, el) in first_line.items():
        if key in earlier or i == 0:
            continue  # began on an earlier page, or would move the whole page
        out.append((len(lines) - i, el))
    return sorted(out, key=lambda c: c[0])


def _keep_with_heading(element, root):  # type: ignore[no-untyped-def]
    """The element a page break should go before so that no heading is left behind:
    a heading just above the element (or above the container it opens) goes with it."""
    parents = {id(c): p for p in root.iter() for c in p}
    current = element
    for _ in range(6):
        parent = parents.get(id(current))
        if parent is None or _element_tag(parent) in ("body", "main", "html"):
            break
        siblings = [c for c in parent if isinstance(c.tag, str)]
        index = next(i for i, c in enumerate(siblings) if c is current)
        if index == 0:
            current = parent  # first in its container: the break goes before the container
            continue
        if _element_tag(siblings[index - 1]) in _HEADINGS:
            current = siblings[index - 1]
            continue
        break
    return current


def _add_style(element, css: str) -> None:  # type: ignore[no-untyped-def]
    style = element.get("style") or ""
    element.set("style", f"{style};{css}" if style else css)


def render_document(html: str, *, base_dirs: Sequence[Path | None] = ()):  # type: ignore[no-untyped-def]
    """Lay the brief out with WeasyPrint so that its last page is never near-empty.

    When the last page would hold fewer than MIN_LAST_PAGE_LINES lines, first the spacing
    is tightened (``html.fit-tight`` in the stylesheet: margins and leading, never the
    type sizes) to pull the tail onto the page before; if that does not do it, a page
    break is moved earlier, before a block (with its heading) on the page before, so the
    last page gets enough to stand on. Names are kept whole (see render.names); lines
    are broken and words hyphenated as render.linebreak says.
    """
    import weasyprint

    linebreak.install()
    fetcher = make_fetcher(allowed_roots(base_dirs))
    document = weasyprint.HTML(string=linebreak.no_runts(protect_names(html, all_capitalised=True)),
                               base_url=data_dir("templates").as_uri() + "/", url_fetcher=fetcher)
    hyphenation = [weasyprint.CSS(string=linebreak.HYPHENATION_CSS)]
    doc = document.render(stylesheets=hyphenation)
    if len(doc.pages) < 2 or len(page_lines(doc.pages[-1])) >= MIN_LAST_PAGE_LINES:
        return doc
    root = document.etree_element
    classes = root.get("class") or ""
    root.set("class", f"{classes} fit-tight".strip())
    tight = document.render(stylesheets=hyphenation)
    if len(tight.pages) < len(doc.pages) and (
            len(tight.pages) < 2 or len(page_lines(tight.pages[-1])) >= MIN_LAST_PAGE_LINES):
        return tight
    root.set("class", classes)
    short = MIN_LAST_PAGE_LINES - len(page_lines(doc.pages[-1]))
    page_before = len(page_lines(doc.pages[-2]))
    targets: list[tuple[bool, int, object]] = []
    seen: set[int] = set()
    for moved, element in _break_candidates(doc):
        target = _keep_with_heading(element, root)
        if moved < short or id(target) in seen:
            continue
        seen.add(id(target))
        # a break between sections reads best, unless it leaves the page before a third
        # empty or more (a half-empty page mid-brief reads as a mistake): then a break
        # within a section (before a table row, a paragraph) that moves less
        between = (_element_tag(target) in ("section", "aside", *_HEADINGS)
                   and moved <= MAX_SECTION_MOVE * page_before)
        targets.append((not between, moved, target))
    targets.sort(key=lambda t: (t[0], t[1]))
    for _, _, target in targets[:5]:
        old_style = target.get("style")  # type: ignore[attr-defined]
        _add_style(target, "break-before: page")
        pushed = document.render(stylesheets=hyphenation)
        if len(pushed.pages) == len(doc.pages) and len(page_lines(pushed.pages[-1])) >= MIN_LAST_PAGE_LINES:
            return pushed
        if old_style is None:
            del target.attrib["style"]  # type: ignore[attr-defined]
        else:
            target.set("style", old_style)  # type: ignore[attr-defined]
    log.info("could not avoid a near-empty last page")
    return doc


def render_pdf_pages(html: str, *, base_dirs: Sequence[Path | None] = (),
                     pdf_variant: str | None = None) -> tuple[bytes, int]:
    """Render an HTML brief to PDF bytes and say how many pages it has.

    Metadata (title, author, subject, keywords, generator, created) comes from the HTML
    head; bookmarks come from the headings. ``pdf_variant`` is e.g. ``"pdf/a-3b"`` for an
    archival PDF/A-3 file. The last page is never near-empty (see :func:`render_document`).
    """
    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {pdf_variant!r}; use one of {', '.join(PDF_VARIANTS)}")
    try:
        doc = render_document(html, base_dirs=base_dirs)
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
