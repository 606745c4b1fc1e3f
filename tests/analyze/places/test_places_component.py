"""The veille_places component on real French and English pipelines and on hand-built Docs."""

from __future__ import annotations

import json

import pytest
import spacy
from places_helpers import by_text
from spacy.tokens import Doc

import veille.analyze.places.component  # noqa: F401  (registers the factory)
from veille.analyze.actors.table import ActorTable
from veille.analyze.places import places_in
from veille.analyze.places._names import key
from veille.contract.models import Actor, Span


@pytest.mark.model
def test_french_literal_places_and_demonyms(fr):
    doc = fr("Le ministre japonais s'est rendu mardi à Bruxelles, puis en Italie et au Canada.")
    places = by_text(doc)
    assert places["Bruxelles"].country == "BEL" and places["Bruxelles"].feature == "PPLC"
    assert places["Italie"].country == "ITA"
    assert places["Canada"].country == "CAN"
    assert not any(p.metonym for name, p in places.items() if name != "japonais")
    # a demonym names its country as an adjective: a place of kind "demonym", never an event location
    assert places["japonais"].country == "JPN" and places["japonais"].kind == "demonym"
    assert places["japonais"].metonym
    assert places["Bruxelles"].kind is None
    for p in doc._.veille_places:
        assert doc.text[p.start:p.end] == p.text


@pytest.mark.model
def test_french_capital_before_claim_verb_is_a_metonym(fr):
    doc = fr("Les navires ont longé l'île que Pékin revendique depuis des décennies. "
             "Moscou a démenti ces informations.")
    places = by_text(doc)
    assert places["Pékin"].country == "CHN" and places["Pékin"].metonym
    assert places["Moscou"].country == "RUS" and places["Moscou"].metonym
    assert places_in(doc._.veille_places, 0, len(doc.text)) == []


@pytest.mark.model
def test_french_article_is_not_part_of_the_place(fr):
    doc = fr("La Chine a mené des exercices près de Taïwan, selon la presse.")
    texts = [p.text for p in doc._.veille_places]
    assert "Taïwan" in texts
    assert all(not t.lower().startswith("la ") for t in texts)


@pytest.mark.model
def test_english_metonymy_and_demonyms(en):
    doc = en("Moscow said on Monday that Russian troops would stay in Crimea.")
    places = by_text(doc)
    assert places["Moscow"].metonym and places["Moscow"].country == "RUS"
    assert places["Crimea"].country == "UKR" and not places["Crimea"].metonym
    assert places["Russian"].kind == "demonym" and places["Russian"].country == "RUS"
    assert places["Russian"].metonym  # never an event location


@pytest.mark.model
def test_acting_state_is_an_actor_but_a_passive_subject_is_a_place(en):
    places = by_text(en("Russia expelled 60 diplomats on Monday."))
    assert places["Russia"].metonym
    places = by_text(en("Syria is surrounded by five countries."))
    assert not places["Syria"].metonym


@pytest.mark.model
def test_english_city_state_and_document_context(en):
    doc = en("The storm hit Paris, Texas, on Friday. Officials in Paris said schools would reopen.")
    paris = [p for p in doc._.veille_places if p.text == "Paris"]
    assert len(paris) == 2 and all(p.country == "USA" for p in paris)
    doc = en("The summit opened in Paris on Friday.")
    assert by_text(doc)["Paris"].country == "FRA"


@pytest.mark.model
@pytest.mark.parametrize(("text", "region"), [
    ("Students rallied in Athens, Georgia, on Monday.", "Georgia"),
    ("A new bridge opened in Columbus, Georgia, last year.", "Georgia"),
])
def test_the_region_anchoring_a_town_is_that_towns_region(en, text, region):
    places = by_text(en(text))
    assert places[region].country == "USA" and places[region].feature == "ADM1"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Le caporal, un réserviste de London, en Ontario, a été libéré de l'armée.",
    "Le maire de Springfield, dans l'Illinois, a démissionné mardi.",
])
def test_a_french_preposition_may_open_the_towns_region(fr, text):
    town = next(p for p in fr(text)._.veille_places if p.text in ("London", "Springfield"))
    assert town.country in ("CAN", "USA") and town.country != "GBR"
    assert not town.metonym  # a town of Ontario named London is no seat of the British government


@pytest.mark.model
def test_a_fused_article_belongs_to_the_name(fr):
    places = by_text(fr("La police a saisi huit tonnes de cocaïne au Havre."))
    assert places["Havre"].country == "FRA" and places["Havre"].name == "Le Havre"


@pytest.mark.model
def test_english_dateline_and_washington(en):
    doc = en("WASHINGTON (AP) — The White House warned Beijing on Tuesday.")
    places = by_text(doc)
    assert places["WASHINGTON"].feature == "PPLC" and places["WASHINGTON"].country == "USA"
    assert places["Beijing"].country == "CHN"


@pytest.mark.model
def test_person_names_are_not_places(en):
    doc = en("Paris Hilton met Jordan Peterson in London.")
    assert [p.text for p in places_in(doc._.veille_places, 0, len(doc.text))] == ["London"]
    assert "Jordan" not in by_text(doc)


