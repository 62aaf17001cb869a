"""Layout as a typographer would check it, on every built-in template with the bundled
example articles, in A4 and Letter: no near-empty last page, no local path, no name broken
at a line end, one "Generated" per page, "Page X of Y" right; and the HTML at 390 px and
1280 px: one type scale, no sideways scroll.

The checks read the finished PDF with poppler's pdftotext and lay the HTML out in headless
Chromium (briefgen.render.check); the first tests here show they catch each fault.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefgen.render import check
from briefgen.render.names import protect_names
from briefgen.render.pdf import MIN_LAST_PAGE_LINES, page_lines, render_document, render_pdf_pages
from tests.conftest import ROOT
from tests.render.conftest import ARTICLES, SIZES, TEMPLATES

needs_poppler = pytest.mark.skipif(check.pdftotext() is None,
                                   reason="pdftotext not installed: apt-get install -y poppler-utils")
needs_chromium = pytest.mark.skipif(check.chromium() is None,
                                    reason="Chromium not installed: apt-get install -y chromium")

PAGE = """<!DOCTYPE html><html lang="en"><head><style>
@page {{ size: A5; margin: 24mm 20mm 22mm 22mm;  /* the margins of styles/brief.css */
        @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7pt; }} }}
html {{ font: 10pt/1.4 serif; hyphens: auto; }} .nb {{ white-space: nowrap; hyphens: none; }}
.nh {{ hyphens: none; }}
</style></head><body>{body}</body></html>"""


def paragraphs(n: int) -> str:
    return "".join(f"<p>Paragraph {i}: the committee reviewed the budget, the timetable and the "
                   f"procurement plan before it reported to the ministers.</p>" for i in range(n))


# ---- the checker catches each fault ---------------------------------------------------

@needs_poppler
def test_checker_reports_a_near_empty_last_page_a_local_path_and_a_second_generated() -> None:
    import weasyprint

    body = ("<p>Generated today. Generated again.</p><p>Source: /home/ann/articles/story.txt</p>"
            + paragraphs(12) + '<p style="break-before: page">ENDS</p>')
    pdf = weasyprint.HTML(string=PAGE.format(body=body)).write_pdf()
    problems = " | ".join(check.layout_problems(pdf))
    assert "last page" in problems and "'ENDS'" in problems
    assert "local path '/home/ann/articles/story.txt'" in problems
    assert "'Generated' 2 times" in problems


@needs_poppler
def test_checker_reports_a_name_broken_at_a_hyphen() -> None:
    import weasyprint

    body = '<p style="width: 31mm">Officials in Pyongyang said Kim Jong-un met Russia-North Korea envoys.</p>'
    pdf = weasyprint.HTML(string=PAGE.format(body=body)).write_pdf()
    assert any("name broken" in p for p in check.layout_problems(pdf))
    # the same text with the names kept whole
    pdf = weasyprint.HTML(string=protect_names(PAGE.format(body=body), all_capitalised=True)).write_pdf()
    assert not any("name broken" in p for p in check.layout_problems(pdf))


def test_names_are_kept_whole_but_only_in_text() -> None:
    page = ('<html><head><title>Kim Jong-un</title></head><body><p class="x-y">Kim Jong-un met the '
            'Russia-North Korea envoys in Moscow. A well-known plan.</p><svg><text>Jong-un</text></svg></body></html>')
    out = protect_names(page, all_capitalised=True)
    assert '<span class="nb">Kim Jong-un</span>' in out
    assert '<span class="nb">Russia-North Korea</span>' in out
    # no hyphenation; the full stop goes inside, so no line break lands between the two
    assert '<span class="nh">Moscow.</span>' in out
    assert "well-known" in out and '<span class="nb">well-known' not in out
    assert "<title>Kim Jong-un</title>" in out and "<text>Jong-un</text>" in out and 'class="x-y"' in out
    assert protect_names(out, all_capitalised=True) == out  # idempotent


def test_punctuation_after_a_name_stays_in_its_span() -> None:
    # WeasyPrint could break a quote's first line after "Lisbon," with half the line empty
    # when the name's box ended just before the comma; the comma now ends the box
    out = protect_names("<body><blockquote>“Its levy worries traders beyond Lisbon, as its "
                        "deal with Kim Jong-un’s envoys (in Porto) stands.”</blockquote></body>",
                        all_capitalised=True)
    assert '<span class="nh">Lisbon,</span> as' in out
    assert '<span class="nb">Kim Jong-un’s</span> envoys' in out
    assert '<span class="nh">Porto)</span> stands' in out
    assert re.sub(r"<[^>]+>", "", out) == ("“Its levy worries traders beyond Lisbon, as its deal with "
                                           "Kim Jong-un’s envoys (in Porto) stands.”")


# ---- the renderer avoids a near-empty last page -------------------------------------

@needs_poppler
@pytest.mark.parametrize("tail", [1, 3])
def test_a_short_tail_is_pulled_back_or_given_company(tail: int) -> None:
    import weasyprint

    for n in range(8, 30):  # find a text whose last page would hold only the tail
        body = paragraphs(n) + "".join(f"<p>Tail line {i}.</p>" for i in range(tail))
        plain = weasyprint.HTML(string=PAGE.format(body=body)).render()
        if len(plain.pages) > 1 and len(page_lines(plain.pages[-1])) == tail:
            break
    else:
        pytest.skip("no layout with a short tail found")
    doc = render_document(PAGE.format(body=body))
    assert len(doc.pages) == 1 or len(page_lines(doc.pages[-1])) >= MIN_LAST_PAGE_LINES
    pdf, _ = render_pdf_pages(PAGE.format(body=body))
    assert check.layout_problems(pdf) == []


@needs_poppler
def test_a_short_tail_never_leaves_a_half_empty_page_before_it() -> None:
    """Pushing a whole section (a heading and its table) onto the last page would leave
    the page before half empty: a break within the section (before a table row) is
    taken instead, and the page before keeps at least two thirds of its lines."""
    import weasyprint

    tail = "<section><h2>Sources</h2><p>One source, 4 March 2025.</p></section>"

    def layout(n: int, rows: int) -> str:
        cells = "".join(f"<tr><td>Actor {i}</td><td>role {i} in the story</td></tr>" for i in range(rows))
        return PAGE.format(body=f"<section><h2>Context</h2>{paragraphs(n)}</section><section><h2>Key actors"
                                f"</h2><table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody>{cells}"
                                f"</tbody></table></section>{tail}")

    # a table section of a third to a half and more of the page before the short tail
    for n, rows in ((n, rows) for rows in range(7, 11) for n in range(2, 8)):
        plain = weasyprint.HTML(string=layout(n, rows)).render()
        if len(plain.pages) < 2 or len(page_lines(plain.pages[-1])) >= MIN_LAST_PAGE_LINES:
            continue
        before = page_lines(plain.pages[-2])
        table_lines = sum(1 for _, anc in before if any(getattr(a, "element_tag", "") == "table" for a in anc))
        if len(before) / 3 + 2 < table_lines < 0.6 * len(before) - 1:
            break
    else:
        pytest.skip("no layout with a large section before a short tail found")
    doc = render_document(layout(n, rows))
    assert len(doc.pages) == len(plain.pages)
    assert len(page_lines(doc.pages[-1])) >= MIN_LAST_PAGE_LINES
    assert len(page_lines(doc.pages[-2])) >= 2 / 3 * len(before), (n, rows)


# ---- every built-in template, both example articles, A4 and Letter -------------------

@pytest.fixture(scope="module")
def briefs(example_briefs: dict) -> dict[tuple[str, str, str], tuple[bytes, str]]:  # type: ignore[type-arg]
    """(template, article, page size) -> (PDF, HTML), rendered once (see conftest.py)."""
    return {key: (pdf, html) for key, (_, pdf, html) in example_briefs.items()}


@pytest.mark.slow
@needs_poppler
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("article", [a.stem for a in ARTICLES])
@pytest.mark.parametrize("name", TEMPLATES)
def test_pdf_reads_as_designed(briefs, name: str, article: str, size: str) -> None:  # type: ignore[no-untyped-def]
    pdf, html = briefs[(name, article, size)]
    assert check.layout_problems(pdf) == []
    assert check.html_problems(html) == []
    pages = check.read_pages(pdf)
    assert round(pages[0].width) == (595 if size == "A4" else 612)
    # the standfirst is the brief's own: no byline clause naming the article's author
    assert not re.search(r"tell Maria Okonkwo|writes Maria Okonkwo", pages[0].text)
    # the running header (page 2 on) is cut at a word, never mid-word
    for page in pages[1:]:
        head = page.lines[0][2]
        assert not head.endswith(("-", "‐")), head


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", TEMPLATES)
def test_html_one_type_scale_no_sideways_scroll(briefs, tmp_path: Path, name: str, width: int) -> None:  # type: ignore[no-untyped-def]
    _, html = briefs[(name, ARTICLES[0].stem, "A4")]
    assert check.browser_problems(html, width, tmp_path) == []


# ---- one type scale, in the stylesheet and in the PDF -----------------------------------

def test_stylesheet_sizes_are_all_on_the_type_scale() -> None:
    css = (ROOT / "styles" / "brief.css").read_text()
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    page_rules = css[css.index("@page {"):css.index("@page :first")]
    body = css.replace(page_rules, "")  # page furniture is set in points, outside the scale
    sizes = re.findall(r"font-size:\s*([\d.]+)(\w+)", body)
    sizes += re.findall(r"font:[^;]*?\s([\d.]+)(rem|pt|px|em)(?:/[\d.]+\w*)?\s+\"", body)
    root = {("10.5", "pt"), ("10", "pt"), ("17", "px"), ("16", "px"), ("0", "")}
    off = [(v, u) for v, u in sizes if (v, u) not in root and not (u == "rem" and float(v) in check.TYPE_SCALE)]
    assert len(sizes) > 30 and off == []


def test_pdf_text_sizes_are_on_the_type_scale() -> None:
    import weasyprint
    from weasyprint.formatting_structure import boxes

    from briefgen.render.html import render_html
    from tests.render.test_chromium import sample_brief

    for template in TEMPLATES:
        html = render_html(sample_brief().model_copy(update={"template": template}), embed_fonts=False)
        doc = weasyprint.HTML(string=html).render()
        root = next(b for b in doc.pages[0]._page_box.children if getattr(b, "element_tag", None) == "html").style["font_size"]
        ratios = set()
        for page in doc.pages:
            stack = [(page._page_box, False)]
            while stack:
                box, in_margin = stack.pop()
                in_margin = in_margin or isinstance(box, boxes.MarginBox)
                if isinstance(box, boxes.TextBox) and not in_margin and box.text.strip():
                    ratios.add(round(box.style["font_size"] / root, 3))
                stack.extend((c, in_margin) for c in getattr(box, "children", None) or ())
        off = [r for r in ratios if not any(abs(r - s) < 0.012 for s in check.TYPE_SCALE)]
        assert off == [], (template, sorted(ratios))


@pytest.mark.slow
@needs_poppler
def test_example_project_with_banner_logo_and_two_sources(tmp_path: Path, nlp: object) -> None:
    """examples/project: organisation, logo, an OFFICIAL banner in the running head, Letter
    paper and two sources; the header must not squeeze the banner into "OFFI-CIAL"."""
    from briefgen.config import load_settings
    from briefgen.pipeline import make_brief

    project = ROOT / "examples" / "project"
    target = tmp_path / "policy-letter.pdf"
    make_brief([str(ROOT / "examples" / "baltic-air-defence.txt"), str(ROOT / "examples" / "baltic-follow-up.txt")],
               load_settings(cwd=project), output=target, formats="pdf")
    pdf = target.read_bytes()
    assert check.layout_problems(pdf) == []
    pages = check.read_pages(pdf)
    assert len(pages) > 1 and round(pages[0].width) == 612
    heads = [" ".join(t for top, _, t in p.lines if top < check.TOP_MARGIN_PT) for p in pages]
    assert all("OFFICIAL" in h.split() for h in heads), heads
