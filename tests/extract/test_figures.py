"""Figures: each number with what it counts; no years, ages or repeats.

Articles are written for these tests; each row is one rule of extract/figures.py.
"""

from __future__ import annotations

import pytest

from briefgen.compose import figure_line
from briefgen.extract.figures import _not_a_figure, extract_figures
from tests.conftest import parse

pytestmark = pytest.mark.slow


def _lines(text: str) -> list[str]:
    return [figure_line(f.text, f.label) for f in extract_figures(parse(text), [])]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # money: what it cost, from the clause's subject and verb
        ("The advertising campaign cost the county roughly $312,000, according to the Valley Herald.",
         "roughly $312,000: advertising campaign cost the county"),
        # a share: the noun it is the value of
        ("In 2018, the ministry reported that the share of teenagers who smoke was 6.2 percent.",
         "6.2 percent: share of teenagers"),
        ("The rate rose, compared to the national average of 4 percent.", "4 percent: national average"),
        # a distance: the place word it measures
        ("The clinic is around 140 miles east of Denver.", "around 140 miles: east of Denver"),
        # a count of one plain noun says whose it is: the clause's doer
        ("The plant employs 2,300 workers on three shifts.", "2,300 workers: plant employs"),
        ("The firm earned $4.1 billion in the quarter.", "$4.1 billion: firm earned in the quarter"),
        # a relative clause's "which"/"that" stands for the noun it follows
        ("The navy tested drones that can fly 600km (370 miles) without refuelling.",
         "600km (370 miles): drones can fly"),
        ("The levy, which raises $2 million a year, was renewed.", "$2 million: levy raises"),
    ],
)
def test_every_figure_says_what_it_counts(text: str, line: str) -> None:
    assert line in _lines(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Ortega, 47, was elected mayor of the town.",  # an age
        "The 58-year-old driver was unhurt.",  # an age
        "The 2024 lunar mission was delayed by a year.",  # a year
        "The train left at 4:25 and arrived late.",  # a time of day
        "Ticker Last Change 225.86 -12.99 -5.44%",  # page furniture
    ],
)
def test_years_ages_times_and_furniture_are_not_figures(text: str) -> None:
    assert _lines(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "to the tune of", "a sum of": the noun says only "an amount"
        ("The grants were paid out, to the tune of $31 million, to rural clinics.", ": tune"),
        # words that count another number do not say what this one counts
        ("The artists built a new installation: forty lanterns of three metres each.", "forty lanterns"),
    ],
)
def test_a_label_that_says_nothing_is_not_printed(text: str, wrong: str) -> None:
    assert not [line for line in _lines(text) if wrong in line.split(": ", 1)[-1] and ": " in line]


def test_a_conversion_in_the_same_sentence_is_printed_once() -> None:
    lines = _lines("A rail tanker, which holds about 30,000 gallons, or 113,000 litres, of fuel, overturned.")
    assert len(lines) == 1 and lines[0].startswith("about 30,000 gallons"), lines


def test_two_amounts_of_one_clause_in_the_same_currency_are_both_kept() -> None:
    lines = _lines("The grocer earned $1.9 billion, or $3.10 per share, in the quarter.")
    assert sum(line.startswith("$") for line in lines) == 2, lines


def test_the_same_figure_is_printed_once() -> None:
    lines = _lines("The plant employs 2,300 workers. Officials said the plant employs 2,300 workers "
                   "across three shifts.")
    assert sum("2,300" in line for line in lines) == 1


def test_a_number_with_nothing_to_say_what_it_counts_is_left_out() -> None:
    assert _lines("It was 35 percent.") == []


def test_a_sentence_without_a_full_stop_still_has_figures() -> None:
    lines = _lines("Drought relief grants, valued at more than $40 million (£31m), are still frozen "
                   "in the state budget")
    assert "more than $40 million (£31m): Drought relief grants" in lines


