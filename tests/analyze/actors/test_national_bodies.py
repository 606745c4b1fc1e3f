"""A country's own body is not the international organisation whose generic name it shares: "Iran's Supreme
National Security Council", "Russia's Security Council", « le Conseil de sécurité russe » are national
councils, not the UN Security Council. An organisation's name inside a longer organisation name that opens
with other capitalised words names another body; a generic name of an international organisation owned by a
state ("Russia's ...") or qualified by its adjective (« ... russe ») is that state's. The IGO's own acronym or
full name keeps it ("Russia's UN Security Council veto"). Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _ids(table):
    return {a.id for a in table.actors}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran's Supreme National Security Council approved the agreement on Friday."),
    ("en", "The Supreme National Security Council said the talks would resume."),
    ("en", "Russia's Security Council discussed the drone attacks on Monday."),
    ("en", "Armenia's Security Council met after the border clashes."),
    ("fr", "Le Conseil de sécurité russe s'est réuni lundi après les attaques de drones."),
    ("fr", "Le Conseil de sécurité arménien a examiné la situation à la frontière."),
])
def test_a_national_council_is_not_the_un_security_council(fr_actors, en_actors, lang, text):
    assert "UNSC" not in _ids((fr_actors if lang == "fr" else en_actors)(text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Security Council condemned the attack on Friday."),
    ("en", "The UN Security Council imposed an arms embargo on the junta."),
    ("en", "Russia's UN Security Council veto angered Washington."),
    ("en", "Diplomats said the Security Council would vote on Monday."),
    ("fr", "Le Conseil de sécurité de l'ONU a condamné l'attaque."),
    ("fr", "Le Conseil de sécurité a adopté une résolution à l'unanimité."),
])
def test_the_un_security_council_is_still_found(fr_actors, en_actors, lang, text):
    assert "UNSC" in _ids((fr_actors if lang == "fr" else en_actors)(text))
