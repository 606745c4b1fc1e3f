"""``veille serve``: a JSON API under ``/api/v1/`` and server-rendered pages over a veille database.

``create_app(load("veille.db"))`` is the ASGI app (FastAPI); ``veille serve`` runs it with uvicorn.
See docs/serve.md.
"""

from veille.serve._app import create_app
from veille.serve._config import ConfigError, ServeConfig, load

__all__ = ["ConfigError", "ServeConfig", "create_app", "load"]
