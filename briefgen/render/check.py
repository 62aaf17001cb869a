"""Check a finished PDF brief the way a reader would, from its text and where it sits.

Used by the rendering tests and by ``benchmarks/layout_check.py``: a near-empty last page,
a local file path, a name broken at a line end, "Generated" twice on a page, or a wrong
"Page X of Y". Reads the PDF with poppler's ``pdftotext`` (package poppler-utils), so it
checks what was drawn, independently of how briefgen laid it out.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass, field

MIN_LAST_PAGE_LINES = 5
# the page margins of styles/brief.css: running heads live above/below these
TOP_MARGIN_PT = 24 / 25.4 * 72
BOTTOM_MARGIN_PT = 22 / 25.4 * 72

_LOCAL_PATH = re.compile(r"(?:(?<![\w.:/])/(?:[\w.~-]+/)+[\w.~-]+|\b[A-Za-z]:\\[\w\\ .-]+|~/[\w./-]+|file://\S+)")
# a line ending inside a name: a capitalised word (or compound) cut at a hyphen
_BROKEN_NAME = re.compile(r"(?:^|\s)[A-Z\u00C0-\u00DE][\w'’.\u2011-]*[-\u2010\u00AD]$")


@dataclass
class Page:
    """One page: its size and its text lines, top to bottom, as (y top, y bottom, text)."""

    width: float
    height: float
    lines: list[tuple[float, float, str]] = field(default_factory=list)

    def body_lines(self) -> list[str]:
        """Lines between the running head and the running foot."""
        return [t for top, bottom, t in self.lines
                if top >= TOP_MARGIN_PT - 2 and bottom <= self.height - BOTTOM_MARGIN_PT + 2]

    @property
    def text(self) -> str:
        return "\n".join(t for _, _, t in self.lines)


def pdftotext() -> str | None:
    """The pdftotext executable, if poppler-utils is installed."""
    return shutil.which("pdftotext")


def read_pages(pdf: bytes) -> list[Page]:
    """The PDF's pages and text lines (needs pdftotext)."""
    exe = pdftotext()
    if exe is None:
        raise RuntimeError("pdftotext not found: install poppler-utils")
    out = subprocess.run([exe, "-bbox-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True, timeout=60).stdout.decode("utf-8", "replace")
    pages: list[Page] = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        page = Page(float(m.group(1)), float(m.group(2)))
        for line in re.finditer(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>',
                                m.group(3), re.S):
            words = [html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", line.group(3), re.S)]
            if words:
                page.lines.append((float(line.group(1)), float(line.group(2)), " ".join(words)))
        page.lines.sort(key=lambda ln: ln[0])
        pages.append(page)
    return pages


def layout_problems(pdf: bytes) -> list[str]:
    """What a careful reader would object to in this PDF; empty when there is nothing."""
    pages = read_pages(pdf)
    problems: list[str] = []
    n = len(pages)
    if n > 1:
        lines = pages[-1].body_lines()
        if len(lines) < MIN_LAST_PAGE_LINES:
            problems.append(f"last page (page {n}) holds only {len(lines)} line(s): {' / '.join(lines)[:120]!r}")
    for i, page in enumerate(pages, start=1):
        text = page.text
        if f"Page {i} of {n}" not in text:
            problems.append(f"page {i}: no 'Page {i} of {n}' in the footer")
        generated = text.count("Generated ")
        if generated > 1:
            problems.append(f"page {i}: 'Generated' {generated} times")
        for m in _LOCAL_PATH.finditer(text):
            problems.append(f"page {i}: local path {m.group(0)[:80]!r}")
        for _, _, line in page.lines:
            if _BROKEN_NAME.search(line):
                problems.append(f"page {i}: a name broken at the line end: {line[-40:]!r}")
    return problems


def html_problems(document: str) -> list[str]:
    """The same reader's objections to an HTML brief's visible text (local paths)."""
    body = document.split("<body", 1)[-1]
    body = re.sub(r"<(style|script|svg)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return [f"local path {m.group(0)[:80]!r}" for m in _LOCAL_PATH.finditer(text)]
