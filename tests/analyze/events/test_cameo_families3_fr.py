"""The French side of the classes of test_cameo_families3 (the fifth batch of our own PLOVER sentences): an appeal
launched to a collective no code names (« la communauté internationale », « les bailleurs de fonds ») is a
request; a side « disposé à » talk or reopen expresses that intent (AGREE), as « prêt à » does; wanted people
handed over to another state (« a remis », « a livré ») are judicial cooperation (CAMEO 063), power handed over
is yielding. Sentences written before the rules, at the default output threshold."""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Le Bangladesh a lancé mardi un appel à la communauté internationale pour aider les victimes du cyclone.",
     {"BGD"}),
    ("Le Niger a appelé la communauté internationale à envoyer des vivres avant la soudure.", {"NER"}),
    ("Haïti a lancé un appel aux bailleurs de fonds pour reconstruire ses écoles.", {"HTI"}),
])
def test_an_appeal_to_an_uncoded_collective_is_a_request(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "REQUEST", actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("L'Arménie est disposée à rouvrir sa frontière avec la Turquie.", {"ARM"}),
    ("Le gouvernement soudanais s'est déclaré disposé à négocier avec les rebelles du Darfour.", {"SDN"}),
    ("La Corée du Nord se dit prête à revenir à la table des négociations.", {"PRK"}),
])
def test_a_side_disposed_to_talk_or_reopen_expresses_that_intent(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "AGREE", actor=actor), described(events)


def test_having_means_is_no_intent(fr_default):
    events = fr_default("L'armée malienne dispose de peu de moyens pour sécuriser le nord.")
    assert not has_event(events, "AGREE"), described(events)


@pytest.mark.parametrize("text, pair", [
    ("Le Pakistan a remis mardi à l'Afghanistan un commandant taliban recherché.", ({"PAK"}, {"AFG"})),
    ("La Syrie a livré deux suspects à la Turquie.", ({"SYR"}, {"TUR"})),
    ("Le Kenya a remis les pirates aux Seychelles pour qu'ils y soient jugés.", ({"KEN"}, {"SYC"})),
])
def test_wanted_people_handed_over_is_judicial_cooperation(fr_default, text, pair):
    events = fr_default(text)
    assert has_between(events, "COOPERATE", pair), described(events)


def test_power_handed_over_is_no_judicial_cooperation(fr_default):
    events = fr_default("Le président sortant du Ghana a remis le pouvoir à son successeur.")
    assert not has_event(events, "COOPERATE"), described(events)
