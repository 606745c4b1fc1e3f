"""The component on hand-built Docs (no statistical model): each rule in isolation."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from veille.analyze.actors import ActorsComponent
from veille.ids import slug


@pytest.fixture(scope="module")
def fr():
    nlp = spacy.blank("fr")
    return nlp, ActorsComponent(nlp)


@pytest.fixture(scope="module")
def en():
    nlp = spacy.blank("en")
    return nlp, ActorsComponent(nlp)


def _doc(nlp, words, pos, heads, deps, ents=(), spaces=None):
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_slug():
    assert slug("Volodymyr Zelensky") == "volodymyr-zelensky"
    assert slug("Sébastien Lecornu") == "sebastien-lecornu"
    assert slug("F.W. de Klerk") == "f-w-de-klerk"


def test_capital_subject_is_a_government_and_locative_capital_is_not(fr):
    nlp, comp = fr
    doc = _doc(nlp, ["Pékin", "revendique", "Taïwan", "depuis", "Pékin", "."],
               ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
               [1, 1, 1, 4, 1, 1], ["nsubj", "ROOT", "obj", "case", "obl", "punct"])
    table = comp(doc)._.veille_actors
    gov = table.by_id("group:CHN:GOV")
    assert [m.text for m in gov.mentions] == ["Pékin"]
    assert gov.mentions[0].start == 0
    assert table.by_id("TWN").kind == "country"


def test_title_then_rank_then_name(fr):
    nlp, comp = fr
    words = ["Le", "ministre", "japonais", "de", "la", "Défense", ",", "le", "général", "Nakatani", ",", "a", "parlé",
             "."]
    pos = ["DET", "NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"]
    heads = [1, 12, 1, 5, 5, 1, 1, 8, 1, 8, 12, 12, 12, 12]
    deps = ["det", "nsubj", "amod", "case", "det", "nmod", "punct", "det", "appos", "flat:name", "punct", "aux",
            "ROOT", "punct"]
    table = comp(_doc(nlp, words, pos, heads, deps, ents=[(9, 10, "PER")]))._.veille_actors
    person = table.by_id("person:nakatani")
    assert person.role == "ministre de la Défense" and person.country == "JPN"
    assert set(person.sector) == {"GOV", "MIL"}
    assert table.by_id("JPN") is None  # "japonais" belongs to the title


def test_group_noun_with_adjective_and_possessive(en):
    nlp, comp = en
    words = ["Russia", "'s", "army", "and", "Israeli", "troops", "fought", "."]
    pos = ["PROPN", "PART", "NOUN", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"]
    heads = [2, 0, 6, 2, 5, 2, 6, 6]
    deps = ["poss", "case", "nsubj", "cc", "amod", "conj", "ROOT", "punct"]
    spaces = [False, True, True, True, True, True, False, False]
    table = comp(_doc(nlp, words, pos, heads, deps, spaces=spaces))._.veille_actors
    assert [m.text for m in table.by_id("group:RUS:MIL").mentions] == ["Russia's army"]
    assert [m.text for m in table.by_id("group:ISR:MIL").mentions] == ["Israeli troops"]


def test_pronoun_resolves_only_when_one_person_is_in_reach(en):
    nlp, comp = en
    words = ["President", "Obama", "met", "Putin", ".", "He", "left", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    heads = [1, 2, 2, 2, 2, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"]
    doc = _doc(nlp, words, pos, heads, deps, ents=[(1, 2, "PERSON"), (3, 4, "PERSON")])
    table = comp(doc)._.veille_actors
    obama = table.by_id("person:obama")
    assert obama.role == "President" and obama.country == "USA"  # known person, no national title
    assert all(m.text != "He" for a in table.actors for m in a.mentions)  # two people: ambiguous


def test_actor_table_lookup_by_offsets(en):
    nlp, comp = en
    doc = _doc(nlp, ["NATO", "warned", "Moscow", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
               [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    table = comp(doc)._.veille_actors
    assert [a.id for a in table.at(0, 4)] == ["NATO"]
    assert [a.id for a in table.at(12, 18)] == ["group:RUS:GOV"]
    ref = table.ref(table.by_id("NATO"))
    assert ref.code == "NATO" and ref.actor_id == "NATO"


def test_best_at_prefers_exact_then_longest_overlap(en):
    nlp, comp = en
    words = ["Japanese", "Prime", "Minister", "Taro", "Yamada", "met", "Putin", "."]
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    heads = [2, 2, 4, 4, 5, 5, 5, 5]
    deps = ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    doc = _doc(nlp, words, pos, heads, deps, ents=[(3, 5, "PERSON"), (6, 7, "PERSON")])
    table = comp(doc)._.veille_actors
    name = doc[3:5]
    assert table.best_at(name.start_char, name.end_char).id == "person:taro-yamada"
    assert table.best_at(doc[6].idx, doc[6].idx + 5).id == "person:putin"
    assert table.best_at(doc[5].idx, doc[5].idx + 3) is None
