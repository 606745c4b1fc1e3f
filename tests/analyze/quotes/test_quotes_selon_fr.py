"""A French sentence closed by « selon X » / « d'après X » (issue 18): X's attribution of the whole sentence, as
PolNeAR draws "..., according to X." in English; not when « selon » means "in keeping with" or "depending
on", and not when the sentence already reports speech with its own speaker (the trailing phrase then names
where that speech was heard or read: a medium, never a second speaker). Sentences written before the rule
(docs/quotes.md, "Real French copy")."""

from __future__ import annotations

import pytest
from quotes_helpers import only, run

pytestmark = pytest.mark.model

# --- a trailing source attributes the sentence before it --------------------------------------------------


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Le bilan s'élève à douze morts, selon la police.", "Le bilan s'élève à douze morts", "police"),
    ("Trois suspects ont été interpellés dans la nuit, selon le parquet de Lyon.",
     "Trois suspects ont été interpellés dans la nuit", "parquet"),
    ("Le chômage a reculé de deux points en un an, d'après l'Insee.",
     "Le chômage a reculé de deux points en un an", "Insee"),
    ("Les pourparlers reprendront la semaine prochaine à Genève, selon des sources diplomatiques.",
     "Les pourparlers reprendront la semaine prochaine à Genève", "sources diplomatiques"),
    ("Le convoi a franchi la frontière vers midi, d'après un responsable de la Croix-Rouge.",
     "Le convoi a franchi la frontière vers midi", "responsable"),
])
def test_trailing_source_attributes_the_sentence(fr_nlp, text, content, speaker):
    q = only(run(fr_nlp, "fr", text))
    assert q.text == content and not q.direct
    assert q.speaker is not None and speaker in q.speaker.text
    assert q.cue is not None and q.cue.text.lower() in ("selon", "d'après")


# --- « selon » that names no source -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Les bus circulent toute la nuit, selon les horaires affichés en gare.",
    "Les sanctions seront appliquées sans délai, selon la loi.",
    "Les amendes vont de cent à mille euros, selon les cas.",
    "Les élèves seront répartis dans trois groupes, selon leur niveau.",
    "Les loyers varient fortement d'un quartier à l'autre, selon les régions.",
])
def test_selon_meaning_in_keeping_with_is_no_source(fr_nlp, text):
    assert run(fr_nlp, "fr", text) == []


# --- a sentence that already reports speech: the trailing phrase is no second attribution ------------------


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Le ministre a déclaré que les troupes resteraient dans la région, selon un communiqué.",
     "les troupes resteraient dans la région", "ministre"),
    ("« Nous ne reculerons pas », a déclaré le président du syndicat, selon une vidéo publiée dimanche.",
     "Nous ne reculerons pas", "président"),
    ("La directrice a affirmé que l'usine ne fermerait pas, selon le journal régional.",
     "l'usine ne fermerait pas", "directrice"),
    ("Le maire a estimé que la crue était passée, selon lui.", "la crue était passée", "maire"),
])
def test_trailing_medium_after_a_report_is_no_second_speaker(fr_nlp, text, content, speaker):
    q = only(run(fr_nlp, "fr", text))
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "Les ministres ont discuté de l'aide à l'Ukraine ainsi que de la défense aérienne, selon l'OTAN.",
    "Ils ont parlé de l'Ukraine ainsi que de la Moldavie, selon l'OTAN.",
    "Les deux dirigeants ont évoqué la sécurité régionale, d'après l'agence officielle.",
])
def test_narrated_talk_with_a_trailing_source_is_no_attribution(fr_nlp, text):
    """A sentence narrating a conversation (its verb says people talked about a topic) reports no statement:
    the trailing source tells where the journalist heard of the talks (the own set's « ainsi que » case)."""
    assert run(fr_nlp, "fr", text) == []