def test_hand_built_doc_and_actor_table_organisations():
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    words = ["Officials", "from", "Kyiv", "and", "Georgia", "met", "in", "Brussels", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 8 + [False],
              ents=["O", "O", "B-GPE", "O", "B-ORG", "O", "O", "B-GPE", "O"])
    org = Actor(id="a1", name="Georgia Power", kind="organization",
                mentions=[Span(doc[4].idx, doc[4].idx + len("Georgia"), "Georgia")])
    doc._.veille_actors = ActorTable([org])
    doc = nlp.get_pipe("veille_places")(doc)
    places = by_text(doc)
    assert places["Kyiv"].country == "UKR"
    assert places["Brussels"].country == "BEL"
    assert "Georgia" not in places  # the actors stage says it is an organisation


@pytest.mark.parametrize(("person", "role", "kept"), [
    ("Tamil Nadu", None, True),  # a state the NER took for a person: "Tamil Nadu said", "Kerala told the court"
    ("Tamil Nadu", "minister", False),  # a person the actors stage knows by a role is a person
])
def test_a_first_level_division_taken_for_a_bare_person_is_a_place(person, role, kept):
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    words = ["Tamil", "Nadu", "asked", "the", "court", "to", "act", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 6 + [False, False],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    actor = Actor(id="person:tamil-nadu", name=person, kind="person", role=role,
                  mentions=[Span(0, len(person), person)])
    doc._.veille_actors = ActorTable([actor])
    doc = nlp.get_pipe("veille_places")(doc)
    places = by_text(doc)
    assert ("Tamil Nadu" in places) is kept
    if kept:
        assert places["Tamil Nadu"].country == "IND"


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("The town of Manbij was shelled overnight.", "Manbij", "SYR"),
    ("Troops reached the village of Nagrig on Monday.", None, None),  # not in the gazetteer: nothing invented
    ("Aid arrived in the province of Idlib.", "Idlib", "SYR"),
])
def test_a_kind_of_place_and_of_frame_a_name(en, text, name, country):
    places = by_text(en(text))
    if name is None:
        assert not places
    else:
        assert places[name].country == country


@pytest.mark.model
def test_of_without_a_kind_of_place_frames_nothing(en):
    assert "Manbij" not in by_text(en("The memory of Manbij haunted him."))


def test_empty_and_placeless_docs():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_places")
    assert nlp("")._.veille_places == []
    assert nlp("rien à signaler ici.")._.veille_places == []


@pytest.mark.model
@pytest.mark.shared
def test_seed_article_places(fr, shared_dir):
    gold = json.loads(next((shared_dir / "gold").glob("*.gold.json")).read_text(encoding="utf-8"))
    text = next((shared_dir / "corpus" / "seed").glob("*.txt")).read_text(encoding="utf-8")
    doc = fr(text.replace("’", "'").replace("\u00a0", " "))
    found = doc._.veille_places
    for g in gold["places"]:
        hits = [p for p in found if key(p.text) == key(g["text"]) and p.country == g["country"]]
        assert len(hits) >= g.get("occurrences", 1), g["text"]
        if "metonym" in g.get("note", ""):
            assert all(p.metonym for p in hits), g["text"]
        else:
            assert not all(p.metonym for p in hits), g["text"]


@pytest.mark.model
def test_words_that_are_also_city_names_are_skipped(fr, en):
    assert fr("Pas question de céder, a-t-il dit.")._.veille_places == []
    places = en("Nice to see you. He then left for Nice.")._.veille_places
    assert [(p.text, p.start) for p in places] == [("Nice", 34)]


@pytest.mark.model
def test_smaller_towns_after_a_locative_preposition(en):
    doc = en("The soldier had served with his regiment in Colchester before the deployment.")
    places = by_text(doc)
    assert places["Colchester"].country == "GBR"


@pytest.mark.model
def test_canadian_province_abbreviations_after_a_town(en):
    """Canadian Press style: "Moose Jaw, Sask.", "Brandon, Man." name the province after a comma; the
    abbreviation is a place, and it places the town in Canada (Brandon, Florida is bigger)."""
    doc = en("She grew up in Moose Jaw, Sask., and moved to Brandon, Man., before the storm.")
    places = by_text(doc)
    assert places["Brandon"].country == "CAN"
    assert places["Sask."].country == "CAN" and places["Sask."].feature == "ADM1"
    assert places["Man."].country == "CAN"


@pytest.mark.model
def test_dotted_province_abbreviation_alone_and_look_alike_words(en):
    doc = en("The B.C. government announced a housing plan on Monday.")
    assert by_text(doc)["B.C."].country == "CAN"
    doc = en("Man charged after crash near the bridge. Que sera, sera, said the coach.")
    assert not [p for p in doc._.veille_places if p.country == "CAN"]


