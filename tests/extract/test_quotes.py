"""Quotes and who said them: mark scanning (no model), one row per pattern (real model),
and a whole article with the traps a real news page has."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from briefgen.extract.cast import Cast
from briefgen.extract.marks import find_marked
from briefgen.extract.nlp import load
from briefgen.extract.quotes import extract_quotes
from briefgen.models import Quote


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load()


def quotes_of(nlp, text: str, indirect: bool = True) -> list[Quote]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = extract_quotes(doc, indirect=indirect)
    for q in found:  # every quote is verbatim, whatever the pattern
        assert doc.text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
    assert [q.start for q in found] == sorted(q.start for q in found)
    return found


# -- tier 1: quote marks, no model -------------------------------------------------


def marked(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("\u201cCurly one,\u201d she said.", ["Curly one,"]),
        ("\u2018Single marks,\u2019 she said.", ["Single marks,"]),
        ("\u00abGuillemets,\u00bb she said.", ["Guillemets,"]),
        ("It\u2019s the ministers\u2019 view, isn't it?", []),  # apostrophes are not quotes
        ('"An odd mark runs to the end of its paragraph\n\nNot this one.', [
            "An odd mark runs to the end of its paragraph"]),
        ('"Outer with \u201cinner\u201d words," he said.', ["Outer with \u201cinner\u201d words,"]),
        ("\u201cOuter with 'inner' words,\u201d he said.", ["Outer with 'inner' words,"]),
        ("\u201cI would rather sleep in what she calls \u201climbo\u201d than go back.\u201d \u2015 Ana Ruiz",
         ["I would rather sleep in what she calls \u201climbo\u201d than go back."]),
        ("\u201cA,\u201d he said. \u201cB.\u201d", ["A,", "B."]),
        ("\u2018The doctors\u2019 union said no,\u2019 he added.", ["The doctors\u2019 union said no,"]),
        ("\u2018We don\u2019t know,\u2019 she said.", ["We don\u2019t know,"]),
        ('<tweet author="someone">text</tweet>', []),
        ('<tweet pic="pic.example/" author="someone">text</tweet>', []),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


def test_multi_paragraph_quote_is_chained() -> None:
    text = '"First part of it.\n\n"Second part of it," she said.'
    ms = find_marked(text)
    assert [text[m.start:m.end] for m in ms] == ["First part of it.", "Second part of it,"]
    assert ms[0].close_at is None and ms[0].continues and ms[1].continued


# -- tier 1: who is who, on hand-built Docs (no parser) --------------------------------


def cast_of(words: list[str], ents: list[str]) -> Cast:
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Cast(Doc(English().vocab, words=words, ents=ents, sent_starts=starts))


def test_short_names_resolve_to_the_full_name_named_before() -> None:
    cast = cast_of(
        ["Then", "Swaran", "Singh", "spoke", ".", "Mr", "Singh", "left", "."],
        ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O"],
    )
    assert [p.name for p in cast.people] == ["Swaran Singh"]
    assert cast.person_named("Singh", 30).name == "Swaran Singh"
    assert cast.person_named("Mr. Singh", 30).name == "Swaran Singh"
    assert cast.person_named("Singh", 2) is None  # not yet introduced at offset 2


def test_namesakes_stay_apart_by_first_name() -> None:
    cast = cast_of(
        ["Hillary", "Clinton", "met", "Bill", "Clinton", "."],
        ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert sorted(p.name for p in cast.people) == ["Bill Clinton", "Hillary Clinton"]
    assert cast.person_named("Hillary Clinton", 99).name == "Hillary Clinton"
    assert cast.person_named("Clinton", 99).name == "Bill Clinton"  # the latest one


def test_honorific_gives_the_pronoun_a_gender() -> None:
    cast = cast_of(["Ms", "Ana", "Ruiz", "and", "Mr", "Tom", "Reed", "."],
                   ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert {p.name: p.gender for p in cast.people} == {"Ana Ruiz": "f", "Tom Reed": "m"}


# -- tier 2: one row per pattern, real model ----------------------------------------

ROWS = [
    # (id, text, quote, speaker, role word, kind)
    ("straight, quote first", '"We will not back down," Maria Lopez said on Monday.',
     "We will not back down,", "Maria Lopez", None, "direct"),
    ("curly, speaker first with colon",
     "Maria Lopez, a senior fellow at the Brookings Institution, said: \u201cThe deal is dead.\u201d",
     "The deal is dead.", "Maria Lopez", "fellow", "direct"),
    ("guillemets", "\u00abWe stay here,\u00bb said Pierre Dubois, the mayor of Lyon.",
     "We stay here,", "Pierre Dubois", "mayor", "direct"),
    ("single marks", "\u2018This changes nothing,\u2019 said Anna Berg.",
     "This changes nothing,", "Anna Berg", None, "direct"),
    ("inverted with appositive role",
     '"Prices will rise," said Tom Hayes, an economist at the Bank of England.',
     "Prices will rise,", "Tom Hayes", "economist", "direct"),
    ("pre-modifier role",
     '"No decision has been made," Defence Ministry spokesman Ivan Petrov told reporters.',
     "No decision has been made,", "Ivan Petrov", "spokesman", "direct"),
    ("surname resolves to full name",
     'Helen Clarke runs the institute.\n\n"Nobody expected this," Clarke said.',
     "Nobody expected this,", "Helen Clarke", None, "direct"),
    ("honorific and surname",
     'Helen Clarke runs the institute.\n\n"Nobody expected this," Ms Clarke said.',
     "Nobody expected this,", "Helen Clarke", None, "direct"),
    ("pronoun resolves to the person named before",
     'Helen Clarke, a historian at Oxford, spoke on Monday.\n\n"It was a turning point," she said.',
     "It was a turning point,", "Helen Clarke", "historian", "direct"),
    ("'the professor' resolves by role",
     "Rahul Mehta, a professor of economics at Delhi University, has studied the crisis."
     '\n\n"The reserves are gone," the professor said.',
     "The reserves are gone,", "Rahul Mehta", "professor", "direct"),
    ("according to an organisation",
     'The talks collapsed over "irreconcilable differences", according to the Kremlin.',
     "irreconcilable differences", "Kremlin", None, "partial"),
    ("news agency as speaker", '"The launch was a complete success," KCNA said.',
     "The launch was a complete success,", "KCNA", None, "direct"),
    ("partial quote inside paraphrase",
     'Jagdish Ortiz says there is a "deep mistrust between the two capitals" in the region.',
     "deep mistrust between the two capitals", "Jagdish Ortiz", None, "partial"),
    ("speaker introduced in the paragraph before",
     "Leila Haddad, an analyst at Chatham House, says the region is on edge."
     '\n\n"Every week brings a new provocation and nobody is ready for it."',
     "Every week brings a new provocation and nobody is ready for it.", "Leila Haddad",
     "analyst", "direct"),
    ("quote over two sentences",
     '"The economy is strong. Jobs are growing," Sarah Lin said.',
     "The economy is strong. Jobs are growing,", "Sarah Lin", None, "direct"),
    ("attribution in the next sentence",
     'Sarah Lin spoke for an hour. "We have to act now." Lin said it twice.',
     "We have to act now.", "Sarah Lin", None, "direct"),
    ("possessive spokesman", '"We deny the report," the ministry\'s spokesman said.',
     "We deny the report,", "the ministry's spokesman", "spokesman", "direct"),
    ("appositive name of a spokesman",
     '"We deny the report," the ministry\'s spokesman, Brian Fallon, said.',
     "We deny the report,", "Brian Fallon", None, "direct"),
    ("transcript label", '"HOLT: Good evening from Hofstra University in New York."',
     "HOLT: Good evening from Hofstra University in New York.", "Holt", None, "direct"),
    ("signature after a dash",
     "\u201cWe just want to be heard by someone.\u201d \u2015 Rosa Delgado",
     "We just want to be heard by someone.", "Rosa Delgado", None, "direct"),
    ("two speakers joined by and",
     'Lisbon and Rabat said they would "widen trade links along the coast".',
     "widen trade links along the coast", "Lisbon and Rabat", None, "partial"),
    ("a statement speaks for its issuer",
     'The Ostmark Council put out a statement branding the launch "a plain breach of its charter".',
     "a plain breach of its charter", "Ostmark Council", None, "partial"),
    ("'it' resolves to the organisation just named",
     "The Security Council met on Friday. It said the test was "
     '"a grave threat to regional peace".',
     "a grave threat to regional peace", "Security Council", None, "partial"),
    ("a speaker seen on footage",
     'The advert ends with footage of Tom Baxter saying, "The ferry pays for itself."',
     "The ferry pays for itself.", "Tom Baxter", None, "direct"),
    ("a second quote keeps the floor in its paragraph",
     '"Our harbour is at stake," Mr. Vell said at the gala, where Mrs. Osk also spoke.'
     ' "Our schools are at stake too."',
     "Our schools are at stake too.", "Vell", None, "direct"),
    ("pronoun refers to the earlier speaker in the sentence",
     'Zorvath said she felt the law was worth a film because "few people know the loophole," she said.',
     "few people know the loophole,", "Zorvath", None, "partial"),
    ("quote between two capitalised words is not a nickname",
     'Ostmark demanded that Veltra "halt its reckless drills." The agency agreed.',
     "halt its reckless drills.", "Ostmark", None, "partial"),
    ("interrupted quote",
     '"This," he added, "threatens to make the winter far colder for our pensioners."',
     "This,", None, None, "direct"),
    ("a verb the lemmatizer gets wrong",
     "FactCheck rated the senator's claim as \u201cmostly misleading\u201d on Friday.",
     "mostly misleading", "FactCheck", None, "partial"),
    ("a sentence split after an exclamation",
     'The mayor was met by shouts of "Marta!" at a picnic last week, '
     "according to union president Doris Crane.",
     "Marta!", "Doris Crane", None, "partial"),
    ("the person a paragraph is about, with no speech verb",
     'On Sunday, Senator Idris Vell named rents as a reason to vote. '
     '"The students on our campuses are ready for a change."',
     "The students on our campuses are ready for a change.", "Idris Vell", None, "direct"),
    ("a comparison verb speaks when it has a subject",
     'Lena Moravec, the director of debate for the Ostmark Union, compared Vell to a striker '
     'who is "diving for penalties" in search of a kinder whistle.',
     "diving for penalties", "Lena Moravec", "director of debate", "partial"),
    ("a speech noun with its owner",
     "The fact-checkers looked at Ilse Varga's claim that there were "
     "\u201chundreds of break-ins\u201d on the harbour front this year.",
     "hundreds of break-ins", "Ilse Varga", None, "partial"),
    ("a passive subject is not the speaker",
     'When smugglers turn out to be port clerks, Idris Vell and Mara Osk call them "bad apples".',
     "bad apples", "Idris Vell and Mara Osk", None, "partial"),
    ("a thing does not speak, the person around it does",
     'County Counsel Petra Lind wrote in the memo that the poster "plainly and '
     'falsely" implies the firefighters endorse the candidate.',
     "plainly and falsely", "Petra Lind", None, "partial"),
    ("officials speak for their organisation, and say so in the role",
     'Officials at Ostmark Customs Intelligence, a branch of the ministry, said smugglers '
     '"may attempt to use forged seals to evade" the checks.',
     "may attempt to use forged seals to evade",
     "Ostmark Customs Intelligence", "Officials at Ostmark Customs Intelligence",
     "partial"),
    ("a statement about a quote is not its speaker",
     "The auditors found that Vell's remark about \u201chundreds of empty flats\u201d "
     "is \u201caccurate,\u201d after a month of checks.",
     "hundreds of empty flats", "auditors", None, "partial"),
    ("the name after a phrasal verb is its object",
     "Campaign manager Tessa Grain told reporters that the host would step in by calling "
     "out Vell for his alleged \u201cfibs\u201d during the forum.",
     "fibs", "Tessa Grain", "manager", "partial"),
    ("role from a relative clause",
     '"The reserves are nearly gone," said Ines Moreau, who is the chief economist at Banque Atlas, '
     "on Tuesday.",
     "The reserves are nearly gone,", "Ines Moreau", "chief economist", "direct"),
    ("cue governing the quote beats a nearer one",
     'Retired general Mark Flint said the plan was "absolutely right" when he saw it.',
     "absolutely right", "Mark Flint", None, "partial"),
    ("a cue in a 'when' clause after the quote tells the occasion, not the speaker",
     "The ferry dispute has gone on for months.\n\nThe new spot ends with footage of Ortiz "
     'saying at the ferry hearing in May, "That keeps fares low," when Hale blasted her '
     "for not paying the levy.",
     "That keeps fares low,", "Ortiz", None, "direct"),
    ("a cue in an 'after' clause after the quote tells the occasion, not the speaker",
     "Mayor Lena Ortiz and Councilman Rob Hale met twice.\n\nThe clip shows Ortiz telling "
     'the crowd at the pier, "We will not raise fares," after Hale attacked her budget.',
     "We will not raise fares,", "Lena Ortiz", None, "direct"),
    ("a rule quoted as text is a document speaker, not the complaint's filer",
     "The Harbour Party filed a complaint on Monday, saying Mayor Lena Ortiz broke the rules."
     "\n\nThe complaint rests on the city's ethics code, which bars officials from voting "
     'on contracts if they "hold a personal or family interest in the outcome."',
     "hold a personal or family interest in the outcome.", "ethics code", None, "partial"),
    ("a rule the parser misreads is still the document that says it",
     "Maritime lawyer Ivo Marsh said the owners had been warned for years.\n\nThe complaint "
     "is based on port safety regulations that require owners to carry rafts if the ferry "
     '"sails more than two miles from the shore."',
     "sails more than two miles from the shore.", "port safety regulations", None, "partial"),
    ("an 'as' clause after the quote still names its speaker",
     'The levy is "a tax on every family," as Councilman Rob Hale said on Monday.',
     "a tax on every family,", "Rob Hale", None, "partial"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "kind"),
                         [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_quote_patterns(nlp, text: str, quote: str, speaker: str | None, role: str | None,  # type: ignore[no-untyped-def]
                        kind: str) -> None:
    found = [q for q in quotes_of(nlp, text) if q.kind != "indirect"]
    hits = [q for q in found if q.text == quote]
    assert hits, f"{quote!r} not among {[q.text for q in found]}"
    q = hits[0]
    if speaker is None:
        assert q.speaker is None, q
    else:
        assert q.speaker == speaker or (q.speaker or "").endswith(speaker), q
    if role is not None:
        assert role in (q.speaker_role or ""), q
    assert q.kind == kind


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ('"The launch was a complete success," KCNA said.', "KCNA", "organisation"),
        ('"We will respond," the White House said.', "White House", "organisation"),
        ('"We will respond," Maria Lopez said.', "Maria Lopez", "person"),
    ],
)
def test_speaker_types(nlp, text: str, speaker: str, speaker_type: str) -> None:  # type: ignore[no-untyped-def]
    q = quotes_of(nlp, text)[0]
    assert speaker in (q.speaker or "")
    assert q.speaker_type == speaker_type


@pytest.mark.parametrize(
    "text",
    [
        "The regime said it tested the \u201creliability\u201d of its new engines.",
        "She appeared on CBS's \u201cFace the Nation\u201d on Sunday.",
        'Earvin "Magic" Johnson spoke at the rally in Detroit.',
        "The film \u201cThe Long Winter\u201d opens next week.",
        "Her new documentary \u201c13th\u201d opens on Friday, the director said.",
        'Why back him at all, if only because "she" became a "he"?',
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_quotes(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [q for q in quotes_of(nlp, text) if q.kind != "indirect"] == []


def test_indirect_speech_is_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes_of(nlp, "Ali Khan said that the border would reopen next week.")
    assert [(q.text, q.speaker, q.kind) for q in found] == [
        ("the border would reopen next week", "Ali Khan", "indirect")]
    assert found[0].confidence < 0.9
    assert quotes_of(nlp, "Ali Khan said that the border would reopen next week.",
                     indirect=False) == []


def test_indirect_speech_around_a_scare_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Home Office said last month that the firm had understated the \u201crisks\u201d "
            "of its scanners.")
    found = quotes_of(nlp, text)
    assert [(q.kind, q.speaker_type) for q in found] == [("indirect", "organisation")]
    assert (found[0].speaker or "").endswith("Home Office")
    assert found[0].text.startswith("the firm had understated")


def test_indirect_speech_stays_in_its_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "MSNBC suggested that the candidate has these tasks ahead of her tonight:\n\nWin the room."
    found = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert found and all("\n" not in q.text and not q.text.endswith(":") for q in found)


def test_weak_attributions_get_lower_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    strong = quotes_of(nlp, '"We will win this," Maria Lopez said.')[0]
    carried = quotes_of(nlp, "Maria Lopez, a senator, says the race is close."
                             '\n\n"We will win this one in the end, believe me."')
    carried_q = next(q for q in carried if q.kind == "direct")
    nobody = quotes_of(nlp, '"We will win this one in the end, believe me."')[0]
    assert carried_q.speaker == "Maria Lopez"
    assert strong.confidence > carried_q.confidence > nobody.confidence
    assert nobody.speaker is None


# -- an article with the traps of a real page -----------------------------------------

ARTICLE = """Tensions rose again along the border on Tuesday after a week of artillery exchanges, officials in both capitals said.

