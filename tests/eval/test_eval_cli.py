"""`veille eval` through the real click command, on small gold sets written to tmp_path."""

import json

import pytest
from click.testing import CliRunner
from eval_fixtures import document, event

from veille.cli.eval_cmd import eval_command

TEXT = "Le Japon a envoyé 101 camions en Ukraine en mai 2023. Paris a protesté."


@pytest.fixture
def seed_gold(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus" / "a.fr.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "document": {"file": "corpus/a.fr.txt", "language": "fr", "published": "2024-10-17"},
        "events": [{"id": "E1", "required": True, "event": "AID", "alt_events": [], "actor": ["JPN"],
                    "recipient": ["UKR"], "date": "2023-05", "cue": "Le Japon a envoyé"},
                   {"id": "E2", "required": True, "event": "PROTEST", "alt_events": [], "actor": ["FRA"],
                    "recipient": ["JPN"], "cue": "Paris a protesté"}],
        "actors": [], "countries_mentioned": ["JPN", "UKR"],
        "quotes": [], "times": [{"text": "mai 2023", "value": "2023-05"}],
        "places": [{"text": "Ukraine", "country": "UKR"}],
    }
    path = tmp_path / "gold" / "a.fr.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


@pytest.fixture
def predictions(tmp_path):
    start = TEXT.index("mai 2023")
    doc = document("a.fr.txt",
                   actors=[{"id": "j", "name": "Japon", "kind": "country", "country": "JPN"}],
                   events=[event("AID", ["JPN"], ["UKR"], date="2023-05"), event("ACCUSE", ["FRA"], ["JPN"])],
                   times=[{"start": start, "end": start + 8, "text": "mai 2023", "type": "DATE", "value": "2023-05"}])
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_events_json(seed_gold, predictions):
    result = CliRunner().invoke(eval_command, ["events", str(seed_gold), "--predictions", str(predictions),
                                               "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    figures = payload["results"][0]["figures"]
    assert figures["events.recall"] == 0.5
    assert figures["events.precision"] == 0.5
    assert figures["events.date_accuracy"] == 1.0
    assert figures["times.recall"] == 1.0
    assert figures["actors.countries_recall"] == 0.5
    assert len(payload["sets"][str(seed_gold)]) == 64  # sha256


def test_table_and_show(seed_gold, predictions):
    result = CliRunner().invoke(eval_command, ["events", str(seed_gold.parent), "--predictions", str(predictions),
                                               "--show"])
    assert result.exit_code == 0, result.output
    assert "events.recall" in result.output and "50.0%" in result.output
    assert "MISS" in result.output and "E2 PROTEST FRA -> JPN" in result.output
    assert "FP" in result.output and "ACCUSE FRA -> JPN" in result.output


def test_jsonl_quotes_set(tmp_path):
    text = "« Nous restons », a dit Mme Martin."
    gold = {"id": "q1", "language": "fr", "published": None, "text": text,
            "gold": {"quotes": [{"start": 2, "end": 14, "text": text[2:14], "direct": True, "speaker": "Martin"}]}}
    (tmp_path / "quotes.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    pred = document("q1", quotes=[{"start": 0, "end": 16, "text": text[:16], "direct": True,
                                   "speaker": {"name": "Mme Martin", "actor_id": None, "text": "Mme Martin"}}])
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["quotes", str(tmp_path / "quotes.jsonl"), "--predictions",
                                               str(tmp_path / "pred.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["results"][0]["figures"]
    assert figures["quotes.f1"] == 1.0 and figures["quotes.speaker_accuracy"] == 1.0


def test_bad_gold_is_a_clean_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["timex", str(bad), "--predictions", str(bad)])
    assert result.exit_code != 0
    assert "not JSON" in result.output


def test_raise_floors_needs_all(seed_gold, tmp_path):
    result = CliRunner().invoke(eval_command, ["events", str(seed_gold), "--raise-floors", str(tmp_path / "f.json")])
    assert result.exit_code == 2


def test_predictions_paired_by_text_hash(seed_gold, tmp_path):
    import hashlib

    doc = document("some/other/id", events=[event("AID", ["JPN"], ["UKR"], date="2023-05")],
                   text_sha256=hashlib.sha256(TEXT.encode()).hexdigest())
    path = tmp_path / "by_hash.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    args = ["events", str(seed_gold), "--predictions", str(path), "--format", "json"]
    result = CliRunner().invoke(eval_command, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["figures"]["events.recall"] == 0.5


def test_repin_needs_a_reason_and_a_floors_file(tmp_path):
    result = CliRunner().invoke(eval_command, ["all", str(tmp_path), "--repin", "why"])
    assert result.exit_code == 2 and "--repin needs" in result.output
