"""The actor lexicons: names from CLDR/pycountry, generated inflections, data files."""

from __future__ import annotations

from veille.analyze.actors._lexicon import cameo_country_codes, en_demonym_plurals, inflect_fr, load_lexicon


def test_french_adjectives_are_inflected_by_rule():
    assert inflect_fr("japonais") == ["japonais", "japonaise", "japonaises"]
    assert inflect_fr("ukrainien") == ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"]
    assert inflect_fr("russe") == ["russe", "russes"]
    assert inflect_fr("américain") == ["américain", "américaine", "américains", "américaines"]
    assert inflect_fr("turc/turque") == ["turc", "turque", "turcs", "turques"]
    assert inflect_fr("sud-coréen")[1] == "sud-coréenne"


def test_english_demonym_plurals():
    assert en_demonym_plurals("Israeli") == ["Israelis"]
    assert en_demonym_plurals("Afghan") == ["Afghans"]
    assert en_demonym_plurals("Japanese") == []


def test_every_un_member_observer_taiwan_and_kosovo_is_a_state():
    for lang in ("fr", "en"):
        lex = load_lexicon(lang)
        assert len(lex.states) == 197  # 193 members, 2 observers, Taiwan, Kosovo
        assert {"TWN", "XKX", "PSE", "VAT"} <= set(lex.states)


def test_state_names_come_from_cldr_and_aliases():
    fr = load_lexicon("fr")
    en = load_lexicon("en")
    assert fr.state_names["Japon"] == "JPN"
    assert fr.state_names["Corée du Sud"] == "KOR"
    assert fr.state_names["Nouvelle-Zélande"] == "NZL"
    assert fr.state_names["Taïwan"] == "TWN"
    assert en.state_names["Japan"] == "JPN"
    assert en.state_names["Myanmar"] == "MMR" and en.state_names["Burma"] == "MMR"
    assert en.state_names["Britain"] == "GBR"
    assert en.state_names["Turkey"] == "TUR"
    assert fr.adjectives["japonaises"] == "JPN"
    assert en.adjectives["Japanese"] == "JPN"
    assert en.adjectives["Israelis"] == "ISR"


def test_capitals_and_seats_of_government():
    fr = load_lexicon("fr")
    assert fr.capitals["Pékin"] == ("CHN", "GOV")
    assert fr.capitals["Kiev"][0] == fr.capitals["Kyiv"][0] == "UKR"
    assert fr.capitals["Moscou"][0] == "RUS"
    en = load_lexicon("en")
    assert en.capitals["Washington"][0] == "USA"
    assert "Mexico" not in en.capitals  # a state's own name stays the state


def test_organisations():
    fr = load_lexicon("fr")
    assert fr.org_names["OTAN"] == "NATO"
    assert fr.org_names["Groupe des Sept"] == "G7"
    assert fr.orgs["NATO"].igo and fr.orgs["NATO"].country == "NATO"
    assert fr.orgs["ICRC"].country == "NGO" and not fr.orgs["ICRC"].igo
    assert fr.org_anaphors["l'alliance"] == "NATO"


def test_cameo_codes():
    codes = cameo_country_codes()
    assert codes["JAP"] == "JPN"
    assert "PSE" not in codes  # already ISO
