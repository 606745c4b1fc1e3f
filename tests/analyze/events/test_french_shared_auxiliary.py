"""A second past participle sharing the first verb's auxiliary and subject (issue 11, French argument structure).

In French compound tenses a second verb coordinated by « et » drops its auxiliary and its subject: « X a condamné
le putsch et exigé le retour du président » is X's demand. The French parser often hangs that participle on the
first verb's object (or on the time word or the complement before « et »), and hangs the participle's own object
on that word too, as an apposition or a second conjunct: the demand then has no subject and no object and is lost.
A verb in a compound tense with « avoir » is never coordinated with a noun, so the participle is the first verb's
conjunct and the determined noun phrase right after it its object. Made-up sentences written before the rule,
varied in verbs, objects, tenses and in what the participle was hung on.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "source", "target"), [
    # the demand's object hung on the condemned act with no preposition (« un coup d'Etat ... le retour »)
    ("Le Nigeria a condamné un coup d'Etat au Niger et exigé le retour du président nigérien.",
     "REQUEST", "NGA", "NER"),
    # the promise's object given to the first verb as a second object (« a présenté ses excuses ... une enquête »)
    ("Israël a présenté ses excuses aux familles des soldats égyptiens et promis une enquête à l'Egypte.",
     "AGREE", "ISR", "EGY"),
    # the participle hung on the day word, its object too (plus the first verb's object in between)
    ("Les rebelles touareg ont reconnu dimanche leur défaite face à l'armée malienne et rendu les armes.",
     "RETREAT", "MLI", ""),
])
def test_a_participle_after_et_shares_the_first_verb_subject(fr_sides, text, event, source, target):
    found = fr_sides(text)
    assert coded_with(found, event, source, {target} - {""}), found


@pytest.mark.parametrize(("text", "event"), [
    # an adjectival participle coordinated with another describes the noun: no second act of the subject
    ("La Serbie a reçu un plan négocié et signé à Genève par les deux voisins.", "AGREE"),
    # a passive participle coordinated with a passive one shares the passive: the subject undergoes both
    ("Deux journalistes français ont été enlevés au Niger et emmenés vers le Mali.", "COERCE"),
])
def test_a_participle_describing_a_noun_makes_no_act_of_the_subject(fr_sides, text, event):
    found = fr_sides(text)
    assert not any(ev == event and "SRB" in src for ev, src, _t in found), found
    assert not any(ev == event and "FRA" in src for ev, src, _t in found), found
