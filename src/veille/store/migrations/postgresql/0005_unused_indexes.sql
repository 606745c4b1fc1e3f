-- veille store, schema version 5, in PostgreSQL (the same as ../0005_unused_indexes.sql): three indexes
-- no query reads, dropped (each row written updates every index of its table; docs/scaling.md).
-- event_actors(match_key, ...): the candidates of coreference, read from event_keys since version 2
-- (event_keys_candidates); no query filters event_actors by match_key.
DROP INDEX IF EXISTS event_actors_cluster;
-- event_actors(code): the first column of event_actors_code_day (code, day_start, event_id), which
-- every look-up by code reads instead.
DROP INDEX IF EXISTS event_actors_code;
-- article_actors(actor_id): the first column of article_actors_mentions (actor_id, mentions,
-- article_id), which every look-up by actor reads instead.
DROP INDEX IF EXISTS article_actors_actor;
