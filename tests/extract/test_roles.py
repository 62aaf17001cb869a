"""Roles: one finder in the cast, read by the Key actors table and by quotes alike.

Every row is a short article the project writes itself; each names one way newsrooms
state who someone is.
"""

from __future__ import annotations

import pytest

from briefgen.extract.cast import build_cast
from briefgen.extract.entities import extract_entities
from briefgen.extract.quotes import extract_quotes
from tests.conftest import parse

pytestmark = pytest.mark.slow


def _roles(text: str) -> dict[str, str | None]:
    doc = parse(text)
    return {e.name: e.role for e in extract_entities(doc, extract_quotes(doc))}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title before the name
        ("Secretary of State Lena Marsh announced the change on Monday.", "Lena Marsh",
         "Secretary of State"),
        ("North Veltra Gov. Hal Brenner defended the slogan.", "Hal Brenner", "North Veltra Gov."),
        # a short title after another says nothing more: no dangling "Rep."
        ("Harbour committee chairman Rep. Tom Vale (D-Ore.) opened the hearing.", "Tom Vale",
         "Harbour committee chairman (D-Ore.)"),
        ("Green Party nominee Sen. Ada Rook spoke first.", "Ada Rook", "Green Party nominee"),
        ("NASA Administrator Jim Bridenstine praised the companies.", "Jim Bridenstine",
         "NASA Administrator"),
        ("Quillon Robotics founder and former CEO Idris Vell quit the board.", "Idris Vell",
         "Quillon Robotics founder and former CEO"),
        ("Rep. Lena Ortiz (D-Ore.) asked for a vote.", "Lena Ortiz", "Representative (D-Ore.)"),
        # an honorific after the post it stands before is no part of the role
        ("House Budget Committee chairman Rep. Ana Ruiz opened the hearing on Monday.",
         "Ana Ruiz", "House Budget Committee chairman"),
        ("Former Maine Gov. Hal Brenner endorsed the running mate, and vice presidential "
         "nominee Sen. Lena Marsh thanked him.", "Lena Marsh", "vice presidential nominee"),
        # ... but a place or "late" before it leaves it the title
        ("The late Sen. Dale Moore was remembered on Monday.", "Dale Moore", "late Sen."),
        # an appositive after the name, up to a second description
        ("Anna Berg, a spokeswoman for the ministry, declined to comment.", "Anna Berg",
         "spokeswoman for the ministry"),
        ("Tom Reyes, chief executive of Harbour Media, the paper's owner, spoke on Friday.",
         "Tom Reyes", "chief executive of Harbour Media"),
        # ... but a list inside the appositive is one description
        ("The firm bid for Calder, the owner of the Daily Star, the Evening Post and the "
         "Courier, on Tuesday.", "Calder", "owner of the Daily Star, the Evening Post and the Courier"),
        # the noun phrase before the name beats a clause after it
        ("The men freed included Omar Salim, the brother of the group's deputy leader, Yusuf "
         "Salim, who heads its finance wing.", "Yusuf Salim", "group's deputy leader"),
        # "X, who is ..."
        ("Lucy Tan, who is the director of the Harbour Trust, said the plan was sound.",
         "Lucy Tan", "director of the Harbour Trust"),
        # a copula in another sentence
        ("Ruth Hege spoke to reporters on Monday. Hege is the chief executive of Delta Homes.",
         "Ruth Hege", "chief executive of Delta Homes"),
        # a role stated at a later mention
        ("Maria Alvarez opened the bridge on Monday. Later, Alvarez, the mayor of Springfield, "
         "cut the ribbon.", "Maria Alvarez", "mayor of Springfield"),
        # a plural appositive after a list: each one's, in the singular
        ("Aldo Brandt and Henrik Weeks, both professors at the University of Veltra, spoke first.",
         "Henrik Weeks", "professor at the University of Veltra"),
        ("Aldo Brandt and Henrik Weeks, both professors at the University of Veltra, spoke first.",
         "Aldo Brandt", "professor at the University of Veltra"),
        # the body a person is "of": its whole name
        ("A study by Mira Castellan of the University of South Ostmark found the losses large.",
         "Mira Castellan", "University of South Ostmark"),
        # an organisation described by a plural noun before a list
        ("The union of the small radio networks Tellwick and Brightford Media was approved.",
         "Brightford Media", "small radio network"),
        # an organisation whose name says what it is, with its owner or place
        ("Engineers at ESRA's Harrow Space Flight Center in Dunmore, Oregon, spotted the flare.",
         "Harrow Space Flight Center", "ESRA center in Dunmore, Oregon"),
        ("Researchers booked the R.T. Halvard Observatory in Ostmark to check the result.",
         "R.T. Halvard Observatory", "observatory in Ostmark"),
        # a post at a named body, in a word that is no known title
        ("Kelby FM Rugby Correspondent Rob Keane broke the news of the transfer.", "Rob Keane",
         "Kelby FM Rugby Correspondent"),
        # a noun with a relative clause before the name, however the parser hangs it
        ("The agency that runs the Veltra Awards, Osric Lane Events, says nothing has been "
         "finally agreed, though.",
         "Osric Lane Events", "agency that runs the Veltra Awards"),
        # "the group, NAME" takes the fuller mention it points back to
        ("Staff were told on Monday, according to a group of workers. The group, Quillon "
         "Staff Union, formed in recent weeks.", "Quillon Staff Union", "group of workers"),
        # a kinship noun with its owner, by the owner's fullest name
        ("Party chief Kim Sol-ju met the envoy. Under Kim's grandfather Kim Tae-san's rule the "
         "country was poor.", "Kim Tae-san", "Kim Sol-ju's grandfather"),
        # an organisation described where the article refers back to it
        ("Brightwater Capital cut its forecast for the index on Monday. An extended slowdown "
         "could hurt shares, the brokerage said.", "Brightwater Capital", "brokerage"),
        ("Orlen Motors showed its new electric wagon in Dunmore on Sunday. The German automaker "
         "says the wagon will go 300 miles on one charge.", "Orlen Motors", "German automaker"),
        ("Shares in Kestrel Telecom fell on Monday. The embattled Chinese network company said "
         "sales would slow.", "Kestrel Telecom", "embattled Chinese network company"),
        # a hyphenated noun before the name is one word
        ("The Swedish truck-maker Norvik Group said on Monday it would cut 300 jobs.",
         "Norvik Group", "Swedish truck-maker"),
        # a description cut where a clause begins keeps no "who" or "that"
        ("Tariffs hurt farmers most, said Rosa Denton, a Veltra State University economist who "
         "studies trade.", "Rosa Denton", "Veltra State University economist"),
        # an appositive after a relative clause describes the clause's object, not the name
        ("Jobs were lost, said Carl Odum, who heads the Alliance for Veltran Farming, a group "
         "that lobbies for growers.", "Carl Odum", "head of the Alliance for Veltran Farming"),
        # a gerund after a preposition does not end the description
        ("Lena Warde, research director of gaming at Orbis Insight, said the launch was slow.",
         "Lena Warde", "research director of gaming at Orbis Insight"),
        # a post the tagger reads as an adjective, owned by the words before it
        ("Lakeside North senior Dana Colby took the bronze medal in the high jump.",
         "Dana Colby", "Lakeside North senior"),
        ("The brawl led to bans for Hawks pass rusher Dale Orrin and Ostmark center Lu Penn.",
         "Dale Orrin", "Hawks pass rusher"),
        # a description before a name that opens with "The"
        ("Brightwater's parent company, The Kestrel Group, said on Monday it would sell the unit.",
         "Kestrel Group", "Brightwater's parent company"),
        # the noun before the name says who or what it is; a "who"/"which" clause after it
        # says what it does
        ("The private equity firm Harlow Capital, which owns the Dunmore Courier, bought the "
         "Evening Post on Monday.", "Harlow Capital", "private equity firm"),
        ("The portraits are the work of Lyon-based photographer Lena Vask, who is partnering "
         "with shelters in the city to find homes for the dogs.", "Lena Vask", "Lyon-based photographer"),
        # "X Institute for Y in Place": the kind word is the one the "for"/"of" follows
        ("Mira Holt, a fellow at the Ostrander Institute for Marine Studies in Lyon, France, "
         "led the study.", "Ostrander Institute for Marine Studies", "institute in Lyon, France"),
        # ... unless the last word names a kind itself
        ("The patient was flown to the Halvard University Medical Center in Omaha on Friday.",
         "Halvard University Medical Center", "center in Omaha"),
        # a common noun opening the sentence in capitals, said in lower case
        ("Sales at Orla Foods fell in May. Rival Brackwell Foods was also lower after the results.",
         "Brackwell Foods", "rival"),
        ("Journalist Mara Quint reported from Dunmore. The storm cut power to the port.",
         "Mara Quint", "journalist"),
        # what a body is to others is a role too
        ("Shares of Dow component Orla Stores Inc. fell on Tuesday after the results.",
         "Orla Stores Inc.", "Dow component"),
        # the words that tie a post to the sentence are not part of it
        ("Lena Warde, now a staff scientist at the Orbis Institute, said the cells were new.",
         "Lena Warde", "staff scientist at the Orbis Institute"),
        ("Karl Ostby, another passenger, said the plane shook before it landed.", "Karl Ostby",
         "passenger"),
        # a verb of its own clause before the noun is not part of the role
        ("The tour will feature members Tom Orrin, Lu Penn and Dale Vask.", "Tom Orrin", "member"),
        ("He asked officials to investigate Ukrainian energy company Borvik Gas last year.",
         "Borvik Gas", "Ukrainian energy company"),
    ],
)
def test_role_patterns(text: str, name: str, role: str) -> None:
    found = _roles(text)
    assert name in found, list(found)
    assert found[name] == role


