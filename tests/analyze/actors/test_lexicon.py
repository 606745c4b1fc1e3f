"""The actor lexicons: names from CLDR/pycountry, generated inflections, data files."""

from __future__ import annotations

from veille import languages
from veille.analyze.actors._lexicon import cameo_country_codes, load_lexicon
from veille.analyze.actors._morphology import Morphology


def _morphology(code: str) -> Morphology:
    return Morphology.from_data(languages.get(code).yaml("actors", "morphology.yaml"))


def test_french_adjectives_are_inflected_by_the_rules_of_the_data():
    inflect_fr = _morphology("fr").adjective
    assert inflect_fr("japonais") == ["japonais", "japonaise", "japonaises"]
    assert inflect_fr("ukrainien") == ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"]
    assert inflect_fr("russe") == ["russe", "russes"]
    assert inflect_fr("américain") == ["américain", "américaine", "américains", "américaines"]
    assert inflect_fr("turc/turque") == ["turc", "turque", "turcs", "turques"]
    assert inflect_fr("sud-coréen")[1] == "sud-coréenne"
    assert inflect_fr("breton") == ["breton", "bretone", "bretons", "bretones"]  # the -ton rule before -on


def test_english_demonym_plurals():
    forms = _morphology("en").adjective
    assert forms("Israeli") == ["Israeli", "Israelis"]
    assert forms("Afghan") == ["Afghan", "Afghans"]
    assert forms("Japanese") == ["Japanese"]


def test_title_plurals_follow_each_language_head_rule():
    fr, en = _morphology("fr"), _morphology("en")
    assert fr.title_plural("ministre de la Défense") == "ministres de la Défense"
    assert fr.title_plural("secrétaire général") == "secrétaires généraux"
    assert fr.title_plural("général") == "généraux"
    assert en.title_plural("secretary of state") == "secretaries of state"
    assert en.title_plural("foreign minister") == "foreign ministers"
    assert en.title_plural("chairman") == "chairmen"
    assert en.title_plural("attorney") == "attorneys"
    assert Morphology().title_plural("minister") is None  # a language without rules makes no plural


def test_display_names_are_in_the_stated_display_language_for_every_lexicon():
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert fr.states["DEU"].name == en.states["DEU"].name == "Germany"
    assert fr.states["XKX"].name == "Kosovo"
    assert fr.states["BIH"].name == "Bosnia and Herzegovina"


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
    assert fr.org_anaphors["l'alliance"] == ("NATO", "CSTO")


def test_cameo_codes():
    codes = cameo_country_codes()
    assert codes["JAP"] == "JPN"
    assert "PSE" not in codes  # already ISO


def test_every_country_name_stands_for_a_known_state():
    """A name of the country-alias file whose territory no state actor stands for (Western Sahara, a place of
    the places stage) is no country actor: the actors stage cannot look up a state it does not have."""
    for lang in ("en", "fr"):
        lexicon = load_lexicon(lang)
        assert set(lexicon.state_names.values()) <= set(lexicon.states)
        assert set(lexicon.region_names.values()) <= set(lexicon.states)
        assert "Western Sahara" not in lexicon.state_names


def test_a_territory_without_a_state_actor_is_read_without_failing(en_actors, fr_actors):
    assert "ESH" not in {a.country for a in en_actors(
        "Morocco rejected on Tuesday a UN plan for a referendum on the future of Western Sahara.").actors}
    found = fr_actors("Le Maroc a rejeté le plan de l'ONU sur le Sahara occidental.").actors
    assert "MAR" in {a.country for a in found}
