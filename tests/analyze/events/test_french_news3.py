"""French news, batch 11 (issue 11): classes of errors found on a fresh batch of own French articles
(tests/gold/realnews_own_fr.jsonl, ``fr-ab``: francophone Africa, the Maghreb, Lebanon, Haiti, Quebec, Belgium,
the EU), each with made-up sentences written before the rule.

- A place where the subject met, named in a participle describing it (« le Conseil de l'UA, réuni à Abuja, a
  décidé de refuser des visas », « Réunis à Addis-Abeba, les chefs d'Etat ont exigé »), is where it acted, not a
  side: neither the recipient of its measure nor the country of its members.
- A speech act about measures told before by their qualities, with the indefinite plural (« le ministre a dénoncé
  des sanctions injustes », « Damas a dénoncé des mesures qui visent à ») is addressed to whoever took them, not
  to the speaker's own country.
- Frozen assets belong to the one who undergoes the freeze (« le gel des avoirs maliens »).
- Refusing visas to a regime's leaders is a sanction, not the rejection of a request.
- Raping people is an assault (CAMEO 1822, PLOVER ASSAULT sexual; the tagger may make « violé » an adverb: a
  word with a tense auxiliary is a verb); violating a truce, an airspace or a ban is not.
- Holding hostages (« retenir des otages, retenir X en otage ») is hostage-taking; retaining a proposal is not.
- Lifting a sit-in, road blocks, a camp ends a protest (a concession, CAMEO 08); lifting funds is nothing.
- A place the parser hung on the bare day word after the verb (« s'est rendu mercredi à Bamako ») is the
  verb's complement: the country visited."""

from __future__ import annotations

import pytest
from events_helpers import coded_with, described, has_event

from veille.analyze.repairs import repair_parse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "venue"), [
    ("La junte guinéenne refuse de quitter le pouvoir. Le Conseil de paix et de sécurité de l'UA, réuni à Abuja, a "
     "décidé de refuser des visas aux dirigeants de la junte.", "NGA"),
    ("Le régime biélorusse a réprimé les manifestations de l'opposition. Les ministres européens, réunis à "
     "Luxembourg, ont décidé de refuser des visas aux dirigeants du régime.", "LUX"),
    ("L'armée malgache a pris le pouvoir à Antananarivo. Réunis à Addis-Abeba, les chefs d'Etat africains ont "
     "exigé le départ des militaires.", "ETH"),
    ("Le régime syrien a réprimé les manifestations. Les ministres des Affaires étrangères de l'UE, réunis à "
     "Bruxelles, ont condamné la répression.", "BEL"),
])
def test_where_the_subject_met_is_no_side(fr_sides, text, venue):
    found = fr_sides(text)
    assert not any(venue in src | tgt for _ev, src, tgt in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("L'Union africaine a imposé jeudi des sanctions à la Guinée. Le ministre guinéen des Affaires étrangères a "
     "dénoncé des sanctions « injustes ».", "GIN", "AU"),
    ("L'UE a adopté lundi des sanctions contre la Syrie. Damas a dénoncé des mesures qui ne visent qu'à "
     "déstabiliser la Syrie.", "SYR", "EU"),
    ("Les Etats-Unis ont imposé mardi de nouvelles sanctions à l'Iran. Téhéran a condamné des mesures illégales.",
     "IRN", "USA"),
])
def test_measures_denounced_by_their_qualities_are_their_authors(fr_sides, text, source, target):
    found = fr_sides(text)
    assert coded_with(found, "ACCUSE", source, {target}), found
    assert not coded_with(found, "ACCUSE", source, {source}), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("L'UE a annoncé le gel des avoirs libyens.", "EU", "LBY"),
    ("Washington a ordonné le gel des avoirs iraniens aux Etats-Unis.", "USA", "IRN"),
    ("Réunis à Dakar, les chefs d'Etat de la Cédéao ont décidé le gel des avoirs maliens.", "ECOWAS", "MLI"),
])
def test_frozen_assets_belong_to_the_recipient(fr_sides, text, source, target):
    found = fr_sides(text)
    assert coded_with(found, "SANCTION", source, {target}), found
    assert not coded_with(found, "SANCTION", target, set()), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("L'Union africaine a décidé de refuser des visas aux dirigeants de la junte guinéenne.", "AU", "GIN"),
    ("La France a refusé des visas à plusieurs responsables russes.", "FRA", "RUS"),
    ("Londres a refusé le visa du ministre zimbabwéen.", "GBR", "ZWE"),
])
def test_visas_refused_are_a_sanction(fr_sides, text, source, target):
    found = fr_sides(text)
    assert coded_with(found, "SANCTION", source, {target}), found
    assert not coded_with(found, "REJECT", "", set()), found


