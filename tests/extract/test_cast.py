"""The per-article cast: one actor per person/organisation/place, typed, with references.

Articles are written for these tests; each row is one rule of the cast.
"""

from __future__ import annotations

import pytest

from briefgen.extract import gazetteer
from briefgen.extract.cast import build_cast
from tests.conftest import parse

pytestmark = pytest.mark.slow


def _cast(text: str):  # type: ignore[no-untyped-def]
    return build_cast(parse(text))


def _actor(cast, name: str):  # type: ignore[no-untyped-def]
    a = cast.actor_named(name)
    assert a is not None, [x.name for x in cast.actors]
    return a


def test_gazetteer_knows_places_and_first_names() -> None:
    assert gazetteer.place("Kyiv") is not None
    assert gazetteer.place("Ukraine") == ("country", gazetteer.place("Ukraine")[1])  # type: ignore[index]
    assert gazetteer.place("Blue Origin") is None
    assert gazetteer.first_name_gender("Kristi") == "f"
    assert gazetteer.first_name_gender("Gregor") == "m"
    assert gazetteer.first_name_gender("Zxqv") is None


def test_surname_before_full_name_is_one_person() -> None:
    cast = _cast("Merrow said the talks failed. Later, Dana Merrow, the envoy, flew home. "
                 "Ms Merrow declined to comment.")
    people = [a for a in cast.people if "Merrow" in a.name]
    assert [p.name for p in people] == ["Dana Merrow"]
    assert len(people[0].mentions) == 3
    assert people[0].gender == "f"  # from "Ms"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("SpaceX launched the rocket on Monday, and SpaceX said it went well.", "SpaceX",
         "organisation"),
        ("Residents of Kyiv sheltered overnight as Kyiv came under fire.", "Kyiv", "place"),
        ("The Marlow Research Institute published the survey on Tuesday.",
         "Marlow Research Institute", "organisation"),
        ("Talks between Ukraine and the donors resumed.", "Ukraine", "place"),
        ("Governor Tessa Brandt signed the bill.", "Tessa Brandt", "person"),
    ],
)
def test_actor_types_from_form_gazetteer_and_labels(text: str, name: str, kind: str) -> None:
    assert _actor(_cast(text), name).kind == kind


def test_acronym_joins_the_full_name() -> None:
    cast = _cast("The National Aeronautics and Space Administration chose three companies. "
                 "NASA said the landers would fly in 2027.")
    nasa = _actor(cast, "NASA")
    assert nasa.name == "National Aeronautics and Space Administration"
    assert "NASA" in nasa.aliases
    assert nasa.kind == "organisation"


def test_hyphen_spellings_are_one_person() -> None:
    cast = _cast("Kim Jong Un inspected the site. Kim Jong-un later left, and Kim waved.")
    kims = [a for a in cast.people if a.name.startswith("Kim")]
    assert len(kims) == 1
    assert len(kims[0].mentions) == 3


def test_pronoun_follows_gender_from_titles_first_names_only_hint() -> None:
    doc = parse("Ms Kristi Halvorsen met Gregor Lind on Monday. Lind left early. "
                "She said the meeting was useful.")
    cast = build_cast(doc)
    she = next(t for t in doc if t.lower_ == "she")
    ref = cast.referent(she)
    assert ref is not None and ref.name == "Kristi Halvorsen"
    lind = cast.actor_named("Gregor Lind")
    assert lind.gender is None and lind.gender_guess == "m"


def test_descriptions_refer_to_the_actor_introduced() -> None:
    doc = parse("Orvane Systems, a drone maker based in Leeds, won the contract. "
                "Amira Castell, a professor of engineering at Leeds, reviewed the bid. "
                "The company said production would start in May. "
                "The professor said the design was sound.")
    cast = build_cast(doc)
    company = next(t for t in doc if t.lower_ == "company")
    professor = [t for t in doc if t.lower_ == "professor"][-1]
    c = cast.referent(company)
    p = cast.referent(professor)
    assert c is not None and c.name == "Orvane Systems"
    assert p is not None and p.name == "Amira Castell"
    assert p.role is not None and p.role.startswith("professor of engineering")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kristi NoemKristi", "Kristi Noem"),  # the name starting over
        ("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders", "Alexandria Ocasio-Cortez"),
        ("NoemSouth Dakota", "Noem"),  # a region glued on
        ("McDonald", "McDonald"),
        ("SpaceX", "SpaceX"),
        ("OrbitBeyond", "OrbitBeyond"),
        ("WoodSpring", "WoodSpring"),  # "Spring" is a town, but not a region of several words
    ],
)
def test_names_glued_to_furniture_are_cut(name: str, expected: str) -> None:
    from briefgen.extract.cast import unglue

    assert unglue(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Michael Webb", True), ("Jeanine Pirro", True), ("Forest Hill", False),
     ("Dick Clark Productions", False), ("Virginia Beach", False), ("Blue Origin", False)],
)
def test_a_personal_name_by_its_form(name: str, expected: bool) -> None:
    from briefgen.extract.cast import looks_like_person

    assert looks_like_person(name) is expected


