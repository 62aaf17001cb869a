"""Line breaks and hyphens as a reader sees them in the PDF (briefgen.render.linebreak).

A brief printed "… beyond Seoul, as its milit-" with a third of the line empty: a name
span made WeasyPrint hyphenate the first long word after it, at a point Pyphen's en_GB
patterns give and no dictionary does. These tests read the laid-out lines and the PDF's
text (pdftotext), as a reader would.
"""

from __future__ import annotations

import itertools
import re

import pytest

from briefgen.render import check, linebreak
from briefgen.render.pdf import _walk, page_lines, render_pdf_pages

needs_poppler = pytest.mark.skipif(check.pdftotext() is None,
                                   reason="pdftotext not installed: apt-get install -y poppler-utils")

PAGE = """<!DOCTYPE html><html lang="en"><head><style>
@page {{ size: A4; margin: 20mm; }}
html {{ font: 11pt/1.4 serif; hyphens: auto; hyphenate-limit-chars: 6 3 3; }}
.nh {{ hyphens: none; }} .nb {{ white-space: nowrap; hyphens: none; }}
</style></head><body>{body}</body></html>"""

# words Pyphen's en_GB patterns break where no dictionary does, with that wrong first part
BAD_BREAKS = {"military": "milit", "hometown": "homet", "recorded": "recor", "directly": "dir",
              "resulted": "res", "incidents": "incid", "expensive": "expens", "episodes": "epis",
              "harassment": "har", "investigation": "investig", "activated": "activ",
              "responsible": "respons", "residents": "resid", "political": "polit"}
HYPHEN = "\u2010"  # what WeasyPrint prints at a hyphenated line end


def _lines(html: str) -> list[str]:
    import weasyprint

    linebreak.install()
    doc = weasyprint.HTML(string=html).render(stylesheets=[weasyprint.CSS(string=linebreak.HYPHENATION_CSS)])
    return ["".join(getattr(b, "text", "") for b, _ in _walk(box)).strip()
            for page in doc.pages for box, _ in page_lines(page)]


def _paragraph(width: float, spans: bool) -> str:
    def name(n: str) -> str:
        return f'<span class="nh">{n}</span>' if spans else n
    return PAGE.format(body=f'<p style="width: {width:.3f}pt">Traders worried beyond {name("Faro,")} as its '
                            f'military cooperation with {name("Porto")} grows each year.</p>')


def test_a_name_span_never_moves_a_line_break() -> None:
    """The text between two name spans fits the line exactly (without its trailing space):
    it must break as the same text without spans does, not hyphenate "military"."""
    low, high = 100.0, 400.0  # the narrowest width whose first line ends with "with"
    while high - low > 0.02:
        mid = (low + high) / 2
        if _lines(_paragraph(mid, spans=False))[0].endswith("with"):
            high = mid
        else:
            low = mid
    plain = _lines(_paragraph(high, spans=False))
    assert plain[0].endswith("cooperation with")
    for width in (high, high + 1):  # at the edge, and with a point to spare
        spanned = _lines(_paragraph(width, spans=True))
        assert spanned == _lines(_paragraph(width, spans=False)), spanned
        assert not any(line.endswith(HYPHEN) for line in spanned), spanned


def _joined_breaks(lines: list[str]) -> list[tuple[str, str]]:
    """(first part, second part) of every word hyphenated at a line end."""
    out = []
    for line, after in itertools.pairwise(lines):
        m = re.search(r"(\w+)" + HYPHEN + "$", line)
        if m and after:
            out.append((m.group(1), re.match(r"\w*", after).group(0)))  # type: ignore[union-attr]
    return out


@needs_poppler
def test_english_words_are_hyphenated_only_where_a_dictionary_allows() -> None:
    import pyphen

    words = " ".join(BAD_BREAKS)
    # columns of several widths, so that most words meet a line end somewhere
    body = "".join(f'<p style="width: {w}mm">{words}</p>' for w in (14, 17, 20, 23, 27))
    pdf, _ = render_pdf_pages(PAGE.format(body=body))
    lines = [text for page in check.read_pages(pdf) for _, _, text in page.lines]  # no running heads
    breaks = _joined_breaks(lines)
    assert len(breaks) >= 15, lines  # the test sees real hyphenation
    us = pyphen.Pyphen(lang="en_US", left=3, right=3)
    for first, rest in breaks:
        word = first + rest
        assert (first, rest) in [(a, b) for a, b in us.iterate(word)], f"{first}-{rest}"
        assert BAD_BREAKS.get(word) != first, f"{first}-{rest}"


