"""Trigger families read on real French copy with no trigger (issue 11), written from CAMEO and PLOVER before the
entries, with made-up sentences of varied wording:

- a concession refused: a yielding verb negated (« ne cédera pas », « ne reculera pas », « ne pliera pas »: CAMEO
  124, decline to yield, PLOVER REJECT); a refusal negated refuses nothing and a yielding verb affirmed concedes;
- talks or contacts broken off (« la rupture des négociations », CAMEO 164 halt negotiations, PLOVER SANCTION);
- a meeting told by the noun « contact » between two named sides (CONSULT), not any contact;
- English: barring a side from a place or a body (SANCTION), already coded: kept as a regression test.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with, typed_sides

pytestmark = pytest.mark.model


FRENCH = [
    # REJECT: a yielding verb negated
    ("Le gouvernement iranien ne cédera pas aux pressions des États-Unis.", "REJECT", "IRN", set()),
    ("Le président turc a assuré qu'Ankara ne céderait jamais au chantage de l'Union européenne.", "REJECT", "TUR",
     set()),
    ("La Russie ne reculera pas devant les menaces de l'Otan, a averti le Kremlin.", "REJECT", "RUS", set()),
    ("Le Venezuela ne pliera pas devant les sanctions américaines.", "REJECT", "VEN", set()),
    ("Le régime syrien n'a pas cédé aux demandes de l'opposition.", "REJECT", "SYR", set()),
    ("Pékin refuse de plier devant les exigences de Washington.", "REJECT", "CHN", {"USA"}),
    # SANCTION: talks or contacts broken off
    ("Israël a annoncé la rupture des négociations avec le Hamas.", "SANCTION", "ISR", {"PSE"}),
    ("Le Maroc a annoncé la rupture des contacts avec l'Algérie.", "SANCTION", "MAR", {"DZA"}),
    ("La Colombie a décidé la rupture du dialogue avec les FARC.", "SANCTION", "COL", set()),
    ("Le Hamas a rompu les pourparlers avec le Fatah.", "SANCTION", "", set()),
    ("L'Inde a suspendu le dialogue avec le Pakistan.", "SANCTION", "IND", {"PAK"}),
    # CONSULT: a contact between two named sides
    ("Un premier contact entre Washington et Téhéran a eu lieu à Genève.", "CONSULT", "USA", set()),
    ("Le contact entre les diplomates russes et ukrainiens a duré deux heures.", "CONSULT", "RUS", set()),
    ("Les contacts entre Séoul et Pyongyang ont repris mardi.", "CONSULT", "KOR", set()),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), FRENCH)
def test_french_refusals_breaks_and_contacts_are_coded(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), [
    # a refusal negated refuses nothing; a yielding verb affirmed concedes, it refuses nothing
    ("La Corée du Nord n'a pas rejeté l'offre de la Corée du Sud.", "REJECT"),
    ("Le gouvernement grec a cédé aux exigences des créanciers européens.", "REJECT"),
    ("L'armée syrienne a reculé devant l'offensive des rebelles.", "REJECT"),
    ("Le chômage ne reculera pas en France cette année.", "REJECT"),
    ("Le chômage a reculé en France cette année.", "CONCEDE"),
    # a contact lens, a contact lost, a call to a contact: no meeting
    ("Les pilotes ont perdu le contact avec la tour de contrôle de Moscou.", "CONSULT"),
    ("Le ministre français est entré en contact avec la presse allemande.", "SANCTION"),
    ("La rupture de la digue a inondé plusieurs villages au Pakistan.", "SANCTION"),
])
def test_french_near_misses_make_no_such_event(fr_sides, text, event):
    found = fr_sides(text)
    assert not coded_with(found, event, "", set()), found


@pytest.fixture(scope="module")
def en_sides(en_events):
    return lambda text: typed_sides(en_events(text, "en"))


@pytest.mark.parametrize(("text", "event", "source", "targets"), [
    ("Israel barred Palestinian officials from entering Jerusalem.", "SANCTION", "ISR", {"PSE"}),
    ("Russia has barred British diplomats from the talks.", "SANCTION", "RUS", {"GBR"}),
    ("The European Union barred Belarus from its airspace on Monday.", "SANCTION", "", {"BLR"}),
])
def test_english_bars_are_coded(en_sides, text, event, source, targets):
    found = en_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), [
    ("The bar was closed after the storm in London.", "SANCTION"),
])
def test_english_near_misses_make_no_such_event(en_sides, text, event):
    found = en_sides(text)
    assert not coded_with(found, event, "", set()), found
