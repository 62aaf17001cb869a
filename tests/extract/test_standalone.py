"""Lines that stand alone: the bracketed referent a reader sees."""

from __future__ import annotations

import pytest

from briefgen.extract.cast import build_cast
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.standalone import make_line
from briefgen.models import restore
from tests.conftest import parse


def test_a_bracketed_referent_prints_the_name_as_the_article_writes_it() -> None:
    text = "The EU fined the carmaker on Monday. It said the fine would be paid within a month."
    doc = parse(text)
    sent = list(doc.sents)[1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text))
    assert line is not None
    assert line.text == "[EU] said the fine would be paid within a month."


def test_a_dropped_connective_and_a_bracketed_name_restore_to_the_article_words() -> None:
    text = ("Senator Maria Olsen opened the hearing on Tuesday. "
            "Yet Olsen seems to have no plan for the vote.")
    doc = parse(text)
    sent = list(doc.sents)[1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text))
    assert line is not None
    assert line.text == "[Maria Olsen] seems to have no plan for the vote."
    assert restore(line.text, line.edits) == sent.text


def test_the_colon_after_a_dropped_connective_goes_with_it() -> None:
    text = ("The festival opened on Friday. "
            "Moreover: the installation holds 2,000 lights and 800 metres of recycled rope.")
    doc = parse(text)
    sent = list(doc.sents)[1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text))
    assert line is not None
    assert line.text == "[The] installation holds 2,000 lights and 800 metres of recycled rope."
    assert restore(line.text, line.edits) == sent.text


def _last_line(text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    sent = list(doc.sents)[-1]
    return sent, make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text))


def test_an_age_as_the_subject_is_named_in_brackets() -> None:
    sent, line = _last_line(
        "Marta Solis signed for Porto Alegre FC on Monday after a week of talks. "
        "The 31-year-old will play her first match for the club on Saturday.")
    assert line is not None
    assert line.text == "[Marta Solis] will play her first match for the club on Saturday."
    assert restore(line.text, line.edits) == sent.text


def test_the_agency_is_named_as_the_organisation_it_refers_to() -> None:
    sent, line = _last_line(
        "The Nordic Maritime Agency warned ship owners about ice in the Baltic on Tuesday. "
        "The agency said that 14 vessels had already reported damage.")
    assert line is not None
    assert line.text == "[Nordic Maritime Agency] said that 14 vessels had already reported damage."
    assert restore(line.text, line.edits) == sent.text


def test_two_people_before_the_description_get_no_guess() -> None:
    _, line = _last_line(
        "Marta Solis met Carla Reyes in Lisbon on Saturday to settle the dispute. "
        "The 31-year-old said the talks had gone well.")
    assert line is not None
    assert line.text == "The 31-year-old said the talks had gone well."
    assert not line.edits


def test_an_unnamed_person_introduced_before_gets_no_name() -> None:
    # "a 55-year-old man" is who "The 55-year-old" means, not the doctor named before
    _, line = _last_line(
        "Dr Lena Ortiz treated a 55-year-old man from the valley on Friday. "
        "The 55-year-old is the third resident to catch the disease this year.")
    assert line is not None
    assert "[" not in line.text


def test_a_description_inside_quote_marks_is_left_as_written() -> None:
    text = ("Marta Solis scored twice for the club on Saturday. "
            "\u201cThe 31-year-old has worked hard for this and deserves it.\u201d")
    doc = parse(text)
    cast = build_cast(doc, text)
    extract_quotes(doc, cast=cast)  # as the pipeline does: the cast learns the quote marks
    sent = list(doc.sents)[-1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, cast)
    assert line is not None
    assert "\u201cThe 31-year-old has worked hard" in line.text
    assert "[" not in line.text


