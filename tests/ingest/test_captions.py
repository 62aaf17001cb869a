"""Photo captions: read from HTML <figcaption>/caption elements and from the caption lines
of pasted text, kept apart from the body in ``Article.captions`` (credits off).

The pages are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.ingest import read_source
from briefgen.ingest.html import page_captions
from briefgen.ingest.text import clean_caption

PARAS = [
    "Talks between Norway and Iceland over the northern ferry route stalled on Monday after "
    "Ingrid Solheim left the table early, two officials who attended the meeting said.",
    "The route carries about 40,000 passengers a year between Tromso and the Westfjords, and "
    "both governments have paid part of its running costs since the service began in 2011.",
    "Lars Berg, a spokesman for the Tromso port authority, said the harbour would keep its "
    "berth open for the ferry until the end of the season whatever the talks decided.",
    "Solheim told reporters after the meeting that Norway would not raise its share of the "
    "subsidy unless Iceland agreed to a longer contract with the operator.",
    "A new round of talks is planned for April, when the operator's current licence runs "
    "out and both sides must decide whether to put the route out to tender again.",
]
CAPTION = ("Norwegian Fisheries Minister Ingrid Solheim greets Icelandic trade envoy Petur "
           "Haraldsson at the harbour in Tromso")

PASTED = "\n".join([
    "Sign up to our newsletter",
    "World",
    "Ferry talks stall as Norway and Iceland argue over subsidy",
    "The two governments could not agree on who pays for the northern route, reports Mara Lindqvist",
    "Tuesday 4 March 2025 09:12 GMT",
    f"{CAPTION} (Reuters)",
    CAPTION,
    "",
    *[p + "\n" for p in PARAS],
    "Join our commenting forum",
    "Most popular",
])

HTML = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry talks stall as Norway and Iceland argue over subsidy</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry talks stall as Norway and Iceland argue over subsidy</h1>
<figure><img src="harbour.jpg" alt="">
<figcaption><span class="caption-text">{CAPTION}</span>
<span class="credit">Photo: Jan Olsen</span></figcaption></figure>
{"".join(f"<p>{p}</p>" for p in PARAS)}
<figure><img src="quay.jpg" alt=""><figcaption>Lorries queue on the quay at Tromso before
the morning crossing (AP Photo/Kari Lund)</figcaption></figure>
</article>
<aside><figure><img src="t.jpg" alt=""><figcaption>Readers share their favourite winter
walks in the Arctic</figcaption></figure></aside>
</body></html>"""


@pytest.fixture
def pasted_page(tmp_path: Path) -> Path:
    page = tmp_path / "ferry.txt"
    page.write_text(PASTED, encoding="utf-8")
    return page


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    page = tmp_path / "ferry.html"
    page.write_text(HTML, encoding="utf-8")
    return page


def test_pasted_caption_lines_become_captions_not_body(pasted_page: Path) -> None:
    article = read_source(str(pasted_page))
    # printed with and without its credit: one caption, credit off
    assert article.captions == [CAPTION]
    assert "greets" not in article.body and "Haraldsson" not in article.body
    assert article.body.split("\n\n") == PARAS


def test_html_figcaptions_become_captions_not_body(html_page: Path) -> None:
    article = read_source(str(html_page))
    assert article.captions == [
        CAPTION, "Lorries queue on the quay at Tromso before the morning crossing"]
    assert "Jan Olsen" not in " ".join(article.captions)  # the credit is no caption
    assert "greets" not in article.body and "Lorries" not in article.body
    assert "winter walks" not in " ".join(article.captions)  # a side bar's picture


def test_caption_wrapper_gives_the_caption_once() -> None:
    from trafilatura.utils import load_html

    tree = load_html(
        "<html><body><div class='caption'><div class='slide-count'>Image 1 of 4</div>"
        "<div class='caption-full'>Harbour master Lars Berg checks the moorings in Tromso"
        "<a class='more-caption'> less</a></div></div></body></html>")
    assert page_captions(tree) == ["Harbour master Lars Berg checks the moorings in Tromso"]


@pytest.mark.parametrize(("line", "caption"), [
    ("Image 3 of 12 Workers repair the quay in Tromso (AP Photo/Kari Lund)",
     "Workers repair the quay in Tromso"),
    ("Image caption Harbour workers repair the quay in Tromso",
     "Harbour workers repair the quay in Tromso"),  # a label for screen readers
    ("Photo: Getty Images", None),  # a bare credit
    ("(REUTERS)", None),
])
def test_clean_caption(line: str, caption: str | None) -> None:
    assert clean_caption(line) == caption


@pytest.mark.slow
def test_jsonl_record_lists_captions(pasted_page: Path) -> None:
    from typer.testing import CliRunner

    from briefgen.cli import app

    run = CliRunner().invoke(app, ["extract", str(pasted_page), "--format", "jsonl"])
    assert run.exit_code == 0, run.output
    record = json.loads(run.stdout.splitlines()[0])
    assert record["captions"] == [CAPTION]
    assert "Haraldsson" not in record["body"]
