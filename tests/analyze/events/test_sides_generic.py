"""Generic side classes (issue 11): the sides of an event that a whole class of wordings gets wrong, each with
made-up sentences written before the rule.

- A welcome or a criticism whose object appraises an act without naming it (« a salué un pas important »,
  « une étape décisive », "welcomed an important step", "praised a historic breakthrough") is addressed to
  whom did the last act of another side told before, as a definite "the decision" is: the appraisal noun
  names no side of its own, and with no earlier act of another side the event keeps no recipient.
- A promise made in exchange (« en échange », « en contrepartie », "in return", "in exchange") is made to the
  other side of the last act its author took part in: the bargain's partner, whom the clause does not name.
"""

from __future__ import annotations

import pytest
from events_helpers import typed_sides

pytestmark = pytest.mark.model

APPRAISED = [
    ("fr", "Le Soudan a retiré lundi ses troupes de la zone d'Abyei. Le secrétaire général de l'ONU a salué un "
           "pas important vers la paix.", "UN", {"SDN"}),
    ("fr", "Le Maroc et l'Algérie ont signé lundi un accord sur leur frontière. Les Etats-Unis ont salué « une "
           "étape décisive ».", "USA", {"MAR", "DZA"}),
    ("fr", "La Serbie a arrêté jeudi un ancien général recherché par la justice internationale. La Commission "
           "européenne a salué un succès majeur.", "EU", {"SRB"}),
    ("en", "Sudan withdrew its troops from Abyei on Monday. The United Nations welcomed an important step toward "
           "peace.", "UN", {"SDN"}),
    ("en", "Morocco and Algeria signed an agreement on their border on Monday. The United States praised a "
           "historic breakthrough.", "USA", {"MAR", "DZA"}),
    ("en", "Serbia arrested a former general on Thursday. Germany welcomed a significant step forward.", "DEU",
     {"SRB"}),
]


@pytest.mark.parametrize(("lang", "text", "welcomer", "doers"), APPRAISED)
def test_a_welcome_appraising_an_act_is_addressed_to_its_doer(run, lang, text, welcomer, doers):
    found = typed_sides(run(text, lang))
    assert any(ev == "SUPPORT" and welcomer in src and doers <= tgt for ev, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text", "welcomer"), [
    ("fr", "La Belgique a salué mardi un pas important vers la paix.", "BEL"),
    ("en", "Canada welcomed an important step toward peace on Tuesday.", "CAN"),
    # the last act is the welcomer's own: no recipient borrowed from it
    ("en", "Japan signed a trade agreement on Monday. Tokyo welcomed a historic step.", "JPN"),
])
def test_an_appraisal_with_no_earlier_act_of_another_side_has_no_recipient(run, lang, text, welcomer):
    found = typed_sides(run(text, lang))
    welcomes = [(src, tgt) for ev, src, tgt in found if ev == "SUPPORT" and welcomer in src]
    assert welcomes, found
    assert all(not tgt for _src, tgt in welcomes), found


BARGAINS = [
    ("fr", "Le FMI a accordé lundi un prêt de 5 milliards de dollars au Ghana. En échange, Accra s'est engagé à "
           "réduire ses dépenses.", "GHA", "IMF"),
    ("fr", "L'Union européenne a débloqué mardi une aide de 2 milliards d'euros pour la Grèce. En contrepartie, "
           "Athènes a promis de privatiser ses ports.", "GRC", "EU"),
    ("en", "The World Bank approved a 3 billion dollar loan to Egypt on Monday. In return, Cairo pledged to cut "
           "fuel subsidies.", "EGY", "WB"),
    ("en", "Russia granted Belarus a 2 billion dollar credit on Friday. Minsk promised in exchange to sell its "
           "pipelines.", "BLR", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "promiser", "partner"), BARGAINS)
def test_a_promise_in_exchange_is_made_to_the_partner_of_the_bargain(run, lang, text, promiser, partner):
    found = typed_sides(run(text, lang))
    assert any(ev == "AGREE" and promiser in src and partner in tgt for ev, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text", "promiser"), [
    # no word of a bargain: the promise stays addressed to nobody
    ("fr", "Le FMI a accordé lundi un prêt de 5 milliards de dollars au Ghana. Accra s'est engagé mardi à réduire "
           "ses dépenses.", "GHA"),
    ("en", "The World Bank approved a loan to Egypt on Monday. Cairo separately pledged to cut fuel subsidies.",
     "EGY"),
])
def test_a_promise_with_no_word_of_a_bargain_names_no_partner(run, lang, text, promiser):
    found = typed_sides(run(text, lang))
    promises = [tgt for ev, src, tgt in found if ev == "AGREE" and promiser in src]
    assert promises, found
    assert all(not tgt for tgt in promises), found
