"""The one rule for names the NER called people that are places, shared by the actors and places stages."""

from __future__ import annotations

import pytest

from veille.analyze.places import person_or_place


@pytest.mark.parametrize(("sentence", "name", "placed"), [
    ("Rebels attacked a convoy near Goma on Monday .", "Goma", True),
    ("The army shelled the city of Goma .", "Goma", True),
    ("Goma said he was tired .", "Goma", False),  # no cue before the name
    ("He spent days at Goma 's headquarters .", "Goma", False),  # the owner of what is placed
    ("He had confidence in Goma .", "Goma", True),  # the cue alone cannot tell: the population decides
])
def test_the_cue_that_places_a_name(sentence, name, placed):
    words = sentence.split()
    i = words.index(name)
    assert person_or_place("en").placed(words, i, i + 1) is placed


@pytest.mark.parametrize(("sentence", "name", "place"), [
    ("Rebels attacked a convoy near Goma on Monday .", "Goma", True),  # a city of several hundred thousand people
    ("Rebels attacked a convoy near Zzyzxqv on Monday .", "Zzyzxqv", False),  # no place of that name
    ("Goma said he was tired .", "Goma", False),
])
def test_a_large_place_the_text_places_is_no_person(sentence, name, place):
    words = sentence.split()
    i = words.index(name)
    assert person_or_place("en").at_mention(words, i, i + 1, name) is place


def test_french_places_a_name_after_its_own_locatives():
    words = "Des rebelles ont attaqué un convoi à Goma lundi .".split()
    i = words.index("Goma")
    assert person_or_place("fr").placed(words, i, i + 1)
    assert not person_or_place("en").placed(words, i, i + 1)


@pytest.mark.parametrize(("feature", "same_country", "sole", "placed", "place"), [
    ("ADM1", True, False, False, True),  # "Tamil Nadu said": a state
    ("PPL", True, True, True, True),  # "Aleppo fell ... in Aleppo"
    ("PPL", True, True, False, False),  # never placed: a person known by that name
    ("PPL", True, False, True, False),  # "Sam Aleppo" elsewhere: a person
    ("ADM1", False, True, True, False),  # the person's own country says otherwise
])
def test_a_bare_person_the_actors_stage_made(feature, same_country, sole, placed, place):
    assert person_or_place("en").bare_person(feature, same_country, sole, placed) is place


@pytest.mark.parametrize(("sentence", "name", "comma_lists", "locative"), [
    ("The train stops in Hilversum and Almelo .", "Almelo", False, "in"),  # a list joined by "and"
    ("The train stops in Utrecht , Hilversum and Almelo .", "Almelo", False, "in"),
    ("The train stops in Utrecht , Hilversum , and Almelo .", "Almelo", False, "in"),  # serial comma
    ("The train stops in Utrecht , Hilversum and Almelo .", "Hilversum", True, "in"),  # inside a closed list
    ("The train stops in Utrecht , Hilversum and Almelo .", "Hilversum", False, None),  # commas alone: no
    ("In Paris , Hollande said the talks failed .", "Hollande", True, None),  # a fronted phrase, no list
    ("Police in Texas and Smith said nothing .", "Police", False, None),  # no locative before the list
])
def test_the_names_of_a_list_share_its_locative(sentence, name, comma_lists, locative):
    words = sentence.split()
    rule = person_or_place("en")
    assert rule.locative_before(words, words.index(name), rule.strong_locatives, comma_lists) == locative


def test_a_name_the_ner_called_a_person_in_a_list_of_places_is_placed():
    words = "The train stops in Hilversum and Almelo .".split()
    assert person_or_place("en").placed(words, words.index("Almelo"), words.index("Almelo") + 1)
    words = "Rebels attacked Goma and Bukavu , officials said .".split()
    assert not person_or_place("en").placed(words, words.index("Bukavu"), words.index("Bukavu") + 1)


def test_a_word_of_a_person_named_in_full():
    rule = person_or_place("en")
    assert rule.part_of_a_person("georgia", {"georgia", "stevens"}, set())
    assert not rule.part_of_a_person("georgia", {"georgia", "stevens"}, {"georgia"})  # "in Georgia"
    assert not rule.part_of_a_person("georgia", {"cory", "stevens"}, set())


@pytest.mark.parametrize(("sentence", "name", "placed"), [
    ("The Colchester - based company hired staff .", "Colchester", True),
    ("A Nenagh - born singer won .", "Nenagh", True),
    ("A Nenagh - style singer won .", "Nenagh", False),  # not a suffix of origin
])
def test_a_suffix_of_origin_places_a_name(sentence, name, placed):
    words = sentence.split()
    i = words.index(name)
    assert person_or_place("en").placed(words, i, i + 1) is placed
