-- veille store, schema version 1.
-- Dates are ISO strings (YYYY-MM-DD) so that they compare as text; TIMEX values are kept verbatim
-- beside them. JSON columns hold small lists (codes, sectors, contexts).

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,          -- internal row id, stable across re-analysis
    doc_id        TEXT NOT NULL,                -- the document's public id (input id or sha256:...)
    text_sha256   TEXT NOT NULL UNIQUE,         -- re-analysing the same text replaces this row's children
    language      TEXT,
    published     TEXT,                         -- YYYY-MM-DD or NULL
    title         TEXT,
    source        TEXT,
    url           TEXT,
    origin        TEXT,
    status        TEXT NOT NULL DEFAULT 'ok',
    contract      TEXT NOT NULL,
    text          TEXT,                         -- the input text exactly as given (NULL if not supplied)
    document_json TEXT NOT NULL,                -- the full contract document: nothing is lost
    story_id      TEXT,                         -- same-story cluster (consolidate.stories)
    minhash       BLOB,                         -- MinHash signature of the text (uint32 little-endian)
    analysed_at   TEXT NOT NULL
);
CREATE INDEX articles_doc_id ON articles(doc_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);

-- LSH bands of each article's MinHash: candidate same-story articles share a band key (a hash of
-- the band number and its rows). WITHOUT ROWID: the table is its own index, one b-tree to update.
CREATE TABLE article_bands (
    key        INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;

-- The cross-document actor registry: one row per stable actor id.
CREATE TABLE actors (
    id          TEXT PRIMARY KEY,               -- country:JPN, igo:NATO, person:mark-rutte, group:RUS:MIL, org:...
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,                  -- person, country, organization, group
    country     TEXT,
    sector      TEXT NOT NULL DEFAULT '[]',     -- JSON list of PLOVER sectors
    igo         INTEGER NOT NULL DEFAULT 0,
    name_key    TEXT NOT NULL,                  -- accent-free casefolded name
    surname_key TEXT,                           -- persons: last name token, for "Rutte" alone
    first_seen  TEXT,
    last_seen   TEXT
);
CREATE INDEX actors_name_key ON actors(name_key);
CREATE INDEX actors_surname_key ON actors(surname_key);
CREATE INDEX actors_country ON actors(country);

-- Every name or mention text seen for an actor, per article.
CREATE TABLE actor_aliases (
    actor_id   TEXT NOT NULL,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    count      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);
CREATE INDEX actor_aliases_article ON actor_aliases(article_id);

-- Which registry actor each document actor became, with its mention count in that article.
CREATE TABLE article_actors (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    doc_actor_id TEXT NOT NULL,                 -- the id inside the document JSON
    actor_id    TEXT NOT NULL,                  -- the registry id
    name        TEXT NOT NULL,
    role        TEXT,
    country     TEXT,                           -- as this article codes it (Rutte: NLD in 2023)
    mentions    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, doc_actor_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id);
CREATE INDEX article_actors_country ON article_actors(country);

-- Roles as stated by articles, dated by the article's publication date, with their evidence.
CREATE TABLE actor_roles (
    id          INTEGER PRIMARY KEY,
    actor_id    TEXT NOT NULL,
    role        TEXT NOT NULL,
    country     TEXT,
    affiliation TEXT,
    sector      TEXT NOT NULL DEFAULT '[]',
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published   TEXT,
    evidence    TEXT,
    start       INTEGER,
    "end"       INTEGER
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id, published);
CREATE INDEX actor_roles_article ON actor_roles(article_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,        -- <text_sha256[:16]>:<document event id>
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    doc_event_id   TEXT NOT NULL,
    event          TEXT NOT NULL,               -- PLOVER type
    mode           TEXT,
    context        TEXT NOT NULL DEFAULT '[]',
    status         TEXT NOT NULL,
    date           TEXT,                        -- TIMEX3 value as extracted
    enddate        TEXT,
    date_precision TEXT,
    date_source    TEXT,
    day_start      TEXT,                        -- YYYY-MM-DD: the range the event may fall in
    day_end        TEXT,                        --   (event date, else the article's publication date)
    location_name  TEXT,
    location_country TEXT,
    lat            REAL,
    lon            REAL,
    geonameid      INTEGER,
    evidence       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    trigger        TEXT,
    confidence     REAL,
    said_by        TEXT,                        -- registry actor id of the speaker
    cluster_id     TEXT NOT NULL                -- the same real-world event across articles
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_day ON events(day_start);

CREATE TABLE event_actors (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side      TEXT NOT NULL,                    -- actor | recipient
    actor_id  TEXT,                             -- registry id
    code      TEXT,
    sector    TEXT NOT NULL DEFAULT '[]',
    text      TEXT,
    match_key TEXT,                             -- code, else registry id: what clustering compares
    event     TEXT NOT NULL,                    -- copies of the event's type and day range, so that
    day_start TEXT,                             --   the candidates for clustering come from one
    day_end   TEXT                              --   indexed range (event_actors_cluster)
);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE INDEX event_actors_code ON event_actors(code);
CREATE INDEX event_actors_actor ON event_actors(actor_id);
CREATE INDEX event_actors_cluster ON event_actors(match_key, event, day_start, day_end, event_id);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    direct     INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_text TEXT,
    speaker_id TEXT                             -- registry id
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE times (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    resolved   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE places (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    name       TEXT,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    geonameid  INTEGER,
    feature    TEXT,
    metonym    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_article ON places(article_id);

-- Full-text search over event evidence, quote text and article titles. The rowid says what a row
-- indexes: events.id * 4 (kind 'event'), quotes.id * 4 + 1 ('quote'), articles.id * 4 + 2 ('title').
CREATE VIRTUAL TABLE search_index USING fts5(
    body, kind UNINDEXED, article_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