@pytest.mark.model
def test_a_small_town_in_the_state_the_document_names_beats_a_bigger_namesake_abroad(en):
    """Local news: a town of a few thousand people in the state the article is about is meant, not the
    bigger namesake elsewhere (Edmonton, Kentucky, not Alberta's capital; Paris, Missouri, not Paris, Texas)."""
    doc = en("COLUMBIA, Ky. — Police say a man from Edmonton was arrested after a shooting in Adair County. "
             "He was taken to a hospital in Columbia.")
    places = by_text(doc)
    assert places["Edmonton"].country == "USA"
    assert places["Columbia"].country == "USA" and places["Columbia"].lat > 36.5  # Kentucky's, not Carolina's
    doc = en("A 25-year-old Paris, Missouri, man was arrested after a crash on Friday. He lives in Paris.")
    paris = [p for p in doc._.veille_places if p.text == "Paris"]
    assert paris and all(p.country == "USA" and p.lat > 38.5 for p in paris)
    doc = en("The Oilers flew home to Edmonton after a loss in Florida.")
    assert by_text(doc)["Edmonton"].country == "CAN"  # no Edmonton in Florida: the big one


@pytest.mark.parametrize(("words", "labels", "name", "role", "kept"), [
    # the NER took the city for a person, the actors stage followed; "in Aleppo" says it is a place
    ("Aleppo fell to the army . Residents in Aleppo fled .", "PERSON O O O O O O O PERSON O O", "Aleppo", None, 2),
    ("Aleppo is surrounded . The army shelled the city of Aleppo .", "PERSON O O O O O O O O O PERSON O", "Aleppo",
     None, 2),
    # a person known by a bare name that no locative or place label ever places: a person
    ("Aleppo scored twice . Aleppo said he was tired .", "PERSON O O O PERSON O O O O O", "Aleppo", None, 0),
    # a person with a role, or named in full elsewhere ("Sam Aleppo"), stays a person even after "in"
    ("Aleppo fell to the army . Residents in Aleppo fled .", "PERSON O O O O O O O PERSON O O", "Aleppo", "coach", 0),
    ("Aleppo fell to the army . Residents in Aleppo fled .", "PERSON O O O O O O O PERSON O O", "Sam Aleppo", None,
     0),
    # "at" places the headquarters, not their owner
    ("Aleppo grew fast . He spent days at Aleppo 's headquarters .", "PERSON O O O O O O O PERSON O O O", "Aleppo",
     None, 0),
])
def test_a_city_taken_for_a_bare_person_is_a_place_where_the_text_places_it(words, labels, name, role, kept):
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    tokens = words.split()
    ents = [f"B-{lab}" if lab != "O" else "O" for lab in labels.split()]
    doc = Doc(nlp.vocab, words=tokens, spaces=[True] * len(tokens), ents=ents)
    mentions = [Span(t.idx, t.idx + len(t.text), t.text) for t in doc if t.text == "Aleppo"]
    doc._.veille_actors = ActorTable([Actor(id="person:aleppo", name=name, kind="person", role=role,
                                            mentions=mentions)])
    doc = nlp.get_pipe("veille_places")(doc)
    found = [p for p in doc._.veille_places if p.text == "Aleppo"]
    assert len(found) == kept and all(p.country == "SYR" for p in found)


@pytest.mark.model
def test_a_town_known_by_another_name_in_the_country_the_text_names(en):
    """Karak, Jordan is "Karak City" in GeoNames, "Karak" only among its other names; Karak, Pakistan bears it
    as its own. After a locative the name is found by its own bearer, and the document's country chooses."""
    doc = en("Gunmen attacked a castle in the town of Karak in central Jordan on Sunday, Jordanian officials said.")
    assert by_text(doc)["Karak"].country == "JOR"


@pytest.mark.model
def test_a_county_named_in_full_is_its_bare_name_later(en):
    """Local news names "Suffolk County" once and then "Suffolk": the county (Long Island), not Suffolk,
    Virginia; a town of that name in the county's state would be kept, and a capital keeps its sense."""
    doc = en("Police in Suffolk County, New York, arrested two men on Friday. Suffolk officials said the "
             "men had fled.")
    suffolk = [p for p in doc._.veille_places if p.text == "Suffolk"]
    assert suffolk and all(p.lat > 40 and p.lon < -72 for p in suffolk)
    doc = en("Washington County deputies searched the farm. Lawmakers in Washington passed the bill.")
    assert by_text(doc)["Washington"].feature == "PPLC"


@pytest.mark.model
def test_a_namesake_in_the_division_of_the_other_places_of_the_document(en):
    """Outside the US too, the first-level division of the places a document names for sure is its focus:
    Kingston beside Brisbane is Kingston, Queensland, not Jamaica's capital; alone it is the capital."""
    doc = en("Police in Brisbane said a man from Kingston was arrested on Monday.")
    kingston = by_text(doc)["Kingston"]
    assert kingston.country == "AUS" and kingston.lat < -25
    doc = en("Police said a man from Kingston was arrested on Monday.")
    assert by_text(doc)["Kingston"].country == "JAM"