def test_a_firms_own_name_is_not_bracketed_as_a_longer_name_that_opens_on_it() -> None:
    # the tagger reads the branch after a title as a person's name; "Sensocom" is the
    # firm itself, its own actor, and no person's given name
    text = ("Sensocom, a global provider of hospital paging software, announced a new alarm system "
            "with Dorvane Medical on Tuesday. Sensocom's software received approval from regulators "
            "last month.\n\nMara Lindqvist, President Sensocom North America, says: \"Nurses will "
            "hear fewer alarms that do not need them.\"\n\nSensocom is headquartered in Bern and "
            "employs 1,300 people. Sensocom's mission is to provide real-time solutions for hospitals.")
    doc = parse(text)
    cast = build_cast(doc, text)
    firm = cast.actor_named("Sensocom")
    assert firm is not None and firm.kind == "organisation"
    assert len(firm.mentions) == 4
    sent = list(doc.sents)[-1]
    assert sent.text.startswith("Sensocom's mission")
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, cast)
    assert line is not None
    assert line.text == "Sensocom's mission is to provide real-time solutions for hospitals."


def test_a_description_reported_before_its_source_is_named() -> None:
    # the reporting verb comes last: the description is the reported clause's subject,
    # not the sentence root's, and is named all the same
    sent, line = _last_line(
        "Marta Solis signed for Porto Alegre FC on Monday after a week of talks. "
        "The 31-year-old is the best striker in the league, say club officials.")
    assert line is not None
    assert line.text == "[Marta Solis] is the best striker in the league, say club officials."
    assert restore(line.text, line.edits) == sent.text


def test_an_opener_that_follows_the_sentence_before_is_dropped_like_a_connective() -> None:
    # "A short time later" / "Finally" / "By then" place the line after a sentence the
    # reader of a key fact does not have
    sent, line = _last_line("Officers arrested Dana Kirby, 32, near Main Street. A short time later, "
                            "officers stopped a van driven by Lee Marsh, 29, of Brannock.")
    assert line is not None
    assert line.text == "[Officers] stopped a van driven by Lee Marsh, 29, of Brannock."
    assert restore(line.text, line.edits) == sent.text
    _, line = _last_line("Dr. Ona Vesk asked about mould, birds and travel. Finally, Vesk's questions "
                         "hit home: the couple had bought a feather duvet.")
    assert line is not None and line.text.startswith("[Ona Vesk]'s questions hit home")
    # without its comma the phrase is the clause's own: "Later that day" dates it
    _, line = _last_line("The council met in the morning. Later that day the mayor of Ostmark "
                         "resigned over the harbour deal.")
    assert line is not None and line.text.startswith("Later that day")


@pytest.mark.parametrize("opener", ["And later,", "But finally,", "So eventually,"])
def test_an_opener_after_a_connective_is_dropped_too(opener: str) -> None:
    # the connective goes, and so does the opener after it: "[Later], the mayor ..."
    # would still place the line after a sentence the reader does not have
    sent, line = _last_line(f"The council met in the morning. {opener} the mayor of Ostmark "
                            "resigned over the harbour deal.")
    assert line is not None
    assert line.text == "[The] mayor of Ostmark resigned over the harbour deal."
    assert restore(line.text, line.edits) == sent.text


@pytest.mark.parametrize(("line", "leans"), [
    ("The man told doctors he had eaten the fish on Monday.", True),
    ("The 41-year-old is the second resident of Brill to fall ill.", True),
    ("First it was hard to sleep, then the headaches began.", True),
    ("Farmers in the valley were left without water as a result.", True),
    ("The following table lists the prices of the harvest.", True),
    ("In it, the mayor denied taking any money from the builders.", True),
    ("Even though it's a small car, it comes with six airbags.", True),
    ("Worried, his sister called the harbour master at once.", True),
    ("He adds that the port will reopen.", True),  # the first word, as before
    ("The man who built the bridge, Ivo Marsh, died on Friday.", True),
    ("The son of the former mayor was elected on Friday.", False),
    ("The mayor of Brill denied taking any money.", False),
    ("First Minister Ana Ruiz opened the bridge.", False),
    ("Doctors treated the fisherman for a fever in Brill.", False),
])
def test_a_line_that_needs_the_sentence_before_it_is_known_to_the_brief(line: str, leans: bool) -> None:
    from briefgen.extract.standalone import leans_back

    assert leans_back(line) is leans


def test_a_connective_before_a_description_goes_with_it() -> None:
    sent, line = _last_line(
        "The Nordic Maritime Agency warned ship owners about ice in the Baltic on Tuesday. "
        "But the agency said that 14 vessels had already reported damage.")
    assert line is not None
    assert line.text == "[Nordic Maritime Agency] said that 14 vessels had already reported damage."
    assert restore(line.text, line.edits) == sent.text


