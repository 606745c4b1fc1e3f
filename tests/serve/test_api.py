"""Every endpoint of the JSON API, in process, against the real app over a real analysed database."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.serve.conftest import SCRIPT_TEXT

pytestmark = pytest.mark.model


def error_of(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return body["error"]["message"]


def all_events(client, **params) -> list[dict]:
    body = client.get("/api/v1/events", params={"limit": 500, **params}).json()
    assert body["next_cursor"] is None
    return body["items"]


def test_events_list_has_every_real_world_event(client, demo_db):
    import sqlite3

    items = all_events(client)
    with sqlite3.connect(demo_db) as conn:
        clusters = {r[0] for r in conn.execute("SELECT DISTINCT cluster_id FROM events")}
    assert {i["cluster_id"] for i in items} == clusters
    dates = [i["date"] or "" for i in items]
    assert dates == sorted(dates, reverse=True)
    ascending = [i["date"] or "" for i in all_events(client, sort="date")]
    assert ascending == sorted(ascending)


def test_keyset_pages_cover_the_list_once(client):
    full = [i["cluster_id"] for i in all_events(client)]
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/v1/events", params=params).json()
        seen += [i["cluster_id"] for i in body["items"]]
        cursor, pages = body["next_cursor"], pages + 1
        if cursor is None:
            break
        assert body["next"].startswith("http") and "cursor=" in body["next"]
    assert seen == full and pages == -(-len(full) // 3)


@pytest.mark.parametrize("params, check", [
    ({"type": "AGREE"}, lambda c, d: c["event"] == "AGREE"),
    ({"country": "UKR"}, lambda c, d: any(s.get("code") == "UKR" for r in d["reports"]
                                         for s in r["event"]["actor"] + r["event"]["recipient"])),
    ({"place": "TUR"}, lambda c, d: any(r["event"]["location_country"] == "TUR" for r in d["reports"])),
    ({"lang": "fr"}, lambda c, d: any(r["article"]["language"] == "fr" for r in d["reports"])),
    ({"min_confidence": "0.7"}, lambda c, d: any((r["event"]["confidence"] or 0) >= 0.7 for r in d["reports"])),
    ({"since": "2023", "until": "2023-12"}, lambda c, d: any("2023" <= (r["event"]["date"] or "")[:4] <= "2023"
                                                             for r in d["reports"])),
    ({"q": "grain"}, lambda c, d: any("grain" in (r["event"]["evidence"] + (r["event"]["title"] or "")).lower()
                                      for r in d["reports"])),
    # a country names itself and the people and bodies coded with it (the one resolver of veille.query)
    ({"actor": "Ukraine"}, lambda c, d: any(s.get("actor_id") == "country:UKR" or s.get("code") == "UKR"
                                            for r in d["reports"]
                                            for s in r["event"]["actor"] + r["event"]["recipient"])),
    ({"mode": "troops"}, lambda c, d: any(r["event"]["mode"] == "troops" for r in d["reports"])),
    ({"status": "actual"}, lambda c, d: any(r["event"]["status"] == "actual" for r in d["reports"])),
])
def test_each_filter_keeps_only_matching_events(client, params, check):
    everything = all_events(client)
    kept = all_events(client, **params)
    assert kept, f"{params} kept nothing on the demo database"
    assert len(kept) <= len(everything)
    for cluster in kept:
        detail = client.get(f"/api/v1/events/{cluster['cluster_id']}").json()
        assert check(cluster, detail), (params, cluster)
    left_out = {c["cluster_id"] for c in everything} - {c["cluster_id"] for c in kept}
    for cluster_id in left_out:  # and everything it left out fails the test
        detail = client.get(f"/api/v1/events/{cluster_id}").json()
        assert not check(detail["cluster"], detail), (params, cluster_id)


def test_event_page_has_every_report_with_its_evidence_in_its_paragraph(client):
    for cluster in all_events(client):
        detail = client.get(f"/api/v1/events/{cluster['cluster_id']}").json()
        assert len(detail["reports"]) == cluster["reports"]
        for report in detail["reports"]:
            passage, event = report["passage"], report["event"]
            assert passage["evidence"] == event["evidence"]
            text = client.get(f"/api/v1/articles/{event['article_sha256']}").json()["text"]
            assert passage["before"] + passage["evidence"] + passage["after"] in text
            assert text[event["start"]:event["end"]] == event["evidence"]


def test_story_of_two_outlets_shares_its_events(client):
    stories = client.get("/api/v1/stories", params={"limit": 500}).json()["items"]
    two = [s for s in stories if s["articles"] == 2]
    assert len(two) == 1 and two[0]["sources"] == ["Second Wire"]
    detail = client.get(f"/api/v1/stories/{two[0]['id']}").json()
    assert len(detail["articles"]) == 2 and detail["shared"]
    for cluster in detail["shared"]:
        assert cluster["articles"] >= 2
    assert client.get("/api/v1/stories", params={"q": "grain"}).json()["count"] >= 1


def test_actor_page_data(client):
    actors = client.get("/api/v1/actors", params={"name": "Ukraine"}).json()["items"]
    ukraine = next(a for a in actors if a["id"] == "country:UKR")
    detail = client.get("/api/v1/actors/country:UKR").json()
    assert detail["actor"]["id"] == ukraine["id"]
    assert sum(m["as_actor"] + m["as_recipient"] for m in detail["timeline"]) >= len(detail["events"]) > 0
    assert all(p["id"] != "country:UKR" and p["events"] > 0 for p in detail["partners"])
    error_of(client.get("/api/v1/actors/country:XXX"), 404, "not_found")


def test_lists_of_the_reader(client):
    articles = client.get("/api/v1/articles", params={"limit": 500}).json()
    assert articles["count"] == 8
    fr = client.get("/api/v1/articles", params={"q": "Taïwan"}).json()["items"]
    assert fr and all(a["language"] == "fr" for a in fr)
    page1 = client.get("/api/v1/articles", params={"limit": 5}).json()
    page2 = client.get("/api/v1/articles", params={"limit": 5, "cursor": page1["next_cursor"]}).json()
    assert [a["id"] for a in page1["items"] + page2["items"]] == [a["id"] for a in articles["items"]]
    assert page2["next_cursor"] is None
    quotes = client.get("/api/v1/quotes", params={"limit": 500}).json()["items"]
    assert quotes and all(set(q) >= {"text", "speaker", "article_id"} for q in quotes)
    places = client.get("/api/v1/places").json()["items"]
    assert any(p["place"] == "Istanbul" and p["country"] == "TUR" for p in places)
    assert client.get("/api/v1/summary").json()["articles"] == 8


def test_overview_counts_agree(client):
    data = client.get("/api/v1/overview").json()
    assert sum(d["total"] for d in data["by_day"]) == sum(t["events"] for t in data["by_type"]) > 0
    assert data["until"] and data["since"] < data["until"]
    assert data["top_actors"] and data["stories"]


def test_downloads(client):
    n = len(all_events(client))
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/events", params={"format": "csv"}).text)))
    assert len(rows) == n and {"type", "actor", "actor_code", "evidence", "reports"} <= set(rows[0])
    lines = client.get("/api/v1/events", params={"format": "plover-jsonl", "type": "AGREE"}).text.splitlines()
    assert lines and all(json.loads(line)["event"] == "AGREE" for line in lines)
    response = client.get("/api/v1/events", params={"format": "parquet"})
    assert response.headers["content-disposition"].endswith('.parquet"')
    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(response.content)).num_rows == n
    actors = list(csv.DictReader(io.StringIO(client.get("/api/v1/actors", params={"format": "csv"}).text)))
    assert actors and "name" in actors[0]
    error_of(client.get("/api/v1/actors", params={"format": "plover-jsonl"}), 400, "invalid_parameter")


def test_errors_have_one_shape(client):
    error_of(client.get("/api/v1/events/C000000000000"), 404, "not_found")
    error_of(client.get("/api/v1/nothing-here"), 404, "not_found")
    error_of(client.get("/api/v1/events", params={"since": "last week"}), 400, "invalid_parameter")
    error_of(client.get("/api/v1/events", params={"min_confidence": "2"}), 400, "invalid_parameter")
    error_of(client.get("/api/v1/events", params={"limit": 100000}), 400, "invalid_parameter")
    error_of(client.get("/api/v1/events", params={"cursor": "not-a-cursor"}), 400, "invalid_cursor")
    error_of(client.get("/api/v1/articles", params={"cursor": "WyJ4Il0"}), 400, "invalid_cursor")
    error_of(client.post("/api/v1/articles", json={"text": "x"}), 403, "write_disabled")


def test_openapi_document_lists_every_endpoint(client):
    doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    from veille.serve._api import router

    assert {r.path for r in router.routes} == set(doc["paths"])
    names = {p["name"] for p in doc["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"type", "mode", "actor", "country", "place", "since", "until", "lang", "q", "min_confidence",
            "cursor", "limit", "sort", "format"} <= names
    assert "post" in doc["paths"]["/api/v1/articles"]


def test_security_headers_and_escaping(client):
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    page = client.get("/articles/script-test").text
    assert SCRIPT_TEXT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.replace('<script src="/static/app.js" defer></script>', "")


def test_read_token(demo_db):
    from fastapi.testclient import TestClient

    from veille.serve import create_app, load

    with TestClient(create_app(load(str(demo_db), token="s3cret"))) as c:
        error_of(c.get("/api/v1/events"), 401, "unauthorized")
        error_of(c.get("/api/v1/events", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
        assert c.get("/api/v1/events", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/").status_code == 401
        assert c.get("/static/app.css").status_code == 200
        redirect = c.get("/events?token=s3cret&type=AGREE", follow_redirects=False)
        assert redirect.status_code == 303 and redirect.headers["location"] == "/events?type=AGREE"
        assert c.get("/events?type=AGREE").status_code == 200  # the cookie now carries it


def test_write_endpoint(demo_db, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from veille.serve import ConfigError, create_app, load

    monkeypatch.delenv("VEILLE_WRITE_TOKEN", raising=False)
    with pytest.raises(ConfigError):
        load(str(demo_db), allow_write=True)
    db = tmp_path / "write.db"
    shutil.copy(demo_db, db)
    config_file = tmp_path / "veille.toml"
    config_file.write_text('[serve]\nwrite_token = "w-token"\nmax_body = 5000\n', encoding="utf-8")
    article = {"id": "posted-1", "title": "Ministers meet", "published": "2024-05-02", "language": "en",
               "text": "The foreign ministers of Japan and Australia met in Tokyo on Thursday to discuss "
                       "maritime security.\n\nThey signed an agreement on defence cooperation."}
    with TestClient(create_app(load(str(db), config_file=str(config_file), allow_write=True))) as c:
        error_of(c.post("/api/v1/articles", json=article), 401, "unauthorized")
        auth = {"Authorization": "Bearer w-token"}
        error_of(c.post("/api/v1/articles", json={"title": "no text"}, headers=auth), 400, "invalid_article")
        error_of(c.post("/api/v1/articles", json={**article, "published": "May 2"}, headers=auth), 400,
                 "invalid_article")
        error_of(c.post("/api/v1/articles", json={**article, "text": "x" * 6000}, headers=auth), 413, "too_large")
        streamed = (b"x" * 1000 for _ in range(6))  # no Content-Length: counted as it comes
        error_of(c.post("/api/v1/articles", content=streamed, headers={**auth, "Content-Type": "application/json"}),
                 413, "too_large")
        before = [a["text_sha256"] for a in page_through(c, "/api/v1/articles", 500)]
        first = c.get("/api/v1/articles", params={"limit": 3}).json()
        response = c.post("/api/v1/articles", json=article, headers=auth)
        assert response.status_code == 201, response.text
        assert response.json()["status"] == "ok" and response.json()["events"] >= 1
        # a keyset cursor keeps its place when a row is added meanwhile: the pages after it give the
        # rest of the list as it was, with nothing repeated or skipped
        rest = page_through(c, "/api/v1/articles", 2, cursor=first["next_cursor"])
        assert [a["text_sha256"] for a in first["items"] + rest] == before
        assert len(page_through(c, "/api/v1/articles", 500)) == len(before) + 1
        stored = c.get("/api/v1/articles/posted-1").json()
        assert stored["article"]["title"] == "Ministers meet" and stored["text"] == article["text"]
        assert c.get("/api/v1/events", params={"q": "maritime"}).json()["count"] >= 1


def test_keyset_pages_when_a_cluster_spans_pages(demo_db, tmp_path):
    """A cluster whose reports lie far apart in the order is listed once, where its latest report is."""
    import sqlite3

    from fastapi.testclient import TestClient

    from veille.serve import create_app, load

    db = tmp_path / "split.db"
    shutil.copy(demo_db, db)
    with sqlite3.connect(db) as conn:
        spread = conn.execute("SELECT cluster_id, MAX(id) FROM events GROUP BY cluster_id"
                              " HAVING COUNT(*) > 1 LIMIT 1").fetchone()
        assert spread, "the demo database has a cluster of two reports (the second outlet)"
        conn.execute("UPDATE events SET day_start = '2001-01-01' WHERE id = ?", (spread[1],))
        conn.execute("UPDATE events SET day_start = NULL WHERE id = (SELECT MIN(id) FROM events"
                     " WHERE cluster_id != ?)", (spread[0],))
    with TestClient(create_app(load(str(db)))) as c:
        for sort in ("-date", "date"):
            full = [i["cluster_id"] for i in c.get("/api/v1/events", params={"limit": 500, "sort": sort})
                    .json()["items"]]
            assert len(full) == len(set(full)) and spread[0] in full
            for size in (1, 2, 3, 4):
                seen, cursor = [], None
                while True:
                    body = c.get("/api/v1/events", params={"limit": size, "sort": sort,
                                                           **({"cursor": cursor} if cursor else {})}).json()
                    seen += [i["cluster_id"] for i in body["items"]]
                    cursor = body["next_cursor"]
                    if cursor is None:
                        break
                assert seen == full, (sort, size)


def test_pages_render_and_keep_article_text_as_text(client):
    event = all_events(client)[0]["cluster_id"]
    for path in ("/", "/events", "/events?sort=date&lang=en", "/events?type=AGREE&min_confidence=", f"/events/{event}",
                 "/actors", "/actors?name=Ukraine", "/actors/country:UKR", "/stories", "/stories?q=script",
                 "/map", "/map?type=AGREE", "/quotes", "/quotes?q=cooperate", "/articles/script-test"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        assert SCRIPT_TEXT not in page.text, path
    stories = client.get("/stories").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ministers meet" in stories
    oldest = client.get("/events?sort=date").text
    assert "oldest first" in oldest and 'rel="next"' not in oldest
    missing = client.get("/events/C000000000000")
    assert missing.status_code == 404 and "no event" in missing.text and missing.headers["content-type"].startswith(
        "text/html")
    assert client.get("/events?since=yesterday").status_code == 400


def test_write_endpoint_fetches_a_url_with_the_watch_safety(demo_db, tmp_path, monkeypatch):
    """A URL alone is fetched like `veille watch` fetches: a loopback address is refused unless the
    server was started with --allow-private; then the page's article is analysed and stored."""
    import sys

    from fastapi.testclient import TestClient

    from veille.serve import create_app, load

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "watch"))
    from newsite import NewsSite

    db = tmp_path / "write.db"
    shutil.copy(demo_db, db)
    monkeypatch.setenv("VEILLE_WRITE_TOKEN", "w-token")
    auth = {"Authorization": "Bearer w-token"}
    site = NewsSite(feeds=1, items=1).start()
    try:
        page = site.url("/articles/fr-0-0")
        with TestClient(create_app(load(str(db), allow_write=True))) as c:
            error_of(c.post("/api/v1/articles", json={"url": page}, headers=auth), 400, "unsafe_url")
            error_of(c.post("/api/v1/articles", json={"id": "x"}, headers=auth), 400, "invalid_article")
        with TestClient(create_app(load(str(db), allow_write=True, allow_private=True))) as c:
            error_of(c.post("/api/v1/articles", json={"url": site.url("/articles/nope")}, headers=auth),
                     502, "fetch_failed")
            response = c.post("/api/v1/articles", json={"url": page, "id": "fetched-1"}, headers=auth)
            assert response.status_code == 201, response.text
            stored = c.get("/api/v1/articles/fetched-1").json()
            assert stored["article"]["language"] == "fr" and stored["text"].strip()
    finally:
        site.stop()


