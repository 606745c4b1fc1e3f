-- veille store, schema version 2, in PostgreSQL (the same changes as ../0002_consolidation.sql).

-- People: the key a person's names are grouped by (name without honorifics, folded) and the bucket
-- of candidates (the first letters of the surname). NULL for everything but proper-named people.
ALTER TABLE article_actors ADD COLUMN person_key TEXT;
ALTER TABLE article_actors ADD COLUMN bucket TEXT;
ALTER TABLE article_actors ADD COLUMN kind TEXT;
ALTER TABLE article_actors ADD COLUMN sector TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_actors ADD COLUMN igo INTEGER NOT NULL DEFAULT 0;
CREATE INDEX article_actors_bucket ON article_actors(bucket, person_key, country, actor_id);
CREATE INDEX article_actors_person ON article_actors(person_key);

-- Registry rows: when their kind, country and sectors were last stated ("<published> <sha256>"),
-- so that a new article updates a row without reading every article naming the actor.
ALTER TABLE actors ADD COLUMN latest TEXT;
ALTER TABLE actors ADD COLUMN country_at TEXT;
ALTER TABLE actors ADD COLUMN sector_at TEXT;

-- Every document id an article was stored under (an id change of identical text is recorded here,
-- both ids find the article).
CREATE TABLE article_ids (
    doc_id     TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (doc_id, article_id)
);
CREATE INDEX article_ids_article ON article_ids(article_id);
INSERT INTO article_ids (doc_id, article_id) SELECT doc_id, id FROM articles;

-- The event keys coreference compares (actor codes, the country a person represents, registry ids),
-- with copies of the event's type and day range: the candidates of a report are one indexed range.
-- `wide` marks day ranges longer than a month (a quarter, an explicit span), looked up apart so that
-- the range of the precise ones stays a month wide.
CREATE TABLE event_keys (
    key       TEXT NOT NULL,
    event     TEXT NOT NULL,
    wide      INTEGER NOT NULL DEFAULT 0,
    day_start TEXT,
    day_end   TEXT,
    event_id  BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side      TEXT NOT NULL
);
CREATE INDEX event_keys_candidates ON event_keys(key, event, wide, day_start, day_end, event_id);
CREATE INDEX event_keys_event ON event_keys(event_id);
INSERT INTO event_keys (key, event, wide, day_start, day_end, event_id, side)
    SELECT match_key, event, CASE WHEN day_end::date - day_start::date > 31 THEN 1 ELSE 0 END, day_start, day_end, event_id, side
    FROM event_actors WHERE match_key IS NOT NULL;

-- Story cards: the lede day of an article and its language-independent features.
ALTER TABLE articles ADD COLUMN story_day TEXT;
CREATE TABLE story_keys (
    day        TEXT NOT NULL,
    key        TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (day, key, article_id)
);
CREATE INDEX story_keys_article ON story_keys(article_id);

-- Stories: title, date span, languages, outlets (JSON lists), one row per story id of articles.
CREATE TABLE stories (
    id        TEXT PRIMARY KEY,
    title     TEXT,
    first_day TEXT,
    last_day  TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    outlets   TEXT NOT NULL DEFAULT '[]',
    articles  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO stories (id, title, first_day, last_day, articles)
    SELECT story_id, MIN(title), MIN(published), MAX(published), COUNT(*) FROM articles
    WHERE story_id IS NOT NULL GROUP BY story_id;

-- Merged events: one row per cluster, its best date, place and actors, each with the report(s) it
-- came from (`*_from`: report uids; `actor`, `recipient`: JSON {code: [uids]}). Every report stays a
-- row of `events`. Clusters stored before version 2 get their row when one of their articles is saved.
CREATE TABLE event_clusters (
    id            TEXT PRIMARY KEY,
    event         TEXT NOT NULL,
    date          TEXT,
    enddate       TEXT,
    date_from     TEXT,
    place         TEXT,
    place_country TEXT,
    geonameid     INTEGER,
    place_from    TEXT,
    actor         TEXT NOT NULL DEFAULT '{}',
    recipient     TEXT NOT NULL DEFAULT '{}',
    reports       INTEGER NOT NULL,
    articles      INTEGER NOT NULL
);

-- MinHash sketches are no longer used for stories.
DROP TABLE article_bands;
UPDATE articles SET minhash = NULL;
