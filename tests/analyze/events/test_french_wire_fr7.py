"""French wire copy, seventh round (issue 11): classes of misses found on a fresh batch of own articles
(tests/gold/realnews_own_fr.jsonl, batch ``fr-z``), each with made-up sentences written before the rule: an
organisation's name written with its inner capitals unaccented, as wire copy writes them (« l'Organisation des
Etats américains », « la Ligue des Etats arabes »), is that organisation, not the United States or a state;
countries named together as the subject of a promise each pledge (« le Nigeria et le Niger ont promis
d'envoyer des troupes »), they make no deal with each other; a quoted blame word (« a jugé « disproportionnée »
la riposte ») keeps the deed judged as the verb's object."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "source", "targets"), [
    ("L'Organisation des Etats américains a condamné le coup d'Etat au Honduras.", "ACCUSE", "OAS", set()),
    ("La Ligue des Etats arabes a suspendu la Syrie.", "SANCTION", "ARABLEAGUE", {"SYR"}),
    ("La Communauté économique des Etats de l'Afrique de l'Ouest a imposé des sanctions au Mali.", "SANCTION",
     "ECOWAS", {"MLI"}),
])
def test_unaccented_inner_capitals_name_the_organisation(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event", "source"), [
    ("L'Organisation des Etats américains a condamné le coup d'Etat au Honduras.", "ACCUSE", "USA"),
    ("La Ligue des Etats arabes a suspendu la Syrie.", "SANCTION", "USA"),
])
def test_unaccented_organisation_names_are_no_country(fr_sides, text, event, source):
    found = fr_sides(text)
    assert not coded_with(found, event, source, set()), found


@pytest.mark.parametrize(("text", "source", "partner"), [
    ("Le Nigeria, le Niger et le Burkina Faso ont promis d'envoyer des soldats au Mali.", "NER", "BFA"),
    ("Le Japon et la Corée du Sud ont promis une aide d'urgence aux Philippines.", "JPN", "KOR"),
    ("La France et l'Allemagne se sont engagées à financer la reconstruction du pays.", "FRA", "DEU"),
])
def test_a_promise_by_several_countries_is_no_deal_between_them(fr_sides, text, source, partner):
    found = fr_sides(text)
    assert any(ev == "AGREE" for ev, _src, _tgt in found), found
    assert not any(ev == "AGREE" and partner in tgt for ev, _src, tgt in found), found


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("L'Union européenne a jugé « disproportionnée » la riposte israélienne.", "EU", {"ISR"}),
    ("Le Quai d'Orsay a jugé « inacceptable » la condamnation de l'opposant russe.", "FRA", {"RUS"}),
    ("La Chine a jugé « irresponsable » la visite du Premier ministre japonais.", "CHN", {"JPN"}),
])
def test_a_quoted_blame_word_keeps_the_judged_deed_as_the_object(fr_sides, text, source, targets):
    found = fr_sides(text)
    assert coded_with(found, "ACCUSE", source, targets), found


def test_a_quoted_word_of_praise_blames_nobody(fr_sides):
    found = fr_sides("Le ministre allemand a jugé « positive » la rencontre avec la Chine.")
    assert not coded_with(found, "ACCUSE", "", set()), found
