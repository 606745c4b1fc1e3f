"""The language registry: packaged languages and a throwaway one found through a search path."""

from pathlib import Path

import pytest

from veille import languages
from veille.errors import LanguageError


def test_packaged_languages_name_their_pipeline():
    reg = languages.registry()
    assert {"fr", "en"} <= set(reg)
    assert reg["fr"].spacy == "fr_core_news_md"
    assert reg["fr"].path("language.yaml").is_file()


def test_unknown_language_is_a_language_error():
    with pytest.raises(LanguageError, match="'xx'"):
        languages.get("xx")


def test_extra_folder_adds_a_language_without_python(tmp_path: Path):
    folder = tmp_path / "xx"
    (folder / "times").mkdir(parents=True)
    (folder / "language.yaml").write_text("code: xx\nname: Test\nspacy: 'blank:xx'\n", encoding="utf-8")
    (folder / "times" / "words.tsv").write_text("# comment\nlundi\tMO\n\n", encoding="utf-8")
    reg = languages.registry([tmp_path])
    spec = reg.get_spec("xx")
    assert spec.spacy == "blank:xx"
    assert spec.tsv("times", "words.tsv") == [["lundi", "MO"]]
    assert "fr" in reg  # packaged languages stay behind the extra folders
