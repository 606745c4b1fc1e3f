"""French domestic and regional press (issue 11): classes of misses found on a batch of own articles in the
style of Ouest-France, La Voix du Nord, Le Parisien, Le Monde and Libération of 1999-2004
(tests/gold/realnews_own_fr.jsonl, batch ``fr-ai``), each with made-up sentences written before the rule: the
national union confederations, farmers' unions and employers' bodies of France are French organisations
(« la CFDT », « Force ouvrière », « la FNSEA », « le Medef »); local officials and bodies (« le préfet », « le
maire de Lyon », « le conseil régional », « les CRS ») and parties named by their members (« les socialistes »,
« les travaillistes ») are groups of the story's country; « reconduire » a strike or a blockade protests again,
and a motion « de soutien » voted for someone supports them."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event"), [
    ("La CFDT a dénoncé jeudi la fermeture de l'usine de Cormelles-le-Royal.", "ACCUSE"),
    ("Force ouvrière a rejeté mardi le projet de réforme du gouvernement.", "REJECT"),
    ("La FNSEA a demandé au gouvernement une aide d'urgence pour les éleveurs.", "REQUEST"),
    ("Le Medef a vivement critiqué la loi sur les 35 heures.", "ACCUSE"),
    ("La CGT a accusé la direction de la SNCF de mépriser les cheminots.", "ACCUSE"),
])
def test_french_unions_and_employers_are_french_organisations(fr_sides, text, event):
    found = fr_sides(text)
    assert coded_with(found, event, "FRA", set()), found


@pytest.mark.parametrize(("text", "event", "targets"), [
    ("Des éleveurs ont manifesté lundi à Rennes. Le préfet a reçu une délégation d'agriculteurs dans la soirée.",
     "CONSULT", {"FRA"}),
    ("Des violences ont éclaté samedi à Lyon. Le maire a condamné ces violences.", "ACCUSE", set()),
    ("Les CRS ont interpellé une vingtaine de manifestants mercredi à Lille.", "COERCE", {"FRA"}),
    ("A Nantes, le conseil régional a accusé l'Etat d'abandonner les chantiers navals.", "ACCUSE", set()),
    ("A Amiens, la préfecture a interdit la manifestation des routiers.", "COERCE", set()),
])
def test_local_officials_and_bodies_take_the_story_country(fr_sides, text, event, targets):
    found = fr_sides(text)
    assert coded_with(found, event, "FRA", targets), found


@pytest.mark.parametrize(("text", "event", "source"), [
    ("Des milliers de personnes ont manifesté mardi à Marseille et à Toulouse. Les socialistes ont dénoncé la réforme "
     "des retraites.", "ACCUSE", "FRA"),
    ("A Londres, les travaillistes ont critiqué le budget du gouvernement britannique.", "ACCUSE", "GBR"),
    ("A Madrid, les conservateurs ont rejeté le projet de statut de la Catalogne présenté par le gouvernement "
     "espagnol.", "REJECT", "ESP"),
])
def test_parties_named_by_their_members_are_groups_of_the_country(fr_sides, text, event, source):
    found = fr_sides(text)
    assert coded_with(found, event, source, set()), found


@pytest.mark.parametrize("text", [
    "A Marseille, les dockers ont reconduit leur grève pour la troisième journée.",
    "Les cheminots de Lille ont reconduit mardi le mouvement entamé la semaine dernière.",
    "A Rouen, les routiers ont voté la reconduction du blocage des raffineries.",
])
def test_renewing_a_strike_or_a_blockade_is_a_protest(fr_sides, text):
    found = fr_sides(text)
    assert coded_with(found, "PROTEST", "FRA", set()), found


@pytest.mark.parametrize("text", [
    "Le conseil d'administration a reconduit le président de l'entreprise dans ses fonctions à Lyon.",
    "Le contrat des salariés de Brest a été reconduit pour un an.",
])
def test_renewing_anything_else_is_no_protest(fr_sides, text):
    found = fr_sides(text)
    assert not coded_with(found, "PROTEST", "", set()), found


# the voting body is not yet taken as the motion's author (issue 11, left open)
_MOTION_AUTHOR = pytest.mark.xfail(reason="a motion's voter is not yet its source", strict=True)


@pytest.mark.parametrize("text", [
    pytest.param("A Metz, le conseil régional a voté une motion de soutien aux mineurs de Lorraine.",
                 marks=_MOTION_AUTHOR),
    # (found once French copy read « Brest » as the French town: the body is of the place named, not the voter)
    "Le conseil municipal de Brest a adopté une motion de soutien aux salariés des chantiers.",
    "A Lille, les élus ont voté à l'unanimité une motion de soutien aux grévistes.",
])
def test_a_motion_of_support_supports(fr_sides, text):
    found = fr_sides(text)
    assert coded_with(found, "SUPPORT", "FRA", set()), found


@pytest.mark.parametrize("text", [
    "A Saint-Nazaire, les grévistes ont occupé les bureaux de la direction pendant toute la nuit.",
    pytest.param("Près de deux cents agriculteurs ont occupé jeudi la sous-préfecture de Morlaix.",
                 marks=pytest.mark.xfail(reason="a count heads the subject: its noun is not read", strict=True)),
    "A Lille, les salariés licenciés ont occupé l'usine pour obtenir une prime de départ.",
])
def test_workers_occupying_a_site_protest(fr_sides, text):
    found = fr_sides(text)
    assert coded_with(found, "PROTEST", "FRA", set()), found
    assert not coded_with(found, "COERCE", "", set()), found


# -- French domestic copy that names no country at all (issue 11, second pass) ------------------------------------
# A regional paper names « la préfecture », « les gendarmes », « le tribunal correctionnel », « l'intersyndicale »
# and no country: these bodies are France's alone, so the story is France's and its sides of no country are French.
# A text that names another country (« à Dakar », « au Cameroun », « belges ») keeps that country.

@pytest.mark.parametrize(("text", "event", "targets"), [
    ("Les gendarmes ont interpellé deux manifestants dans la nuit de samedi à dimanche.", "COERCE", {"FRA"}),
    ("La préfecture a interdit le rassemblement des routiers prévu samedi devant le dépôt.", "COERCE", set()),
    ("Les CRS ont interpellé une vingtaine de grévistes devant l'entrée de l'usine.", "COERCE", {"FRA"}),
    ("Le tribunal correctionnel a condamné trois manifestants à deux mois de prison avec sursis.",
     "SANCTION", {"FRA"}),
    ("Le sous-préfet a reçu hier une délégation de grévistes.", "CONSULT", {"FRA"}),
    ("Les policiers ont arrêté deux manifestants après les incidents. La gendarmerie a ouvert une enquête.",
     "COERCE", {"FRA"}),
])
def test_french_public_bodies_make_a_story_that_names_no_country_french(fr_sides, text, event, targets):
    found = fr_sides(text)
    assert coded_with(found, event, "FRA", targets), found


@pytest.mark.parametrize(("text", "event", "country"), [
    ("A Dakar, les gendarmes ont interpellé deux manifestants samedi.", "COERCE", "SEN"),
    ("Au Cameroun, le préfet a interdit la manifestation de l'opposition.", "COERCE", "CMR"),
    ("Les policiers belges ont arrêté deux manifestants à Liège.", "COERCE", "BEL"),
])
def test_another_country_named_keeps_its_own_sides(fr_sides, text, event, country):
    found = fr_sides(text)
    assert not coded_with(found, event, "FRA", set()), found


@pytest.mark.parametrize("text", [
    # a police force, a court or unions with none of France's own bodies: no country to give them
    "La police a arrêté deux manifestants hier soir.",
    "Les syndicats ont appelé à la grève jeudi.",
])
def test_bodies_that_every_country_has_make_no_story_french(fr_sides, text):
    found = fr_sides(text)
    assert not any("FRA" in src | tgt for _ev, src, tgt in found), found


@pytest.mark.parametrize(("text", "event"), [
    ("Le PS a accusé le gouvernement de mentir sur le chômage. Le préfet n'a pas souhaité réagir.", "ACCUSE"),
    ("Lutte ouvrière a accusé le gouvernement de servir le patronat.", "ACCUSE"),
    ("La LCR a appelé à manifester samedi contre la réforme des retraites.", "PROTEST"),
    ("L'UNEF a rejeté la réforme des universités.", "REJECT"),
    ("La DGSE a démenti toute implication dans l'affaire.", "REJECT"),
])
def test_french_parties_unions_and_services_are_french(fr_sides, text, event):
    found = fr_sides(text)
    assert coded_with(found, event, "FRA", set()), found


@pytest.mark.parametrize("text", [
    "Les CRS ont levé le barrage des agriculteurs à l'aube.",
    "Les gendarmes ont levé le blocage du dépôt pétrolier dans la nuit.",
    "La police a levé le campement des grévistes devant la préfecture.",
])
def test_a_force_clearing_a_blockade_does_not_yield(fr_sides, text):
    # lifting a blockade is its makers' yielding (CAMEO 08); the police clearing it yields nothing
    found = fr_sides(text)
    assert not coded_with(found, "CONCEDE", "", set()), found


@pytest.mark.parametrize("text", [
    "Les agriculteurs ont levé le barrage après leur rencontre avec le préfet.",
    "Les routiers ont levé le blocage du dépôt pétrolier dans la nuit après l'accord avec la préfecture.",
])
def test_protesters_lifting_their_blockade_yield(fr_sides, text):
    found = fr_sides(text)
    assert coded_with(found, "CONCEDE", "FRA", set()), found


@pytest.mark.parametrize(("text", "event"), [
    # a state's name that is also a given name, after a title and before a name particle: a person (Dominica is
    # « la Dominique », with its article)
    ("Le Premier ministre Dominique de Villepin a refusé de retirer la loi.", "REJECT"),
    ("Le ministre Dominique de Villepin a rencontré les syndicats de policiers.", "CONSULT"),
    pytest.param("Le ministre de l'Intérieur Dominique de Villepin a rencontré les syndicats de policiers.", "CONSULT",
                 marks=pytest.mark.xfail(reason="a name after a title's portfolio is left to the tagger", strict=True)),
    ("La députée Jordanie de Montfort a critiqué le projet de loi.", "ACCUSE"),
])
def test_a_given_name_after_a_title_is_no_state(fr_sides, text, event):
    found = fr_sides(text)
    assert not any("DMA" in src or "JOR" in src for _ev, src, _tgt in found), found


def test_the_state_with_its_article_is_still_the_state(fr_sides):
    found = fr_sides("La Dominique a rompu ses relations diplomatiques avec Taïwan.")
    assert any("DMA" in src for _ev, src, _tgt in found), found


@pytest.mark.parametrize("text", [
    "Les élus communistes ont interpellé le préfet sur la fermeture de la maternité.",
    "A Saint-Nazaire, le député a interpellé le gouvernement sur l'avenir des chantiers navals.",
    "L'intersyndicale a interpellé le ministre de l'Education sur les suppressions de postes.",
    "Martine Aubry, maire de Lille, a interpellé le Premier ministre sur le financement des transports.",
])
def test_questioning_an_authority_is_no_arrest(fr_sides, text):
    # « interpeller » the government, a minister or the prefect is to press them for an answer (a demand, CAMEO 10)
    found = fr_sides(text)
    assert not coded_with(found, "COERCE", "", set()), found
    assert coded_with(found, "REQUEST", "FRA", {"FRA"}), found


@pytest.mark.parametrize("text", [
    "Les gendarmes ont interpellé le maire de la commune pour corruption.",
    "Les policiers ont interpellé deux manifestants sur la place de la mairie.",
    "L'ancien ministre a été interpellé mardi à son domicile de Lyon.",
    "A Toulouse, la police a interpellé le directeur de la société.",
])
def test_the_police_questioning_is_an_arrest(fr_sides, text):
    found = fr_sides(text)
    assert coded_with(found, "COERCE", "", set()), found
    assert not coded_with(found, "REQUEST", "", set()), found


@pytest.mark.parametrize(("text", "event"), [
    ("Les salariés de la filature ont bloqué la route nationale devant la sous-préfecture.", "PROTEST"),
    ("Les salariés ont manifesté hier devant la préfecture contre la fermeture du site.", "PROTEST"),
    ("Les salariés de Nancy ont rejeté l'offre du gouvernement.", "REJECT"),
])
def test_employees_are_labour(fr_sides, text, event):
    # « les salariés » of a firm or a town: labour, as « les ouvriers » and « les travailleurs »
    found = fr_sides(text)
    assert coded_with(found, event, "FRA", set()), found