def test_a_listed_description_runs_on_to_its_noun() -> None:
    """Commas between a description's own modifiers do not cut it short: the role is an
    agency, not "Tacoma marketing"."""
    found = _roles("Lena Hart is the chief executive of Orla, the Tacoma marketing, design and "
                   "branding agency behind the river campaign.")
    assert (found.get("Orla") or "").startswith("Tacoma marketing, design and branding agency"), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an age, a handle
        ("Maria Lopez, 33, was taken to hospital on Friday.", "Maria Lopez"),
        ("Sam Reed, @samreed, posted the video on Friday.", "Sam Reed"),
        # a fronted phrase, not an appositive: "the firm" is the next clause's subject
        ("According to a study by Mira Castellan of the University of South Ostmark, the "
         "company shed jobs.", "University of South Ostmark"),
        # the next items of a list the name opens
        ("Residents told the council they worried most about Ostlink, rents and the harbour.", "Ostlink"),
        # the place a place is in
        ("The concert was held in Nashville, Tennessee, on Saturday. Nashville was packed.",
         "Nashville"),
        # a noun the name opens a clause after ("a probe ESRA hopes to launch")
        ("The plan includes the KESTREL mission, a probe ESRA hopes to launch in 2029.", "ESRA"),
        # a plural name says no kind: "NASA's ... Services" is no "NASA services"
        ("It started under ESRA's Lunar Cargo Delivery Services in 2011. The "
         "Lunar Cargo Delivery Services paid for three flights.",
         "Lunar Cargo Delivery Services"),
        # a kinship noun with no owner is no role
        ("His father Martin Kowal drove him to the station on Friday.", "Martin Kowal"),
        # an honorific is no role
        ("Dr. Patrick Soon-Shiong bought the paper in 2018.", "Patrick Soon-Shiong"),
        # an age, an adjective or an adverb before the name is no role
        ("\u201cMy legs gave way after ten minutes,\u201d wrote 38-year-old Martin Kale of "
         "Dunmore in the survey.", "Martin Kale"),
        ("Ostrander has kept a low profile, but the even richer Michael Brandt has drawn "
         "notice as he weighs a bid.", "Michael Brandt"),
        ("The book came out thanks to his friends, particularly Harriet Osk, who edited it.",
         "Harriet Osk"),
        # a noun before an organisation's name that is no kind of body
        ("The group said the hashtag Quillon Network Inc. trended on Friday.", "Quillon Network Inc."),
        ("Shoppers want to see the game catalog Harlow Play Inc. is building, he said.",
         "Harlow Play Inc."),
        # a plural noun after one person's name is the next clause's subject, not their role
        ("In Veltra, still racked by unrest after the ousting of Omar Haddan, courses -- most of "
         "which are near the capital -- are of sand.", "Omar Haddan"),
        # a word the parser hangs on two names is not their description
        ("Lena Fisk and Omar Dade each had two goals to lift the Otters.", "Lena Fisk"),
    ],
)
def test_no_role_from_what_is_not_one(text: str, name: str) -> None:
    found = _roles(text)
    assert found.get(name) is None, found


