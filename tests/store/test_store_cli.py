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
    assert set(group.commands) == {"articles", "events", "actors", "quotes", "places", "facets", "summary",
                                   "export"}
    assert len(COMMANDS) == 8


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
    # --actor is the actor side: fr-1 reported Nakatani as the one received; --party is either side
    assert ids("--actor", "Nakatani", "--until", "2024-10") == ["E1@en-1"]
    assert ids("--recipient", "Nakatani") == ["E1@fr-1"]
    assert ids("--party", "Nakatani", "--until", "2024-10") == ["E1@en-1", "E1@fr-1"]
    assert ids("--search", "resignation") == ["E1@en-2023"]
    assert len(ids("--limit", "1")) == 1


def test_bad_date_is_a_usage_error(db):
    result = CliRunner().invoke(query_group, ["events", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_actors_name_shows_dated_roles_with_evidence(db):
    result = run("actors", "--db", db, "--name", "Rutte", "--full")
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
    # a speaker nobody is: one error line with the closest names, not an empty answer
    result = CliRunner().invoke(query_group, ["quotes", "--db", db, "--speaker", "Rutt"])
    assert result.exit_code == 0  # a part of a name is fine
    result = CliRunner().invoke(query_group, ["quotes", "--db", db, "--speaker", "Ruttte"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("error: --speaker 'Ruttte'") and "Mark Rutte" in result.stderr


def test_articles_csv(db):
    result = run("articles", "--db", db, "--format", "csv", "--search", "coopération")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["id"] for r in rows] == ["fr-1", "en-1"]
    assert rows[0]["language"] == "fr" and rows[0]["events"] == "2"


def test_csv_of_nested_rows_is_parseable(db):
    result = run("actors", "--db", db, "--format", "csv", "--name", "Rutte")
    [row] = list(csv.DictReader(io.StringIO(result.output)))
    assert row["sector"] == "GOV"
    assert row["roles"].split(";")[0] == "prime minister (NLD, government of the Netherlands) 2023-07-08"


def test_plain_table_when_not_a_terminal(db):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(query_group, ["events", "--db", db])
    lines = result.output.splitlines()
    assert lines[0] == "events: 3"
    assert lines[1].split()[:4] == ["date", "type", "actor", "recipient"]
    assert any("CONSULT" in line and "2024-10-17" in line for line in lines[2:])
    assert "\x1b[" not in result.output  # no terminal escapes when piped


def test_tables_fit_the_terminal_width(db):
    for width in (80, 120, 200):
        result = CliRunner(env={"COLUMNS": str(width)}).invoke(query_group, ["events", "--db", db])
        lines = result.output.splitlines()
        assert lines[0] == "events: 3" and all(len(line) <= width for line in lines)
    narrow = CliRunner(env={"COLUMNS": "80"}).invoke(query_group, ["events", "--db", db]).output.splitlines()
    assert len(narrow) == 1 + 2 * 3  # two lines per event: who did what, then the evidence


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