def page_through(client, path: str, size: int, **params) -> list[dict]:
    """Every item of a list, read ``size`` at a time by following next_cursor."""
    seen, cursor = [], params.pop("cursor", None)
    while True:
        body = client.get(path, params={"limit": size, **params, **({"cursor": cursor} if cursor else {})}).json()
        assert body["count"] == len(body["items"]) <= size
        seen += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


LIST_KEYS = {"/api/v1/articles": "text_sha256", "/api/v1/quotes": "text", "/api/v1/actors": "id"}


@pytest.mark.parametrize("path", list(LIST_KEYS))
def test_keyset_pages_of_the_reader_lists_cover_each_row_once(client, path):
    """Articles, quotes and actors page by keyset cursors: whatever the page size, the pages give every
    row of the one-page list once, in its order."""
    key = LIST_KEYS[path]
    full = client.get(path, params={"limit": 500}).json()
    assert full["next_cursor"] is None and full["count"] >= 3
    rows = [(r[key], r.get("start"), r.get("article_id")) for r in full["items"]]
    assert len(set(rows)) == len(rows)
    for size in (1, 2, 3):
        assert [(r[key], r.get("start"), r.get("article_id")) for r in page_through(client, path, size)] == rows
    if path == "/api/v1/articles":  # newest first, undated last
        dates = [r["published"] for r in full["items"]]
        assert [d for d in dates if d] == sorted([d for d in dates if d], reverse=True)
        assert dates[len([d for d in dates if d]):] == [None] * dates.count(None)
    if path == "/api/v1/actors":
        mentions = [r["mentions"] for r in full["items"]]
        assert mentions == sorted(mentions, reverse=True)
    narrow = page_through(client, path, 2, **{"/api/v1/articles": {"q": "grain"}, "/api/v1/quotes": {"since": "2022"},
                                              "/api/v1/actors": {"country": "UKR"}}[path])
    assert narrow and len(narrow) < len(full["items"])
    for cursor in ("WzAsICIiLCAiYSJd", "WzUsICIiLCAxXQ", "WyJ4Il0"):  # wrong types, phase, length
        error_of(client.get(path, params={"cursor": cursor}), 400, "invalid_cursor")