def test_quotes_and_the_actors_table_read_the_same_role() -> None:
    """A role stated in another sentence reaches the quote as well as the actors table."""
    text = ("Ines Tallow spoke at the launch on Monday. Tallow, chief executive of Clearcheck, "
            "has campaigned for years.\n\n"
            "\u201cIt was a plan to fool the public,\u201d Tallow said.")
    doc = parse(text)
    cast = build_cast(doc)
    quotes = extract_quotes(doc, cast=cast)
    roles = {e.name: e.role for e in extract_entities(doc, quotes, cast)}
    assert roles["Ines Tallow"] == "chief executive of Clearcheck"
    said = [q for q in quotes if q.speaker == "Ines Tallow"]
    assert said and said[0].speaker_role == "chief executive of Clearcheck"


@pytest.mark.parametrize("text", [
    "The singer Mara Velt left her former label, and her former label and a couple of famous names, "
    "Orin Dask and Pell Rook, both of whom signed with rivals, followed.",
    "Around the table sat two relatively smaller firms, Quillon Robotics and Varro Labs.",
])
def test_a_pronoun_relative_or_count_is_no_role(text: str) -> None:
    doc = parse(text)
    cast = build_cast(doc)
    for actor in cast.actors:
        role = actor.role or ""
        assert not role.lower().startswith(("her ", "his ", "their ", "two ")), (actor.name, role)
        assert "whom" not in role, (actor.name, role)


