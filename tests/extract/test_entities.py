"""Actors: merging, roles, relations and junk, against the real model."""

from __future__ import annotations

import pytest

from briefgen.extract.cast import actor_key as name_key
from briefgen.extract.entities import extract_entities
from briefgen.extract.quotes import extract_quotes
from briefgen.models import Entity, Quote
from tests.conftest import parse

pytestmark = pytest.mark.slow

ARTICLE = (
    "Chilean President Mateo Vidal met South Korean trade minister Choi Min Jae in Busan on "
    "Wednesday.\n\n"
    "Vidal's spokesman said the talks went well. Choi Min-jae arrived by high-speed train, and "
    "Choi later toured a shipyard.\n\n"
    "\u201cThe copper we ship north has doubled in a single year,\u201d Commerce Department "
    "spokeswoman Ellen Hart said in Washington.\n\n"
    "Tomas Rivera, a professor of development economics at the University of Valparaiso, "
    "said the deal was a turning point. Rivera said both economies needed new buyers.\n\n"
    "The United States imposed new tariffs on Friday. The US has acted alone before."
)


@pytest.fixture(scope="module")
def actors() -> dict[str, Entity]:
    doc = parse(ARTICLE)
    found = extract_entities(doc, extract_quotes(doc))
    return {e.name: e for e in found}


def _find(actors: dict[str, Entity], key: str) -> Entity:
    hits = [e for e in actors.values() if name_key(key) in {name_key(e.name)} | {name_key(a) for a in e.aliases}]
    assert len(hits) == 1, f"{key!r}: {hits}"
    return hits[0]


def test_hyphenated_spellings_are_one_person(actors: dict[str, Entity]) -> None:
    choi = _find(actors, "Choi Min Jae")
    assert _find(actors, "Choi") is choi
    assert _find(actors, "Choi Min-jae") is choi
    assert choi.label == "PERSON"
    assert choi.mentions >= 3
    assert choi.role is not None and "trade minister" in choi.role


def test_surname_joins_full_name_and_possessive_is_stripped(actors: dict[str, Entity]) -> None:
    vidal = _find(actors, "Vidal")
    assert vidal.name == "Mateo Vidal"
    assert vidal.mentions == 2
    assert vidal.role == "Chilean President"
    assert not any(n.endswith(("'s", "\u2019s")) for n in actors)


def test_roles_from_title_and_appositive(actors: dict[str, Entity]) -> None:
    assert "spokeswoman" in (_find(actors, "Ellen Hart").role or "")
    rivera = _find(actors, "Tomas Rivera")
    assert rivera.role is not None and rivera.role.startswith("professor of development economics")
    assert rivera.mentions == 2


def test_places_fold_short_forms(actors: dict[str, Entity]) -> None:
    us = _find(actors, "United States")
    assert us.relation == "place"
    assert us.mentions >= 2
    assert _find(actors, "Washington").relation == "place"


def test_speaker_relation_comes_from_quotes() -> None:
    doc = parse("Jane Doe, the mayor, spoke. \u201cWe will rebuild the bridge,\u201d Doe said.")
    quote = Quote(text="We will rebuild the bridge,", start=30, end=57, speaker="Doe")
    (jane,) = [e for e in extract_entities(doc, [quote]) if e.label == "PERSON"]
    assert jane.name == "Jane Doe"
    assert jane.relation == "speaker"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("She stood at an organ at the back of the hall and played the opening of \u201cDrivin\u2019 "
         "It to the Valleys.\u201d The cheers from the hall went on for a while.", {"Drivin", "Valleys"}),
        ("After hitting \u201cRollin\u2019 It To the Hills,\u201d the singer waved to the crowd.",
         {"Rollin", "Hills"}),
    ],
)
def test_a_word_of_a_title_in_quote_marks_is_no_actor(text: str, names: set[str]) -> None:
    # a song's title in quote marks: its capitalised words are no organisations
    found = _actors_of(text)
    assert all(e.salience == 0 for n, e in found.items() if n in names), found


def test_an_organisation_named_outside_quote_marks_stays_an_actor() -> None:
    found = _actors_of("The Ostmark Philharmonic played \u201cRidin\u2019 Down to the Harbor\u201d "
                       "on Friday. The Ostmark Philharmonic said the tour would go on.")
    assert (found["Ostmark Philharmonic"].salience or 0) > 0


@pytest.mark.parametrize(
    ("text", "actor", "unit"),
    [
        # a company and its regional arm: the arm's boss is named once
        ("Corvane sells alarm systems to hospitals. Corvane said sales rose, and Corvane plans "
         "to hire. \"We are growing,\" said Rob Tallis, President of Corvane North America.",
         "Corvane", "Corvane North America"),
        # a maker and its product
        ("Brisco makes phones. Brisco said on Monday that Brisco would cut prices, and the "
         "Brisco Fold will cost less.", "Brisco", "Brisco Fold"),
    ],
)
def test_an_organisation_and_a_longer_name_opening_with_it_are_one_actor(
        text: str, actor: str, unit: str) -> None:
    found = _actors_of(text)
    assert (found[actor].salience or 0) > 0, found
    assert unit not in found or found[unit].salience == 0, found[unit]


def test_reported_speech_alone_is_not_quoted() -> None:
    # "Orlin says ..." with no quote marks: the brief's Key actors must not print "quoted"
    doc = parse("Pavel Orlin, the dog's owner, flew in on Friday. Orlin says the family had "
                "given up hope of seeing the dog again.")
    said = Quote(text="the family had given up hope of seeing the dog again", start=60,
                 end=112, speaker="Orlin", kind="indirect")
    (pavel,) = [e for e in extract_entities(doc, [said]) if e.label == "PERSON"]
    assert pavel.name == "Pavel Orlin"
    assert pavel.relation == "subject"


