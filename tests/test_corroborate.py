"""corroborate: the same figure, quote, event or actor from several sources; sources that differ."""

from __future__ import annotations

import pytest

from briefgen.compose import compose
from briefgen.config import Audience
from briefgen.corroborate import figure_key, merge_actors, merge_figures, merge_quotes
from briefgen.models import Article, BriefQuote, Entity, Event, Extraction, Figure, Quote


@pytest.mark.parametrize(("text", "key"), [
    ("$449,000", (449000.0, "$")),
    ("roughly $449,000", (449000.0, "$")),
    ("nearly $449,000 campaign", (449000.0, "$")),
    ("$22.6bn", (22.6e9, "$")),
    ("$9.5 billion lifeline", (9.5e9, "$")),
    ("14 companies", (14.0, "company")),
    ("up to 80 metric tons of freight", (80.0, "ton")),
    ("3.8 percent", (3.8, "%")),
    ("45%", (45.0, "%")),
    ("0-60 mph", (0.0, "mph-60")),
    ("five companies", (5.0, "company")),
    ("two inches", (2.0, "inch")),
    ("more than a million tonnes of grain", (1e6, "tonne")),  # "a million" is a number
    ("a $3 billion offer", (3e9, "$")),  # an article before a number is not one
    ("no number here", None),
])
def test_figure_key(text: str, key: tuple[float, str] | None) -> None:
    assert figure_key(text) == key


def _ex(source: str, body: str, figures: list[str] = (), quotes: list[tuple[str, str]] = (),  # type: ignore[assignment]
        entities: list[tuple[str, str, int]] = (), events: list[tuple[str, str]] = ()) -> Extraction:  # type: ignore[assignment]
    def span(text: str) -> tuple[int, int]:
        start = body.index(text)
        return start, start + len(text)

    return Extraction(
        article=Article(source=source, body=body, title=f"Report from {source}"),
        figures=[Figure(text=f, start=span(f)[0], end=span(f)[1]) for f in figures],
        quotes=[Quote(text=t, start=span(t)[0], end=span(t)[1], speaker=who, speaker_type="person")
                for who, t in quotes],
        entities=[Entity(name=n, label=label, mentions=k) for n, label, k in entities],
        timeline=[Event(text=t, start=span(t)[0], end=span(t)[1], date=d) for d, t in events],
    )


def test_one_figure_from_three_sources_is_printed_once_citing_all() -> None:
    a = _ex("a", "The ad campaign cost roughly $449,000, the state said.", ["roughly $449,000"])
    b = _ex("b", "The state paid nearly $449,000 for the campaign.", ["nearly $449,000"])
    c = _ex("c", "Its $449,000 contract went to an agency in Minneapolis.", ["$449,000"])
    (item,) = merge_figures([a, b, c])
    assert item.cites == [1, 2, 3] and item.corroboration == 3 and not item.variants


def test_sources_differ_on_a_figure() -> None:
    a = _ex("a", "The Halden Bridge carries about 42,000 vehicles a day across the Ostra river, the council said.",
            ["42,000 vehicles"])
    b = _ex("b", "The Halden Bridge over the Ostra river carries about 48,000 vehicles a day, the council said.",
            ["48,000 vehicles"])
    (item,) = merge_figures([a, b])
    assert [(v.text, v.cites) for v in item.variants] == [("42,000 vehicles", [1]), ("48,000 vehicles", [2])]
    assert item.cites == [1, 2]


def test_different_things_with_the_same_unit_do_not_differ() -> None:
    """Two cars' top speeds are two facts, not a disagreement."""
    a = _ex("a", "The Volkswagen concept reaches 60 mph in five seconds with a top speed of 109 mph.", ["109 mph"])
    b = _ex("b", "Audi says the Sportback coupe will be sold in Europe first; its top speed is 124 mph.", ["124 mph"])
    items = merge_figures([a, b])
    assert len(items) == 2 and not any(i.variants for i in items)


def test_one_source_giving_two_numbers_is_not_a_disagreement() -> None:
    a = _ex("a", "Unemployment fell to 3.8 percent in May and to 3.5 percent in June, the office said.",
            ["3.8 percent", "3.5 percent"])
    assert [i.variants for i in merge_figures([a])] == [[], []]


