"""The French classes of the sixth batch of our own PLOVER sentences (tests/gold/plover_own_fr.jsonl, a new
writer's styles; gold before the first run): a first-person subject inside a direct quote (« Nous demandons à
Kigali... », a déclaré le ministre) is the speaker the quotes stage found for it; soldiers or troops who leave
(« ont quitté ») a territory withdraw from it (CAMEO 0872, RETREAT, as "left" in English); an amount one commits
to (« s'est engagé jeudi à verser », the parser making the complement an adverbial clause after the day word) is
a promise (AGREE), not aid given. Guards written with them: an event noun that is the subject of a passive verb of
the lexicon (« une enquête a été ouverte par ») is the agent's (already coded before these rules). Two quotes
written for the rule name no addressee (« Nous exigeons la libération de nos ressortissants ») and stay unoutput,
as their unquoted twins do. Sentences written before the rules, at the default output threshold."""

from __future__ import annotations

import pytest
from events_helpers import described, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event_type, actor", [
    ("Une enquête a été ouverte mardi par le parquet de Nairobi sur la vente de terres publiques.", "ACCUSE",
     {"KEN"}),
    ("Un couvre-feu a été décrété samedi par l'armée égyptienne dans la ville de Suez.", "COERCE", {"EGY"}),
])
def test_a_passive_event_noun_is_the_agents(fr_default, text, event_type, actor):
    events = fr_default(text)
    assert has_event(events, event_type, actor=actor), described(events)


@pytest.mark.parametrize("text, event_type, actor", [
    ("« Nous demandons à Khartoum de retirer ses troupes d'Abyei », a déclaré mardi le ministre sud-soudanais de "
     "l'information.", "REQUEST", {"SSD"}),
])
def test_a_first_person_quote_is_the_act_of_the_speaker_named_after_it(fr_default, text, event_type, actor):
    events = fr_default(text)
    assert has_event(events, event_type, actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Les derniers soldats américains ont quitté l'Irak dimanche.", {"USA"}),
    ("Les troupes russes ont quitté la ville géorgienne de Gori mercredi.", {"RUS"}),
    ("Le contingent français a quitté le Tchad le 30 juin.", {"FRA"}),
])
def test_soldiers_who_leave_a_territory_withdraw(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "RETREAT", actor=actor), described(events)


def test_a_minister_who_leaves_a_capital_withdraws_nothing(fr_default):
    events = fr_default("Le ministre français a quitté Alger mardi soir après deux jours d'entretiens.")
    assert not has_event(events, "RETREAT"), described(events)


@pytest.mark.parametrize("text", [
    "Le Japon s'est engagé jeudi à verser 300 millions de dollars au Pakistan.",
    "L'Union européenne s'est engagée à fournir une aide de 50 millions d'euros au Niger.",
    "La Chine s'engage à livrer des vivres à la Corée du Nord.",
])
def test_an_amount_committed_is_a_promise_not_aid_given(fr_default, text):
    events = fr_default(text)
    assert has_event(events, "AGREE"), described(events)
    assert not has_event(events, "AID"), described(events)
