"""The article and only the article: page structure, source details, languages, notices.

Every page here is invented for the test: a short article inside the furniture a
browser's select-all + copy (or a saved page) brings with it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import read_source
from briefgen.ingest.html import outlet_name, split_agency
from briefgen.ingest.text import clean_headline, guess_language, masthead_date
from tests.norrvik_article import PARAGRAPHS

BODY = PARAGRAPHS
MENU = ["Home", "News", "Local", "Business", "Sport", "Opinion", "Weather", "Subscribe"]
TEASERS = [
    "Ferry timetable changes for the winter season",
    "Passengers on the island routes will see fewer sailings from December.",
    "2 hours ago",
    "Council approves new bike lanes on the ring road",
    "The lanes will be separated from traffic by a low kerb along the whole route.",
    "3 hours ago",
    "Harbour festival draws record crowds despite the rain",
    "Organisers counted more than 40,000 visitors over the weekend.",
    "5 hours ago",
]
COMMENTS = [
    "12 Comments",
    "fjordfan says:",
    "November 20, 2019 at 8:22 am",
    "About time. The smoke from that chimney has been a disgrace for decades.",
    "Reply",
    "nightowl77 says:",
    "November 20, 2019 at 9:05 am",
    "Who is going to pay for the heat pumps? Not the company, that is for sure.",
    "Reply",
    "oldtimer says:",
    "November 20, 2019 at 9:37 am",
    "My grandfather worked at that plant for forty years and he would have been sad today.",
    "Reply",
]


def page(tmp_path: Path, lines: list[str], name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def masthead() -> list[str]:
    return [
        "Local",
        "Norrvik to close its last coal heating plant two years early",
        "The municipal energy company will switch to heat pumps and biomass next spring",
        "By Anna Berg and Johan Ek",
        "Nov 18, 2019 at 8:47 pm ET",
    ]


def test_teasers_and_comments_around_the_article_are_dropped(tmp_path: Path) -> None:
    lines = [*MENU, "Most read", *TEASERS, *masthead(), *BODY, "Share this:", *COMMENTS,
             "More from Norrvik News", *TEASERS,
             "\u00a9 2019 Norrvik News Ltd. All rights reserved."]
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n") == BODY
    assert article.title == "Norrvik to close its last coal heating plant two years early"
    assert article.byline == "Anna Berg and Johan Ek"
    assert article.published == dt.date(2019, 11, 18)
    assert article.publisher == "Norrvik News"
    assert article.language == "en"
    assert article.warnings == []


def test_masthead_found_below_a_long_menu(tmp_path: Path) -> None:
    # The masthead is read just above the article text, however long the menus are.
    menus = [f"Section {i} of the site" for i in range(60)]
    article = read_source(str(page(tmp_path, menus + masthead() + BODY)))
    assert article.title == "Norrvik to close its last coal heating plant two years early"
    assert article.byline == "Anna Berg and Johan Ek"
    assert article.published == dt.date(2019, 11, 18)
    assert article.body.split("\n\n") == BODY


def test_inline_link_block_does_not_end_the_article(tmp_path: Path) -> None:
    lines = [
        *masthead(),
        *BODY[:3],
        "Recommended Stories",
        "Ferry timetable changes for the winter season",
        "Council approves new bike lanes on the ring road",
        "Read more: Why district heating matters for the climate plan",
        "More: Norrvik votes on the new harbour bridge",
        *BODY[3:],
    ]
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n") == BODY


def test_list_shaped_body_is_kept(tmp_path: Path) -> None:
    items = ["Round 1: Norrvik harbour circuit, 4 May", "Round 2: Lakeside street race, 18 May",
             "Round 3: Forest rally stage, 1 June", "Round 4: Airport sprint, 15 June"]
    lines = [*masthead(), BODY[0], "The full calendar for the season:", *items, *BODY[1:]]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    for item in items:
        assert item in body


def test_headline_is_the_line_that_says_what_the_lead_says(tmp_path: Path) -> None:
    # No byline or dateline: of the lines above the text, the one sharing words with
    # the lead is the headline, not the section name or a promo line.
    lines = [*MENU, "Watch our new video series on local history",
             "Norrvik to close its last coal heating plant two years early", *BODY]
    assert read_source(str(page(tmp_path, lines))).title == \
        "Norrvik to close its last coal heating plant two years early"


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Nils Arvid 2019-11-17T08:14:03Z Science & Astronomy", "Nils Arvid"),
    ("By Megan Rowe meganr@norrvik.example(509) 459-5382", "Megan Rowe"),
    ("By Ivar LundqvistBusiness Columnist", "Ivar Lundqvist"),
    ("Maren Solli @marensolli / 2 days", "Maren Solli"),
    ("By SIGNE MOLL AND ERIK DAHLQVIST", "Signe Moll and Erik Dahlqvist"),
])
def test_bylines_cleaned(tmp_path: Path, byline: str, expected: str) -> None:
    lines = ["Norrvik to close its last coal heating plant two years early", byline,
             "Nov. 18, 2019", *BODY]
    assert read_source(str(page(tmp_path, lines))).byline == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("By Lars Hove - 11/19/19 08:12 AM EST", (dt.date(2019, 11, 19), False)),
    ("PUBLISHED WED, NOV 20 20197:05 AM ESTUPDATED AN HOUR AGO", (dt.date(2019, 11, 20), False)),
    ("Last Updated : Nov 20, 2019 03:17 PM IST", (dt.date(2019, 11, 20), True)),
    ("By Ola Brekke 2019-11-19T15:02:37Z Space", (dt.date(2019, 11, 19), False)),
    ("The council met on 18 November 2019 and voted to close the plant early.", None),
])
def test_masthead_dates(line: str, expected: tuple[dt.date, bool] | None) -> None:
    assert masthead_date(line) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Column: The takeover is a grim sign for the town's papers",
     "The takeover is a grim sign for the town's papers"),
    ("Heat plant to close two years early | Norrvik News", "Heat plant to close two years early"),
    ("Heat plant to close two years early - NorrvikNews.com", "Heat plant to close two years early"),
    ("Brexit: what happens next", "Brexit: what happens next"),
])
def test_headline_without_site_name_or_section_label(title: str, expected: str) -> None:
    assert clean_headline(title) == expected


def test_agency_apart_from_the_people() -> None:
    assert split_agency("SIGNE MOLL; ERIK DAHLQVIST Associated Press") == \
        ("Signe Moll, Erik Dahlqvist", "Associated Press")
    assert split_agency("Associated Press") == (None, "Associated Press")
    assert split_agency("Anna Berg") == ("Anna Berg", None)


@pytest.mark.parametrize(("byline", "publisher", "people"), [
    ("Ola Brekke; Ap Energy Writer", "Norrvik Post", "Ola Brekke"),
    ("SIV HAUGEN; AP National Climate Writer", "Associated Press", "Siv Haugen"),
    ("Mira Holt; Norrvik Business", "Norrvik", "Mira Holt"),
    ("Mira Holt; Harbour Advance Media", "Harbour Post", "Mira Holt"),
    ("Lena Fisk; CNBX", "Portal", "Lena Fisk"),
    ("Lena Fisk; MS; RDN", "Wellness Blog", "Lena Fisk"),
    ("Per Vik November", "Tidings", "Per Vik"),
    ("Norrvik Post wire services Published", "The Norrvik Post", None),
    ("Science Desk staff", "Tidings", None),
    ("Staff Reports", "The Courier", None),
    ("Tor Lund; Tor K Lund", "Tidings", "Tor K Lund"),
    ("Anna Berg; Kari Moe; Kari-M", "Tidings", "Anna Berg, Kari Moe"),
    ("The Associated Press", "Tidings", None),
    ("Anna Berg; Kari Moe", "Tidings", "Anna Berg, Kari Moe"),
    # a title after a comma goes, the name before it stays
    ("By Ola Brekke, Staff Writer", "Norrvik Post", "Ola Brekke"),
    ("Siv Haugen, AP Energy Writer", "Associated Press", "Siv Haugen"),
    # a person whose first name opens the outlet's name, or whose surname is an outlet word
    ("Christian Holm", "Christian Harbour Monitor", "Christian Holm"),
    ("Ola Press; Kari Moe", "Tidings", "Ola Press, Kari Moe"),
    ("Norrvik Post; Anna Berg", "The Norrvik Post", "Anna Berg"),
])
def test_byline_keeps_only_the_people(byline: str, publisher: str, people: str | None) -> None:
    """Job titles, the outlet, degrees, a glued date word and a second form of one
    name are no byline of their own."""
    assert split_agency(byline, publisher)[0] == people


def test_outlet_without_its_edition() -> None:
    """An edition after the outlet's name goes when the page calls the outlet by the
    shorter name; the outlet's own last word and a longer name stay."""
    raw = ("<html><body><p>Harbour Insider is a registered trademark.</p>"
           "<p>Read more on Harbour Insider's homepage.</p><p>Harbour Insider Norway</p></body></html>")
    assert outlet_name("Harbour Insider Norway", raw) == "Harbour Insider"
    assert outlet_name("Harbour Insider Norway", "<p>Harbour Insider Norway</p>") == "Harbour Insider Norway"
    papers = "<p>San Miguel news. San Miguel is sunny. San Miguel again.</p>"
    assert outlet_name("San Miguel Express-News", papers) == "San Miguel Express-News"
    books = "<p>Big Brand Books</p><p>Big Brand Books</p><p>Big Brand Books</p><p>Big Brand System</p>"
    assert outlet_name("Big Brand System", books) == "Big Brand System"


