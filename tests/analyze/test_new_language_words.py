"""A language's actors and places words are its own data: a throwaway language ``xx`` (blank spaCy
pipeline, no model) gets its role words, group nouns, adjective inflection, pronouns and function words from
its folder alone, and borrows no other language's words. No Python edit is involved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from veille import languages

ROOT = Path(__file__).resolve().parents[2]

# words made up for the test: "borovian" is Russian, "voisko" an army, "vozhd" a leader, "vo" means "in",
# "ta" is an article, "on" a pronoun; plurals take "-ek", titles put the plural on their first word
FILES = {
    "language.yaml": "code: xx\nname: Testish\nspacy: 'blank:xx'\nsample: Voisko borovianek vo Colchester.\n",
    "actors/adjectives.tsv": "# iso3\tadjectives\tnouns\nRUS\tborovian\t\n",
    "actors/morphology.yaml": ("adjective_forms:\n  - {name: plural, from: base, rules: [['', ek]]}\n"
                               "title_plural: {head: first, rules: [['', ek]]}\n"),
    "actors/roles.yaml": "roles:\n  - {phrase: vozhd, sector: [GOV]}\n",
    "actors/groups.yaml": "MIL: [voisko]\n",
    "actors/words.yaml": "pronouns: ['on']\ngenitive: [ot]\ndeterminers: [ta]\n",
    "places/words.yaml": "locatives:\n  strong: [vo]\n  weak: []\narticles: [ta]\nclitics: []\n",
}


def _language(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "langs"
    for name, text in files.items():
        path = folder / "xx" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _analyse(tmp_path: Path, folder: Path, text: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    env = {"VEILLE_LANG_PATH": str(folder), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "veille", "analyze", str(article), "--lang", "xx", "--no-store",
         "--format", "jsonl", "--published", "2024-10-20"],
        capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


TEXT = "Voisko borovianek stoit vo Colchester. Russian troops in Colchester."


def test_actors_and_places_words_come_from_the_language_folder(tmp_path):
    doc = _analyse(tmp_path, _language(tmp_path, FILES), TEXT)
    assert doc["language"] == "xx" and doc["status"] == "ok"
    groups = {a["id"]: [m["text"] for m in a["mentions"]] for a in doc["actors"]}
    # the group noun and the plural adjective made by the language's own morphology table
    assert groups == {"group:RUS:MIL": ["Voisko borovianek"]}  # "Russian troops": English words, not xx's
    # "vo" is a locative of xx: a known name after it is a place without any NER; the second "Colchester" is
    # that same place by one sense per name in a document (the English "in" places nothing: without xx's
    # words, the test below finds no place at all)
    assert [(p["text"], p["country"]) for p in doc["places"]] == [("Colchester", "GBR"), ("Colchester", "GBR")]


def test_without_its_words_a_language_finds_less_and_borrows_nothing(tmp_path):
    bare = {"language.yaml": FILES["language.yaml"]}
    doc = _analyse(tmp_path, _language(tmp_path, bare), TEXT)
    assert doc["status"] == "ok"
    assert doc["actors"] == [] and doc["places"] == []


def test_the_lexicon_and_place_words_read_the_throwaway_folder(tmp_path, monkeypatch):
    from veille.analyze.actors._lexicon import load_lexicon
    from veille.analyze.places._lexicon import place_words

    monkeypatch.setenv(languages.ENV_PATH, str(_language(tmp_path, FILES)))
    load_lexicon.cache_clear()
    place_words.cache_clear()
    try:
        lex = load_lexicon("xx")
        assert lex.words.pronouns == {"on"} and lex.words.locatives == {"vo"}
        assert lex.adjectives == {"borovian": "RUS", "borovianek": "RUS"}
        assert lex.morphology.title_plural("vozhd") == "vozhdek"
        assert lex.states["RUS"].name == "Russia"  # the display language is a stated choice, not xx
        assert "Russie" not in lex.state_names and "Russia" not in lex.state_names  # CLDR has no xx names
        words = place_words("xx")
        assert words.articles == {"ta"} and words.locatives == words.strong_locatives == {"vo"}
    finally:
        load_lexicon.cache_clear()
        place_words.cache_clear()