@pytest.mark.parametrize(("words", "labels", "found"), [
    # the towns of a list after a locative, each too small for the spotter and one taken for a person
    ("The train stops in Hilversum and Almelo .", "O O O O GPE O PERSON O", ["Hilversum", "Almelo"]),
    ("The train stops in Utrecht , Hilversum and Almelo .", "O O O O O O O O O O", ["Utrecht", "Hilversum",
                                                                                   "Almelo"]),
    # a suffix of origin, after a name the NER called a person or an organisation
    ("The Almelo - based club and a Hilversum - born singer won .", "O PERSON O O O O O ORG O O O O O",
     ["Almelo", "Hilversum"]),
    # a comma after a fronted phrase starts no list: the person stays a person
    ("In Almelo , Hilversum said nothing .", "O GPE O PERSON O O O", ["Almelo"]),
])
def test_the_names_of_a_list_after_a_locative_are_places(words, labels, found):
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    tokens = words.split()
    ents = [f"B-{lab}" if lab != "O" else "O" for lab in labels.split()]
    doc = nlp.get_pipe("veille_places")(Doc(nlp.vocab, words=tokens, spaces=[True] * len(tokens), ents=ents))
    assert [p.text for p in doc._.veille_places] == found
    assert all(p.country == "NLD" for p in doc._.veille_places)


@pytest.mark.model
def test_adjectives_of_continents_and_coordinated_adjectives_are_demonyms(en, fr):
    doc = en("Asian markets fell as South Korean and Russian troops moved toward the border.")
    places = by_text(doc)
    assert places["Asian"].feature == "CONT" and places["Asian"].name == "Asia"
    assert places["Asian"].kind == "demonym" and places["Asian"].metonym  # never an event location
    assert places["South Korean"].country == "KOR"
    assert places["Russian"].country == "RUS" and places["Russian"].kind == "demonym"  # joined by "and"
    places = by_text(fr("Les dirigeants africains se sont réunis mardi à Addis-Abeba."))
    assert places["africains"].name == "Africa" and places["africains"].kind == "demonym"
    # a nationality noun names people, two adjectives in a row one ethnic group: no place
    assert "Africans" not in by_text(en("The Africans in the team won."))
    assert by_text(en("African American voters and Asian-American voters turned out.")) == {}
    places = by_text(en("Erdogan spoke of the normalization of Turkish-Russian relations."))
    assert places["Russian"].country == "RUS"  # two countries: not an ethnic group


@pytest.mark.parametrize(("words", "labels", "found"), [
    # a word of a person named in full is that person later in the document: one sense per document
    ("Georgia Stevens skated . Later Georgia said she was happy .", "PERSON PERSON O O O GPE O O O O O",
     []),
    # ... unless the text places the name somewhere
    ("Georgia Stevens skated . She trained in Georgia .", "PERSON PERSON O O O O O GPE O", ["Georgia"]),
    # ... or the word begins a longer name there ("Harlow Hawks" ... "Harlow Fire")
    ("Georgia Stevens skated . Georgia Power said so .", "PERSON PERSON O O ORG ORG O O O", ["Georgia"]),
])
def test_a_word_of_a_person_named_in_full_is_that_person(words, labels, found):
    doc = _places_of("en", words, labels)
    assert [p.text for p in doc._.veille_places] == found


def _places_of(lang: str, words: str, labels: str):
    """The places component of a blank ``lang`` pipeline run on ``_hand_doc(words, labels)`` (no actors)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("veille_places")
    return nlp.get_pipe("veille_places")(_hand_doc(nlp, words, labels))


def _hand_doc(nlp, words: str, labels: str):
    """A Doc of ``words`` (space-separated tokens) with one entity label per token (O for none; a run of the
    same label is one entity)."""
    tokens = words.split()
    ents, prev = [], "O"
    for lab in labels.split():
        ents.append("O" if lab == "O" else (f"I-{lab}" if lab == prev else f"B-{lab}"))
        prev = lab
    return Doc(nlp.vocab, words=tokens, spaces=[True] * len(tokens), ents=ents)


def _places_with_person(lang: str, words: str, labels: str, name: str, country: str | None = None,
                        is_mention=None):
    """The places component of a blank ``lang`` pipeline run on ``_hand_doc(words, labels)`` after an actors stage
    that found one person ``name`` with no role (of ``country``), mentioned by the tokens ``is_mention`` selects
    (by default the tokens that read ``name``)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("veille_places")
    doc = _hand_doc(nlp, words, labels)
    chosen = is_mention or (lambda t: t.text == name)
    mentions = [Span(t.idx, t.idx + len(t.text), t.text) for t in doc if chosen(t)]
    doc._.veille_actors = ActorTable([Actor(id=f"person:{name.casefold()}", name=name, kind="person", country=country,
                                            mentions=mentions)])
    return nlp.get_pipe("veille_places")(doc)