def test_outlet_as_the_page_spells_it() -> None:
    raw = "<html><body><p>Norrvik News is a local paper.</p><p>Norrvik News</p></body></html>"
    assert outlet_name("norrviknews.com", raw) == "Norrvik News"
    assert outlet_name("HarbourPost.com", "<p>nothing</p>") == "HarbourPost"
    assert outlet_name("Norrvik Media Inc. All rights reserved.", raw) == "Norrvik Media"


HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Coal plant to close early - NorrvikNews.com</title>
<meta property="og:site_name" content="Hosted">
<meta property="article:published_time" content="2019-11-19T06:12:45+00:00">
<meta name="author" content="ANNA BERG Associated Press">
</head><body><nav><a href="/">Home</a></nav><article>
<h1>Norrvik to close its last coal heating plant two years early</h1>
<p class="date">November 18, 2019</p>
<p>The city of Norrvik will close its last coal-fired heating plant next spring, said
<span class="card"><a href="/p/lund">Karin Lund</a><span><img src="lund.jpg" alt="">
<a href="/a/1">Heat pumps arrive in the harbour district</a>
<a href="/a/2">Energy company posts record profit</a></span></span>, the company's chief
executive, on Monday.</p>
<p>The plant, built in 1968, heats about 12,000 homes. It will be replaced by a heat pump
station on the harbour front and a biomass boiler that burns forestry waste.</p>
<p>Environmental groups welcomed the decision but said the biomass boiler should only be a
stopgap until more heat pumps are installed in the older parts of the city.</p>
<p>The council will vote on the final budget for the heat pump station in January, and
work on the harbour site could start as early as February if the vote passes.</p>
</article></body></html>
"""


def test_html_source_details_and_inline_card(tmp_path: Path) -> None:
    article = read_source(str(page(tmp_path, [HTML_PAGE], "page.html")))
    assert article.title == "Norrvik to close its last coal heating plant two years early"
    assert article.byline == "Anna Berg"
    assert article.publisher == "Associated Press"  # agency copy on a hosting page
    assert article.published == dt.date(2019, 11, 18)  # as printed, not the UTC stamp
    first = article.body.split("\n\n")[0]
    assert "Karin Lund, the company's chief" in " ".join(first.split())
    assert "Heat pumps arrive" not in article.body


def test_notice_page_is_an_input_error(tmp_path: Path) -> None:
    lines = ["Norrvik to close its last coal heating plant two years early",
             "This article is for subscribers only.",
             "Subscribe now to continue reading this article and get unlimited access to "
             "local news, puzzles and the e-paper for one low price."]
    with pytest.raises(InputError) as info:
        read_source(str(page(tmp_path, lines)))
    assert "notice" in str(info.value) and "\n" not in str(info.value)


PT = ["Governo anuncia fecho da última central a carvão",
      "O governo anunciou na segunda-feira que a última central a carvão do país vai fechar "
      "na próxima primavera, dois anos antes do previsto, segundo a empresa de energia.",
      "A central, construída em 1968, aquece cerca de 12 mil casas e será substituída por "
      "bombas de calor e por uma caldeira a biomassa que queima resíduos florestais.",
      "Os grupos ambientalistas saudaram a decisão, mas disseram que a caldeira deve ser "
      "apenas uma solução temporária até que haja mais bombas de calor."]
JA = ["市が石炭火力の暖房施設を前倒しで閉鎖へ",
      "市のエネルギー会社は月曜日、最後の石炭火力の暖房施設を来年春に閉鎖すると発表した。"
      "当初の計画より二年早い閉鎖となる。",
      "この施設は千九百六十八年に建設され、約一万二千世帯に暖房を供給している。"
      "今後はヒートポンプとバイオマスボイラーに置き換えられる予定だ。"]


@pytest.mark.parametrize(("lines", "code", "name"), [(PT, "pt", "Portuguese"),
                                                     (JA, "ja", "Japanese")])
def test_non_english_article_is_read_and_says_its_language(
        tmp_path: Path, lines: list[str], code: str, name: str) -> None:
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n") == lines[1:]
    assert article.language == code
    assert any(name in w and "English" in w for w in article.warnings)
    assert guess_language(" ".join(lines)) == code


def test_pasted_popup_card_closed_up_around_the_name(tmp_path: Path) -> None:
    card = ("The plan was announced by Mayor Karin LundKarin Lund, Norrvik mayorHeat pumps arrive "
            "in the harbour district | Energy company posts record profit MORE (Green), who said "
            "heating bills would not rise.")
    lines = [*masthead(), BODY[0], card, *BODY[1:], "Image caption Workers at the plant in 1970",
             "The plant's chimney seen from the harbour front at dusk, with the old coal store.",
             "(Image: \u00a9 Norrvik Energy)"]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    assert body[1] == ("The plan was announced by Mayor Karin Lund (Green), who said heating "
                       "bills would not rise.")
    assert body[2:] == BODY[1:]  # no caption, whether labelled or above its credit
    # A name that merely has capitals inside it is left alone.
    lines = [*masthead(), "Ronald McDonald said he wanted to see a lot MORE of the plan before "
             "the council votes on it in January.", *BODY]
    assert "Ronald McDonald said" in read_source(str(page(tmp_path, lines))).body


def test_a_lead_ending_inside_quote_marks_is_text_not_a_standfirst(tmp_path: Path) -> None:
    # No standfirst under the headline: the first paragraph ends with a full stop inside a
    # closing quote mark, so it is a sentence of the article, not a second headline.
    lead = ("Norrvik's energy company is defending its new heating campaign with the slogan "
            "\u201cWarm homes, no coal.\u201d")
    lines = ["Local", "Norrvik to close its last coal heating plant two years early",
             "By Anna Berg - 11/18/19 08:47 PM ET", "", "", lead, "", *BODY[1:]]
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n")[0] == lead
    assert article.standfirst is None


def test_contact_footer_is_not_the_article(tmp_path: Path) -> None:
    # A footer that lists phone, fax and e-mail is longer than a short news item; it is
    # page furniture all the same.
    contact = ("The Norrvik News customer service centre will answer your questions by phone: "
               "Telephone: +46 8 555 0142 Extension 4 or 08-555-0199 Fax: 08-555-0123 E-mail: "
               "help@norrviknews.example The centre is staffed on weekdays between 08:00 and "
               "15:00 and on Fridays handles delivery requests only. For customers abroad: "
               "Telephone +46-8-555-0142 Fax: +46-8-555-0123 E-mail: help@norrviknews.example "
               "Toll free number in Sweden only 020-555-555 and the office is closed on "
               "public holidays and during the summer break.")
    lines = [*MENU, *masthead(), "", BODY[0], BODY[1], "", *TEASERS, contact,
             "\u00a9 2019 Norrvik News Ltd."]
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n") == BODY[:2]


def test_glued_author_box_after_spaced_paragraphs_is_dropped(tmp_path: Path) -> None:
    # A browser's copy sets each <p> apart with a blank line; a long line glued to the
    # lines around it (an author box, a promo in a <div>) weighs half as much.
    bio = ("Prize-winning journalist Anna Berg writes a daily blog on energy and the "
           "climate for the website. Her weekly essay runs in the Saturday edition, and she has "
           "covered farming and shipping for the paper and reported from its bureaus "
           "in Berlin and Moscow. She is the author of three books on the history of the "
           "Baltic ports and the people who worked in them.")
    lines = [*masthead(), ""]
    for para in BODY:
        lines += [para, ""]
    lines += ["Get our weekly Norrvik Business newsletter", "Subscribe", "Anna Berg",
              "Follow Us", "twitter", "email", bio, "More From Norrvik News", "Business",
              *TEASERS]
    article = read_source(str(page(tmp_path, lines)))
    assert article.body.split("\n\n") == BODY


def test_long_line_without_a_full_stop_before_the_last_paragraph_is_kept(tmp_path: Path) -> None:
    # No byline or dateline: the body starts at the first paragraph, even when the line
    # after it lost its full stop (a code sample, a figure); the lines between are not
    # masthead.
    middle = ("If the plant has to run longer the company can switch the boilers to "
              "wood pellets at a cost of about 2 million kronor a month, or 10")
    lines = [*MENU, "Norrvik to close its last coal heating plant two years early", "",
             BODY[0], "", middle, "", BODY[4], "", *TEASERS]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    assert body == [BODY[0], middle, BODY[4]]


def test_quoted_reviews_set_apart_as_paragraphs_are_the_article(tmp_path: Path) -> None:
    # Readers' reviews quoted one per paragraph, each signed on the line under it: on a
    # page that sets paragraphs apart with blank lines they are the article, not a
    # comment thread.
    reviews = [
        "\u201cThe harbour tour was wonderful. The guide knew every ship and told us the "
        "story of the old coal quay.\u201d",
        "\u201cGreat value for a family! The kids loved the boat and the free ice cream at "
        "the end of the tour.\u201d",
        "\u201cBook early, it sells out in summer. We went twice and would go again next "
        "year with our friends.\u201d",
        "\u201cA fine way to spend a rainy afternoon in Norrvik, with coffee on board and a "
        "view of the new heat pump station.\u201d",
    ]
    lines = [*MENU, "Visitors review the Norrvik harbour tour", "", BODY[0], ""]
    for k, review in enumerate(reviews):
        lines += [review, "", f"\u2013 Visitor {k + 1}", ""]
    lines += [BODY[4], "", "Comments", "Leave a comment"]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    for review in reviews:
        assert review in body


def test_list_of_long_items_without_full_stops_ends_the_article(tmp_path: Path) -> None:
    # A bulleted list that ends the article: long items, no full stops, one per line.
    items = ["A heat pump station on the harbour front that serves the old town districts",
             "A biomass boiler that burns forestry waste from the county's own woods",
             "New district heating pipes under the ring road to reach the northern suburbs",
             "A fund that helps tenants in older blocks pay for new radiators and meters"]
    lines = [*masthead(), "", BODY[0], "", BODY[1], "",
             "The plan that replaces the coal plant has four parts, the company said, all of "
             "them paid for by the city", *items, "Share this:", *TEASERS]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    assert body[-4:] == items


def _outlet(tmp_path: Path, top: list[str], foot: list[str]) -> str | None:
    lines = [*top, *masthead(), *BODY, *TEASERS, *foot]
    return read_source(str(page(tmp_path, lines))).publisher


def test_outlet_named_on_the_dateline(tmp_path: Path) -> None:
    lines = [*MENU, "Norrvik to close its last coal heating plant two years early",
             "Updated on: November 19, 2019 / 11:26 AM / Norrvik Evening News", *BODY,
             "\u00a9 2019 Harbour Interactive Inc. All Rights Reserved."]
    article = read_source(str(page(tmp_path, lines)))
    assert article.publisher == "Norrvik Evening News"
    assert article.published == dt.date(2019, 11, 19)


def test_outlet_not_the_company_on_the_copyright_line(tmp_path: Path) -> None:
    # The copyright line names the owner; the page's name lines name the outlet.
    assert _outlet(tmp_path, ["Skip to main content", "Norrvik Daily Post", *MENU],
                   ["Norrvik Daily Post", "Facebook",
                    "\u00a9 2019 NDP Holdings, Inc. All Rights Reserved"]) == "Norrvik Daily Post"
    assert _outlet(tmp_path, ["Norrvik Business", *MENU],
                   ["Norrvik Business Go", "Norrvik Business", "This page may not be "
                    "reproduced. \u00a92019 NORRVIK Media Network, LLC. All rights reserved."]) \
        == "Norrvik Business"
    assert _outlet(tmp_path, MENU, ["HarbourPost", "",
                                    "2019 Harbourpost, Inc. All Rights Reserved"]) == "HarbourPost"
    assert _outlet(tmp_path, MENU, ["Norrvik Comment", "Tech", "NORRVIK.CO.UK", "Apps",
                                    "Copyright \u00a92019 Norrvik Newspapers. All rights reserved."]) \
        == "Norrvik.co.uk"


def test_outlet_named_by_the_chrome_not_by_the_owner(tmp_path: Path) -> None:
    """Only the owner on the copyright line; the chrome and the page name the outlet."""
    assert _outlet(tmp_path, MENU, ["The Harbour Apps", "The Harbour 12 Quay Street, Norrvik | tel 555-0100",
                                    "Sign up for The Harbour newsletters",
                                    "\u00a9 1996-2019 Ledgerline Communication"]) == "The Harbour"
    # one plain word of the chrome ("Post Home") is no outlet's name
    assert _outlet(tmp_path, MENU, ["Post Home", "Post", "Post",
                                    "\u00a9 2019 Ledgerline Communication"]) == "Ledgerline Communication"


def test_outlet_domain_shortened_when_the_page_uses_the_bare_name(tmp_path: Path) -> None:
    lines = [*MENU, "Last Updated : Nov 20, 2019 03:17 PM IST | Source: Harbourwatch.com",
             "Norrvik to close its last coal heating plant two years early", "By Anna Berg",
             *BODY, "Get Harbourwatch Pro for as little as 99 kronor a month.",
             "Disclaimer: tips on Harbourwatch are the experts' own, not Harbourwatch's."]
    assert read_source(str(page(tmp_path, lines))).publisher == "Harbourwatch"


def test_long_most_read_block_inside_the_article_is_dropped(tmp_path: Path) -> None:
    # A "Most read" list set between two paragraphs: kickers and headlines, some ending
    # on a quote mark (no full stop before it), longer than eight lines.
    block = ["Most read in local news"]
    for k in range(4):
        block += [f"KICKER {k}", f"Ferry captain {k} says the new timetable 'makes no sense'"]
    paras = [f"{para} The energy company repeated the point at a public meeting in the town "
             "hall on Tuesday evening, where more than two hundred residents turned up."
             for para in BODY]
    lines = [*masthead(), ""]
    for k, para in enumerate(paras):
        lines += [para, ""] + ([*block, ""] if k == 2 else [])
    lines += ["Comments"]
    assert read_source(str(page(tmp_path, lines))).body.split("\n\n") == paras


def test_headline_in_capitals_inside_the_article_is_a_link(tmp_path: Path) -> None:
    lines = [*masthead(), "", BODY[0], "", BODY[1], "",
             "FERRY CAPTAIN SAYS THE NEW WINTER TIMETABLE 'MAKES NO SENSE'", "", "HEAT PUMPS", "",
             *BODY[2:]]
    body = read_source(str(page(tmp_path, lines))).body.split("\n\n")
    assert "HEAT PUMPS" in body  # a crosshead in capitals stays
    assert [p for p in body if p != "HEAT PUMPS"] == BODY


def test_press_release_ends_before_the_issuer_describes_itself(tmp_path: Path) -> None:
    about = ["Norrvik Energy is a municipal utility that supplies heat and power to 40,000 "
             "households in the county and employs around 300 people.",
             "Norrvik Energy is headquartered in Norrvik, Sweden, and is owned by the city.",
             "You have successfully subscribed. Thank you!",
             "Norrvik Energy offers everyone a news service that brings its press releases "
             "straight to the desktop or phone."]
    lines = ["Press releases", "Norrvik to close its last coal heating plant two years early",
             "NORRVIK, SWEDEN", "", *BODY, "", *about, "", "\u00a92019 Norrvik Energy"]
    article = read_source(str(page(tmp_path, lines)))
    assert article.publisher == "Norrvik Energy"
    assert article.body.split("\n\n")[-1] == BODY[-1]


def test_html_outlet_domain_and_bare_name() -> None:
    coined = "<p>Harbourwatch</p><p>Follow Harbourwatch on the radio.</p>"
    assert outlet_name("Harbourwatch.ca", coined) == "Harbourwatch"
    word = "<p>Harbour</p><p>Harbour news</p><p>Ships leave the harbour at dawn.</p>"
    assert outlet_name("Harbour.com", word) == "Harbour.com"


def test_outlet_named_by_a_word_goes_by_its_domain(tmp_path: Path) -> None:
    # "Harbour" is a word of the language; the page's address spells the outlet's name.
    lines = [*MENU, *masthead(), *BODY, "Write to us about the harbour at tips@harbour.com.",
             "Harbour is part of Norrvik Media Group, an international media group."]
    assert read_source(str(page(tmp_path, lines))).publisher == "Harbour.com"


def test_press_release_ends_before_headquartered_in_line(tmp_path: Path) -> None:
    # "X is headquartered in ..." closes a press release like "X is a ..." does; the
    # alternation once applied the name to the first form only, so this line stayed.
    lines = ["Orvanta launches new water filter for rural clinics", "",
             "Orvanta said on Monday it would ship a new water filter to 300 rural clinics "
             "in Kenya, starting with the districts hit hardest by last year's drought.", "",
             "The filter removes bacteria without electricity, the company said. \"Clean "
             "water is the first medicine,\" said Chief Executive Mara Held.", "",
             "Clinics in Nakuru will receive the first units in February, Held said, and the "
             "rest before December.", "",
             "The company plans a second factory in Mombasa next year to cut delivery times.", "",
             "Orvanta is headquartered in Oslo and employs 400 people in six countries.", "",
             "\u00a9 2026 Orvanta. All rights reserved."]
    path = tmp_path / "release.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = read_source(str(path))
    assert article.publisher == "Orvanta"
    assert article.body.endswith("to cut delivery times.")
    assert "headquartered" not in article.body


def test_paragraph_about_a_helpline_is_article_text(tmp_path: Path) -> None:
    # Numbers and an address a paragraph tells readers to use are the news itself, not
    # the publisher's contact footer.
    helpline = ("Residents can phone the helpline on 0800 123 4567 or e-mail "
                "help@harwick.example, and businesses can phone 0800 765 4321; the phone "
                "lines are open from 8am until 8pm every day this week, the council said.")
    lines = ["Council opens flood helpline for residents", "",
             "The Harwick council opened a flood helpline on Monday after the river burst "
             "its banks overnight and flooded more than 200 homes in the lower town.", "",
             helpline, "",
             "Council leader Priya Nandi said the town would need weeks to recover. \"We will "
             "not leave anyone behind,\" she said.", "",
             "Volunteers filled sandbags in the market square through the night."]
    path = tmp_path / "helpline.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert helpline in read_source(str(path)).body.split("\n\n")
