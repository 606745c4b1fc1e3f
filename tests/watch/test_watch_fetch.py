"""The fetcher against a real HTTP server on 127.0.0.1 that misbehaves on purpose (no models loaded)."""

from __future__ import annotations

import threading
import time

import pytest
from newsite import NewsSite

from veille.errors import FetchError, UnsafeURLError
from veille.watch import Fetcher, fetch, load_config
from veille.watch._config import ConfigError, parse_duration
from veille.watch._parse import kind_of, listing
from veille.watch._safety import AddressPolicy
from veille.watch._urls import canonical_url

LOCAL_ONLY = ("127.0.0.1/32",)


def config(**changes):
    """Fast settings; only 127.0.0.1 allowed (every other private address stays refused)."""
    from veille.watch._config import parse_network

    base = load_config().with_overrides(min_delay=0.0, read_timeout=1.0, total_timeout=5.0, retries=1,
                                        backoff=0.05, max_retry_after=2.0, max_bytes=500_000,
                                        allow_networks=tuple(parse_network(n) for n in LOCAL_ONLY))
    return base.with_overrides(**changes)


@pytest.fixture
def fetcher():
    f = Fetcher(config())
    yield f
    f.close()


def error_of(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    return caught.value


def test_feeds_sitemaps_and_pages_in_both_languages(site, fetcher):
    rss = fetcher.get(site.url("/feeds/0.rss"))
    assert kind_of(rss) == "feed"
    entries = listing(rss, "feed").entries
    assert [e.url for e in entries] == [site.url(f"/articles/fr-0-{i}") for i in range(3)]
    assert entries[0].published == "2024-10-17" and entries[0].updated == "2024-10-17T08:00:00Z"
    atom = fetcher.get(site.url("/feeds/1.atom"))
    assert kind_of(atom) == "feed" and len(listing(atom, "feed").entries) == 3
    index = listing(fetcher.get(site.url("/sitemap-index.xml")), "sitemap")
    assert index.sitemaps == (site.url("/sitemap-news.xml"),) and not index.entries
    news = listing(fetcher.get(site.url("/sitemap-news.xml")), "sitemap").entries
    assert news[0].title.startswith("Le ministre") and news[0].language == "fr"
    fr = fetch(site.url("/articles/fr-0-1?utm_source=x"), config())
    assert fr.url == site.url("/articles/fr-0-1") and fr.id == fr.url  # canonical link, no tracking
    assert "a reçu" in fr.text and "mentions légales" not in fr.text and "Accueil" not in fr.text
    assert fr.title.startswith("La présidente de la Commission") and fr.published == "2024-10-02"
    en = fetch(site.url("/articles/en-1-0"), config())
    assert "met" in en.text and en.title.startswith("Brazil")


def test_conditional_get_gives_304_and_no_body(site, fetcher):
    first = fetcher.get(site.url("/feeds/0.rss"))
    assert first.status == 200 and first.validators.etag
    again = fetcher.get(site.url("/feeds/0.rss"), first.validators)
    assert again.not_modified and again.body == b""
    assert site.log[-1].conditional and site.log[-1].status == 304


def test_429_with_retry_after_is_waited_for_then_retried(site, fetcher):
    start = time.monotonic()
    got = fetcher.get(site.url("/bad/429-once"))
    assert got.status == 200 and time.monotonic() - start >= 1.0
    assert [e.status for e in site.log if e.path == "/bad/429-once"] == [429, 200]


def test_long_retry_after_fails_fast_and_holds_the_host():
    bad = NewsSite().start()
    try:
        f = Fetcher(config())
        exc = error_of(f, bad.url("/bad/429"))
        assert "HTTP 429" in str(exc) and exc.retry_after == 3600 and exc.transient
        later = error_of(f, bad.url("/feeds/0.rss"))  # same host: not asked again this pass
        assert "wait" in later.reason and bad.hits.get("/feeds/0.rss") is None
    finally:
        bad.stop()


def test_500_is_retried_with_backoff_then_reported(site, fetcher):
    exc = error_of(fetcher, site.url("/bad/500"))
    assert "HTTP 500" in str(exc) and exc.transient
    assert site.hits["/bad/500"] == 2  # one retry (retries = 1)


def test_slow_response_times_out(site):
    f = Fetcher(config(retries=0))
    start = time.monotonic()
    exc = error_of(f, site.url("/bad/slow"))
    assert "timed out" in str(exc) and time.monotonic() - start < 2.5


def test_oversized_body_is_cut_while_streaming(site, fetcher):
    exc = error_of(fetcher, site.url("/bad/huge"))
    assert "500000-byte cap" in str(exc)


def test_redirect_loop_and_redirect_cap(site, fetcher):
    exc = error_of(fetcher, site.url("/bad/loop"))
    assert "redirect loop" in str(exc) and "/bad/loop2" in str(exc)
    capped = Fetcher(config(max_redirects=3))
    assert "more than 3 redirects" in str(error_of(capped, site.url("/bad/chain/3")))
    assert capped.get(site.url("/bad/chain/2")).url == site.url("/feeds/0.rss")


def test_redirect_to_private_addresses_is_refused_after_the_hop(site, fetcher):
    metadata = error_of(fetcher, site.url("/bad/to-private"))
    assert isinstance(metadata, UnsafeURLError)
    assert "redirected to http://169.254.169.254/" in str(metadata) and "link-local" in str(metadata)
    loopback = error_of(fetcher, site.url("/bad/to-loopback"))
    assert isinstance(loopback, UnsafeURLError) and "127.0.0.2 is a loopback address" in str(loopback)


def test_private_addresses_refused_after_dns_unless_allowed(site):
    strict = Fetcher(load_config())
    exc = error_of(strict, site.url("/feeds/0.rss", host="localhost"))
    assert isinstance(exc, UnsafeURLError) and "localhost resolves to 127.0.0.1, a loopback address" in str(exc)
    assert not site.log  # refused before connecting
    allowed = Fetcher(load_config().with_overrides(allow_private=True, min_delay=0.0))
    assert allowed.get(site.url("/feeds/0.rss", host="localhost")).status == 200


@pytest.mark.parametrize("address, refused", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"), ("172.16.5.4", "private"),
    ("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"), ("::1", "loopback"),
    ("fe80::1", "link-local"), ("::ffff:10.0.0.1", "private"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "public"), ("93.184.215.14", None), ("2606:4700::1111", None)])
