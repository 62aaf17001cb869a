"""compose: trimming, quote choice, merging facts reported by several sources."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.compose import compose, pick_quotes, shorten
from briefgen.compose import language_notices as compose_notices
from briefgen.config import Audience
from briefgen.models import Article, Edit, Extraction, Fact, Quote

LONG = ("Increasingly short of water on the high plains, Valdoria has turned to an old rival, Kestland, "
        "to help it make up for the grain and fodder its farms are losing in the third dry "
        "summer in a row – with Norland quietly refusing to sell.")


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Short sentence stays.", 10, "Short sentence stays."),
    (LONG, 32, "Increasingly short of water on the high plains, Valdoria has turned to an old rival, Kestland …"),
    (LONG, 40, LONG),  # within the slack: kept whole
    ("The minister resigned on Friday; her deputy takes over until the party chooses a new leader in "
     "a contest that could last until the autumn conference.", 12,
     "The minister resigned on Friday …"),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen", 8,
     "one two three four five six seven eight …"),
    # never inside a name nor after a word that opens a phrase: not "... between Prime …"
    ("The party was accused on Wednesday of trying to mislead voters by renaming its press "
     "account during a televised debate between Prime Minister Ana Ruiz and opposition leader "
     "Tom Vale of the Harbour Party.", 22,
     "The party was accused on Wednesday of trying to mislead voters by renaming its press "
     "account during a televised debate …"),
])
def test_shorten(text: str, limit: int, expected: str) -> None:
    out = shorten(text, limit)
    assert out == expected
    if out != text:  # never mid-word: everything before the mark is a prefix of the text
        assert text.startswith(out.removesuffix(" …"))


@pytest.mark.parametrize(("text", "needed"), [
    # never inside a quotation, never without who says it (invented)
    ("\u201cWe have spent three years planning the new ferry routes to the outer islands, and we "
     "are delighted that the council has finally approved all of them,\u201d adds Ana Ruiz, the "
     "harbour master.", "adds Ana Ruiz"),
    ("Two men were injured when a crane collapsed onto the roof of the old market hall in Elmsford "
     "during a storm on Tuesday night, the regional fire service reported on Wednesday.",
     "the regional fire service reported"),
])
def test_shorten_keeps_the_source_of_a_claim(text: str, needed: str) -> None:
    assert needed in shorten(text, 24)


def test_shorten_keeps_an_inverted_attribution_and_reads_an_age_as_no_list_item() -> None:
    text = ("Officers from the harbour police unit stopped a van near the old market hall and later "
            "arrested Ana Ruiz, 32, of Elmsford, after finding stolen copper and two ladders in the "
            "back, said Sgt. Erik Halvorsen, a police spokesman.")
    out = shorten(text, 24)
    assert "said Sgt. Erik Halvorsen" in out


@pytest.mark.parametrize(("text", "needed"), [
    # only the opening subordinate clause would be left: its main clause goes (invented)
    ("The ferry company says both timetables are similar to last year. While commuters on the "
     "north shore get a boat every thirty minutes at peak times and on weekends, those who live "
     "on the islands will wait up to two hours.", "those who live"),
    ("If the river authority cannot finish repairing the old towpath along the canal before the "
     "first winter storms arrive in November, the council will close it to walkers and cyclists.",
     "the council will close it"),
    # an enumeration before its verb: a cut between its items leaves a subject with no verb
    ("New ferries, two electric buses, a redesigned tram, a cable car to the old fortress above "
     "the harbour and a night train to the capital are among the plans the council unveiled on "
     "Tuesday.", "are among"),
])
def test_shorten_keeps_a_clause_that_says_something(text: str, needed: str) -> None:
    assert needed in shorten(text, 24)


@pytest.mark.parametrize(("text", "limit"), [
    # an enumeration that ends early does not stop the last cut: the limit holds (invented)
    ("Ana Ruiz, a harbour pilot, writer and critic, says people often think of the ferry "
     "timetable as confusing and believe they will never need to learn it because their "
     "children will always drive them to the quay whenever the weather turns bad in winter.", 24),
    ("The five ports -- Elmsford, Kestby, Varna, Olm and Tarro -- along with the capital, began "
     "talks with the ferry union in the spring and signed what came to be known as the harbour "
     "accord, offering longer contracts in return for fewer strikes over the next three years.", 24),
])
def test_shorten_holds_its_limit_past_an_early_list(text: str, limit: int) -> None:
    out = shorten(text, limit)
    assert out != text and len(out.split()) <= limit * 1.25, out
    assert text.startswith(out.removesuffix(" …"))


def test_shorten_backs_out_of_a_quotation_rather_than_keeping_a_long_line() -> None:
    text = ("The harbour master told the council in a letter released on Saturday that its plan "
            "could harm the talks by \u201cemboldening the hard-liners, inviting a costly response from "
            "the union and making it harder to reach a deal that would protect the islands and "
            "their ferries for many years to come.\u201d")
    out = shorten(text, 24)
    assert len(out.split()) <= 30, out
    assert "\u201c" not in out, out


def _ex(source: str, facts: list[str], quotes: list[Quote] | None = None) -> Extraction:
    body = " ".join(facts)
    items, pos = [], 0
    for i, f in enumerate(facts):
        start = body.index(f, pos)
        items.append(Fact(text=f, start=start, end=start + len(f), score=1.0 - i / 10))
        pos = start + len(f)
    art = Article(source=source, body=body, title=f"Title {source}", published=dt.date(2025, 3, 4))
    return Extraction(article=art, facts=items, quotes=quotes or [])


def test_same_fact_from_two_sources_is_merged_and_counted() -> None:
    a = _ex("a.txt", ["Nato ministers agreed on Wednesday to study a Baltic air defence network.",
                      "Germany offered radar equipment for the network."])
    b = _ex("b.txt", ["On Wednesday Nato ministers agreed to study a Baltic air defence network.",
                      "Poland offered to train Baltic crews."])
    brief = compose([a, b], Audience(summary_bullets=1, max_facts=5))
    assert [s.number for s in brief.sources] == [1, 2]
    (top,) = brief.summary
    assert top.cites == [1, 2] and top.corroboration == 2
    assert sorted(tuple(f.cites) for f in brief.facts) == [(1,), (2,)]


def _q(text: str, speaker: str | None, role: str | None = None, kind: str = "direct") -> Quote:
    return Quote(text=text, start=0, end=len(text), speaker=speaker, speaker_role=role, kind=kind,  # type: ignore[arg-type]
                 speaker_type="person" if speaker else "unknown", confidence=0.9 if speaker else 0.2)


def test_quotes_prefer_named_speakers_with_roles_and_several_voices() -> None:
    quotes = [
        _q("We will not leave our allies to face this threat alone at all.", "Ann Lee", None),
        _q("This is the most serious crisis in the region in a generation.", "Ann Lee", None),
        _q("The money is the easy part of this whole difficult problem.", "Tom Jank", "director of an institute"),
        _q("Nobody knows who said this rather long and important sentence.", None),
        _q("A third remark by the same speaker about the same problem here.", "Ann Lee", None),
    ]
    picked = pick_quotes([_ex("a.txt", ["Fact one is here."], quotes)], Audience(max_quotes=3))
    assert [q.speaker for q in picked] == ["Tom Jank", "Ann Lee", "Ann Lee"]
    assert all(q.speaker for q in picked)


def test_context_does_not_repeat_key_facts() -> None:
    from briefgen.models import ContextItem

    fact = "The Baltic states have lobbied for stronger air defences since 2022."
    other = "Russia's invasion of Ukraine in 2022 changed how the region sees its defence."
    ex = _ex("a.txt", [fact, "Officials want a decision before the summit in June."])
    body = ex.article.body + " " + other
    start = body.index(other)
    ex = ex.model_copy(update={
        "article": ex.article.model_copy(update={"body": body}),
        "context": [ContextItem(text=fact, start=0, end=len(fact)),
                    ContextItem(text=other, start=start, end=start + len(other))]})
    brief = compose([ex], Audience(summary_bullets=1, max_facts=5, max_context=5))
    assert [c.text for c in brief.context] == [other]


def test_top_ranked_fact_stays_a_key_fact_even_when_it_is_also_background() -> None:
    """A line the ranker puts among the key facts is printed there; context takes the rest."""
    from briefgen.models import ContextItem

    lines = ["The council approved the new bridge on Monday.",
             "Work on the bridge still depends on a grant from the regional fund.",
             "The old ferry has carried cars across the river since 1962."]
    ex = _ex("a.txt", lines)
    body = ex.article.body
    ex = ex.model_copy(update={"context": [
        ContextItem(text=t, start=body.index(t), end=body.index(t) + len(t)) for t in lines[1:]]})
    brief = compose([ex], Audience(summary_bullets=1, max_facts=1, max_context=5))
    assert [f.text for f in brief.facts] == [lines[1]]
    assert [c.text for c in brief.context] == [lines[2]]


def test_a_line_that_follows_on_comes_after_the_line_it_follows() -> None:
    from briefgen.compose import after_what_they_follow
    from briefgen.models import BriefItem

    adds = BriefItem(text="[Ann Lee] adds that the port will reopen by Friday.", cites=[1])
    storm = BriefItem(text="The storm closed the port of Brill on Monday.", cites=[1])
    said = BriefItem(text="Ann Lee, the harbour master, said repairs would take a week.", cites=[1])
    assert after_what_they_follow([], [adds, storm, said]) == [storm, said, adds]
    # the summary already named her: the order of the key facts stands
    assert after_what_they_follow([said], [adds, storm]) == [adds, storm]


@pytest.mark.parametrize(("text", "goes_after"), [
    # the person the line is about, described, not named: read from the headline
    ("The 48-year-old ferry captain was arrested on Monday at the port of Brill.", False),
    ("The man suspected of setting the warehouse fire has died in hospital.", False),
    ("The suspect, Tom Reld, 63, died on Saturday after treatment for his wounds.", False),
    # the rest of the line leans all the same, or it opens on a word that leans
    ("The man told doctors he had felt ill for weeks, as a result.", True),
    ("If it's a crime against the state, the case goes to a higher court.", True),
    ("[Ann Lee] adds that the port will reopen by Friday.", False),
    ("He adds that the port will reopen by Friday.", True),
    ("The harbour reopened on Friday after the storm.", False),
])
def test_a_line_opening_on_the_person_it_describes_keeps_its_rank(text: str, goes_after: bool) -> None:
    from briefgen.compose import _leans_for_order

    assert _leans_for_order(text) is goes_after


def test_a_described_person_line_stays_among_the_first_key_facts() -> None:
    lines = ["Storms closed the port of Brill on Monday.",
             "The 48-year-old ferry captain was arrested on Monday at the port of Brill.",
             "If it's a crime against the state, the case goes to a higher court.",
             "Repairs to the harbour wall will take a week, the council said.",
             "Ferries to the islands were cancelled until Thursday."]
    brief = compose([_ex("a.txt", lines)], Audience(summary_bullets=1, max_facts=4))
    facts = [f.text for f in brief.facts]
    assert facts.index(lines[1]) < facts.index(lines[3])  # its rank, not after the others
    assert facts[-1] == lines[2]  # a line that leans goes last


def test_role_that_the_name_already_says_is_not_repeated() -> None:
    q = _q("The alliance takes every violation of allied airspace seriously indeed.",
           "A Nato spokesperson", "spokesperson")
    (picked,) = pick_quotes([_ex("a.txt", ["Fact one is here."], [q])], Audience(max_quotes=3))
    assert picked.role is None
    # the organisation speaks through its spokesperson: "Nato, spokesperson"
    q = _q("The alliance takes every violation of allied airspace seriously indeed.",
           "Nato", "Nato spokesperson")
    (picked,) = pick_quotes([_ex("a.txt", ["Fact one is here."], [q])], Audience(max_quotes=3))
    assert (picked.speaker, picked.role) == ("Nato", "spokesperson")


def test_quote_loses_the_comma_that_led_into_the_attribution() -> None:
    q = _q("The money that we promised the harbour has now run out,", "Ellen Hart", "spokeswoman")
    (picked,) = pick_quotes([_ex("a.txt", ["Fact one is here."], [q])], Audience(max_quotes=3))
    assert picked.text == "The money that we promised the harbour has now run out"


def test_a_quoted_formula_stays_out_of_the_quotes_section() -> None:
    body = ("Veltra said it stands by the \u201cone city, two councils\u201d formula for the "
            "port. \u201cWe will keep the port open to every ship that asks,\u201d Ana Ruiz said.")
    quotes = []
    for text in ("one city, two councils", "We will keep the port open to every ship that asks,"):
        start = body.index(text)
        quotes.append(Quote(text=text, start=start, end=start + len(text), speaker="Veltra",
                            speaker_type="organisation", confidence=0.9))
    art = Article(source="a.txt", body=body, title="T", published=dt.date(2025, 3, 4))
    picked = pick_quotes([Extraction(article=art, quotes=quotes)], Audience(max_quotes=3))
    assert [q.text for q in picked] == ["We will keep the port open to every ship that asks"]


def test_facts_that_lean_on_the_sentence_before_come_last() -> None:
    ex = _ex("a.txt", ["Officials want a decision before the summit in June.",
                       "He adds that support for defence spending has risen to 71 per cent.",
                       "The plan would link radar stations in three countries to Riga.",
                       "But the ministry said the device flew more than 150km first."])
    brief = compose([ex], Audience(summary_bullets=1, max_facts=5, sections=["summary", "facts"]))
    assert [f.text.split()[0] for f in brief.facts] == ["The", "He", "But"]


# --- issue 18: shortening, the summary, the "left out" line -------------------------------

@pytest.mark.parametrize("text", [
    "Four cases of cholera have been confirmed in Veltra, raising worries about the reach of the "
    "illness across the river districts and the coastal towns beyond, though doctors say the chance "
    "of a wider epidemic is small.",
    "The clip had been cut to make the spokesman look lost when a presenter asked about the party's "
    "hospital plans for the towns along the northern coast of Ostmark, when, in fact, he answered "
    "at once.",
])
def test_shorten_never_drops_a_contrastive_clause(text: str) -> None:
    out = shorten(text, 12)
    assert out == text or ("though" in out or "in fact" in out)


def test_shortened_line_keeps_its_insertions_true() -> None:
    from briefgen.compose import shorten_item
    from briefgen.models import BriefItem, Edit, restore

    text = ("[Sarah Collins] adds that the ministry will sample wells in the district over the coming "
            "weeks; the results are expected in the spring and will be published by the institute.")
    item = BriefItem(text=text, cites=[1], edits=[Edit(start=0, end=15, original="She", kind="referent")])
    short = shorten_item(item, 14)
    assert short.text.endswith(" …") and short.text.startswith("[Sarah Collins] adds")
    assert [e.kind for e in short.edits] == ["referent", "cut"]
    assert restore(short.text, short.edits) == "She" + text[15:short.edits[-1].start]


def test_shortened_line_keeps_an_aside_cut_before_the_end() -> None:
    """A line that left an aside out (a mid-line cut) and is then shortened still gives
    back the article's words up to where it ends."""
    from briefgen.compose import shorten_item
    from briefgen.models import BriefItem, Edit, restore

    article = ("The new ferry will carry the crew -- most of them hired from the town -- across the "
               "estuary to the wind farm twice a day; the operator expects to add a second boat in "
               "the spring and a third before the end of next year.")
    aside = " -- most of them hired from the town --"
    s = article.index(aside)
    text = article[:s] + " …" + article[s + len(aside):]
    item = BriefItem(text=text, cites=[1], edits=[Edit(start=s, end=s + 2, original=aside, kind="cut")])
    short = shorten_item(item, 14)
    assert short.text.endswith(" …") and "crew … across" in short.text
    assert [e.kind for e in short.edits] == ["cut", "cut"]
    assert article.startswith(restore(short.text, short.edits))
    assert aside in restore(short.text, short.edits)


