"""Storage of analysed articles in SQLite, and the queries behind ``veille articles/events/actors/quotes``.

See docs/storage.md for the schema and how to query the file with ``sqlite3`` directly.
"""

from veille.store._reader import Filters, fts_query
from veille.store.rows import (
    ActorRow,
    ArticleRow,
    EventClusterRow,
    EventRow,
    EventSide,
    FacetRow,
    PlaceRow,
    QuoteRow,
    RoleRow,
    SaveResult,
    Summary,
)
from veille.store.schema import SchemaTooNew, current_version, migrate
from veille.store.store import DEFAULT_DB, Store, StoreNotFound

__all__ = [
    "DEFAULT_DB",
    "ActorRow",
    "ArticleRow",
    "EventClusterRow",
    "EventRow",
    "EventSide",
    "FacetRow",
    "PlaceRow",
    "Filters",
    "QuoteRow",
    "RoleRow",
    "SaveResult",
    "SchemaTooNew",
    "Store",
    "StoreNotFound",
    "Summary",
    "current_version",
    "fts_query",
    "migrate",
]
