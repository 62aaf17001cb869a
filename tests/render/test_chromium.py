"""The HTML brief in a real browser: headless Chromium at a phone's size (390 x 844).

.ci/run installs Debian's ``chromium`` package; where it is not installed the test is
skipped with the command that installs it (tests themselves never reach the network).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from briefgen.config import load_settings
from briefgen.models import Brief
from briefgen.pipeline import render_options
from briefgen.render.html import render_html

pytestmark = pytest.mark.slow
WIDTH, HEIGHT = 390, 844


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed: run 'apt-get install -y chromium' (.ci/run does this)")
    raise AssertionError  # unreachable


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered rows of an 8-bit RGB/RGBA, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    height = depth = ctype = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    bpp = 4 if ctype == 6 else 3
    raw, stride, rows = zlib.decompress(idat), width * bpp, []
    prev = bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line if bpp == 3 else bytes(v for j, v in enumerate(line) if j % 4 != 3)))
        prev = line
    return width, height, rows


def screenshot(html_file: Path, tmp: Path) -> bytes:
    shot = tmp / "shot.png"
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={tmp / 'profile'}", f"--screenshot={shot}",
           f"--window-size={WIDTH},{HEIGHT}", html_file.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert shot.is_file(), f"no screenshot; chromium said: {proc.stderr[-500:]}"
    return shot.read_bytes()


def sample_brief() -> Brief:
    """A short brief with every section, written for these tests."""
    import datetime as dt

    from briefgen.models import BriefActor, BriefEvent, BriefItem, BriefQuote, SourceRef

    return Brief(
        title="Baltic states press allies for joint air defence as drone incursions multiply",
        subtitle="Three governments say the threat has outgrown national budgets",
        generated=dt.datetime(2025, 3, 14, 9, 0), banner="OFFICIAL - SENSITIVE",
        sources=[SourceRef(number=1, source="a.txt", publisher="The Northern Ledger", published=dt.date(2025, 3, 4))],
        summary=[BriefItem(text="Estonia, Latvia and Lithuania asked Nato allies to fund a shared air defence network.",
                           cites=[1], paragraph=1)],
        facts=[BriefItem(text=f"Fact number {i}: the governments recorded {400 + i} airspace violations in 2024.",
                         cites=[1], paragraph=i + 2) for i in range(5)],
        figures=[BriefItem(text="412 violations of their airspace", cites=[1])],
        quotes=[BriefQuote(text="We are three small countries facing a problem that does not respect borders.",
                           speaker="Daina Ozola", role="senior fellow", cites=[1], paragraph=4)],
        context=[BriefItem(text="The three states joined Nato in 2004 and have asked for more air defence since.",
                           cites=[1], paragraph=7)],
        actors=[BriefActor(name="Daina Ozola", kind="Person", role="senior fellow", relation="speaker", mentions=3),
                BriefActor(name="Estonia", kind="Place", relation="place", mentions=4)],
        timeline=[BriefEvent(date="2024-11-02", precision="day", label="2 Nov 2024", text="A drone crashed.", cites=[1]),
                  BriefEvent(date="2025-03-02", precision="day", label="2 Mar 2025", text="Ministers met.", cites=[1])],
        sections=["summary", "facts", "figures", "quotes", "context", "actors", "timeline", "sources"],
    )


@pytest.fixture(scope="module")
def sample() -> Brief:
    return sample_brief()


@pytest.mark.parametrize("template", ["policy", "executive", "analyst", "press"])
def test_html_brief_renders_on_a_phone(tmp_path: Path, sample: Brief, template: str) -> None:
    settings = load_settings()
    _, aud = settings.audience(template)
    html = render_html(sample.model_copy(update={"template": template}), embed_fonts=True,
                       **render_options(settings, aud, []))  # type: ignore[arg-type]
    page = tmp_path / f"{template}.html"
    page.write_text(html, encoding="utf-8")
    width, height, rows = decode_png(screenshot(page, tmp_path))
    assert (width, height) == (WIDTH, HEIGHT)
    pixels = [row[i:i + 3] for row in rows for i in range(0, len(row), 3)]
    background = max(set(pixels[:: 97]), key=pixels[:: 97].count)
    inked = sum(p != background for p in pixels) / len(pixels)
    dark = sum(1 for p in pixels if sum(p) < 200) / len(pixels)
    assert inked > 0.05, f"page looks blank ({inked:.1%} non-background pixels)"
    assert dark > 0.003, "no dark text visible"
    # laid out for the phone, not cut from a desktop page: the handling banner (accent
    # colour) spans most of the screen's width, with a margin on both sides
    accent = bytes((0xB5, 0x46, 0x2F))

    def is_accent(p: bytes) -> bool:
        return all(abs(x - y) <= 14 for x, y in zip(p, accent, strict=True))

    spans = []
    for row in rows[:200]:
        cols = [i // 3 for i in range(0, len(row), 3) if is_accent(row[i:i + 3])]
        if cols:
            spans.append((min(cols), max(cols)))
    assert spans, "banner not visible at the top"
    left, right = min(s[0] for s in spans), max(s[1] for s in spans)
    assert 0 < left < 40 and WIDTH - 40 < right < WIDTH - 1, (left, right)
