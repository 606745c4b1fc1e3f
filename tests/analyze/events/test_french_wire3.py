"""French news, batch 16 (issue 11): classes found on a fresh batch of own French articles
(tests/gold/realnews_own_fr.jsonl, ``fr-ag``: French pension protests, a Belgian resignation, Morocco and
Algeria, Gabon, Madagascar, Haiti, Lebanon, Syria, Iran, Afghanistan, Tunisia, a French judicial case), each
with made-up sentences written before the rule.

- « mettre en examen » is the French formal charge of a suspect by an investigating judge: an accusation
  (PLOVER ACCUSE, allege), not an arrest; « placer en détention » stays the arrest.
- « une motion de censure » (voted, adopted, tabled against a government) is a legislature's disapproval of
  the government (ACCUSE, disapprove), never the censorship of the press that « censure » alone may be.
- Regional organisations and UN missions named in French are actors of their own (« la Communauté de
  développement d'Afrique australe », « la SADC », « la Minustah » for the UN), and a country's union
  confederation named by its acronym (« l'UGTT ») is that country's labour.
- Troops, peacekeepers or police sent, told in the passive (« des casques bleus de la Minustah ont été
  dépêchés »), are the theme of the sending verb as its object is in the active: their owner sent them, they
  are not whom the act is for.
- Worker nouns name group actors as « syndicats » does: « cheminots », « dockers », « routiers », « centrale
  syndicale » (labour); without a demonym they take the story's country as « les syndicats » do.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Le juge d'instruction a mis en examen l'ancien ministre français pour corruption passive.",
    "L'ancien ministre belge de la Défense a été mis en examen mardi pour favoritisme.",
    "Trois élus marocains ont été mis en examen pour détournement de fonds publics.",
])
def test_mise_en_examen_is_a_charge_not_an_arrest(fr_actual_types, text):
    types = fr_actual_types(text)
    assert "ACCUSE" in types, types
    assert "COERCE" not in types, types


def test_detention_after_the_charge_stays_an_arrest(fr_actual_types):
    types = fr_actual_types("Le militant basque espagnol a été mis en examen pour assassinat et placé en détention "
                            "provisoire.")
    assert "ACCUSE" in types and "COERCE" in types, types


@pytest.mark.parametrize(("text", "country"), [
    ("Les députés de l'opposition grecque ont déposé mardi une motion de censure contre le gouvernement grec.",
     "GRC"),
    ("Le Parlement roumain a adopté une motion de censure contre le gouvernement roumain d'Emil Boc.", "ROU"),
    ("La Chambre des députés tchèque a voté mercredi une motion de censure contre le gouvernement "
     "tchèque de Mirek Topolanek.", "CZE"),
])
def test_a_motion_of_censure_is_a_legislature_disapproving(fr_sides, fr_actual_types, text, country):
    found = fr_sides(text)
    assert coded_with(found, "ACCUSE", country, set()), found
    assert "COERCE" not in fr_actual_types(text)


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("La Communauté de développement d'Afrique australe a suspendu Madagascar de ses instances.", "SANCTION",
     "SADC", "MDG"),
    ("La SADC a exhorté jeudi les partis zimbabwéens à former un gouvernement d'union.", "REQUEST", "SADC",
     "ZWE"),
    ("Des casques bleus de la Minustah ont dispersé des manifestants haïtiens à Port-au-Prince.", "ASSAULT", "UN",
     "HTI"),
    ("L'UGTT a décrété jeudi une grève générale contre le gouvernement tunisien.", "PROTEST", "TUN", "TUN"),
])
def test_regional_organisations_missions_and_unions_are_actors(fr_sides, text, event, actor, recipient):
    found = fr_sides(text)
    assert coded_with(found, event, actor, {recipient}), found


@pytest.mark.parametrize(("text", "event", "actor"), [
    ("Le gouvernement français a présenté mardi sa réforme des retraites. Les cheminots ont entamé une grève "
     "reconductible.", "PROTEST", "FRA"),
    ("Le gouvernement belge a annoncé la privatisation du port d'Anvers. Les dockers ont manifesté jeudi devant "
     "le siège du Premier ministre.", "PROTEST", "BEL"),
    ("Le gouvernement marocain a relevé le prix du carburant. La principale centrale syndicale a manifesté à "
     "Rabat contre la hausse des prix.", "PROTEST", "MAR"),
    ("Le gouvernement grec a annoncé de nouvelles coupes budgétaires. Les routiers ont bloqué jeudi les accès du "
     "port du Pirée.", "PROTEST", "GRC"),
])
def test_worker_nouns_are_group_actors(fr_sides, text, event, actor):
    """Without a demonym, the group takes the story's country as « les syndicats » does."""
    found = fr_sides(text)
    assert coded_with(found, event, actor, set()), found


@pytest.mark.parametrize(("text", "sender"), [
    ("Des casques bleus de la Minustah ont été dépêchés mardi à Gonaïves.", "UN"),
    ("Deux cents soldats français ont été dépêchés au Tchad pour protéger les ressortissants.", "FRA"),
    ("Des renforts de la police kényane ont été envoyés jeudi à la frontière somalienne.", "KEN"),
])
def test_troops_sent_told_in_the_passive_are_sent_by_their_owner(fr_sides, text, sender):
    """What a sending verb sends is its theme: in the passive, the subject's country sent it, it is not whom
    the act is for."""
    found = fr_sides(text)
    sent = [(ev, src, tgt) for ev, src, tgt in found if ev in ("AID", "MOBILIZE")]
    assert any(sender in src for _ev, src, _tgt in sent), found
    assert not any(sender in tgt and sender not in src for _ev, src, tgt in sent), found
