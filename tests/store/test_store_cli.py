"""The query commands through click, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json

import docfactory as f
import pytest
from click.testing import CliRunner

from veille.cli.query_cmds import COMMANDS, TABLE_LIMIT, query_group, register


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "veille.db"
    f.populate(path)
    return str(path)


def run(*args: str):
    result = CliRunner().invoke(query_group, list(args), catch_exceptions=False)
    return result


def test_register_adds_every_command_to_a_group():
    import click

    group = click.Group("veille")
    register(group)
    assert set(group.commands) == {"articles", "events", "actors", "quotes", "summary", "export"}
    assert len(COMMANDS) == 6


def test_missing_database_is_one_clear_line_and_a_failure(tmp_path):
    missing = str(tmp_path / "nope.db")
    for command in ("articles", "events", "actors", "quotes", "summary"):
        result = run(command, "--db", missing)
        assert result.exit_code != 0
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "nope.db" in lines[0] and lines[0].startswith("error:")
    assert not (tmp_path / "nope.db").exists()  # a query never creates a database


def test_a_file_that_is_not_a_database_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = run("events", "--db", str(bad))
    assert result.exit_code == 1 and result.output.startswith("error: cannot open")


def test_json_prints_one_list(db):
    result = run("events", "--db", db, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert isinstance(data, list) and len(data) == 3  # three real-world events
    consult = next(e for e in data if e["event"] == "CONSULT")
    assert consult["reports"] == 2 and consult["articles"] == 2
    assert sorted(consult["article_ids"]) == ["en-1", "fr-1"]


def test_all_mentions_shows_each_report(db):
    data = json.loads(run("events", "--db", db, "--format", "json", "--all-mentions").output)
    assert len(data) == 5
    assert len({e["cluster_id"] for e in data}) == 3


def test_event_filters_on_the_command_line(db):
    def ids(*args):
        out = run("events", "--db", db, "--format", "json", "--all-mentions", *args)
        assert out.exit_code == 0, out.output
        return sorted(e["id"].split(":")[1] + "@" + e["article_id"] for e in json.loads(out.output))

    assert ids("--type", "agree") == ["E2@en-1", "E2@fr-1"]
    assert ids("--country", "NLD") == ["E1@en-2023"]
    assert ids("--actor", "Nakatani", "--since", "2024-10-18") == []
    assert ids("--actor", "Nakatani", "--until", "2024-10") == ["E1@en-1", "E1@fr-1"]
    assert ids("--search", "resignation") == ["E1@en-2023"]
    assert len(ids("--limit", "1")) == 1


def test_bad_date_is_a_usage_error(db):
    result = CliRunner().invoke(query_group, ["events", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_actors_name_shows_dated_roles_with_evidence(db):
    result = run("actors", "--db", db, "--name", "Rutte")
    assert result.exit_code == 0
    out = result.output
    assert "person:mark-rutte" in out and "prime minister (NLD" in out and "2023-07-08" in out
    data = json.loads(run("actors", "--db", db, "--name", "Rutte", "--format", "json").output)
    [rutte] = data
    by_role = {r["role"]: r for r in rutte["roles"]}
    assert by_role["prime minister"]["first_seen"] == "2023-07-08"
    assert by_role["Secretary General"]["first_seen"] == "2024-10-17"
    assert "Secretary General Mark Rutte" in by_role["Secretary General"]["evidence"]
    assert rutte["mentions"] >= 4


def test_quotes_by_speaker(db):
    data = json.loads(run("quotes", "--db", db, "--speaker", "Rutte", "--format", "json").output)
    assert [q["speaker"] for q in data] == ["Mark Rutte"]
    assert json.loads(run("quotes", "--db", db, "--speaker", "Zelensky", "--format", "json").output) == []


def test_articles_csv(db):
    result = run("articles", "--db", db, "--format", "csv", "--search", "coopération")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["id"] for r in rows] == ["fr-1", "en-1"]
    assert rows[0]["language"] == "fr" and rows[0]["events"] == "2"


def test_csv_of_nested_rows_is_parseable(db):
    result = run("actors", "--db", db, "--format", "csv", "--name", "Rutte")
    [row] = list(csv.DictReader(io.StringIO(result.output)))
    assert row["sector"] == "GOV"
    assert [r["role"] for r in json.loads(row["roles"])][0] == "prime minister"


def test_plain_table_when_not_a_terminal(db):
    result = run("events", "--db", db)
    lines = result.output.splitlines()
    assert lines[0] == "events: 3"
    assert lines[1].split()[:3] == ["date", "event", "mode"]
    assert any("CONSULT" in line and "2024-10-17" in line for line in lines[2:])
    assert "\x1b[" not in result.output  # no terminal escapes when piped


def test_rich_table_on_a_terminal(db, monkeypatch):
    import sys

    runner = CliRunner()
    with runner.isolation() as (out, _err, *_):
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
        with pytest.raises(SystemExit) as stop:
            query_group.main(["articles", "--db", db], standalone_mode=True)
        assert stop.value.code == 0
        text = out.getvalue().decode()
    assert "fr-1" in text and "━" in text  # rich box drawing, not the plain layout


def test_table_default_limit(tmp_path):
    from veille.store import Store

    path = tmp_path / "many.db"
    with Store.open(path) as store:
        for i in range(TABLE_LIMIT + 3):
            text = f"Article number {i} says that the weather in the capital stayed mild for day {i}."
            doc, article = f.build(text, published="2024-01-01", doc_id=f"d{i}")
            store.save(doc, article)
    table = run("articles", "--db", str(path)).output.splitlines()
    assert table[0] == f"articles: {TABLE_LIMIT}" and "--limit" in table[-1]
    assert len(json.loads(run("articles", "--db", str(path), "--format", "json").output)) == TABLE_LIMIT + 3
    assert len(json.loads(run("articles", "--db", str(path), "--format", "json", "--limit", "0").output)) \
        == TABLE_LIMIT + 3
    assert len(run("articles", "--db", str(path), "--limit", "0").output.splitlines()) == TABLE_LIMIT + 5


def test_summary(db):
    result = run("summary", "--db", db)
    assert result.exit_code == 0
    assert "3 articles" in result.output and "5 event reports = 3 distinct events" in result.output
    data = json.loads(run("summary", "--db", db, "--format", "json").output)
    assert (data["articles"], data["actors"], data["events"], data["quotes"]) == (3, 5, 5, 1)


def test_the_veille_command_has_the_query_commands(db):
    """Through the real `veille` group (src/veille/cli/__init__.py), not only query_group."""
    from veille.cli import cli

    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "json", "--type", "CONSULT"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    [consult] = json.loads(result.output)
    assert consult["reports"] == 2
    result = CliRunner().invoke(cli, ["summary", "--db", db])
    assert result.exit_code == 0 and "3 articles" in result.output
