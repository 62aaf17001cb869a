"""The source line of a brief made from a saved HTML page: date, outlet, title.

Every page is invented for the test, in the shapes news pages declare themselves in:
JSON-LD, ``<meta>`` tags, a link with a date in it, a claim quoted above a fact check's
headline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest import read_source
from briefgen.models import Article
from tests.norrvik_article import PARAGRAPHS

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(tmp_path: Path, head: str, top: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
{head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>{top}
{BODY}</article><footer><p>Contact us</p></footer></body></html>""", encoding="utf-8")
    return read_source(str(path))


def test_date_the_page_prints_and_declares_not_the_links(tmp_path: Path) -> None:
    """A story filed at 1 a.m. keeps yesterday's date in its link; the page prints and
    its JSON-LD declares (in the stamp's own offset) today's: the source line says today."""
    url = "https://www.norrvikpost.example/news/coal-plant-to-close-early-2021-03-03/"
    head = f"""<title>Coal plant to close early - Norrvik Post</title>
<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="Norrvik Post">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Norrvik to close its last coal heating plant two years early",
"datePublished": "2021-03-04T06:07:01+0000", "url": "{url}"}}</script>"""
    top = """<h1>Norrvik to close its last coal heating plant two years early</h1>
<p class="byline">March 4, 2021 / 1:07 AM / Norrvik Post</p>"""
    article = _page(tmp_path, head, top)
    assert article.published == dt.date(2021, 3, 4)
    assert article.title == "Norrvik to close its last coal heating plant two years early"


def test_fact_checks_date_is_its_own_not_the_claims(tmp_path: Path) -> None:
    """A fact check quotes the claim and when it was made above its headline; the source
    line gives the date the check was published (its byline's, its link's)."""
    url = "https://www.checkdesk.example/norrvik/statements/2019/nov/18/per-holm/coal-burned/"
    head = f"""<title>How much coal does Norrvik's heating plant burn? | Check Desk</title>
<link rel="canonical" href="{url}">"""
    top = """<div class="statement"><div class="statement__text">"The plant burns 40,000 tonnes
of coal a year."</div><p class="statement__meta">\u2014 <a href="/p/holm">Per Holm</a> on Sunday,
October 13th, 2019 in an interview on local radio</p></div>
<h1>How much coal does Norrvik's heating plant burn?</h1>
<p class="article__meta">By <a href="/staff/berg">Anna Berg</a>
<span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p>"""
    article = _page(tmp_path, head, top)
    assert article.published == dt.date(2019, 11, 18)


def test_site_named_by_a_lower_case_slug_goes_by_its_address(tmp_path: Path) -> None:
    """og:site_name "nvp" on nvp.example is a slug; the page calls itself "NVP.example"."""
    url = "https://www.nvp.example/news/2021/03/coal-plant-to-close-early.html"
    head = f"""<title>Coal plant to close early - nvp.example</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="nvp">"""
    top = """<h1>Norrvik to close its last coal heating plant two years early</h1>
<p class="byline">By Anna Berg | Norrvik Advance Media for NVP.example</p>"""
    article = _page(tmp_path, head, top + "<p>Subscribe to NVP.example's newsletters.</p>")
    assert article.publisher == "NVP.example"


def test_site_name_in_capitals_is_kept(tmp_path: Path) -> None:
    url = "https://www.nvp.example/news/2021/03/coal-plant-to-close-early.html"
    head = f"""<title>Coal plant to close early</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="NVP">"""
    top = """<h1>Norrvik to close its last coal heating plant two years early</h1>
<p>Read NVP.example. Subscribe to NVP.example's newsletters.</p>"""
    assert _page(tmp_path, head, top).publisher == "NVP"


def test_press_release_without_a_site_name_names_its_issuer(tmp_path: Path) -> None:
    """A company's release page declares no site name: the source line names the
    company as the page's own copyright line and chrome do."""
    head = "<title>Norrvik Energi to close its last coal heating plant</title>"
    top = "<h1>Norrvik to close its last coal heating plant two years early</h1>"
    path = tmp_path / "release.html"
    path.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>
