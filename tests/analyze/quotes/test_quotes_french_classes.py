"""French attribution classes the real-copy quote set (``tests/gold/quotes_real_fr.jsonl``, issue 18) showed
to need code rather than words, each on sentences written here before its rule, with sentences where the
same pattern reports nothing (docs/quotes.md, "Real French copy")."""

from __future__ import annotations

import pytest
from quotes_helpers import actor, only, run

pytestmark = pytest.mark.model

# --- an infinitive reported by a speech verb: « a dit avoir ... », « a annoncé vouloir ... » -----------------


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Le maire a dit avoir reçu des menaces pendant la campagne.",
     "avoir reçu des menaces pendant la campagne", "maire"),
    ("La ministre a annoncé vouloir réformer le code du travail avant l'été.",
     "vouloir réformer le code du travail avant l'été", "ministre"),
    ("Le suspect a reconnu être entré dans la maison par la fenêtre.",
     "être entré dans la maison par la fenêtre", "suspect"),
    ("Le syndicat affirme représenter la majorité des salariés du site.",
     "représenter la majorité des salariés du site", "syndicat"),
    ("L'entraîneur a assuré mercredi ne jamais avoir douté de ses joueurs.",
     "ne jamais avoir douté de ses joueurs", "entraîneur"),
])
def test_infinitive_after_a_speech_verb_is_reported(fr_nlp, text, content, speaker):
    q = only(run(fr_nlp, "fr", text))
    assert q.text == content and not q.direct
    assert q.cue is not None
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("L'opposition a demandé au gouvernement de retirer son projet de loi.",
     "de retirer son projet de loi", "opposition"),
    ("Les habitants demandent à la mairie de rouvrir la piscine avant l'été.",
     "de rouvrir la piscine avant l'été", "habitants"),
    ("Les écologistes accusent la région de sacrifier la forêt pour un parking.",
     "de sacrifier la forêt pour un parking", "écologistes"),
])
def test_infinitive_with_its_preposition_is_reported(fr_nlp, text, content, speaker):
    quotes = run(fr_nlp, "fr", text)
    q = only(quotes)
    assert q.text == content and not q.direct
    assert q.speaker is not None and speaker in q.speaker.text


def test_infinitive_with_a_quotation_inside_ends_after_it(fr_nlp):
    quotes = run(fr_nlp, "fr", "L'avocate a soutenu n'avoir jamais lu un dossier « aussi vide ».")
    assert [(q.text, q.direct) for q in quotes] == [("n'avoir jamais lu un dossier « aussi vide »", False),
                                                    ("aussi vide", True)]


def test_infinitive_report_ends_before_the_main_clause(fr_nlp):
    text = ("Après que le club eut confirmé avoir reçu une offre pour son attaquant, l'entraîneur a assuré "
            "tout ignorer de cette offre.")
    quotes = run(fr_nlp, "fr", text)
    assert [q.text for q in quotes] == ["avoir reçu une offre pour son attaquant", "tout ignorer de cette offre"]


@pytest.mark.parametrize("text", [
    "Le maire a été accusé d'avoir détourné des fonds publics.",  # a charge, in the passive: no one speaks
    "Les manifestants ont crié pour se faire entendre du préfet.",  # purpose, not what was cried
    "Il a promis de l'argent aux associations du quartier.",  # no infinitive, no speech verb
    "Le coureur a poursuivi sa route pour rejoindre le peloton.",  # « poursuivre » a road, then purpose
    "La direction n'a pas dit vouloir fermer le site.",  # negated
    "Le patron a menacé de fermer l'usine si les grèves continuaient.",  # a commitment to act (a threat)
])
def test_infinitive_patterns_that_report_nothing(fr_nlp, text):
    assert run(fr_nlp, "fr", text) == []


def test_infinitive_after_quoted_words_is_not_reported(fr_nlp):
    quotes = run(fr_nlp, "fr", "Le porte-parole a qualifié la plainte de « manœuvre » de se faire connaître.")
    assert not any("connaître" in q.text for q in quotes)  # the quoted words are what the cue reports


def test_quoted_infinitive_stays_a_quotation(fr_nlp):
    q = only(run(fr_nlp, "fr", "La présidente a accusé ses rivaux de « mentir aux électeurs »."))
    assert q.direct and q.text == "mentir aux électeurs"
    assert q.speaker is not None and "présidente" in q.speaker.text


# --- a pronoun speaker: the topic set before it, the speaker of the quotation before it ----------------------


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Le Premier ministre a quitté la réunion. Quant au chef de l'opposition, il a estimé que le texte était mort.",
     "chef de l'opposition", "person"),
    ("Les syndicats ont signé l'accord. Quant à la présidente de la région, elle a jugé que rien n'était réglé.",
     "présidente de la région", "person"),
    ("Quant aux agriculteurs, ils affirment que les prix ne couvrent plus leurs coûts.", "agriculteurs", "group"),
])
def test_topic_before_the_pronoun_is_the_speaker(fr_nlp, text, speaker, kind):
    q = only(run(fr_nlp, "fr", text, actor("topic", speaker, kind, speaker)))
    assert q.speaker is not None and q.speaker.actor_id == "topic"


