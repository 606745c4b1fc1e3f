"""The input boundary inside the library: an article whose analysis raises, inside an nlp.pipe batch or a
long text's chunks, fails alone; a store that cannot save fails each article by name (issue 13, point 2).
A spaCy component that raises on a marker word stands for a stage bug: real pipelines, real store."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veille.analyze.batch import BatchCounts, analyze_batch
from veille.analyze.pipeline import Analyzer
from veille.errors import AnalysisError
from veille.ingest.article import Article
from veille.store import Store

pytestmark = pytest.mark.model
MARKER = "Zorglub"


@Language.component("reliability_fault")
def _fault(doc):
    if MARKER in doc.text:
        raise RuntimeError("stage bug")
    return doc


def _articles() -> list[Article]:
    texts = ["Le Japon a signé jeudi un accord avec l'Inde.", f"{MARKER} a signé un accord avec l'Inde.",
             "La France a reçu mardi le chancelier allemand.", "L'OTAN s'est réunie à Bruxelles."]
    return [Article(text=t, id=f"a{i}", origin=f"in/{i}.txt", language="fr", published="2024-10-17")
            for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    analyzer = Analyzer(batch_size=4)
    analyzer.nlp("fr").add_pipe("reliability_fault", last=True)
    return analyzer


def test_a_failing_article_in_a_batch_fails_alone(analyzer, tmp_path):
    results = list(analyzer.analyze_each(_articles()))
    assert [type(r).__name__ for r in results] == ["Document", "AnalysisError", "Document", "Document"]
    assert results[1].origin == "in/1.txt" and "RuntimeError: stage bug" in str(results[1])
    assert results[0].events  # the good ones were fully analysed
    with pytest.raises(AnalysisError):
        list(analyzer.analyze_many(_articles()))
    with Store.open(tmp_path / "v.db") as store:
        counts = BatchCounts()
        for outcome in analyze_batch(_articles(), analyzer, store):
            counts.count(outcome)
        assert (counts.analysed, counts.stored, counts.failed) == (3, 3, 1)
        assert {row.id for row in store.articles()} == {"a0", "a2", "a3"}


def test_a_failing_long_text_fails_alone(analyzer):
    analyzer.chunk_chars = 30  # every text here is "long"
    try:
        results = list(analyzer.analyze_each(_articles()))
    finally:
        analyzer.chunk_chars = 100_000
    assert [type(r).__name__ for r in results] == ["Document", "AnalysisError", "Document", "Document"]


def test_a_store_that_cannot_save_fails_each_article_by_name(analyzer, tmp_path):
    store = Store.open(tmp_path / "v.db")
    store.close()  # every save now raises sqlite3.ProgrammingError
    outcomes = list(analyze_batch(_articles(), analyzer, store))
    assert [o.article.origin for o in outcomes] == [f"in/{i}.txt" for i in range(4)]
    assert all(o.error is not None and not o.stored for o in outcomes)
    assert "not stored" in str(outcomes[0].error) and outcomes[0].document is not None
