"""quote_fit: the brief's quotes are statements that read alone, credited by name."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.compose import pick_quotes
from briefgen.config import Audience
from briefgen.models import Article, Extraction, Quote
from briefgen.quote_fit import asks, lacks_subject, leans_on_first_half, second_halves

HARBOUR = """Harbour officials in Brill closed the east dock on Monday after a crane collapsed onto a cargo ship.

"The dock will stay closed until the inspectors have checked every crane on the quay," said Ellen Hart, the harbour master. "And we will pay the crews while it is shut."

"Can you tell us when the ships will sail again?" asked Tom Rusk, a member of the town council.

"We expect the first ships to sail again by the end of next week," Hart said. "It depends on the weather."

The Brill Port Authority said the east dock "remains the busiest berth on the river for grain" and that "no cargo was lost in the collapse."

Arun Valdar, an engineer who inspected the crane, said: "Cranes of this age should have been replaced ten years ago."
"""


def test_brief_prints_statements_not_questions_halves_or_predicates(nlp: object) -> None:
    """The real extractor on an invented article: the question, the halves that lean on
    their first half and the predicate without its subject stay out; the statements are
    printed verbatim and credited to who said them."""
    from briefgen.extract import extract

    art = Article(source="brill.txt", body=HARBOUR, title="Brill closes its east dock",
                  published=dt.date(2025, 3, 4))
    ex = extract(art, nlp)  # type: ignore[arg-type]
    printed = {(q.text, q.speaker) for q in pick_quotes([ex], Audience(max_quotes=6))}
    assert printed == {
        ("The dock will stay closed until the inspectors have checked every crane on the quay",
         "Ellen Hart"),
        ("We expect the first ships to sail again by the end of next week", "Ellen Hart"),
        ("Cranes of this age should have been replaced ten years ago.", "Arun Valdar"),
        ("no cargo was lost in the collapse.", "Brill Port Authority"),
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("Can I give the prize to my partner?", True),
    ("So is it fair to say the plan has failed?\u201d", True),
    ("We lost three seasons in a row. Who would not be angry?", False),
    ("The council will vote on the plan next week.", False),
])
def test_asks(text: str, expected: bool) -> None:
    assert asks(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("And I hope the council listens to the crews.", True),
    ("So I think the campaign is working after all.", True),
    ("It makes every crew on the quay feel safer.", True),
    ("I remember it very well.", True),  # a short aside
    ("to keep the dock open through the winter months", True),  # the sentence goes on
    ("The province has cut our funding twice in three years and the night shift is gone.", False),
])
def test_leans_on_first_half(text: str, expected: bool) -> None:
    assert leans_on_first_half(text) is expected


def _quotes(body: str, texts: list[tuple[str, str | None]], kind: str = "direct") -> list[Quote]:
    out = []
    for text, speaker in texts:
        start = body.index(text)
        out.append(Quote(text=text, start=start, end=start + len(text), speaker=speaker,
                         speaker_type="person" if speaker else "unknown", kind=kind))  # type: ignore[arg-type]
    return out


def test_second_halves_need_the_same_speaker_and_only_an_attribution_between() -> None:
    body = ('"The dock stays shut this week," Hart said. "And the crews are paid." '
            '"The crews want more," Rusk said on Monday at the council meeting in the town hall '
            'where the new budget was read out. "It is not enough."\n\n'
            '"We kept the port open for forty years,\n\n"and we will open it again."')
    quotes = _quotes(body, [("The dock stays shut this week,", "Ellen Hart"),
                            ("And the crews are paid.", "Ellen Hart"),
                            ("The crews want more,", "Tom Rusk"),
                            ("It is not enough.", "Tom Rusk"),
                            ("We kept the port open for forty years,", "Ana Ruiz"),
                            ("and we will open it again.", "Ana Ruiz")])
    # Rusk's second line is past a long narrative, not a split attribution
    assert second_halves(body, quotes) == {1, 5}
    other = [quotes[0], quotes[1].model_copy(update={"speaker": "Tom Rusk"})]
    assert second_halves(body, other) == set()
    # two quoted phrases joined by the narrative, not split by an attribution
    body = 'The agency said the dock "stays shut" and that "no cargo was lost."'
    quotes = _quotes(body, [("stays shut", "The Agency"), ("no cargo was lost.", "The Agency")])
    assert second_halves(body, quotes) == set()


def test_partial_quote_without_its_subject() -> None:
    body = ('The agency said the northern border "remains the main route for stolen cars" and '
            'warned that "smugglers are moving south." The minister called the plan '
            '"a waste of money." Lee said the port "is ready for tankers."')
    quotes = _quotes(body, [("remains the main route for stolen cars", "The Agency"),
                            ("smugglers are moving south.", "The Agency"),
                            ("a waste of money.", "Ana Ruiz"),
                            ("is ready for tankers.", "Ann Lee")], kind="partial")
    assert [lacks_subject(body, q) for q in quotes] == [True, False, False, True]
    direct = quotes[0].model_copy(update={"kind": "direct"})
    assert not lacks_subject(body, direct)


def test_a_second_half_that_stands_alone_is_still_printed() -> None:
    body = ('"Yes," Hart said. "The province has cut our funding twice in three years and the '
            'night shift is gone."')
    quotes = _quotes(body, [("Yes,", "Ellen Hart"),
                            ("The province has cut our funding twice in three years and the "
                             "night shift is gone.", "Ellen Hart")])
    art = Article(source="a.txt", body=body, title="T", published=dt.date(2025, 3, 4))
    (picked,) = pick_quotes([Extraction(article=art, quotes=quotes)], Audience(max_quotes=3))
    assert picked.text.startswith("The province") and picked.speaker == "Ellen Hart"
