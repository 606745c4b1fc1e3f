"""Long texts: cut on paragraph boundaries, analysed in chunks, offsets exact (issue 13, point 6).
The memory figure on a 1 MB article is printed by benchmarks/bench_long_article.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.analyze.pipeline import Analyzer, split_paragraphs
from veille.contract import validate_document
from veille.ingest.article import Article

ROOT = Path(__file__).resolve().parents[2]


def test_split_paragraphs_cuts_on_the_best_boundary():
    text = "Un deux trois.\n\nQuatre cinq.\nSix sept huit. Neuf dix onze douze treize quatorze"
    for size in (5, 12, 20, 40, len(text)):
        pieces = split_paragraphs(text, size)
        assert "".join(pieces) == text
        assert all(0 < len(p) <= size for p in pieces)
    assert split_paragraphs(text, 20)[0] == "Un deux trois.\n\n"
    assert split_paragraphs("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]  # no boundary: cut anyway


@pytest.mark.model
def test_chunked_analysis_keeps_offsets_and_finds_what_the_whole_does():
    paragraphs = []
    for path in sorted((ROOT / "examples").glob("*.fr.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    text = "\n\n".join(paragraphs)
    assert len(text) > 1500
    article = Article(text=text, id="long", published="2024-10-17", language="fr")
    analyzer = Analyzer()
    whole = analyzer.analyze(article)
    analyzer.chunk_chars = 500  # the same loaded pipeline, now cutting the text in chunks
    chunked = analyzer.analyze(article)
    assert whole.status == chunked.status == "ok"
    validate_document(chunked.to_dict(), text)  # every span's text == text[start:end]
    assert len(split_paragraphs(text, 500)) >= 4

    def events(doc):
        return {(e.event, e.trigger.start) for e in doc.events}

    same = events(whole) & events(chunked)
    assert len(same) >= 0.9 * len(events(whole)), (events(whole) - same, events(chunked) - same)
    assert {a.id for a in chunked.actors} >= {a.id for a in whole.actors if a.kind == "country"}