def test_summary_is_chosen_for_coverage_not_position() -> None:
    from briefgen.compose import pick_summary
    from briefgen.models import BriefItem

    lines = [
        "Ministers met in Riga on Wednesday to discuss air defence.",
        "Ministers met in Riga on Wednesday to discuss air defence and radar.",
        "If agreed, the plan could change how the region defends itself.",
        "Germany offered 40 radar units worth 1.2 billion euros for the network.",
    ]
    items = [BriefItem(text=t, cites=[1], paragraph=n) for n, t in enumerate(lines, 1)]
    chosen = [i.text for i in pick_summary(items, 2)]
    assert lines[0] in chosen and lines[3] in chosen  # not the repeat, not the speculation


def test_summary_prints_in_article_order_within_one_paragraph() -> None:
    # one paragraph (no blank lines), facts ranked out of the article's order: the line
    # that refers back ("also said") must still follow the ones before it in the body
    lines = ["A new clinic opened in Tarnby on Monday, the health board said.",
             "The clinic will treat 300 patients a week from its first month.",
             "The health board also said it would hire 40 nurses by the spring."]
    body = " ".join(lines)
    ranked = [lines[2], lines[0], lines[1]]
    facts = [Fact(text=t, start=body.index(t), end=body.index(t) + len(t), score=1.0 - k / 10)
             for k, t in enumerate(ranked)]
    ex = Extraction(article=Article(source="a.txt", body=body, title="Clinic"), facts=facts)
    brief = compose([ex], Audience(summary_bullets=3, max_facts=1))
    printed = [i.text for i in brief.summary]
    assert printed == sorted(printed, key=body.index) and len(printed) == 3