def test_no_junk_names() -> None:
    doc = parse(
        "the 2019 figures were released on 12/03 by a. b. smith. Photo via Getty Images. "
        "Officials in Paris said the report (REUTERS) was late."
    )
    names = [e.name for e in extract_entities(doc, [])]
    assert all(n[0].isupper() and len(n) > 1 for n in names), names
    assert not any("Getty" in n or n == "REUTERS" for n in names), names
    assert "Paris" in names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Maria Lopez, 33, was taken to hospital on Friday.", "Maria Lopez", None),
        ("Former Vice President Dick Cheney and George W. Bush met donors.", "George W. Bush",
         None),
        ("Former Vice President Dick Cheney and George W. Bush met donors.", "Dick Cheney",
         "Former Vice President"),
        ("The ruling was welcomed by Anna Berg, a spokeswoman for the ministry, on Monday.",
         "Anna Berg", "spokeswoman for the ministry"),
    ],
)
def test_roles_not_ages_or_other_names(text: str, name: str, role: str | None) -> None:
    found = {e.name: e for e in extract_entities(parse(text), [])}
    assert name in found, list(found)
    assert found[name].role == role


def _actors_of(text: str) -> dict[str, Entity]:
    doc = parse(text)
    return {e.name: e for e in extract_entities(doc, extract_quotes(doc))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued to page furniture is cut back to the name
        ("Governor Dana Whitfield defended the campaign on Monday.\n\nDana WhitfieldDana Whitfield "
         "said the ads were working.", {"Dana Whitfield": "PERSON"}),
        # a possessive splits the owner from what is theirs
        ("Jeff Bezos's Blue Origin will bid for the contract, officials said.",
         {"Jeff Bezos": "PERSON", "Blue Origin": "ORG"}),
        # nationality words are not actors
        ("Afghan officials said the Taliban had freed the hostages. Israeli troops were not involved.",
         {"Taliban": "ORG"}),
        # short and full first names, a generational suffix: one man
        ("Pat Carlineo was arrested in April. Patrick Carlineo Jr. pleaded guilty on Monday. "
         "Carlineo faces prison.", {"Patrick Carlineo Jr.": "PERSON"}),
        # teams by their plural name, platforms by how they are used
        ("The Steelers beat the Browns on Sunday. The Steelers have won four straight.",
         {"Steelers": "ORG", "Browns": "ORG"}),
        ("Critics mocked the slogan on Twitter. Many Twitter users shared the video.", {"Twitter": "ORG"}),
        # a capital that acts is its country's government
        ("Pyongyang has denied the arms deals. North Korea fired a missile on Sunday. Pyongyang said "
         "the test was a success.", {"North Korea": "GPE"}),
        # a title the tagger took into the name is the role
        ("Browns DL Sheldon Richardson said the fight was ugly.", {"Sheldon Richardson": "PERSON"}),
        # a name the tagger cut short is grown to the whole name
        ("It came as envoy Ri Kwang Han flew to Jakarta.", {"Ri Kwang Han": "PERSON"}),
        # a first name and surname the tagger missed ("Weeks" read as a date)
        ("Canadian Aldo Brandt and Norwegian Henrik Weeks, both lecturers, were released on Friday.",
         {"Aldo Brandt": "PERSON", "Henrik Weeks": "PERSON"}),
        # a wire credit in the dateline is no actor
        ("LONDON (AP) \u2014 The party was accused on Wednesday of misleading voters.", {}),
        # a possessive inside an organisation's own name stays
        ("The People's Liberation Army moved troops into the city.", {"People's Liberation Army": "ORG"}),
        # events are not actors
        ("Spain beat Russia at the Davis Cup Finals on Monday.", {}),
        # one company under its full and its short name
        ("New Media Investment Group agreed to buy the chain. New Media said the deal would close "
         "soon. New Media shares rose.", {"New Media Investment Group": "ORG"}),
        # a one-word name never given in full is no person
        ("Gannett agreed to the merger. Gannett shareholders approved it, and Gannett said jobs "
         "would go.", {"Gannett": "ORG"}),
    ],
)
def test_each_actor_once_under_its_fullest_name(text: str, expected: dict[str, str]) -> None:
    found = _actors_of(text)
    central = {name: e.label for name, e in found.items() if e.salience > 0}
    assert central == expected


def test_the_pyongyang_that_acts_is_an_alias_of_north_korea() -> None:
    found = _actors_of("Pyongyang has denied the arms deals. North Korea fired a missile on Sunday.")
    assert "Pyongyang" in found["North Korea"].aliases
    assert "Pyongyang" not in found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Browns DL Sheldon Richardson said the fight was ugly.", "Sheldon Richardson", "Browns DL"),
        ("Fox News host Jeanine Pirro criticised the move.", "Jeanine Pirro", "Fox News host"),
        ("NPR's Emily Feng reported from the capital.", "Emily Feng", "NPR"),
        ("Petra Lind of the Ostmark Times said the case was rare.", "Petra Lind", "Ostmark Times"),
        ("Rep. Ilhan Omar asked for compassion.", "Ilhan Omar", "Representative"),
        ("Pittsburgh quarterback Mason Rudolph was hit with his own helmet.", "Mason Rudolph",
         "Pittsburgh quarterback"),
        ("US Secretary of State Lena Marsh announced the change.", "Lena Marsh", "US Secretary of State"),
        # a fuller description wins over a bare honorific
        ("General Oren Halberg, chairman of the Veltra Defence Staff, said troops would stay.",
         "Oren Halberg", "chairman of the Veltra Defence Staff"),
        # a plural title before a list is every member's
        ("The founding members Ada Kroll, Bram Osei and Lio Tamm will tour.", "Ada Kroll",
         "founding member"),
    ],
)
def test_roles_from_anywhere_in_the_article(text: str, name: str, role: str) -> None:
    found = _actors_of(text)
    assert name in found, list(found)
    assert found[name].role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place named once in passing
        ("The mayor, who grew up in Denver, opened the bridge on Monday.", "Denver"),
        # a common word read as a name
        ("Graffiti. We're cleaning it up, the banners said. The town has a graffiti problem.", "Graffiti"),
        # a place as the modifier of a title
        ("U.S. Attorney James Kennedy said the man pleaded guilty.", "United States"),
        # a one-word name the tagger guessed, mentioned once, with no role
        ("The simulation ran on the Hazel supercomputer for a year.", "Hazel"),
        # the page's legal small print
        ("The mayor opened the bridge. All material on this page is \u00a92019 Harbour Publishing Corp., "
         "a subsidiary of Quay Media Inc.", "Harbour Publishing Corp."),
        # a "place" nothing happens in
        ("The universe has expanded since the Big Bang. The Big Bang left a faint glow.", "Big Bang"),
    ],
)
def test_actors_named_in_passing_have_no_salience(text: str, name: str) -> None:
    found = _actors_of(text)
    assert name not in found or found[name].salience == 0, found.get(name)