#: The parser reads this appositive as the next items of a list hung on the name.
_EADY = ('"Quillon lets many more people try our games at home," '
         "says Dana Early, senior vp sales and marketing at Orbisoft.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title word the tagger reads as a verb right before the name
        ("Putting the crew to sleep is not possible yet, but mission team head Jennifer Okafor says "
         "the plan \"could work within a decade.\"", "Jennifer Okafor", "mission team head"),
        ("Savers stick to billionaire Oren Talbot's favourite fund, the survey found.",
         "Oren Talbot", "billionaire"),
        # an appositive holding a post that the parser reads as the next items of a list
        (_EADY, "Dana Early", "senior vp sales and marketing at Orbisoft"),
        # a description whose noun takes a relative clause or a participle
        ("The duties have their backers, said Ruth Ames, who heads the Alliance for Veltran Industry, "
         "a group that has praised several of the harbour duties.", "Alliance for Veltran Industry",
         "group that has praised several of the harbour duties"),
        ("Nell Brandt, an economist at the Ostmark Forum, the think tank that wrote the study, "
         "spoke on Monday.", "Ostmark Forum", "think tank that wrote the study"),
    ],
)
def test_roles_the_parser_misreads(text: str, name: str, role: str) -> None:
    found = _roles(text)
    assert name in found, list(found)
    assert found[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb with its own object: "head" is what they will do, not a post
        ("The board asked her to head Tom Ostby's campaign in the spring.", "Tom Ostby"),
        # a list of people after a name is no one's description
        ("The deal was signed by Lena Fisk, Omar Dade and Ruth Ames on Friday.", "Lena Fisk"),
        # a clause after a name whose words open on no article is no description
        ("The files were sent to Veltra Council, aides who saw them told the paper.",
         "Veltra Council"),
    ],
)
def test_no_role_from_a_misread_clause(text: str, name: str) -> None:
    found = _roles(text)
    assert found.get(name) is None, found