def test_in_article_order_falls_back_to_paragraph_then_rank() -> None:
    from briefgen.compose import in_article_order
    from briefgen.models import BriefItem

    a, b, c, d = (BriefItem(text=t, cites=[src], paragraph=p)
                  for t, src, p in [("a", 1, 2), ("b", 1, 1), ("c", 2, 1), ("d", 1, 2)])
    at = {"a": 90, "d": 40}
    # source first, then paragraph, then offset where known, then the rank
    assert in_article_order([c, a, d, b], [a, b, c, d], lambda i: at.get(i.text)) == [b, d, a, c]
    assert in_article_order([c, d, a, b], [a, b, c, d]) == [b, a, d, c]


def test_left_out_line_counts_what_the_policy_brief_prints() -> None:
    facts = ["Nato ministers agreed on Wednesday to study a Baltic air defence network.",
             "Germany offered radar equipment worth 40 million euros.",
             "Poland will train crews from Latvia and Estonia next spring.",
             "The plan links radar stations in three countries to a centre in Riga.",
             "Finland joined the talks as an observer for the first time.",
             "A drone crashed near Rezekne in eastern Latvia last month.",
             "The European Commission may pay for part of the network from its budget.",
             "Lithuania wants the first radars installed before the summer of 2026.",
             "Critics in parliament say the cost of the project is still unknown.",
             "Sweden has promised to share data from its own northern radar sites."]
    quotes = [_q(t, s) for t, s in [
        ("We will not leave our allies to face this threat alone at all.", "Ann Lee"),
        ("The money is the easy part of this whole difficult problem.", "Tom Jank"),
        ("Our crews are ready to start training as soon as the spring comes.", "Ewa Nowak"),
        ("Nobody in Riga expected the talks to move this fast this year.", "Juris Ozols"),
        ("Radar is only useful when every country shares what it sees.", "Lena Berg")]]
    ex = _ex("a.txt", facts, quotes)
    policy = Audience(summary_bullets=3, max_facts=4, max_quotes=3, sections=["summary", "facts", "quotes"])
    executive = Audience(summary_bullets=2, max_facts=3, max_quotes=1, sections=["summary", "facts", "quotes"])
    brief = compose([ex], executive, fuller=policy)
    # the policy brief prints 3 + 4 facts and 3 quotes; this one 2 + 3 and 1
    assert brief.omitted == {"facts": 2, "quotes": 2}