def test_the_scene_of_the_story_is_an_actor() -> None:
    found = _actors_of("Three cases of plague were confirmed in Inner Mongolia. Inner Mongolia is "
                       "sparsely populated. Officials in Inner Mongolia said the risk was low.")
    assert found["Inner Mongolia"].label == "GPE"
    assert found["Inner Mongolia"].salience > 0
    assert found["Inner Mongolia"].relation == "place"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kotak Institutional Equities, a brokerage, cut its forecast.", "Kotak Institutional Equities",
         "brokerage"),
        ("After CEO and co-founder Idris Vell left, the board met.", "Idris Vell", "CEO and co-founder"),
        ("As Petra Lind reports for Radio Ostmark, the first complaints surfaced last week.", "Petra Lind",
         "Radio Ostmark"),
    ],
)
def test_roles_of_organisations_and_affiliations(text: str, name: str, role: str) -> None:
    found = _actors_of(text)
    assert name in found, list(found)
    assert found[name].role == role



def test_a_plural_title_is_singular_per_person_but_a_mass_noun_is_not() -> None:
    from briefgen.extract.cast import _noun_before

    doc = parse("It was reported by state media KCNA on Monday. The founding members Tom "
                "Johnston and Pat Simmons spoke.")
    at = {t.text: t.i for t in doc}
    assert _noun_before(doc, at["KCNA"]) == "state media"
    assert _noun_before(doc, at["Tom"]) == "founding member"


# -- actors2: names in passing (articles written for these tests) -----------------------


def _ranked(text: str) -> dict[str, Entity]:
    doc = parse(text)
    return {e.name: e for e in extract_entities(doc, extract_quotes(doc))}


def test_a_make_or_a_credit_is_no_actor() -> None:
    found = _ranked(
        "Police arrested Dana Merrow on Friday after a neighbour spotted Merrow's Vantora sedan "
        "outside the motel. Merrow was charged with kidnapping, police said.\n\n"
        "Dana Merrow's book about the case, \"Night Road\" (Orchard Lane Books, 2018; illustrated "
        "by Kelvin Marsh), is out now.")
    assert (found.get("Vantora") is None) or found["Vantora"].salience == 0
    assert found["Kelvin Marsh"].salience == 0
    assert found["Dana Merrow"].salience and found["Dana Merrow"].salience > 0


def test_an_agency_named_only_before_a_filing_is_still_an_actor() -> None:
    found = _ranked("The startup withdrew its plans on Monday, according to a Federal Trade "
                    "Commission filing seen by reporters. Dana Merrow, its founder, declined to comment.")
    ftc = [e for e in found.values() if "Federal Trade Commission" in e.name]
    assert ftc and (ftc[0].salience or 0) > 0


def test_a_country_whose_people_and_things_are_the_story_is_the_scene() -> None:
    found = _ranked(
        "Shares rose again on Monday. Analysts said reforms in India were behind the rally. "
        "Worries about the Indian economy keep mounting, and Indian banks are lending less. "
        "Dana Merrow, an analyst, said growth in India would slow.")
    assert (found["India"].salience or 0) > 0


def test_a_place_named_twice_as_the_scene_of_three_mentions_counts() -> None:
    found = _ranked(
        "Doctors confirmed two cases of typhus on Tuesday. The two patients, a farmer and his son, "
        "are from Dorvania, a remote region. A third patient, also from Dorvania, was treated "
        "on Saturday, the Dorvania health commission said.")
    assert (found["Dorvania"].salience or 0) > 0


def test_a_place_named_once_stays_in_passing() -> None:
    found = _ranked("Dana Merrow, the mayor, said on Monday the budget would pass. Merrow, who "
                    "was born in Dorvania, said the vote would come in March.")
    assert found["Dorvania"].salience == 0


def test_a_market_index_and_a_unit_inside_a_title_are_no_actors() -> None:
    found = _ranked(
        "The stock benchmark Veltrax hit a record on Monday. \"Talk of lower rates is "
        "lifting the shares,\" said Dana Merrow, Head of Equity Research at Brisco Securities. "
        "Brisco Securities expects profits to grow.")
    assert "Veltrax" in found
    assert all(e.salience == 0 for n, e in found.items() if n in {"Veltrax", "Equity Research"})
    assert (found["Brisco Securities"].salience or 0) > 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the acronym of a common term the article spells out: a condition, not a company
        ("Doctors diagnosed chronic fatigue syndrome, or CFS, in March. CFS is rare, and CFS "
         "patients tire easily, Dr. Lena Marsh said.", "CFS"),
        ("Many people live with seasonal affective disorder (SAD). SAD strikes in winter, and SAD "
         "can be treated, the clinic said.", "SAD"),
    ],
)
def test_the_acronym_of_a_lower_case_term_is_no_actor(text: str, name: str) -> None:
    found = _actors_of(text)
    assert name not in found or found[name].salience == 0, found.get(name)


def test_an_acronym_of_a_named_body_stays_an_actor() -> None:
    found = _actors_of("The Veltra Port Authority (VPA) approved the plan. The VPA said work would "
                       "start in May, and the VPA board agreed.")
    assert any((e.salience or 0) > 0 for n, e in found.items() if n in {"VPA", "Veltra Port Authority"})


def test_a_city_in_a_player_title_is_no_scene() -> None:
    # "Cleveland center Tom Rusk": the city stands for the team, not where it happened
    found = _actors_of(
        "The league suspended Hawks rusher Mason Hale and Cleveland center Tom Rusk on Friday. "
        "Cleveland linebacker Dave Orr was fined, and the teams meet again in Cleveland next month.")
    assert "Cleveland" not in found or found["Cleveland"].salience == 0, found.get("Cleveland")


@pytest.mark.parametrize(("text", "printed", "hidden"), [
    ("Britain will tighten its rules on political ads, officials in Britain said on Monday. "
     "The UK has no law on microtargeting, and ministers in London have been slow to act.",
     "Britain", "United Kingdom"),
    ("Carmakers in the U.S. sold fewer sedans this year. U.S. buyers want trucks, and "
     "imports to the U.S. fell again in October.", "U.S.", "United States"),
    ("The United States and Canada signed the pact. The US will cut tariffs first, and "
     "the United States will review the deal in May.", "United States", None),
])
def test_country_printed_as_the_article_writes_it(text: str, printed: str, hidden: str | None) -> None:
    """A country joined under a standard name keeps the article's own fullest form."""
    found = extract_entities(parse(text), [])
    names = [e.name for e in found]
    assert printed in names, names
    if hidden is not None:
        assert hidden not in names, names
    country = next(e for e in found if e.name == printed)
    assert country.label == "GPE"
    assert printed not in country.aliases


