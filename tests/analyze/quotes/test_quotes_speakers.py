"""Who speaks (issue 18, speakers): indefinite and quantity pronouns as sources, the object of a verb of
causing or forcing before an infinitive cue, abbreviations and long appositions inside the speaker's
phrase. Sentences written for these rules, both languages where the rule applies."""

import pytest
from quotes_helpers import actor, only, run

pytestmark = pytest.mark.model


def _speaker_text(quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def _spoken_by(nlp, text: str, name: str, content: str | None = None) -> None:
    """``text`` has one quote, said by the person ``name`` (in the actor table), with ``content``."""
    actor_id = "person:" + name.lower().replace(" ", "-")
    q = only(run(nlp, "en", text, actor(actor_id, name, "person", name)))
    assert content is None or q.text == content
    assert q.speaker is not None and q.speaker.actor_id == actor_id


@pytest.mark.parametrize(("lang", "text", "source"), [
    # an indefinite, demonstrative or quantity pronoun is the source as written
    ("en", "Some believe the tax cut will pass before the election.", "Some"),
    ("en", "Then someone asked whether the bridge would reopen.", "someone"),
    ("en", "To varying degrees, all agreed that the vote had been fair.", "all"),
    ("en", "Those close to the governor say that he will run again.", "Those close to the governor"),
    ("en", "Both warned that the talks could fail.", "Both"),
    ("fr", "Beaucoup craignent que l'accord ne tienne pas.", "Beaucoup"),
    ("fr", "Plusieurs ont affirmé que le vote était truqué.", "Plusieurs"),
    # the object before an infinitive cue of a clause is its source
    ("en", "The scandal led many voters to fear that the party would collapse.", "many voters"),
    ("en", "The senator forced the banker to admit that no executive had been fired.", "the banker"),
    ("en", "The ruling prompted the governor to announce that the law would be rewritten.", "the governor"),
    ("fr", "Le sénateur a forcé le banquier à admettre qu'aucun dirigeant n'avait été renvoyé.", "le banquier"),
    ("fr", "La décision a poussé le gouverneur à annoncer que la loi serait réécrite.", "le gouverneur"),
])
def test_the_source_as_written(request, lang, text, source):
    q = only(run(request.getfixturevalue(f"{lang}_nlp"), lang, text))
    assert q.speaker is not None and q.speaker.text == source and q.speaker.actor_id is None


def test_a_relative_or_person_pronoun_without_antecedent_still_gives_no_speaker(en_nlp):
    # "he" finds no person: no speaker (unchanged); the indefinite-pronoun rule does not reach it
    q = only(run(en_nlp, "en", "The meeting lasted three hours. He said that the talks had failed."))
    assert q.speaker is None


def test_an_infinitive_without_an_object_is_still_the_subjects(en_nlp, fr_nlp):
    q = only(run(en_nlp, "en", "The governor wants to say that the budget is balanced."))
    assert _speaker_text(q) == "The governor"
    q = only(run(fr_nlp, "fr", "Le gouverneur veut affirmer que le budget est équilibré."))
    assert _speaker_text(q) == "Le gouverneur"


def test_an_abbreviation_period_does_not_end_the_speakers_sentence(en_nlp):
    _spoken_by(en_nlp, "The rally ended early. Sen. Ann Cole (I-Vt.) said she would release her medical records.",
               "Ann Cole", "she would release her medical records")
    _spoken_by(en_nlp, "Senator Paul Vance of Ohio, the No. 2 Democrat in the Senate, said the chamber would vote "
               "on Monday.", "Paul Vance")


def test_an_apposition_with_a_conjunction_between_the_quotation_and_told(en_nlp):
    _spoken_by(en_nlp, "''The president has no strategy,'' Tom Greer, the former Ohio governor and a Republican "
               "candidate, told CNN.", "Tom Greer", "The president has no strategy")


def test_a_cue_parsed_as_a_participle_of_the_name_before_it(en_nlp):
    _spoken_by(en_nlp, "Ann Keller, the 2012 Democratic nominee, tweeted in response: ''Thugs kill journalists.''",
               "Ann Keller")
    # a real participle keeps the subject of the main verb: the report, which names no one here
    q = only(run(en_nlp, "en", "The report, released Tuesday, said that the economy had grown."))
    assert q.speaker is not None and q.speaker.actor_id is None
    assert _speaker_text(q) == "The report"


def test_a_hyphenated_description_is_the_speaker_whole(en_nlp):
    q = only(run(en_nlp, "en", "“What if the mayor had listened?” the 43-year-old asked in the video."))
    assert _speaker_text(q) == "the 43-year-old"


@pytest.mark.parametrize("line", [
    "Editor's note: Mark Dolan has twice been fined for lying to voters.",
    "CORRECTION: An earlier version of this article misstated the mayor's age.",
    "Delegate Update: The latest count in the Republican race.",
])
def test_a_line_of_the_papers_own_note_is_no_source_line(en_nlp, line):
    assert run(en_nlp, "en", line + "\n\nThe vote is on Tuesday.") == []


def test_a_source_line_with_a_name_still_reports(en_nlp):
    quotes = run(en_nlp, "en", "Graham: Trump Is Destroying The Party\n\nThe vote is on Tuesday.")
    assert [q.text for q in quotes] == ["Trump Is Destroying The Party"]


@pytest.mark.parametrize(("lang", "text", "content", "source"), [
    ("en", "As the mayor said, the budget will shrink next year.", "the budget will shrink next year", "the mayor"),
    ("en", "The budget will shrink next year, as the mayor said.", "The budget will shrink next year", "the mayor"),
    ("en", "As Reuters reported on Monday, the company refused to pay the fine.",
     "the company refused to pay the fine", "Reuters"),
    ("fr", "Comme l'a rappelé le ministre, la réforme entrera en vigueur en janvier.",
     "la réforme entrera en vigueur en janvier", "le ministre"),
    ("fr", "La réforme entrera en vigueur en janvier, comme l'a rappelé le ministre.",
     "La réforme entrera en vigueur en janvier", "le ministre"),
])
def test_a_clause_of_comparison_around_a_speech_verb_reports_the_main_clause(request, lang, text, content, source):
    quotes = run(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    q = next(q for q in quotes if q.text == content)
    assert _speaker_text(q) == source


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "As the mayor announced the plan, protesters gathered outside."),
    ("fr", "Comme le ministre annonçait le plan, les manifestants se rassemblaient."),
])
def test_a_time_clause_with_an_object_reports_no_main_clause(request, lang, text):
    quotes = run(request.getfixturevalue(f"{lang}_nlp"), lang, text)
    assert all("gathered" not in q.text and "rassemblaient" not in q.text for q in quotes)
