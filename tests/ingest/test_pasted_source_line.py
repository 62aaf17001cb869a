"""The source line of a brief made from browser-copied text: date, writers, outlet, title.

Every page is invented for the test, in the shapes pages print their masthead in: a
stamp without a year, a byline with its date, a quoted post's date line, a date with dots,
an outlet named only by its chrome or copyright line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest import read_source
from briefgen.ingest.text import masthead_date
from briefgen.models import Article
from tests.ingest.test_ingest_structure import BODY, MENU, TEASERS, page

HEADLINE = "Norrvik to close its last coal heating plant two years early"


def _read(tmp_path: Path, lines: list[str]) -> Article:
    return read_source(str(page(tmp_path, lines)))


def test_stamp_without_a_year_takes_the_copyright_year(tmp_path: Path) -> None:
    """'Posted Nov 20' on a page printed in 2019 is 20 November 2019: the Posted date, not
    the Updated one."""
    lines = [*MENU, HEADLINE, "Updated Nov 21, 7:05 AM;Posted Nov 20, 6:52 PM", "",
             "By Anna Berg | Norrvik Post", "", *BODY, *TEASERS,
             "\u00a9 2019 Norrvik Post. All rights reserved (About Us)."]
    article = _read(tmp_path, lines)
    assert article.published == dt.date(2019, 11, 20)
    assert article.byline == "Anna Berg"
    assert article.title == HEADLINE


def test_stamp_without_a_year_on_a_page_without_one_gives_no_date(tmp_path: Path) -> None:
    """No year anywhere: the brief must not invent one."""
    lines = [*MENU, HEADLINE, "Updated Nov 21, 7:05 AM;Posted Nov 20, 6:52 PM", "",
             "By Anna Berg", "", *BODY, *TEASERS]
    assert _read(tmp_path, lines).published is None


def test_byline_with_its_date_and_time(tmp_path: Path) -> None:
    lines = [*MENU, HEADLINE, "By Anna Berg , Johan Ek on Monday, November 18th, 2019 at 11:04 a.m.",
             "", *BODY]
    article = _read(tmp_path, lines)
    assert article.byline == "Anna Berg, Johan Ek"
    assert article.published == dt.date(2019, 11, 18)


def test_quoted_claims_date_is_not_the_articles(tmp_path: Path) -> None:
    """A fact check opens with the claim and who made it when; the article's date is the
    byline's, and the claim's line is no headline."""
    lines = [*MENU, "\u201cThe plant burns 40,000 tonnes of coal a year.\u201d", "",
             "\u2014 Per Holm on Sunday, October 13th, 2019 in an interview on local radio", "",
             "How much coal does Norrvik's heating plant burn?", "",
             "By Anna Berg on Monday, November 18th, 2019 at 11:04 a.m.", "", *BODY]
    article = _read(tmp_path, lines)
    assert article.published == dt.date(2019, 11, 18)
    assert article.title == "How much coal does Norrvik's heating plant burn?"
    assert article.byline == "Anna Berg"


def test_embedded_post_dates_are_no_dateline() -> None:
    assert masthead_date("\u2014 Karin Lund (@karinlund) November 18, 2019") is None
    assert masthead_date("- Nov. 18th 2019 8:54 am PT") == (dt.date(2019, 11, 18), False)


def test_writer_then_date_on_one_line(tmp_path: Path) -> None:
    lines = [*MENU, HEADLINE, "Anna Berg - Nov 19, 2019, 10:31 pm CST", "0", "", *BODY]
    article = _read(tmp_path, lines)
    assert article.byline == "Anna Berg"
    assert article.published == dt.date(2019, 11, 19)


def test_stamp_label_or_outlet_before_a_dash_is_no_writer(tmp_path: Path) -> None:
    """'Last Updated - Nov 19, 2019' is a stamp and 'Norrvik Media - ...' the outlet: the
    writer is the byline's, and a name the gazetteer does not know still counts."""
    for stamp in ("Last Updated - Nov 19, 2019, 10:31 pm CST", "Norrvik Media - Nov 19, 2019"):
        lines = [*MENU, HEADLINE, stamp, "", "By Anna Berg", "", *BODY]
        article = _read(tmp_path, lines)
        assert article.byline == "Anna Berg", stamp
        assert article.published == dt.date(2019, 11, 19)
    article = _read(tmp_path, [*MENU, HEADLINE, "Adeola Okonkwo - Nov 19, 2019, 10:31 pm CST", "", *BODY])
    assert article.byline == "Adeola Okonkwo"


def test_date_with_dots_and_the_outlet_after_the_name(tmp_path: Path) -> None:
    lines = [*MENU, HEADLINE, "Anna Berg, Norrvik Business", "13.11.2019, 23:06", "facebook",
             "linkedin", *BODY,
             "Copyright \u00a9 2019 Norrvik Business Deutschland / Harbour GmbH Alle Rechte vorbehalten."]
    article = _read(tmp_path, lines)
    assert article.byline == "Anna Berg"
    assert article.published == dt.date(2019, 11, 13)


def test_byline_under_a_most_read_list_with_counts(tmp_path: Path) -> None:
    """A most-read list ('Headline (185)') above the article does not hide its byline."""
    most_read = [
        "Harbour council votes to double the ferry subsidy for island residents next year (185)",
        "Norrvik football club sacks its coach after a sixth defeat in a row at home (142)",
        "Police say the fire at the old shipyard warehouse was started on purpose (130)",
        "Record number of cruise ships expected to call at Norrvik harbour next summer (129)",
    ]
    lines = [*MENU, *most_read, HEADLINE,
             "Posted by Anna Berg on November 19, 2019, 6:21 AM EST", "Getty Images", "", *BODY]
    article = _read(tmp_path, lines)
    assert article.byline == "Anna Berg"
    assert article.title == HEADLINE
    assert article.published == dt.date(2019, 11, 19)