def test_both_backends_give_the_same_rows(demo_db, demo_pg):
    """The same data in SQLite and in PostgreSQL: every list, filter and detail answers the same JSON."""
    from tests.serve.conftest import make_client

    def norm(value):
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items() if k != "next"}  # the URL names the test host alike
        if isinstance(value, list):
            return [norm(v) for v in value]
        if isinstance(value, float):
            return round(value, 6)
        return value

    with make_client(str(demo_db)) as lite, make_client(demo_pg) as pg:
        clusters = [c["cluster_id"] for c in all_events(lite)]
        paths = [("/api/v1/events", {"limit": 500}), ("/api/v1/events", {"limit": 3}),
                 ("/api/v1/events", {"limit": 500, "sort": "date"}), ("/api/v1/articles", {"limit": 500}),
                 ("/api/v1/quotes", {"limit": 500}), ("/api/v1/actors", {"limit": 500}),
                 ("/api/v1/stories", {"limit": 500}), ("/api/v1/places", {}), ("/api/v1/overview", {}),
                 ("/api/v1/summary", {}), ("/api/v1/actors/country:UKR", {})]
        for params in ({"type": "AGREE"}, {"country": "UKR"}, {"place": "TUR"}, {"place": "istan"},
                       {"lang": "fr"}, {"min_confidence": "0.7"}, {"since": "2023", "until": "2023-12"},
                       {"q": "grain"}, {"q": "Ukraine"}, {"actor": "Ukraine"}, {"status": "actual"}):
            paths.append(("/api/v1/events", {"limit": 500, **params}))
        paths += [(f"/api/v1/events/{c}", {}) for c in clusters]
        paths += [("/api/v1/articles", {"q": "grain"}), ("/api/v1/quotes", {"q": "Ukraine"}),
                  ("/api/v1/stories", {"q": "grain"})]
        for path, params in paths:
            a, b = lite.get(path, params=params), pg.get(path, params=params)
            assert a.status_code == b.status_code == 200, (path, params, b.text)
            assert norm(a.json()) == norm(b.json()), (path, params)
        for page in ("/", "/events?q=grain", "/actors", "/quotes", "/stories", "/map"):
            assert pg.get(page).status_code == 200, page