def test_capitals_know_their_country() -> None:
    assert gazetteer.capital_of("Pyongyang") == "North Korea"
    assert gazetteer.capital_of("Washington") == "United States"
    assert gazetteer.capital_of("Fort Worth") is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The crew tested the rover on the Moon before the launch.", "Moon", "place"),
        ("Police found the girl at a hotel in Forest Hill. Forest Hill officers made the arrest.",
         "Forest Hill", "place"),
        ("Settlers moved into the West Bank. The West Bank has been occupied since 1967.",
         "West Bank", "place"),
        ("Fans packed Heinz Field for the rematch.", "Heinz Field", "place"),
        ("Emirates ordered 50 jets. Emirates Airline said the deal was worth $16bn.",
         "Emirates Airline", "organisation"),
    ],
)
def test_places_and_organisations_by_form(text: str, name: str, kind: str) -> None:
    assert _actor(_cast(text), name).kind == kind


def test_one_organisation_under_two_names() -> None:
    cast = _cast("Emirates ordered 50 jets. Emirates Airline said the deal was worth $16bn.")
    assert len([a for a in cast.actors if a.name.startswith("Emirates")]) == 1


# -- actors2: typing and merging rules (articles written for these tests) ---------------


def test_one_name_key_for_titles_possessives_and_articles() -> None:
    from briefgen.corroborate import _actor_key
    from briefgen.extract.cast import actor_key

    for a, b in [("President Trump", "Trump"), ("Trump's", "trump"), ("the Kremlin", "Kremlin"),
                 ("Kim Jong-un", "Kim Jong Un")]:
        assert actor_key(a) == actor_key(b) == _actor_key(a) == _actor_key(b)
    assert actor_key("Hillary Clinton") != actor_key("Bill Clinton")


def test_acronym_of_a_run_of_the_initials_joins_the_full_name() -> None:
    cast = _cast("The Ostmark Bureau for Water Safety and Sanitation warned on Friday that "
                 "the wells were unsafe. The OBWSS later put up signs at the pumps.")
    org = _actor(cast, "Ostmark Bureau for Water Safety and Sanitation")
    assert cast.actor_named("OBWSS") is org
    assert len([a for a in cast.actors if a.kind == "organisation"]) == 1


def test_short_name_after_the_full_one_is_one_organisation() -> None:
    cast = _cast("NASA's Hubble Space Telescope spotted the plumes in 2016. The finding was "
                 "confirmed when Hubble's camera recorded a second plume, NASA said.")
    hst = _actor(cast, "Hubble Space Telescope")
    assert cast.actor_named("Hubble") is hst


def test_opening_words_of_a_firm_read_as_a_place_join_it() -> None:
    cast = _cast("Dana Merrow is the chief executive of Bright Harbor Investment Group. "
                 "Bright Harbor shareholders cheered the deal on Monday.")
    firm = _actor(cast, "Bright Harbor Investment Group")
    assert firm.kind == "organisation"
    assert not [a for a in cast.actors if a.name == "Bright Harbor"]


def test_countries_in_a_match_are_teams_not_places() -> None:
    cast = _cast("Italy beat Portugal 3-1 on Sunday to reach the final of the tournament. "
                 "Portugal had won their group after a 2-0 win over Chile in the opening match. "
                 "Italy will play the final in Paris.")
    assert _actor(cast, "Italy").kind == "organisation"
    assert _actor(cast, "Portugal").kind == "organisation"


def test_country_in_a_vote_stays_a_place() -> None:
    cast = _cast("Italy voted against the plan, which passed 10-5 in the council. "
                 "Officials in Italy said the 6-3 vote in committee was expected.")
    assert _actor(cast, "Italy").kind == "place"


