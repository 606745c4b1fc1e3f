"""Classes of real news copy nobody here wrote (issue 11): the FR-TimeBank and TBAQ articles coded in
``tests/gold/realnews_timebank.jsonl``. A refusal to give the press information (details, names, figures) is a
newsroom formula like "declined to comment", no rejection of anyone; a vehicle, a patrol or a post that comes under
fire (« a essuyé des tirs », "came under attack") is the target of an assault whose agent the sentence does not
name, never its agent (English "came under fire" stays uncoded: mostly criticism); a protest received or riots
provoked keep needing their protesters; ruling out one's part in an operation (« a exclu toute participation ») rejects
it, as "ruled out sending troops" does. Sentences written before the rules, none taken from the articles, except
the last test's, written after the own French set showed those two (``fr-ad7``, ``own-fr-41``)."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language", [
    ("Police refused to provide details of the investigation.", "en"),
    ("The ministry declined to give details of the talks.", "en"),
    ("Officials refused to reveal the names of the suspects.", "en"),
    ("The army would not disclose the number of casualties, citing security.", "en"),
    ("La police a refusé de fournir des détails sur l'enquête.", "fr"),
    ("Le ministère s'est refusé à donner des précisions sur les négociations.", "fr"),
    ("Les autorités ont refusé de révéler l'identité des suspects.", "fr"),
])
def test_refusing_the_press_information_is_no_rejection(run, text, language):
    events = [e for e in run(text, language) if e.event == "REJECT"]
    assert not events, described(events)


@pytest.mark.parametrize("text, language", [
    ("The government refused to release the opposition leader.", "en"),
    ("Iran refused to give inspectors access to the site.", "en"),
    ("Le gouvernement a refusé de libérer le chef de l'opposition.", "fr"),
    ("Iran refused to provide information to the IAEA about its enrichment sites.", "en"),
    ("L'Iran a refusé de fournir des informations à l'AIEA sur ses sites.", "fr"),
])
def test_refusing_a_side_something_else_is_still_a_rejection(run, text, language):
    events = run(text, language)
    assert any(e.event == "REJECT" for e in events), described(events)


@pytest.mark.parametrize("text, language, target", [
    ("Un convoi de l'ONU a essuyé des tirs près de Goma mardi.", "fr", "UN"),
    ("Une patrouille de l'armée malienne a essuyé des coups de feu dans le nord du pays.", "fr", "MLI"),
    ("Un hélicoptère de l'armée afghane a essuyé des tirs de roquettes dans la province de Helmand.", "fr", "AFG"),
    ("A Malian army patrol came under attack in the north of the country.", "en", "MLI"),
    ("A UN convoy came under attack near Goma on Tuesday.", "en", "UN"),
    ("An Afghan army helicopter came under rocket attack in Helmand province.", "en", "AFG"),
])
def test_what_comes_under_fire_is_the_target_of_an_assault(run, text, language, target):
    events = [e for e in run(text, language) if e.event == "ASSAULT"]
    assert events, described(run(text, language))
    for e in events:
        # the agent nobody names is the place's unidentified armed force (PLOVER UAF), never the target itself
        assert target in codes(e.recipient), described(events)
        assert all(r.sector == ["UAF"] for r in e.actor if r.code == target), described(events)


@pytest.mark.parametrize("text, language", [
    ("Le ministre a essuyé de vives critiques de l'opposition.", "fr"),
    ("The minister came under fire from opposition lawmakers over the budget.", "en"),
])
def test_criticism_received_is_no_assault(run, text, language):
    events = [e for e in run(text, language) if e.event == "ASSAULT"]
    assert not events, described(events)


@pytest.mark.parametrize("text, language", [
    ("L'ambassadeur a été convoqué au ministère pour recevoir une protestation officielle.", "fr"),
    ("La réforme des retraites avait provoqué des émeutes dans la capitale.", "fr"),
    ("The ambassador was summoned to receive a formal protest.", "en"),
])
def test_only_an_attack_undergone_is_kept_without_its_agent(run, text, language):
    # (a protest received, riots provoked: no protester is named, and the subject is not whom they protest)
    events = [e for e in run(text, language) if e.event == "PROTEST" and not e.actor]
    assert not events, described(events)


@pytest.mark.parametrize("text, actor", [
    ("Le chancelier allemand a exclu toute participation de son pays à une attaque contre l'Irak.", "DEU"),
    ("Le Premier ministre japonais a exclu toute participation du Japon à une intervention en Syrie.", "JPN"),
    ("Le gouvernement canadien a exclu toute participation à la mission de l'OTAN.", "CAN"),
])
def test_ruling_out_taking_part_is_a_rejection(run, text, actor):
    # (as "ruled out sending troops")
    events = [e for e in run(text, "fr") if e.event == "REJECT"]
    assert any(actor in codes(e.actor) for e in events), described(run(text, "fr"))
