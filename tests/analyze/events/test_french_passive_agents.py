"""French argument structure (issue 11, class 2): a nominal event that is the agent phrase of a passive verb
(« visés par des tirs palestiniens », « touché par une frappe de l'aviation russe ») acts on the passive
verb's subject; the subject of the verb is its recipient, never its source. Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: [e for e in analyze(text, "fr") if e.status == "actual"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Des soldats turcs ont été visés par une frappe de l'aviation syrienne.", "SYR", "TUR"),
    ("Un hélicoptère russe a été touché par des tirs ukrainiens près de Kharkiv.", "UKR", "RUS"),
    ("Les chars israéliens ont franchi la frontière et ont été visés par des tirs de mortiers palestiniens.",
     "PSE", "ISR"),
    ("Un convoi de l'armée malienne a été pris pour cible par une attaque de jihadistes nigériens.", "NER", "MLI"),
])
def test_nominal_agent_of_a_passive_acts_on_the_subject(run, text, source, target):
    event = event_of(run(text), "ASSAULT")
    assert source in codes(event.actor)
    assert target in codes(event.recipient)
    assert target not in codes(event.actor)


def test_active_clause_keeps_its_subject_as_source(run):
    # near-miss: the same noun as the object of an active verb: the subject is the attacker
    event = event_of(run("L'aviation israélienne a mené des frappes contre des positions syriennes."), "ASSAULT")
    assert "ISR" in codes(event.actor)
    assert "ISR" not in codes(event.recipient)
