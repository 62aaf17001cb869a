"""Notes a page prints around a pasted article: affiliate disclosures, credit lines,
contact lines, the byline again at the foot and the writer's note. Each goes, and a
sentence with the same words that is article text stays. All text here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract.facts import _FURNITURE as FACTS_FURNITURE
from briefgen.ingest.text import _foot_byline, _writer_note, is_furniture, parse_text
from tests.ingest.test_ingest_pasted import _PARAS


@pytest.mark.parametrize("line", [
    # the reader buying through the page's links
    "Zeta Daily is paid a small fee if you purchase anything through our links.",
    "Readers help us: if you buy an item via the links on this page, we get a cut.",
    # a credit line: a name and nothing else after "by"
    "Illustrated by: Ann Lee, Bo Chan",
    "Edited by: Carl Moss",
    "Produced by Dana Ortiz and Eli Park",
    # how to reach the writer: an address or a number follows
    "Tips for the harbour desk: Ann Lee may be contacted at alee@example.com.",
    "Bo Chan covers the ferry routes. To send a tip, contact him at bo@example.com.",
    "Carl Moss can be reached at (555) 010-1234.",
    # a site's rules for its users (the rule facts.py reads too)
    "Posting a comment means you agree to our house guidelines on language.",
    "By browsing this website you accept the terms set out in the footer.",
])
def test_page_notes_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Agents could earn a commission of 1% on each sale, the report said.",
    "A share of the sales went to the hospital, the organisers said.",
    "If you buy something through a broker, the fees add up quickly.",
    '"If we win the contract, we could earn a lot," the mayor said.',
    "Edited by committee, the report ran to three hundred pages.",
    "Produced by Acme Films in 2019, the documentary earned praise.",
    "The summit can be reached at dawn from the northern camp.",
    "The hotline can be reached at 555-010-1234 at any hour, officials said.",
    "Residents can contact the council at its office on the high street.",
    "The app may use any content you upload to train its models, the regulator said.",
    "The app's user agreement lets it sell location data, the complaint says.",
    # the same words inside reported news: a quote, or what someone said
    '"Management refused to agree to our terms," said union leader Tom Vale, who has led '
    "the walkout since February.",
    "The mine operator said this site uses 40 percent less water than the old one, a claim "
    "local farmers dispute.",
    "Residents using this site to dump waste will be fined, the council said.",
    '"If you saw the crash, contact us at 555-010-1234," Sgt. Maria Ruiz said on Wednesday.',
    "Detective Ann Lee can be reached at 555-010-1234, police said in a statement asking "
    "witnesses to come forward.",
])
def test_sentences_with_the_same_words_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_facts_share_the_affiliate_rule() -> None:
    """extract/facts.py reads the same disclosure wording, the reader's purchase included."""
    assert FACTS_FURNITURE.search("If you purchase anything through our links, we are paid a fee.")
    assert FACTS_FURNITURE.search("Disclosure: Zeta may earn a commission from products on this page.")
    assert not FACTS_FURNITURE.search("Agents could earn a commission of 1% on each sale.")


@pytest.mark.parametrize("line, byline, name", [
    ("Story by Cy Dunn, PhD on 3 June 2021", None, "Cy Dunn"),
    ("Posted by Cy Dunn on 4 June 2021, 9:40 PM GMT", None, "Cy Dunn"),
    ("By Ann Lee", "Ann Lee", "Ann Lee"),
    # a bare "By" with no date and no byline to match, or words after the name: not a byline
    ("By Christmas Eve", None, None),
    ("By Christmas Eve, the shops had sold out of turkeys.", None, None),
    ("By Ann Lee and the whole team", None, None),
])
def test_foot_byline(line: str, byline: str | None, name: str | None) -> None:
    assert _foot_byline(line, byline) == name


@pytest.mark.parametrize("line, note", [
    ("Ann Lee is the paper's ferry correspondent and rows to work in summer.", True),
    ("Staff writer Ann Lee is a visiting lecturer at the Harbour Institute.", True),
    ("Cy Dunn was a reporter in Lagos for ten years.", True),
    ("Ann Lee is the author of six books about the sea.", False),  # what she wrote: text
    ("Bo Chan is a senior fellow at the institute.", False),  # not the writer
    ("The council said Ann Lee is wrong about the budget.", False),  # not at the line's head
    ("Ann Lee is sure the pier will open again by the summer.", False),  # says nothing of who she is
])
def test_writer_note(line: str, note: bool) -> None:
    assert _writer_note(line, "Ann Lee, Cy Dunn") is note