@pytest.mark.parametrize("params", [{"country": "UKR"}, {"country": "RUS", "sort": "date"}, {"type": "AGREE"},
                                    {"q": "grain"}, {"place": "TUR"}, {"until": "2023"}, {"since": "2022-07"}])
def test_keyset_pages_of_a_filtered_event_list(client, params):
    """Each filter has its own plan (an index on the filtered column, the actor rows for a country, the
    full-text matches first): its pages still give the one-page list, once each."""
    full = [c["cluster_id"] for c in all_events(client, **params)]
    assert full
    for size in (1, 2):
        assert [c["cluster_id"] for c in page_through(client, "/api/v1/events", size, **params)] == full


@pytest.mark.parametrize("words", ["grain", "Ukraine", "accord", "Taïwan", "Istanbul grain"])
def test_common_words_take_the_probe_plan_with_the_same_answer(client, monkeypatch, words):
    """A word matching more than SMALL_MATCH index rows is checked row by row as the page is read;
    with the threshold at 0 every search takes that plan, and lists the same events, articles and
    quotes, page by page."""
    from veille.serve import _queries

    def lists() -> list[list[str]]:
        return [[c["cluster_id"] for c in all_events(client, q=words)],
                [c["cluster_id"] for c in page_through(client, "/api/v1/events", 1, q=words)],
                [a["text_sha256"] for a in page_through(client, "/api/v1/articles", 1, q=words)],
                [x["text"] for x in page_through(client, "/api/v1/quotes", 1, q=words)]]

    listed = lists()
    assert listed[0] == listed[1] and (listed[0] or words == "accord") and listed[2]
    monkeypatch.setattr(_queries, "SMALL_MATCH", 0)
    assert lists() == listed


@pytest.mark.parametrize("page, api, pattern", [
    ("/actors", "/api/v1/actors", r'<td><a href="/actors/([^"]+)">'),
    ("/quotes", "/api/v1/quotes", r"<li><q>([^<]*)</q>"),
])
def test_html_lists_page_by_the_same_cursors(client, monkeypatch, page, api, pattern):
    """The actors and quotes pages show a page of rows and a "Next page" link carrying the cursor; the
    pages followed to the end show what the API lists."""
    import html
    import re
    from urllib.parse import unquote

    from veille.serve import _pages

    monkeypatch.setattr(_pages, "LIST_ROWS", 2)
    shown, url, pages = [], page, 0
    while url:
        text = client.get(url).text
        shown += [html.unescape(unquote(m)) for m in re.findall(pattern, text)]
        link = re.search(r'<a rel="next" href="([^"]+)"', text)
        url = html.unescape(link[1]) if link else None
        pages += 1
    key = "id" if page == "/actors" else "text"
    assert sorted(shown) == sorted(r[key] for r in client.get(api, params={"limit": 500}).json()["items"])
    assert pages == -(-len(shown) // 2)