def test_the_valued_thing_is_printed_as_the_article_spaces_it() -> None:
    lines = _lines("Mayor Lee's housing plan, valued at $2 billion, passed the council on Friday.")
    assert "$2 billion: Mayor Lee's housing plan" in lines


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a figure in brackets after a noun phrase is that noun's share
        ("Sales were led by frozen meals (41%), followed by canned soups (33%), dried pasta (19%) "
         "and finally fresh bread (7%).", "33%: canned soups"),
        ("Sales were led by frozen meals (41%), followed by canned soups (33%), dried pasta (19%) "
         "and finally fresh bread (7%).", "7%: fresh bread"),
        ("She rides the Halvard Trek ($640) to work every day.", "$640: Halvard Trek"),
        # a name in capitals that is also a unit's symbol is a name before its bracket
        ("Velto (24%), HP (21%) and Brisko (17%) sold most of the laptops in Vell last year.",
         "21%: HP"),
        # ... but after "be", the share is the subject's
        ("Wind turbines are the largest source of new power (46%) in the region.",
         "46%: Wind turbines"),
        # a hyphenated word is printed whole
        ("Sales of in-store coffee machines fell by 20% last year.",
         "20%: Sales of in-store coffee machines fell"),
        ("The rebuilt co-op bakery earned about $40,000 last spring.",
         "about $40,000: rebuilt co-op bakery earned"),
        # a number-word grows into the noun it modifies
        ("The club snapped a 14-game losing streak on Saturday.", "a 14-game losing streak: club snapped"),
        # "A and B of X": both are X
        ("The two models will have 58 kWh and 77 kWh of storage, respectively.", "58 kWh: storage"),
        # a number that measures a comparison: what is compared, and with what
        ("The ferry operator says winter fares are 15% higher than summer fares.",
         "15%: winter fares higher than summer fares"),
        ("The bakery added new ovens, which are 30% more efficient than the old ones.",
         "30%: new ovens more efficient than the old ones"),
        # a long subject keeps its noun
        ("The available state, county and city data put the cost at about $9 million.",
         "about $9 million: available state county and city data put the cost"),
        # what is worth the money
        ("The mill was sold to a rival in a deal worth $85 million last week.", "$85 million: deal"),
        ("Thieves took several thousand dollars worth of copper wire from the depot.",
         "several thousand dollars worth of copper wire: Thieves took"),
    ],
)
def test_a_label_is_the_noun_the_number_belongs_to(text: str, line: str) -> None:
    assert line in _lines(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an "and" that joins something else to the number ends the slice
        ("You can find the kettle for $35 and spring pricing on toasters from $20.", "$35 and"),
        # a clause set off by a comma is not part of what is counted
        ("The artists hung sixty lanterns of two metres each, which together form a ship.", "which"),
    ],
)
def test_a_figure_stops_where_its_noun_phrase_ends(text: str, wrong: str) -> None:
    assert not [line for line in _lines(text) if wrong in line], _lines(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a count of one plain noun says who has it
        ("Marta Lindqvist planted 3,100 trees along the river last spring.",
         "3,100 trees: Marta Lindqvist planted"),
        # a dateline glued to the first word is no part of the name
        ("(KTV)Marta Lindqvist planted 3,100 trees along the river last spring.",
         "3,100 trees: Marta Lindqvist planted"),
        # the count in a phrase on the verb's object: the object too
        ("The bakery chain has shops in 40 towns and plans to open more next year.",
         "40 towns: bakery chain has shops"),
    ],
)
def test_a_bare_count_says_whose_it_is(text: str, line: str) -> None:
    assert line in _lines(text)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a charge list: no clause says whose bond it is
        ("Dana R. Pruitt: burglary, trespass; detained on $45,000 bond.", "$45,000 bond"),
        # the count belongs to the subject itself: no doer to name
        ("One survey of 212 nurses found that night shifts were getting longer.", "212 nurses"),
        ("One trial in 64 older adults found that walking lowered blood pressure.", "64 older adults"),
        # a plain noun phrase with no clause of its own to say whose it is or what of it
        ("The van will start at $41,000, not including a $6,500 state tax credit.", "$6,500"),
        ("That is down from the usual $189 price tag and typical $170 holiday sale rate.", "$189"),
        ("That is down from the usual $189 price tag and typical $170 holiday sale rate.", "$170"),

    ],
)
def test_a_count_nobody_owns_is_left_out(text: str, bare: str) -> None:
    assert not [line for line in _lines(text) if bare in line], _lines(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Police said Tina K. Voss, 48, of 2460 W. County Road 350N, was taken to hospital.",
         "2460 W. County Road"),
        ("The suspect was arrested at his home at 418 Orchard Street on Tuesday evening.",
         "418 Orchard Street"),
        ("The office moved to 77 Harbor View Drive last year, the company said.", "77 Harbor View Drive"),
    ],
)
def test_a_street_address_is_no_figure(text: str, address: str) -> None:
    # the model sometimes tags a house number and its street as a quantity ("PERCENT",
    # "CARDINAL"): whatever the tag, an address counts nothing
    doc = parse(text)
    start = text.index(address)
    ent = doc.char_span(start, start + len(address), label="QUANTITY")
    assert ent is not None
    doc.ents = [e for e in doc.ents if e.end <= ent.start or e.start >= ent.end] + [ent]
    lines = [figure_line(f.text, f.label) for f in extract_figures(doc, [])]
    assert not [line for line in lines if address.split()[0] in line], lines