def test_an_unknown_place_that_acts_is_an_organisation() -> None:
    cast = _cast("The fund Brisco Capital owns dozens of newspapers. Brisco Capital said on "
                 "Tuesday it would cut jobs, and Brisco has closed two printing plants.")
    assert _actor(cast, "Brisco Capital").kind == "organisation"


def test_a_shop_named_in_the_possessive_is_an_organisation() -> None:
    cast = _cast("Shares of the retailer fell on Tuesday. Rival Hobart's also slipped after "
                 "the figures came out.")
    shop = _actor(cast, "Hobart's")
    assert shop.kind == "organisation"


def test_a_possessive_of_a_name_written_bare_elsewhere_is_no_shop_name() -> None:
    # the parse reads "Volkano" as the subject, so "'s" looked like part of a shop's name;
    # the article also writes "Volkano" alone, so it is the carmaker's possessive
    cast = _cast("Volkano\u2019s first Z7 battery truck built on the new KX frame "
                 "won\u2019t arrive before next spring. In Europe, Volkano says the truck could "
                 "go 500 kilometres.")
    names = [a.name for a in cast.actors]
    assert "Volkano" in names and not any(n.startswith("Volkano'") for n in names), names


def test_a_town_police_named_by_its_officers_is_a_body() -> None:
    cast = _cast("The girl was taken to a motel in Glen Ridge. Around midnight, a tip led "
                 "Glen Ridge police officers to the room, and the suspect was arrested.")
    police = _actor(cast, "Glen Ridge police")
    assert police.kind == "organisation"


def test_a_region_health_commission_that_speaks_is_a_body() -> None:
    cast = _cast("Three of the sick children live in North Veltra. The outbreaks are not connected, "
                 "the North Veltra health commission told reporters on Thursday.")
    body = _actor(cast, "North Veltra health commission")
    assert body.kind == "organisation"
    assert _actor(cast, "North Veltra").kind == "place"


def test_a_person_the_tagger_read_as_a_thing_is_a_person() -> None:
    # the tagger reads "Marcel Ferrollers" as an organisation
    cast = _cast("Carlos Ibarra won his match, then Marcel Ferrollers and Feliciano Mora "
                 "completed the comeback in the doubles.")
    assert _actor(cast, "Marcel Ferrollers").kind == "person"


def test_a_surname_the_tagger_missed_as_one_of_two_subjects_is_the_person() -> None:
    cast = _cast("Carlos Ibarra won his match, then Marcel Granvela and Ignacio Lopez "
                 "finished the fightback in the doubles. Granvela and Lopez defeated the "
                 "Danish pair 6-4, 7-6 to seal the tie.")
    assert len(_actor(cast, "Marcel Granvela").mentions) == 2
    assert len(_actor(cast, "Ignacio Lopez").mentions) == 2


def test_a_body_that_acts_collects_its_other_mentions() -> None:
    cast = _cast("The sailors were released hours after the Dorvanian government freed three "
                 "smugglers. \u201cWe are grateful to the Dorvanian government for its help,\u201d "
                 "the envoy said. Officials met in the Dorvanian capital.")
    body = _actor(cast, "Dorvanian government")
    assert body.kind == "organisation" and len(body.mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of "reported" read by no tagger: written after "the", as no person is
        ("The scheme cost the county $12,000, the Marlow Bay Sentinel Leader reported.",
         "Marlow Bay Sentinel Leader"),
        # the tagger's organisation cut short ("the Cedar Falls Argus") grows, not a second actor
        ("The scheme cost the county $12,000, according to the Cedar Falls Argus Leader.",
         "Cedar Falls Argus Leader"),
    ],
)
def test_outlet_subject_is_one_organisation(text: str, name: str) -> None:
    doc = parse(text)
    cast = build_cast(doc)
    cast.add_unlabelled(next(t for t in doc if t.text == "Leader"))
    assert [(a.name, a.kind) for a in cast.actors] == [(name, "organisation")]


def test_name_headed_by_an_organisation_noun_is_an_organisation() -> None:
    cast = _cast("\"It was misleading,\" Dana Pell, head of the fact-checking website Honest Sums, "
                 "told reporters. Amazon founder Jeff Bezos was not available.")
    assert _actor(cast, "Honest Sums").kind == "organisation"
    assert _actor(cast, "Dana Pell").kind == "person"
    assert _actor(cast, "Jeff Bezos").kind == "person"


