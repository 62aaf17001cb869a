"""Acceptance: every built-in template with every example article, to HTML and PDF.

Checked the way a reader would: the sections and their content, the page count (the
executive brief is exactly one page, even for a very long article), the page size,
bookmarks, metadata, footnotes and the drawn timeline.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest

from briefgen.config import load_settings
from briefgen.pipeline import make_brief
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow
ARTICLES = sorted(EXAMPLES.glob("*.txt"))
TEMPLATES = ("policy", "executive", "analyst", "press")
HEADINGS = {  # section -> heading, per template (only sections with content are shown)
    "policy": {"summary": "Executive summary", "facts": "Key facts", "quotes": "Expert quotes",
               "context": "Context and background", "actors": "Key actors", "timeline": "Timeline"},
    "executive": {"summary": "Bottom line", "facts": "Key facts", "quotes": "In their words"},
    "analyst": {"summary": "Summary", "facts": "Key facts", "quotes": "What was said",
                "context": "Context and background", "actors": "Actors", "timeline": "Timeline"},
    "press": {"summary": "Key lines to take", "quotes": "Quotable quotes", "facts": "Supporting facts",
              "context": "Notes to editors"},
}


def pdf_info(data: bytes) -> tuple[str, int, object]:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return text, len(reader.pages), reader


@pytest.fixture(scope="module")
def rendered(example_briefs: dict) -> dict[tuple[str, str], tuple]:  # type: ignore[type-arg]
    """Every (template, article) rendered once, to PDF and HTML (A4; see conftest.py)."""
    return {(name, stem): value for (name, stem, size), value in example_briefs.items() if size == "A4"}


@pytest.mark.parametrize("article", [a.stem for a in ARTICLES])
@pytest.mark.parametrize("name", TEMPLATES)
def test_sections_and_content(rendered, name: str, article: str) -> None:  # type: ignore[no-untyped-def]
    brief, pdf, html = rendered[(name, article)]
    text, pages, reader = pdf_info(pdf)
    assert brief.template == name
    for section, heading in HEADINGS[name].items():
        if section in brief.sections and getattr(brief, section):
            assert f">{heading}</h2>" in html, (name, heading)
            assert heading.upper() in text.upper(), (name, heading)
    assert brief.facts, "every example article yields facts"
    first_fact = " ".join(brief.facts[0].text.split()[:5])
    assert first_fact in text and first_fact in html
    # PDF: metadata, bookmarks from headings, running footer with page X of Y
    meta = reader.metadata
    assert meta.title == brief.title
    def flat(items: list) -> list[str]:  # type: ignore[type-arg]
        return [t for o in items for t in (flat(o) if isinstance(o, list) else [o.title])]

    bookmarks = flat(reader.outline)
    assert bookmarks[0] == brief.title
    shown = [h for sec, h in HEADINGS[name].items() if sec in brief.sections and getattr(brief, sec)]
    assert shown and all(any(h in b for b in bookmarks) for h in shown), (shown, bookmarks)
    assert f"Page 1 of {pages}" in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


@pytest.mark.parametrize("article", [a.stem for a in ARTICLES])
def test_executive_is_one_page_with_limits(rendered, article: str) -> None:  # type: ignore[no-untyped-def]
    brief, pdf, html = rendered[("executive", article)]
    _, pages, _ = pdf_info(pdf)
    assert pages == 1
    assert 1 <= len(brief.facts) <= 5 and len(brief.quotes) <= 2
    assert html.count('<figure class="quote') <= 2


@pytest.mark.parametrize("article", [a.stem for a in ARTICLES])
def test_analyst_has_contents_footnotes_and_timeline(rendered, article: str) -> None:  # type: ignore[no-untyped-def]
    brief, pdf, html = rendered[("analyst", article)]
    text, _, _ = pdf_info(pdf)
    assert 'class="toc"' in html and "CONTENTS" in text.upper()
    assert re.search(r"1\. Summary.*?\d", text), "contents lists numbered sections with page numbers"
    cited = [i for i in brief.facts if i.paragraph]
    assert cited and f"paragraph {cited[0].paragraph}" in text
    if len(brief.timeline) >= 2:
        svg = html.split('<svg', 1)[1].split('</svg>', 1)[0]
        assert svg.count("<circle") == len(brief.timeline)
        assert html.count('class="tl-dot"') == len(brief.timeline)


@pytest.mark.parametrize("article", [a.stem for a in ARTICLES])
def test_press_quotes_are_attributed(rendered, article: str) -> None:  # type: ignore[no-untyped-def]
    brief, _, html = rendered[("press", article)]
    for q in brief.quotes:
        if q.speaker:
            assert f'<span class="speaker">{q.speaker}</span>' in html


@pytest.mark.parametrize("name", TEMPLATES)
def test_html_is_self_contained_and_mobile_ready(rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    _, _, html = rendered[(name, ARTICLES[0].stem)]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    refs = re.findall(r'(?:src|href)="([^"]*)"', html) + re.findall(r'url\("?([^")]*)', html)
    assert refs, "fonts are referenced"
    assert all(r.startswith(("data:", "#")) for r in refs), [r[:40] for r in refs if not r.startswith(("data:", "#"))]
    assert "@media (max-width: 600px)" in html


SUBJECTS = ["The defence ministry", "Nato officials", "The Latvian government", "Coastal radar crews",
            "Finance ministers", "The border guard", "Polish engineers", "The European Commission",
            "Estonian parliamentarians", "Lithuanian air force commanders", "Swedish diplomats",
            "The Riga command centre", "Independent auditors", "Regional governors"]
VERBS = ["approved", "questioned", "postponed", "expanded", "reviewed", "criticised", "financed",
         "tested", "inspected", "proposed", "rejected", "accelerated"]
OBJECTS = ["a mobile interceptor battery near Daugavpils", "satellite monitoring contracts worth millions",
           "emergency shelters for frontier villages", "an electronic warfare training programme",
           "fuel depots along the Narva river", "shared procurement of acoustic sensors",
           "night patrols over the Curonian lagoon", "compensation for damaged farmland",
           "pilot exchanges with Finnish squadrons", "cyber defences for power substations",
           "a hotline between three capitals", "ammunition stockpiles in Tapa", "drone jamming towers"]
REASONS = ["after repeated incursions", "despite objections from opposition parties", "because winter storms damaged masts",
           "while auditors examined earlier spending", "as public support rose in recent polls",
           "since allied partners demanded clearer timetables", "although engineers reported software faults"]


def long_article(paragraphs: int = 80) -> str:
    """A very long synthetic article: varied dated facts, figures and attributed quotes."""
    import random

    rng = random.Random(6)
    names = ["Anna Berg", "Tomas Lind", "Marta Kask", "Jonas Vee", "Ilse Mark", "Peter Saar"]
    out = ["Allies weigh a costly plan for a shared air defence network across the region", ""]
    for i in range(paragraphs):
        day = 1 + i % 27
        sent = [f"On {day} {rng.choice(['March', 'April', 'May'])} 2024 {rng.choice(SUBJECTS).lower()} "
                f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} costing €{rng.randint(2, 90)} million, "
                f"{rng.choice(REASONS)}, and {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} "
                f"{rng.choice(OBJECTS)} {rng.choice(REASONS)}."]
        sent.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(REASONS)}.")
        out.append(" ".join(sent))
        out.append("")
        out.append(f'"We cannot accept {rng.choice(OBJECTS)} {rng.choice(REASONS)}, and nobody in '
                   f'{rng.choice(["Riga", "Vilnius", "Tallinn"])} should pretend otherwise," said '
                   f"{names[i % len(names)]}, a senior adviser at the Baltic Institute.")
        out.append("")
    return "\n".join(out)


def test_executive_fits_one_page_for_a_very_long_article(tmp_path: Path, nlp: object) -> None:
    source = tmp_path / "long.txt"
    body = long_article()
    source.write_text(body, encoding="utf-8")
    assert len(body.split()) > 5000
    target = tmp_path / "long.pdf"
    result = make_brief([str(source)], load_settings(), audience="executive", output=target, formats="pdf,html")
    text, pages, _ = pdf_info(target.read_bytes())
    assert pages == 1
    assert 3 <= len(result.brief.facts) <= 5
    assert "Left out of this one-page brief" in text
    assert result.brief.omitted.get("facts", 0) > 0
    # every cut is at a word boundary and marked: the text before "…" is a whole-word prefix
    flat = " ".join(body.split())
    for item in [*result.brief.summary, *result.brief.facts, *result.brief.quotes]:
        if item.text.endswith("…"):
            head = item.text[:-1].rstrip()
            at = flat.find(head)
            assert at >= 0, head
            nxt = flat[at + len(head): at + len(head) + 1]
            assert nxt in {" ", ",", ";", ":", "-", "–", "."}, (head[-20:], nxt)
        else:
            assert item.text in flat


def test_letter_page_size_and_pdfa(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "briefgen.yaml").write_text(
        "defaults:\n  page_size: Letter\noutput:\n  pdf_variant: pdf/a-3b\n")
    target = tmp_path / "b.pdf"
    make_brief([str(ARTICLES[0])], load_settings(cwd=tmp_path), audience="press", output=target)
    data = target.read_bytes()
    _, _, reader = pdf_info(data)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    xmp = reader.xmp_metadata
    assert xmp is not None
    packet = xmp.stream.get_data()
    assert b'pdfaid:part="3"' in packet and b'pdfaid:conformance="B"' in packet


def test_audience_banner_prepared_for_and_extra_css(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "briefgen.yaml").write_text(
        "organisation:\n  name: Dept of Examples\naudiences:\n  minister:\n    extends: executive\n"
        "    banner: OFFICIAL - SENSITIVE\n    prepared_for: the Minister\n    extra_css: m.css\n")
    (tmp_path / "m.css").write_text(".bluf { outline: 1px solid #123456; }\n")
    target = tmp_path / "m.pdf"
    result = make_brief([str(ARTICLES[0])], load_settings(cwd=tmp_path), audience="minister",
                        output=target, formats="pdf,html")
    text, pages, _ = pdf_info(target.read_bytes())
    html = target.with_suffix(".html").read_text()
    assert pages == 1 and result.brief.banner == "OFFICIAL - SENSITIVE"
    assert text.count("OFFICIAL - SENSITIVE") >= 3  # body banner + page header + page footer
    assert "PREPARED FOR THE MINISTER" in text.upper() and "DEPT OF EXAMPLES" in text.upper()
    assert ".bluf { outline: 1px solid #123456; }" in html
