"""Issue 13 point 4, issue 17: the same articles in any order give the same database, table by table
(registry ids, cluster ids and story ids included)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import docfactory as f
import pytest
from orderfree import assert_order_free, dump, save_in_order

from veille.store import Store

# people as articles name them: full names, surnames alone, initials, variant spellings
PEOPLE = [
    ("USA", ["Donald Trump", "Trump", "Mr Trump", "Donald J Trump"]),
    ("USA", ["Barack Obama", "Obama", "B. Obama"]),
    ("NLD", ["Mark Rutte", "M. Rutte", "Rutte"]),
    ("UKR", ["Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy"]),
    ("TUR", ["Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan"]),
    ("FRA", ["Emmanuel Macron", "Macron"]),
]
COUNTRIES = ["USA", "NLD", "UKR", "TUR", "FRA", "RUS", "CHN"]
TYPES = ["CONSULT", "AGREE", "ACCUSE", "SUPPORT", "SANCTION"]


def generated_corpus(n: int = 60, seed: int = 7):
    """n short articles about a few people and countries over three weeks: many share events,
    people and stories, so clusters, stories and person ids all depend on what came first unless
    consolidation is order-free."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = date(2024, 3, 1) + timedelta(days=rng.randrange(21))
        (c1, names1), (c2, names2) = rng.sample(PEOPLE, 2)
        n1, n2 = rng.choice(names1), rng.choice(names2)
        etype = rng.choice(TYPES)
        other = rng.choice([c for c in COUNTRIES if c not in (c1, c2)])
        text = (f"Report {i}\n{n1} met {n2} on {day.isoformat()} in talks about {other}. "
                f"The meeting touched on {rng.randint(10, 99)} points. {n1} then spoke to reporters.")
        actors = [f.A("p1", n1, "person", c1, [n1]), f.A("p2", n2, "person", c2, [n2]),
                  f.A("c3", other, "country", other, [other])]
        events = [f.E("E1", etype, ["p1"], ["p2"], f"{n1} met {n2}", "met", date=day.isoformat())]
        if rng.random() < 0.5:
            events.append(f.E("E2", rng.choice(TYPES), ["p2"], ["c3"], f"talks about {other}", "talks",
                              date=day.isoformat()))
        out.append(f.build(text, published=(day + timedelta(days=rng.randrange(2))).isoformat(),
                           doc_id=f"gen-{i}", title=f"Report {i}", actors=actors, events=events,
                           times=[(day.isoformat(), day.isoformat())]))
    return out


def test_a_generated_corpus_gives_the_same_database_in_every_order(tmp_path):
    reference = assert_order_free(tmp_path, generated_corpus())
    ids = {r[0] for r in reference["actors"]}
    # one id per person, the longest name, whatever came first
    assert "person:donald-j-trump" in ids and "person:trump" not in ids and "person:donald-trump" not in ids
    assert "person:barack-obama" in ids and "person:obama" not in ids
    assert "person:recep-tayyip-erdogan" in ids and "person:erdogan" not in ids
    assert "person:mark-rutte" in ids and "person:rutte" not in ids
    assert len({r[-1] for r in reference["events"]}) < len(reference["events"])  # some events merged


def test_a_later_longer_name_re_points_the_earlier_rows_in_one_save(tmp_path):
    corpus = generated_corpus(12, seed=3)
    with Store.open(tmp_path / "v.db") as store:
        doc, article = f.build("Trump spoke.\nTrump met Obama.", published="2024-03-02", doc_id="short",
                               actors=[f.A("t", "Trump", "person", "USA", ["Trump"])])
        store.save(doc, article)
        assert [a.id for a in store.actors()] == ["person:trump"]
        for d, a in corpus:
            store.save(d, a)
        ids = {a.id for a in store.actors()}
        assert "person:trump" not in ids
        rows = store.conn.execute("SELECT actor_id FROM article_actors a JOIN articles b ON b.id = a.article_id"
                                  " WHERE b.doc_id = 'short'").fetchall()
        assert rows == [("person:donald-j-trump",)]


def test_re_analysing_one_article_re_does_only_its_links(tmp_path):
    corpus = generated_corpus(30, seed=5)
    save_in_order(tmp_path / "a.db", corpus, None)
    before = dump(tmp_path / "a.db")
    with Store.open(tmp_path / "a.db") as store:  # the same analysis again: nothing changes
        store.save(*corpus[4])
        store.save(*corpus[17])
    after = dump(tmp_path / "a.db")
    assert {t: r for t, r in after.items()} == before


# -- real analyses -----------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _variants(doc, article, k: int):
    """Variants of one analysed article, as other outlets would publish it: another id and date, a
    line added at the end (offsets unchanged), fewer events, a person named by the surname alone."""
    import copy

    from veille.ingest.article import Article

    out = []
    for i in range(k):
        d = copy.deepcopy(doc)
        text = article.text + f"\n(Version {i}.)"
        d.id = f"{doc.id}-v{i}"
        d.text_sha256 = Article(text=text).sha256
        if d.published:
            d.published = (date.fromisoformat(d.published) + timedelta(days=i % 2)).isoformat()
        d.events = [e for j, e in enumerate(d.events) if (j + i) % 3]
        if i % 2:
            for actor in d.actors:
                if actor.kind == "person" and len(actor.name.split()) > 1:
                    actor.name = actor.name.split()[-1]
                    break
        a = copy.copy(article)
        a.text, a.id, a.published = text, d.id, d.published
        out.append((d, a))
    return out


@pytest.fixture(scope="module")
def analyzer():
    from veille.analyze.pipeline import Analyzer

    return Analyzer()


def _examples():
    from veille.ingest.article import Article

    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        out.append(Article(text=path.read_text(encoding="utf-8"), id=path.stem, published=path.name[:10]))
    return out


@pytest.mark.model
def test_examples_and_their_variants_give_the_same_database_in_every_order(tmp_path, analyzer):
    articles = _examples()
    corpus = []
    for article, doc in zip(articles, analyzer.analyze_many(articles)):
        corpus.append((doc, article))
        corpus += _variants(doc, article, 8)
    assert len(corpus) >= 50
    reference = assert_order_free(tmp_path, corpus)
    assert len({r[-1] for r in reference["events"]}) < len(reference["events"])


@pytest.mark.model
@pytest.mark.shared
def test_shared_news_texts_give_the_same_database_in_every_order(tmp_path, analyzer, shared_dir):
    from veille.eval.gold import load_jsonl
    from veille.eval.runner import to_article

    articles = _examples()
    for name in ("real-news.dev.jsonl", "stories.dev.jsonl"):
        path = shared_dir / "eval" / name
        if path.exists():
            articles += [to_article(d) for d in load_jsonl(path)]
    if len(articles) < 50:
        pytest.skip("fewer than 50 shared news texts")
    corpus = list(zip(analyzer.analyze_many(articles), articles))
    assert_order_free(tmp_path, corpus)
