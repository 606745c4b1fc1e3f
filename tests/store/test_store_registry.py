"""The cross-document actor registry: stable ids, aliases, mention counts, dated roles."""

from __future__ import annotations

import docfactory as f

from veille.store import Store


def _store(store_location) -> Store:
    path = store_location
    f.populate(path)
    return Store.open(path)


def test_one_registry_row_per_actor_across_articles_and_languages(store_location):
    with _store(store_location) as store:
        ids = {a.id: a for a in store.actors()}
        assert set(ids) == {"igo:NATO", "country:JPN", "country:NLD", "person:mark-rutte",
                            "person:gen-nakatani"}
        nato = ids["igo:NATO"]
        assert nato.articles == 2 and {"NATO", "OTAN"} <= set(nato.aliases)
        expected = sum(len(a.mentions) for doc, _ in (f.report_en(), f.report_fr())
                       for a in doc.actors if a.kind == "country" and a.country == "JPN")
        assert expected > 2 and ids["country:JPN"].mentions == expected
        rutte = ids["person:mark-rutte"]
        assert rutte.articles == 3 and {"Mark Rutte", "Rutte", "M. Rutte"} <= set(rutte.aliases)
        assert (rutte.first_seen, rutte.last_seen) == ("2023-07-08", "2024-10-18")


def test_roles_are_dated_by_their_articles_with_evidence(store_location):
    with _store(store_location) as store:
        [rutte] = store.actors(name="Rutte")
        roles = rutte.roles
        assert [r.first_seen for r in roles] == sorted(r.first_seen for r in roles)
        pm = roles[0]
        assert (pm.role, pm.country, pm.first_seen, pm.article_id) == ("prime minister", "NLD",
                                                                       "2023-07-08", "en-2023")
        assert "Dutch prime minister Mark Rutte" in pm.evidence
        sg = next(r for r in roles if r.role == "Secretary General")
        assert (sg.country, sg.first_seen) == ("NATO", "2024-10-17")
        assert sg.evidence.startswith("NATO Secretary General Mark Rutte met")
        # the registry says what the actor is now: the latest article's country
        assert rutte.country == "NATO"


def test_a_surname_alone_in_a_later_article_is_the_known_person(store_location):
    path = store_location
    f.populate(path)
    text = ("Rutte warned on Monday that Russia was preparing for a long war, in a speech in "
            "Prague to the alliance's parliamentarians.")
    doc, article = f.build(text, published="2024-11-04", doc_id="en-later", actors=[
        f.A("z1", "Rutte", "person", "NATO", ["Rutte"], ["GOV"])])
    with Store.open(path) as store:
        store.save(doc, article)
        [rutte] = store.actors(name="rutte")
        assert rutte.id == "person:mark-rutte" and rutte.name == "Mark Rutte"
        assert rutte.articles == 4 and rutte.last_seen == "2024-11-04"


def test_a_spelling_variant_of_a_full_name_is_the_same_person(store_location):
    with Store.open(store_location) as store:
        for i, (name, day) in enumerate((("Volodymyr Zelensky", "2024-10-01"),
                                         ("Volodymyr Zelenskyy", "2024-10-02"))):
            text = f"Ukrainian President {name} visited Berlin on the first day of October {i}."
            doc, article = f.build(text, published=day, doc_id=f"z{i}", actors=[
                f.A("p", name, "person", "UKR", [name], ["GOV"], role="president")])
            store.save(doc, article)
        people = store.actors(name="zelensk")
        assert len(people) == 1 and people[0].articles == 2
        assert people[0].roles[0].reports == 2


def test_different_people_with_one_surname_stay_apart(store_location):
    with Store.open(store_location) as store:
        for i, name in enumerate(("Boris Johnson", "Mike Johnson")):
            text = f"{name} spoke to reporters in Washington about the budget on day {i} of the talks."
            doc, article = f.build(text, published="2024-10-0" + str(i + 1), doc_id=f"j{i}", actors=[
                f.A("p", name, "person", "GBR" if i == 0 else "USA", [name], ["GOV"])])
            store.save(doc, article)
        assert sorted(a.id for a in store.actors(name="johnson")) == [
            "person:boris-johnson", "person:mike-johnson"]


def test_replacing_an_article_drops_registry_actors_nobody_else_mentions(store_location):
    with Store.open(store_location) as store:
        doc, article = f.report_2023()
        store.save(doc, article)
        assert store.actors(name="country:NLD")
        doc.actors = [a for a in doc.actors if a.country != "NLD" or a.kind != "country"]
        store.save(doc, article)
        assert not store.actors(name="country:NLD")
        assert store.actors(name="Rutte")[0].articles == 1


def test_unnamed_groups_get_country_and_sector_ids(store_location):
    text = "Russian troops shelled the town overnight while protesters gathered in the capital square."
    doc, article = f.build(text, published="2024-03-01", doc_id="g", actors=[
        f.A("g1", "Russian troops", "group", "RUS", ["Russian troops"], ["MIL"]),
        f.A("g2", "protesters", "group", None, ["protesters"], ["CVL"])])
    with Store.open(store_location) as store:
        store.save(doc, article)
        assert {a.id for a in store.actors()} == {"group:RUS:MIL", "group:UNK:CVL"}


def test_a_described_person_stays_in_its_article(store_location):
    """'a spokesman for the Foreign Ministry' in two articles is not one person."""
    with Store.open(store_location) as store:
        for i in range(2):
            text = f"A spokesman for the Foreign Ministry rejected the claims on day {i} of the dispute."
            doc, article = f.build(text, published=f"2024-03-0{i + 1}", doc_id=f"s{i}", actors=[
                f.A("p", "spokesman for the Foreign Ministry", "person", "CHN", ["A spokesman"], ["GOV"],
                    role="spokesman")])
            store.save(doc, article)
        ids = [a.id for a in store.actors(name="spokesman")]
        assert len(ids) == 2 and all(i.startswith("person:spokesman-for-the-foreign-ministry@") for i in ids)


def test_role_evidence_is_the_whole_sentence():
    from veille.snippets import sentence_around

    text = ("Le sommet s'est ouvert jeudi. « Nous resterons unis jusqu'au bout. » a déclaré M. Rutte, "
            "secrétaire général de l'OTAN, devant la presse. Puis il est parti.")
    start = text.index("Rutte")
    sentence = sentence_around(text, start, start + 5, "Rutte")
    assert sentence == ("« Nous resterons unis jusqu'au bout. » a déclaré M. Rutte, secrétaire général "
                        "de l'OTAN, devant la presse.")
    assert sentence_around(None, 0, 5, "Rutte") == "Rutte"