@pytest.mark.parametrize("text", [
    "À Lyon, il a déclaré que la ville ne paierait pas.",  # a place set before the pronoun: no topic
    "Quant au budget, il a indiqué que les comptes seraient publiés en mai.",  # a thing: « il » is no budget's
])
def test_phrase_before_the_pronoun_that_is_no_speaker(fr_nlp, text):
    q = only(run(fr_nlp, "fr", text))
    assert q.speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous ne fermerons aucune caserne », a assuré le ministre devant les députés. « Mais certains sites "
     "devront évoluer », a-t-il ajouté.", "ministre"),
    ("« Nous sommes épuisées », ont expliqué les infirmières devant l'hôpital. « Personne ne nous écoute », "
     "ont-elles ajouté.", "infirmières"),
    ("« Le projet est mort », a lancé la porte-parole du collectif. « Il faut tout reprendre », a-t-elle "
     "conclu.", "porte-parole du collectif"),
])
def test_pronoun_takes_the_speaker_of_the_quotation_before(fr_nlp, text, speaker):
    quotes = run(fr_nlp, "fr", text)
    assert len(quotes) == 2, [q.text for q in quotes]
    first, second = quotes[0].speaker, quotes[1].speaker
    assert first is not None and second is not None and speaker in second.name and second.name == first.name


def test_pronoun_of_the_other_gender_takes_no_earlier_speaker(fr_nlp):
    text = "« Le projet est mort », a déclaré la maire. « Il faut tout reprendre », a-t-il répondu."
    quotes = run(fr_nlp, "fr", text)
    assert len(quotes) == 2 and quotes[1].speaker is None


def test_pronouns_in_a_row_keep_the_named_speaker(fr_nlp):
    text = ("« Nous ne fermerons aucune caserne », a assuré le ministre. « Certains sites devront évoluer », "
            "a-t-il ajouté. « Rien n'est décidé », a-t-il conclu.")
    quotes = run(fr_nlp, "fr", text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["ministre"] * 3


# --- a short quoted term after a determiner: the words of the cue that reports it ---------------------------


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Le ministre a affirmé que la réforme était une « erreur historique ».", "erreur historique", "ministre"),
    ("La maire a dénoncé la « trahison » du gouvernement.", "trahison", "maire"),
    ("Le sénateur a fustigé la « gabegie » de la préfecture.", "gabegie", "sénateur"),
    ("Les avocats ont expliqué qu'il n'existait aucun « motif sérieux » de poursuivre.", "motif sérieux", "avocats"),
])
def test_quoted_term_reported_by_a_cue_is_its_speakers(fr_nlp, text, quoted, speaker):
    quotes = [q for q in run(fr_nlp, "fr", text) if q.direct]
    q = only(quotes)
    assert q.text == quoted
    assert q.speaker is not None and speaker in q.speaker.name


@pytest.mark.parametrize("text", [
    "Le Parlement a adopté la loi « immigration » par 349 voix.",  # no cue
    "Le ministre a annoncé un plan pour la « cité radieuse » de Marseille.",  # the name of a place in the object
])
def test_quoted_term_outside_what_a_cue_reports(fr_nlp, text):
    assert not any(q.direct for q in run(fr_nlp, "fr", text))


# --- a straight quotation mark right after an elision: « qualifié d'"inacceptable" » -------------------------


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Le député a qualifié d'\"inacceptable\" le silence du ministre.", "inacceptable", "député"),
    ("La ministre a qualifié l'accord d'\"historique\" devant la presse.", "historique", "ministre"),
    ("Le maire a estimé que l'\"urgence\" était de loger les sinistrés.", "urgence", "maire"),
])
def test_straight_mark_after_an_elision_opens_a_quotation(fr_nlp, text, quoted, speaker):
    q = only([q for q in run(fr_nlp, "fr", text) if q.direct])
    assert q.text == quoted
    assert q.speaker is not None and speaker in q.speaker.name


def test_straight_mark_after_an_elision_without_a_cue_is_no_quotation(fr_nlp):
    assert run(fr_nlp, "fr", "Le film d'\"horreur\" est sorti mercredi dans les salles.") == []


# --- a speech verb the tagger took for a noun after a subject pronoun: « Elle juge « scandaleuses » » ---------


@pytest.mark.parametrize(("text", "quoted"), [
    ("La fédération a réagi jeudi. Elle juge « scandaleuses » les annonces de la direction.", "scandaleuses"),
    ("Le maire a reçu les habitants. Il juge « inacceptable » le retard du chantier.", "inacceptable"),
    ("Les syndicats ont quitté la table. Ils jugent « indécente » la proposition patronale.", "indécente"),
])
def test_speech_verb_after_a_subject_pronoun(fr_nlp, text, quoted):
    q = only([q for q in run(fr_nlp, "fr", text) if q.direct])
    assert q.text == quoted and q.cue is not None and q.cue.text.startswith("juge")


def test_noun_after_an_object_pronoun_stays_a_noun(fr_nlp):
    assert run(fr_nlp, "fr", "Le tribunal lui a désigné un juge « spécial » pour l'affaire.") == []