def test_brand_name_the_tagger_missed_and_company_suffix_merge() -> None:
    cast = _cast("The contract went to Amara Kell's RocketWorx and to Tessaly Aero Corporation. "
                 "RocketWorx will fly first. Around the table sat RocketWorx and Tessaly Aero.")
    assert _actor(cast, "RocketWorx").kind == "organisation"
    names = [a.name for a in cast.actors]
    assert "Tessaly Aero" not in names, names
    assert _actor(cast, "Tessaly Aero Corporation").kind == "organisation"


def test_a_country_losing_a_vote_is_still_a_place() -> None:
    text = ("The Security Council rejected the Veltran resolution 9-6 in the second round on "
            "Tuesday. It was a defeat for France, which had drafted it. France lost the support "
            "of two members after a 7-8 split on the first draft, diplomats said.")
    cast = build_cast(parse(text))
    france = cast.actor_named("France")
    assert france is not None and france.kind == "place"


def test_a_surname_the_article_calls_he_is_a_person() -> None:
    # "Varga" read as an organisation as often as a person; "he" says who it is
    cast = build_cast(parse(
        "Varga scored twice on Saturday, and he now leads the league. Varga's goals lifted the "
        "Hawks. Coaches praised Varga."))
    assert cast.actor_named("Varga").kind == "person"


def test_a_first_name_the_tagger_left_out_joins_the_surname() -> None:
    from spacy.tokens import Span

    doc = parse("The Hawks won again. Brock Halvorsen scored twice, and Halvorsen now leads the team.")
    # the tagger sometimes takes only the surname ("Brock" + "Nelson"): make it so here
    first = next(t.i for t in doc if t.text == "Brock")
    later = next(t.i for t in doc if t.text == "Halvorsen" and t.i > first + 1)
    doc.ents = [Span(doc, first + 1, first + 2, label="PERSON"), Span(doc, later, later + 1, label="PERSON")]
    cast = build_cast(doc)
    assert [a.name for a in cast.actors if a.kind == "person"] == ["Brock Halvorsen"]


# -- the standfirst's full names join the body's cast ---------------------------------

STANDFIRST_BODY = ("Critics rounded on the plan on Monday, but Oyelaran said the levy would stay.\n\n"
                   "Harbour pilot Ivo Brannigan said the boats were full.")


@pytest.mark.parametrize(("standfirst", "expected"), [
    # the lead names her in full; the body only by surname
    ("Port Commissioner Adaeze Oyelaran has defended the new berth levy.", "Adaeze Oyelaran"),
    # a title is no first name
    ("Commissioner Oyelaran has defended the new berth levy.", "Oyelaran"),
    # two Oyelarans in the lead: the body's "Oyelaran" could be either
    ("Adaeze Oyelaran and her brother Tunde Oyelaran defended the levy.", "Oyelaran"),
])
def test_a_surname_in_the_body_takes_the_full_name_the_standfirst_gives(
        standfirst: str, expected: str) -> None:
    from briefgen.extract.cast import add_standfirst_names

    cast = build_cast(parse(STANDFIRST_BODY))
    add_standfirst_names(cast, parse(standfirst))
    said = next(t for t in cast.doc if t.text == "Oyelaran")
    actor = cast.actor_at(said.i)
    assert actor is not None and actor.name == expected
    if " " in expected:  # the tagger may read a lone surname as an organisation
        assert actor.kind == "person" and "Oyelaran" in actor.aliases
    # nobody named only in the standfirst joins the cast
    assert {a.name for a in cast.actors} == {expected, "Ivo Brannigan"}


def test_another_first_name_in_the_body_keeps_the_standfirst_name_out() -> None:
    from briefgen.extract.cast import add_standfirst_names

    body = ("Tunde Oyelaran, the harbour master, opened the berth on Monday.\n\n"
            "Oyelaran said the levy would stay.")
    cast = build_cast(parse(body))
    add_standfirst_names(cast, parse("Port Commissioner Adaeze Oyelaran has defended the levy."))
    said = next(t for t in cast.doc if t.text == "Oyelaran" and t.i > 5)
    actor = cast.actor_at(said.i)
    assert actor is not None and actor.name in {"Oyelaran", "Tunde Oyelaran"}
    assert "Adaeze Oyelaran" not in {a.name for a in cast.actors}