def test_figures_several_sources_give_come_first() -> None:
    a = _ex("a", "Tickets cost $40. The tour visits 30 cities next summer.", ["$40", "30 cities"])
    b = _ex("b", "The band will play 30 cities on the tour.", ["30 cities"])
    items = merge_figures([a, b])
    assert items[0].text == "30 cities" and items[0].cites == [1, 2]


def test_quotes_same_words_cite_every_source_other_wording_marked() -> None:
    said = "We cannot take any risk with a structure that carries this much traffic"
    a = _ex("a", f'"{said}," Reyl said.', quotes=[("Tomas Reyl", said)])
    b = _ex("b", f'Engineer Tomas Reyl said: "{said}."', quotes=[("Tomas Reyl", said)])
    other = "We cannot take a risk with a bridge that carries this much traffic every day"
    c = _ex("c", f'"{other}," Reyl told reporters.', quotes=[("Reyl", other)])
    chosen = [BriefQuote(text=said, speaker="Tomas Reyl", cites=[1])]
    (q,) = merge_quotes(chosen, [a, b, c])
    assert q.corroboration == 2
    assert [(v.text, v.cites) for v in q.variants] == [(said, [1, 2]), (other, [3])]
    assert q.cites == [1, 2, 3]


def test_actor_type_follows_most_sources() -> None:
    a = _ex("a", "x", entities=[("Blue Origin", "ORG", 3)])
    b = _ex("b", "x", entities=[("Blue Origin", "PERSON", 1)])
    c = _ex("c", "x", entities=[("Blue Origin", "ORG", 1), ("Jeff Bezos", "PERSON", 2)])
    actors = merge_actors([a, b, c], 10)
    assert [(x.name, x.kind, x.mentions) for x in actors] == [("Blue Origin", "Organisation", 5),
                                                               ("Jeff Bezos", "Person", 2)]


def test_one_row_for_a_person_however_each_source_names_them() -> None:
    a = _ex("a", "x", entities=[("Dana Merrow", "PERSON", 3), ("the Kremlin", "ORG", 1)])
    b = _ex("b", "x", entities=[("President Merrow", "PERSON", 2), ("Kremlin", "ORG", 2)])
    c = _ex("c", "x", entities=[("Merrow", "PERSON", 1), ("Kit Ames", "PERSON", 1)])
    actors = merge_actors([a, b, c], 10)
    assert sorted((x.name, x.mentions) for x in actors) == [
        ("Dana Merrow", 6), ("Kit Ames", 1), ("the Kremlin", 3)]


def test_the_writer_named_in_the_sign_off_is_no_actor() -> None:
    a = _ex("a", "x", entities=[("Dana Merrow", "PERSON", 2), ("Kit Ames", "PERSON", 1)])
    a.article.byline = "By Kit Ames and Lou Vance, Associated Press"
    assert [x.name for x in merge_actors([a], 10)] == ["Dana Merrow"]
    a.entities[1].relation = "speaker"  # a writer quoted in the story is one
    assert {x.name for x in merge_actors([a], 10)} == {"Dana Merrow", "Kit Ames"}


def test_a_surname_two_people_share_stays_apart() -> None:
    a = _ex("a", "x", entities=[("Hillary Clinton", "PERSON", 3), ("Bill Clinton", "PERSON", 2)])
    b = _ex("b", "x", entities=[("Clinton", "PERSON", 2)])
    assert len(merge_actors([a, b], 10)) == 3


def test_brief_marks_sources_differ_on_dates_and_renders_it() -> None:
    from briefgen.render.html import render_html

    a = _ex("a", "The agency signed the lander contract with Ceres Robotics in May 2024.",
            figures=[], events=[("2024-05", "The agency signed the lander contract with Ceres Robotics")])
    b = _ex("b", "The agency signed the lander contract with Ceres Robotics in July 2024.",
            events=[("2024-07", "The agency signed the lander contract with Ceres Robotics")])
    a.timeline[0].precision = b.timeline[0].precision = "month"
    brief = compose([a, b], Audience(max_timeline=5))
    (event,) = brief.timeline
    assert [(v.text, v.cites) for v in event.variants] == [("May 2024", [1]), ("July 2024", [2])]
    html = render_html(brief, "policy", embed_fonts=False)
    assert "sources differ" in html and "July 2024" in html