def test_a_topic_after_on_is_no_place() -> None:
    """"Views on Brexit", "a question on Brexit": what a noun is about is no scene."""
    text = ("Voters were asked for their views on Brexit. The minister refused to answer a question "
            "on Brexit. Critics said his stance on Brexit had changed twice.")
    found = extract_entities(parse(text), [])
    assert not [e for e in found if e.label == "GPE" and (e.salience or 0) > 0], found


def test_a_place_after_on_stays_a_place() -> None:
    """A name after a verb's "on" is still where something happens."""
    text = ("Hikers were stranded on Lantau Island for two days, rescuers said. Ferries to Lantau Island "
            "resumed on Friday, and the last hikers left Lantau Island on Saturday.")
    found = extract_entities(parse(text), [])
    assert [e for e in found if e.name == "Lantau Island" and e.label == "GPE" and (e.salience or 0) > 0], found


def test_laws_and_plans_are_no_actors() -> None:
    """A bill, a treaty or a plan is what actors act on, not an actor."""
    text = ("The Norrvik Harbour Protection Act passed the Senate on Tuesday. Senator Ruth Alder said the "
            "Norrvik Harbour Protection Act would save the fishing fleet. The Harbour Council backed the "
            "Blue Coast Recovery Plan, and the Harbour Council will fund the Blue Coast Recovery Plan.")
    names = [e.name for e in extract_entities(parse(text), []) if (e.salience or 0) > 0]
    assert "Ruth Alder" in names and "Harbour Council" in names, names
    assert not [n for n in names if n.endswith(("Act", "Plan"))], names


# -- the headline as a salience signal --------------------------------------------------

_HEADLINE_BODY = (
    "Regulators fined a mining company on Tuesday after a chemical spill fouled a lake used for "
    "drinking water.\n\n"
    "Inspectors from the Osso Water Board found cyanide in samples taken near the shore, and the "
    "Harlen Fisheries Cooperative said its members had stopped fishing.\n\n"
    "Dravik Mining stopped pumping from the site on Wednesday. The Osso Water Board will test the "
    "lake again in March, and the Harlen Fisheries Cooperative has asked for compensation.\n\n"
    "Dravik Mining has 30 days to appeal. The spill happened near the town of Vellmar, where "
    "Dravik Mining runs its largest plant."
)


def test_an_organisation_the_headline_names_ranks_above_one_it_does_not() -> None:
    from briefgen.compose import pick_actors
    from briefgen.extract import extract
    from briefgen.extract.nlp import load
    from briefgen.models import Article

    def rows(title: str) -> list[str]:
        art = Article(source="spill.txt", body=_HEADLINE_BODY, title=title)
        return [a.name for a in pick_actors([extract(art, load())], 2)]

    # named no more than the water board and the cooperative (in the lead), but the
    # headline is about it
    assert "Dravik Mining" in rows("Dravik Mining fined over lake spill")
    assert "Dravik Mining" not in rows("Regulators fine miner over lake spill")


def test_a_place_the_headline_sets_the_story_in_is_the_scene() -> None:
    body = ("A surgeon was stabbed to death during a lecture at a private clinic on Tuesday, police "
            "said.\n\nThe attacker, a 57-year-old man, was arrested at the scene. The clinic, on "
            "the edge of Tampere, will stay closed this week.")
    doc = parse(body)
    quotes = extract_quotes(doc)
    scene = {e.name: e for e in extract_entities(doc, quotes, title="Surgeon stabbed to death in Tampere")}
    passing = {e.name: e for e in extract_entities(doc, quotes, title="Surgeon stabbed to death at lecture")}
    assert (scene["Tampere"].salience or 0) > 0, scene.get("Tampere")
    assert (passing["Tampere"].salience or 0) == 0
    # a place as a modifier in the headline ("a Tampere man") sets no scene
    modifier = {e.name: e for e in extract_entities(doc, quotes, title="Tampere surgeon stabbed to death")}
    assert (modifier["Tampere"].salience or 0) == 0


@pytest.mark.parametrize(("text", "office", "not_actors"), [
    ("A Dunmore man pleaded guilty on Monday to threatening a judge, the U.S. Attorney\u2019s Office "
     "for the Eastern District of Ohio said.", "U.S. Attorney\u2019s Office for the Eastern District of Ohio",
     {"Eastern District", "Ohio", "Office"}),
    ("The Merrow County Sheriff's Office said deputies found the car on a logging road.",
     "Merrow County Sheriff's Office", {"Merrow County"}),
    ("A spokesman for the Attorney General's Office declined to comment on the inquiry.",
     "Attorney General's Office", {"General's Office"}),
])
def test_a_public_office_named_after_its_post_is_one_organisation(text: str, office: str,
                                                                 not_actors: set[str]) -> None:
    found = _actors_of(text)
    assert office in found, sorted(found)
    assert found[office].label == "ORG" and (found[office].salience or 0) > 0
    assert not any(n in found and (found[n].salience or 0) > 0 for n in not_actors), sorted(found)


def test_an_organisation_a_kind_of_body_names_is_an_actor_with_its_bare_mentions() -> None:
    # the tagger leaves "Coty"-like names out; "company" before it says what it is
    found = _actors_of("Cosmetics company Vanta is breaking out. Its shares rose 2% on Monday. "
                       "Vanta bought a majority stake in the brand, a deal announced this week.")
    assert "Vanta" in found, sorted(found)
    assert found["Vanta"].label == "ORG" and found["Vanta"].mentions == 2
    # a title after the kind of body is a person's, not a name: "police Officer Dana Reyes"
    found = _actors_of("Harbour police Officer Dana Reyes fired twice, the report said.")
    assert "Officer Dana Reyes" not in found and "Officer" not in found, sorted(found)


