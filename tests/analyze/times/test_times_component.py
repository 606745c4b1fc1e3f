"""The spaCy factory, the contract of its output, and the shared gold (seed and French TimeBank)."""

from __future__ import annotations

import json
from datetime import date

import pytest
import spacy

import veille.analyze.times  # noqa: F401  (registers the factory)
from veille.analyze.context import DocContext
from veille.contract.models import Time


def test_factory_on_blank_pipeline_without_context():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_times")
    doc = nlp("Il est arrivé hier soir, le 17 octobre 2024, pour trois jours.")
    items = doc._.veille_times
    assert all(isinstance(t, Time) for t in items)
    got = {t.text: (t.value, t.resolved) for t in items}
    assert got["hier soir"] == ("XXXX-XX-XXTEV", False)
    assert got["le 17 octobre 2024"] == ("2024-10-17", True)
    assert got["trois jours"] == ("P3D", True)
    for t in items:
        assert doc.text[t.start:t.end] == t.text


def test_factory_reads_the_publication_date_from_the_context():
    nlp = spacy.blank("en")
    comp = nlp.add_pipe("veille_times")
    doc = nlp.make_doc("The talks ended yesterday.")
    doc._.veille_ctx = DocContext(language="en", published=date(2024, 10, 17))
    comp(doc)
    assert [(t.text, t.value) for t in doc._.veille_times] == [("yesterday", "2024-10-16")]


def test_empty_and_timeless_documents():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_times")
    assert nlp("")._.veille_times == []
    assert nlp("Le chat dort sur le canapé.")._.veille_times == []


def _run_fr(fr_nlp, text: str, published: date):
    from veille.analyze.times import TimesComponent

    comp = TimesComponent(fr_nlp)
    doc = fr_nlp(text)
    return comp.find(doc, lang="fr", published=published)


@pytest.mark.model
@pytest.mark.shared
def test_seed_gold_times(fr_nlp, shared_dir):
    gold = json.loads((shared_dir / "gold" / "nato-indo-pacific-2024-10-17.fr.gold.json").read_text())
    path = shared_dir / gold["document"]["file"]
    text = path.read_text(encoding="utf-8").replace("\u2019", "'")
    items = _run_fr(fr_nlp, text, date.fromisoformat(gold["document"]["published"]))
    for g in gold["times"]:
        hits = [t for t in items if t.text.lower() == g["text"].lower() and t.value == g["value"]]
        assert len(hits) >= g.get("occurrences", 1), (g, [(t.text, t.value) for t in items])


@pytest.mark.model
@pytest.mark.shared
def test_fr_timebank_value_f1(fr_nlp, shared_dir):
    from veille.analyze.times import TimesComponent

    comp = TimesComponent(fr_nlp)
    rows = [json.loads(line) for line in (shared_dir / "eval" / "fr-timebank.dev.jsonl").open()]
    n_gold = n_pred = n_ok = 0
    for row, doc in zip(rows, fr_nlp.pipe(r["text"] for r in rows)):
        pred = comp.find(doc, lang="fr", published=date.fromisoformat(row["published"]))
        gold = row["gold"]["times"]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            for i, p in enumerate(pred):
                if i not in used and p.start < g["end"] and g["start"] < p.end and p.value == g["value"]:
                    used.add(i)
                    n_ok += 1
                    break
    precision, recall = n_ok / n_pred, n_ok / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85, (precision, recall, f1)
