"""A real HTTP news site on 127.0.0.1 for the watch tests and benchmark: generated French and English
articles, RSS and Atom feeds, news sitemaps and a sitemap index, and endpoints that misbehave on purpose.

The server is http.server in a thread. It honours If-None-Match / If-Modified-Since (304) and logs
every request (path, conditional headers, status, start and end time) for the tests to check.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

# Sentences written for these tests (not taken from any corpus), varied by index so every article differs.
_FR = {
    "who": ["Le ministre des Affaires étrangères du Japon", "La présidente de la Commission européenne",
            "Le Premier ministre du Canada", "Le chef de la diplomatie brésilienne",
            "Le président du Sénégal", "La ministre de la Défense de l'Allemagne"],
    "whom": ["son homologue indien", "le secrétaire général de l'OTAN", "le président kényan",
             "la Première ministre italienne", "le roi du Maroc", "le chancelier autrichien"],
    "where": ["Tokyo", "Bruxelles", "Ottawa", "Brasilia", "Dakar", "Berlin", "Nairobi", "Rome"],
    "what": ["la sécurité maritime", "les échanges commerciaux", "l'aide humanitaire", "la transition énergétique",
             "la lutte contre le terrorisme", "la coopération scientifique"],
}
_EN = {
    "who": ["The foreign minister of Japan", "The president of the European Commission",
            "Canada's prime minister", "Brazil's top diplomat", "The president of Senegal",
            "Germany's defence minister"],
    "whom": ["his Indian counterpart", "the NATO secretary general", "Kenya's president",
             "the Italian prime minister", "the king of Morocco", "the Austrian chancellor"],
    "where": ["Tokyo", "Brussels", "Ottawa", "Brasilia", "Dakar", "Berlin", "Nairobi", "Rome"],
    "what": ["maritime security", "trade", "humanitarian aid", "the energy transition",
             "counter-terrorism", "scientific cooperation"],
}


def article_text(lang: str, n: int, version: int = 1) -> tuple[str, str]:
    """(title, body) of article ``n`` in ``lang``; ``version`` > 1 is the same story, updated."""
    w = _FR if lang == "fr" else _EN
    who, whom = w["who"][n % 6], w["whom"][(n // 6) % 6]
    where, what = w["where"][(n // 2) % 8], w["what"][(n // 3) % 6]
    day = 1 + n % 27
    if lang == "fr":
        title = f"{who} reçoit {whom} à {where} (dépêche {n})"
        body = [
            f"{who} a reçu {whom} le {day} octobre à {where} pour parler de {what}, selon un communiqué "
            f"publié dans la soirée (dépêche numéro {n}).",
            f"Les deux responsables ont signé un accord de coopération sur {what} et promis de se revoir "
            f"avant la fin de l'année. « Nous avons avancé sur tous les points », a déclaré {who.lower()}.",
            f"Des manifestants se sont rassemblés devant le ministère à {where} pour dénoncer la visite, "
            f"sans incident selon la police.",
        ]
        if version > 1:
            body.append(f"Mise à jour {version} : {whom} a annoncé une nouvelle rencontre en novembre à {where}.")
    else:
        title = f"{who} hosts {whom} in {where} (dispatch {n})"
        body = [
            f"{who} met {whom} in {where} on October {day} to discuss {what}, according to a statement "
            f"released in the evening (dispatch number {n}).",
            f"The two leaders signed a cooperation agreement on {what} and promised to meet again before "
            f"the end of the year. \"We made progress on every point,\" {who[0].lower() + who[1:]} said.",
            f"Protesters gathered outside the ministry in {where} to denounce the visit; police reported no "
            f"incidents.",
        ]
        if version > 1:
            body.append(f"Update {version}: {whom} announced a new meeting in {where} in November.")
    return title, "\n".join(body)


@dataclass
class Logged:
    path: str
    host: str
    conditional: bool
    status: int
    start: float
    end: float = 0.0


@dataclass
class Article:
    lang: str
    n: int
    version: int = 1
    updated: datetime = field(default_factory=lambda: datetime(2024, 10, 17, 8, 0, tzinfo=UTC))


class NewsSite:
    """The site's content and misbehaviour, changeable between passes by the tests."""

    def __init__(self, feeds: int = 2, items: int = 3, *, delay: float = 0.0) -> None:
        self.feeds = feeds
        self.items = items
        self.delay = delay  # seconds added to every article page (to kill a pass in its middle)
        self.articles: dict[str, Article] = {}
        for f in range(feeds):
            lang = "fr" if f % 2 == 0 else "en"
            for i in range(items):
                self.articles[f"{lang}-{f}-{i}"] = Article(lang, f * items + i)
        self.reversed: set[int] = set()  # feeds listed in reverse order
        self.log: list[Logged] = []
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.robots = "User-agent: *\nDisallow: /private/\n"

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1") -> NewsSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    def url(self, path: str, host: str | None = None) -> str:
        assert self.server is not None
        return f"http://{host or self.server.server_address[0]}:{self.port}{path}"

    def feed_urls(self) -> list[str]:
        return [self.url(f"/feeds/{f}.{'rss' if f % 2 == 0 else 'atom'}") for f in range(self.feeds)]

    # -- content ----------------------------------------------------------------------------------
    def page_html(self, key: str, canonical: str | None) -> str:
        a = self.articles[key]
        title, body = article_text(a.lang, a.n, a.version)
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n"))
        link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
        return (f'<!DOCTYPE html><html lang="{a.lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                f'{link}<meta name="author" content="Agence Test {a.n}">'
                f'<meta property="article:published_time" content="2024-10-{1 + a.n % 27:02d}">'
                f'</head><body><nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>'
                f'<article><h1>{escape(title)}</h1>{paragraphs}</article>'
                f'<footer>© Site de test — mentions légales</footer></body></html>')

    def _keys(self, f: int, *, listed: bool = True) -> list[str]:
        """Article keys of feed ``f``, in the order the feed lists them (``listed``) or in their own."""
        lang = "fr" if f % 2 == 0 else "en"
        keys = [f"{lang}-{f}-{i}" for i in range(self.items)]
        return keys[::-1] if listed and f in self.reversed else keys

    def rss(self, f: int, links: list[str] | None = None) -> str:
        keys = self._keys(f, listed=links is None)
        items = []
        for key, link in zip(keys, links or [self.url(f"/articles/{k}") for k in keys]):
            a = self.articles[key]
            title, _ = article_text(a.lang, a.n, a.version)
            items.append(f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
                         f"<guid>{escape(link)}</guid><pubDate>{format_datetime(a.updated)}</pubDate>"
                         f"<atom:updated>{a.updated.strftime('%Y-%m-%dT%H:%M:%SZ')}</atom:updated></item>")
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
                f'<title>Fil {f}</title><link>{self.url("/")}</link><language>fr</language>'
                + "".join(items) + "</channel></rss>")

    def atom(self, f: int) -> str:
        entries = []
        for key in self._keys(f):
            a = self.articles[key]
            title, _ = article_text(a.lang, a.n, a.version)
            link = self.url(f"/articles/{key}")
            entries.append(f"<entry><title>{escape(title)}</title><link href=\"{escape(link)}\"/>"
                           f"<id>{escape(link)}</id><updated>{a.updated.strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"
                           "</entry>")
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f'<title>Feed {f}</title><id>{self.url(f"/feeds/{f}.atom")}</id>'
                f'<updated>2024-10-17T08:00:00Z</updated>' + "".join(entries) + "</feed>")

    def news_sitemap(self) -> str:
        urls = []
        for key in self._keys(0):
            a = self.articles[key]
            title, _ = article_text(a.lang, a.n, a.version)
            urls.append(f"<url><loc>{escape(self.url('/articles/' + key))}</loc>"
                        f"<lastmod>{a.updated.strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod>"
                        "<news:news><news:publication><news:name>Test</news:name><news:language>fr"
                        f"</news:language></news:publication><news:publication_date>2024-10-17"
                        f"</news:publication_date><news:title>{escape(title)}</news:title></news:news></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
                ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(urls) + "</urlset>")

    def update(self, key: str) -> None:
        """Article ``key`` is updated after publication: new text, new date in the feeds."""
        a = self.articles[key]
        a.version += 1
        a.updated = a.updated + timedelta(hours=a.version)

    # -- serving -----------------------------------------------------------------------------------
    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        entry = Logged(h.path, h.headers.get("Host", ""),
                       bool(h.headers.get("If-None-Match") or h.headers.get("If-Modified-Since")), 0,
                       time.monotonic())
        with self._lock:
            self.log.append(entry)
            self.hits[path] = self.hits.get(path, 0) + 1
            hits = self.hits[path]
        status, headers, body = self._route(h, path, hits)
        entry.status = status
        if status == 200 and headers.get("ETag") and h.headers.get("If-None-Match") == headers["ETag"]:
            status, body = 304, b""
            entry.status = 304
        h.send_response(status)
        for name, value in headers.items():
            if name != "X-No-Length" and not (status == 304 and name == "Content-Length"):
                h.send_header(name, value)
        if isinstance(body, bytes) and (status == 304 or "Content-Length" not in headers):
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        try:
            if isinstance(body, bytes):
                h.wfile.write(body)
            else:  # an iterator of chunks (slow or huge bodies)
                for chunk in body:
                    h.wfile.write(chunk)
                    h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        entry.end = time.monotonic()
        if "X-No-Length" in headers:
            h.close_connection = True

    def _ok(self, text: str, ctype: str) -> tuple[int, dict, bytes]:
        body = text.encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        return 200, {"Content-Type": ctype, "ETag": etag, "Content-Length": str(len(body))}, body

    def _route(self, h: BaseHTTPRequestHandler, path: str, hits: int) -> tuple[int, dict, object]:
        port = self.port
        if path == "/robots.txt":
            return self._ok(self.robots, "text/plain")
        if path.startswith("/articles/") or path.startswith("/amp/") or path.startswith("/mirror/"):
            key = path.rsplit("/", 1)[1]
            if key not in self.articles:
                return 404, {"Content-Type": "text/plain"}, b"not found"
            if self.delay:
                time.sleep(self.delay)
            canonical = None if path.startswith("/mirror/") else self.url(f"/articles/{key}")
            return self._ok(self.page_html(key, canonical), "text/html; charset=utf-8")
        if path.startswith("/feeds/"):
            name = path.rsplit("/", 1)[1]
            f = int(name.split(".")[0])
            if name.endswith(".rss"):
                return self._ok(self.rss(f), "application/rss+xml")
            return self._ok(self.atom(f), "application/atom+xml")
        if path == "/dup.rss":  # the stories of feed 0 under other URLs
            keys = self._keys(0, listed=False)
            links = [self.url(f"/articles/{keys[0]}?utm_source=dup&utm_medium=rss"),
                     self.url(f"/amp/{keys[1]}"), self.url(f"/mirror/{keys[2]}")][: len(keys)]
            return self._ok(self.rss(0, links), "application/rss+xml")
        if path == "/sitemap-news.xml":
            return self._ok(self.news_sitemap(), "application/xml")
        if path == "/sitemap-index.xml":
            return self._ok('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns='
                            '"http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
                            f'{self.url("/sitemap-news.xml")}</loc><lastmod>2024-10-17</lastmod></sitemap>'
                            '</sitemapindex>', "application/xml")
        # -- misbehaving on purpose --------------------------------------------------------------
        if path == "/bad/429-once":  # a 429 with a short Retry-After, then the feed
            if hits == 1:
                return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
            return self._ok(self.rss(0), "application/rss+xml")
        if path == "/bad/429":
            return 429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"slow down"
        if path == "/bad/500":
            return 500, {"Content-Type": "text/plain"}, b"boom"
        if path == "/bad/slow":
            def slow():
                time.sleep(3)
                yield b"<rss></rss>"
            return 200, {"Content-Type": "application/rss+xml", "Content-Length": "11"}, slow()
        if path == "/bad/huge":  # no Content-Length: the cap must hold while streaming
            return 200, {"Content-Type": "text/html", "X-No-Length": "1", "Connection": "close"}, \
                (b"<p>" + b"x" * 65536 + b"</p>" for _ in range(40))
        if path == "/bad/loop":
            return 302, {"Location": "/bad/loop2", "Content-Length": "0"}, b""
        if path == "/bad/loop2":
            return 301, {"Location": self.url("/bad/loop"), "Content-Length": "0"}, b""
        if path.startswith("/bad/chain/"):  # /bad/chain/2 -> 1 -> 0 -> the feed: 3 redirects
            left = int(path.rsplit("/", 1)[1])
            target = f"/bad/chain/{left - 1}" if left > 0 else "/feeds/0.rss"
            return 302, {"Location": target, "Content-Length": "0"}, b""
        if path == "/bad/to-private":
            return 302, {"Location": "http://169.254.169.254/latest/meta-data/", "Content-Length": "0"}, b""
        if path == "/bad/to-loopback":
            return 302, {"Location": f"http://127.0.0.2:{port}/feeds/0.rss", "Content-Length": "0"}, b""
        if path == "/bad/malformed.rss":
            return self._ok('<?xml version="1.0"?><rss version="2.0"><channel><title>Cassé</title>'
                            '<item><title>Sans fin</title><link>http://x/</link></channel>', "application/rss+xml")
        if path == "/bad/entities.rss":
            return self._ok('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                            '<rss version="2.0"><channel><title>&b;</title></channel></rss>',
                            "application/rss+xml")
        if path == "/bad/external.rss":
            return self._ok('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                            '<rss version="2.0"><channel><title>&x;</title></channel></rss>',
                            "application/rss+xml")
        if path == "/bad/binary":
            return 200, {"Content-Type": "application/pdf", "Content-Length": "8"}, b"%PDF-1.4"
        if path.startswith("/private/"):
            return self._ok(self.page_html(next(iter(self.articles)), None), "text/html")
        return 404, {"Content-Type": "text/plain"}, b"not found"
