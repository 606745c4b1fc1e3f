"""Writing one analysed article: its row, its registry actors, events (clustered), quotes, times, places.

Everything here runs inside the one transaction ``Store.save`` opens; nothing commits on its own.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from rapidfuzz import fuzz

from veille.consolidate.actors import (
    is_proper_name,
    name_key,
    name_tokens,
    registry_id,
    surname_key,
)
from veille.consolidate.dates import event_range, iso_day
from veille.consolidate.events import TOLERANCE_DAYS, EventSignature, same_event
from veille.consolidate.stories import StorySketcher
from veille.contract.models import Actor, ActorRef, Document, Event
from veille.ingest.article import Article
from veille.store.rows import SaveResult

FUZZY_NAME_MIN = 88  # rapidfuzz ratio for two spellings of one person's full name
_SENTENCE_END = re.compile(r"[.!?…]\s+|\n+")
SNIPPET_MAX = 320


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fields(obj: object) -> dict[str, object]:
    fields = getattr(obj, "__dataclass_fields__", None)
    if fields is None:
        raise TypeError(f"cannot store {type(obj).__name__} in the document JSON")
    return {name: getattr(obj, name) for name in fields}


def document_json(doc: Document) -> str:
    """``json.dumps(doc.to_dict())`` without asdict's deep copies (a few ms per article)."""
    return json.dumps(doc, ensure_ascii=False, default=_fields)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A sentence ends here unless what follows continues it ("cour. » a déclaré", "M. Rutte")."""
    if "\n" in m.group():
        return True
    nxt = text[m.end():m.end() + 1]
    if not nxt or nxt in "»”’),;:" or nxt.islower():
        return False
    before = text[max(0, m.start() - 3):m.start()].split()[-1:] or [""]
    return len(before[0]) > 1 or not before[0].isupper()  # "M." or "J." is an initial, not an end


def sentence_around(text: str | None, start: int, end: int, fallback: str) -> str:
    """The sentence holding ``text[start:end]`` (cut to SNIPPET_MAX characters), else ``fallback``."""
    if not text or not 0 <= start <= end <= len(text):
        return fallback
    lo = max(0, start - SNIPPET_MAX)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _is_boundary(text, m):
            left = m.end()
    right = min(len(text), end + SNIPPET_MAX)
    for m in _SENTENCE_END.finditer(text, end, right):
        if _is_boundary(text, m):
            right = m.start() + (1 if text[m.start()] in ".!?…" else 0)
            break
    snippet = text[left:right].strip()
    if len(snippet) > SNIPPET_MAX:  # keep the mention in view
        keep_from = max(left, start - SNIPPET_MAX // 2)
        snippet = "…" + text[keep_from:keep_from + SNIPPET_MAX].strip() + "…"
    return snippet or fallback


class ArticleWriter:
    """Writes one Document (and its Article) through an open connection, inside a transaction."""

    def __init__(self, conn: sqlite3.Connection, sketcher: StorySketcher) -> None:
        self.conn = conn
        self.sketcher = sketcher

    # -- article -------------------------------------------------------------------------------
    def write(self, doc: Document, article: Article | None) -> SaveResult:
        published = iso_day(doc.published) or iso_day(article.published if article else None)
        text = article.text if article is not None else None
        row = self.conn.execute(
            "SELECT id, text FROM articles WHERE text_sha256 = ?", (doc.text_sha256,)).fetchone()
        replaced = row is not None
        old_actor_ids: set[str] = set()
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        values = (
            doc.id, doc.language, published, doc.title or (article.title if article else None),
            doc.source or (article.source if article else None),
            doc.url or (article.url if article else None),
            article.origin if article else None, doc.status, doc.contract,
            document_json(doc), now,
        )
        if row is None:
            article_id = self.conn.execute(
                "INSERT INTO articles (doc_id, language, published, title, source, url, origin, status,"
                " contract, document_json, analysed_at, text, text_sha256)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (*values, text, doc.text_sha256)).lastrowid
        else:
            article_id = row[0]
            text = text if text is not None else row[1]
            old_actor_ids = self._clear(article_id)
            self.conn.execute(
                "UPDATE articles SET doc_id=?, language=?, published=?, title=?, source=?, url=?,"
                " origin=COALESCE(?, origin), status=?, contract=?, document_json=?, analysed_at=?,"
                " text=? WHERE id=?", (*values, text, article_id))
        assert article_id is not None
        title = values[3]
        if title:
            self.conn.execute(
                "INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)",
                (article_id * 4 + 2, title, "title", article_id))

        story_id = self._story(article_id, doc.text_sha256, text)
        actor_map = self._actors(article_id, doc.actors, published, text, doc.text_sha256)
        events, clustered = self._events(article_id, doc, published, story_id, actor_map)
        self._quotes(article_id, doc, actor_map)
        self._times_places(article_id, doc)
        self._refresh_registry(old_actor_ids | set(actor_map.values()), published)
        return SaveResult(article_id=doc.id, replaced=replaced, story_id=story_id,
                          events=events, clustered=clustered)

    def _clear(self, article_id: int) -> set[str]:
        """Delete an article's children before it is written again; return its registry actor ids."""
        c = self.conn
        old = {r[0] for r in c.execute(
            "SELECT DISTINCT actor_id FROM article_actors WHERE article_id=?", (article_id,))}
        c.execute("DELETE FROM search_index WHERE rowid IN"
                  " (SELECT id * 4 FROM events WHERE article_id=?"
                  "  UNION ALL SELECT id * 4 + 1 FROM quotes WHERE article_id=?"
                  "  UNION ALL SELECT ? * 4 + 2)", (article_id, article_id, article_id))
        for table in ("events", "quotes", "times", "places", "actor_aliases", "article_actors",
                      "actor_roles"):
            c.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))  # noqa: S608
        row = c.execute("SELECT minhash FROM articles WHERE id=?", (article_id,)).fetchone()
        if row and row[0]:  # the band keys come back from the stored signature: no scan
            c.executemany("DELETE FROM article_bands WHERE key=? AND article_id=?",
                          [(key, article_id) for key in self.sketcher.band_keys(row[0])])
        return old

    # -- same story ----------------------------------------------------------------------------
    def _story(self, article_id: int, sha: str, text: str | None) -> str:
        own = "S" + sha[:12]
        sketch = self.sketcher.sketch(text)
        if sketch is None:
            self.conn.execute("UPDATE articles SET story_id=?, minhash=NULL WHERE id=?", (own, article_id))
            return own
        marks = ",".join("?" for _ in sketch.bands)
        candidates = self.conn.execute(
            "SELECT a.id, a.story_id, a.minhash FROM articles a WHERE a.id IN"
            f" (SELECT article_id FROM article_bands WHERE key IN ({marks}))"  # noqa: S608 (placeholders)
            " AND a.id != ? AND a.minhash IS NOT NULL", (*sketch.bands, article_id)).fetchall()
        best, best_sim = own, self.sketcher.threshold
        for _cid, cstory, cmh in candidates:
            sim = self.sketcher.similarity(sketch.signature, cmh)
            if sim >= best_sim and cstory:
                best, best_sim = cstory, sim
        self.conn.executemany("INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?,?)",
                              [(key, article_id) for key in sketch.bands])
        self.conn.execute("UPDATE articles SET story_id=?, minhash=? WHERE id=?",
                          (best, sketch.signature, article_id))
        return best

    # -- actors --------------------------------------------------------------------------------
    def _resolve_person(self, actor: Actor) -> str:
        base = registry_id(actor)
        if self.conn.execute("SELECT 1 FROM actors WHERE id=?", (base,)).fetchone():
            return base
        tokens = name_tokens(actor.name)
        sk = surname_key(actor.name)
        if not sk:
            return base
        if len(tokens) == 1:  # a surname alone: the one known person with it
            rows = self.conn.execute(
                "SELECT id, country FROM actors WHERE kind='person' AND surname_key=?", (sk,)).fetchall()
            if len(rows) > 1 and actor.country:
                rows = [r for r in rows if r[1] == actor.country]
            return rows[0][0] if len(rows) == 1 else base
        key = " ".join(tokens)
        prefix = sk[:4]
        rows = self.conn.execute(
            "SELECT id, name_key FROM actors WHERE kind='person' AND surname_key >= ? AND surname_key < ?",
            (prefix, prefix + "\uffff")).fetchall()
        best, best_score = base, 0.0
        for rid, other in rows:
            other_tokens = other.split()
            if len(other_tokens) == 1 and other == sk:
                score = 90.0  # known so far by surname only
            elif other_tokens and other_tokens[-1] == tokens[-1] and other_tokens[0][:1] == tokens[0][:1] \
                    and (len(other_tokens[0]) == 1 or len(tokens[0]) == 1):
                score = 95.0  # "M. Rutte" / "Mark Rutte"
            else:
                score = fuzz.ratio(key, other)
            if score >= FUZZY_NAME_MIN and score > best_score:
                best, best_score = rid, score
        return best

    def _actors(self, article_id: int, actors: list[Actor], published: str | None,
                text: str | None, sha: str) -> dict[str, str]:
        """Register the document's actors; return document actor id -> registry id."""
        c = self.conn
        mapping: dict[str, str] = {}
        for actor in actors:
            kind = (actor.kind or "organization").lower()
            if kind != "person":
                rid = registry_id(actor)
            elif is_proper_name(actor.name):
                rid = self._resolve_person(actor)
            else:  # "le ministre", "a spokesman": this article's person, not a cross-article actor
                rid = f"{registry_id(actor)}@{sha[:12]}"
            mapping[actor.id] = rid
            existing = c.execute("SELECT name, last_seen FROM actors WHERE id=?", (rid,)).fetchone()
            sector = _json(sorted({s.upper() for s in actor.sector}))
            if existing is None:
                c.execute(
                    "INSERT INTO actors (id, name, kind, country, sector, igo, name_key, surname_key,"
                    " first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (rid, actor.name, kind, actor.country, sector, int(bool(actor.igo)),
                     name_key(actor.name),
                     surname_key(actor.name) if kind == "person" and "@" not in rid else None,
                     published, published))
            else:
                old_name, last_seen = existing
                if kind == "person" and len(name_tokens(actor.name)) > len(name_tokens(old_name)):
                    c.execute("UPDATE actors SET name=?, name_key=? WHERE id=?",
                              (actor.name, name_key(actor.name), rid))
                if last_seen is None or (published is not None and published >= last_seen):
                    # the latest article says what the actor is now (Rutte: NLD, then NATO)
                    c.execute("UPDATE actors SET country=COALESCE(?, country),"
                              " sector=CASE WHEN ?='[]' THEN sector ELSE ? END WHERE id=?",
                              (actor.country, sector, sector, rid))
            c.execute(
                "INSERT INTO article_actors (article_id, doc_actor_id, actor_id, name, role, country,"
                " mentions) VALUES (?,?,?,?,?,?,?) ON CONFLICT(article_id, doc_actor_id) DO UPDATE SET"
                " mentions = mentions + excluded.mentions",
                (article_id, actor.id, rid, actor.name, actor.role, actor.country, len(actor.mentions)))
            aliases = Counter(m.text for m in actor.mentions if m.text.strip())
            aliases.setdefault(actor.name, 0)
            c.executemany(
                "INSERT INTO actor_aliases (actor_id, alias, alias_key, article_id, count) VALUES (?,?,?,?,?)",
                [(rid, alias, name_key(alias), article_id, n) for alias, n in aliases.items()])
            if actor.role:
                start, end, evidence = self._role_evidence(actor, text)
                c.execute(
                    "INSERT INTO actor_roles (actor_id, role, country, affiliation, sector, article_id,"
                    " published, evidence, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (rid, actor.role, actor.country, actor.affiliation, sector, article_id, published,
                     evidence, start, end))
        return mapping

    @staticmethod
    def _role_evidence(actor: Actor, text: str | None) -> tuple[int | None, int | None, str | None]:
        """The sentence that states the role: the first mention whose sentence names it."""
        if not actor.mentions:
            return None, None, None
        role_words = [w for w in name_key(actor.role or "").split() if len(w) > 3]
        chosen = actor.mentions[0]
        for mention in sorted(actor.mentions, key=lambda m: m.start):
            sentence = sentence_around(text, mention.start, mention.end, mention.text)
            if role_words and any(w in name_key(sentence) for w in role_words):
                chosen = mention
                break
        return chosen.start, chosen.end, sentence_around(text, chosen.start, chosen.end, chosen.text)

    def _refresh_registry(self, actor_ids: set[str], published: str | None) -> None:
        """Widen first/last seen of the touched registry actors; drop the ones no article mentions.

        Incremental (no pass over an actor's articles): after a re-analysis that changed an
        article's date, the dates may stay wider than needed, never narrower.
        """
        for rid in actor_ids:
            if not self.conn.execute("SELECT 1 FROM article_actors WHERE actor_id=? LIMIT 1", (rid,)).fetchone():
                self.conn.execute("DELETE FROM actors WHERE id=?", (rid,))
            elif published:
                self.conn.execute(
                    "UPDATE actors SET first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?1"
                    " THEN ?1 ELSE first_seen END, last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?1"
                    " THEN ?1 ELSE last_seen END WHERE id=?2", (published, rid))

    # -- events --------------------------------------------------------------------------------
    @staticmethod
    def _codes(refs: list[ActorRef], actor_map: dict[str, str]) -> frozenset[str]:
        out = set()
        for ref in refs:
            if ref.code:
                out.add(ref.code.upper())
            elif ref.actor_id and ref.actor_id in actor_map:
                out.add(actor_map[ref.actor_id])
        return frozenset(out)

    def _sides_of(self, event_ids: list[int]) -> dict[int, dict[str, set[str]]]:
        sides: dict[int, dict[str, set[str]]] = {}
        for event_id, side, key in self.conn.execute(
                f"SELECT event_id, side, match_key FROM event_actors"  # noqa: S608 (placeholders only)
                f" WHERE event_id IN ({','.join('?' for _ in event_ids)})", event_ids):
            entry = sides.setdefault(event_id, {"actor": set(), "recipient": set()})
            if key:
                entry[side].add(key)
        return sides

    def _cluster_for(self, article_id: int, sig: EventSignature) -> list[str]:
        """Cluster ids of events in other articles that report the same real-world event.

        Candidates share at least one actor key and the event type, and fall in the date window:
        one range of the ``event_actors_cluster`` index per key, whatever the size of the store.
        """
        keys = sorted(sig.actor | sig.recipient)
        if not keys:
            return []
        window = sig.window()
        marks = ",".join("?" for _ in keys)
        if window is not None:
            assert sig.start is not None
            rows = self.conn.execute(
                f"SELECT DISTINCT ea.event_id FROM event_actors ea"  # noqa: S608 (placeholders only)
                f" WHERE ea.match_key IN ({marks}) AND ea.event = ? AND ea.day_start BETWEEN ? AND ?"
                f" AND ea.day_end >= ?",
                (*keys, sig.event, window[0], window[1],
                 (sig.start - timedelta(days=TOLERANCE_DAYS)).isoformat())).fetchall()
        elif sig.start is None and sig.story_id:
            rows = self.conn.execute(
                f"SELECT DISTINCT ea.event_id FROM event_actors ea JOIN events e ON e.id = ea.event_id"  # noqa: S608
                f" JOIN articles a ON a.id = e.article_id WHERE ea.match_key IN ({marks})"
                f" AND ea.event = ? AND ea.day_start IS NULL AND a.story_id = ?",
                (*keys, sig.event, sig.story_id)).fetchall()
        else:
            return []
        ids = [r[0] for r in rows]
        if not ids:
            return []
        found: list[str] = []
        meta = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for eid, etype, d0, d1, story, cluster, art in self.conn.execute(
                    f"SELECT e.id, e.event, e.day_start, e.day_end, a.story_id, e.cluster_id, e.article_id"  # noqa: S608
                    f" FROM events e JOIN articles a ON a.id = e.article_id"
                    f" WHERE e.id IN ({','.join('?' for _ in part)}) ORDER BY e.id", part):
                if art != article_id:
                    meta[eid] = (etype, d0, d1, story, cluster)
        sides = self._sides_of(list(meta)) if meta else {}
        for eid, (etype, d0, d1, story, cluster) in meta.items():
            side = sides.get(eid, {"actor": set(), "recipient": set()})
            other = EventSignature(
                etype, frozenset(side["actor"]), frozenset(side["recipient"]),
                date.fromisoformat(d0) if d0 else None, date.fromisoformat(d1) if d1 else None, story)
            if same_event(sig, other) and cluster not in found:
                found.append(cluster)
        return found

    def _events(self, article_id: int, doc: Document, published: str | None, story_id: str | None,
                actor_map: dict[str, str]) -> tuple[int, int]:
        c = self.conn
        clustered = 0
        for event in doc.events:
            etype = event.event.upper()
            rng = event_range(event.date, event.enddate, published)
            day_start, day_end = (rng[0].isoformat(), rng[1].isoformat()) if rng else (None, None)
            sig = EventSignature(etype, self._codes(event.actor, actor_map),
                                 self._codes(event.recipient, actor_map),
                                 rng[0] if rng else None, rng[1] if rng else None, story_id)
            uid = f"{doc.text_sha256[:16]}:{event.id}"
            clusters = self._cluster_for(article_id, sig)
            if clusters:
                cluster_id = self._merge(clusters)
                clustered += 1
            else:
                cluster_id = "C" + hashlib.sha1(uid.encode()).hexdigest()[:12]
            event_id = self._insert_event(article_id, uid, event, etype, day_start, day_end,
                                          cluster_id, actor_map)
            c.execute("INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)",
                      (event_id * 4, event.evidence.text, "event", article_id))
        return len(doc.events), clustered

    def _merge(self, clusters: list[str]) -> str:
        """One event bridging several clusters joins them under the oldest one."""
        if len(clusters) == 1:
            return clusters[0]
        placeholders = ",".join("?" for _ in clusters)
        keep = self.conn.execute(
            f"SELECT cluster_id FROM events WHERE cluster_id IN ({placeholders})"  # noqa: S608
            " ORDER BY id LIMIT 1", clusters).fetchone()[0]
        others = [cl for cl in clusters if cl != keep]
        self.conn.execute(
            f"UPDATE events SET cluster_id=? WHERE cluster_id IN ({','.join('?' for _ in others)})",  # noqa: S608
            (keep, *others))
        return keep

    def _insert_event(self, article_id: int, uid: str, event: Event, etype: str,
                      day_start: str | None, day_end: str | None, cluster_id: str,
                      actor_map: dict[str, str]) -> int:
        loc = event.location
        event_id = self.conn.execute(
            "INSERT INTO events (uid, article_id, doc_event_id, event, mode, context, status, date,"
            " enddate, date_precision, date_source, day_start, day_end, location_name,"
            " location_country, lat, lon, geonameid, evidence, start, \"end\", trigger, confidence,"
            " said_by, cluster_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (uid, article_id, event.id, etype, event.mode, _json(list(event.context)), event.status,
             event.date, event.enddate, event.date_precision, event.date_source, day_start, day_end,
             loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
             loc.lon if loc else None, loc.geonameid if loc else None, event.evidence.text,
             event.evidence.start, event.evidence.end, event.trigger.text if event.trigger else None,
             event.confidence, actor_map.get(event.said_by or ""), cluster_id),
        ).lastrowid
        assert event_id is not None
        rows = []
        for side, refs in (("actor", event.actor), ("recipient", event.recipient)):
            for ref in refs:
                registry = actor_map.get(ref.actor_id or "")
                code = ref.code.upper() if ref.code else None
                rows.append((event_id, side, registry, code, _json(list(ref.sector)), ref.text,
                             code or registry, etype, day_start, day_end))
        self.conn.executemany(
            "INSERT INTO event_actors (event_id, side, actor_id, code, sector, text, match_key, event,"
            " day_start, day_end) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        return event_id

    # -- quotes, times, places -----------------------------------------------------------------
    def _quotes(self, article_id: int, doc: Document, actor_map: dict[str, str]) -> None:
        for quote in doc.quotes:
            speaker = quote.speaker
            quote_id = self.conn.execute(
                "INSERT INTO quotes (article_id, text, start, \"end\", direct, speaker_name, speaker_text,"
                " speaker_id) VALUES (?,?,?,?,?,?,?,?)",
                (article_id, quote.text, quote.start, quote.end, int(quote.direct),
                 speaker.name if speaker else None, speaker.text if speaker else None,
                 actor_map.get(speaker.actor_id or "") if speaker else None),
            ).lastrowid
            assert quote_id is not None
            self.conn.execute("INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)",
                              (quote_id * 4 + 1, quote.text, "quote", article_id))

    def _times_places(self, article_id: int, doc: Document) -> None:
        self.conn.executemany(
            "INSERT INTO times (article_id, text, start, \"end\", type, value, resolved) VALUES (?,?,?,?,?,?,?)",
            [(article_id, t.text, t.start, t.end, t.type, t.value, int(t.resolved)) for t in doc.times])
        self.conn.executemany(
            "INSERT INTO places (article_id, text, start, \"end\", name, country, lat, lon, geonameid,"
            " feature, metonym) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(article_id, p.text, p.start, p.end, p.name, p.country, p.lat, p.lon, p.geonameid,
              p.feature, int(p.metonym)) for p in doc.places])