def test_a_province_named_with_its_noun_is_the_scene() -> None:
    # "in Helmand province": the name modifies "province" and is still the place
    text = ("A car bomb exploded near a police convoy in Helmand province on Sunday, killing four "
            "officers.\n\nOfficials said more troops arrived in Helmand province last week.")
    found = _actors_of(text)
    helmand = [e for n, e in found.items() if n.startswith("Helmand")]
    assert helmand and (helmand[0].salience or 0) > 0, sorted(found)


# -- heavenly bodies as the scene (articles written for these tests) --------------------

LANDER = (
    "Orbis Dynamics said on Tuesday it will send a small lander to the Moon next year. "
    "The company plans to carry six instruments to the moon and to set them down near its "
    "south pole.\n\n"
    "\u201cGetting to the moon is hard, and staying there is harder,\u201d said Ada Pike, the "
    "firm's chief engineer. Engineers at Orbis Dynamics tested the lander in a vacuum "
    "chamber built to mimic the Moon's surface.\n\n"
    "The mission is the first of three the company has planned before the end of the decade."
)


def test_moon_written_as_a_name_is_the_scene_with_its_lower_case_mentions() -> None:
    found = _ranked(LANDER)
    moon = [e for e in found.values() if e.name.lower() == "moon"]
    assert len(moon) == 1, list(found)
    assert moon[0].label == "GPE" and moon[0].relation == "place"
    assert moon[0].mentions >= 4  # "the Moon", "the moon" twice, "the Moon's surface"
    assert (moon[0].salience or 0) > 0


def test_planet_named_in_passing_is_no_actor() -> None:
    found = _ranked(
        "Orbis Dynamics said on Tuesday it had raised $40 million to build a cargo drone. The "
        "drone's fuel tank is as wide as a bus, and its designers joked that the wing is as "
        "big as Jupiter seen from a back garden.\n\n"
        "\u201cWe will fly the first one in spring,\u201d said Ada Pike, the firm's chief engineer.")
    assert all((e.salience or 0) == 0 for e in found.values() if e.name == "Jupiter"), list(found)


def test_a_masthead_or_a_name_starting_with_a_body_is_no_place() -> None:
    found = _ranked(
        "Ada Pike told the Sun on Monday that her team would land on Mars within a decade. "
        "She spoke after the Blue Moon Trust gave the team a grant. \u201cMars is where we "
        "are going,\u201d Pike said, adding that a rover would reach Mars in 2031.")
    table = {name for name, e in found.items() if (e.salience or 0) > 0}  # the Key actors rows
    assert "Sun" not in table and "Moon" not in table, table
    mars = found.get("Mars")
    assert mars is not None and mars.label == "GPE", list(found)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a president's office names a person, not a company
        ("The Obama administration approved the grant in 2014. Auditors later found the paperwork "
         "incomplete.", "Obama", "PERSON"),
        # a governor whose bare surname the tagger reads as a place stays a person
        ("Former Gov. Ted Brockland is running for the Senate in Ohio. Brockland leads in Ohio polls. "
         "In Ohio, Brockland has won before. Brockland, 73, said he would fight.", "Ted Brockland", "PERSON"),
        # heavenly bodies named once, mid-sentence, are places: a dwarf planet and an asteroid
        ("The probe reached Ceres on Friday after a stop at the asteroid Vesta. Scientists hope the "
         "probe will explain why Ceres has bright spots.", "Ceres", "GPE"),
        ("The probe reached Ceres on Friday after a stop at the asteroid Vesta. Scientists hope the "
         "probe will explain why Ceres has bright spots.", "Vesta", "GPE"),
        # a publisher and a journal are organisations, whatever words open their names
        ("The book comes from Ear Books in Munich. It pairs photos with a soundtrack.", "Ear Books", "ORG"),
        ("Doctors described the case in Medical Case Reports, a journal. Ear Books printed the guide.",
         "Case Reports", "ORG"),
        # a moon's name that is also a woman's is a person outside a story about space
        ("Miranda said the show would go on. The producers agreed with Miranda on Tuesday.",
         "Miranda", "PERSON"),
        # ... and in a story about a "probe" that is an inquiry
        ("Officials opened a probe into the hospital on Monday. Miranda, a night nurse, said she had "
         "warned managers twice. \u201cWe were four nurses for sixty beds,\u201d Miranda said.",
         "Miranda", "PERSON"),
        # a firm is a founder's partner too: "he and Brightline" makes no person of it
        ("Software maker Brightline said on Monday that its founder, Paul Okafor, would step down. "
         "Okafor said he and Brightline had agreed on the timing months ago. Brightline shares rose 2%.",
         "Brightline", "ORG"),
    ],
)
def test_the_actors_table_types_a_name_by_what_the_text_says(text: str, name: str, label: str) -> None:
    found = _actors_of(text)
    assert found[name].label == label


def test_a_programme_named_like_an_organisation_is_not_a_key_actor() -> None:
    found = _actors_of("NASA picked three companies under its Commercial Lunar Payload Services (CLPS) "
                       "program to fly landers. The agency said the first flight would leave in 2021.")
    assert found["NASA"].salience > 0
    assert found["Commercial Lunar Payload Services"].salience == 0


def _table_rows(text: str) -> dict[str, str]:
    """The Key actors rows a reader sees: every actor not named in passing, by kind."""
    doc = parse(text)
    return {e.name: e.label for e in extract_entities(doc, extract_quotes(doc)) if e.salience}


@pytest.mark.parametrize("product", ["Starlit Keyboard", "Wexley Mini"])
def test_a_product_the_text_treats_as_a_thing_is_no_key_actor(product: str) -> None:
    # the tagger reads the gadget's name as a person's; "the slimmer ...", "a turquoise ..."
    # and "the original ..." say it is a thing, so it leaves the table; the analyst stays
    text = (f"Gift guide: what to buy this winter.\n\n{product} for $199\n\nReviewers loved the slimmer, "
            f"more portable {product} this year. It is cheaper than the original {product}, and a "
            f"turquoise {product} sells for less than a regular tablet.\n\n\"It is the gift of the "
            "season,\" said Marta Keane, an analyst at Ridgeway Research. Keane expects sales to double.")
    rows = _table_rows(text)
    assert product not in rows, rows
    assert rows.get("Marta Keane") == "PERSON"