def test_a_quote_one_source_gives_in_part_is_printed_once_in_full() -> None:
    full = "Safety comes before everything else, and we will replace every affected module free of charge"
    part = "Safety comes before everything else"
    a = _ex("a", f'"{full}," Lindqvist said.', quotes=[("Anja Lindqvist", full)])
    b = _ex("b", f'"{part}," she said.', quotes=[("Anja Lindqvist", part)])
    chosen = [BriefQuote(text=full, speaker="Anja Lindqvist", cites=[1]),
              BriefQuote(text=part, speaker="Anja Lindqvist", cites=[2])]
    (q,) = merge_quotes(chosen, [a, b])
    assert q.text == full and q.cites == [1, 2] and q.corroboration == 2


def test_words_already_in_a_longer_quote_are_not_printed_again() -> None:
    full = ("If the talks fail, the council certainly would not stand by and watch. "
            "We have the means to reopen the harbour.")
    part = "will not stand by and watch"
    other = "We will not stand for this"
    text = (f'Mayor Idris Vell said the council "{part}". "{full}," Vell told reporters. '
            f'"{other}," said Nora Pike, a dock worker.')
    a = _ex("a", text, quotes=[("Idris Vell", part), ("Idris Vell", full), ("Nora Pike", other)])
    b = _ex("b", f'Vell said the council "{part}".', quotes=[("Idris Vell", part)])
    chosen = [BriefQuote(text=part, speaker="Idris Vell", cites=[1, 2]),
              BriefQuote(text=full, speaker="Idris Vell", cites=[1]),
              BriefQuote(text=other, speaker="Nora Pike", cites=[1])]
    merged = merge_quotes(chosen, [a, b])
    assert [(q.speaker, q.text) for q in merged] == [("Idris Vell", full), ("Nora Pike", other)]
    assert merged[0].cites == [1, 2]


def test_a_speaker_repeating_a_few_words_in_a_new_remark_keeps_both() -> None:
    one = "The harbour will reopen on Monday"
    two = "Nobody can tell when the harbour will be safe again for the ferries"
    a = _ex("a", f'"{one}," Vell said. "{two}," Vell added.', quotes=[("Idris Vell", one), ("Idris Vell", two)])
    chosen = [BriefQuote(text=one, speaker="Idris Vell", cites=[1]),
              BriefQuote(text=two, speaker="Idris Vell", cites=[1])]
    assert [q.text for q in merge_quotes(chosen, [a])] == [one, two]


def test_a_title_alone_is_its_own_row_beside_a_one_word_name() -> None:
    # "The Queen" has no name words once its title is set aside; it once gave an empty
    # key, and the surname merge then crashed on any one-word name beside it.
    a = _ex("a", "x", entities=[("The Queen", "PERSON", 3), ("Harry", "PERSON", 2),
                                ("Anne Lisle", "PERSON", 1)])
    b = _ex("b", "x", entities=[("Queen", "PERSON", 1), ("Pope", "PERSON", 1)])
    rows = {x.name: x.mentions for x in merge_actors([a, b], 10)}
    assert rows == {"The Queen": 4, "Harry": 2, "Anne Lisle": 1, "Pope": 1}


def test_a_surname_and_a_full_name_one_source_keeps_apart_stay_two_rows() -> None:
    # the source's cast read two people: "President Merrow" and the "Ada Merrow" of a
    # quoted caption; another source's bare surname still joins the one full name
    a = _ex("a", "x", entities=[("Merrow", "PERSON", 3), ("Ada Merrow", "PERSON", 1)])
    assert sorted((x.name, x.mentions) for x in merge_actors([a], 10)) == [
        ("Ada Merrow", 1), ("Merrow", 3)]
    b = _ex("b", "x", entities=[("Ada Merrow", "PERSON", 2)])
    c = _ex("c", "x", entities=[("Merrow", "PERSON", 1)])
    assert [(x.name, x.mentions) for x in merge_actors([b, c], 10)] == [("Ada Merrow", 3)]