@needs_poppler
def test_quotes_and_urls_are_printed_without_inserted_hyphens() -> None:
    """A quote is copied word for word and a URL is typed in: neither gets a hyphen that
    is not in the text, while the facts around them are still hyphenated."""
    from briefgen.models import BriefQuote, SourceRef
    from briefgen.render.html import render_html
    from tests.render.test_chromium import sample_brief

    said = ("Interdepartmental responsibilities notwithstanding, comprehensive multilateral "
            "considerations unquestionably necessitate extraordinary administrative coordination")
    fact = ("the parliamentary subcommittee characteristically postponed deliberations "
            "indefinitely, notwithstanding overwhelming constitutional obligations")
    url = ("https://example.org/news/parliamentary-hearings-extraordinary-testimony-"
           "administrative-coordination-internationally-2025-03-04/")
    sample = sample_brief()
    brief = sample.model_copy(update={
        "quotes": [BriefQuote(text=f"{said}, {said.lower()}.", speaker="Daina Ozola", cites=[1])] * 3,
        "facts": [item.model_copy(update={"text": f"{fact} ({i})."}) for i, item in enumerate(sample.facts)],
        "sources": [SourceRef(number=1, source=url, url=url, publisher="The Northern Ledger")]})
    pdf, _ = render_pdf_pages(render_html(brief, embed_fonts=False))
    lines = [ln for page in check.read_pages(pdf) for ln in page.body_lines()]
    breaks = ["".join(b) for b in _joined_breaks(lines)]
    quote_only = {w.lower() for w in re.findall(r"\w+", said)} - set(re.findall(r"\w+", fact))
    assert set(breaks) - quote_only, f"the facts should be hyphenated somewhere: {lines}"
    assert not [w for w in breaks if w.lower() in quote_only], lines
    text = "".join(lines).replace(HYPHEN, "-").replace(" ", "")
    assert url in text, "the URL is printed with a hyphen that is not in it"


def test_no_paragraph_or_list_item_ends_on_one_word() -> None:
    """Over many column widths, the last line of every paragraph and list item holds at
    least two words (never "Biden." or the "ing." of a hyphenated "tim-ing" alone)."""
    from briefgen.render.pdf import render_document

    texts = ("Officials said the shipment would arrive next year, but they gave no details on "
             "payment or exact timing.",  # a name's span ends the last line below
             "Coaches said the playoff hopes were slim after Monday night's loss to the Chiefs.")
    body = "".join(f'<p style="width: {w}mm">{text}</p><ul><li style="width: {w}mm">{text}</li></ul>'
                   for w in range(30, 90, 2) for text in texts)
    doc = render_document(PAGE.format(body=body))
    blocks: dict[int, list[str]] = {}
    for page in doc.pages:
        for box, ancestors in page_lines(page):
            block = next(a for a in reversed(ancestors) if getattr(a, "element_tag", "") in ("p", "li"))
            blocks.setdefault(id(block.element), []).append("".join(getattr(b, "text", "") for b, _ in _walk(box)))
    assert len(blocks) == 120
    lonely = [lines[-2:] for lines in blocks.values() if len(lines[-1].split()) < 2]
    assert lonely == []


def test_a_weasyprint_whose_internals_differ_falls_back_to_its_own_line_breaks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """install() checks that the internals exist; one with another signature (a TypeError
    where the fix calls them) must not break the render (pyproject allows the whole 70
    series): the text is laid out by WeasyPrint alone."""
    def other_signature(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise TypeError("line_size() takes 3 positional arguments but 2 were given")

    html = _paragraph(180.0, spans=True)
    monkeypatch.setattr(linebreak, "_fits_without_trailing_space", other_signature)
    lines = _lines(html)
    assert " ".join(lines).replace(HYPHEN + " ", "").startswith("Traders worried beyond Faro,")
