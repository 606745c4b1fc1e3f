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


def _booleans(value: object, where: str) -> list[str]:
    if isinstance(value, bool):
        return [where]
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _booleans(v, f"{where}/{k}")]
    if isinstance(value, list):
        return [b for v in value for b in _booleans(v, f"{where}[]")]
    return []


@pytest.mark.parametrize("code", ["fr", "en"])
def test_no_word_of_a_languages_data_is_read_as_a_yaml_boolean(code):
    """YAML reads a bare on/off/yes/no as a boolean: the English "on" must be quoted to stay a word."""
    spec = languages.get(code)
    for stage in sorted(p.name for p in spec.data_dir.iterdir() if p.is_dir()):
        for path in sorted(spec.path(stage).glob("*.yaml")):
            found = _booleans(spec.yaml(stage, path.name), path.name)
            assert not [b for b in found if b.endswith("[]")], found


def test_each_packaged_language_has_a_sample_sentence():
    for code in ("fr", "en"):
        assert languages.get(code).sample.endswith(".")