def test_menu_words_are_no_outlet(tmp_path: Path) -> None:
    """'Email Newsletters' printed three times does not outvote the copyright line."""
    lines = ["Email Newsletters", "Mobile Apps", "Close Navigation", *MENU, HEADLINE,
             "By Anna Berg", "Nov 18, 2019 at 8:47 pm ET", *BODY, "Email Newsletters",
             "Send us an email with your news tips.", "Email Newsletters",
             "\u00a9 2019 Norrvik Courier. All rights reserved (About Us)."]
    assert _read(tmp_path, lines).publisher == "Norrvik Courier"


def test_outlet_named_by_its_own_prompts(tmp_path: Path) -> None:
    """The copyright line names a foundation; the page's prompts name the outlet."""
    lines = [*MENU, HEADLINE, "By Anna Berg", "Nov 18, 2019 at 8:47 pm ET", *BODY,
             "Keep up to date with HarbourFact", "HarbourFact checks claims about Norrvik.",
             "\u00a9All Rights Reserved Ledgerline Institute 2019, a nonprofit organization"]
    assert _read(tmp_path, lines).publisher == "HarbourFact"


def test_headline_starting_with_the_is_no_outlet(tmp_path: Path) -> None:
    """'The Harbour Clock' above the byline is a headline: the copyright lines name the
    outlet."""
    lines = [*MENU, "WHITE HOUSE", "The Harbour Clock", "By ANNA BERG", "November 19, 2019 6:30 AM",
             *BODY, "\u00a9 2019 Norrvik Review", "Sections", "\u00a9 2019 Norrvik Review"]
    assert _read(tmp_path, lines).publisher == "Norrvik Review"


def test_outlet_from_a_copyright_line_inside_a_long_footer_line(tmp_path: Path) -> None:
    """The copyright sign opens a footer paragraph of thirty-odd words: it still names the
    outlet."""
    footer = ("\u00a9 2004 - 2019 Harbour Health Media. All rights reserved. Everything printed on "
              "these pages, from articles to calculators, is offered for general reading. Harbour "
              "Health Media gives no diagnosis or treatment. Read our full terms.")
    lines = [*MENU, HEADLINE, "By Anna Berg", "Nov 18, 2019 at 8:47 pm ET", *BODY, footer]
    assert _read(tmp_path, lines).publisher == "Harbour Health Media"


def test_page_address_above_the_headline_is_the_source_link(tmp_path: Path) -> None:
    """A browser copy holds the page's own address alone on a line by the headline: the
    source line links it; a share link elsewhere on the page is not it."""
    url = "https://www.norrvikpost.example/news/article/Norrvik-to-close-coal-plant-14848164.php"
    lines = [*MENU, "Follow us: https://t.co/Nc0nKoXGB", "MenuSections", f" {url}", HEADLINE,
             "By Anna Berg", "Published 6:52 pm, Wednesday, November 20, 2019", "", *BODY,
             *TEASERS]
    article = _read(tmp_path, lines)
    assert article.title == HEADLINE
    assert article.url == url


def test_page_address_in_a_citation_line_is_the_source_link(tmp_path: Path) -> None:
    url = "https://www.norrvikpost.example/news/2019-11-norrvik-close-last-coal-heating-plant.html"
    lines = [*MENU, HEADLINE, "By Anna Berg", "November 20, 2019", "", *BODY,
             f"Citation: {HEADLINE} (2019, November 20) retrieved 21 November 2019 from {url}",
             "", "More from Norrvik: https://www.norrvikpost.example/news/ferry-timetable-winter.html"]
    assert _read(tmp_path, lines).url == url


def test_no_address_on_the_page_gives_no_link(tmp_path: Path) -> None:
    lines = [*MENU, HEADLINE, "By Anna Berg", "November 20, 2019", "", *BODY,
             "Read next: https://www.norrvikpost.example/news/ferry-timetable-winter.html"]
    assert _read(tmp_path, lines).url is None


def test_site_not_its_parent_company(tmp_path: Path) -> None:
    """The copyright line names only the media group that owns the paper: the source line
    gives the site the address names, as the page spells it, else the address's host."""
    url = "https://www.nvpost.example/news/article/Norrvik-to-close-coal-plant-14848164.php"
    body = [*MENU, "Contact NV Post", "MenuSections", url, HEADLINE, "By Anna Berg",
            "Published 6:52 pm, Wednesday, November 20, 2019", "", *BODY, *TEASERS,
            "\u00a9 2019 Harbour Communications, Inc."]
    assert _read(tmp_path, body).publisher == "NV Post"
    bare = [line for line in body if line != "Contact NV Post"]
    assert _read(tmp_path, bare).publisher == "nvpost.example"


def test_a_share_link_or_a_related_story_is_not_the_source_link(tmp_path: Path) -> None:
    """A share link carries the page's address in its query, and a story on the same topic
    shares a few of the headline's words: neither is the page's own address."""
    share = ("Share: https://social.example/intent/post?url=https://www.norrvikpost.example/news/"
             "norrvik-close-last-coal-heating-plant&via=nvpost")
    related = "Related: https://www.norrvikpost.example/news/norrvik-coal-heating-plant-vote-delayed"
    lines = [*MENU, HEADLINE, "By Anna Berg", "November 20, 2019", "", *BODY, share, related]
    assert _read(tmp_path, lines).url is None
