"""French sources of attribution: « selon », its relative « selon lequel », media, verbs taken for nouns."""

import pytest
from quotes_helpers import actor, only, run

pytestmark = pytest.mark.model


def test_selon_pronoun_then_a_clause_with_a_speech_verb(fr_nlp):
    # « menace » is a speech verb, but « le texte menace » after the comma is no incise (no inversion)
    text = "Le député Marc Aubry a quitté l'hémicycle. Selon lui, le texte menace l'emploi des jeunes."
    q = only(run(fr_nlp, "fr", text, actor("person:marc-aubry", "Marc Aubry", "person", "Marc Aubry")))
    assert q.text == "le texte menace l'emploi des jeunes"
    assert q.speaker is not None and q.speaker.name == "Marc Aubry"


@pytest.mark.parametrize(("text", "content", "kind"), [
    # « selon » a poll with a participle of its own, then a clause with a speech verb (« soutenir »)
    ("Selon une enquête Ipsos réalisée en mai, les jeunes soutiennent massivement la réforme.",
     "les jeunes soutiennent massivement la réforme", "finding"),
    # a medium before the subject: written words
    ("Dans un communiqué, la mairie a annoncé que la piscine fermerait tout l'été.",
     "la piscine fermerait tout l'été", "writing"),
])
def test_content_and_kind(fr_nlp, text, content, kind):
    q = only(run(fr_nlp, "fr", text))
    assert q.text == content
    assert q.kind == kind


def test_selon_meaning_in_keeping_with_is_no_source(fr_nlp):
    assert run(fr_nlp, "fr", "Selon la procédure habituelle, le texte sera examiné en commission.") == []


def test_selon_lequel_the_antecedent_is_the_source(fr_nlp):
    text = "L'Insee a publié une étude selon laquelle les loyers ont augmenté de 4 %."
    q = only(run(fr_nlp, "fr", text))
    assert q.text == "les loyers ont augmenté de 4 %"
    assert q.speaker is not None and "étude" in q.speaker.text
    assert q.kind == "finding"


def test_medium_as_subject_speaks_for_its_source(fr_nlp):
    text = "Le communiqué du syndicat précise que la grève sera reconduite jeudi."
    q = only(run(fr_nlp, "fr", text))
    assert q.kind == "writing"
    assert q.speaker is not None and "syndicat" in q.speaker.text and "communiqué" not in q.speaker.text


def test_verb_taken_for_a_noun_in_apposition(fr_nlp):
    text = "Le rapporteur du texte, Hugo Blanc, juge que la loi est mal écrite."
    q = only(run(fr_nlp, "fr", text))
    assert q.text == "la loi est mal écrite"
    assert q.kind == "belief"
    assert q.speaker is not None and q.speaker.name == "Hugo Blanc"


def test_participle_after_its_auxiliary_is_a_verb(fr_nlp):
    text = "« Quelle honte », a tweeté le sénateur Louis Perrin."
    q = only(run(fr_nlp, "fr", text))
    assert q.direct and q.text == "Quelle honte"
    assert q.kind == "writing"
    assert q.speaker is not None and "Louis Perrin" in q.speaker.text


def test_subject_verb_after_a_comma_is_no_french_incise(fr_nlp):
    # an incise inverts its verb (« ..., affirme X »): « ..., les syndicats soutiennent » reports nothing
    text = "Après trois semaines de grève, les syndicats soutiennent le projet de compromis."
    assert run(fr_nlp, "fr", text) == []
