"""Quotes a reader can trust on any house style: one row per pattern of issue 10, each an
article written for the test, run through the real model (the session-wide pipeline)."""

from __future__ import annotations

import pytest

from briefgen.compose import credited
from briefgen.extract.cast import build_cast
from briefgen.extract.marks import find_marked
from briefgen.extract.quotes import extract_quotes
from briefgen.models import Quote
from tests.conftest import parse


def quotes(text: str) -> list[Quote]:
    doc = parse(text)
    found = extract_quotes(doc, cast=build_cast(doc), indirect=False)
    for q in found:
        assert doc.text[q.start:q.end] == q.text
    return found


def quote_of(text: str, start: str) -> Quote:
    found = quotes(text)
    hits = [q for q in found if q.text.startswith(start)]
    assert hits, f"{start!r} not among {[q.text for q in found]}"
    return hits[0]


# -- quote marks in every house style (no model) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP closes a double quote with two single marks
        ("\u201cIt was a bid to fool the jury,\u2019\u2019 Ana Ruiz told the BBC. "
         "\u201cAnd it failed.\u201d", ["It was a bid to fool the jury,", "And it failed."]),
        # ASCII wire copy: ``...''
        ("``We will appeal,'' said Tomas Berg.", ["We will appeal,"]),
        # guillemets both ways, and German low-high marks
        ("\u00abNous restons,\u00bb said the mayor.", ["Nous restons,"]),
        ("\u00bbWir bleiben\u00ab, sagte der B\u00fcrgermeister.", ["Wir bleiben"]),
        ("\u201eWir bleiben\u201c, sagte er.", ["Wir bleiben"]),
        # a 'term' inside an archive's ''...'' stretch is nested in someone's words
        ("The board ''only counts 'major' deals, not small ones,'' the audit said. "
         "Staff called it 'fair'.", ["fair"]),
        # a mark left open ends before its attribution, not at the end of the paragraph
        ("\u201cWe won the vote, Ana Ruiz said. Then the hall emptied.", ["We won the vote,"]),
    ],
)
def test_every_house_style_of_quote_marks(text: str, expected: list[str]) -> None:
    assert [text[m.start:m.end] for m in find_marked(text)] == expected


# -- who said it, with what role ---------------------------------------------------------