def test_a_post_the_parser_misreads_reaches_the_quote() -> None:
    """The quote printed beside a speaker carries the role the actors table shows."""
    doc = parse(_EADY)
    quotes = extract_quotes(doc, cast=build_cast(doc))
    said = [q for q in quotes if q.speaker == "Dana Early"]
    assert said and said[0].speaker_role == "senior vp sales and marketing at Orbisoft"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description inside quote marks is the speaker's rhetoric, not the article's
        ("\u201cWe lose billions to Ostmark, a country that never paid us a cent,\u201d Ames said. "
         "Ostmark rejected the claim.", "Ostmark"),
        ("\u201cHey Harbourline, all we want from this campaign is a fair hearing,\u201d Ames "
         "wrote. Harbourline removed the post.", "Harbourline"),
        # examples of what a name holds are no description of it
        ("The tariffs hit parts from Ostmark, such as motors and pumps, the report said.", "Ostmark"),
    ],
)
def test_no_role_from_a_quote_or_an_example(text: str, name: str) -> None:
    found = _roles(text)
    assert name in found, list(found)
    assert found[name] is None, found


def test_a_title_inside_quote_marks_is_still_a_title() -> None:
    found = _roles("\u201cI met Governor Lena Marsh on Friday,\u201d Ames said. Marsh declined to comment.")
    assert found.get("Lena Marsh") == "Governor", found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "of"/"to" after a word that is no title does not join a title
        ("He will pass the job to COO and president Mara Quint next month.", "Mara Quint",
         "COO and president"),
        ("The ruling came as a shock to Democratic Secretary of State Jon Halvard, aides said.",
         "Jon Halvard", "Democratic Secretary of State"),
        ("The plan drew on the views of Senator Lena Marsh and her staff.", "Lena Marsh", "Senator"),
        # ... after a title it does
        ("Chile's ambassador to Norway Tomas Ibarra left on Friday.", "Tomas Ibarra",
         "Chile's ambassador to Norway"),
    ],
)
def test_a_title_is_not_joined_to_the_noun_before_it(text: str, name: str, role: str) -> None:
    found = _roles(text)
    assert name in found, list(found)
    assert found[name] == role


