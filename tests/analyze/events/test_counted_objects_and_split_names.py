"""A counted measure names what it counts for a sense's object condition (« saisi deux tonnes de cannabis »:
a seizure of drugs), and a place name the tokenizer split on its hyphen (« Tel - Aviv ») is no object of an
intransitive sense (« ont manifesté à Tel-Aviv »). Sentences written before the rules."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event"), [
    ("Les douaniers français ont saisi deux tonnes de cannabis au port de Marseille.", "COERCE"),
    ("Des milliers d'Israéliens ont manifesté à Tel-Aviv contre la réforme judiciaire.", "PROTEST"),
    ("Des centaines de Palestiniens ont manifesté à Naplouse-Est contre la colonisation.", "PROTEST"),
])
def test_counted_objects_and_hyphenated_places(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


def test_a_counted_measure_of_something_else_is_no_seizure(fr_actual_types):
    assert "COERCE" not in fr_actual_types("Le comité a saisi trois dossiers de la commission.")
