"""Check a finished PDF brief the way a reader would, from its text and where it sits.

Used by the rendering tests and by ``benchmarks/layout_check.py``: a near-empty last page,
a local file path, a name broken at a line end, "Generated" twice on a page, or a wrong
"Page X of Y". Reads the PDF with poppler's ``pdftotext`` (package poppler-utils), so it
checks what was drawn, independently of how briefgen laid it out.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


# ---- the HTML brief in a browser ----------------------------------------------------------

# The type scale of styles/brief.css, as multiples of the root font size.
TYPE_SCALE = (0.72, 0.84, 1.0, 1.12, 1.3, 1.6, 2.1)

# The brief is laid out in an iframe exactly ``width`` CSS pixels wide (a headless window
# is never narrower than 500 px), and measured from the page around it.
_MEASURE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="brief" style="border:0;width:%(width)dpx;height:900px" srcdoc="%(srcdoc)s"></iframe>
<script>
const frame = document.getElementById('brief');
frame.addEventListener('load', () => {
  const doc = frame.contentDocument, win = frame.contentWindow;
  const root = parseFloat(win.getComputedStyle(doc.documentElement).fontSize);
  const size = el => Math.round(parseFloat(win.getComputedStyle(el).fontSize) / root * 1000) / 1000;
  const sizes = {}, named = {};
  for (const el of doc.body.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    const cs = win.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || !el.getClientRects().length) continue;
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!parseFloat(cs.fontSize)) continue;
    const key = el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '');
    (sizes[size(el)] = sizes[size(el)] || []).push(key);
  }
  const probes = {h1: 'h1.title', standfirst: '.standfirst', h2: 'main h2',
    summary: '.summary li, .bluf p, .key-lines li, .summary-list li', fact: '.facts li, .fact-list li',
    quote: 'figure blockquote', caption: 'figcaption', table: 'td', source: 'ol.sources li, .sources-line p'};
  for (const [name, sel] of Object.entries(probes)) {
    const el = doc.querySelector(sel);
    if (el) named[name] = size(el);
  }
  const out = document.createElement('pre');
  out.id = 'briefgen-measure';
  out.textContent = JSON.stringify({root, sizes, named, width: win.innerWidth,
    scrollWidth: doc.documentElement.scrollWidth, clientWidth: doc.documentElement.clientWidth});
  document.body.appendChild(out);
});
</script></body></html>"""


def chromium() -> str | None:
    """A headless Chromium or Chrome, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_layout(document: str, width: int, workdir: Path) -> dict[str, Any]:
    """Lay an HTML brief out in headless Chromium at ``width`` CSS pixels and measure it:
    the root font size, every text element's size as a multiple of it, and the page's
    scroll width against the window's width (more means a horizontal scroll)."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("Chromium not found: install the chromium package")
    page = workdir / f"measure-{width}.html"
    page.write_text(_MEASURE % {"width": width, "srcdoc": html.escape(document, quote=True)}, encoding="utf-8")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={workdir / 'chromium-profile'}", f"--window-size={max(width, 500) + 40},1000",
           "--virtual-time-budget=5000", "--dump-dom", page.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    m = re.search(r'<pre id="briefgen-measure">(.*?)</pre>', proc.stdout, re.S)
    if not m:
        raise RuntimeError(f"Chromium gave no measurement: {proc.stderr[-300:]}")
    result: dict[str, Any] = json.loads(html.unescape(m.group(1)))
    return result


def browser_problems(document: str, width: int, workdir: Path) -> list[str]:
    """A reader's objections to the HTML brief at this width: a horizontal scroll, a text
    size off the type scale, or a type scale upside down (summary smaller than a fact)."""
    m = browser_layout(document, width, workdir)
    problems = []
    if m["scrollWidth"] > m["clientWidth"] + 1:
        problems.append(f"{width}px: scrolls sideways ({m['scrollWidth']}px of content in {m['clientWidth']}px)")
    for ratio, where in m["sizes"].items():
        if not any(abs(float(ratio) - step) < 0.012 for step in TYPE_SCALE):
            problems.append(f"{width}px: text at {float(ratio):.3f}rem, off the type scale: {sorted(set(where))[:4]}")
    n = m["named"]
    order = [("h1", "standfirst"), ("standfirst", "fact"), ("summary", "fact"), ("quote", "caption"),
             ("fact", "table"), ("fact", "source")]
    for big, small in order:
        if big in n and small in n and n[big] < n[small]:
            problems.append(f"{width}px: {big} ({n[big]}rem) smaller than {small} ({n[small]}rem)")
    return problems