def test_a_past_post_the_article_states_beats_the_speakers_present_one() -> None:
    """A speaker who keeps saying "Vice President Ames" does not outvote the article's
    "former Vice President": the table says what the person is now."""
    text = ("Tom Volk testified on Tuesday. \u201cI never urged anyone to investigate former Vice "
            "President Dana Ames,\u201d Volk said. \u201cVice President Ames never came up in our "
            "talks. The claims against Vice President Ames are not credible. I never met Vice "
            "President Ames,\u201d he added.")
    assert _roles(text).get("Dana Ames") == "former Vice President"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ruth Ames, who heads the Veltran Rowing Club, said so.", "Ruth Ames", "head of the Veltran Rowing Club"),
        ("Ruth Ames, who leads the Veltran Rowing Club, said so.", "Ruth Ames", "leader of the Veltran Rowing Club"),
        # no post in "runs": the article's words, not "run of a bakery"
        ("Ruth Ames, who runs a bakery on the high street, said so.", "Ruth Ames",
         "runs a bakery on the high street"),
    ],
)
def test_a_post_in_a_relative_clause_reads_as_a_post(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title that holds "the": "Speaker of the House", "Ambassador to the ..."
        ("The bill was backed by Speaker of the Assembly Hal Brenner on Monday.", "Hal Brenner",
         "Speaker of the Assembly"),
        ("On Monday, Ambassador to the Veltran Union Gordon Vask met the king.",
         "Gordon Vask", "Ambassador to the Veltran Union"),
        # ... but "aide to Vice President X" is the aide's post, not X's
        ("Lena Warde, a top aide to Vice President Brenner, testified on Tuesday.", "Brenner",
         "Vice President"),
        # a party tag set off by commas, as one in brackets
        ("Rep. Dana Ames, R-Okla., visited the border on Monday.", "Dana Ames",
         "Representative (R-Okla.)"),
        # how often, not how many: "five time champion"
        ("The club is the home of five time league champion Tomas Ibarra.", "Tomas Ibarra",
         "five time league champion"),
    ],
)
def test_titles_with_the_a_party_tag_and_a_count_of_times(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the country a description stands for, by its name
        ("Veltra sent aid to Peru to press the country's President Tomas Ibarra into a deal.",
         "Tomas Ibarra", "Peru's President"),
        # a description of a body gives way to the same role with the body's name
        ("\u201cIt works,\u201d says Jack Orrin, director for games at the tech giant. Jack Orrin, "
         "director for games at Orbix, spoke to reporters on Monday.", "Jack Orrin",
         "director for games at Orbix"),
        # a bare title gets the place a description of that post gives elsewhere
        ("Gov. Ana Ruiz launched the campaign on Monday. The governor of North Veltra would "
         "like us to know that her state is on it.", "Ana Ruiz", "governor of North Veltra"),
    ],
)
def test_a_role_names_its_body_and_place(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_a_description_of_another_persons_post_is_not_taken() -> None:
    """ "as the Harbour coach" is said of someone else (no subject), and two
    presidents make "the Veltran president" nobody's in particular."""
    found = _roles("Coach Bill Hart said Dan Cole has his full support as the Harbour coach.")
    assert found.get("Bill Hart") == "Coach"
    found = _roles("President Ana Ruiz met Norland President Tomas Ibarra. The Veltran "
                   "president said the talks went well.")
    assert found.get("Ana Ruiz") == "President"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "co-founder", split by the tokenizer into three appositives
        ("Tom Reyes, co-founder of Orbis Hub, said the idea was simple.", "Tom Reyes",
         "co-founder of Orbis Hub"),
        # an age between the name and its description
        ("Dana Ames, 42, a teacher from Leeds, said the school was cold.", "Dana Ames",
         "teacher from Leeds"),
        # a description set off by dashes
        ("Peng Lu \u2014 project manager for sales and PR director of Orbix, the retail site "
         "\u2014 responded on Monday.", "Peng Lu", "project manager for sales and PR director of Orbix"),
    ],
)
def test_an_appositive_the_parser_splits_is_read_whole(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun of a later clause the parser hung on the sentence's first name
        ("Mara Quint went from being a quiet student growing up in Leeds to being the face of "
         "Veltra Front, the extremist group behind a wave of attacks.", "Mara Quint"),
        ("Dale Orrin came out during the encore for a version of their single \u201cWalk It "
         "Home,\u201d the title track of their 1976 album, the first with Orrin in the lineup.",
         "Dale Orrin"),
        # a list line: what follows a colon is no description of the name
        ("Arrested: Tom Reyes, 29: possession of a stolen car.", "Tom Reyes"),
    ],
)
def test_no_role_from_a_far_or_listed_appositive(text: str, name: str) -> None:
    assert _roles(text).get(name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "the country's" inside a role: the country last named
        ("Chile protested at the tariffs, said Tomas Brel, adviser to the country's Trade "
         "Ministry.", "Tomas Brel", "adviser to Chile's Trade Ministry"),
        # a dateline glued to the first word is no part of the role
        ("(WIRE)Former President Bill Hart was admitted to the hospital.", "Bill Hart",
         "Former President"),
        # a hyphenated word is never cut in half
        ("Four-time title-winning sprinter Ana Ruiz and trophy winner Tom Hale danced.",
         "Ana Ruiz", "Four-time title-winning sprinter"),
        # ... nor a title before a name whose first word is a count or an adverb
        ("Three-time Oscar-winning director Mara Quist said the film would open in May.",
         "Mara Quist", "Three-time Oscar-winning director"),
        ("The race is open now that two-term Sen. Ellen Marsh is retiring.", "Ellen Marsh",
         "two-term Sen."),
        ("The deal was backed by internationally-recognized President Jan Rook.", "Jan Rook",
         "internationally-recognized President"),
    ],
)
def test_a_role_is_cleaned_and_its_country_named(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a rank written short is said in full
        ("The road was closed, said Capt. Lena Marsh.", "Lena Marsh", "Captain"),
        # ... and said in full after the force it serves in
        ("The suspect fled, Harbour Police Lt. Tom Vale said.", "Tom Vale",
         "Harbour Police Lieutenant"),
    ],
)
def test_a_rank_written_short_is_the_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moving forward Tom Vale said the team was fine.", "Tom Vale"),
        ("Tom Vale, who wrote that the plan was bad, said more.", "Tom Vale"),
        ("Tom Vale, whose company went bust, said the plan failed.", "Tom Vale"),
    ],
)
def test_no_role_from_an_adverb_or_a_clause_that_names_no_work(text: str, name: str) -> None:
    assert _roles(text).get(name) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what the name is not
        ("Hearing loss is common, according to the WRO (that is the World Rail Office, not the "
         "jazz band).", "World Rail Office"),
        ("The prize went to Lena Marsh, not a professional painter, who had entered on a whim.",
         "Lena Marsh"),
        # only when, not who
        ("Protesters marched through Dunmore, Veltra, last week to demand a new vote.", "Veltra"),
        ("Reed was buried in the same week Lena Marsh died.", "Lena Marsh"),
        # a relative without an owner
        ("He could soon pass his great-uncle King Varo as the longest serving ruler of the "
         "islands.", "Varo"),
        ("Her older sister, Dana, got a similar welcome from the crowd.", "Dana"),
    ],
)
def test_no_role_from_a_negation_a_time_or_an_unowned_relative(text: str, name: str) -> None:
    assert not _roles(text).get(name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a household word for a relative, said in full, with its owner
        ("Mia Brandt, 9, missed a whole term of school. \"We are very proud of her,\" Mia's dad "
         "Henrik Brandt told reporters.", "Henrik Brandt", "Mia Brandt's father"),
        ("The lab hired Tom Reed, Lena Marsh's stepdad, to run the trial.", "Tom Reed",
         "Lena Marsh's stepfather"),
        # an "ex-" the tokenizer splits off stays with the relative
        ("Teachers later learned that Hanna Sorel's ex-husband, Marco, had phoned the school "
         "twice.", "Marco", "Hanna Sorel's ex-husband"),
        # the description before the name, not the time after it
        ("The board also named a new finance chief, Tom Reed, last spring. Reed started in May.",
         "Tom Reed", "new finance chief"),
        # a relative inside a clause is not what the role names
        ("Police said the man who took the child, Carl Brandt, was arrested.", "Carl Brandt",
         "man who took the child"),
        # a relative word inside a name is no relative
        ("Jo Fenn, the bass player with the folk group Little Brother, retired from touring last "
         "week.", "Jo Fenn", "bass player with the folk group Little Brother"),
        # ... and a time word in capitals is a programme, left alone
        ("Ana Ruiz, host of This Week, asked the minister about the deal.", "Ana Ruiz",
         "host of This Week"),
    ],
)
def test_a_relative_and_a_named_show_in_a_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # first names the tagger left out of the name are no part of the title before it
        ("The envoy flew to Dunmore, where President Omar Tabu Mansour Korra had gone.",
         "Mansour Korra", "President"),
        ("The vote was delayed, Ostmark deputy Mehmet Ali Sezer told the radio station on "
         "Tuesday.", "Ali Sezer", "Ostmark deputy"),
        # ... but capitalised words of a title stay, a place or a position in capitals too
        ("The brawl led to a ban for Houston DL Larry Okafor on Monday.", "Larry Okafor",
         "Houston DL"),
        ("Kelby FM Rugby Correspondent Rob Keane broke the news of the transfer.", "Rob Keane",
         "Kelby FM Rugby Correspondent"),
        # where someone is, said after "who is", is no post
        ("The firm said Tom Reed, who is out of town this week, would reply later.", "Tom Reed",
         None),
        ("Sara Kell, who is on maternity leave until the spring, did not reply to calls.",
         "Sara Kell", None),
        ("Lucy Tan, who is in Kelby this week for the talks, said no.", "Lucy Tan", None),
        ("The firm said Tom Reed, who is in the process of selling his stake, declined to "
         "comment.", "Tom Reed", None),
        # ... but a post after a preposition is a role
        ("Ana Ruiz, who is on the board of Harbour Bank, said the loan was sound.", "Ana Ruiz",
         "on the board of Harbour Bank"),
        ("Tom Vale, who is in charge of the port's security, said the gates were shut.",
         "Tom Vale", "in charge of the port's security"),
        ("Lucy Tan, who is now a senior fellow at the Harbour Trust, said no.", "Lucy Tan",
         "senior fellow at the Harbour Trust"),
    ],
)
def test_no_name_or_place_in_a_role(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name) == role


