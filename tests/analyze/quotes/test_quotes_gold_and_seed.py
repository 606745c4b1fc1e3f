"""The own gold set (tests/gold/quotes.jsonl) and the seed article's four quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.analyze.context import DocContext
from veille.analyze.normalize import normalize, remap
from veille.analyze.quotes import QuotesComponent

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[2] / "gold" / "quotes.jsonl"


def _quotes(nlp, lang: str, text: str):
    norm = normalize(text)
    doc = nlp(norm.text)
    doc._.veille_ctx = DocContext(lang, None, norm.title_end)
    doc._.veille_actors = None  # the entity fallback: independent of the actors stage
    quotes = QuotesComponent(lang).extract(doc)
    remap(quotes, norm.map, text)
    return quotes


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    return inter / (max(a1, b1) - min(a0, b0))


def test_own_gold_set_precision_and_recall(fr_nlp, en_nlp):
    nlps = {"fr": fr_nlp, "en": en_nlp}
    n_gold = n_pred = hits = speakers = 0
    typed = kinds_ok = split = pieces_ok = 0  # lines giving the attribution's kind, or its fragments
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        preds = _quotes(nlps[item["language"]], item["language"], item["text"])
        for q in preds:
            assert item["text"][q.start:q.end] == q.text
        n_pred += len(preds)
        for gold in item["gold"]["quotes"]:
            n_gold += 1
            match = next((p for p in preds if _overlap(gold["start"], gold["end"], p.start, p.end) >= 0.5
                          and p.direct == gold["direct"]), None)
            if "kind" in gold:
                typed += 1
                kinds_ok += match is not None and match.kind == gold["kind"]
            if gold.get("fragments"):
                split += 1
                pieces_ok += match is not None and [[f.start, f.end] for f in match.fragments] == gold["fragments"]
            if match is not None:
                hits += 1
                name = gold["speaker"]
                speakers += (match.speaker is None) if name is None else (
                    match.speaker is not None and (name in match.speaker.name or name in match.speaker.text
                                                   or match.speaker.name in name))
    assert n_gold >= 40
    assert typed >= 15 and kinds_ok / typed >= 0.85, (kinds_ok, typed)
    assert split and pieces_ok == split, (pieces_ok, split)
    precision, recall = hits / n_pred, hits / n_gold
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    assert speakers / hits >= 0.85, speakers / hits


@pytest.mark.shared
def test_seed_quotes_all_four_with_their_speaker(shared_dir, fr_nlp):
    gold = json.loads(next((shared_dir / "gold").glob("*.gold.json")).read_text(encoding="utf-8"))
    text = (shared_dir / gold["document"]["file"]).read_text(encoding="utf-8")
    quotes = _quotes(fr_nlp, "fr", text)
    for g in gold["quotes"]:
        found = [q for q in quotes if g["text_start"] in q.text and g["text_end"] in q.text]
        assert len(found) == 1, g["id"]
        assert found[0].direct == g["direct"], g["id"]
        assert found[0].speaker is not None and found[0].speaker.name == g["speaker"], g["id"]
    # beliefs and findings ("le Japon craint que ...") are attributions the seed gold does not list
    assert len([q for q in quotes if q.kind not in ("belief", "finding")]) == 4
