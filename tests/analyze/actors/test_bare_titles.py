"""Actors of domestic copy named by a bare title or an institution's common noun (issue 11): « le préfet »,
"the mayor", "the prosecutor" with no holder named stand for the official of the story's own country: a
group of the title's sector and of no country yet (the events stage gives it the article's home country);
a party name several countries share (« le Parti socialiste ») is an organisation of no country of its own,
which the home country fills only where it is plain; one only France has (« l'UMP ») is French. A title
with a named holder or after a person with the same title stays that person's. Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _groups(table):
    return {a.id: [m.text for m in a.mentions] for a in table.actors if a.kind == "group"}


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("fr", "Le préfet a interdit la manifestation prévue samedi.", "group:X:GOV"),
    ("fr", "Dans la soirée, la préfète a reçu les représentants des grévistes.", "group:X:GOV"),
    ("fr", "Le maire a condamné les dégradations commises dans la nuit.", "group:X:GOV"),
    ("fr", "Le procureur a requis deux ans de prison contre l'ancien adjoint.", "group:X:JUD"),
    ("en", "The mayor condemned the looting on Sunday.", "group:X:GOV"),
    ("en", "On Monday the prosecutor charged three men with arson.", "group:X:JUD"),
    ("en", "The district attorney dropped the charges against the officer.", "group:X:JUD"),
    ("en", "The sheriff arrested two teenagers after the fire.", "group:X:COP"),
])
def test_bare_local_title_is_a_group_of_its_sector(fr_actors, en_actors, lang, text, group):
    assert group in _groups((fr_actors if lang == "fr" else en_actors)(text))


@pytest.mark.parametrize(("text", "lang"), [
    ("Le maire Jean Dupont a condamné les dégradations.", "fr"),   # a named holder: the person
    ("Mayor John Smith condemned the looting.", "en"),
    ("Le ministre a démenti ces informations.", "fr"),             # a title that is no local official
    ("The minister denied the report.", "en"),
    ("A mayor from a nearby town attended the meeting.", "en"),     # indefinite: anybody
    ("Les maires de la région ont signé une pétition.", "fr"),      # plural maires is the groups' list
])
def test_named_foreign_or_indefinite_titles_are_no_bare_official(fr_actors, en_actors, text, lang):
    actors = (fr_actors if lang == "fr" else en_actors)(text)
    groups = _groups(actors)
    assert not any(m for gid, ms in groups.items() for m in ms
                   if gid.startswith("group:X:") and m.lower().split()[-1] in {"maire", "mayor", "ministre",
                                                                                 "minister"}
                   and not m.lower().startswith("les")), groups


def test_a_later_bare_title_joins_the_named_holder(en_actors):
    table = en_actors("Mayor John Smith visited the scene. The mayor condemned the looting.")
    assert not any(gid == "group:X:GOV" for gid in _groups(table))
    person = next(a for a in table.actors if a.kind == "person")
    assert len(person.mentions) == 2


@pytest.mark.parametrize(("text", "org"), [
    ("Le Parti socialiste a dénoncé jeudi la réforme des retraites.", "PS"),
    ("Jeudi, le Parti de gauche a appelé à manifester contre le projet.", "PG"),
    ("Le Front national a critiqué la politique d'immigration du gouvernement.", "FN"),
])
def test_shared_party_names_are_organisations_of_no_country_of_their_own(fr_actors, text, org):
    found = {a.id: a for a in fr_actors(text).actors}
    assert org in found, found
    assert found[org].country is None and found[org].sector == ["PTY"]


@pytest.mark.parametrize(("text", "org"), [
    ("L'UMP a rejeté l'amendement déposé par l'opposition.", "UMP"),
    ("Le RPR a appelé ses militants à voter pour le candidat de la droite.", "RPR"),
    ("Le Parti communiste français a condamné la fermeture de l'usine.", "PCF"),
])
def test_parties_only_france_has_are_french(fr_actors, text, org):
    found = {a.id: a for a in fr_actors(text).actors}
    assert found[org].country == "FRA", found


def test_a_foreign_communist_party_is_not_the_french_one(fr_actors):
    assert "PCF" not in {a.id for a in fr_actors("Le Parti communiste chinois a réuni son comité central.").actors}


def _mentions_of(table, sector):
    return [m.text.lower() for a in table.actors if a.kind == "group" and sector in a.sector for m in a.mentions]


@pytest.mark.parametrize("text", [
    "Dock workers walked out on Monday. The union has threatened further action.",
    "Strikers blocked the port for a week. On Friday the union said the stoppage would go on.",
    "Hundreds of miners marched through the town; the union rejected the pay offer.",
])
def test_the_union_after_workers_is_their_labour_group(en_actors, text):
    assert any("union" in m for m in _mentions_of(en_actors(text), "LAB"))


@pytest.mark.parametrize("text", [
    "The union has threatened further action.",                        # nobody's workers named before
    "European ministers met in Brussels. The union agreed on new fishing quotas.",
])
def test_the_union_alone_is_no_labour_group(en_actors, text):
    assert not any("union" in m for m in _mentions_of(en_actors(text), "LAB"))