def test_a_source_only_person_in_the_window_is_not_who_the_description_means() -> None:
    # the spokesman is only the source of the sentence before: the age is the singer's
    _, line = _last_line(
        "Tova Brandt has cancelled her spring tour after a fall at her home in Malmo. "
        "\"She is recovering well,\" said spokesman Piet Arnold. "
        "The 68-year-old has played more than 2,000 concerts.")
    assert line is not None
    assert line.text == "[Tova Brandt] has played more than 2,000 concerts."


def test_a_pronoun_after_another_gendered_noun_is_not_the_descriptions() -> None:
    # "her" is the wife's: the actor is still a man, and the one man named before
    _, line = _last_line(
        "Jonas Lindqvist announced the news on a chat show on Tuesday. "
        "The actor shared a photo of his wife holding her new puppy.")
    assert line is not None
    assert line.text.startswith("[Jonas Lindqvist] shared")


def test_the_article_s_one_organisation_is_what_a_later_description_means() -> None:
    # no organisation in the two sentences before "The band": the one the article is about
    _, line = _last_line(
        "The Copper Lanterns will tour North America next year for their 30th anniversary. "
        "The tour will feature Sam Ortiz and Lena Hart together for the first time in a decade. "
        "Tickets go on sale at 10 a.m. on Friday. "
        "The band unveiled its plans at the close of a concert in Denver.")
    assert line is not None
    assert line.text.startswith("[Copper Lanterns] unveiled its plans")


def test_no_main_organisation_when_two_are_named_as_often() -> None:
    _, line = _last_line(
        "Harbor Foods and Milne Bakeries agreed to merge on Monday. "
        "The deal was struck after months of talks. "
        "Shareholders will vote in March. "
        "Staff were told on Tuesday. "
        "The company said it would keep both brands.")
    assert line is not None
    assert "[" not in line.text


@pytest.mark.parametrize("text", [
    # the only organisation was never what a sentence was about: "the campaign" is an ad's
    "The state's new road safety slogan drew wide attention on Quillr on Monday. "
    "Officials said the slogan would run on billboards until June. "
    "Drivers were asked to share it with friends. "
    "The campaign, which includes radio spots, cost about $300,000.",
    # a modifier says which team: not the organisation the article is about
    "The Copper Lanterns will tour North America next year for their 30th anniversary. "
    "Their singer Sam Ortiz was charged with assault in March. "
    "He denies the charge. "
    "The defense team said the trial should be moved to another city.",
])
def test_no_main_organisation_for_a_thing_or_a_modified_description(text: str) -> None:
    _, line = _last_line(text)
    assert line is not None
    assert "[" not in line.text


@pytest.mark.parametrize("text, expected", [
    # two people of one surname: the line's own pronoun says which, else no bracket
    ("Ana Ruiz won the race on Sunday. Her father, Tomas Ruiz, watched from the stands. "
     "Ruiz then lifted her trophy in front of the crowd.",
     "[Ana Ruiz] then lifted her trophy in front of the crowd."),
    ("Ana Ruiz won the race on Sunday. Her father, Tomas Ruiz, watched from the stands. "
     "Ruiz was at the track again on Monday.",
     "Ruiz was at the track again on Monday."),
    # one person of that surname, but the line's pronoun is of the other gender
    ("Ana Ruiz wrote a letter to the paper on Sunday. She thanked the nurses. "
     "Ruiz and his brother were injured in the fire in 2012.",
     "Ruiz and his brother were injured in the fire in 2012."),
    # one person, the pronoun agrees: bracketed as before
    ("Ana Ruiz wrote a letter to the paper on Sunday. She thanked the nurses. "
     "Ruiz and her brother were injured in the fire in 2012.",
     "[Ana Ruiz] and her brother were injured in the fire in 2012."),
])
def test_a_bare_surname_is_bracketed_only_with_the_person_it_can_be(text: str, expected: str) -> None:
    sent, line = _last_line(text)
    assert line is not None
    assert line.text == expected
    assert restore(line.text, line.edits) == sent.text


