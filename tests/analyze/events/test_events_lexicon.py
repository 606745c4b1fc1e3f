"""The ontology and lexicon files load, and everything in them is consistent."""

from __future__ import annotations

import pytest

from veille.analyze.events import load_lexicon, load_ontology
from veille.analyze.events._lexicon import NO_EVENT

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_ontology_has_the_sixteen_types_with_cameo_roots():
    onto = load_ontology()
    assert set(onto.types) == PLOVER
    assert onto.cameo("CONSULT", None) == "04"
    assert onto.cameo("ASSAULT", "explosives") == "18"
    assert onto.types["AID"].intent_as == "AGREE"
    assert "military" in onto.contexts


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_type_has_triggers_and_valid_modes(language):
    onto = load_ontology()
    lex = load_lexicon(language)
    covered = set()
    for table in (lex.verbs, lex.adjectives, lex.nouns, lex.phrases):
        for senses in table.values():
            for sense in senses:
                covered.add(sense.event)
                if sense.mode is not None:
                    assert sense.mode in onto.types[sense.event].modes, (sense.event, sense.mode)
                for ctx in sense.context:
                    assert ctx in onto.contexts
    assert covered - {NO_EVENT} == PLOVER
    for ctx in lex.context_cues.values():
        assert ctx in onto.contexts


def test_multiword_triggers_and_conditions_are_read():
    fr = load_lexicon("fr")
    assert ("exercice", "militaire") in fr.phrases
    assert fr.verbs["entretenir"][-1].reflexive
    assert any("à" in sense.with_inf and sense.event == "REQUEST" for sense in fr.verbs["appeler"])
    assert fr.verbs["appeler"][0].event == "PROTEST" and fr.verbs["appeler"][0].under_depth == 2  # « à la grève »
    en = load_lexicon("en")
    assert en.verbs["call"][0].with_ == frozenset({"off"})
    assert en.verbs["threaten"][0].controls