<body><nav><a href="/">Home</a> <a href="/about">About Norrvik Energi</a></nav><article>{top}
{BODY}</article><footer><p>\u00a9 2021 Norrvik Energi AB</p></footer></body></html>""",
                    encoding="utf-8")
    assert read_source(str(path)).publisher == "Norrvik Energi"


def _with_publisher(publisher: str, site: str) -> str:
    return f"""<title>Coal plant to close early</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Norrvik to close its last coal heating plant two years early",
"datePublished": "2021-03-04T10:07:01+01:00",
"publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>"""


def test_site_not_the_company_or_agency_in_json_ld(tmp_path: Path) -> None:
    """JSON-LD names the media group, the paper's news service or the agency that
    supplied the story; the source line gives the site the reader is on."""
    top = "<h1>Norrvik to close its last coal heating plant two years early</h1>"
    for publisher in ("Harbour Communications", "Norrvik Post Media", "NP News Service",
                      "Associated Press"):
        article = _page(tmp_path, _with_publisher(publisher, "Norrvik Post"), top)
        assert article.publisher == "Norrvik Post", publisher
    # a publisher that is the site's own full name stays
    assert _page(tmp_path, _with_publisher("The Norrvik Post", "NorrvikPost"), top).publisher \
        == "The Norrvik Post"


def test_date_as_printed_under_the_headline_not_the_utc_stamp(tmp_path: Path) -> None:
    """Filed at 11:26 p.m. Eastern, stamped 04:26 UTC the next day; the page repeats the
    headline in a gallery further down: the source line gives the day the page prints
    under the headline."""
    head = """<title>Coal plant to close early - Norrvik Post</title>
<meta property="og:site_name" content="Norrvik Post">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Norrvik to close its last coal heating plant two years early",
"datePublished": "2021-03-03T04:26:47+0000"}</script>"""
    top = """<h1>Norrvik to close its last coal heating plant two years early</h1>
<p class="byline">Published 11:26 pm EST, Tuesday, March 2, 2021</p>"""
    path = tmp_path / "page.html"
    path.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
{head}</head><body><nav><a href="/">Home</a></nav><article>{top}
{BODY}</article><aside><h3>Gallery</h3><p>Norrvik to close its last coal heating plant two
years early</p><p>1 / 1</p><p>Back to Gallery</p></aside></body></html>""", encoding="utf-8")
    assert read_source(str(path)).published == dt.date(2021, 3, 2)


def test_a_masthead_in_an_h1_is_not_the_headline(tmp_path: Path) -> None:
    """A site that sets its own name in the page's one <h1> (the masthead over every
    page): the headline is the page's og:title, not the site's name."""
    head = """<title>Norrvik to close its last coal heating plant two years early | Harbour Daily News</title>
<meta property="og:title" content="Norrvik to close its last coal heating plant two years early">
<meta property="og:site_name" content="Harbour Daily News">"""
    top = """<h1><a href="/" title="Harbour Daily News">Harbour Daily News</a></h1>
<h2>Norrvik to close its last coal heating plant two years early</h2>"""
    article = _page(tmp_path, head, top)
    assert article.title == "Norrvik to close its last coal heating plant two years early"
    assert article.publisher == "Harbour Daily News"


def test_site_name_after_a_headline_in_a_script_without_spaces(tmp_path: Path) -> None:
    """A Japanese headline is one "word" to str.split(): its site-name suffix still goes
    (' | ノート.example' behind a headline of 20 characters)."""
    head = """<title>石炭火力発電所を二年早く閉鎖する計画が決まりました | ノート.example</title>
<meta property="og:site_name" content="ノート.example">"""
    article = _page(tmp_path, head, "<p>石炭火力発電所</p>")
    assert article.title == "石炭火力発電所を二年早く閉鎖する計画が決まりました"