@pytest.mark.parametrize(("lang", "words", "labels", "found"), [
    # one sense per name in a document: the NER places the town once and calls it a person or nothing elsewhere
    ("en", "Protesters marched through Almelo . Almelo 's mayor met them .", "O O O GPE O PER O O O O O",
     ["Almelo", "Almelo"]),
    ("en", "Almelo voted on Sunday . Turnout in Almelo was high .", "O O O O O O O GPE O O O",
     ["Almelo", "Almelo"]),
    ("fr", "Les manifestants ont défilé à Almelo . Almelo a voté .", "O O O O O LOC O PER O O O",
     ["Almelo", "Almelo"]),
    # ... after a determiner opening the sentence ("A Kestrelby councillor", « Un conseiller ... »)
    ("en", "Flooding hit Almelo . The Almelo council met .", "O O GPE O O O O O O", ["Almelo", "Almelo"]),
    # ... and a seed the NER labels that GeoNames lists only among another name's spellings ("Douma", Dūmā)
    ("en", "Troops shelled Douma on Sunday . Douma is surrounded .", "O O GPE O O O PERSON O O O",
     ["Douma", "Douma"]),
    ("fr", "Les troupes ont bombardé Douma dimanche . Douma est encerclée .", "O O O O LOC O O PER O O O",
     ["Douma", "Douma"]),
    # ... but a word inside a longer name of a person or an organisation is no mention of the town
    ("en", "Police in Almelo arrested Sam Almelo .", "O O GPE O PERSON PERSON O", ["Almelo"]),
    ("en", "Schools in Almelo and the Almelo Rowing Club closed .", "O O GPE O O ORG ORG ORG O O",
     ["Almelo"]),
    ("fr", "Il vit à Almelo . Le Almelo Football Club a gagné .", "O O O LOC O O ORG ORG ORG O O O", ["Almelo"]),
    # ... and a name the text never places is not made a place by repetition
    ("en", "Almelo said no . Almelo left .", "PERSON O O O PERSON O O", []),
])
def test_one_sense_per_name_in_a_document(lang, words, labels, found):
    doc = _places_of(lang, words, labels)
    assert [p.text for p in doc._.veille_places] == found
    assert all(p.country == ("SYR" if p.text == "Douma" else "NLD") for p in doc._.veille_places)


@pytest.mark.parametrize(("lang", "words", "labels", "times", "found"), [
    # the NER called the town a date, but no time expression is there: the locative places it
    ("en", "Soldiers were based in Almelo last year .", "O O O O DATE DATE DATE O", ["last year"], ["Almelo"]),
    ("fr", "Les soldats sont basés à Almelo depuis mars .", "O O O O O DATE O DATE O", ["mars"], ["Almelo"]),
    # a time expression the times stage found stays a time ("in March": March, Cambridgeshire is a town)
    ("en", "Soldiers were based in March .", "O O O O DATE O", ["March"], []),
])
def test_a_name_the_ner_took_for_a_date_is_a_place_where_no_time_is(lang, words, labels, times, found):
    from veille.contract.models import Time

    nlp = spacy.blank(lang)
    nlp.add_pipe("veille_places")
    doc = _hand_doc(nlp, words, labels)
    spans = []
    for text in times:
        start = doc.text.index(text)
        spans.append(Time(start=start, end=start + len(text), text=text, type="DATE", value="XXXX"))
    doc._.veille_times = spans
    doc = nlp.get_pipe("veille_places")(doc)
    assert [p.text for p in doc._.veille_places] == found


@pytest.mark.parametrize(("lang", "words", "labels", "kept"), [
    # the actors stage made a bare person of a name the NER calls a place elsewhere in the document
    ("en", "Almelo fell on Sunday . Troops left Almelo .", "PERSON O O O O O O GPE O", 2),
    ("fr", "Almelo est tombée dimanche . Les troupes ont quitté Almelo .", "PER O O O O O O O O LOC O", 2),
    # never placed and never called a place: the person stays a person
    ("en", "Almelo fell on Sunday . Troops left him .", "PERSON O O O O O O O O", 0),
])
def test_a_bare_person_the_ner_calls_a_place_elsewhere_is_that_place(lang, words, labels, kept):
    doc = _places_with_person(lang, words, labels, "Almelo",
                              is_mention=lambda t: t.text == "Almelo" and t.ent_type_.startswith("PER"))
    found = [p for p in doc._.veille_places if p.text == "Almelo"]
    assert len(found) == kept and all(p.country == "NLD" for p in found)


@pytest.mark.parametrize(("lang", "words", "labels", "found"), [
    # a name the document also uses in the name of an organisation or an event has no one sense there
    ("en", "Floods hit Almelo , the Almelo Courier reported . Almelo said more rain would fall .",
     "O O GPE O O ORG ORG O O PERSON O O O O O O", ["Almelo"]),
    ("fr", "Des crues ont frappé Almelo , selon Almelo Presse . Almelo a annoncé la pluie .",
     "O O O O LOC O O ORG ORG O PER O O O O O", ["Almelo"]),
])
def test_no_one_sense_for_a_name_also_used_by_an_organisation(lang, words, labels, found):
    doc = _places_of(lang, words, labels)
    assert [p.text for p in doc._.veille_places] == found


