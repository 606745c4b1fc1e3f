"""Issue 19's friction points, each through the real `veille` command on the database analysed from
examples/ (every expected value is read from the database itself, not typed in)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner
from query_examples import examples_db

from veille.cli import cli
from veille.query import LAYOUTS, ontology

pytestmark = pytest.mark.model

EVENT_HEADER = ("id,date,date_start,date_end,precision,type,mode,status,confidence,actor,actor_code,recipient,"
                "recipient_code,place,country,lat,lon,reports,articles,languages,evidence,event_id,article_ids")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return examples_db(tmp_path_factory.getbasetemp(), tmp_path_factory.mktemp("query") / "v.db")


def veille(db: str, *args: str, columns: int = 100):
    return CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, [*args, "--db", db])


def ok(db: str, *args: str, columns: int = 100) -> str:
    result = veille(db, *args, columns=columns)
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(db: str, *args: str) -> list[dict]:
    return json.loads(ok(db, *args, "--format", "json", "--limit", "0"))


def sql(db: str, query: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


def clusters(db: str, where: str, *params: object) -> set[str]:
    return {c for (c,) in sql(db, "SELECT DISTINCT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"
                                  f" WHERE {where}", *params)}


# 1. tables readable at 80 and 120 columns ----------------------------------------------------------
@pytest.mark.parametrize("width", [80, 120])
def test_events_fit_the_width_one_or_two_lines_each(db, width):
    n = len(clusters(db, "1"))
    lines = ok(db, "events", columns=width).splitlines()
    assert lines[0] == f"events: {n}"
    assert all(len(line) <= width for line in lines)
    assert n < len(lines) <= 2 * n + 1  # a header line at most
    evidences = [e for (e,) in sql(db, "SELECT evidence FROM events")]
    assert any(len(e) > width for e in evidences)  # so the cut is exercised
    compact = ok(db, "events", "--compact", columns=width).splitlines()
    assert len(compact) == n + 1 and all(len(line) <= width for line in compact)


def test_full_shows_evidence_whole_and_columns_choose(db):
    longest = max((e for (e,) in sql(db, "SELECT evidence FROM events")), key=len)
    out = ok(db, "events", "--full", columns=80)
    assert " ".join(longest.split()) in " ".join(out.split())
    assert " ".join(longest.split()) not in " ".join(ok(db, "events", columns=80).split())
    lines = ok(db, "events", "--columns", "type,date,actor_code", columns=80).splitlines()
    assert lines[1].split() == ["type", "date", "actor_code"]
    assert lines[2].split()[0] in ontology().types
    data = json.loads(ok(db, "events", "--columns", "type,date", "--format", "json"))
    assert all(set(d) == {"type", "date"} for d in data)
    bad = veille(db, "events", "--columns", "type,colour")
    assert bad.exit_code == 2 and "colour" in bad.output and "evidence" in bad.output


# 2. sides: --actor, --recipient, --party; every way to name a country gives the same rows ----------
def test_side_filters_and_one_resolver(db):
    def ids(*args: str) -> set[str]:
        return {e["cluster_id"] for e in as_json(db, "events", *args)}

    as_actor = clusters(db, "e.id IN (SELECT event_id FROM event_actors WHERE side = 'actor' AND code = 'USA')")
    as_recipient = clusters(db, "e.id IN (SELECT event_id FROM event_actors WHERE side = 'recipient'"
                                " AND code = 'USA')")
    assert as_actor and as_recipient and as_actor != as_recipient
    for name in ("USA", "usa", "US", "country:USA", "United States", "États-Unis", "Etats-Unis"):
        assert ids("--actor", name) == as_actor, name
    assert ids("--recipient", "Etats-Unis") == as_recipient
    assert ids("--party", "USA") == as_actor | as_recipient
    assert ids("--actor", "OTAN") == ids("--actor", "NATO") == ids("--actor", "igo:NATO") != set()
    biden = clusters(db, "e.id IN (SELECT event_id FROM event_actors WHERE actor_id = 'person:joe-biden')")
    assert ids("--actor", "Biden") == biden and biden < as_actor


# 3. readable names beside codes ----------------------------------------------------------------------
def test_names_beside_codes_in_tables_and_csv(db):
    out = ok(db, "events", "--actor", "USA", columns=120)
    assert "United States (USA)" in out and "Barack Obama (USA)" in out
    rows = list(csv.DictReader(io.StringIO(ok(db, "events", "--actor", "USA", "--format", "csv"))))
    by_code = {(r["actor"], r["actor_code"]) for r in rows}
    assert ("United States", "USA") in by_code and ("Barack Obama", "USA") in by_code


# 4. bad values fail loudly, naming what exists ---------------------------------------------------------
@pytest.mark.parametrize("args, named", [
    (("events", "--type", "ATTACK"), "ASSAULT"),  # the list of PLOVER types
    (("events", "--mode", "bombing"), "aerial"),
    (("events", "--status", "maybe"), "hypothetical"),
    (("events", "--precision", "hour"), "month"),
    (("events", "--actor", "Untied States"), "United States (USA)"),
    (("events", "--country", "Frence"), "France (FRA)"),
    (("events", "--place", "Vilnuis"), "Vilnius"),
    (("quotes", "--speaker", "Fabus"), "Laurent Fabius"),
    (("actors", "--name", "Stoltemberg"), "Jens Stoltenberg"),
    (("facets", "events", "--by", "colour"), "type"),
    (("events", "--lang", "de"), "en, fr"),
    (("quotes", "--story", "S000000000000"), "S000000000000"),
])
def test_bad_values_are_one_error_line_naming_the_choices(db, args, named):
    result = veille(db, *args)
    assert result.exit_code == 2 and result.stdout == ""  # nothing printed as if it were an answer
    assert named in result.stderr


def test_good_names_are_not_errors(db):
    assert ok(db, "events", "--country", "United States").startswith("events: ")
    assert ok(db, "events", "--type", "agree,consult", "--mode", "visit").startswith("events: ")
    assert ok(db, "quotes", "--speaker", "Laurent Fabius").startswith("quotes: 2")


# 5. aggregation ------------------------------------------------------------------------------------
@pytest.mark.parametrize("by, sql_value, join", [
    ("type", "e.event", ""),
    ("country", "e.location_country", ""),
    ("lang", "a.language", ""),
    ("actor", "x.code", " JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'"),
])
def test_facets_count_distinct_events(db, by, sql_value, join):
    truth: dict[str | None, set] = {}
    for value, cluster in sql(db, f"SELECT {sql_value}, e.cluster_id FROM events e JOIN articles a"
                                  f" ON a.id = e.article_id{join}"):
        truth.setdefault(value, set()).add(cluster)
    data = as_json(db, "facets", "events", "--by", by)
    assert {d["value"]: d["count"] for d in data} == {k: len(v) for k, v in truth.items()}
    assert as_json(db, "events", "--count-by", by) == data
    rows = list(csv.DictReader(io.StringIO(ok(db, "facets", "events", "--by", by, "--format", "csv"))))
    assert [r["value"] or None for r in rows] == [d["value"] for d in data]


def test_facets_of_quotes_and_articles(db):
    speakers = dict(sql(db, "SELECT COALESCE(speaker_id, speaker_name), COUNT(*) FROM quotes"
                            " GROUP BY COALESCE(speaker_id, speaker_name)"))  # unnamed: by name
    assert {d["value"]: d["count"] for d in as_json(db, "quotes", "--count-by", "speaker")} == speakers
    langs = dict(sql(db, "SELECT language, COUNT(*) FROM articles GROUP BY language"))
    assert {d["value"]: d["count"] for d in as_json(db, "facets", "articles", "--by", "lang")} == langs
    months = as_json(db, "events", "--count-by", "month")
    assert [d["value"] for d in months] == sorted(d["value"] for d in months)  # periods in order


# 6. dates of mixed precision ---------------------------------------------------------------------
def test_dates_compare_by_day_range_and_precision(db, tmp_path):
    import shutil

    db2 = str(tmp_path / "years.db")
    shutil.copy(db, db2)
    # one event dated only by its year (the troops sent to Kabul), stored as the writer stores such a date
    [(uid,)] = sql(db2, "SELECT uid FROM events WHERE event = 'MOBILIZE' AND day_start LIKE '2021%'")
    with sqlite3.connect(db2) as conn:
        conn.execute("UPDATE events SET date = '2021', date_precision = 'year', day_start = '2021-01-01',"
                     " day_end = '2021-12-31' WHERE uid = ?", (uid,))
    def ids(*args: str) -> set[str]:
        return {e["id"] for e in as_json(db2, "events", "--all-mentions", *args)}

    assert uid in ids("--since", "2021", "--until", "2021")
    assert uid not in ids("--since", "2021-08", "--until", "2021-08")  # not leaked into every month
    assert uid in ids("--since", "2021-08", "--until", "2021-08", "--overlap")
    assert uid in ids("--precision", "year") and uid not in ids("--precision", "day")
    rows = list(csv.DictReader(io.StringIO(ok(db2, "events", "--all-mentions", "--format", "csv",
                                              "--precision", "year"))))
    assert [(r["date"], r["date_start"], r["date_end"], r["precision"]) for r in rows] == \
        [("2021", "2021-01-01", "2021-12-31", "year")]


# 7. status, confidence, language --------------------------------------------------------------------
def test_status_confidence_and_language_filters(db):
    future = clusters(db, "e.status = 'future'")
    assert future and {e["cluster_id"] for e in as_json(db, "events", "--status", "future")} == future
    assert "(future)" in ok(db, "events", "--status", "future")
    rows = list(csv.DictReader(io.StringIO(ok(db, "events", "--format", "csv", "--limit", "0"))))
    assert {r["status"] for r in rows} >= {"actual", "future"}
    high = clusters(db, "e.confidence >= 0.8")
    assert {e["cluster_id"] for e in as_json(db, "events", "--min-confidence", "0.8")} <= high
    assert {e["cluster_id"] for e in as_json(db, "events", "--lang", "en")} == clusters(db, "a.language = 'en'")


# 8. one CSV layout per record kind ----------------------------------------------------------------
def test_one_csv_layout_for_events_even_empty(db):
    full = ok(db, "events", "--format", "csv").splitlines()
    reports = ok(db, "events", "--all-mentions", "--format", "csv").splitlines()
    empty = ok(db, "events", "--type", "ASSAULT", "--format", "csv").splitlines()
    assert full[0] == reports[0] == EVENT_HEADER and empty == [EVENT_HEADER]
    assert EVENT_HEADER.split(",") == [f.name for f in LAYOUTS["events"]]
    assert not any(cell.startswith(("[", "{")) for line in csv.reader(full[1:] + reports[1:]) for cell in line)
    excel = ok(db, "events", "--format", "csv", "--excel")
    assert excel.startswith("\ufeff" + EVENT_HEADER)
    for kind in ("articles", "quotes", "actors", "places"):
        header = ",".join(f.name for f in LAYOUTS[kind])
        assert ok(db, kind, "--format", "csv").splitlines()[0] == header
        assert ok(db, kind, "--format", "csv", "--since", "2099").splitlines() == [header]


# 9. places, and search across languages ---------------------------------------------------------
def test_places_view_and_place_filter_with_containment(db):
    data = as_json(db, "places")
    mentions = dict(sql(db, "SELECT geonameid, COUNT(*) FROM places WHERE metonym = 0 AND geonameid IS NOT NULL"
                            " GROUP BY geonameid"))
    assert {d["geonameid"]: d["mentions"] for d in data if d["geonameid"]} == mentions
    in_turkey = clusters(db, "e.location_country = 'TUR'")
    assert in_turkey  # the grain deal, signed in Istanbul
    assert {e["cluster_id"] for e in as_json(db, "events", "--place", "Turquie")} == in_turkey  # town in country
    assert {e["cluster_id"] for e in as_json(db, "events", "--place", "Istanbul")} == in_turkey
    turkey = next(d for d in data if d["country"] == "TUR" and d["feature"] == "PCLI")
    assert turkey["events"] == len(in_turkey)


def test_search_matches_translated_place_names(db):
    kiev = clusters(db, "e.evidence LIKE '%Kiev%'")  # "fournirait à Kiev" in the French example
    assert kiev and {e["cluster_id"] for e in as_json(db, "events", "--search", "Kyiv")} >= kiev
    turkey = clusters(db, "e.evidence LIKE '%Turkey%'")  # English
    assert turkey and {e["cluster_id"] for e in as_json(db, "events", "--search", "Turquie")} >= turkey
    english = {e["article_id"] for e in as_json(db, "quotes", "--search", "Etats-Unis")}
    assert english <= {a for (a,) in sql(db, "SELECT doc_id FROM articles")}


# issue 17: one event with every report behind it ---------------------------------------------------
def test_event_id_shows_every_report_with_its_evidence(db):
    [(cluster, n)] = sql(db, "SELECT cluster_id, COUNT(*) FROM events GROUP BY cluster_id ORDER BY 2 DESC,"
                             " 1 LIMIT 1")
    out = ok(db, "events", "--id", cluster, columns=80)
    reports = sql(db, "SELECT uid, evidence FROM events WHERE cluster_id = ?", cluster)
    assert len(reports) == n
    flat = " ".join(out.split())
    for uid, evidence in reports:
        assert uid in out and " ".join(evidence.split()) in flat
    assert all(len(line) <= 80 for line in out.splitlines())
    data = json.loads(ok(db, "events", "--id", reports[0][0], "--format", "json"))  # a report's id works too
    assert data["event"]["cluster_id"] == cluster and len(data["reports"]) == n
    missing = veille(db, "events", "--id", "C000000000000")
    assert missing.exit_code == 2 and "C000000000000" in missing.output


def test_the_docs_list_every_plover_type_and_sector():
    from query_examples import ROOT

    page = " ".join((ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert all(t in page for t in ontology().types)
    assert all(f"{code} {label}" in page for code, label in ontology().sectors.items())
    for layout in LAYOUTS.values():
        assert all(f"`{f.name}`" in page for f in layout)
