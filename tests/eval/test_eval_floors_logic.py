from veille.eval.floors import check, raised

MEASURED = {
    "results": [{"task": "plover", "gold": "eval/p.jsonl",
                 "figures": {"plover.type_found": 0.5, "plover.other_type_per_sentence": 0.4, "plover.x": None},
                 "lower_is_better": ["plover.other_type_per_sentence"]}],
    "sets": {"eval/p.jsonl": "abc"},
}


def test_check_passes_within_tolerance_and_fails_below():
    floors = {"tolerance": 0.01, "sets": {"eval/p.jsonl": {"sha256": "abc", "floors": {"plover.type_found": 0.505},
                                                           "ceilings": {"plover.other_type_per_sentence": 0.395}}}}
    assert check(floors, MEASURED) == []
    floors["sets"]["eval/p.jsonl"]["floors"]["plover.type_found"] = 0.6
    floors["sets"]["eval/p.jsonl"]["ceilings"]["plover.other_type_per_sentence"] = 0.3
    failures = check(floors, MEASURED)
    assert len(failures) == 2 and "below its floor" in failures[0] and "above its ceiling" in failures[1]


def test_check_fails_loudly_on_a_changed_set_and_on_a_missing_one():
    floors = {"sets": {"eval/p.jsonl": {"sha256": "old", "floors": {}}, "eval/q.jsonl": {"floors": {}}}}
    failures = check(floors, MEASURED)
    assert any("CHANGED" in f for f in failures) and any("not measured" in f for f in failures)


def test_raised_never_lowers():
    floors = {"tolerance": 0.005, "sets": {"eval/p.jsonl": {"task": "plover", "sha256": "abc",
                                                            "floors": {"plover.type_found": 0.7},
                                                            "ceilings": {"plover.other_type_per_sentence": 0.5}}}}
    new = raised(floors, MEASURED)
    pinned = new["sets"]["eval/p.jsonl"]
    assert pinned["floors"]["plover.type_found"] == 0.7  # measured 0.5 does not lower it
    assert pinned["ceilings"]["plover.other_type_per_sentence"] == 0.4  # lowered ceiling = progress
    assert "plover.x" not in pinned["floors"]
    assert floors["sets"]["eval/p.jsonl"]["ceilings"]["plover.other_type_per_sentence"] == 0.5  # input untouched


def test_raised_repins_a_changed_set():
    floors = {"sets": {"eval/p.jsonl": {"task": "plover", "sha256": "old", "floors": {"plover.type_found": 0.9}}}}
    assert raised(floors, MEASURED)["sets"]["eval/p.jsonl"]["floors"]["plover.type_found"] == 0.5


def test_informative_counts_get_no_floor():
    measured = {"results": [{"task": "places", "gold": "eval/g.jsonl",
                             "figures": {"places.all.recall": 0.7, "places.adjective_gold": 163.0},
                             "lower_is_better": [], "not_gated": ["places.adjective_gold"]}],
                "sets": {"eval/g.jsonl": "h"}}
    pinned = raised({}, measured)["sets"]["eval/g.jsonl"]
    assert pinned["floors"] == {"places.all.recall": 0.7}


def test_repinned_lowers_on_purpose_and_records_why():
    from veille.eval.floors import repinned

    floors = {"sets": {"eval/p.jsonl": {"task": "plover", "sha256": "abc", "floors": {"plover.type_found": 0.9}}}}
    new = repinned(floors, MEASURED, "trade-off for precision", "2026-11-27 23:50 UTC")
    assert new["sets"]["eval/p.jsonl"]["floors"]["plover.type_found"] == 0.5
    assert new["_changes"] == ["2026-11-27 23:50 UTC: re-pinned to measured figures: trade-off for precision"]
