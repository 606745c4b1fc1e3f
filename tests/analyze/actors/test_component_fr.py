"""French actors on the real model: states, capitals, organisations, people, groups, later mentions."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_id(table):
    return {a.id: a for a in table.actors}


def _texts(actor):
    return [m.text for m in actor.mentions]


def test_capital_as_government_metonym_but_not_as_place(fr_actors):
    table = fr_actors("Pékin revendique l'île. La délégation est arrivée à Moscou.")
    actors = _by_id(table)
    china = actors["group:CHN:GOV"]
    assert china.kind == "group" and china.country == "CHN" and china.sector == ["GOV"]
    assert _texts(china) == ["Pékin"]
    assert "group:RUS:GOV" not in actors  # "à Moscou" is a place


def test_state_names_adjectives_and_demonyms(fr_actors):
    table = fr_actors("Les Japonais ont accueilli une délégation japonaise venue de Corée du Sud et du Japon.")
    actors = _by_id(table)
    assert actors["JPN"].kind == "country" and actors["JPN"].sector == []
    assert set(_texts(actors["JPN"])) == {"Japonais", "japonaise", "Japon"}
    assert _texts(actors["KOR"]) == ["Corée du Sud"]


def test_title_with_national_adjective_and_portfolio(fr_actors):
    table = fr_actors("Le ministre italien de la Défense, le général Crosetto, a appelé les ministres de l'OTAN.")
    actors = _by_id(table)
    nakatani = actors["person:crosetto"]
    assert nakatani.country == "ITA"
    assert nakatani.role == "ministre de la Défense"  # the written title wins over the rank "général"
    assert set(nakatani.sector) == {"GOV", "MIL"}
    assert nakatani.mentions[0].text.startswith("Le ministre italien")
    assert actors["NATO"].igo and actors["NATO"].kind == "organization"


def test_title_with_organisation_and_later_mentions(fr_actors):
    text = ("« Nous sommes prêts », a déclaré le secrétaire général de l'OTAN, Jens Stoltenberg. "
            "Stoltenberg a ajouté qu'il restait confiant. L'alliance se réunira demain.")
    actors = _by_id(fr_actors(text))
    rutte = actors["person:jens-stoltenberg"]
    assert rutte.country == "NATO" and rutte.role == "secrétaire général de l'OTAN"
    assert rutte.affiliation == "OTAN"
    assert _texts(rutte)[1:] == ["Stoltenberg", "il"]
    assert "L'alliance" in _texts(actors["NATO"])


def test_alliance_alone_is_not_nato(fr_actors):
    actors = _by_id(fr_actors("L'alliance entre les deux partis a été rompue."))
    assert "NATO" not in actors


def test_title_before_name_and_definite_title_later(fr_actors):
    text = "Le président ukrainien Volodymyr Zelensky a rencontré des élus. Le président a remercié le Japon."
    actors = _by_id(fr_actors(text))
    zelensky = actors["person:volodymyr-zelensky"]
    assert zelensky.country == "UKR" and zelensky.role == "président" and zelensky.sector == ["GOV"]
    assert _texts(zelensky) == ["Le président ukrainien Volodymyr Zelensky", "Le président"]


def test_bare_rank_is_the_role_without_a_written_title(fr_actors):
    actors = _by_id(fr_actors("Le général Valeri Guerassimov a inspecté les troupes russes."))
    general = actors["person:valeri-guerassimov"]
    assert general.role == "général" and general.sector == ["MIL"]
    assert actors["group:RUS:MIL"].sector == ["MIL"]


def test_groups_without_a_name(fr_actors):
    text = "L'armée russe a bombardé la ville. Les rebelles houthis ont tiré des missiles. Des manifestants ont défilé."
    actors = _by_id(fr_actors(text))
    assert _texts(actors["group:RUS:MIL"]) == ["armée russe"]
    houthis = actors["group:YEM:REB"]
    assert houthis.kind == "group" and houthis.country == "YEM" and houthis.sector == ["REB"]
    assert actors["group:X:CVL"].country is None


def test_organisations_by_english_acronym(fr_actors):
    text = ("L'Union européenne, l'ONU et l'AIEA ont salué l'accord du Groupe des Sept, "
            "tandis que la Croix-Rouge distribuait de l'aide.")
    actors = _by_id(fr_actors(text))
    for code in ("EU", "UN", "IAEA", "G7"):
        assert actors[code].igo and actors[code].country == code
    assert actors["ICRC"].country == "NGO" and not actors["ICRC"].igo


def test_a_surname_that_names_a_country_is_the_person_named_in_full(fr_actors):
    actors = _by_id(fr_actors("Le président François Hollande a reçu Angela Merkel. Hollande a salué l'accord."))
    assert [m.text for m in actors["person:francois-hollande"].mentions][-1] == "Hollande"
    assert "NLD" not in actors


def test_the_group_of_eight_is_an_organisation(fr_actors):
    actors = _by_id(fr_actors("Belgrade affirmait hier accepter les principes généraux du G8 pour le Kosovo."))
    assert actors["G8"].igo and actors["G8"].country == "G8"


def test_named_group_spokesperson_with_ministry(fr_actors):
    text = ("Le porte-parole du ministère chinois des Affaires étrangères, Lin Jian, "
            "a déclaré que Pékin ne céderait pas.")
    actors = _by_id(fr_actors(text))
    lin = actors["person:lin-jian"]
    assert lin.country == "CHN" and lin.role.startswith("porte-parole")
    assert "group:CHN:GOV" in actors


def test_counterpart_and_name_after_national_adjective(fr_actors):
    actors = _by_id(fr_actors("Antony Blinken a rencontré son homologue chinois Wang Yi."))
    wang = actors["person:wang-yi"]
    assert wang.country == "CHN" and wang.sector == ["GOV"]


def test_capital_inside_a_longer_name_is_not_a_government(fr_actors):
    actors = _by_id(fr_actors("Le Paris Saint-Germain a battu Lyon. Paris a protesté auprès de Moscou."))
    assert [m.text for m in actors["group:FRA:GOV"].mentions] == ["Paris"]
    assert actors["group:FRA:GOV"].mentions[0].start > 30
    assert "group:RUS:GOV" in actors


def test_definite_national_title_joins_the_only_person_of_that_country(fr_actors):
    text = "Tony Blair a reçu les syndicats. Le Premier ministre britannique a défendu sa réforme."
    actors = _by_id(fr_actors(text))
    blair = actors["person:tony-blair"]
    assert blair.country == "GBR" and blair.role == "Premier ministre"
    assert "Le Premier ministre britannique" in _texts(blair)
    assert "group:GBR:GOV" not in actors


@pytest.mark.parametrize("text", ["Les troupes gouvernementales ont pilonné la ville.",
                                  "Les forces loyalistes ont repris le contrôle du port."])
def test_government_troops_are_a_military_group(fr_actors, text):
    actors = fr_actors(text).actors
    assert [a.sector for a in actors] == [["MIL"]]


def test_acronyms_written_as_words(fr_actors):
    actors = _by_id(fr_actors("La Cedeao a menacé le Niger, et l'Otan a répondu à la Russie."))
    assert _texts(actors["ECOWAS"]) == ["Cedeao"] and _texts(actors["NATO"]) == ["Otan"]
