"""Targets on ../shared: the seed article's people, countries and organisations; plover-gsr actor codes."""

from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared]


def _normalise(text: str) -> str:
    # what the lead's pipeline does before analysis
    return text.replace("\u2019", "'").replace("\u00a0", " ")


@pytest.fixture(scope="module")
def seed(shared_dir, fr_actors):
    text = next((shared_dir / "corpus" / "seed").glob("*.fr.txt")).read_text(encoding="utf-8")
    gold = json.loads(next((shared_dir / "gold").glob("*.gold.json")).read_text(encoding="utf-8"))
    return fr_actors(_normalise(text)), gold


def test_seed_people(seed):
    table, gold = seed
    people = [a for a in table.actors if a.kind == "person"]
    for g in (x for x in gold["actors"] if x["kind"] == "person"):
        surname = g["name"].split()[-1]
        found = [p for p in people if p.name.split()[-1] == surname]
        assert len(found) == 1, g["name"]
        person = found[0]
        assert person.country == g["country"], g["name"]
        assert person.role == g["role"], g["name"]
        assert set(g["sector"]) <= set(person.sector), g["name"]


def test_seed_countries_and_organisations(seed):
    table, gold = seed
    countries = {a.id for a in table.actors if a.kind == "country"}
    assert set(gold["countries_mentioned"]) <= countries
    orgs = {a.id for a in table.actors if a.kind == "organization" and a.igo}
    assert {"NATO", "G7"} <= orgs
    nato = table.by_id("NATO")
    assert "alliance" in " ".join(m.text for m in nato.mentions)  # "l'alliance" resolved
    assert table.by_id("group:CHN:GOV") is not None  # "Pékin revendique"


def test_seed_later_mentions_resolve(seed):
    table, _gold = seed
    nakatani = next(a for a in table.actors if a.kind == "person" and a.name.endswith("Nakatani"))
    assert len(nakatani.mentions) == 4
    rutte = table.by_id("person:mark-rutte")
    assert [m.text for m in rutte.mentions].count("Rutte") == 2


def test_plover_gsr_actor_codes(shared_dir, en_nlp):
    """Gold source and target codes are among the sentence's actors in >= 90% of the dev sentences."""
    from veille.analyze.actors import ActorsComponent
    from veille.analyze.actors._lexicon import cameo_country_codes

    component = ActorsComponent(en_nlp)
    cameo = cameo_country_codes()
    igo_codes = {o.id for o in component.lexicon.orgs.values() if o.igo}
    lines = (shared_dir / "eval" / "plover-gsr.dev.jsonl").read_text(encoding="utf-8").splitlines()
    hits = total = 0
    for line in lines:
        record = json.loads(line)
        gold = [cameo.get(g["code"], g["code"]) for side in ("source", "target")
                for g in (record["gold"].get(side) or []) if g.get("code")]
        if not gold:
            continue
        actors = component(en_nlp(_normalise(record["text"])))._.veille_actors.actors
        have = {a.country for a in actors if a.country}
        if any(a.igo or a.country in igo_codes or a.country == "NGO" for a in actors):
            have.add("IGO")
        total += 1
        hits += all(code in have for code in gold)
    assert total > 100
    assert hits / total >= 0.90, f"{hits}/{total}"