Farida Osei, a professor of security studies at the University of Ghana in Accra, tells The Chronicle the clashes follow a familiar pattern.

\u201cBoth governments are testing each other, and both believe time is on their side,\u201d Osei says.

\u201cThat is exactly how small incidents become wars.

\u201cNobody in either capital wants to be the first to blink.\u201d

Soldiers patrol the border crossing near Lome in March 2023

Defence ministry spokesman Kwame Mensah said the army had acted in \u201cself-defence\u201d and would keep its positions.

\u201cWe have shown restraint for months,\u201d Mensah told reporters. \u201cThat restraint has limits.\u201d

The ministry's critics call the operation \u201cOperation Thunder\u201d, a name they say was chosen for television.

Mr Mensah later added that talks could resume \u201conce the shelling stops\u201d.

Osei is less hopeful. \u201cI expect another month of this at least,\u201d she says.
"""


@pytest.fixture(scope="module")
def article_quotes(nlp) -> list[Quote]:  # type: ignore[no-untyped-def]
    return quotes_of(nlp, ARTICLE)


def by_text(quotes: list[Quote], start: str) -> Quote:
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, f"no quote starting {start!r}"
    return hits[0]


def test_article_quotes_under_full_names_and_roles(article_quotes: list[Quote]) -> None:
    q = by_text(article_quotes, "Both governments are testing")
    assert (q.speaker, q.kind) == ("Farida Osei", "direct")
    assert "professor of security studies" in (q.speaker_role or "")
    k = by_text(article_quotes, "We have shown restraint")
    assert k.speaker == "Kwame Mensah"
    assert "spokesman" in (k.speaker_role or "")


def test_article_multi_paragraph_quote(article_quotes: list[Quote]) -> None:
    middle = by_text(article_quotes, "That is exactly how small incidents")
    last = by_text(article_quotes, "Nobody in either capital")
    assert middle.text == "That is exactly how small incidents become wars."
    assert middle.speaker == last.speaker == "Farida Osei"


def test_article_pronoun_surname_and_second_sentence(article_quotes: list[Quote]) -> None:
    assert by_text(article_quotes, "I expect another month").speaker == "Farida Osei"
    assert by_text(article_quotes, "That restraint has limits").speaker == "Kwame Mensah"
    once = by_text(article_quotes, "once the shelling stops")
    assert (once.speaker, once.kind) == ("Kwame Mensah", "partial")


def test_article_caption_scare_quote_and_name_are_not_quotes(article_quotes: list[Quote]) -> None:
    texts = [q.text for q in article_quotes if q.kind != "indirect"]
    assert not any("Soldiers patrol" in t for t in texts)
    assert "Operation Thunder" not in texts
    assert all(q.speaker for q in article_quotes if q.kind == "direct")


def test_markup_left_in_pasted_text_never_reaches_a_speaker_name() -> None:
    from briefgen.extract.nlp import load

    doc = load()('Speaking in Ohio, <a href="http://example.org/p">Sanders</a> said: '
                 '"The real unemployment rate is far higher than the official figure says."')
    (q,) = extract_quotes(doc, indirect=False)
    assert q.speaker == "Sanders"


def test_a_signature_closing_the_paragraph_signs_every_quote_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We asked readers what the ferry means to them.\n\n"
        "\u201cIt is the only way I can get to work. I would pay double if I had to.\u201d "
        "\u2015 Ivo Brannigan\n\n"
        "\u201cMy mother took it every day for forty years. She used to say \u2018the sea gives "
        "back what you give it.\u201d And she was right, it gives back \u201cmore than it "
        "takes\u2019.\u201d \u2015 Rosa Delgado.\n\n"
        "\u201cNobody in the city hall has ever ridden it.\u201d \u2015 Tom Ferris"
    )
    found = quotes_of(nlp, text, indirect=False)
    by = {q.text.split()[0]: q.speaker for q in found}
    assert by["It"] == "Ivo Brannigan"
    assert by["My"] == "Rosa Delgado"  # not carried over from the reader before
    assert by["more"] == "Rosa Delgado"
    assert by["Nobody"] == "Tom Ferris"