def test_left_out_line_does_not_count_the_notice_of_an_unread_source() -> None:
    """The policy brief's notice that a source is in German is not a fact the executive
    brief left out: both print it, apart from the facts."""
    facts = ["Nato ministers agreed on Wednesday to study a Baltic air defence network.",
             "Germany offered radar equipment worth 40 million euros.",
             "Poland will train crews from Latvia and Estonia next spring.",
             "The plan links radar stations in three countries to a centre in Riga.",
             "Finland joined the talks as an observer for the first time.",
             "A drone crashed near Rezekne in eastern Latvia last month."]
    german = Extraction(article=Article(source="b.txt", body="Die Minister haben am Mittwoch beschlossen.",
                                        language="de"))
    policy = Audience(summary_bullets=2, max_facts=4, sections=["summary", "facts"])
    executive = Audience(summary_bullets=1, max_facts=2, sections=["summary", "facts"])
    alone = compose([_ex("a.txt", facts)], executive, fuller=policy)
    mixed = compose([_ex("a.txt", facts), german], executive, fuller=policy)
    assert alone.omitted == {"facts": 3}
    assert mixed.omitted == alone.omitted
    assert mixed.notices == ["Source 2 is in German: briefgen reads English only, so no facts, "
                             "quotes, people or dates are taken from it."]
    assert mixed.summary == alone.summary and mixed.facts == alone.facts


