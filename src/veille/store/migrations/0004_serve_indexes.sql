-- veille store, schema version 4: indexes for the web app's event lists (docs/serve.md, "Speed").
-- A filtered events page is read in date order and stops after one page; an index that starts with the
-- filtered column and ends with the sort key (day_start; the row id follows in every SQLite index)
-- gives the matching rows already in that order, so a rare value costs what its page costs.

-- type=...: PLOVER type, then date
CREATE INDEX events_type_day ON events(event, day_start);
-- place=<ISO alpha-3>: the event's country, then date
CREATE INDEX events_country_day ON events(location_country, day_start);
-- place=<name>: the distinct place names are read off this index, then each name's events by date
CREATE INDEX events_place_day ON events(location_name, day_start);
-- country=: an actor code's rows by date (they carry their event's days), then event id
CREATE INDEX event_actors_code_day ON event_actors(code, day_start, event_id);
-- the actors list (most mentioned first): each actor's mentions and articles read off the index alone
CREATE INDEX article_actors_mentions ON article_actors(actor_id, mentions, article_id);