@pytest.mark.parametrize(("text", "figure"), [
    ("The fund paid 1200 St. Louis families after the flood, the city said.", "1200"),
    ("The bank closed 140 Main Street branches in the past two years.", "140"),
])
def test_a_count_before_a_street_like_name_is_still_a_figure(text: str, figure: str) -> None:
    # a house number follows "at", "of", "on"...; after a verb it counts something
    doc = parse(text)
    num = next(t for t in doc if t.text == figure)
    ent = doc.char_span(num.idx, num.idx + len(num.text), label="CARDINAL")
    assert ent is not None
    assert not _not_a_figure(doc, ent)


def test_a_footnote_mark_is_not_part_of_a_label() -> None:
    text = ("Nurses on the ward hear many alarms, and up to 85% of them do not need any response "
            "at all[3]. The firm said so in a statement.")
    lines = _lines(text)
    assert lines and not [line for line in lines if "[" in line], lines


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # a size or specification worn by a noun is no figure
        ("The new hatchback gets a 1.6-liter three-cylinder engine and a 190-horsepower motor.", "liter"),
        ("The new hatchback gets a 1.6-liter three-cylinder engine and a 190-horsepower motor.", "horsepower"),
        ("A 240 horsepower electric motor drives the rear wheels of the Kestrel van.", "240"),
        ("The Kestrel van rides on 19-inch wheels and has a 64 kWh battery pack.", "19-inch"),
        ("The Kestrel van rides on 19-inch wheels and has a 64 kWh battery pack.", "64 kWh"),
        ("The firm sold a 120-page annual report.", "120-page"),
    ],
)
def test_a_specification_is_not_a_figure(text: str, spec: str) -> None:
    assert not [line for line in _lines(text) if spec in line], _lines(text)


def test_an_area_in_two_unit_words_is_still_a_figure() -> None:
    lines = _lines("The reserve covers 340 square miles of wetland, the agency said.")
    assert [line for line in lines if "340 square miles" in line], lines


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a noun phrase grown round its number says whose it is: the clause's doer
        ("Harlow Foods acquired a 35% ownership stake in the Brenner bakery chain on Monday.",
         "a 35% ownership stake in the Brenner bakery chain: Harlow Foods acquired"),
        ("The Wrens ended a 12-game losing streak against the Owls on Friday.",
         "a 12-game losing streak: Wrens ended"),
        # a count that does the verb is labelled by it
        ("After the storm, more than 4,000 homes lost power in the valley.",
         "more than 4,000 homes: lost power"),
        # a label keeps its doer when no other count's phrase is in the way
        ("The charity raised $134,000 on 22 stalls for the shelter.", "$134,000: charity raised"),
    ],
)
def test_a_figure_says_whose_it_is(text: str, line: str) -> None:
    lines = _lines(text)
    assert line in lines, lines


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a verb without its doer says neither whose the number is nor what it counts
        ("The Otters led 7-3 at the half before scoring 21 points in the third quarter.", "21 points"),
        ("You can also buy a travel case with a second strap for $45 less.", "$45"),
        # a label naming another count is about that count
        ("The Orca scooter will go 40 miles to more than 55 miles per charge, the maker said.",
         "more than 55 miles per"),
        # one common noun says not whose the money is
        ("Once you spread the sum over 12 months, the value is about $2.8 million per month.",
         "value"),
    ],
)
def test_a_label_that_says_not_whose_is_not_printed(text: str, wrong: str) -> None:
    assert not [line for line in _lines(text) if wrong in line], _lines(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a range is one figure, not its two ends on two rows
        ("The Orca van will go 230 miles to more than 290 miles per charge, the maker said.",
         "230 miles to more than 290 miles: Orca van will go"),
        ("Growers aim to have at least 12 to 15 times their usual harvest stored.",
         "at least 12 to 15 times their usual harvest"),
        ("Organisers expect 40,000 to 50,000 visitors at the fair next month.",
         "40,000 to 50,000 visitors: Organisers expect"),
    ],
)
def test_a_range_is_one_figure(text: str, line: str) -> None:
    lines = _lines(text)
    assert line in lines, lines
    assert len(lines) == 1, lines


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # "from A to B" of a change is printed as a change, not as a spread of values
        ("Duties on Orvan steel were increased from 10% to 25% in May, the ministry said.",
         "from 10% to 25%: Duties on Orvan steel increased"),
        ("The council cut the harbour levy from 12% to 9% last year.",
         "from 12% to 9%: council cut the harbour levy"),
        ("In one trial, increasing fibre intake from 15% to 30% led to lower weight.",
         "from 15% to 30%: increasing fibre intake"),
        # a spread stays a range
        ("Tickets for the Velm festival range from $150 to $200, organisers said.",
         "$150 to $200: Tickets for the Velm festival range"),
    ],
)
def test_a_change_from_one_amount_to_another_says_from(text: str, line: str) -> None:
    lines = _lines(text)
    assert line in lines, lines
    assert len(lines) == 1, lines


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a label keeps its verb's modal, "not" and particle: not "Harlow Fund hand"
        ("The Harlow Fund will hand out $900,000 to students next year.",
         "$900,000: Harlow Fund will hand out to students"),
        ("The Orca van will go 230 miles per charge, the maker said.", "230 miles: Orca van will go"),
        ("Over 9 million people would not lose their cover under the plan, the report said.",
         "Over 9 million people: would not lose their cover"),
    ],
)
def test_a_label_keeps_its_modal_negation_and_particle(text: str, line: str) -> None:
    assert line in _lines(text)


