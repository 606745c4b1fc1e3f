"""docs/questions.md: each of the six questions is one command; every `$ veille` line of the page runs here
against the database analysed from examples/, and its answer is checked against the database itself."""

from __future__ import annotations

import csv
import io
import shlex
import sqlite3

import pytest
from click.testing import CliRunner
from query_examples import ROOT, examples_db

from veille.cli import cli

pytestmark = pytest.mark.model

PAGE = ROOT / "docs" / "questions.md"


def commands() -> list[list[str]]:
    return [shlex.split(line[2:])[1:] for line in PAGE.read_text(encoding="utf-8").splitlines()
            if line.startswith("$ veille ")]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return examples_db(tmp_path_factory.getbasetemp(), tmp_path_factory.mktemp("questions") / "v.db")


def answer(db: str, args: list[str]) -> str:
    result = CliRunner(env={"COLUMNS": "100"}).invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def sql(db: str, query: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


def test_the_page_has_one_command_per_question():
    assert len(commands()) == 6
    headings = [line for line in PAGE.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert len(headings) == 6


def test_1_us_as_actor_by_type_in_a_period(db):
    out = answer(db, commands()[0])
    counted = {line.split()[0]: int(line.split()[1]) for line in out.splitlines()[2:]}
    truth: dict[str, set] = {}
    for event, cluster in sql(db, "SELECT e.event, e.cluster_id FROM events e JOIN event_actors x ON x.event_id"
                                  " = e.id WHERE x.side = 'actor' AND x.code = 'USA' AND e.day_start >= '2015-01-01'"
                                  " AND e.day_end <= '2021-12-31'"):
        truth.setdefault(event, set()).add(cluster)
    assert counted == {k: len(v) for k, v in truth.items()} and counted  # the examples have some
    assert "AGREE" not in counted  # Biden's 2024 agreement is outside the period


def test_2_everything_involving_a_country_with_evidence(db):
    out = answer(db, commands()[1])
    n = len({c for (c,) in sql(db, "SELECT e.cluster_id FROM events e JOIN event_actors x ON x.event_id = e.id"
                                   " WHERE x.code = 'UKR'")})
    assert out.splitlines()[0] == f"events: {n}" and n >= 3
    for (evidence,) in sql(db, "SELECT e.evidence FROM events e JOIN event_actors x ON x.event_id = e.id"
                               " WHERE x.code = 'UKR'"):
        words = " ".join(evidence.split()).split()
        assert " ".join(words[-3:]) in " ".join(out.split())  # whole: --full


def test_3_quotes_by_a_person(db):
    out = answer(db, commands()[2])
    quotes = sql(db, "SELECT text FROM quotes WHERE speaker_id = 'person:laurent-fabius'")
    assert out.splitlines()[0] == f"quotes: {len(quotes)}" and quotes
    assert all(text in out for (text,) in quotes)


def test_4_stories_in_both_languages(db):
    out = answer(db, commands()[3])
    truth = sql(db, "SELECT story_id FROM articles GROUP BY story_id HAVING COUNT(DISTINCT language) >= 2")
    assert out.splitlines()[0] == f"articles by story: {len(truth)}"
    assert all(story in out for (story,) in truth)


def test_5_spreadsheet_with_a_count_per_day(db):
    out = answer(db, commands()[4])
    assert out.startswith("\ufeffvalue,label,count,reports,articles,languages")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    truth = dict(sql(db, "SELECT day_start, COUNT(DISTINCT cluster_id) FROM events WHERE day_start = day_end"
                         " GROUP BY day_start"))
    assert {r["value"]: int(r["count"]) for r in rows if r["value"]} == truth


def test_6_who_a_person_is(db):
    out = answer(db, commands()[5])
    [(role, published, evidence)] = sql(db, "SELECT role, published, evidence FROM actor_roles"
                                            " WHERE actor_id = 'person:jens-stoltenberg'")
    flat = " ".join(out.split())
    assert role in flat and published in flat and " ".join(evidence.split()) in flat


def test_the_page_shows_what_the_commands_print(db):
    """The output shown under each command has the shape the command prints: its first line with the
    numbers masked (the data changes as the analysis improves), and the column header when there is one."""
    import re

    def shape(line: str) -> str:
        return re.sub(r"\d+", "N", line)

    for block in PAGE.read_text(encoding="utf-8").split("```console\n")[1:]:
        lines = block.split("```", 1)[0].splitlines()
        args = shlex.split(lines[0][2:])[1:]
        printed = answer(db, args).lstrip("\ufeff").splitlines()
        assert shape(printed[0]) == shape(lines[1]), args
        if lines[2:3] and "  " in lines[2] and lines[2].split()[0] in ("value", "published", "date", "name"):
            assert printed[1].split() == lines[2].split(), args