def test_a_person_after_the_and_an_adjective_stays_a_person() -> None:
    # "the embattled Dana Whitfield" reads like "the new Magic Keyboard", but she is
    # then named by her surname alone, and "said" is a person's verb
    text = ("The embattled Dana Whitfield faced the council again on Monday. Whitfield defended "
            "the budget, and the council voted 5-4 to keep it.\n\n\"We kept our promise,\" "
            "Whitfield said after the vote.")
    assert _table_rows(text).get("Dana Whitfield") == "PERSON"


def test_a_street_the_tagger_reads_as_a_name_is_no_person() -> None:
    # "Jolinda Drive" and "Corso Monforte" look like a forename and surname; the house
    # number and "in" say they are streets, so no Person row names them
    text = ("Police arrested Dana Whitfield, 29, of 1909 Jolinda Drive on Monday. Whitfield was "
            "charged with theft, Officer Sam Price said.\n\nThe shop in Corso Monforte 15 "
            "reopened on Tuesday, Price said.")
    doc = parse(text)
    kinds = {e.name: e.label for e in extract_entities(doc, extract_quotes(doc))}
    assert kinds.get("Dana Whitfield") == "PERSON"
    assert all(kinds.get(street) in {None, "GPE", "LOC", "FAC"} for street in ("Jolinda Drive", "Corso Monforte")), kinds


def test_a_body_that_runs_a_programme_and_acts_stays_a_key_actor() -> None:
    found = _actors_of("The Pentagon program to train rebels in Vell was halted on Friday after it "
                       "produced only a handful of fighters. The Pentagon declined to comment further.")
    assert found["Pentagon"].salience > 0


@pytest.mark.parametrize("text", [
    "Singapore Airlines ordered 20 jets on Tuesday as travel to Singapore recovers. Singapore has "
    "reopened its borders to most visitors, and the airline said the first jets would arrive in 2027.",
    "The Paris Review named Dana Whitcombe its editor on Monday. Whitcombe lived in Paris for a decade. "
    "In Paris, booksellers welcomed the news, and the Paris Review said she would start in January.",
])
def test_a_known_place_is_not_the_company_named_after_it(text: str) -> None:
    """'Singapore' is the country, not 'Singapore Airlines'; 'Paris' the city, not 'Paris Review'."""
    found = _actors_of(text)
    place = "Singapore" if "Singapore" in text else "Paris"
    assert place in found and found[place].label == "GPE", list(found)


def _shown(found: dict[str, Entity]) -> dict[str, Entity]:
    """The actors the Key actors table can print (salience above 0)."""
    return {n: e for n, e in found.items() if (e.salience or 0) > 0}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # an abbreviation used as a measure: a rate, not an organisation
        ("Brisko Media said in-feed ads earn the highest CTR of any format. Video ads earn twice "
         "the CTR of banners, and Brisko Media sells both, its chief Dana Merrow said.", "CTR"),
        ("Brisko Media said video ads pay well, though the effective CPM is 20% lower on phones, "
         "its chief Dana Merrow said.", "CPM"),
        # an abbreviation the article spells out after it, or with its number
        ("Velto Labs builds its lamps on SiC (silicon carbide) wafers that run cooler, Velto "
         "Labs chief Dana Merrow said.", "SiC"),
        ("The pill lowers the amount of bone morphogenetic protein 2 (BMP-2) in the blood, "
         "Velto Labs chief Dana Merrow said.", "BMP-2"),
        # an abbreviation glued to a code: a standard, not a firm
        ("Anker also sells USB-C car chargers, and the new USB-C spec is faster, Anker chief Dana "
         "Merrow said. USB-C ports are everywhere now.", "USB"),
    ],
)
def test_an_abbreviation_for_a_measure_or_a_term_is_no_actor(text: str, term: str) -> None:
    found = _actors_of(text)
    assert term not in _shown(found), found.get(term)
    assert "Dana Merrow" in _shown(found)


def test_a_trade_marked_name_is_a_product() -> None:
    found = _actors_of(
        "Velto Labs launched Quick Sense\u00ae, the company's patented matching engine, on Monday. "
        "Quick Sense\u00ae picks ads in real time, Velto Labs chief Dana Merrow said.")
    assert not any(n.startswith("Quick Sense") for n in _shown(found)), found
    assert {"Dana Merrow", "Velto Labs"} <= set(_shown(found))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # a game, a gadget typed a person's: a common word first (no first name), a common noun last
        ("Velto Games will bring Crypt Raider to its service next year, with Sky Castle and more, "
         "Velto Games chief Dana Merrow said on Monday.", "Crypt Raider"),
        ("I swapped my keyboard for the on-screen one or Quick Keyboard Folio, and I carry it "
         "everywhere, reviewer Dana Merrow wrote on Monday.", "Quick Keyboard Folio"),
    ],
)
def test_a_product_read_as_a_person_is_no_actor(text: str, thing: str) -> None:
    found = _actors_of(text)
    assert thing not in _shown(found) or found[thing].label != "PERSON", found.get(thing)
    assert "Dana Merrow" in _shown(found)


def test_a_person_without_a_known_first_name_stays() -> None:
    # no first name the gazetteer knows, a surname that is also a noun: a role keeps the person
    found = _actors_of(
        "Zorvan Glass, an immunologist at Velto University, found the cells in mice. The work "
        "took five years, Zorvan Glass said.")
    assert found["Zorvan Glass"].label == "PERSON"
    assert "Zorvan Glass" in _shown(found)


def test_a_person_whose_first_name_is_no_word_stays() -> None:
    # a first name the gazetteer lacks, a surname that is a noun, no role: still a person
    found = _actors_of(
        "The band toured with Kanyo West and Delia Marsh last year, and fell out with both "
        "of them over money. The drummer said he was sorry.")
    assert found["Kanyo West"].label == "PERSON"
    assert "Kanyo West" in _shown(found)



def test_an_upper_case_dateline_town_is_a_place() -> None:
    found = _actors_of(
        "Velto Labs opens a plant in Asia.\n\nZUG, SWITZERLAND\n\nVelto Labs said on Monday it "
        "would open a plant in Vietnam, its chief Dana Merrow said.\n\nVelto Labs is based in "
        "Zug (Switzerland) and has 640 staff.")
    assert "ZUG" not in found, found.get("ZUG")
    assert found["Zug"].label == "GPE", found["Zug"]