def test_a_verb_of_saying_after_a_name_is_no_role() -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role(", warning,") is None
    assert _clean_role("saying") is None
    assert _clean_role("warning officer") == "warning officer"


def test_a_word_for_anyone_is_no_role() -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role("the person") is None
    assert _clean_role("a man") is None
    assert _clean_role("person of interest") == "person of interest"
    assert _clean_role("world No") is None  # "world No. 1" cut at its full stop


@pytest.mark.parametrize("role", [
    "expelled from the university for a racist chant", "standing in the line of children",
    "detained for two years after the border guards stopped him", "based in London",
    "teaches", "works at the harbour office and was running late to a meeting",
    "follows the rebels' operations and propaganda closely"])
def test_what_someone_did_is_no_role(role: str) -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role(role) is None


@pytest.mark.parametrize("role", ["managing director of Harbour Bank", "acting head of the agency",
                                  "leading expert on tides"])
def test_a_post_with_a_participle_is_a_role(role: str) -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role(role) == role


def test_a_relative_clause_after_a_post_is_cut() -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role("chairman of Harbour Bank, which has 200 branches") == "chairman of Harbour Bank"
    assert _clean_role("mother of two who has lived here since 1990") == "mother of two"
    # the clause says which one: kept
    assert _clean_role("mother of the girl who was killed in the crash") == (
        "mother of the girl who was killed in the crash")
    # nouns that end like participles, and a title's words, are no verb phrase
    assert _clean_role("king of Jordan") == "king of Jordan"
    assert _clean_role("singer of the song Love is All Around") == "singer of the song Love is All Around"
    assert _clean_role("still") is None


def test_a_trailing_adverb_leaves_the_role() -> None:
    from briefgen.extract.cast import _clean_role

    assert _clean_role("Islamist extremist group already") == "Islamist extremist group"
