"""The real-news scorer: type or alt type, CODE[:SECTOR] sides, explicit symmetry, thresholds."""

from __future__ import annotations

from veille.eval.gold import GoldDocument
from veille.eval.realnews import score_real_news


def gold(lang, events):
    return GoldDocument(id=f"d-{lang}", text="x", gold={"events": events}, language=lang)


def ev(event, actor, recipient, confidence=0.9):
    return {"event": event, "confidence": confidence,
            "actor": [{"actor_id": None, "code": c, "sector": [], "text": c} for c in actor],
            "recipient": [{"actor_id": None, "code": c, "sector": [], "text": c} for c in recipient],
            "evidence": {"start": 0, "end": 1, "text": "x"}}


def g(type_, actor, recipient, *, alt=(), required=True, symmetric=False):
    return {"type": type_, "alt_types": list(alt), "actor": actor, "recipient": recipient,
            "required": required, "symmetric": symmetric, "date": None}


def test_matching_rule_and_thresholds():
    fr = gold("fr", [g("ASSAULT", ["ISR:MIL"], ["PSE:REB"]), g("CONSULT", ["USA"], ["CHN"], symmetric=True),
                     g("ACCUSE", ["FRA"], ["USA"], alt=["SANCTION"], required=False)])
    en = gold("en", [g("REQUEST", ["AUS:OPP"], ["AUS:GOV"]), g("AID", [], ["HTI"])])
    preds_fr = {"events": [ev("ASSAULT", ["ISR"], ["PSE"]), ev("CONSULT", ["CHN"], ["USA"]),
                           ev("SANCTION", ["FRA"], ["USA"], 0.3), ev("ASSAULT", ["PSE"], ["ISR"], 0.4)]}
    preds_en = {"events": [ev("REQUEST", ["AUS"], ["AUS"], 0.45), ev("AID", ["BRA"], ["HTI"])]}
    result = score_real_news([(fr, preds_fr), (en, preds_en)], default_threshold=0.5, thresholds=(0.0, 0.5))
    # at 0.5: fr ASSAULT and swapped symmetric CONSULT hit, en AID hits (empty gold side), REQUEST below
    assert result.value("realnews.precision") == 1.0
    assert result.value("realnews.recall") == 3 / 4
    assert result.value("realnews.fr.recall") == 1.0 and result.value("realnews.en.recall") == 0.5
    # at 0: the optional SANCTION is neither hit nor false positive, the reversed ASSAULT is a false positive
    assert result.value("realnews.at_0.00.recall") == 1.0
    assert result.value("realnews.at_0.00.precision") == 4 / 5
    assert not result.figure("realnews.at_0.00.precision").gated