def test_a_pronoun_in_a_reported_clause_says_nothing_of_the_surname() -> None:
    _sent, line = _last_line("Tomas Ruiz, a keeper, fed the bears on Sunday. "
                            "After a cub is born, Ruiz said its mother spends all her time with it.")
    assert line is not None
    assert line.text == "After a cub is born, [Tomas Ruiz] said its mother spends all her time with it."


def test_a_function_word_before_the_surname_makes_no_namesake() -> None:
    _sent, line = _last_line("Ana Ruiz spoke in Tarnow on Sunday. Will Ruiz run again? "
                             "Ruiz was under attack last month as the new leader.")
    assert line is not None
    assert line.text == "[Ana Ruiz] was under attack last month as the new leader."


@pytest.mark.parametrize(("text", "printed"), [
    # one state named before: "the state's" is that state
    ("Governor Ana Ruiz spoke in Nevada on Monday. The state's new water plan will cost $2 billion.",
     "[Nevada's] new water plan will cost $2 billion."),
    # one city named before: "the city's" is that city
    ("Tomas Brell flew to Leeds on Friday. He visited the city's oldest market with two aides.",
     "[Tomas Brell] visited [Leeds'] oldest market with two aides."),
    # no state in the two sentences before it: the one state the article named before
    ("Governor Ana Ruiz toured Nevada on Monday. Farmers met her at a dry dam. They asked for "
     "help. Officials said the state's reservoirs are at a record low.",
     "Officials said [Nevada's] reservoirs are at a record low."),
    # two cities before it: not sure which, the line keeps the article's words
    ("Tomas Brell flew from Leeds to Bristol on Friday. He visited the city's oldest market.",
     "[Tomas Brell] visited the city's oldest market."),
    # a country is no city: nothing in brackets
    ("Tomas Brell flew to Portugal on Friday. He visited the city's oldest market.",
     "[Tomas Brell] visited the city's oldest market."),
    # a capitalised "State's" is an office's title, not the state as an owner
    ("Police in Nevada arrested two men on Friday. The case went to the State's Attorney for review.",
     "The case went to the State's Attorney for review."),
])
def test_a_place_named_by_what_it_is_gets_its_name(text: str, printed: str) -> None:
    sent, line = _last_line(text)
    assert line is not None
    assert line.text == printed
    assert restore(line.text, line.edits) == sent.text


def test_consequently_is_dropped_like_any_connective() -> None:
    sent, line = _last_line(
        "The glassworks in Tarn lost its largest order in the spring. "
        "Consequently, the glassworks closed one of its two furnaces.")
    assert line is not None
    assert line.text == "[The] glassworks closed one of its two furnaces."
    assert restore(line.text, line.edits) == sent.text


def test_they_after_an_opener_gets_the_plural_subject_before() -> None:
    sent, line = _last_line(
        "Striking bus drivers walked out for a third day on Friday. "
        "By noon they had blocked both bridges into the old town.")
    assert line is not None
    assert line.text == "By noon [Striking bus drivers] had blocked both bridges into the old town."
    assert restore(line.text, line.edits) == sent.text


def test_a_possessive_in_the_subject_after_an_opener_is_named() -> None:
    sent, line = _last_line(
        "Judge Petra Lund read out the verdict to a packed courtroom on Friday. "
        "Quietly, her summary of the evidence ran to nearly two hours.")
    assert line is not None
    assert line.text == "Quietly, [Petra Lund's] summary of the evidence ran to nearly two hours."
    assert restore(line.text, line.edits) == sent.text


def test_a_pronoun_before_the_person_it_means_is_left_alone() -> None:
    _, line = _last_line(
        "The shop on Harbour Street closed last year. "
        "After selling his bakery, Tomas Rein moved to the coast with his family.")
    assert line is not None
    assert "[" not in line.text


def test_a_pronoun_for_an_unnamed_person_is_not_given_a_name() -> None:
    # the lawyer is named, the boy is not: "his bicycle" is the boy's
    _, line = _last_line(
        "A boy was hurt when a van struck him at a crossing in Tarn. "
        "Lawyer Nils Aho asked the boy's family for the insurance papers. "
        "By evening, his bicycle had been taken away by the police.")
    assert line is not None
    assert "Aho" not in line.text


