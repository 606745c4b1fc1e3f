"""``veille export`` through click on a real store: PLOVER JSON lines, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json

import docfactory as f
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from veille.cli.query_cmds import query_group
from veille.export import FLAT_FIELDS

PLOVER_FIELDS = {"id", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "mode",
                 "context", "event_loc", "event_text", "text", "text_info", "link", "coder", "coded_date"}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "veille.db"
    f.populate(path)
    return str(path)


def run(*args: str):
    result = CliRunner().invoke(query_group, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_plover_jsonl_records_carry_plover_fields(db):
    lines = run("export", "--db", db, "--format", "plover-jsonl").output.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    for r in records:
        assert PLOVER_FIELDS <= set(r)
        assert r["event"] in {"AGREE", "CONSULT", "RETREAT"}
        assert isinstance(r["actor"], list) and r["actor"]
        assert r["text"] and r["event_text"] in r["text"]  # the evidence is a slice of the article
        start, end = r["text_info"]["evidence_start"], r["text_info"]["evidence_end"]
        assert r["text"][start:end] == r["event_text"]
    consult = next(r for r in records if r["event"] == "CONSULT" and r["text_info"]["article_id"] == "en-1")
    assert consult["actor"] == ["JPN"] and consult["recipient"] == ["NATO"]
    assert consult["date"] == "2024-10-17" and consult["link"] == "https://example.org/en-1"
    assert consult["event_loc"]["country_code"] == "BEL" and consult["event_loc"]["geonameid"] == 2800866
    assert consult["actor_detail"][0]["actor_id"] == "person:gen-nakatani"


def test_dedup_gives_one_record_per_real_world_event(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = run("export", "--db", db, "--dedup", "--no-text", "--output", str(out))
    assert "3 records" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3 and all(r["text"] is None for r in records)
    assert sorted(r["reports"] for r in records) == [1, 2, 2]


def test_export_filters(db):
    lines = run("export", "--db", db, "--type", "AGREE", "--country", "JPN", "--no-text").output.splitlines()
    assert len(lines) == 2 and all(json.loads(x)["event"] == "AGREE" for x in lines)
    assert run("export", "--db", db, "--since", "2025").output == ""


def test_csv_export_is_the_events_layout(db):
    from veille.query.layouts import LAYOUTS

    reports = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "csv").output)))
    header = [f.name for f in LAYOUTS["events"]]
    assert len(reports) == 5 and list(reports[0]) == header
    listed = run("events", "--db", db, "--all-mentions", "--format", "csv", "--limit", "0").output
    assert sorted(map(tuple, csv.reader(io.StringIO(listed)))) == \
        sorted(map(tuple, csv.reader(io.StringIO(run("export", "--db", db, "--format", "csv").output))))
    events = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "csv", "--dedup").output)))
    assert list(events[0]) == header and len(events) <= len(reports)


def test_plover_csv_export(db):
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "plover-csv").output)))
    assert len(rows) == 5 and list(rows[0]) == list(FLAT_FIELDS)
    merged = next(r for r in rows if r["event"] == "AGREE" and r["article_id"] == "en-1")
    assert merged["actor"] == "JPN;NATO"


def test_parquet_export_is_readable_by_pyarrow(db, tmp_path):
    out = tmp_path / "events.parquet"
    run("export", "--db", db, "--format", "parquet", "--output", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 5 and table.column_names == list(FLAT_FIELDS)
    rows = table.to_pylist()
    retreat = next(r for r in rows if r["event"] == "RETREAT")
    assert retreat["actor"] == ["NLD"] and retreat["mode"] == "resign" and retreat["date"] == "2023-07-07"
    import pyarrow as pa

    actor_type = table.schema.field("actor").type
    assert pa.types.is_list(actor_type) and pa.types.is_string(actor_type.value_type)


def test_parquet_of_an_empty_selection_still_has_the_schema(db, tmp_path):
    out = tmp_path / "none.parquet"
    run("export", "--db", db, "--format", "parquet", "--output", str(out), "--type", "ASSAULT")
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == list(FLAT_FIELDS)


def test_parquet_needs_an_output_file(db):
    result = CliRunner().invoke(query_group, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "--output" in result.output


def test_export_of_a_missing_database_fails(tmp_path):
    result = CliRunner().invoke(query_group, ["export", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and result.output.startswith("error: no veille database")