def test_refusing_to_resign_stays_a_rejection(fr_sides):
    found = fr_sides("Le Premier ministre italien a refusé de démissionner.")
    assert coded_with(found, "REJECT", "ITA", set()), found


@pytest.mark.parametrize("text", [
    "Des soldats ont violé des dizaines de femmes dans l'est de la République démocratique du Congo.",
    "Des miliciens soudanais ont violé des jeunes filles au Darfour.",
    "Des militaires guinéens ont violé des femmes dans le stade de Conakry.",
])
def test_rape_is_a_sexual_assault(run, text):
    events = run(text, "fr")
    assert has_event(events, "ASSAULT", "sexual"), described(events)


@pytest.mark.parametrize("text", [
    "La Russie a violé l'espace aérien turc.",
    "Le Hamas a violé la trêve conclue sous l'égide de l'Egypte.",
    "Les manifestants ont violé l'interdiction de rassemblement.",
])
def test_violating_a_rule_is_no_sexual_assault(run, text):
    events = run(text, "fr")
    assert not has_event(events, "ASSAULT", "sexual"), described(events)


@pytest.mark.parametrize(("text", "source"), [
    ("Un commando islamiste retenait des centaines d'otages sur le site gazier.", ""),
    ("Les pirates somaliens retiennent en otage l'équipage d'un navire français.", "SOM"),
    ("Des talibans afghans retiennent deux journalistes français en otage depuis décembre.", ""),
])
def test_holding_hostages_is_hostage_taking(run, text, source):
    events = run(text, "fr")
    assert has_event(events, "ASSAULT", "abduct", {source} if source else None), described(events)


@pytest.mark.parametrize("text", [
    "Le gouvernement a retenu la proposition de l'opposition.",
    "La commission a retenu trois candidats.",
])
def test_retaining_a_proposal_is_no_event(run, text):
    assert run(text, "fr") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Les partisans de l'opposition libanaise ont levé le sit-in qu'ils observaient devant le Parlement.", "LBN"),
    ("Les syndicats tunisiens ont levé les barrages qui bloquaient le port.", "TUN"),
    ("Les agriculteurs bretons ont levé le campement installé devant la préfecture de Rennes.", "FRA"),
])
def test_lifting_a_protest_is_a_concession(fr_sides, text, source):
    found = fr_sides(text)
    assert coded_with(found, "CONCEDE", source, set()), found


def test_raising_funds_is_no_concession(fr_sides):
    assert not coded_with(fr_sides("Le gouvernement a levé des fonds sur les marchés."), "CONCEDE", "", set())


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Le ministre algérien des Affaires étrangères s'est rendu mercredi à Bamako pour une visite de deux jours.",
     "DZA", "MLI"),
    ("Nicolas Sarkozy s'est rendu mercredi à Bamako pour remercier le président malien.", "FRA", "MLI"),
    ("Le roi du Maroc s'est rendu lundi à Dakar pour une visite officielle.", "MAR", "SEN"),
])
def test_a_place_after_the_day_word_is_the_visit_s(fr_sides, text, source, target):
    found = fr_sides(text)
    assert any(ev == "CONSULT" and source in src and target in tgt for ev, src, tgt in found), found


def test_the_day_word_complement_is_hung_on_the_verb(fr_nlp):
    doc = repair_parse(fr_nlp("Le ministre algérien s'est rendu mercredi à Bamako."))
    bamako = next(t for t in doc if t.text == "Bamako")
    assert bamako.head.lemma_ == "rendre", [(t.text, t.dep_, t.head.text) for t in doc]