def test_the_person_in_apposition_to_a_subject_is_who_she_means() -> None:
    sent, line = _last_line(
        "The mayor of Vell, Anna Berg, resigned on Monday after a long row over the budget. "
        "In an interview on local radio at the time she called the budget a disaster.")
    assert line is not None
    assert "[Anna Berg]" in line.text
    assert restore(line.text, line.edits) == sent.text


@pytest.mark.parametrize("second", [
    "But not in the valley towns, where most of the damage was done, the mayor said.",
    "Still ahead: deciding who pays for the new flood barriers on the river.",
    "Then came the flood of 1998, and talk of a barrier that was never built.",
    "Not to the harbour master, who published his own report on the storm this week.",
    "But not selfie sticks, which the curator says block other visitors' view.",
])
def test_a_line_that_answers_the_sentence_before_is_refused(second: str) -> None:
    # without its connective it is no statement: "[Not] in the valley towns, ..."
    _, line = _last_line("The storm passed quickly over the coast on Sunday. " + second)
    assert line is None


def test_a_demonstrative_subject_after_an_opener_is_refused() -> None:
    _, line = _last_line("Critics say the mayor ordered the cuts. First of all, that is not true.")
    assert line is None
    _, line = _last_line("The board met on Monday. In the end, this plan was dropped by the council.")
    assert line is not None and line.text.startswith("In the end, this plan was dropped")


@pytest.mark.parametrize(("second", "named"), [
    # "it" stands for the clause after the verb: no organisation is meant
    ("It does not take much time to damage your hearing at a loud concert.", None),
    ("It seems that the firm will hire 300 people next year.", None),
    # "it" is the firm that was the subject before
    ("It took a 20% stake in Zeta Ltd for $4 million.",
     "[Acme Corp] took a 20% stake in Zeta Ltd for $4 million."),
])
def test_a_dummy_it_is_not_the_organisation_before(second: str, named: str | None) -> None:
    _, line = _last_line("Acme Corp reported strong sales on Monday. " + second)
    assert (line.text if line else None) == named


def test_an_ordinal_opener_goes_like_a_sequence_opener() -> None:
    sent, line = _last_line("Ana Ruiz was a critic of the port deal. Secondly, Ana Ruiz was a "
                            "supporter of the new ferry tax.")
    assert line is not None and line.text == "Ana Ruiz was a supporter of the new ferry tax."
    assert restore(line.text, line.edits) == sent.text


@pytest.mark.parametrize(("second", "printed"), [
    ("Not only did the council meet, it also set a date for the repairs.", None),
    ("Not everyone agreed with the plan to close the pier for two years.", None),
    ("Not since 1990 has the council closed a library in the city.", None),
    ("Not for the first time, the council delayed its vote on the plan.", None),
    ("But neither side expects a deal before the vote on Friday.",
     "[Neither] side expects a deal before the vote on Friday."),
    ("But not all residents agree with the plan to close the pier.",
     "[Not] all residents agree with the plan to close the pier."),
])
def test_a_line_opening_on_not_that_is_a_statement_stays(second: str, printed: str | None) -> None:
    _, line = _last_line("The storm passed quickly over the coast on Sunday. " + second)
    assert line is not None and line.text == (printed or second)


@pytest.mark.parametrize(("text", "expected"), [
    ("Candidates campaigned hard before Super Tuesday, when 14 states vote.",
     "Candidates campaigned hard before Super Tuesday, when 14 states vote."),
    ("Last Friday the store opened at 6 a.m. with discounts on every thermostat.",
     "Last Friday [15 November] the store opened at 6 a.m. with discounts on every thermostat."),
])
def test_a_day_with_a_name_gets_no_date(text: str, expected: str) -> None:
    import datetime as dt

    doc = parse(text)
    sent = list(doc.sents)[-1]
    line = make_line(doc, text, sent, sent.start_char, sent.end_char, build_cast(doc, text),
                     published=dt.date(2019, 11, 18))
    assert line is not None and line.text == expected


def test_a_first_name_that_opens_a_longer_name_is_not_someone_else() -> None:
    _, line = _last_line("Among the dead was Fahia Nur, 45, according to her uncle, Yusuf Kheire. "
                         "Yusuf Mohamed Ismail Bari-Bari, the country's envoy to the United "
                         "Nations, was among those killed in the attack.")
    assert line is not None and line.text.startswith("Yusuf Mohamed Ismail Bari-Bari, the country's")