ROWS = [
    # (pattern, article, start of the quote, speaker, words of the role or None)
    ("AP doubled closing mark, role by appositive, outlet is not the speaker",
     "Critics were furious.\n\n\u201cIt was a ploy to confuse shareholders,\u2019\u2019 Ana Ruiz, "
     "chief executive of the watchdog charity Clearview, told the BBC. \u201cAnd to my mind "
     "it is improper.\u201d",
     "It was a ploy", "Ana Ruiz", "chief executive of the watchdog charity Clearview"),
    ("a name inside the quote never beats the cue's subject",
     "Sonia Keller, Varga's lawyer, told reporters that her client meant no harm.\n\n"
     "\u201cDan Varga is passionate about his beliefs,\u201d she said in an email.",
     "Dan Varga is passionate", "Sonia Keller", "Varga's lawyer"),
    ("according to a titled person",
     'Mara Quist is the senator for Eastfield.\n\nThe bill is "dead on arrival," according to '
     "Senator Mara Quist.",
     "dead on arrival", "Mara Quist", "Senator"),
    ("an organisation in a statement",
     '"Operations will resume on Monday," the Oslo Port Authority said in a statement.',
     "Operations will resume", "Oslo Port Authority", None),
    ("the statement speaks for whoever issued it",
     "Three sailors were hurt in a collision, the Ostmark Navy said in a statement on Tuesday."
     '\n\n"What caused the collision is being examined," the statement said.',
     "What caused the collision", "Ostmark Navy", None),
    ("a spokesperson speaks for the organisation",
     '"We have received the letter," a spokesperson for the Harbour Authority said.',
     "We have received the letter", "Harbour Authority", "spokesperson for the Harbour Authority"),
    ("colon introduction",
     "Kofi Mensah, the director of the port, was blunt:\n\n\u201cWe cannot wait any longer.\u201d",
     "We cannot wait", "Kofi Mensah", "director of the port"),
    ("previous speaker carries a quote-only paragraph",
     '"The reserves are gone," said Rahul Mehta, an economist at Delhi University.\n\n'
     '"Nobody in government wants to say so."',
     "Nobody in government", "Rahul Mehta", "economist"),
    ("a quote over two paragraphs credits the first part too",
     "\u201cThe first half of the plan is fine.\n\n\u201cThe second half is not,\u201d said "
     "Lena Fischer, a professor of planning.",
     "The first half", "Lena Fischer", "professor of planning"),
    ("title before the name: Secretary of State",
     '"The talks were useful," Secretary of State Mara Quist said on Monday.',
     "The talks were useful", "Mara Quist", "Secretary of State"),
    ("abbreviated title and party tag",
     'South Dakota Gov. Kristi Halvorsen (R) defended the campaign.\n\n"Meth is a serious '
     'problem here," Halvorsen said.',
     "Meth is a serious", "Kristi Halvorsen", "South Dakota Gov. (R)"),
    ("agency title before the name",
     '"We are going back to the Moon," Space Agency Administrator Jim Bradley said.',
     "We are going back", "Jim Bradley", "Space Agency Administrator"),
    ("who heads",
     'Nadia Okafor, who heads the Lagos Water Board, spoke on Monday.\n\n"The pipes are '
     'forty years old," Okafor said.',
     "The pipes are", "Nadia Okafor", "head of the Lagos Water Board"),
    ("role stated in another sentence",
     "Michelle Hegg runs an agency in Spokane. Hegg is the chief executive of Brightline.\n\n"
     '"Changing behaviour is difficult," Hegg said.',
     "Changing behaviour", "Michelle Hegg", "chief executive of Brightline"),
    ("a description with the article's words for a person named later",
     "Brazil's ambassador to Chile accused Santiago of interfering and warned that Bras\u00edlia "
     "\u201cwill not stand idly by\u201d.\n\nBrazil's ambassador to Chile Paulo Ventura has "
     "said Brazil has the means to end the dispute.",
     "will not stand", "Paulo Ventura", "Brazil's ambassador to Chile"),
    ("'the singer' is the person the article is about",
     "Pat Orlin, a founding member of the Larks, played in Nashville on Monday.\n\n"
     "Orlin teased a new tour during the set.\n\n"
     "After the last song, the singer told the audience, \u201cperhaps we should tour again next spring.\u201d",
     "perhaps we should", "Pat Orlin", "founding member"),
    ("'the spokeswoman' is the person introduced as one, not the last one named",
     "Ana Ruiz, a spokeswoman for the port authority, spoke on Monday.\n\n"
     "Tom Vale, the harbour master, was not there.\n\n"
     '"The cranes are safe," the spokeswoman said.',
     "The cranes are safe", "Ana Ruiz", "spokeswoman"),
    ("a title written short before the name makes 'the senator'",
     "Sen. Ana Ruiz opposes the plan.\n\nTom Vale, who owns the towers, defended it on Monday.\n\n"
     '"The loophole must close," the senator said.',
     "The loophole must close", "Ana Ruiz", None),
    ("'the president' is the person the article calls President, whatever role it kept",
     "President Tom Reed opened the bridge on Saturday.\n\n"
     "Reed, a keen cyclist, rode across it ahead of Mara Quist, who designed it.\n\n"
     "Quist thanked the builders.\n\n"
     '"This bridge joins us," the president said.',
     "This bridge joins us", "Tom Reed", None),
    ("'the company' is the organisation introduced",
     "Veltra Systems, a drone maker based in Leeds, won the contract in March.\n\n"
     '"Production will start in May," the company said.',
     "Production will start", "Veltra Systems", None),
    ("'she' follows the article's own pronouns, not a first-name guess",
     "Taylor Quinn lost her case on Monday, after years of fighting it.\n\n"
     "The label, owned by a company run by Scott Braden, said nothing.\n\n"
     "\u201cI just want to play my own music,\u201d she said.",
     "I just want to play", "Taylor Quinn", None),
    ("'scolded him' says nothing of the subject's own gender",
     "Dr Robin Vale sold diet pills on television for years.\n\n"
     "Senator Ana Ruiz scolded him at the hearing: \u201cThe science is against you,\u201d "
     "she said.",
     "The science is against you", "Ana Ruiz", None),
    ("a surname with a description before it: the full name, the description as role",
     "Argentina beat Chile, with Diego Montero beating Nicolas Jara in two sets.\n\n"
     '"That was the finest tennis I have produced," the 14th-ranked Montero said.',
     "That was the finest", "Diego Montero", "14th-ranked"),
    ("'they said' after an organisation was the subject",
     "Big Harbor Records has repeatedly rejected the claims.\n\n"
     '"At no point did we pull her album," they said in a short statement late on Friday.',
     "At no point", "Big Harbor Records", None),
    ("'with X warning of': the speaker of the absolute clause, not the object of the main verb",
     "The only two states to have signed treaties with Veltra - Norland and Ostmark - also "
     "sharply criticised the Veltran policy shift, with Ostmark Foreign Minister Ana Ruiz "
     "warning of \u201cgrave consequences\u201d.",
     "grave consequences", "Ana Ruiz", "Foreign Minister"),
    ("a ministry of a named country speaks, not the country",
     "\u201cIt is a grave mistake,\u201d said the Veltran foreign ministry.",
     "It is a grave mistake", "Veltran foreign ministry", None),
    ("'the Ostmark government' is not the organisation last in the news",
     "Veltra Systems closed its border plant on Monday.\n\n"
     "\u201cWe are disappointed,\u201d the Ostmark government said.",
     "We are disappointed", "Ostmark government", None),
    ("'the Veltra company' is the company the article introduced",
     "Veltra Systems closed its plant on Monday.\n\n"
     "\u201cWe are disappointed,\u201d the Veltra company said.",
     "We are disappointed", "Veltra Systems", None),
    ("an acronym resolves to the name the article spelled out",
     "The Ostland Agency for Water Quality and Protection said it had checked every "
     "well.\n\nThe AWQ told residents that the hazard was \u201cvanishingly small.\u201d",
     "vanishingly small", "Ostland Agency for Water Quality and Protection", None),
    ("a journalist who 'reports' is not the source of what they report",
     "The couple was quarantined, and the Ostland Health Agency said it had examined everyone "
     "who met them, according to Mara Quist of the Daily Courier. All \u201caffected "
     "wards\u201d were also cleaned, reports Quist.",
     "affected wards", "Ostland Health Agency", None),
    ("'as X put it' credits X",
     "Senator Ana Ruiz said the visa scheme sends a terrible message. The main requirement is "
     "a \u201cclean record of tax payments,\u201d as a Home Office memo put it.",
     "clean record", "Home Office", None),
    ("'as X put it' after the narrative",
     "Prices rose again, or, as Tomas Berg put it, \u201cthe party is over.\u201d",
     "the party is over", "Tomas Berg", None),
    ("a pull quote takes the speaker of the attributed copy later in the article",
     "Tomas Berg, the harbour master, closed the port on Monday.\n\n"
     "\u201cThe tide has turned against the fleet\u201d\n\n"
     "Mara Quist, who chairs the fishing council, spoke after the vote. \u201cWe waited too "
     "long. The tide has turned against the fleet, and nobody listened,\u201d Quist said.",
     "The tide has turned against the fleet", "Mara Quist", "fishing council"),
    ("a surname of several words is the person named in full before",
     "Kenji Van Der Meer, the mayor of Eastfield, opened the bridge on Monday.\n\n"
     "\u201cIt took us ten years,\u201d Van Der Meer said.",
     "It took us ten years", "Kenji Van Der Meer", "mayor of Eastfield"),
    ("a surname of two words after a name of four",
     "Aung Min Suu Kyaw, the leader of the Harbour Party, flew to Oslo.\n\n"
     "\u201cUnity also means prosperity,\u201d Suu Kyaw told reporters.",
     "Unity also means", "Aung Min Suu Kyaw", "leader of the Harbour Party"),
    ("'he' follows the chain of subjects, not the last name written",
     "Tomas Berg says he flew to Oslo to end his partnership with Karl Dorn. The trip took "
     "three days.\n\nOn the trip, he was photographed having long talks with Karl Dorn in a park. "
     "Was it a wise move? Few thought so.\n\nHe later told the BBC: \u201cI felt it was the "
     "honourable thing to do.\u201d",
     "I felt it was", "Tomas Berg", None),
    ("a cue in a clause opening the next sentence does not attribute the quote before it",
     "\u201cHe wrote dense books,\u201d said Jo Varga, a novelist. \u201cSometimes they were too "
     "hard for people.\u201d\n\n\u201cNobody will buy this,\u201d Varga said. \u201cThey never "
     "did.\u201d Although the publisher had written to him twice, the manuscript stayed in a drawer.",
     "They never did", "Jo Varga", None),
    ("a group that speaks is not replaced by the person it acts on",
     "Tomas Berg runs the old quarry.\n\nIn March, three residents' associations gave Berg "
     "more time to meet a planning condition, arguing that his \"funding had come in later than "
     "he had promised the council.\"",
     "funding had come in", "three residents' associations", None),
    ("a 'she' the chain gave someone rules that person out of a 'he'",
     "Anna Berg hired Tom Vale in 2010 to run the design team at the Harwick plant. She said he "
     "was the best engineer she had met.\n\nHe left the firm on Friday after nine years. "
     "\u201cI needed a change,\u201d he said.",
     "I needed a change", "Tom Vale", None),
    ("a 'she' the chain gave someone rules that person out of a 'he' (two sentences on)",
     "Club president Sara Lund offered coach Peter Moss a new contract on Monday. She praised "
     "his work with the youth teams.\n\nHe accepted the offer on Tuesday. \u201cThis club is "
     "my home,\u201d he said.",
     "This club is my home", "Peter Moss", None),
    ("'his' in an apposition says nothing of the subject's gender",
     "Tomas Berg wrote six novels in ten years.\n\nMara Quist, one of his editors at the "
     "press, read every draft. \u201cHe never made it easy,\u201d she said.",
     "He never made it easy", "Mara Quist", None),
    ("a bare surname two people share is the one named last, not the one named first",
     "Kay Green won the county title on Friday. Her father, Bill Green, watched from the "
     "stands, as he did when she lost here in 2009. Kay Green wrote last month that coming "
     "back was hard. Still, Green said afterward, \u201cThis title means the world to me.\u201d",
     "This title means the world", "Kay Green", None),
    ("the person a quote names is not the 'he' who says it",
     "An uncle of Pavel Moss, Ivo Moss, spoke to reporters on Friday. He said Pavel Moss was "
     "one of the two men arrested at the depot. \u201cYes, Pavel did this, and we are "
     "ashamed,\u201d he said.",
     "Yes, Pavel did this", "Ivo Moss", None),
    ("a nationality before a name is not the speaker",
     "Ivo Berg builds chairs in a shed behind his house. \u201cIt is a rare honour,\u201d "
     "says Canadian-born Berg, whose chairs sit in the old hall.",
     "It is a rare honour", "Ivo Berg", None),
    ("'the Dutchman' is the man the article is about",
     "Team director Pieter Vos said the car was slow in the heat of the opening race on "
     "Sunday. \u201cWe have a long way to go,\u201d the Dutchman said in a statement.",
     "We have a long way to go", "Pieter Vos", None),
    ("an outlet's tag glued to the first word is no part of the speaker's name",
     "(KVN)Odile Moss still writes to her brother every week. \u201cHe never "
     "answers,\u201d Moss said.",
     "He never answers", "Odile Moss", None),
    ("the cue that reports a reported cue names the source",
     'Mara Quist said that after legal advice Veltra had concluded the scheme was '
     '"not, in itself, contrary to the treaty".',
     "not, in itself", "Mara Quist", None),
]