def test_an_organisation_before_an_apposition_with_a_place_is_no_dateline() -> None:
    # "NATO, Europe's ...": a subject and its apposition, not "BAAR, SWITZERLAND"
    found = _actors_of(
        "Allies agree to raise defence spending.\n\nNATO, Europe's main military alliance, said "
        "on Monday that its members would spend more on defence by 2030.\n\nOPEC, Vienna's "
        "best-known tenant, said oil output would rise.\n\nThe deal came after two days of talks "
        "in Brussels, NATO chief Anna Berg said.\n\nNATO has 32 members, and OPEC has 12.")
    assert found["NATO"].label == "ORG", found["NATO"]
    assert {"NATO", "OPEC"} <= set(_shown(found)), found


def test_a_person_called_by_the_surname_alone_stays() -> None:
    # a common word first ("Tiger"), a noun last ("Banks"), no role, no speech: the article
    # calls him "Banks", as it calls a person, not a product
    found = _actors_of(
        "Tiger Banks will play at the Harlow Open next month, three years after a back injury "
        "forced the former champion to stop, organisers said on Tuesday.\n\nBanks won the "
        "Harlow Open four times. Fans have waited for news of Tiger Banks since his surgery, "
        "tournament director Anna Berg said.")
    assert "Tiger Banks" in _shown(found), found.get("Tiger Banks")


def test_a_moon_with_a_persons_name_is_the_scene_of_a_story_about_space() -> None:
    # "Titan" is also a name, so a heavenly body only in a story about space (a probe, an
    # orbit); named three times, never after "in" or "on", it is still the scene
    found = _ranked(
        "Nasa's Dragonfly probe photographed Titan from orbit on Tuesday. Mission scientists said "
        "Titan has lakes of methane and a thick haze.\n\n"
        "\u201cTitan looks more like early Earth than any world we know,\u201d said Ada Pike, the "
        "mission's lead scientist. The spacecraft will fly past Titan twice more before its "
        "lander sets down.")
    titan = found.get("Titan")
    assert titan is not None and titan.label == "GPE", list(found)
    assert (titan.salience or 0) > 0


def _salient(found: dict[str, Entity], name: str) -> bool:
    hit = [e for e in found.values() if name in e.name]
    return bool(hit) and (hit[0].salience or 0) > 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Start by writing down what you spend," Dana Merrow told Harbour Insider. '
         "Merrow retired at 41 and now teaches budgeting.", "Harbour Insider"),
        ("Tom Fenwick, 43, could barely climb the stairs, according to a case study published "
         "on Monday in the journal Medsight. Fenwick was treated at Kelso Hospital.", "Medsight"),
        ('"The council failed us," said one resident, as reported by the Lantern newspaper. '
         "The council opened an inquiry on Tuesday.", "Lantern"),
        ("The governor launched the campaign on Monday, according to a report in the Marston "
         "Courier. The governor said the slogan would stay.", "Marston Courier"),
        ("As documents leaked to the Valley Times have shown, the ministry ignored the warnings. "
         "The ministry denied it.", "Valley Times"),
    ],
)
def test_a_publication_only_cited_as_a_source_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the publication acts in the story: it is sued, it answers
        ("The Valley Times was sued by the ministry on Monday. The Valley Times said it would "
         "fight the case in court.", "Valley Times"),
        # an agency cited as a source is no publication
        ("About 400 kilograms of heroin were seized last year, according to the Border "
         "Narcotics Agency. The Border Narcotics Agency plans more checks.", "Border Narcotics Agency"),
    ],
)
def test_a_publication_or_agency_that_acts_stays_an_actor(text: str, name: str) -> None:
    assert _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dana Merrow led Pellico for six years, winning clients including Arvane, Tollmark, "
         "Brisko and Quenby. Merrow joins Lumeo as its chief strategy officer.", "Tollmark"),
        ("Dana Merrow led Pellico for six years and won awards from Harlan & Price, Veldt and "
         "Ostrander Group. Merrow joins Lumeo as its chief strategy officer.", "Veldt"),
        ("We stopped at the lake for lunch and hiked for three hours. Be sure to follow the park "
         "on Chirper, Pictogram and Facepage.", "Pictogram"),
    ],
)
def test_an_organisation_named_once_in_a_list_of_examples_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


def test_a_list_of_organisations_that_acts_keeps_its_names() -> None:
    found = _actors_of("Arvane, Tollmark and Brisko said on Monday that they would stop selling "
                       "the toy. Regulators had warned about its batteries.")
    assert _salient(found, "Tollmark")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("While fans spent the weekend watching the third season of Harbour Lights on a streaming "
         "service, the prince was busy. The prince gave an interview on Saturday.", "Harbour Lights"),
        ("The service is the only way to watch the new space TV series, The Long Orbit, which airs "
         "starting today. The service costs $7 a month.", "Long Orbit"),
    ],
)
def test_a_show_named_as_a_title_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The service launches with twelve games, featuring popular franchises such as Harbour's "
         "Quest, Night Road and more. The service costs $10 a month.", "Harbour"),
        ("The Pellico Sedan gets a look that mimics newer models like the Corvane and Maxwell. "
         "Pellico says the sedan goes on sale in spring.", "Corvane"),
        ("Others should be grilled about their ties to him, from media figures such as Dana Merrow, "
         "Tom Fenwick and Lisa Arden. The prince denied wrongdoing.", "Tom Fenwick"),
    ],
)
def test_a_name_given_only_as_an_example_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


def test_an_example_who_acts_elsewhere_stays_an_actor() -> None:
    found = _actors_of("Writers such as Dana Merrow praised the book. Merrow said it changed her "
                       "life, and Merrow wrote its foreword.")
    assert _salient(found, "Dana Merrow")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I still charge my Orbix Pro every night. The new charger from Pellico holds three "
         "devices and costs $99.", "Orbix Pro"),
        ("A Velomax Premium Sound System will be available as an option. Pellico says the car "
         "goes on sale in spring.", "Velomax Premium Sound System"),
    ],
)
def test_a_product_counted_or_owned_on_every_mention_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


