"""French breadth of the event lexicon (issue 11): for each family added, a made-up positive sentence and a
near-miss that uses the same word in another sense (or without the object that fixes the sense)."""

from __future__ import annotations

import pytest

from veille.analyze.events._lexicon import load_lexicon
from veille.analyze.events._triggers import TriggerFinder

pytestmark = pytest.mark.model


POSITIVES = [
    # AGREE
    ("Le Maroc et l'Algérie ont paraphé un accord de coopération à Rabat.", "AGREE"),
    ("Le gouvernement du Soudan consent à un cessez-le-feu.", "AGREE"),
    # AID
    ("L'ONU a distribué des vivres aux réfugiés syriens au Liban.", "AID"),
    ("La Croix-Rouge est venue en aide aux sinistrés pakistanais.", "AID"),
    # ASSAULT
    ("Des insurgés ont décapité un otage japonais en Irak.", "ASSAULT"),
    ("Des pirates somaliens ont détourné un navire grec au large de la Somalie.", "ASSAULT"),
    ("Les rebelles ont pris d'assaut une base de l'armée tchadienne.", "ASSAULT"),
    # COERCE
    ("La police du Kenya a placé en garde à vue trois journalistes.", "COERCE"),
    ("La Birmanie a assigné à résidence l'opposante Aung San Suu Kyi.", "COERCE"),
    ("La Turquie a dissous un parti d'opposition turc.", "COERCE"),
    # CONCEDE
    ("Le gouvernement chilien a accédé aux revendications des étudiants.", "CONCEDE"),
    ("Washington a annoncé la levée des sanctions contre la Birmanie.", "CONCEDE"),
    # CONSULT
    ("Le ministre français a tenu des pourparlers avec son homologue algérien.", "CONSULT"),
    ("Les dirigeants de l'Union européenne se sont concertés à Bruxelles.", "CONSULT"),
    # COOPERATE
    ("La France et le Maroc ont échangé des renseignements sur les filières djihadistes.", "COOPERATE"),
    # MOBILIZE
    ("Les États-Unis ont envoyé des troupes supplémentaires en Afghanistan.", "MOBILIZE"),
    ("Séoul a ordonné la mise en alerte de ses troupes.", "MOBILIZE"),
    # PROTEST
    ("Les cheminots de la SNCF se sont mis en grève contre la réforme du gouvernement français.", "PROTEST"),
    ("Des milliers d'Égyptiens sont descendus dans la rue au Caire.", "PROTEST"),
    # REJECT
    ("La Russie a opposé son veto à la résolution sur la Syrie.", "REJECT"),
    # REQUEST
    ("Le pape a lancé un appel à la libération des otages au Liban.", "REQUEST"),
    ("L'opposition du Venezuela a appelé à la démission du président Maduro.", "REQUEST"),
    # RETREAT
    ("Les rebelles touaregs ont déposé les armes.", "RETREAT"),
    ("Les troupes israéliennes ont cessé les combats à Gaza.", "RETREAT"),
    ("Le président tunisien a quitté le pouvoir après des semaines de manifestations.", "RETREAT"),
    # SANCTION
    ("Le Venezuela a coupé ses relations diplomatiques avec la Colombie.", "SANCTION"),
    ("Pékin a interrompu sa coopération militaire avec Washington.", "SANCTION"),
    # SUPPORT
    ("Le président français a rendu hommage aux soldats maliens.", "SUPPORT"),
    ("Le Japon a présenté ses excuses à la Corée du Sud.", "SUPPORT"),
    # THREATEN
    ("Le président américain a lancé un ultimatum au régime syrien.", "THREATEN"),
    ("Le Premier ministre israélien a averti le Hezbollah libanais.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "event"), POSITIVES)
def test_added_french_families_are_triggers(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


NEAR_MISSES = [
    ("L'entreprise a distribué des dividendes à ses actionnaires.", "AID"),
    ("Le ministre a détourné la conversation vers l'économie.", "ASSAULT"),
    ("Le ministre a placé sa confiance dans le peuple.", "COERCE"),
    ("Le président a dissous l'Assemblée nationale.", "COERCE"),
    ("Le président a tenu une conférence de presse à Paris.", "CONSULT"),
    ("La France et le Maroc ont échangé des cadeaux.", "COOPERATE"),
    ("La France a envoyé une lettre au Maroc.", "MOBILIZE"),
    ("Le ministre a mis en ligne son programme.", "PROTEST"),
    ("Le ministre a lancé un nouveau produit financier.", "REQUEST"),
    ("Le ministre a déposé un projet de loi.", "RETREAT"),
    ("Le président a quitté la salle.", "RETREAT"),
    ("Les ouvriers ont coupé les arbres du parc.", "SANCTION"),
    ("Le ministre a interrompu son discours.", "SANCTION"),
    ("Le président a rendu visite à la reine.", "SUPPORT"),
    ("Le ministre a présenté son budget au Parlement.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "event"), NEAR_MISSES)
def test_other_senses_of_the_same_words_are_not_triggers(fr_actual_types, text, event):
    assert event not in fr_actual_types(text)


# nouns whose participants are named with « entre » (the events stage does not yet give them actors): the word is
# found as a trigger of its type
@pytest.mark.parametrize(("text", "word", "event"), [
    ("De nouveaux accrochages entre l'Inde et le Pakistan ont fait trois morts.", "accrochages", "ASSAULT"),
    ("Des heurts entre la police et des manifestants ont eu lieu au Caire.", "heurts", "ASSAULT"),
    ("Un échange de tirs a eu lieu à la frontière.", "échange", "ASSAULT"),
    ("Ils ont obtenu la levée du blocus de Gaza.", "levée", "CONCEDE"),
    ("Des islamistes ont pris en otage des ouvriers algériens.", "pris", "ASSAULT"),
])
def test_added_nouns_are_triggers(fr_nlp, text, word, event):
    finder = TriggerFinder(fr_nlp.vocab, load_lexicon("fr"))
    doc = fr_nlp(text)
    found = {(t.token.text, t.sense.event) for sent in doc.sents for t in finder.find(sent)}
    assert (word, event) in found, found


def test_levee_without_a_restriction_is_no_concession(fr_nlp):
    finder = TriggerFinder(fr_nlp.vocab, load_lexicon("fr"))
    doc = fr_nlp("La levée de fonds a rapporté deux millions.")
    assert not [t for sent in doc.sents for t in finder.find(sent) if t.sense.event == "CONCEDE"]


# -- second batch: support verbs with their object (apporter son soutien, trouver un accord) and nominals ----
SECOND_POSITIVES = [
    ("Le Liban et Israël ont trouvé un accord sur leur frontière maritime.", "AGREE"),
    ("Le Japon et l'Inde ont scellé une alliance stratégique.", "AGREE"),
    ("La Jordanie a accueilli des réfugiés syriens.", "AID"),
    ("L'Allemagne a apporté une aide financière à la Grèce.", "AID"),
    ("Le Canada a apporté son soutien à l'Ukraine.", "SUPPORT"),
    ("Le Sénégal a exprimé sa solidarité avec le Mali.", "SUPPORT"),
    ("Le gouvernement français a fait des concessions aux agriculteurs.", "CONCEDE"),
    ("Les syndicats grecs se sont mobilisés contre le plan d'austérité du gouvernement.", "PROTEST"),
    ("Les manifestants tunisiens ont scandé des slogans contre le président Ben Ali.", "PROTEST"),
    ("La Russie a concentré des troupes à la frontière ukrainienne.", "MOBILIZE"),
    ("Israël a rappelé ses réservistes.", "MOBILIZE"),
    ("Téhéran s'est indigné de la décision de Washington.", "ACCUSE"),
    ("La France a annoncé l'envoi de troupes au Mali.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "event"), SECOND_POSITIVES)
def test_second_batch_families_are_triggers(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


SECOND_NEAR_MISSES = [
    ("Le ministre a trouvé un appartement à Paris.", "AGREE"),
    ("Le président a accueilli la nouvelle avec soulagement.", "AID"),
    ("Le ministre a apporté des documents à la réunion.", "AID"),
    ("Le ministre a apporté des documents à la réunion.", "SUPPORT"),
    ("Le ministre a exprimé sa surprise devant les résultats.", "SUPPORT"),
    ("Le ministre a fait des courses à Paris.", "CONCEDE"),
    ("Le photographe a pris en photo les manifestants.", "ASSAULT"),
    ("Le ministre a concentré ses efforts sur l'économie.", "MOBILIZE"),
    ("Le ministre a rappelé les règles du jeu.", "MOBILIZE"),
    ("Le ministre a approuvé l'envoi du courrier.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "event"), SECOND_NEAR_MISSES)
def test_second_batch_other_senses_are_not_triggers(fr_actual_types, text, event):
    assert event not in fr_actual_types(text)


# -- third batch: the thinnest families (THREATEN, REJECT, COOPERATE, CONCEDE, REQUEST) ---------------------
THIRD_POSITIVES = [
    ("La Corée du Nord a agité la menace d'une frappe contre le Japon.", "THREATEN"),
    ("L'Iran a opposé une fin de non-recevoir à la proposition américaine.", "REJECT"),
    ("La France et l'Allemagne ont uni leurs forces contre le terrorisme.", "COOPERATE"),
    ("Le gouvernement grec s'est plié aux exigences de l'Union européenne.", "CONCEDE"),
    ("Le Mali a formulé une demande d'aide à la France.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "event"), THIRD_POSITIVES)
def test_third_batch_families_are_triggers(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


THIRD_NEAR_MISSES = [
    ("Le ministre a agité un drapeau devant la foule.", "THREATEN"),
    ("Le couple s'est uni à la mairie.", "COOPERATE"),
    ("Le ministre a plié sa lettre.", "CONCEDE"),
    ("Le ministre a formulé une hypothèse sur la croissance.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "event"), THIRD_NEAR_MISSES)
def test_third_batch_other_senses_are_not_triggers(fr_actual_types, text, event):
    assert event not in fr_actual_types(text)


# -- fourth batch: attack verbs that need their object (dynamiter, exécuter, larguer), encirclement, incursion ----
FOURTH_POSITIVES = [
    ("Les rebelles ont dynamité un pont de la route nationale au Mali.", "ASSAULT"),
    ("Les djihadistes ont exécuté un otage britannique en Syrie.", "ASSAULT"),
    ("L'aviation syrienne a largué des barils d'explosifs sur Alep.", "ASSAULT"),
    ("L'armée américaine a largué des vivres aux réfugiés yézidis.", "AID"),
    ("L'armée syrienne a encerclé la ville de Homs.", "COERCE"),
    ("L'incursion de l'armée turque en Irak a duré trois jours.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event"), FOURTH_POSITIVES)
def test_fourth_batch_families_are_triggers(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


FOURTH_NEAR_MISSES = [
    ("Le ministre a dynamité le débat avec sa proposition.", "ASSAULT"),
    ("Le gouvernement a exécuté son plan de relance.", "ASSAULT"),
    ("L'orchestre a exécuté une symphonie de Mozart.", "ASSAULT"),
    ("Le club a largué son entraîneur après la défaite.", "ASSAULT"),
    ("Le club a largué son entraîneur après la défaite.", "AID"),
    ("Le ministre a encerclé la date dans son agenda.", "COERCE"),
]


@pytest.mark.parametrize(("text", "event"), FOURTH_NEAR_MISSES)
def test_fourth_batch_other_senses_are_not_triggers(fr_actual_types, text, event):
    assert event not in fr_actual_types(text)


# « juger / qualifier de » + an evaluative word: criticism (ACCUSE disapprove); without it, no event
@pytest.mark.parametrize("text", [
    "Moscou a jugé inacceptables les sanctions américaines.",
    "Le ministre iranien a qualifié de provocation les manœuvres américaines.",
])
def test_judging_unacceptable_is_criticism(fr_actual_types, text):
    assert "ACCUSE" in fr_actual_types(text)


@pytest.mark.parametrize("text", [
    "Le tribunal a jugé l'accusé.",
    "Le ministre a jugé la proposition intéressante.",
    "L'équipe de France s'est qualifiée pour la finale.",
    "Le ministre a qualifié la situation de difficile.",
])
def test_judging_without_an_evaluative_word_is_no_event(fr_actual_types, text):
    assert "ACCUSE" not in fr_actual_types(text)