def test_the_same_range_is_printed_once() -> None:
    lines = _lines("Growers aim to have at least 12 to 15 times their usual harvest stored. "
                   "One grower suggests having between 12 and 15 times your usual harvest stored.")
    assert len(lines) == 1, lines


@pytest.mark.parametrize(
    "text",
    [
        # a game's box score: a player's statistics, a team's record
        "Rhys Dolan rushed for 88 yards and a touchdown on 19 carries for Northfield.",
        "Ana Vik made 31 saves and the Herons beat the Otters.",
        "Tom Reyes stopped 29 shots as the Herons improved to 9-2-1 in their last 12 games.",
        "Lena Park was 18-of-25 passing for 240 yards.",
        "Ivo Tamm stopped 33 shots.",
        # an acceleration test's name is no speed
        "The new hatchback will go from zero to 60 mph (97 kph) in 5.9 seconds.",
        "In that setup, 0-60 mph could arrive in 4.9 seconds, the maker says.",
        # a size among the words of one noun phrase
        "The wagon keeps the old model's 181 hp 2.5-liter four-cylinder gas engine driving the rear wheels.",
    ],
)
def test_game_statistics_and_specifications_are_no_figures(text: str) -> None:
    assert _lines(text) == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a count of shots that are no game's
        ("The clinic gave 4,000 flu shots in its first week, the county said.", "4,000 flu shots: clinic gave"),
        # a count of a plain noun phrase says what it counts
        ("Two-thirds of the city's 30,000 homeless people sleep outside, the mayor said.",
         "30,000 homeless people"),
        ("The letter was signed by 41 Labour councillors last week.", "41 Labour councillors"),
        # a plain noun phrase that does its clause's verb says what it is
        ("The $49 charging brick regularly goes on sale for $29.", "$49 charging brick"),
        ("The van tops out at 112 mph, the maker says.", "112 mph: van tops out"),
    ],
)
def test_figures_near_those_rules_are_kept(text: str, line: str) -> None:
    lines = _lines(text)
    assert line in lines, lines


@pytest.mark.parametrize(("text", "rank"), [
    ("Ana Ruiz, the No. 4 seed, beat the defending champion in three sets.", "4"),
    ("Housing is the #1 priority of the new council, the mayor said.", "1"),
    ("Cost is the number two reason families give for leaving the scheme.", "two"),
    ("The firm is the No.2 seller of e-bikes in the region.", "No.2"),
])
def test_a_rank_is_no_figure(text: str, rank: str) -> None:
    # "No.", "#" or "number" before it: a place in an order, whatever the model tags it
    doc = parse(text)
    start = text.index(rank)
    ent = doc.char_span(start, start + len(rank), label="CARDINAL")
    assert ent is not None
    assert _not_a_figure(doc, ent)


def test_a_count_after_no_answer_is_still_a_figure() -> None:
    # "No." that ends a sentence is an answer, not the mark of a rank
    doc = parse('Was the vote close? "No." 300 members backed the plan.')
    num = next(t for t in doc if t.text == "300")
    ent = doc.char_span(num.idx, num.idx + 3, label="CARDINAL")
    assert ent is not None
    assert not _not_a_figure(doc, ent)


@pytest.mark.parametrize(("text", "line"), [
    ("Women make up 40% of the board's members, the report found.",
     "40% of the board's members: Women make up"),
    ("Tourists made up about 60% of the 2,000 visitors last year.",
     "about 60% of the 2,000 visitors: Tourists made up"),
])
def test_make_up_is_the_verb_a_share_hangs_from(text: str, line: str) -> None:
    # "up" is the verb's particle, not a hedge ("up to"): the share is the subject's
    assert line in _lines(text)


def test_up_to_is_still_a_hedge() -> None:
    assert any(line.startswith("up to 40%") for line in _lines("Fares rose up to 40% in the city last year."))
