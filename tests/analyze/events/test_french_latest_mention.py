"""« ce dernier », « celui-ci », « celle-ci » as a subject (issue 11, class 2): the most recently named actor,
not the subject of the previous clause (French uses them precisely to point past that subject). Written
before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: analyze(text, "fr")


@pytest.mark.parametrize(("text", "event", "source"), [
    ("Le président russe a rencontré le chancelier allemand à Moscou. Ce dernier a critiqué la politique "
     "de la Chine.", "ACCUSE", "DEU"),
    ("Le roi du Maroc a reçu le président sénégalais. Celui-ci a dénoncé les frappes israéliennes.",
     "ACCUSE", "SEN"),
    ("Le Premier ministre japonais a téléphoné à la présidente taïwanaise. Cette dernière a condamné les "
     "manœuvres chinoises.", "ACCUSE", "TWN"),
])
def test_latest_mention_subject_is_the_nearest_actor(run, text, event, source):
    found = event_of(run(text), event)
    assert codes(found.actor) == {source}


def test_plain_pronoun_keeps_the_previous_subject(run):
    # near-miss: « il » points back to the subject of the previous clause, not to its object
    found = event_of(run("Le président russe a rencontré le chancelier allemand à Moscou. Il a critiqué la "
                         "politique de la Chine."), "ACCUSE")
    assert codes(found.actor) == {"RUS"}