def test_a_bare_person_whose_name_an_organisation_also_bears_stays_a_person():
    doc = _places_with_person(
        "en", "Floods hit Almelo , the Almelo Courier reported . Almelo said more rain would fall .",
        "O O GPE O O ORG ORG O O PERSON O O O O O O", "Almelo", is_mention=lambda t: t.ent_type_ == "PERSON")
    assert [p.start for p in doc._.veille_places] == [doc[2].idx]


@pytest.mark.parametrize(("lang", "words", "labels"), [
    # the actors stage made a bare person of the town and gave it the country of the best-known place of that
    # name (Glasgow, Scotland): that country came from the name itself and says nothing against Kentucky
    ("en", "A woman died in Glasgow , Kentucky , on Saturday . Glasgow police said so .",
     "O O O O PERSON O GPE O O DATE O PERSON O O O O"),
    ("fr", "Une femme est morte à Glasgow , Kentucky , samedi . La police de Glasgow enquête .",
     "O O O O O PER O LOC O DATE O O O O PER O O"),
])
def test_a_bare_person_whose_country_came_from_its_name_is_the_town_the_text_places(lang, words, labels):
    doc = _places_with_person(lang, words, labels, "Glasgow", country="GBR")
    found = [p for p in doc._.veille_places if p.text == "Glasgow"]
    assert len(found) == 2 and all(p.country == "USA" for p in found)
    # a person of another country, whose name is no place of that country, keeps the name
    doc = _places_with_person(lang, words, labels, "Glasgow", country="FRA")
    assert [p for p in doc._.veille_places if p.text == "Glasgow"] == []


@pytest.mark.parametrize(("lang", "words", "labels", "name", "kept"), [
    # a bare person whose name is a big city, after any locative ("to", « de »): the city
    ("en", "The cat travelled from Winnipeg to Edmonton . Edmonton was cold .", "O O O O GPE O ORG O PERSON O O O",
     "Edmonton", 2),
    ("fr", "Le chat est parti de Winnipeg pour Edmonton . Edmonton était glacée .",
     "O O O O O LOC O ORG O PER O O O", "Edmonton", 2),
    # a smaller town after a weak locative only is not enough against the NER and the actors stage
    ("en", "He passed the ball to Almelo . Almelo scored .", "O O O O O PERSON O PERSON O O", "Almelo", 0),
])
def test_a_bare_person_named_like_a_big_city_after_any_locative_is_the_city(lang, words, labels, name, kept):
    doc = _places_with_person(lang, words, labels, name)
    assert len([p for p in doc._.veille_places if p.text == name]) == kept


@pytest.mark.parametrize(("lang", "words", "labels", "found"), [
    # a facility (street, building, stadium...) named by its kind noun is a place at the place that contains
    # it: the one written after it, its owner, or else the town the document names most
    ("en", "Fans queued outside Kestrel Park Stadium in Leeds on Friday .", "O O O FAC FAC FAC O GPE O O O",
     [("Kestrel Park Stadium", "STDM", "Leeds"), ("Leeds", "PPL", "Leeds")]),
    ("en", "Police closed Leeds 's Kestrel Road on Monday .", "O O GPE O O O O O O",
     [("Leeds", "PPL", "Leeds"), ("Kestrel Road", "ST", "Leeds")]),
    ("en", "A man was stabbed in Leeds on Friday . Police cordoned off Kestrel Road .",
     "O O O O O GPE O O O O O O O O O", [("Leeds", "PPL", "Leeds"), ("Kestrel Road", "ST", "Leeds")]),
    ("en", "A fire broke out on 14th Street West in Leeds .", "O O O O O FAC FAC FAC O GPE O",
     [("14th Street West", "ST", "Leeds"), ("Leeds", "PPL", "Leeds")]),
    ("fr", "Des supporters attendaient devant le stade Kessler à Lyon .", "O O O O O O LOC O LOC O",
     [("stade Kessler", "STDM", "Lyon"), ("Lyon", "PPL", "Lyon")]),
    ("fr", "Un incendie a éclaté rue de Kessler à Lyon .", "O O O O O O PER O LOC O",
     [("rue de Kessler", "ST", "Lyon"), ("Lyon", "PPL", "Lyon")]),
    ("fr", "Un homme a été blessé à Lyon . La police a bouclé la rue Kessler .",
     "O O O O O O LOC O O O O O O O PER O", [("Lyon", "PPL", "Lyon"), ("rue Kessler", "ST", "Lyon")]),
    # no place contains it: left out (a wrong point is worse than none)
    ("en", "Police cordoned off Kestrel Road .", "O O O FAC FAC O", []),
    ("fr", "La police a bouclé la rue Kessler .", "O O O O O O PER O", []),
    # a kind noun after an article only is no name; a name inside a person's is the person's
    ("en", "The Station was quiet in Leeds .", "O O O O O GPE O", [("Leeds", "PPL", "Leeds")]),
    # a nationality or a religion before the kind noun names an institution ("the Russian Orthodox Cathedral"),
    # and "church" is not in the list at all ("the Catholic Church")
    ("en", "Bishops in Leeds said the Russian Orthodox Cathedral would pay .", "O O GPE O O NORP NORP O O O O",
     [("Leeds", "PPL", "Leeds")]),
    ("en", "Bishops in Leeds said the Catholic Church would pay .", "O O GPE O O O O O O O",
     [("Leeds", "PPL", "Leeds")]),
])
def test_a_facility_is_a_place_at_the_place_that_contains_it(lang, words, labels, found):
    doc = _places_of(lang, words, labels)
    by_name = {p.name: p for p in doc._.veille_places}
    got = []
    for p in doc._.veille_places:
        town = next(t for t in by_name.values() if (t.lat, t.lon) == (p.lat, p.lon) and t.geonameid is not None)
        got.append((p.text, p.feature if p.geonameid is None else p.feature[:3], town.name))
    assert got == found  # a gazetteer place by the first three letters of its feature ("PPLA": "PPL")
    assert all(p.geonameid is None and p.country in ("GBR", "FRA") for p in doc._.veille_places
               if p.feature not in ("PPL", "PPLA", "PPLA2", "PPLC"))


