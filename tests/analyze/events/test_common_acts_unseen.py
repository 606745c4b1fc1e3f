"""Common acts of international news missed on sentences never seen (issue 11): each class with made-up
sentences written before its entries.

- Airspace or territorial waters violated: PETRARCH2 codes "VIOLATE - * AIRSPACE" [150] (a show of military
  force, PLOVER MOBILIZE); its rows are never read because "violate" is a cancelling verb (what it governs is not
  done: "violated the truce by shelling"), so the hand lexicons name the object; « violer l'espace aérien ».
- Sanctions or pressure shrugged, brushed or waved off: PETRARCH2 "SHRUG - * (OFF SANCTIONS)" [128] (REJECT),
  which the hand sense of the phrasal verbs (proposals, charges dismissed) hid.
- Ships, boats or aircraft seized (« saisir un bateau ») are seized (COERCE seize), as "seized a fishing boat".
"""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "lang", "event", "sides"), [
    ("Russian fighter jets violated Estonian airspace on Friday.", "en", "MOBILIZE", ({"RUS"}, {"EST"})),
    ("Turkey said Greek warplanes had violated Turkish airspace over the Aegean.", "en", "MOBILIZE",
     ({"GRC"}, {"TUR"})),
    ("Belarusian military helicopters breached Polish airspace near the border.", "en", "MOBILIZE", ({"BLR"}, {"POL"})),
    ("Chinese coast guard vessels violated Japan's territorial waters near the islands.", "en", "MOBILIZE",
     ({"CHN"}, {"JPN"})),
    # (the French tagger often reads « violé » after a plural subject as an adverb: the parse, not the entry)
    ("La Russie a violé l'espace aérien de la Lituanie.", "fr", "MOBILIZE", ({"RUS"}, {"LTU"})),
    ("Pyongyang brushed off the latest United Nations sanctions.", "en", "REJECT", ({"PRK"}, set())),
    ("Moscow shrugged off Western sanctions over the war.", "en", "REJECT", ({"RUS"}, set())),
    ("La marine iranienne a saisi un pétrolier grec dans le golfe.", "fr", "COERCE", ({"IRN"}, {"GRC"})),
    ("Les garde-côtes argentins ont saisi un chalutier chinois.", "fr", "COERCE", ({"ARG"}, {"CHN"})),
])
def test_common_acts_are_read(run, text, lang, event, sides):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, lang) if e.event == event]
    assert any(a >= sides[0] and r >= sides[1] for a, r in found), found


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("The rebels violated the truce by shelling the town.", "en", "MOBILIZE"),  # the cancelling sense stays
    ("The striker violated the rules of the game.", "en", "MOBILIZE"),
    ("Les rebelles ont violé la trêve en bombardant la ville.", "fr", "MOBILIZE"),
    ("The boy shrugged off the cold and went out.", "en", "REJECT"),
    ("Le juge a saisi le dossier.", "fr", "COERCE"),
])
def test_other_senses_stay(run, text, lang, event):
    assert not [e for e in run(text, lang) if e.event == event]
