-- veille watch: the sources it polls and every item it has seen (docs/watch.md).
-- Times are UTC ISO strings (YYYY-MM-DDTHH:MM:SSZ) so that they compare as text.

CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL DEFAULT 'auto',   -- auto | feed | sitemap | page
    name          TEXT,
    language      TEXT,                           -- hint given to the analysis (fr, en), NULL: detect
    interval_s    INTEGER,                        -- NULL: the configured default interval
    enabled       INTEGER NOT NULL DEFAULT 1,
    parent_id     INTEGER REFERENCES sources(id) ON DELETE CASCADE,  -- sitemap found in a sitemap index
    etag          TEXT,                           -- validators for the next conditional GET
    last_modified TEXT,
    next_due      TEXT,                           -- NULL: due now
    last_checked  TEXT,
    last_success  TEXT,
    last_error    TEXT,
    last_error_at TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,     -- consecutive failed polls (exponential back-off)
    added_at      TEXT NOT NULL
);
CREATE INDEX sources_parent ON sources(parent_id);

-- One row per item URL a source listed (or a page source itself). ``state``:
--   new       seen, not analysed yet (fetched on the next pass)
--   fetched   text extracted and hashed (text_sha256), analysis not yet committed
--   analysed  stored as article_id
--   duplicate the same story as article_id, found under another URL (canonical URL or text hash)
--   failed    gave up (permanent error, or too many attempts); ``error`` says why
CREATE TABLE watch_items (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    state         TEXT NOT NULL DEFAULT 'new',
    canonical_url TEXT,
    title         TEXT,                           -- as the feed or sitemap gives them
    published     TEXT,
    updated       TEXT,                           -- the item's own "updated"/lastmod: a change refetches it
    refresh       INTEGER NOT NULL DEFAULT 0,     -- 1: listed as updated, fetched again (conditional GET)
    author        TEXT,                           -- as the page says (the contract has no author field)
    etag          TEXT,
    last_modified TEXT,
    text_sha256   TEXT,
    article_id    INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    retry_at      TEXT,
    error         TEXT,
    first_seen    TEXT NOT NULL,
    fetched_at    TEXT,
    analysed_at   TEXT
);
CREATE INDEX watch_items_pending ON watch_items(state, retry_at);
CREATE INDEX watch_items_refresh ON watch_items(refresh) WHERE refresh = 1;
CREATE INDEX watch_items_canonical ON watch_items(canonical_url);
CREATE INDEX watch_items_source ON watch_items(source_id, state);
CREATE INDEX watch_items_article ON watch_items(article_id);

-- robots.txt per host, kept between runs (RFC 9309 allows caching up to 24 hours).
CREATE TABLE watch_hosts (
    host       TEXT PRIMARY KEY,                  -- scheme://host:port
    robots     TEXT,                              -- body, NULL: allow all (4xx)
    status     INTEGER,
    fetched_at TEXT NOT NULL
);