def test_foot_byline_and_writer_note_leave_the_body() -> None:
    """The byline printed again under the article, then the writer's note, go; the byline
    is read from the foot when the masthead has none."""
    text = ("Harbour board shuts ferry pier for repairs\n\n" + "\n\n".join(_PARAS)
            + "\n\nStory by Ann Lee, PhD on 3 June 2021\n\n"
            + "Ann Lee is the paper's harbour correspondent and sails at weekends.\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == _PARAS
    assert article.byline == "Ann Lee"


def test_a_closing_sentence_about_the_writer_of_a_book_stays() -> None:
    """The article's last paragraph about someone who wrote a book is text, even with the
    writer's name as byline."""
    last = "Ann Lee is the author of a history of the pier, published last year by the town."
    text = ("Harbour board shuts ferry pier for repairs\n\nBy Ann Lee\n\n"
            + "\n\n".join(_PARAS) + "\n\n" + last + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == [*_PARAS, last]


def test_teaser_cards_leave_the_body() -> None:
    """Another story's headline with its byline under it is a card linking to that story,
    between the paragraphs or after them."""
    card = "Ferry fares to rise in the spring\nBy THE HARBOUR DESK\nJune 3, 2021 9:40 AM"
    text = ("Harbour board shuts ferry pier for repairs\n\n" + "\n\n".join(_PARAS[:2])
            + "\n\n" + card + "\n\n" + "\n\n".join(_PARAS[2:])
            + "\n\nLifeboat crew honoured for winter rescue\nBy Cy Dunn\n2 hours ago\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == _PARAS


def test_a_crosshead_over_a_paragraph_that_opens_with_by_stays() -> None:
    """A crosshead, then a paragraph opening on "By ...": a sentence, not a card's byline."""
    head = "What happens next"
    para = "By Christmas Eve, the board hopes, the first new piles will be in place."
    text = ("Harbour board shuts ferry pier for repairs\n\n" + "\n\n".join(_PARAS[:2])
            + f"\n\n{head}\n{para}\n\n" + "\n\n".join(_PARAS[2:]) + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == [*_PARAS[:2], head, para, *_PARAS[2:]]


@pytest.mark.parametrize("head, by", [
    ("Keepers of the Light", "By Tom Vale"),  # a list of books and their writers
    ("What happens next", "By Tuesday"),  # a crosshead, then a phrase of time
])
def test_a_title_over_a_plain_byline_stays(head: str, by: str) -> None:
    """A short title over "By NAME" with no card's sign under it (a date or time, a desk
    name in capitals) is article text, and "By <a time>" is never a card's byline."""
    para = "Each of them, the judges said, was written in a single winter by the sea."
    text = ("Harbour board shuts ferry pier for repairs\n\n" + "\n\n".join(_PARAS[:2])
            + f"\n\n{head}\n{by}\n\n{para}\n\n" + "\n\n".join(_PARAS[2:]) + "\n")
    article = parse_text(text, source="pier.txt")
    body = article.body.split("\n\n")
    assert head in body and by in body and para in body


def test_a_byline_alone_above_the_foot_stays() -> None:
    """A byline alone between paragraphs (a book's writer in a review) is text: only the
    body's last lines are read for a byline printed again at the foot."""
    text = ("Harbour board shuts ferry pier for repairs\n\nBy Ann Lee\n\n"
            + "\n\n".join(_PARAS[:2]) + "\n\nThe Pier at Night\n\nWritten by Tom Vale\n\n"
            + "\n\n".join(_PARAS[2:]) + "\n")
    article = parse_text(text, source="pier.txt")
    assert "Written by Tom Vale" in article.body.split("\n\n")
    assert article.byline == "Ann Lee"


def test_a_highlight_above_the_story_is_told_where_the_story_tells_it() -> None:
    """A sentence lifted above the story ("Highlights") and told again between two of its
    paragraphs keeps its place in the story, not the top of the body."""
    lifted = "The landing stage will stay open until the autumn."
    text = ("Harbour board shuts ferry pier for repairs\n\nHighlights\n" + lifted + "\n\n"
            + "\n\n".join(_PARAS[:2]) + "\n\n" + lifted + "\n\n" + "\n\n".join(_PARAS[2:]) + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == [*_PARAS[:2], lifted, *_PARAS[2:]]


def test_a_sentence_said_twice_in_the_story_keeps_its_first_place() -> None:
    repeated = "The landing stage will stay open until the autumn."
    text = ("Harbour board shuts ferry pier for repairs\n\n" + _PARAS[0] + "\n\n" + repeated
            + "\n\n" + "\n\n".join(_PARAS[1:3]) + "\n\n" + repeated + "\n\n" + _PARAS[3] + "\n")
    article = parse_text(text, source="pier.txt")
    assert article.body.split("\n\n") == [_PARAS[0], repeated, *_PARAS[1:]]