@pytest.mark.parametrize(("text", "start", "speaker", "role"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_speaker_and_role(text: str, start: str, speaker: str, role: str | None) -> None:
    q = quote_of(text, start)
    assert q.speaker == speaker, q
    if role is not None:
        assert q.speaker_role is not None and role.lower() in q.speaker_role.lower(), q


def test_a_pull_quote_matches_its_copy_by_whole_words() -> None:
    # "tide has turned ..." is not a copy of "... riptide has turned ...": no speaker borrowed
    q = quote_of("Tomas Berg, the harbour master, closed the port on Monday.\n\n"
                 "\u201cTide has turned against the fleet\u201d\n\n"
                 "Mara Quist spoke after the vote. \u201cWe waited too long. The riptide has "
                 "turned against the fleet, and nobody listened,\u201d Quist said.",
                 "Tide has turned")
    assert q.speaker != "Mara Quist", q


def test_a_statement_is_typed_document() -> None:
    q = quote_of(ROWS[4][1], "What caused the collision")
    assert q.speaker_type == "document"


def test_roles_are_never_a_handle_a_name_or_an_age() -> None:
    doc = parse("Patrick Varga, 55, pleaded guilty on Monday.\n\n"
                "Rep. Ilse Omari (@ilse) wrote to the judge.")
    cast = build_cast(doc)
    roles = {a.name: a.role for a in cast.people}
    assert roles.get("Patrick Varga") is None
    assert "@" not in (roles.get("Ilse Omari") or "")


# -- words nobody is quoted saying -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_a_quote"),
    [
        ("The group will perform its best-known songs, including \u201cSalt On The Wire,\u201d "
         "\u201cCopper Lake,\u201d \u201cWhen The Ferry Leaves\u201d and more, the promoter said.",
         "When The Ferry Leaves"),
        ("The mayor defended the drive with the motto \u201cPotholes, we\u2019re fixing them.\u201d",
         "Potholes, we\u2019re fixing them."),
        ("The agency behind the \u201cStarts with one\u201d campaign said it was proud.",
         "Starts with one"),
        ("The agency aims to make two \u201cdeliveries\u201d of cargo to the Moon every year.",
         "deliveries"),
        ("The merged firm, the \u201cnew Herald,\u201d as Reed dubbed it, will be the largest.",
         "new Herald,"),
        ("She is the author of four books, including \u201cMakers of Thunder: Brightline and "
         "the Birth of the Electric Age\u201d and \u201cThe Long Road: A Modern History.\u201d",
         "Makers of Thunder: Brightline and the Birth of the Electric Age"),
        ("The mother testified, describing her son as \u201cbrave and kind\u201d before telling "
         "the jury about the \u201cphysical fight\u201d for his life.", "physical fight"),
    ],
)
def test_titles_slogans_and_scare_quotes_are_not_quotes(text: str, not_a_quote: str) -> None:
    assert not_a_quote not in [q.text for q in quotes(text)]


# -- the full name given only in the lead the page set as standfirst ------------------


def test_a_surname_speaker_takes_the_full_name_the_standfirst_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.extract import extract
    from briefgen.models import Article

    art = Article(
        source="pasted",
        title="Harbour town doubles down on ferry fare cap",
        standfirst="Marlow Mayor Odile Brannock (I) is defending the town's cap on ferry fares.",
        body=("The cap drew criticism on Monday, but Brannock cited the backlash as proof it works.\n\n"
              "\u201cThe ferry is a lifeline, not a luxury,\u201d Brannock said on Monday night.\n\n"
              "Harbour pilot Ivo Brannigan said the boats were full."),
    )
    ex = extract(art, nlp)
    said = [q for q in ex.quotes if q.text.startswith("The ferry is a lifeline")]
    assert [q.speaker for q in said] == ["Odile Brannock"]
    names = {e.name: e.label for e in ex.entities}
    assert names.get("Odile Brannock") == "PERSON" and "Brannock" not in names
    # a speaker the standfirst does not name keeps the name the body gives
    for lead in ("Ferry fares are capped.", "Mayor Brannock is defending the cap."):
        plain = Article(source="pasted", body=art.body, standfirst=lead)
        assert [q.speaker for q in extract(plain, nlp).quotes
                if q.text.startswith("The ferry")] == ["Brannock"]


# -- words of people the article does not name (issue 18: the right person, or no one) ----

UNNAMED = [
    # (pattern, article, start of the quote, the named person it must not go to)
    ("friends of a named person speak for themselves",
     "Tomas Berg wrote six novels.\n\nMultiple friends of Tomas Berg told me that \"he never "
     "stopped writing, even in hospital.\"",
     "he never stopped", "Tomas Berg"),
    ("a narrator in someone's advert is not that someone",
     "Mara Quist released a new advert on Monday.\n\n\u201cYou keep your receipts. Why does "
     "Tomas Berg not keep his?\u201d a narrator in the Quist advert asks.",
     "You keep your receipts", "Mara Quist"),
    ("a man who says he is someone's father is not that someone",
     "Tomas Berg left the country in 2014.\n\nA man who says he is Berg's uncle told a "
     "harbour radio station that \"no paper anywhere shows\" the driver is his nephew.",
     "no paper anywhere shows", "Tomas Berg"),
    ("no speech verb: a group's words are not the last speaker's",
     "\u201cThe harbour will reopen in May,\u201d Mayor Ana Ruiz said on Monday.\n\nWhen the "
     "port inspectors are reduced to lecturing the town that \u201cdelays can be much better "
     "than accidents\u201d it is time for a change.",
     "delays can be much better", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "start", "not_speaker"), [r[1:] for r in UNNAMED],
                         ids=[r[0] for r in UNNAMED])
def test_unnamed_people_are_not_replaced_by_a_name(text: str, start: str, not_speaker: str) -> None:
    q = quote_of(text, start)
    assert q.speaker != not_speaker and q.speaker_type != "person", q
    assert not credited(q), q  # a brief prints no one's name under these words


# (pattern, article, start of the quote, the description it stays credited to)
DESCRIBED = [
    ("'the head of' a body is no one the article named",
     "Tom Vale was shot outside his home in 2002.\n\n"
     'Officials called it a murder, with the head of the union calling it "a brutal attack."',
     "a brutal attack", "the head of the union"),
    ("a role that names another post is not the description's",
     "Police Chief Tom Vale resigned on Wednesday.\n\n"
     '"The library will reopen on Monday," the mayor said in a statement.',
     "The library will reopen", "the mayor"),
    ("'the expert' after 'one legal expert' is that unnamed expert",
     "Tom Vale denies any wrongdoing.\n\n"
     '"The contract was never signed," said one legal expert.\n\n'
     '"The firm could face years of fines," the expert warned.',
     "The firm could face", "the expert"),
    ("several people described are no one person",
     "Tom Vale met the voters on Monday.\n\n"
     '"The plan will not work," the experts said.',
     "The plan will not work", "the experts"),
    ("a post no one was given is no one named",
     "Nora Vale, the home secretary, watched the match on Monday.\n\n"
     '"We played badly," the coach added.',
     "We played badly", "the coach"),
    ("'the singer' is not a person the article calls a professor",
     "Tom Vale, a professor of law, spoke first.\n\n"
     '"I love this city," the singer said.',
     "I love this city", "the singer"),
]


@pytest.mark.parametrize(("text", "start", "described"), [r[1:] for r in DESCRIBED],
                         ids=[r[0] for r in DESCRIBED])
def test_a_description_no_one_named_fits_stays_the_speaker(text: str, start: str, described: str) -> None:
    q = quote_of(text, start)
    assert q.speaker == described, q
    assert not credited(q), q  # the brief prints no name under these words


def test_a_group_does_not_take_the_floor_from_the_speaker_before_it() -> None:
    # the words after a group's quoted term are still the named expert's
    text = ("\u201cWe were looking for something else,\u201d said Mara Quist, a biologist at "
            "Veltra University. It is unclear which role came first, Quist says.\n\nJust because "
            "chemists became aware of \u201cbitter\u201d receptors in the gut first, \u201cthat "
            "does not mean they came first.\u201d")
    assert quote_of(text, "bitter").speaker != "Mara Quist"
    assert quote_of(text, "that does not mean").speaker == "Mara Quist"


# -- a wall of text: an article whose paragraph breaks were lost ----------------------


def test_wall_breaks_split_between_sentences_not_inside_a_quote() -> None:
    """A paragraph of 250 words or more is read as one sentence a paragraph, except that a
    quotation stays whole and '"...," she said. "..."' stays with its speaker."""
    from briefgen.ingest.text import wall_breaks

    said = 'The plan was approved. "We tried," Ana Ruiz said. "We failed. We will try again." '
    wall = said + "The council met on Tuesday. " * 60
    starts = [wall[k:k + 12] for k in wall_breaks(wall)]
    assert starts[0] == '"We tried," '  # the first sentence ends; the quote's two parts stay
    assert not any(s.startswith('"We failed') or s.startswith("We will") for s in starts)
    assert wall_breaks(said) == []  # a paragraph of ordinary length is left alone


def test_a_quote_in_a_wall_of_text_keeps_its_speaker(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pasted text with no paragraph breaks: the quote after a speaker's first quote is
    his, not the subject of the next sentence ("The council says ...")."""
    from pathlib import Path

    from briefgen.extract import extract
    from briefgen.ingest import read_source

    path = tmp_path / "wall.txt"
    path.write_text((Path(__file__).parents[1] / "fixtures" / "wall_of_text.txt").read_text())
    article = read_source(str(path))
    assert article.recovered_breaks and "\n\n" not in article.body.split("\n\n", 1)[-1]
    said = {q.text: q.speaker for q in extract(article, nlp).quotes if q.kind != "indirect"}
    assert said["We found out from the radio."] == "Tomas Berg"
    assert said["It is the right decision, and the numbers have been clear for years,"] == "Priya Nandakumar"


def _wall_quotes(text: str) -> dict[str, str | None]:
    """Quotes of ``text`` read as one wall of text, with the breaks it is guessed to have lost."""
    from briefgen.ingest.text import wall_breaks

    doc = parse(text)
    doc.user_data["recovered_breaks"] = set(wall_breaks(text))
    return {q.text: q.speaker for q in extract_quotes(doc, cast=build_cast(doc), indirect=False)}


_FILLER = "The committee then turned to the budget for the coming year. " * 40


@pytest.mark.parametrize(("tag", "speaker"), [
    ("Tom Vale demanded.", "Tom Vale"),
    ("Vale asked, looking at the banker.", "Tom Vale"),
])
def test_a_tag_after_a_guessed_break_names_the_speaker_not_the_one_before(tag, speaker) -> None:  # type: ignore[no-untyped-def]
    # a wall of text is broken after a closing mark; the tag that follows still
    # attributes the quote before it, not whoever was speaking in the sentence before
    text = ("Councillors Ana Ruiz and Tom Vale questioned the planner on Tuesday. \u201cEvery time "
            "you say that,\u201d Ruiz said, \u201cyou hand ammunition to your critics.\u201d "
            "\u201cWhy should the town pay for a bridge nobody asked for?\u201d " + tag
            + " " + _FILLER)
    said = _wall_quotes(text)
    assert said["Why should the town pay for a bridge nobody asked for?"] == speaker
    assert said["you hand ammunition to your critics."] == "Ana Ruiz"


@pytest.mark.parametrize("after", [
    "The league noted the remarks on its website.",
    "Our reporter Tom Vale wrote from Oslo.",
])
def test_a_sentence_of_its_own_after_a_guessed_break_is_no_tag(after) -> None:  # type: ignore[no-untyped-def]
    # "The league noted the remarks" tells something of its own, and after a full stop
    # the next sentence is no tag: the quote before stays with the speaker it continues
    text = ("\u201cWe will not sell the club,\u201d owner Ana Ruiz said on Monday. "
            "\u201cAnd we have seen no offer worth a second look.\u201d " + after + " " + _FILLER)
    said = _wall_quotes(text)
    assert said["And we have seen no offer worth a second look."] == "Ana Ruiz"


@pytest.mark.parametrize("after", [
    "The board had warned that the merger could cost jobs for years.",
    "Lena Holt added that the offer was still open.",
])
def test_a_speaker_goes_on_past_a_next_sentence_that_tells_its_own_news(after) -> None:  # type: ignore[no-untyped-def]
    # '"A," Vale said. "B." X warned that ...': B is Vale's, not the next sentence's speaker
    text = ("The co-operative cut its harvest estimate on Tuesday. \u201cThe barley came in late,\u201d "
            "farm union head Tom Vale said. \u201cUnless it rains this month, the second crop "
            "will fail as well.\u201d " + after + " Grain prices rose.")
    assert quote_of(text, "Unless it rains").speaker == "Tom Vale"


def test_a_tag_in_the_next_sentence_still_names_a_quote_with_no_speaker_before() -> None:
    text = ("The co-operative cut its harvest estimate on Tuesday. \u201cUnless it rains this "
            "month, the second crop will fail as well.\u201d Lena Holt warned that members should "
            "expect lower payments.")
    assert quote_of(text, "Unless it rains").speaker == "Lena Holt"


def test_a_speaker_carried_over_is_not_the_person_the_quote_names() -> None:
    # no cue of its own: the quote talks about the man named before it, so it is not his;
    # with no one else to give it to, it is left unattributed
    text = ("Days later, Pavel Moss gave a press conference and said the jeers were unfair. "
            "\u201cPavel Moss "
            "had said that the crowd was cruel, and that was the start of it.\u201d After ten "
            "years away, the team came back.")
    q = quote_of(text, "Pavel Moss had said")
    assert q.speaker is None and not credited(q), q


def test_a_speaker_may_name_himself_in_his_next_quote() -> None:
    text = ("\u201cThe harbour fees are unfair,\u201d Tomas Berg said on Monday. \u201cVote "
            "for Tomas Berg and you get a man who listens.\u201d")
    assert quote_of(text, "Vote for Tomas Berg").speaker == "Tomas Berg"


def test_many_unlabelled_speakers_reread_the_cast_a_bounded_number_of_times(monkeypatch):
    # a hostile text of many "Name said" subjects: the cast is re-read after each of the
    # first few additions only, then once (it was once per addition: quadratic)
    from briefgen.extract import cast as cast_module
    from briefgen.extract import quotes as quotes_module

    calls = []
    real = cast_module.Cast.refresh
    monkeypatch.setattr(cast_module.Cast, "refresh", lambda self: calls.append(1) or real(self))
    text = "Bill Green met Kay Green. " + " ".join(
        f'"We won {i}," Green said. Bill Green and Kay Green left.' for i in range(60))
    found = extract_quotes(parse(text))
    assert len(found) == 60
    assert len(calls) <= quotes_module._REREAD_ADDS + 1


def test_the_description_after_a_sentence_about_a_named_person_is_that_person() -> None:
    # "the drummer" is the person the sentence before was about, not a description alone
    text = ("The Larks closed their tour in Tarn on Sunday.\n\n"
            "Nils Aho thanked the crowd after the last song. Minutes later, the drummer told "
            "reporters, \u201cwe will be back next spring with new songs.\u201d")
    assert quote_of(text, "we will be back").speaker == "Nils Aho"


BRANDT = ('"I was very surprised by the ruling," former Ambassador to Norway and Air Force '
          'General Tom Brandt told reporters. The retired Air Force Major General, who flew 90 '
          'missions as a pilot, recalled he had been "barred from sending a message to the '
          'ministry."\n\n"It made no sense to me," he said.')


def test_a_title_in_capitals_is_a_description_of_the_person_with_that_role() -> None:
    # "Major General" is no one's name (Major is a first name too), "Air Force Major
    # General" no organisation: the person whose role holds the description's names
    assert quote_of(BRANDT, "barred from").speaker == "Tom Brandt"
    assert quote_of(BRANDT, "It made no sense").speaker == "Tom Brandt"
    cast = build_cast(parse(BRANDT))
    assert "Major General" not in [a.name for a in cast.actors]


def test_a_description_with_a_name_the_role_lacks_stays_a_description() -> None:
    text = ('Vermont Sen. Ana Ruiz opened the hearing on Monday. "We need answers," the '
            'Vermont senator said. "We need them now," the Ohio senator said.')
    assert quote_of(text, "We need answers").speaker == "Ana Ruiz"
    assert quote_of(text, "We need them now").speaker == "the Ohio senator"


def test_a_namesake_in_a_quoted_caption_does_not_take_the_writers_person() -> None:
    # the writer names the president by surname only; "Lena Marsh" appears only inside
    # the quote marks of a caption, and the writer's pronoun for Marsh is "he"
    text = ("Racist emails, like one that depicted President Marsh as a clown, led three city "
            "employees to resign, the city spokesman said Friday. Examples of the emails "
            "include one that showed a photo of dancing women with the caption \"Lena Marsh's "
            "High School Reunion.\" President Marsh said Friday that although he doesn't think "
            "the abuses are typical, there are problems. \"I don't think that is typical of "
            "this town,\" Marsh said in a radio interview.")
    doc = parse(text)
    cast = build_cast(doc)
    found = extract_quotes(doc, cast=cast, indirect=False)
    said = [q for q in found if q.text.startswith("I don't think")]
    assert said and said[0].speaker == "Marsh"
    writer, caption = cast.actor_named("Marsh"), cast.actor_named("Lena Marsh")
    assert writer is not caption and writer.role == "President" and caption.role is None
