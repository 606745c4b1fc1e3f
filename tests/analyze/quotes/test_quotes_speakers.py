"""Who speaks (issue 18, speakers): indefinite and quantity pronouns as sources, the object of a verb of
causing or forcing before an infinitive cue, abbreviations and long appositions inside the speaker's
phrase. Sentences written for these rules, both languages where the rule applies."""

import pytest
from quotes_helpers import actor, only, run

pytestmark = pytest.mark.model


def _speaker_text(quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


@pytest.mark.parametrize(("text", "source"), [
    ("Some believe the tax cut will pass before the election.", "Some"),
    ("Then someone asked whether the bridge would reopen.", "someone"),
    ("To varying degrees, all agreed that the vote had been fair.", "all"),
    ("Those close to the governor say that he will run again.", "Those close to the governor"),
    ("Both warned that the talks could fail.", "Both"),
])
def test_an_indefinite_or_quantity_pronoun_is_the_source_as_written(en_nlp, text, source):
    q = only(run(en_nlp, "en", text))
    assert q.speaker is not None and q.speaker.text == source and q.speaker.actor_id is None


@pytest.mark.parametrize(("text", "source"), [
    ("Beaucoup craignent que l'accord ne tienne pas.", "Beaucoup"),
    ("Plusieurs ont affirmé que le vote était truqué.", "Plusieurs"),
])
def test_a_french_indefinite_pronoun_is_the_source_as_written(fr_nlp, text, source):
    q = only(run(fr_nlp, "fr", text))
    assert _speaker_text(q) == source


def test_a_relative_or_person_pronoun_without_antecedent_still_gives_no_speaker(en_nlp):
    # "he" finds no person: no speaker (unchanged); the indefinite-pronoun rule does not reach it
    q = only(run(en_nlp, "en", "The meeting lasted three hours. He said that the talks had failed."))
    assert q.speaker is None


@pytest.mark.parametrize(("text", "source"), [
    ("The scandal led many voters to fear that the party would collapse.", "many voters"),
    ("The senator forced the banker to admit that no executive had been fired.", "the banker"),
    ("The ruling prompted the governor to announce that the law would be rewritten.", "the governor"),
])
def test_the_object_before_an_infinitive_cue_is_its_source(en_nlp, text, source):
    q = only(run(en_nlp, "en", text))
    assert _speaker_text(q) == source


@pytest.mark.parametrize(("text", "source"), [
    ("Le sénateur a forcé le banquier à admettre qu'aucun dirigeant n'avait été renvoyé.", "le banquier"),
    ("La décision a poussé le gouverneur à annoncer que la loi serait réécrite.", "le gouverneur"),
])
def test_the_french_object_before_an_infinitive_cue_is_its_source(fr_nlp, text, source):
    q = only(run(fr_nlp, "fr", text))
    assert _speaker_text(q) == source


def test_an_infinitive_without_an_object_is_still_the_subjects(en_nlp, fr_nlp):
    q = only(run(en_nlp, "en", "The governor wants to say that the budget is balanced."))
    assert _speaker_text(q) == "The governor"
    q = only(run(fr_nlp, "fr", "Le gouverneur veut affirmer que le budget est équilibré."))
    assert _speaker_text(q) == "Le gouverneur"


def test_an_abbreviation_period_does_not_end_the_speakers_sentence(en_nlp):
    text = "The rally ended early. Sen. Ann Cole (I-Vt.) said she would release her medical records."
    cole = actor("person:ann-cole", "Ann Cole", "person", "Ann Cole")
    q = only(run(en_nlp, "en", text, cole))
    assert q.text == "she would release her medical records"
    assert q.speaker is not None and q.speaker.actor_id == "person:ann-cole"
    text = "Senator Paul Vance of Ohio, the No. 2 Democrat in the Senate, said the chamber would vote on Monday."
    vance = actor("person:paul-vance", "Paul Vance", "person", "Paul Vance")
    q = only(run(en_nlp, "en", text, vance))
    assert q.speaker is not None and q.speaker.actor_id == "person:paul-vance"


def test_an_apposition_with_a_conjunction_between_the_quotation_and_told(en_nlp):
    text = ("''The president has no strategy,'' Tom Greer, the former Ohio governor and a Republican "
            "candidate, told CNN.")
    greer = actor("person:tom-greer", "Tom Greer", "person", "Tom Greer")
    q = only(run(en_nlp, "en", text, greer))
    assert q.text == "The president has no strategy"
    assert q.speaker is not None and q.speaker.actor_id == "person:tom-greer"


def test_a_cue_parsed_as_a_participle_of_the_name_before_it(en_nlp):
    text = "Ann Keller, the 2012 Democratic nominee, tweeted in response: ''Thugs kill journalists.''"
    keller = actor("person:ann-keller", "Ann Keller", "person", "Ann Keller")
    q = only(run(en_nlp, "en", text, keller))
    assert q.speaker is not None and q.speaker.actor_id == "person:ann-keller"
    # a real participle keeps the subject of the main verb: the report, which names no one here
    q = only(run(en_nlp, "en", "The report, released Tuesday, said that the economy had grown."))
    assert q.speaker is None or q.speaker.actor_id is None
    assert q.speaker is None or "report" in q.speaker.text


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
