"""« se dépêcher » is to hurry, not to send help (written before the sense condition)."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    return event_runner({"fr": fr_nlp})


def test_se_depecher_is_no_aid(run):
    events = run("Des gendarmes maliens se sont dépêchés vers la place centrale de Bamako.", "fr")
    assert not any(e.event == "AID" for e in events)


def test_depecher_de_l_aide_is_aid(run):
    events = run("La France a dépêché de l'aide humanitaire au Mali.", "fr")
    assert any(e.event == "AID" for e in events)
