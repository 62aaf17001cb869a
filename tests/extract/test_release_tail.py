"""A press release's tail is no story: the "About <Name>" boilerplate, the company profile,
the contacts and the end mark stay out of the summary and the key facts, from a saved page
and from pasted text alike; a site's rules addressed to its user are furniture.

Every article here is invented for the test.
"""

from __future__ import annotations

import html

import pytest

from briefgen.config import load_settings
from briefgen.extract import extract
from briefgen.extract.facts import looks_like_furniture
from briefgen.ingest.html import parse_html
from briefgen.ingest.text import parse_text
from briefgen.models import Article
from briefgen.pipeline import compose_for

_HEADLINE = "Kestrel Robotics and Lowmoor Hospital begin trial of ward delivery robots"
_STORY = [
    "LOWMOOR, England \u2014 Kestrel Robotics and Lowmoor General Hospital said on Tuesday "
    "that they had begun a twelve-month trial of robots that carry medicines from the "
    "pharmacy to the wards at night.",
    "The hospital will run six of the robots on its three surgical floors, where nurses "
    "currently spend about two hours of every night shift fetching medicines by hand.",
    "The robots travel in the service lifts and stop at locked cabinets on each ward, which "
    "only a nurse can open with a badge.",
    "The trial is paid for by a grant of 1.4 million pounds from the regional health "
    "authority, which will decide next spring whether to offer the robots to other hospitals.",
    "\u201cOur nurses should be with patients, not walking corridors,\u201d said Ann Morrow, "
    "the hospital's chief nurse.",
    "Kestrel Robotics said the robots had already covered more than 4,000 kilometres in a "
    "warehouse test without a collision.",
]
_ABOUT = [
    "About Kestrel Robotics",
    "Kestrel Robotics makes autonomous delivery systems for hospitals and laboratories. "
    "The company's mission is to give every caregiver more time at the bedside. Kestrel "
    "Robotics was set up in 2011 by two engineers from Harlow. Its robots now run in 140 "
    "hospitals across Europe.",
    "The company has offices in nine countries and a research centre in Harlow, England. Its "
    "products carry the CE mark for use in clinical settings.",
]
#: The same company's profile with no heading above it, set off at the page's foot.
_PROFILE = [
    "Kestrel Robotics is a global provider of delivery robots for hospitals. The vision of "
    "Kestrel is to free caregivers from fetching and carrying.",
    "Kestrel Robotics is headquartered in Harlow, England, has subsidiaries in 9 countries "
    "and employs around 420 people worldwide. Kestrel registered shares are listed on the "
    "London Stock Exchange.",
]
#: A safe-harbour paragraph below a heading and an end mark.
_LEGAL = [
    "###",
    "Forward-looking statements",
    "This release holds statements about the trial that concern the future. Such statements "
    "rest on what the company's managers expect today. Actual results could be quite "
    "different from those the statements describe. The company takes on no duty to update "
    "any of these statements after today.",
]
#: Words of each boilerplate line: none may reach the summary or the facts.
_BOILER = ["autonomous delivery systems", "mission is", "set up in 2011", "140 hospitals",
           "offices in nine countries", "CE mark", "global provider", "vision of",
           "employs around 420", "listed on", "###", "statements about the trial",
           "managers expect", "Actual results", "no duty to update"]