def test_common_word_without_the_default_model_is_off_not_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A user who set nlp.model to another model may not have the default one: the
    common-word hint (product names typed a person's) is off, and the brief is still made
    (it failed with 'no spaCy English model installed')."""
    from briefgen.errors import ModelError
    from briefgen.extract import nlp

    def missing(name: str = nlp.DEFAULT_MODEL) -> None:
        raise ModelError(f"spaCy model {name!r} is not installed")

    monkeypatch.setattr(nlp, "load", missing)
    gazetteer._lexicon.cache_clear()
    try:
        assert gazetteer.common_word("horizon") is False
    finally:
        gazetteer._lexicon.cache_clear()


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Army officer Anton Kolvak testified on Tuesday before the committee.\n\n"
         "Questioning Kolvak's judgment\n\n"
         "Republicans asked whether Kolvak had reported his concerns to anyone.", "Questioning"),
        ("Introducing Junior Baptiste, the club said the striker would wear number nine.\n\n"
         "Baptiste scored twice in his first match.", "Introducing"),
    ],
)
def test_a_verb_glued_to_a_name_is_no_part_of_it(text: str, verb: str) -> None:
    cast = _cast(text)
    names = [a.name for a in cast.actors]
    assert not any(n.split()[0] == verb for n in names), names


def test_a_participle_that_is_a_word_of_the_name_stays() -> None:
    cast = _cast("United Airlines cancelled 40 flights on Monday, the carrier said.")
    names = [a.name for a in cast.actors]
    assert "United Airlines" in names, names


@pytest.mark.parametrize(("text", "name"), [
    # a town named as one, or as where someone lives, is a place though tagged an organisation
    ("Tourists from six countries were stranded in Oskvar for a week. The city of Oskvar was "
     "closed in May after an outbreak of the disease.", "Oskvar"),
    ("Officers also arrested Dana L. Kirby, 32, of Brannock, on two warrants after stopping her "
     "car, a police spokesman said.", "Brannock"),
])
def test_a_name_written_as_a_place_of_is_a_place(text: str, name: str) -> None:
    assert _actor(_cast(text), name).kind == "place"


@pytest.mark.parametrize(("text", "word"), [
    ("Engineers tested the new pump for months, led by Ilse Varga.\nChallenges include building "
     "a craft that runs on its own while the crew sleeps.", "Challenges"),
    ("Stock up on vegetables before the party.\nSeek out the healthy snacks first, the coach "
     "Ilana Varga said.", "Seek"),
])
def test_a_sentences_first_word_read_as_a_common_word_is_no_actor(text: str, word: str) -> None:
    assert word not in [a.name for a in _cast(text).actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town the gazetteer knows, tagged an organisation, used only as where things are
        ("A series of bomb attacks in Lorca, as well as in Kelby and Varna, killed nine people.", "Lorca"),
        ("The plot targeted a subway system and a newsroom in Lorca. None were carried out.", "Lorca"),
        ("He lives in a town about an hour's drive south of Tampere. Police said he fled.", "Tampere"),
    ],
)
def test_a_known_town_used_only_as_a_place_is_a_place(text: str, name: str) -> None:
    assert _actor(_cast(text), name).kind == "place"


def test_a_known_town_that_acts_stays_an_organisation() -> None:
    cast = _cast("Lorca said it would pay for the repairs. Lorca's council met on Monday.")
    assert _actor(cast, "Lorca").kind == "organisation"


def test_a_first_name_read_as_a_place_joins_its_surname() -> None:
    # "Dallas" (a place to the tagger) + "Delgado" (a person): one man, not a place and a
    # bare surname a namesake's full name could take over
    cast = _cast("Neighbours said Dallas Delgado had left the house early.")
    names = {a.name: a.kind for a in cast.actors}
    assert names.get("Dallas Delgado") == "person" and "Dallas" not in names


def test_a_shared_surname_is_the_namesake_named_last() -> None:
    cast = _cast("Kay Green won the title on Friday. Her father, Bill Green, watched from the "
                 "stands. Kay Green wrote that it was hard. Green said it was a good day.")
    said = [t for t in cast.doc if t.text == "Green" and t.head.lemma_ == "say"]
    assert said and cast.actor_at(said[0].i) is not None
    assert cast.actor_at(said[0].i).name == "Kay Green"


def test_an_acronym_read_as_a_person_joins_its_full_name() -> None:
    cast = _cast("Leaders of the Ostvald Quarry Union said on Monday that the OQU would strike. "
                 "The OQU has 4,000 members, and the OQU voted to walk out on Friday.")
    union = _actor(cast, "Ostvald Quarry Union")
    assert cast.actor_named("OQU") is union


def test_an_acronym_with_a_dotted_initial_joins_its_full_name() -> None:
    cast = _cast("The U.S. Water Survey said the river had risen two metres. A USWS scientist "
                 "said the levees would hold.")
    survey = _actor(cast, "U.S. Water Survey")
    assert cast.actor_named("USWS") is survey


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels took control of Oskvarra, a city of about 90,000 near the border. Fighting "
         "in Oskvarra went on for a week.", "Oskvarra"),
        ("Militants seized Barrowby, a town of 20,000 in the north, on Sunday. Residents of "
         "Barrowby fled.", "Barrowby"),
    ],
)
def test_a_name_whose_role_is_a_town_is_a_place(text: str, name: str) -> None:
    assert _actor(_cast(text), name).kind == "place"


def test_a_name_typed_an_organisation_only_for_want_of_a_kind_joins_its_place() -> None:
    from collections import Counter

    from briefgen.extract.cast import Actor

    cast = _cast("Troops moved out from the town of Kessada on Monday. Kessada resident Omar "
                 "Tandi said the soldiers left at dawn.")
    place = _actor(cast, "Kessada")
    assert place.kind == "place"
    # the tagger's reading of a later mention as a person's name, then typed an organisation
    read_as_name = Actor(name="Kessada", first_at=60, kind="organisation", mentions=[12],
                         labels=Counter({"PERSON": 1}))
    # a body that was tagged an organisation keeps its own actor
    body = Actor(name="Kessada", first_at=70, kind="organisation", mentions=[13],
                 labels=Counter({"ORG": 1}))
    cast.actors += [read_as_name, body]
    cast._merge_same_places()
    assert read_as_name not in cast.actors and body in cast.actors
    assert 12 in place.mentions


def test_a_role_written_short_and_a_role_that_names_another_post() -> None:
    from briefgen.extract.cast import role_words
    assert "senator" in role_words("Vermont Sen.")
    assert "founder" in role_words("co-founder of the label")
    cast = _cast("Police Chief Tom Vale resigned. Nora Quist, a founding member of the Larks, "
                 "sang first. Sen. Ana Ruiz spoke last.")
    vale, quist, ruiz = (_actor(cast, n) for n in ("Tom Vale", "Nora Quist", "Ana Ruiz"))
    assert cast.role_contradicts(vale, "mayor") and not cast.role_contradicts(vale, "chief")
    assert not cast.role_contradicts(quist, "singer")  # a tie to a band says nothing against it
    end = len(cast.doc)
    assert cast.person_by_role("senator", cast.doc.text.index("spoke last")) is ruiz
    assert cast.person_introduced_as("senator", end - 1) is ruiz



def test_a_noun_for_a_person_read_into_the_name_is_their_role() -> None:
    cast = _cast("Fan Ana Kocovic asked the author about the book. Reader Tom Hale wrote to "
                 "the paper on Monday.")
    assert [(a.name, a.role) for a in cast.people] == [("Ana Kocovic", "fan"), ("Tom Hale", "reader")]


def test_a_name_owned_by_a_plural_is_one_organisation() -> None:
    cast = _cast("Rebels in Ostvar withdrew their guns, the rebel group Ostvar People's Republic "
                 "said on Saturday. The Nurses' Union of Ostvar backed the talks.")
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Ostvar People's Republic") == "organisation", kinds
    assert "Ostvar People" not in kinds


def test_a_person_by_role_and_a_stadium_by_its_name() -> None:
    from collections import Counter

    from briefgen.extract.cast import Actor, _role_noun

    assert _role_noun("semipro football player") == "player"
    assert _role_noun("house mother of the chapter") == "mother"
    cast = _cast("Two days after Odin Larkby was found dead, team owner Rob Kessel spoke at "
                 "Gullwing Stadium. Larkby, a semipro football player, was 27.")
    # the tagger's labels as they came on a real page: the person mostly ORG, the stadium PERSON
    larkby = _actor(cast, "Odin Larkby")
    larkby.kind, larkby.labels = "organisation", Counter({"ORG": 6, "PERSON": 3})
    cast._people_by_role()
    assert larkby.kind == "person" and larkby.role == "semipro football player"
    stadium = Actor(name="Gullwing Stadium", first_at=0, labels=Counter({"PERSON": 2}))
    coach = Actor(name="Bruno Arena", first_at=0, labels=Counter({"PERSON": 2}))  # a surname
    watchdog = Actor(name="Harbour Rights Watch", first_at=0, labels=Counter({"PERSON": 2}))
    with cast._reading():
        assert cast._type_of(stadium) == "place"
        assert cast._type_of(coach) == "person"
        assert cast._type_of(watchdog) == "organisation"