@pytest.mark.parametrize(("text", "found"), [
    # an abbreviation keeps its period; a full kind noun leaves the sentence's to the sentence
    ("A man from Leeds lives on Kestrel St. now.", ["Leeds", "Kestrel St."]),
    ("A man from Leeds was taken to Kestrel Memorial Hospital.", ["Leeds", "Kestrel Memorial Hospital"]),
    # a kind noun that more of the name follows ends no facility: "Fort St. John" is a town (Saint John)
    ("They drove from Leeds to Fort St. John today.", ["Leeds"]),
])
def test_the_end_of_a_facility_name(text, found):
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    doc = nlp.make_doc(text)  # the tokenizer splits the final period off, with no space before it
    doc.ents = [doc.char_span(text.index("Leeds"), text.index("Leeds") + 5, label="GPE")]
    assert [p.text for p in nlp.get_pipe("veille_places")(doc)._.veille_places] == found


@pytest.mark.parametrize(("lang", "words", "labels", "found"), [
    # a document that names towns of several regions has no one town a facility lies in
    ("en", "A man from Leeds was stabbed in Bristol . Police cordoned off Kestrel Road .",
     "O O O GPE O O O GPE O O O O O O O", ["Leeds", "Bristol"]),
    ("fr", "Un homme de Lyon a été blessé à Marseille . La police a bouclé la rue Kessler .",
     "O O O LOC O O O O LOC O O O O O O O PER O", ["Lyon", "Marseille"]),
    # towns of one region: the one named most
    ("en", "A man from Leeds was stabbed in Bradford . Bradford police cordoned off Kestrel Road .",
     "O O O GPE O O O GPE O GPE O O O O O O", ["Leeds", "Bradford", "Bradford", "Kestrel Road"]),
])
def test_a_facility_without_its_own_container_needs_a_local_document(lang, words, labels, found):
    doc = _places_of(lang, words, labels)
    assert [p.text for p in doc._.veille_places] == found
    facility = [p for p in doc._.veille_places if p.geonameid is None]
    assert all(p.lat == next(q.lat for q in doc._.veille_places if q.text == "Bradford") for p in facility)


@pytest.mark.parametrize(("pos", "found"), [
    ("NOUN VERB PROPN PUNCT DET PROPN NOUN VERB ADV PUNCT", ["Almelo", "Almelo"]),  # "A Almelo councillor"
    ("NOUN VERB PROPN PUNCT PROPN PROPN NOUN VERB ADV PUNCT", ["Almelo"]),  # "Ms Almelo ...": a longer name
])
def test_one_sense_after_a_determiner_opening_the_sentence(pos, found):
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    words = "Flooding hit Almelo . A Almelo councillor said so .".split()
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words), pos=pos.split(),
              ents=["O", "O", "B-GPE"] + ["O"] * 7)
    doc = nlp.get_pipe("veille_places")(doc)
    assert [p.text for p in doc._.veille_places] == found


@pytest.mark.parametrize(("lang", "words", "labels", "found"), [
    # a place name the document names, opening an organisation named after its seat: the place, embedded
    ("en", "A man from Almelo was held by the Almelo Police Department .", "O O O GPE O O O O ORG ORG ORG O",
     ["Almelo", "Almelo"]),
    ("en", "Almelo City Council met in Almelo .", "ORG ORG ORG O O GPE O", ["Almelo", "Almelo"]),
    ("en", "The Almelo Public Schools in Almelo closed .", "O ORG ORG ORG O GPE O O", ["Almelo", "Almelo"]),
    # ... not a seat the document does not name elsewhere ("the Federal Court")
    ("en", "Officers of the Almelo Police Department arrested him .", "O O O ORG ORG ORG O O O", []),
    # a company or a university does not say where it is
    ("en", "He works in Almelo for Almelo Asset Management .", "O O O GPE O ORG ORG ORG O", ["Almelo"]),
    ("en", "She lives in Almelo and studied at Almelo University .", "O O O GPE O O O ORG ORG O", ["Almelo"]),
    # French names the seat after the institution: its genitive locative places it already
    ("fr", "La police d' Almelo a arrêté un homme .", "O O O ORG O O O O O", ["Almelo"]),
])
def test_a_place_opening_the_name_of_an_organisation_of_that_seat(lang, words, labels, found):
    doc = _places_of(lang, words, labels)
    assert [p.text for p in doc._.veille_places] == found
    assert all(p.country == "NLD" for p in doc._.veille_places)
    assert all(p.metonym for p in doc._.veille_places if doc.text[p.end:p.end + 7] in (" Police", " Public", " City C"))