def _page(paras: list[str], foot: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    tail = "".join(f"<p>{html.escape(p)}</p>\n" for p in foot)
    return (f"<html lang=\"en\"><head><title>{_HEADLINE}</title>"
            "<meta property=\"article:published_time\" content=\"2024-03-12\"></head><body>"
            f"<article><h1>{_HEADLINE}</h1>\n{body}<hr>\n{tail}</article></body></html>")


def _pasted(paras: list[str], foot: list[str]) -> str:
    return "\n\n".join([_HEADLINE, "12 March 2024", *paras, *foot]) + "\n"


def _lines(nlp, article: Article) -> list[str]:  # type: ignore[no-untyped-def]
    brief = compose_for([extract(article, nlp)], load_settings(), "policy")
    return [item.text for item in [*brief.summary, *brief.facts]]


@pytest.mark.parametrize("reader, foot", [
    ("html", _ABOUT), ("html", _PROFILE), ("html", _LEGAL),
    ("pasted", _ABOUT), ("pasted", _PROFILE), ("pasted", _LEGAL),
], ids=["html-about", "html-profile", "html-legal", "pasted-about", "pasted-profile", "pasted-legal"])
def test_a_press_release_tail_is_no_fact(nlp, reader: str, foot: list[str]) -> None:  # type: ignore[no-untyped-def]
    """What the company says of itself at the foot of a release is neither in the summary
    nor in the key facts; the story's own lines are."""
    if reader == "html":
        article = parse_html(_page(_STORY, foot), source="release.html")
    else:
        article = parse_text(_pasted(_STORY, foot), source="release.txt")
    lines = _lines(nlp, article)
    joined = "\n".join(lines)
    assert "twelve-month trial" in joined, lines
    assert "1.4 million pounds" in joined or "two hours" in joined, lines
    for words in _BOILER:
        assert words not in joined, f"{words!r} reached the brief: {lines}"


def test_a_story_whose_last_paragraph_opens_on_about_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """'About 300 people ...' at a news story's end is the story; so is a single word on
    where a company is based."""
    story = [
        "Residents of Marrow Bay gathered on Saturday to mark ten years since the ferry "
        "Northern Light sank off the harbour wall, killing eleven passengers.",
        "Tidewell Lines, which ran the ferry and is headquartered in the town, has paid for a "
        "new memorial stone, the mayor, Paul Erskine, said at the ceremony.",
        "Relatives of the victims read out the names of the dead while the harbour bell "
        "was rung eleven times.",
        "About 300 people attended the service, which ended with a minute's silence at the "
        "water's edge at noon.",
    ]
    article = parse_text("\n\n".join(["Marrow Bay remembers ferry victims", *story]) + "\n",
                         source="vigil.txt")
    joined = "\n".join(_lines(nlp, article))
    assert "About 300 people attended the service" in joined
    assert "headquartered in the town" in joined


def test_an_about_heading_ends_the_story_only_when_its_name_opens_the_next_paragraph() -> None:
    """A crosshead "About Kestrel" over a paragraph on "Kestrelton" (a longer word the name
    only begins) is no release tail; over "Kestrel makes ..." it is."""
    from briefgen.extract.facts import _paragraphs, _release_tail

    story = "\n\n".join(_STORY)
    for nxt, tail in [("Kestrelton council said on Wednesday that the robots would also be "
                       "offered to its two care homes.", False),
                      ("Kestrel makes autonomous delivery systems for hospitals.", True)]:
        body = f"{story}\n\nAbout Kestrel\n\n{nxt}\n"
        got = _release_tail(body, _paragraphs(body))
        assert (got is not None) is tail, (nxt, got)
        if tail:
            assert body[got[0]:].startswith("About Kestrel")


@pytest.mark.parametrize("line, furniture", [
    ("Community guidelines apply to all comments you post or otherwise submit to this site.", True),
    ("Use of our website assumes acceptance of the terms and conditions set out below.", True),
    ("Registration on this site constitutes acceptance of our user agreement.", True),
    ("Comments are subject to our house rules, which are linked below.", True),
    ("This site uses a spam filter to check every comment before it appears.", True),
    # a story about a site's rules is news, not furniture
    ("The company said the video broke its community guidelines and removed it on Friday.", False),
    ("Archaeologists working at this site found three Roman coins on Monday.", False),
    ("Users who upload videos to the site agreed to its rules, the court heard.", False),
    ("Under the new terms, Twitter may use any content you upload to train its models.", False),
    ("Critics say the app's user agreement lets it sell location data to brokers.", False),
    ("Community Rules apply to all content you upload or otherwise submit to this site.", True),
    ("Registration on or use of this site constitutes acceptance of our User Agreement.", True),
])
def test_a_sites_rules_for_its_user_are_furniture(line: str, furniture: bool) -> None:
    assert looks_like_furniture(line) is furniture


@pytest.mark.parametrize("reader, foot", [
    ("html", _ABOUT), ("html", _PROFILE), ("pasted", _ABOUT), ("pasted", _PROFILE),
], ids=["html-about", "html-profile", "pasted-about", "pasted-profile"])
def test_a_press_release_tail_gives_no_figure_and_no_actor(nlp, reader: str, foot: list[str]) -> None:  # type: ignore[no-untyped-def]
    """'By the numbers' and Key actors skip the company's profile as the key facts do: no
    '140 hospitals' or 'around 420 people' from it, not the exchange its shares are listed
    on as an actor (the tail is found once and shared: :func:`facts.outside_text`); the
    story's own figures and actors stay."""
    if reader == "html":
        article = parse_html(_page(_STORY, foot), source="release.html")
    else:
        article = parse_text(_pasted(_STORY, foot), source="release.txt")
    brief = compose_for([extract(article, nlp)], load_settings(), "policy")
    figures = "\n".join(item.text for item in brief.figures)
    actors = [a.name for a in brief.actors]
    assert "1.4 million pounds" in figures or "4,000 kilometres" in figures, figures
    for words in ("140 hospitals", "420 people", "nine countries", "9 countries"):
        assert words not in figures, f"{words!r} is a figure: {figures}"
    assert "Kestrel Robotics" in actors and "Ann Morrow" in actors, actors
    assert not any("Exchange" in name for name in actors), actors


def test_a_paragraph_beside_a_crosshead_still_gives_its_figure_and_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """A short paragraph beside a headline-like line in a long story's second half is only
    likely a teaser (``facts.LIKELY_PAGE``): under a crosshead it is often the story's own,
    so its figure and the person it names stay in By the numbers and Key actors."""
    story = [*_STORY, "What comes next",
             "Priya Raman, the authority's finance director, has set aside a further "
             "2.2 million pounds to extend the trial to the maternity unit."]
    ex = extract(parse_text(_pasted(story, []), source="crosshead.txt"), nlp)
    assert any("2.2 million" in f.text for f in ex.figures), [f.text for f in ex.figures]
    assert "Priya Raman" in [e.name for e in ex.entities], [e.name for e in ex.entities]
