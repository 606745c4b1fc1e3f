"""Consolidation at save time in a real store: stories and event clusters across articles."""

from __future__ import annotations

import json

import docfactory as f

from veille.store import Store


def test_two_reports_of_one_event_from_two_articles_are_one_cluster(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        result = store.save(*f.report_fr())
        assert result.clustered == 2  # both French events joined the English ones
        clusters = store.event_clusters()
        assert len(clusters) == 2 and all(c.reports == 2 and c.articles == 2 for c in clusters)
        consult = next(c for c in clusters if c.event == "CONSULT")
        # the French report has the sides the other way round: shown in one orientation
        assert set(consult.actor).isdisjoint(consult.recipient)
        assert {*consult.actor, *consult.recipient} == {"JPN", "NATO"}
        assert consult.location == "Brussels" and consult.date == "2024-10-17"
        # the merged event keeps where its date, place and actors came from
        uids = {e.article_id: e.id for e in store.events() if e.event == "CONSULT"}
        row = store.conn.execute("SELECT date, date_from, place, place_from, actor, recipient, reports, articles"
                                 " FROM event_clusters WHERE id = ?", (consult.cluster_id,)).fetchone()
        date_, date_from, place, place_from, actor, recipient, reports, articles = row
        assert (date_, place, reports, articles) == ("2024-10-17", "Brussels", 2, 2)
        assert date_from in uids.values() and place_from in uids.values()
        sides = {**json.loads(actor), **json.loads(recipient)}
        assert sorted(sides) == ["JPN", "NATO"]
        assert all(sorted(v) == sorted(uids.values()) for v in sides.values())  # both reports name both


def test_cluster_ids_are_stable_when_an_article_is_analysed_again(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        store.save(*f.report_fr())
        before = {e.id: e.cluster_id for e in store.events()}
        store.save(*f.report_en())
        store.save(*f.report_fr())
        assert {e.id: e.cluster_id for e in store.events()} == before


def test_same_actors_a_week_apart_are_two_events(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        text = f.REPORT_EN.replace("on Thursday", "on Thursday of the following week")
        doc, article = f.report_en(text)
        doc.id = "en-next-week"
        for e in doc.events:
            e.date = "2024-10-24"
        store.save(doc, article)
        assert len(store.event_clusters()) == 4


def test_different_recipient_same_day_is_another_event(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        text = "Gen Nakatani also held talks with Ukraine's defence minister Rustem Umerov in Brussels."
        doc, article = f.build(text, published="2024-10-17", doc_id="umerov", actors=[
            f.A("n", "Gen Nakatani", "person", "JPN", ["Gen Nakatani"], ["GOV"]),
            f.A("u", "Rustem Umerov", "person", "UKR", ["Rustem Umerov"], ["GOV"])],
            events=[f.E("E1", "CONSULT", ["n"], ["u"], "held talks with Ukraine's defence minister",
                        "held talks", date="2024-10-17")])
        assert store.save(doc, article).clustered == 0
        assert len(store.event_clusters(type="CONSULT")) == 2


def test_near_duplicate_articles_share_a_story(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        copy_text = f.REPORT_EN.replace("told reporters after the talks", "told journalists after the talks")
        doc, article = f.report_en(copy_text)
        doc.id = "en-copy"
        second = store.save(doc, article)
        third = store.save(*f.report_2023())
        # a story is named after its smallest member: the first article may have been renamed
        assert store.article("en-1").story_id == store.article("en-copy").story_id == second.story_id
        assert third.story_id != second.story_id
        assert store.summary().stories == 2
        # re-analysing an article replaces its story card rather than adding to it
        n_keys = store.conn.execute("SELECT COUNT(*) FROM story_keys").fetchone()[0]
        assert n_keys > 0
        store.save(*f.report_en())
        assert store.conn.execute("SELECT COUNT(*) FROM story_keys").fetchone()[0] == n_keys


def test_candidate_events_come_from_an_index_not_a_scan(tmp_path):
    """Incremental clustering: candidates are one indexed range per actor key on (key, type, day)."""
    f.populate(tmp_path / "v.db")
    with Store.open(tmp_path / "v.db") as store:
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT DISTINCT event_id FROM event_keys"
            " WHERE key IN (?, ?) AND event IN (?, ?) AND wide = ? AND day_start BETWEEN ? AND ?"
            " AND day_end >= ?",
            ("JPN", "NATO", "AGREE", "CONSULT", 0, "2024-09-15", "2024-10-18", "2024-10-16")).fetchall()
        detail = " ".join(str(row[-1]) for row in plan)
        assert "COVERING INDEX event_keys_candidates" in detail, detail
        cards = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT DISTINCT article_id FROM story_keys WHERE day = ? AND key IN (?, ?)",
            ("2024-10-17", "p:rutte", "g:1")).fetchall()
        assert "PRIMARY KEY" in " ".join(str(r[-1]) for r in cards)


def test_work_per_save_does_not_grow_with_the_store(tmp_path, monkeypatch):
    """Clustering compares a new event with its neighbours in time only, not with the whole store."""
    from datetime import date, timedelta

    import veille.consolidate.consolidator as writer
    from veille.contract.models import ActorRef

    compared = []
    real = writer.same_event

    def counting(a, b):
        compared.append(1)
        return real(a, b)

    monkeypatch.setattr(writer, "same_event", counting)
    countries = ["USA", "CHN", "RUS", "UKR"]
    per_save = []
    with Store.open(tmp_path / "v.db") as store:
        for i in range(300):
            day = (date(2024, 1, 1) + timedelta(days=i // 3)).isoformat()  # three articles a day
            doc, article = f.report_en(f.REPORT_EN + f" Item {i}.")
            doc.id, doc.published = f"busy-{i}", day
            for e in doc.events:
                e.event, e.date = "CONSULT", day
                e.actor = [ActorRef(None, countries[i % 4], [], "x")]
                e.recipient = [ActorRef(None, countries[(i + 1) % 4], [], "y")]
            before = len(compared)
            store.save(doc, article)
            per_save.append(len(compared) - before)
    assert max(per_save[-30:]) <= max(per_save[30:60]) + 2, (per_save[30:60], per_save[-30:])
    assert max(per_save) < 40
