"""HTML ingest: text after an empty element survives, and the headline is not body text."""

from __future__ import annotations

import lxml.html
import pytest

from briefgen.ingest.html import _keep_tails_of_empty, clean_lines, parse_html

LEAD = ("The harbour board of Eastbay agreed on Tuesday to rebuild the north pier "
        "before the winter storms, its chair said after a long meeting.")
REST = [
    "The pier has been closed to heavy lorries since a survey in the spring found "
    "cracks in three of its concrete pillars and rust in the steel beneath them.",
    "Fishermen who land their catch at the north end have had to drive round to the "
    "old quay, which adds an hour to every trip in the busy months of the year.",
    "The board expects the work to take eleven weeks and to cost about four million "
    "crowns, most of it paid from the port's own reserves rather than by the town.",
    "A contractor will be chosen next month from the four firms that have already "
    "sent in offers, and the first piles should be driven before the end of October.",
]


def _page(body: str, h1: str = "Eastbay board agrees to rebuild the north pier",
          title: str | None = None, og: str | None = None, ld: str | None = None) -> str:
    og_tag = f'<meta property="og:title" content="{og}">' if og else ""
    ld_tag = ('<script type="application/ld+json">{"@type": "NewsArticle", '
              f'"headline": "{ld}"}}</script>') if ld else ""
    return (f"<html lang='en'><head><title>{title or h1}</title>{og_tag}{ld_tag}</head><body>"
            f"<header><h1>{h1}</h1></header><article>{body}</article></body></html>")


def _tree(html: str) -> lxml.html.HtmlElement:
    tree = lxml.html.fromstring(html)
    _keep_tails_of_empty(tree)
    return tree


def test_tail_of_an_empty_inline_element_joins_the_text_before_it() -> None:
    tree = _tree("<div><p>Plan A<span></span>Plan B was chosen.</p></div>")
    assert tree.xpath("string(//p)") == "Plan A Plan B was chosen."
    assert not tree.xpath("//span")


def test_tail_after_an_empty_first_child_becomes_the_parents_text() -> None:
    tree = _tree("<div><p>See <strong><span class='spacer'></span>Menu for week two</strong>"
                 " below.</p></div>")
    assert tree.xpath("string(//strong)") == "Menu for week two"
    assert tree.xpath("string(//p)") == "See Menu for week two below."


def test_no_space_added_where_the_text_already_has_one() -> None:
    tree = _tree("<div><p>Plan A <i></i>and Plan B</p><p>C<em></em> D</p></div>")
    assert [p.text_content() for p in tree.xpath("//p")] == ["Plan A and Plan B", "C D"]


def test_empty_block_element_between_sentences_is_a_line_break() -> None:
    tree = _tree("<div><p>One sentence.<div class='fake-gap'></div>Another one.</p></div>")
    assert tree.xpath("//br") and "Another one." in tree.text_content()


def test_empty_element_without_a_tail_is_left_to_trafilatura() -> None:
    tree = _tree("<div><p>Words<span></span></p></div>")
    assert tree.xpath("//span")


def test_paragraph_after_a_spacer_is_kept_in_the_body() -> None:
    body = (f"<p>{LEAD}</p>"
            + "".join(f"<p>{p}</p>" for p in REST[:2])
            + "<p><strong><div class='spacer'></div>What the fishermen want from the new pier"
              "</strong></p>"
            + "".join(f"<p>{p}</p>" for p in REST[2:]))
    article = parse_html(_page(body), "page.html")
    assert "What the fishermen want from the new pier" in article.body
    assert all(p in article.body for p in REST)


def _echo_page(first_line: str) -> str:
    body = (f"<p>{first_line}</p><p>{LEAD}</p>" + "".join(f"<p>{p}</p>" for p in REST))
    # the metadata words the story differently from the headline printed over it
    return _page(body, h1="Eastbay harbour board agrees to rebuild the north pier",
                 title="Pier to be rebuilt", og="Pier to be rebuilt")


def test_first_line_repeating_the_printed_headline_is_not_body_text() -> None:
    article = parse_html(_echo_page("Eastbay harbour board agrees to rebuild the north pier"),
                         "page.html")
    assert article.body.split("\n\n")[0] == LEAD
    assert article.title == "Eastbay harbour board agrees to rebuild the north pier"


def test_first_paragraph_that_only_starts_like_the_headline_stays() -> None:
    first = ("Eastbay harbour board agrees to rebuild the north pier, and the town council "
             "will decide next week whether to widen the road that leads down to it.")
    article = parse_html(_echo_page(first), "page.html")
    assert article.body.split("\n\n")[0] == first


def test_any_of_the_pages_titles_counts_as_the_headline() -> None:
    text = "North pier to be rebuilt | Post\nThe board agreed on Tuesday.\nWork starts in May."
    assert clean_lines(text, "Pier work", None, "North pier to be rebuilt") == [
        "The board agreed on Tuesday.", "Work starts in May."]
    assert clean_lines(text, "Pier work", None)[0].startswith("North pier")


def test_linked_words_in_the_middle_of_a_sentence_stay_in_the_body() -> None:
    # precision mode drops a span classed "link" or "bottom" with its words; mid-sentence
    # they are part of the sentence
    body = (f"<p>{LEAD}</p>"
            "<p>A surveyor told the board that <span class='link'><a href='/r'>the "
            "pillars could fail</a></span> within two winters, and <span class='bottom-note'>"
            "the harbour master</span>, agreed.</p>"
            + "".join(f"<p>{p}</p>" for p in REST))
    article = parse_html(_page(body), "page.html")
    assert ("A surveyor told the board that the pillars could fail within two winters, "
            "and the harbour master, agreed.") in article.body


def test_hidden_span_mid_sentence_stays_out() -> None:
    body = (f"<p>{LEAD}</p>"
            "<p>A surveyor told the board that <span class='visually-hidden link'>opens a new "
            "window</span> the pillars could fail within two winters.</p>"
            + "".join(f"<p>{p}</p>" for p in REST))
    article = parse_html(_page(body), "page.html")
    assert "opens a new window" not in article.body


@pytest.mark.parametrize("inline", [
    "<span class='related-link'>Related: Ferry fares to rise in spring</span>",
    "<span class='ad-slot border'>Advertisement</span>",
])
def test_an_advert_or_a_link_set_into_a_sentence_stays_out(inline: str) -> None:
    body = (f"<p>{LEAD}</p><p>The board voted on Monday {inline} to close the pier for two "
            "years.</p>" + "".join(f"<p>{p}</p>" for p in REST))
    article = parse_html(_page(body), "page.html")
    assert "The board voted on Monday to close the pier for two years." in article.body
