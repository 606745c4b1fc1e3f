"""Security headers, request size limits and the read token, as one ASGI middleware."""

from __future__ import annotations

import hmac
import json
from urllib.parse import parse_qs, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.serve._config import ServeConfig

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
TOKEN_COOKIE = "veille_token"
OPEN_PATHS = ("/static/",)


def token_matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def bearer(headers: dict[bytes, bytes]) -> str | None:
    value = headers.get(b"authorization", b"").decode("latin-1")
    return value[7:].strip() if value.lower().startswith("bearer ") else None


def _cookie(headers: dict[bytes, bytes], name: str) -> str | None:
    for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


class Guard:
    """Adds the security headers, refuses bodies over ``max_body`` (413) and asks for the read token."""

    def __init__(self, app: ASGIApp, config: ServeConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.config.max_body):
            await _error(send_with_headers, 413, "too_large", f"request body over {self.config.max_body} bytes")
            return
        if self.config.token and not path.startswith(OPEN_PATHS):
            if await self._refused(scope, headers, send_with_headers):
                return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await _read_body(receive, self.config.max_body)
            if body is None:
                await _error(send_with_headers, 413, "too_large",
                             f"request body over {self.config.max_body} bytes")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send_with_headers)

    async def _refused(self, scope: Scope, headers: dict[bytes, bytes], send: Send) -> bool:
        """True when the request lacked the read token (and an answer was sent)."""
        expected = self.config.token or ""
        if token_matches(bearer(headers) or _cookie(headers, TOKEN_COOKIE), expected):
            return False
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = query.pop("token", [None])[0]
        if token_matches(given, expected) and not scope["path"].startswith("/api/"):
            # a page opened with ?token=...: keep it in a cookie and drop it from the address
            rest = urlencode(query, doseq=True)
            await send({"type": "http.response.start", "status": 303, "headers": [
                (b"location", (scope["path"] + ("?" + rest if rest else "")).encode()),
                (b"set-cookie", f"{TOKEN_COOKIE}={given}; HttpOnly; SameSite=Strict; Path=/".encode())]})
            await send({"type": "http.response.body", "body": b""})
            return True
        await _error(send, 401, "unauthorized", "this server needs a token (Authorization: Bearer TOKEN)")
        return True


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it passes ``limit`` bytes (the rest is not read)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        size += len(message.get("body", b""))
        if size > limit:
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"status": status, "code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