@pytest.mark.model
def test_adjectives_of_regions_are_demonyms(en, fr):
    """Like a continent's, a region's adjective on a noun is a place of kind demonym ("Arab leaders", "Middle
    Eastern oil", « les pays arabes »), never a hint at a country; before a country's adjective, one ethnic
    group ("Arab American voters")."""
    places = by_text(en("Arab leaders and Balkan ministers met in Cairo to discuss Middle Eastern oil."))
    assert places["Arab"].name == "Arabian Peninsula" and places["Arab"].kind == "demonym"
    assert places["Balkan"].name == "Balkans" and places["Middle Eastern"].name == "Middle East"
    places = by_text(fr("Les pays arabes et les dirigeants balkaniques se sont réunis au Caire."))
    assert places["arabes"].name == "Arabian Peninsula" and places["balkaniques"].name == "Balkans"
    assert "Arab" not in by_text(en("Arab American voters turned out in Detroit."))


@pytest.mark.parametrize(("lang", "words", "labels", "expected"), [
    # the names of a list share their kind: a name that is also a state is the state among states, the country
    # among countries ("Alabama and Georgia", "Oregon and Washington", "Georgia and Armenia")
    ("en", "Storms hit Alabama and Georgia .", "O O GPE O GPE O", {"Georgia": ("USA", "ADM1")}),
    ("en", "Storms hit Georgia , Alabama and Texas .", "O O GPE O GPE O GPE O", {"Georgia": ("USA", "ADM1")}),
    ("en", "Storms hit Georgia and Alabama .", "O O GPE O GPE O", {"Georgia": ("USA", "ADM1")}),
    ("en", "Fires spread across California , Oregon or Washington .", "O O O GPE O GPE O GPE O",
     {"Washington": ("USA", "ADM1")}),
    ("en", "Troops from Georgia and Armenia met .", "O O GPE O GPE O O", {"Georgia": ("GEO", "PCLI")}),
    ("fr", "Des tempêtes ont frappé l' Alabama et la Géorgie .", "O O O O O LOC O O LOC O",
     {"Géorgie": ("USA", "ADM1")}),
    # not a list: the name keeps its own sense
    ("en", "He flew from Alabama to Washington .", "O O O GPE O GPE O", {"Washington": ("USA", "PPLC")}),
])
def test_the_names_of_a_list_share_their_kind(lang, words, labels, expected):
    doc = _places_of(lang, words, labels)
    places = by_text(doc)
    for name, (country, feature) in expected.items():
        assert (places[name].country, places[name].feature) == (country, feature)


def test_a_name_carrying_its_region_keeps_it_in_a_list():
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_places")
    text = "Trips to Alaska, Hawaii and Washington, D.C. followed."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="GPE")
                for n in ("Alaska", "Hawaii", "Washington, D.C.")]
    places = by_text(nlp.get_pipe("veille_places")(doc))
    assert (places["Washington, D.C."].feature, places["Alaska"].feature) == ("PPLC", "ADM1")


@pytest.mark.parametrize(("lang", "words", "labels", "name", "feature"), [
    # a name with a role of a first-level division beside it is that division ("New York Gov.", "the governor
    # of Washington", « le gouverneur de New York »), not its namesake city
    ("en", "Former New York Gov. Mario Cuomo died .", "O GPE GPE O PERSON PERSON O O", "New York", "ADM1"),
    ("en", "The governor of Washington spoke .", "O O O GPE O O", "Washington", "ADM1"),
    ("fr", "Le gouverneur de New York a parlé .", "O O O LOC LOC O O O", "New York", "ADM1"),
    # other roles leave the name its own sense
    ("en", "New York police arrested him .", "GPE GPE O O O O", "New York", "PPL"),
    ("fr", "Le maire de New York a parlé .", "O O O LOC LOC O O O", "New York", "PPL"),
])
def test_a_role_of_a_division_beside_a_name_makes_it_the_division(lang, words, labels, name, feature):
    doc = _places_of(lang, words, labels)
    assert by_text(doc)[name].feature == feature


@pytest.mark.model
@pytest.mark.parametrize("text,kept", [
    ("North Korea moved a missile to its east coast.", ["North Korea"]),
    ("China, the North's only major ally, called for calm.", ["China"]),
    ("Troops crossed into the West Bank from the north.", ["West Bank"]),
])
def test_a_common_noun_phrase_or_a_point_of_the_compass_is_no_place(en, text, kept):
    assert list(by_text(en(text))) == kept
