"""No gold file of the repository holds a text copied from the shared sets (``scripts/find_shared_excerpts.py``),
and no unit test under ``tests/analyze/`` a sentence of them: tests use sentences written for the project.

The shared README forbids copying the texts of ``../shared/eval`` into the repository: gold written on them keeps
document ids (and, for sentences cut from an article, offsets) and ``shared_text_join.py`` rebuilds the texts. The
evidence excerpts the scorers match (``sentence``, ``trigger`` of the real-news gold, the quotations' ``text`` of
``quotes_real_fr.jsonl``) stay; a document's own ``text`` may not be a copy.
"""

from __future__ import annotations

import json

import pytest
from scripts_loader import load_script

finder = load_script("find_shared_excerpts")


def _index(tmp_path, texts):
    folder = tmp_path / "eval"
    folder.mkdir()
    rows = [{"id": f"d{n}", "text": text} for n, text in enumerate(texts)]
    (folder / "set.dev.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return finder.shared_index(folder)


def test_a_copied_sentence_is_found_whatever_its_quotation_marks_and_case(tmp_path):
    index = _index(tmp_path, ["Intro. The minister said on Monday that the talks with the union would resume "
                              "next week in the capital, aides said. Other words."])
    tokens = finder.words("“the talks with the union would resume next week in the capital,” aides said")
    assert list(finder.matches(tokens, index, 12)) == [(0, 14, "set.dev.jsonl:d0")]


def test_a_short_quotation_and_a_paraphrase_are_not_reported(tmp_path):
    index = _index(tmp_path, ["The minister said on Monday that the talks with the union would resume next week."])
    assert not list(finder.matches(finder.words("the talks with the union would resume"), index, 12))
    paraphrase = "The minister said on Tuesday that talks with the unions could resume next week."
    assert not list(finder.matches(finder.words(paraphrase), index, 12))


def test_a_sentence_split_over_two_source_lines_is_found(tmp_path):
    index = _index(tmp_path, ["Intro. The minister said on Monday that the talks with the union would resume "
                              "next week in the capital, aides said. Other words."])
    unit = tmp_path / "tests" / "analyze" / "test_copy.py"
    unit.parent.mkdir(parents=True)
    unit.write_text('TEXT = ("The minister said on Monday that the talks with the union "\n'
                    '        "would resume next week.")\n', encoding="utf-8")
    [item] = finder.excerpts(tmp_path, index, 12)
    assert (item.path, item.line, item.field, item.words) == ("tests/analyze/test_copy.py", 1, "literal", 15)


def test_a_stretch_spread_over_two_documents_is_not_one_excerpt(tmp_path):
    index = _index(tmp_path, ["one two three four five six seven eight nine ten",
                              "three four five six seven eight nine ten eleven twelve thirteen"])
    tokens = finder.words("one two three four five six seven eight nine ten eleven twelve thirteen")
    assert not list(finder.matches(tokens, index, 12))


@pytest.mark.shared
def test_no_gold_document_text_is_copied_from_the_shared_sets(shared_dir):
    index = finder.shared_index(shared_dir / "eval")
    copied = [item for item in finder.excerpts(finder.ROOT, index, 12)
              if item.path.startswith("tests/gold/") and item.field == "text"]
    assert copied == []


@pytest.mark.shared
def test_no_unit_test_copies_a_shared_sentence(shared_dir):
    index = finder.shared_index(shared_dir / "eval")
    found = finder.excerpts(finder.ROOT, index, 12)
    copied = [f"{item.path}:{item.line} {item.document} {item.start}" for item in found
              if item.path.startswith("tests/analyze/")]
    assert copied == []
