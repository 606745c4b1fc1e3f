"""Latency of `veille serve` on a generated database of 100,000 events (p50 / p95 per request kind).

    .venv/bin/python benchmarks/serve_latency.py [--events 100000] [--repeat 40] [--db /tmp/serve-bench.db]

The database has the store's own schema (``Store.open``) filled with synthetic rows shaped like real ones:
articles with their text, events with 1 to 3 reports each (clusters), actors on both sides, places,
quotes, roles, and the full-text index. No ANALYZE is run (a real store has none). The server runs as a
subprocess (``veille serve``) and is timed over HTTP on 127.0.0.1 with one keep-alive client, so the
figures include the HTTP stack. Targets (issue 15): events list with any single filter and an event page
p95 < 100 ms; overview page < 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import pycountry

from veille.store import Store

TYPES = ["AGREE", "CONSULT", "SUPPORT", "AID", "COOPERATE", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN",
         "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT"]
MODES = [None, None, None, "visit", "phone", "troops", "economic", "military", "humanitarian"]
STATUSES = ["actual"] * 8 + ["threatened", "denied"]
WORDS = ("minister summit talks border ceasefire deal sanctions troops aid grain energy election protest "
         "parliament treaty security ports exports navy drills refugees loan reform").split()


def _places(rng: random.Random) -> list[tuple[str, str, float, float]]:
    out = []
    for c in list(pycountry.countries)[:120]:
        out.append((c.name, c.alpha_3, rng.uniform(-50, 65), rng.uniform(-170, 170)))
    return out


def generate(path: Path, n_events: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        conn = store.conn
        countries = [c.alpha_3 for c in list(pycountry.countries)[:200]]
        actors = [(f"country:{c}", pycountry.countries.get(alpha_3=c).name, "country", c) for c in countries]
        actors += [(f"person:person-{i}", f"Person {i} Surname{i}", "person", rng.choice(countries))
                   for i in range(400)]
        places = _places(rng)
        start = date(2019, 1, 1)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO actors (id, name, kind, country, name_key, first_seen, last_seen) VALUES (?,?,?,?,?,?,?)",
            [(a, name, kind, c, name.lower(), "2019-01-01", "2024-12-31") for a, name, kind, c in actors])
        event_id = article_id = quote_id = 0
        cluster = 0
        while event_id < n_events:
            cluster += 1
            day = start + timedelta(days=rng.randrange(6 * 365))
            kind, mode, status = rng.choice(TYPES), rng.choice(MODES), rng.choice(STATUSES)
            side_a = rng.sample(actors, rng.choice([1, 1, 2]))
            side_b = rng.sample(actors, rng.choice([0, 1, 1, 2]))
            place = rng.choice(places) if rng.random() < 0.7 else None
            story = f"S{cluster:012x}"
            for _ in range(min(rng.choice([1, 1, 2, 3]), n_events - event_id)):
                article_id += 1
                words = " ".join(rng.choice(WORDS) for _ in range(12))
                evidence = f"{side_a[0][1]} and officials discussed {words} on {day.isoformat()}."
                text = f"Title {article_id}\n\n{evidence}\n\nMore about {rng.choice(WORDS)} and {rng.choice(WORDS)}."
                lang = rng.choice(["en", "fr"])
                published = (day + timedelta(days=rng.randrange(2))).isoformat()
                conn.execute(
                    "INSERT INTO articles (id, doc_id, text_sha256, language, published, title, source, status,"
                    " contract, text, document_json, story_id, analysed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article_id, f"bench-{article_id}", f"{article_id:064x}", lang, published,
                     f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} report {article_id}", rng.choice(
                         ["Wire A", "Wire B", "Journal C"]), "ok", "1", text, "{}", story, "2025-01-01"))
                conn.execute("INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)",
                             (article_id * 4 + 2, f"report {article_id}", "title", article_id))
                event_id += 1
                begin = text.index(evidence)
                conn.execute(
                    "INSERT INTO events (id, uid, article_id, doc_event_id, event, mode, status, date,"
                    " date_precision, day_start, day_end, location_name, location_country, lat, lon, evidence,"
                    " start, \"end\", confidence, cluster_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (event_id, f"{article_id:016x}:e1", article_id, "e1", kind, mode, status, day.isoformat(),
                     "day", day.isoformat(), day.isoformat(), place[0] if place else None,
                     place[1] if place else None, place[2] if place else None, place[3] if place else None,
                     evidence, begin, begin + len(evidence), round(rng.uniform(0.3, 0.95), 2),
                     f"C{cluster:012x}"))
                conn.execute("INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)",
                             (event_id * 4, evidence, "event", article_id))
                for side, members in (("actor", side_a), ("recipient", side_b)):
                    for a, name, _, c in members:
                        code = c
                        conn.execute(
                            "INSERT INTO event_actors (event_id, side, actor_id, code, text, match_key, event,"
                            " day_start, day_end) VALUES (?,?,?,?,?,?,?,?,?)",
                            (event_id, side, a, code, name, code, kind, day.isoformat(), day.isoformat()))
                        conn.execute(
                            "INSERT OR IGNORE INTO article_actors (article_id, doc_actor_id, actor_id, name,"
                            " country, mentions) VALUES (?,?,?,?,?,1)", (article_id, a, a, name, c))
                if side_a[0][2] == "person":
                    quote_id += 1
                    conn.execute(
                        "INSERT INTO quotes (id, article_id, text, start, \"end\", direct, speaker_name,"
                        " speaker_id) VALUES (?,?,?,?,?,1,?,?)",
                        (quote_id, article_id, f"We will talk about {rng.choice(WORDS)}", 0, 10, side_a[0][1],
                         side_a[0][0]))
                    conn.execute(
                        "INSERT INTO actor_roles (actor_id, role, country, article_id, published, evidence)"
                        " VALUES (?,?,?,?,?,?)", (side_a[0][0], "minister", side_a[0][3], article_id, published,
                                                  evidence))
        conn.executemany("INSERT INTO actor_aliases (actor_id, alias, alias_key, article_id) VALUES (?,?,?,1)",
                         [(a, name, name.lower()) for a, name, _, _ in actors])
        conn.execute("COMMIT")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--db", default="/tmp/veille-serve-bench.db")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reuse", action="store_true", help="keep an already generated database")
    parser.add_argument("--postgresql", metavar="URL|auto",
                        help="then time the same data copied into this empty PostgreSQL database (auto: a"
                             " temporary server, as the tests start one)")
    args = parser.parse_args()
    db = Path(args.db)
    if not (args.reuse and db.is_file()):
        t0 = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events} events in {time.perf_counter() - t0:.1f} s: {db}")
    with Store.open(db, create=False) as store:
        s = store.summary()
        print(f"database: {s.events} event reports = {s.event_clusters} events, {s.articles} articles, "
              f"{s.actors} actors, {s.quotes} quotes")
        rng = random.Random(7)
        cluster_ids = [r[0] for r in store.conn.execute("SELECT DISTINCT cluster_id FROM events")]
        samples = rng.sample(cluster_ids, args.repeat)
    serve_and_time(str(db), args.port, samples, args.repeat)
    if args.postgresql:
        on_postgresql(db, args.postgresql, args.port, samples, args.repeat)


def on_postgresql(db: Path, url: str, port: int, samples: list[str], repeat: int) -> None:
    """The same database copied into PostgreSQL (``veille copy``) and timed the same way. ``auto``: a
    temporary server started as the tests start theirs (tests/pgserver.py), removed at the end."""
    server = None
    if url == "auto":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        import pgserver

        server = pgserver.start_server()
        url = server.create_database("serve_bench")
    try:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "veille", "copy", "--from", str(db), "--to", url], check=True)
        print(f"copied into PostgreSQL in {time.perf_counter() - t0:.1f} s; ANALYZE run (as autovacuum would)")
        subprocess.run([sys.executable, "-c", "import sys, psycopg; psycopg.connect(sys.argv[1], autocommit=True)"
                        ".execute('ANALYZE')", url], check=True)
        print("PostgreSQL:")
        serve_and_time(url, port, samples, repeat)
    finally:
        if server is not None:
            pgserver.remove(server)


def serve_and_time(db: str, port: int, samples: list[str], repeat: int) -> None:
    """Start `veille serve --db DB` and print p50 and p95 of each request kind."""
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", db, "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(100):
                try:
                    client.get("/api/v1/summary")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            second = client.get("/api/v1/events").json()["next_cursor"]
            second_agree = client.get("/api/v1/events?type=AGREE").json()["next_cursor"]
            second_article = client.get("/api/v1/articles").json()["next_cursor"]
            cases: list[tuple[str, list[str]]] = [
                ("events, no filter", ["/api/v1/events"]),
                ("events type=AGREE", ["/api/v1/events?type=AGREE"]),
                ("events mode=visit", ["/api/v1/events?mode=visit"]),
                ("events actor=Person 12", ["/api/v1/events?actor=Person%2012%20Surname12"]),
                ("events country=FRA", ["/api/v1/events?country=FRA"]),
                ("events place=DEU", ["/api/v1/events?place=DEU"]),
                ("events lang=fr", ["/api/v1/events?lang=fr"]),
                ("events q=ceasefire (41% of reports)", ["/api/v1/events?q=ceasefire"]),
                ("events q=Guyana (1 actor's name)", ["/api/v1/events?q=Guyana"]),
                ("events since=2024-06", ["/api/v1/events?since=2024-06"]),
                ("events until=2019-03", ["/api/v1/events?until=2019-03"]),
                ("events min_confidence=0.9", ["/api/v1/events?min_confidence=0.9"]),
                ("events status=denied", ["/api/v1/events?status=denied"]),
                ("events page (HTML) type=AGREE", ["/events?type=AGREE"]),
                ("events, 2nd page (cursor)", [f"/api/v1/events?cursor={second}"]),
                ("events type=AGREE, 2nd page", [f"/api/v1/events?type=AGREE&cursor={second_agree}"]),
                ("articles", ["/api/v1/articles"]),
                ("articles, 2nd page", [f"/api/v1/articles?cursor={second_article}"]),
                ("articles q=ceasefire", ["/api/v1/articles?q=ceasefire"]),
                ("quotes", ["/api/v1/quotes"]),
                ("actors", ["/api/v1/actors"]),
                ("event page (JSON)", [f"/api/v1/events/{c}" for c in samples]),
                ("event page (HTML)", [f"/events/{c}" for c in samples]),
                ("overview (JSON)", ["/api/v1/overview"]),
                ("overview page (HTML)", ["/"]),
            ]
            print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
            print(f"{'request':38} {'p50 ms':>8} {'p95 ms':>8}  (n={repeat} each, after one warm-up)")
            for name, urls in cases:
                client.get(urls[0]).raise_for_status()
                times = []
                for i in range(repeat):
                    t0 = time.perf_counter()
                    client.get(urls[i % len(urls)]).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                print(f"{name:38} {statistics.median(times):8.1f} {percentile(times, 95):8.1f}")
            print(f"load average {os.getloadavg()[0]:.1f} at the end (other processes share these cores)")
    finally:
        proc.terminate()
        proc.wait(timeout=10)




if __name__ == "__main__":
    main()
