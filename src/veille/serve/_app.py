"""The ASGI application: the JSON API, the pages, the static files, one error shape."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille import __version__
from veille.errors import QueryError
from veille.serve import _api, _pages
from veille.serve._common import ApiError, StorePool
from veille.serve._config import ServeConfig
from veille.serve._security import Guard

STATIC = Path(__file__).parent / "static"


class LazyAnalyzer:
    """The analysis pipeline, loaded on the first write (spaCy models take seconds) and shared after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._analyzer = None

    def analyze(self, article):
        with self._lock:
            if self._analyzer is None:
                from veille.analyze.pipeline import Analyzer

                self._analyzer = Analyzer()
            return self._analyzer.analyze(article)


def _answer(request: Request, status: int, code: str, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"title": f"Error {status}", "message": message}, status_code=status)


def create_app(config: ServeConfig) -> FastAPI:
    """The app over ``config.db`` (which must exist)."""
    stores = StorePool(config.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="veille", version=__version__, openapi_url="/api/v1/openapi.json",
                  docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political events (PLOVER 2.0) read from French and English news, "
                              "with every report's evidence. Errors: {\"error\": {status, code, message}}.")
    app.state.config = config
    app.state.stores = stores
    app.state.templates = _pages.make_templates()
    app.state.analyzer = LazyAnalyzer()

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _answer(request, exc.status, exc.code, exc.message)

    @app.exception_handler(QueryError)
    async def unknown_value(request: Request, exc: QueryError) -> Response:
        return _answer(request, 400, "unknown_value", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path"))
        return _answer(request, 400, "invalid_parameter", f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _answer(request, exc.status_code, code, str(exc.detail))

    app.include_router(_api.router)
    app.include_router(_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(Guard, config=config)
    return app