def test_a_body_owned_by_a_name_that_speaks_stays_an_actor() -> None:
    found = _actors_of("The ferry strike spread to Kelby. The People's Lantern warned in an "
                       "editorial that the strike would ruin the harbour. The strike went on.")
    assert _salient(found, "Lantern")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the outlet of a wire dateline, glued or not, and the staff it credits
        ("(Newswire) -- Police in Harbourton arrested two men on Friday, a spokesman told "
         "Newswire. Newswire could not verify the video. Officers said the men were held.", "Newswire"),
        ("(Newswire)Police in Harbourton arrested two men on Friday, a spokesman told Newswire. "
         "Newswire's Dana Kello reported from Harbourton. Officers said the men were held.", "Dana Kello"),
        ("(Newswire) -- Police in Harbourton arrested two men on Friday, Mayor Tom Fenwick said. "
         "Newswire's Dana Kello and Rob Anker contributed to this report.", "Rob Anker"),
        ("(Newswire) -- Police arrested two men, a spokesman told the Newswire Health Desk. "
         "Mayor Tom Fenwick said the men were held.", "Newswire Health Desk"),
    ],
)
def test_the_outlet_and_its_staff_are_no_actors(text: str, name: str) -> None:
    found = _actors_of(text)
    assert not _salient(found, name), found.get(name)


def test_an_acronym_in_brackets_at_the_top_is_no_outlet() -> None:
    found = _actors_of("The Kelby Harbour Board (KHB) approved the plan on Monday. The KHB said work "
                       "would start in May, and the KHB board agreed.")
    assert any((e.salience or 0) > 0 for n, e in found.items() if n in {"KHB", "Kelby Harbour Board"})


def test_another_outlet_that_acts_stays_an_actor() -> None:
    found = _actors_of("(Newswire) -- Harbour Courier fired its editor on Friday. Harbour Courier "
                         "said the editor had broken its rules, and Harbour Courier hired a new one.")
    assert _salient(found, "Harbour Courier")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbour Air Flight 212 landed in Kelby after a bird strike. The pilot said the "
         "Harbour Air Flight 212 crew acted fast.", "Flight 212"),
        ("The USS Harbourton docked in Kelby on Monday. Admiral Rosa Venn said the USS "
         "Harbourton would stay a week.", "USS Harbourton"),
    ],
)
def test_a_flight_or_a_ship_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the talks had failed, the state news agency Ravta reported. The minister "
        "met officials on Tuesday, Ravta said. Ravta quoted him as saying the talks were over.",
        "The minister met officials on Tuesday, according to the Ravta news agency. The ministry "
        "said the talks had failed, Ravta reported.",
    ],
)
def test_a_news_agency_only_cited_is_no_actor(text: str) -> None:
    assert not _salient(_actors_of(text), "Ravta")


def test_the_outlet_of_a_dateline_ingest_took_off_plain_text_is_no_actor() -> None:
    # ingest splits "(NEWSWIRE)Police ..." and keeps the outlet as publisher; the outlet
    # told later in the text is still the story's teller, not one of its actors
    from briefgen.extract import extract
    from briefgen.extract.nlp import load
    from briefgen.ingest.text import parse_text

    article = parse_text(
        "(NEWSWIRE)Police in Harbourton arrested two men on Friday, a spokesman told NEWSWIRE. "
        "NEWSWIRE could not verify the video, and NEWSWIRE asked the council for comment. "
        "Mayor Tom Fenwick said the men were held overnight.", "story.txt")
    assert article.publisher == "NEWSWIRE"
    assert article.body.startswith("Police in Harbourton")
    names = {e.name for e in extract(article, load()).entities if (e.salience or 0) > 0}
    assert "Tom Fenwick" in names
    assert not any("NEWSWIRE" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A cyclist was hurt in Kelby on Monday. He was taken to Harbour General Hospital with "
         "a broken leg, police said.", "Harbour General Hospital"),
        ("Two fans were treated at Ostmark General Hospital after the match, the club said.",
         "Ostmark General Hospital"),
    ],
)
def test_a_hospital_or_airport_only_as_the_site_is_no_actor(text: str, name: str) -> None:
    assert not _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # named as a doer, or left "from": the site may be what the story is about
        ("Fenwick Airport shut down for six hours on Monday after a jet skidded off the runway. "
         "The jet landed at Fenwick Airport in heavy snow.", "Fenwick Airport"),
        ("Flights from Fenwick Airport were cancelled on Monday, and Fenwick Airport said the "
         "runway would reopen on Tuesday.", "Fenwick Airport"),
        # where someone named works: the employer, not a site
        ("Dr Rosa Venn, a surgeon at Ashgrove Royal Hospital in Harbourton, said the new drug "
         "cut the time patients spend in bed.", "Ashgrove Royal Hospital"),
    ],
)
def test_a_site_that_acts_stays_an_actor(text: str, name: str) -> None:
    assert _salient(_actors_of(text), name)


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Pia Lundqvist will star as Greta, a night nurse who solves crimes between shifts, in "
         "a new detective drama. Filming starts around Kelby in May, its director Ole Brand "
         "said.", "Greta", "Pia Lundqvist"),
        ("The singer compared her rival to the scheming Lady Ashcombe, the duchess played by "
         "Dana Merrow in the film, in a post on Monday.", "Lady Ashcombe", "Dana Merrow"),
    ],
)
def test_a_character_in_a_film_is_no_actor(text: str, name: str, actor: str) -> None:
    found = _actors_of(text)
    assert not _salient(found, name)
    assert _salient(found, actor)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "as" with an owner: the owner is no part
        ("Ana Ruiz appeared as Tom Vale's lawyer at the opening hearing, where Tom Vale denied "
         "the charges.", "Tom Vale"),
        ("Ana Ruiz was cast as Tom Vale's successor at the bank, and Tom Vale will retire in "
         "June.", "Tom Vale"),
        ("Ana Ruiz appeared in court as Tom Vale's co-defendant on Monday. Tom Vale has "
         "been held since March.", "Tom Vale"),
        # a "protagonist" or a "character" away from the screen is a real person
        ("Kim Osei, a key protagonist in the bribery scheme according to prosecutors, was "
         "arrested in Kelby on Friday.", "Kim Osei"),
        ("Lena Marsh, a colourful character in city politics, won the mayoral race by 300 "
         "votes on Sunday.", "Lena Marsh"),
    ],
)
def test_a_real_person_off_screen_is_no_character(text: str, name: str) -> None:
    assert _salient(_actors_of(text), name)


def test_the_actor_who_owns_a_character_stays_an_actor() -> None:
    found = _actors_of("Dana Merrow is back in the sequel. Tom Fenwick plays the father of Merrow's "
                       "character, the studio said on Monday.")
    assert _salient(found, "Dana Merrow")