def test_address_policy(address, refused):
    import ipaddress

    why = AddressPolicy().refusal(ipaddress.ip_address(address))
    assert (why is None) if refused is None else (refused in why)
    assert AddressPolicy(allow_private=True).refusal(ipaddress.ip_address(address)) is None


def test_only_http_and_https(fetcher):
    for url in ("file:///etc/passwd", "ftp://example.org/feed", "gopher://x/"):
        assert "only http and https" in str(error_of(fetcher, url))


def test_malformed_xml_and_entities_refused(site, fetcher):
    from veille.watch._parse import safe_xml

    for path, expected in (("/bad/malformed.rss", "malformed XML"), ("/bad/entities.rss", "XML refused"),
                           ("/bad/external.rss", "XML refused")):
        got = fetcher.get(site.url(path))
        with pytest.raises(FetchError, match=expected):
            kind_of(got)
        with pytest.raises(FetchError, match=expected):
            safe_xml(got.body, got.url)


def test_content_types_other_than_html_xml_text_refused(site, fetcher):
    assert "'application/pdf' refused" in str(error_of(fetcher, site.url("/bad/binary")))


def test_robots_txt_is_honoured(site, fetcher):
    exc = error_of(fetcher, site.url("/private/page"))
    assert "disallowed by robots.txt" in str(exc)
    assert site.hits.get("/private/page") is None and site.hits["/robots.txt"] == 1


def test_one_request_at_a_time_per_host_with_a_delay_and_hosts_in_parallel(site):
    f = Fetcher(config(min_delay=0.2))
    site.delay = 0.1
    urls = [site.url(f"/articles/fr-0-{i}") for i in range(3)] + \
        [site.url(f"/articles/en-1-{i}", host="localhost") for i in range(3)]
    f2 = Fetcher(config(min_delay=0.2, allow_private=True))
    threads = [threading.Thread(target=(f if "127.0.0.1" in u else f2).get, args=(u,)) for u in urls]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    for host in ("127.0.0.1", "localhost"):
        pages = sorted((e for e in site.log if e.path.startswith("/articles/") and e.host.startswith(host)),
                       key=lambda e: e.start)
        assert len(pages) == 3
        for a, b in zip(pages, pages[1:]):
            assert b.start >= a.end + 0.19, "two requests to one host overlap or come too soon"
    assert elapsed < 3 * (0.1 + 0.2) * 2  # the two hosts were fetched at the same time


def test_user_agent_names_veille_and_the_contact():
    cfg = load_config().with_overrides(contact="mailto:desk@example.org")
    assert cfg.agent.startswith("veille/") and "mailto:desk@example.org" in cfg.agent


def test_config_file_and_durations(tmp_path):
    from conftest import write_config

    path = write_config(tmp_path / "c.toml", every="30m", concurrency=3)
    with path.open("a", encoding="utf-8") as out:
        out.write('\n[[sources]]\nurl = "https://example.org/rss"\nlanguage = "fr"\nevery = "1h"\n')
    cfg = load_config(path)
    assert cfg.every == 1800 and cfg.concurrency == 3 and cfg.min_delay == 0
    assert cfg.sources[0].url == "https://example.org/rss" and cfg.sources[0].every == 3600
    assert parse_duration("500ms") == 0.5 and parse_duration("1d") == 86400
    bad = tmp_path / "bad.toml"
    bad.write_text("[watch]\nevrey = '1m'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="evrey"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not a duration"):
        parse_duration("soon")


def test_canonical_url():
    tracking = load_config().tracking_params
    assert canonical_url("HTTPS://Example.ORG:443/a/b?utm_source=x&id=3&fbclid=y#top", tracking) == \
        "https://example.org/a/b?id=3"
    assert canonical_url("http://example.org", tracking) == "http://example.org/"
