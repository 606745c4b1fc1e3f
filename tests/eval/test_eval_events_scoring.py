import pytest
from eval_fixtures import document, event, gold

from veille.eval.codes import CodeNormalizer
from veille.eval.events import GoldEvent, PredEvent, event_matches, score_events

CODES = CodeNormalizer({"JAP": "JPN"})


def g(kind, actor, recipient, *, alt=(), required=True, date=None, location=None, note=None, gid="G"):
    return {"id": gid, "event": kind, "alt_events": list(alt), "actor": actor, "recipient": recipient,
            "required": required, "date": date, "date_note": note, "location": location}


def pe(kind, actor, recipient):
    return PredEvent(0, kind, frozenset(actor), frozenset(recipient), None, None, "")


def ge(**kw):
    return GoldEvent.from_dict(g(**kw), 0, CODES)


def test_type_or_alternative_and_one_code_per_side():
    gold_ev = ge(kind="AGREE", actor=["JPN", "AUS"], recipient=["NATO"], alt=["COOPERATE"])
    assert event_matches(pe("AGREE", ["AUS"], ["NATO"]), gold_ev)
    assert event_matches(pe("COOPERATE", ["JPN", "FRA"], ["NATO"]), gold_ev)
    assert not event_matches(pe("CONSULT", ["JPN"], ["NATO"]), gold_ev)
    assert not event_matches(pe("AGREE", ["JPN"], ["UKR"]), gold_ev)


def test_symmetric_types_may_swap_or_merge_sides_others_may_not():
    consult = ge(kind="CONSULT", actor=["JPN"], recipient=["UKR"])
    assert event_matches(pe("CONSULT", ["UKR"], ["JPN"]), consult)  # swapped
    assert event_matches(pe("CONSULT", ["JPN", "UKR"], []), consult)  # merged
    request = ge(kind="REQUEST", actor=["JPN"], recipient=["UKR"])
    assert not event_matches(pe("REQUEST", ["UKR"], ["JPN"]), request)


def test_gold_codes_go_through_aliases():
    assert ge(kind="AID", actor=["JAP"], recipient=["UKR"]).actor == frozenset({"JPN"})


def test_precision_recall_optional_and_duplicates():
    golds = {"events": [
        g("CONSULT", ["JPN"], ["UKR"], gid="E1", date="2024-10-17", location={"name": "Bruxelles", "country": "BEL"}),
        g("AID", ["JPN"], ["UKR"], gid="E2", date="2023-05"),
        g("ASSAULT", ["RUS"], ["UKR"], gid="O1", required=False),
    ]}
    preds = document(events=[
        event("CONSULT", ["UKR"], ["JPN"], date="2024-10-17", location={"name": "Bruxelles", "country": "BEL"}),
        event("CONSULT", ["JPN"], ["UKR"]),  # the same gold event again: a false positive
        event("ASSAULT", ["RUS"], ["UKR"]),  # optional: neither hit nor false positive
        event("SANCTION", ["USA"], ["RUS"]),  # false positive
    ])
    result = score_events([(gold(golds), preds)])
    assert result.value("events.recall") == pytest.approx(1 / 2)
    assert result.value("events.precision") == pytest.approx(1 / 3)
    assert result.value("events.f1") == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert result.value("events.optional_matched") == 1
    assert result.value("events.date_accuracy") == 1.0
    assert result.value("events.place_accuracy") == 1.0
    kinds = sorted(i.kind for i in result.issues)
    assert kinds == ["fp", "fp", "miss"]


def test_matching_maximises_required_hits():
    # the first extracted event fits both gold events; greedy assignment would waste it on E1
    golds = {"events": [g("CONSULT", ["JPN"], ["UKR", "AUS"], gid="E1"), g("CONSULT", ["JPN"], ["AUS"], gid="E2")]}
    preds = document(events=[event("CONSULT", ["JPN"], ["AUS"]), event("CONSULT", ["JPN"], ["UKR"])])
    result = score_events([(gold(golds), preds)])
    assert result.value("events.recall") == 1.0 and result.value("events.precision") == 1.0


def test_wrong_date_and_place_are_counted_on_matched_events():
    golds = {"events": [g("MOBILIZE", ["CHN"], ["TWN"], date="2024-W42", location={"name": "Taïwan", "country": "TWN"},
                          note="any day from 2024-10-14 to 2024-10-16 is right")]}
    preds = document(events=[event("MOBILIZE", ["CHN"], ["TWN"], date="2024-10-17",
                                   location={"name": "Pékin", "country": "CHN"})])
    result = score_events([(gold(golds), preds)])
    assert result.value("events.date_accuracy") == 0.0
    assert result.value("events.date_compatible") == 1.0
    assert result.value("events.place_accuracy") == 0.0


def test_place_right_by_name_when_country_differs():
    golds = {"events": [g("AID", ["JPN"], ["UKR"], location={"name": "Kiev", "country": "UKR"})]}
    preds = document(events=[event("AID", ["JPN"], ["UKR"], location={"name": "kiev", "country": None})])
    assert score_events([(gold(golds), preds)]).value("events.place_accuracy") == 1.0


def test_no_prediction_gives_zero_recall_and_undefined_precision():
    golds = {"events": [g("AID", ["JPN"], ["UKR"])]}
    result = score_events([(gold(golds), document())])
    assert result.value("events.recall") == 0.0
    assert result.value("events.precision") is None
    assert result.value("events.f1") == 0.0


def test_own_jsonl_events_set_gets_event_figures_only(tmp_path):
    import json

    from veille.eval.gold import load_jsonl
    from veille.eval.tasks import score

    row = {"id": "e1", "language": "en", "published": "2024-10-17", "text": "Japan sent trucks to Ukraine.",
           "gold": {"events": [{"event": "AID", "alt_events": [], "actor": ["JPN"], "recipient": ["UKR"],
                                "date": "2024-10-17"}]}}
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    docs = load_jsonl(path)
    result = score("events", [(docs[0], document("e1", events=[event("AID", ["JPN"], ["UKR"], date="2024-10-17")]))])
    assert result.value("events.f1") == 1.0 and result.value("events.date_accuracy") == 1.0
    assert all(f.name.startswith("events.") for f in result.figures)


def test_matching_prefers_the_main_type_over_an_alternative():
    golds = {"events": [g("AGREE", ["JPN"], ["UKR"], alt=["AID"], gid="E5"), g("AID", ["JPN"], ["UKR"], gid="E6")]}
    preds = document(events=[event("AID", ["JPN"], ["UKR"])])
    result = score_events([(gold(golds), preds)])
    assert [i.what.split()[0] for i in result.issues if i.kind == "miss"] == ["E5"]