def test_a_source_briefgen_cannot_read_is_a_notice_not_a_summary_line(nlp: object, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A real German article: its brief says why it is empty, in ``notices``; beside an
    English article, the summary and facts are the English article's and the notice names
    the German source by its number."""
    from briefgen.extract import extract
    from briefgen.ingest import read_source
    from tests.notice_articles import ALONE, ENGLISH, SECOND, write_articles

    en, de = (extract(read_source(str(p)), nlp) for p in write_articles(tmp_path))  # type: ignore[arg-type]
    assert de.article.language == "de"
    alone = compose([de], Audience())
    assert alone.notices == [ALONE]
    assert (alone.summary, alone.facts, alone.quotes) == ([], [], [])
    mixed = compose([en, de], Audience())
    assert mixed.notices == [SECOND]
    assert mixed.summary and mixed.facts
    for item in [*mixed.summary, *mixed.facts]:
        assert item.cites == [1]
        assert "German" not in item.text and " ".join(item.text.split()[:4]) in ENGLISH


def test_left_out_line_shows_no_command_line_flag() -> None:
    from pathlib import Path

    template = Path(__file__).resolve().parents[1] / "templates" / "executive.html.j2"
    assert "--audience" not in template.read_text(encoding="utf-8")


def test_pick_actors_ranks_by_salience_and_leaves_out_passing_mentions() -> None:
    from briefgen.compose import pick_actors
    from briefgen.models import Article, Entity, Extraction

    ex = Extraction(
        article=Article(source="a.txt", body="x"),
        entities=[
            Entity(name="Denver", label="GPE", mentions=1, relation="place", salience=0.0),
            Entity(name="Acme Corp", label="ORG", mentions=2, relation="subject", salience=3.0),
            Entity(name="Dana Whitfield", label="PERSON", mentions=4, role="Governor",
                   relation="speaker", salience=10.0),
            Entity(name="South Dakota", label="GPE", mentions=5, relation="place", salience=3.0),
        ],
    )
    actors = pick_actors([ex], limit=10)
    assert [a.name for a in actors] == ["Dana Whitfield", "Acme Corp", "South Dakota"]
    assert actors[0].role == "Governor"
    assert [a.name for a in pick_actors([ex], limit=1)] == ["Dana Whitfield"]


def test_the_actors_table_says_quoted_only_of_the_people_the_brief_quotes() -> None:
    from briefgen.compose import quoted_only
    from briefgen.models import BriefActor, BriefQuote

    actors = [
        BriefActor(name="Dana Whitfield", kind="Person", role="Governor", relation="speaker"),
        BriefActor(name="Tom Vale", kind="Person", role="mayor", relation="speaker"),
        BriefActor(name="Lena Marsh", kind="Person", relation="speaker"),
        BriefActor(name="Acme Corp", kind="Organisation", relation="subject"),
    ]
    quotes = [BriefQuote(text="We will rebuild the bridge.", speaker="Whitfield"),
              BriefQuote(text="It is a fine plan.", speaker="Lena Marsh and Tom Hale")]
    out = {a.name: a.relation for a in quoted_only(actors, quotes)}
    # a surname alone on the quote is the actor of that surname; the mayor's quote is not
    # printed, so the table gives his role without "quoted"
    assert out == {"Dana Whitfield": "speaker", "Tom Vale": "subject", "Lena Marsh": "speaker",
                   "Acme Corp": "subject"}


def test_figure_line_says_what_it_counts() -> None:
    from briefgen.compose import figure_line

    assert figure_line("$449,000", "cost of the campaign") == "$449,000: cost of the campaign"
    assert figure_line("964,000 people", "") == "964,000 people"


def test_a_week_is_labelled_as_a_week() -> None:
    from briefgen.compose import _event_label

    assert _event_label("2024-01-08", "week") == "week of 8 Jan 2024"


STAND_IN = ("Nils Varga, a former aide at the council, testified in Brill on Tuesday. Piet Arnold, "
            "the former envoy, testified beside him. Arnold and Varga said the call was unusual. "
            "Ann Smith chairs the council. Bob Smith, her brother, runs the port. Smith said the "
            "Varga memo was leaked.")


def test_a_bare_surname_gets_the_rest_of_the_name_on_its_first_printed_line(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.compose import name_first_mentions
    from briefgen.extract import extract
    from briefgen.models import BriefItem, restore

    ex = extract(Article(source="a.txt", body=STAND_IN), nlp)
    said = BriefItem(text="Arnold and Varga said the call was unusual.", cites=[1])
    out = name_first_mentions([said], [ex])
    assert out[0].text == "[Piet] Arnold and [Nils] Varga said the call was unusual."
    assert restore(out[0].text, out[0].edits) == said.text  # the article's words, and only them
    # a line printed before it names Nils Varga in full: only Arnold is new to the reader
    first = BriefItem(text="Nils Varga, a former aide at the council, testified in Brill on Tuesday.",
                      cites=[1])
    out = name_first_mentions([first, said], [ex])
    assert [i.text for i in out] == [first.text, "[Piet] Arnold and Varga said the call was unusual."]
    # two people named Smith: the cast is not sure which is meant, so the line stays as
    # written; "the Varga memo" names a thing, and words in quote marks are the speaker's
    memo = BriefItem(text="Smith said the Varga memo was leaked.", cites=[1])
    quoted = BriefItem(text='The envoy said: "Varga knew."', cites=[1])
    assert [i.text for i in name_first_mentions([memo, quoted], [ex])] == [memo.text, quoted.text]


def test_the_named_surname_keeps_the_other_edits_of_the_line() -> None:
    from briefgen.compose import name_first_mentions
    from briefgen.models import BriefItem, Edit, Entity, restore

    ex = Extraction(article=Article(source="a.txt", body="x"), entities=[
        Entity(name="Lena Ortiz", label="PERSON", aliases=["Ortiz"])])
    # "But Ortiz said on Monday ..." printed as "[Ortiz] said on Monday [3 June] ..."
    text = "Ortiz told the board on Monday [3 June] that Ortiz would stay."
    item = BriefItem(text=text, cites=[1], edits=[
        Edit(start=0, end=0, original="But ", kind="connective"),
        Edit(start=30, end=39, original="", kind="date")])
    out = name_first_mentions([item], [ex])[0]
    assert out.text == "[Lena] Ortiz told the board on Monday [3 June] that Ortiz would stay."
    assert restore(out.text, out.edits) == "But Ortiz told the board on Monday that Ortiz would stay."


def test_a_fact_that_speaks_of_the_garage_comes_after_the_fact_that_brings_it_in() -> None:
    from briefgen.compose import after_what_they_follow
    from briefgen.models import BriefItem

    search = BriefItem(text="During a search of the garage, officers found two stolen bicycles.", cites=[1])
    stop = BriefItem(text="Police stopped a van on the coast road.", cites=[1])
    warrant = BriefItem(text="Officers searched a detached garage behind the mill on Monday.", cites=[1])
    assert after_what_they_follow([], [search, stop, warrant]) == [stop, warrant, search]
    # the summary brought the garage in already, or the line brings it in itself: no move
    assert after_what_they_follow([warrant], [search, stop]) == [search, stop]
    itself = BriefItem(text="In the garage, a small garage behind the mill, police found a van.", cites=[1])
    assert after_what_they_follow([], [itself, warrant]) == [itself, warrant]


def test_a_line_that_leans_is_not_the_summary() -> None:
    from briefgen.compose import pick_summary
    from briefgen.models import BriefItem

    lines = ["The man told doctors he had eaten the fish in Brill on Monday.",
             "A fisherman in Brill has caught a rare fever, health officials said on Tuesday.",
             "Officials closed the fish market in Brill for a week.",
             "Seven people who ate at the market are being tested."]
    items = [BriefItem(text=t, cites=[1], paragraph=n) for n, t in enumerate(lines, 1)]
    picked = [i.text for i in pick_summary(items, 2)]
    assert lines[0] not in picked and len(picked) == 2


def test_a_surname_with_a_particle_gets_the_given_name_before_the_particle() -> None:
    from briefgen.compose import name_first_mentions
    from briefgen.models import BriefItem, Entity, restore

    ex = Extraction(article=Article(source="a.txt", body="x"), entities=[
        Entity(name="Karla von Brandt", label="PERSON", aliases=["Brandt", "von Brandt"])])
    item = BriefItem(text="The study by von Brandt was published on Friday.", cites=[1])
    out = name_first_mentions([item], [ex])[0]
    assert out.text == "The study by [Karla] von Brandt was published on Friday."
    assert restore(out.text, out.edits) == item.text


@pytest.mark.parametrize(("line", "named"), [
    # a sentence's first word or a week day before the surname is no given name
    ("But Ortiz said the vote would wait.", "But [Lena] Ortiz said the vote would wait."),
    ("On Monday Ortiz said the vote would wait.", "On Monday [Lena] Ortiz said the vote would wait."),
    ("Yesterday, Ortiz said the vote would wait.", "Yesterday, [Lena] Ortiz said the vote would wait."),
    # a title is no given name either; her own given name, or a thing she names, is left
    ("Dr. Ortiz said the vote would wait.", "Dr. [Lena] Ortiz said the vote would wait."),
    ("The Ortiz report said the vote would wait.", "The Ortiz report said the vote would wait."),
    # a title of office she does not hold, or a man's title: another Ortiz
    ("President Ortiz said the vote would wait.", "President Ortiz said the vote would wait."),
    ("Mr Ortiz said the vote would wait.", "Mr Ortiz said the vote would wait."),
    ("Ms Ortiz said the vote would wait.", "Ms [Lena] Ortiz said the vote would wait."),
    ("Mayor Ortiz said the vote would wait.", "Mayor [Lena] Ortiz said the vote would wait."),
])
def test_a_bare_surname_after_a_capitalised_word(line: str, named: str) -> None:
    from briefgen.compose import name_first_mentions
    from briefgen.models import BriefItem, Entity, restore

    ex = Extraction(article=Article(source="a.txt", body="x"), entities=[
        Entity(name="Lena Ortiz", label="PERSON", aliases=["Ortiz"], role="Mayor of Brill")])
    out = name_first_mentions([BriefItem(text=line, cites=[1])], [ex])[0]
    assert out.text == named
    assert restore(out.text, out.edits) == line


def test_a_surname_naming_a_thing_leaves_the_person_to_be_named_later() -> None:
    from briefgen.compose import name_first_mentions
    from briefgen.models import BriefItem, Entity

    ex = Extraction(article=Article(source="a.txt", body="x"), entities=[
        Entity(name="Lena Ortiz", label="PERSON", aliases=["Ortiz"])])
    lines = [BriefItem(text="Officials leaked the Ortiz memo on Monday.", cites=[1]),
             BriefItem(text="Ortiz said the memo was a draft.", cites=[1])]
    assert [i.text for i in name_first_mentions(lines, [ex])] == [
        "Officials leaked the Ortiz memo on Monday.", "[Lena] Ortiz said the memo was a draft."]


@pytest.mark.parametrize("sections", [["summary", "facts"], ["facts", "summary"]])
def test_the_surname_is_named_on_the_first_line_printed_in_the_audiences_order(
        sections: list[str]) -> None:
    from briefgen.models import Entity

    ex = _ex("a.txt", ["Ortiz told the Brill port board on Monday that the ferry would stop.",
                       "Ortiz said the new timetable starts in the spring."])
    ex = ex.model_copy(update={"entities": [
        Entity(name="Lena Ortiz", label="PERSON", aliases=["Ortiz"])]})
    brief = compose([ex], Audience(summary_bullets=1, max_facts=5, sections=sections))
    parts = {"summary": brief.summary, "facts": brief.facts}
    printed = [i.text for s in sections for i in parts[s]]
    assert len(printed) == 2
    assert printed[0].startswith("[Lena] Ortiz") and printed[1].startswith("Ortiz")


@pytest.mark.parametrize(("opening", "kept"), [
    # nothing before it brings in a version: the next ranked line that stands alone takes its place
    ("Brenmot showed three electric SUVs at the Kestland motor show on Wednesday.", False),
    # the summary brought in the version: the line stays
    ("Brenmot showed a new version of its Corsa hatchback at the Kestland motor show on Wednesday.", True),
])
def test_a_fact_on_an_unintroduced_description_gives_way(opening: str, kept: bool) -> None:
    version = "The new version gets a larger battery and a faster charger."
    ex = _ex("a.txt", [opening, version,
                       "Brenmot said sales of its electric cars rose by a fifth last year.",
                       "Prices start at 40,000 euros for the smallest model of the range."])
    brief = compose([ex], Audience(summary_bullets=1, max_facts=2, max_context=2))
    facts = [f.text for f in brief.facts]
    assert len(facts) == 2
    assert (version in facts) is kept
    assert ("Prices start at 40,000 euros for the smallest model of the range." in facts) is not kept


def test_a_page_that_stops_mid_text_gets_a_notice() -> None:
    """A paywalled page gives its first paragraphs and then 'All...': the brief says it
    covers only the start; a whole article is not flagged."""
    facts = ["Norrvik will close its last coal heating plant in 2027, two years early.",
             "The council voted 31 to 12 for the plan on Tuesday."]
    body = " ".join(facts) + "\n\nThe plant's 140 workers will be offered jobs at the new heat pumps.\n\nAll..."
    cut = Extraction(article=Article(source="a.html", body=body, language="en"))
    whole = Extraction(article=Article(source="b.html", body=body.rsplit("\n\n", 1)[0], language="en"))
    assert compose_notices([cut])[:1] == [
        "This source stops mid-text after 38 words (\u201cAll...\u201d): the page shows only the start of "
        "the article, as a paywall or a preview does, so this brief covers only those words."]
    assert not any("mid-text" in n for n in compose_notices([whole]))
    assert compose_notices([whole, cut])[0].startswith("Source 2 stops mid-text after 38 words")
    german = Extraction(article=Article(source="c.html", body="Die Minister haben beschlossen ...",
                                        language="de"))
    assert [n for n in compose_notices([german]) if "mid-text" in n] == []  # its own notice only


def test_a_brief_that_cuts_no_line_prints_the_whole_sentence() -> None:
    whole = ("The Kelby council approved a new ferry service to Orrin Island on Tuesday, "
             "which will carry 400 passengers a day from June.")
    trimmed = "The Kelby council approved a new ferry service to Orrin Island on Tuesday \u2026"
    ex = _ex("a.txt", [whole, "Ticket prices will rise by 5% next year, the operator said."])
    cut = Edit(start=len(trimmed) - 2, end=len(trimmed), original="", kind="cut")
    ex.facts[0] = ex.facts[0].model_copy(update={
        "text": trimmed, "end": ex.facts[0].start + len(trimmed) - 2, "edits": [cut],
        "whole": ex.facts[0]})
    policy = compose([ex], Audience(summary_bullets=1, max_facts=2))
    assert policy.summary[0].text == whole
    short = compose([ex], Audience(summary_bullets=1, max_facts=2, item_words=40))
    assert short.summary[0].text == trimmed


def test_a_whole_sentence_too_long_for_the_summary_prints_as_trimmed() -> None:
    # shorten's cut of the whole sentence would stop at "on Tuesday", before what it ended
    trimmed = ("The Kelby council approved a new ferry service to Orrin Island on Tuesday, ending a "
               "two-year campaign by residents of the three villages on the island for a daily "
               "link to the harbour at Kelby on the mainland \u2026")
    whole = trimmed[:-2] + (", which will carry up to 400 passengers and 60 cars a day from the "
                            "first week of June.")
    ex = _ex("a.txt", [whole, "Ticket prices will rise by 5% next year, the operator said."])
    cut = Edit(start=len(trimmed) - 2, end=len(trimmed), original="", kind="cut")
    ex.facts[0] = ex.facts[0].model_copy(update={
        "text": trimmed, "end": ex.facts[0].start + len(trimmed) - 2, "edits": [cut],
        "whole": ex.facts[0]})
    brief = compose([ex], Audience(summary_bullets=1, max_facts=2))
    assert len(whole.split()) > 40
    assert brief.summary[0].text == trimmed


def test_the_source_check_takes_linear_time_on_a_run_of_spaces() -> None:
    # article text is untrusted: a closing quote mark then a long run of white space must
    # not make the attribution patterns backtrack quadratically (seconds at 8,000 spaces)
    import time

    text = " ".join(["ferry"] * 60) + ' "late' + '"' + " " * 200_000 + "x, y, z said."
    started = time.perf_counter()
    shorten(text, 40)
    assert time.perf_counter() - started < 1.0


def test_timeline_rows_do_not_repeat_a_line_just_printed() -> None:
    from briefgen.compose import unrepeated_events
    from briefgen.models import BriefEvent

    def row(date: str, text: str) -> BriefEvent:
        return BriefEvent(date=date, precision="year", label=date, text=text)

    printed = ["The foundation was set up by [Ana Ruiz] after she left office in 2001.",
               "Ruiz's titles came in 1998, 2002 and 2006, and she retired from the track in 2010 "
               "after a long injury that kept her out of every race of two seasons."]
    events = [row("2001", "The foundation was set up by [Ana Ruiz] after she left office in 2001."),
              row("1998", "[Ana Ruiz]'s titles came in 1998, 2002 and 2006"),
              row("2002", "[Ana Ruiz]'s titles came in 1998, 2002 and 2006"),
              row("2010", "She retired from the track in 2010"),
              row("2015", "The village of Tarnow opened its new school in 2015.")]
    kept = unrepeated_events(events, printed)
    # the whole key fact again goes; a brief clause of a long line stays, once
    assert [e.date for e in kept] == ["1998", "2010", "2015"]


def test_a_first_name_is_not_given_to_a_surname_the_line_calls_the_other_gender() -> None:
    from briefgen.compose import _other_gender_after

    text = "Ruiz and his brother were injured in the fire in 2012."
    assert _other_gender_after(text, 4, "Ana")
    assert not _other_gender_after(text, 4, "Tomas")
    assert not _other_gender_after("Ruiz said \"his\" plan was late.", 4, "Ana")
    assert not _other_gender_after("Ruiz said its mother feeds her cub.", 4, "Tomas")


def test_a_day_resolved_once_is_not_resolved_again() -> None:
    """The same "Tuesday [19 November]" on a later line loses its bracket; a different day
    word before the same date, or the same word before another date, keeps it."""
    from briefgen.compose import resolve_days_once
    from briefgen.models import BriefItem, restore

    def line(text: str) -> BriefItem:
        edits = []
        for label in (" [19 November]", " [12 November]"):
            at = text.find(label)
            if at >= 0:
                edits.append(Edit(start=at, end=at + len(label), original="", kind="date"))
        if text.startswith("[Mira Holt]"):
            edits.append(Edit(start=0, end=11, original="She", kind="referent"))
        return BriefItem(text=text, cites=[1], edits=sorted(edits, key=lambda e: e.start))

    lines = [line("The harbour board met on Tuesday [19 November] to approve the new quay."),
             line("[Mira Holt] told the board on Tuesday [19 November] that work starts Tuesday [12 November] "
                  "next year."),
             line("The vote came yesterday [19 November] after a long debate."),
             line("The quay will cost 40 million crowns.")]
    out = resolve_days_once(lines)
    assert out[0].text == lines[0].text
    assert out[1].text == ("[Mira Holt] told the board on Tuesday that work starts Tuesday [12 November] "
                           "next year.")
    assert restore(out[1].text, out[1].edits) == ("She told the board on Tuesday that work starts Tuesday "
                                                  "next year.")
    assert out[2].text == lines[2].text and out[3] is lines[3]


def test_a_surname_given_in_full_on_an_earlier_line_prints_as_the_article_wrote_it() -> None:
    """"[Ana Roe]" (the extraction's full name for "Roe") prints "Roe" once a line printed
    before it named Ana Roe; not on the first line that names her, nor when an earlier line
    names someone else with the surname, nor for a pronoun ("[Ana Roe]" for "She")."""
    from briefgen.compose import names_once
    from briefgen.models import BriefItem, restore

    def line(text: str, original: str = "") -> BriefItem:
        edits = []
        at = text.find("[Ana")
        if at >= 0:
            end = text.index("]", at) + 1
            edits.append(Edit(start=at, end=end, original=original or text[at + 1:end - 1].split()[-1],
                              kind="referent"))
        late = text.find(" [3 May]")
        if late >= 0:
            edits.append(Edit(start=late, end=late + 8, original="", kind="date"))
        return BriefItem(text=text, cites=[1], edits=edits)

    first = line("[Ana Roe] opened the new clinic in Kelby.")
    lines = [first,
             line("The mayor, Ana Roe, cut the ribbon."),
             line("On Friday [3 May] [Ana Roe] said the clinic would hire 40 nurses."),
             line("[Ana Roe] thanked the builders.", original="She"),
             line("Tom Roe, her brother, built it."),
             line("[Ana Roe] said the beds arrive in June.")]
    out = names_once(lines)
    assert out[0] is first
    assert out[2].text == "On Friday [3 May] Roe said the clinic would hire 40 nurses."
    assert restore(out[2].text, out[2].edits) == "On Friday Roe said the clinic would hire 40 nurses."
    assert out[3].text == lines[3].text  # a pronoun keeps its referent
    assert out[5].text == lines[5].text  # "Roe" could be Tom Roe now
    # a longer name that opens on the full name is not it: "Ana Roeberg" is no Ana Roe
    other = [BriefItem(text="Ana Roeberg chaired the board.", cites=[1]),
             line("[Ana Roe] said the beds arrive in June.")]
    assert names_once(other)[1].text == other[1].text


def test_a_surname_two_people_share_keeps_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.compose import names_once
    from briefgen.extract import extract
    from briefgen.models import BriefItem

    ex = extract(Article(source="a.txt", body=STAND_IN), nlp)
    lines = [BriefItem(text="Bob Smith, her brother, runs the port.", cites=[1]),
             BriefItem(text="Nils Varga, a former aide at the council, testified in Brill on Tuesday.", cites=[1]),
             BriefItem(text="[Bob Smith] said the Varga memo was leaked.", cites=[1],
                       edits=[Edit(start=0, end=11, original="Smith", kind="referent")]),
             BriefItem(text="[Nils Varga] said the call was unusual.", cites=[1],
                       edits=[Edit(start=0, end=12, original="Varga", kind="referent")])]
    out = names_once(lines, [ex])
    assert out[2].text == lines[2].text  # Ann Smith is in the story too
    assert out[3].text == "Varga said the call was unusual."


def test_a_row_repeating_a_line_whose_day_bracket_went_is_still_a_repeat() -> None:
    """A timeline row is compared with the lines as they were made (brackets and all), not
    with the lines after resolve_days_once took a repeated " [19 November]" out of them."""
    from briefgen.models import Event

    a = "The harbour board met on Tuesday to approve the new quay for the ferries."
    b = "On Tuesday the chair of the harbour board resigned after the vote on the quay."
    body = a + " " + b

    def fact(s: str, score: float) -> Fact:
        start, at = body.index(s), s.index("Tuesday") + len("Tuesday")
        return Fact(text=s[:at] + " [19 November]" + s[at:], start=start, end=start + len(s), score=score,
                    edits=[Edit(start=at, end=at + 14, original="", kind="date")])

    fa, fb = fact(a, 0.9), fact(b, 0.8)
    ev = Event(text=fb.text, start=fb.start, end=fb.end, date="2024-11-19", precision="day", edits=fb.edits)
    art = Article(source="a.txt", body=body, title="Quay", published=dt.date(2024, 11, 21))
    brief = compose([Extraction(article=art, facts=[fa, fb], timeline=[ev])], Audience())
    assert [i.text for i in brief.summary][1] == b  # the day resolved once, on the line before
    assert brief.timeline == []


def test_a_title_written_short_fits_the_role_in_full() -> None:
    from briefgen.compose import _title_fits

    assert _title_fits("Sen.", "Lena", "senator from Brill")
    assert _title_fits("Gov", "Lena", "governor of the province")
    assert _title_fits("Mayor", "Lena", None)  # no role known: nothing says it is someone else
    assert not _title_fits("President", "Lena", "mayor of Brill")
    assert not _title_fits("Mr", "Lena", None)
