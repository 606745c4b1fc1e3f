"""A real headless Chromium (Debian's ``chromium`` through ``chromium-driver``) against ``veille serve``
started as a subprocess on the demo database: every page, the filters, links, highlighted evidence, the
chart and the map, escaping, accessibility basics. One screenshot per page under test-artefacts/serve/."""

from __future__ import annotations

import shutil
from urllib.parse import quote

import pytest

from tests.serve.conftest import ARTEFACTS, SCRIPT_TEXT, start_serving

pytestmark = pytest.mark.model

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def server(demo_db):
    proc, base = start_serving(str(demo_db))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.fail("Debian's chromium and chromium-driver are needed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def open_page(driver, url: str, shot: str):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('[data-chart],[data-map]')].every(n => n.dataset.drawn)"))
    driver.save_screenshot(str(ARTEFACTS / f"{shot}.png"))
    assert console_errors(driver) == [], url


def check_accessibility(driver) -> None:
    """A title, one h1 and no skipped heading level, a label for every control, headers in every table."""
    assert driver.title.strip().endswith("veille") and len(driver.title) > len(" · veille")
    levels = driver.execute_script(
        "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    assert levels and levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    unlabelled = driver.execute_script("""
        return [...document.querySelectorAll('input, select, textarea')].filter(c => c.type !== 'hidden')
          .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')).map(c => c.outerHTML)""")
    assert unlabelled == []
    headerless = driver.execute_script(
        "return [...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length")
    assert headerless == 0
    assert driver.execute_script("return document.documentElement.lang") == "en"


def pages(server, client) -> dict[str, str]:
    event = client.get("/api/v1/events", params={"type": "AGREE"}).json()["items"][0]["cluster_id"]
    story = next(s for s in client.get("/api/v1/stories", params={"limit": 500}).json()["items"]
                 if s["articles"] == 2)["id"]
    return {
        "overview": "/", "events": "/events", "event": f"/events/{event}", "actors": "/actors",
        "actor": "/actors/" + quote("country:UKR"), "stories": "/stories", "story": f"/stories/{story}",
        "map": "/map", "quotes": "/quotes", "article": "/articles/script-test",
    }


def test_every_page_renders_accessibly_without_console_errors(server, browser, sqlite_client):
    for shot, path in pages(server, sqlite_client).items():
        open_page(browser, server + path, shot)
        check_accessibility(browser)


def test_filters_then_event_page_with_highlighted_evidence(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, server + "/events", "events-before-filter")
    browser.find_element(By.ID, "f-type").send_keys("AGREE")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "type=AGREE" in d.current_url)  # the navigation, not the old page
    open_page(browser, browser.current_url, "events-filtered")
    assert "type=AGREE" in browser.current_url  # the view is in the address, so it can be shared
    kinds = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.event-link")]
    assert kinds and set(kinds) == {"AGREE"}
    link = browser.find_elements(By.CSS_SELECTOR, "a.event-link")[0]
    evidence_in_table = browser.find_elements(By.CSS_SELECTOR, "td.evidence")[0].text
    link.click()
    WebDriverWait(browser, 10).until(lambda d: "/events/C" in d.current_url)
    open_page(browser, browser.current_url, "event-from-table")
    assert "/events/C" in browser.current_url
    marks = browser.find_elements(By.CSS_SELECTOR, "blockquote.passage mark.evidence")
    assert marks and marks[0].text.strip()
    assert evidence_in_table.strip() in [m.text.strip() for m in marks]
    colour = marks[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # really highlighted


def test_chart_and_map_draw(server, browser):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/", "overview-chart")
    assert browser.find_element(By.ID, "chart-days").get_attribute("data-drawn") == "true"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#chart-days svg rect.bar")) > 0
    open_page(browser, server + "/map?country=UKR", "map-ukraine")
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-map] path.country")) > 150
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-map] circle.place")) >= 1
    shaded = browser.find_elements(By.CSS_SELECTOR, "[data-map] path.country[fill='#d62728']")
    assert shaded
    open_page(browser, server + "/actors/" + quote("country:UKR"), "actor-timeline")
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-chart=timeline] svg rect.bar")) > 0


def test_script_in_an_article_shows_as_text(server, browser):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/articles/script-test", "article-script")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - no alert ever opened
    assert SCRIPT_TEXT in browser.find_element(By.TAG_NAME, "h1").text
    assert SCRIPT_TEXT in browser.find_element(By.CSS_SELECTOR, ".article-text").text
    scripts = browser.execute_script("return [...document.scripts].map(s => s.src || s.type)")
    assert all(s.endswith("/static/app.js") or s == "application/json" for s in scripts), scripts


def test_the_console_check_sees_errors(server, browser):
    """The no-console-error checks above are not vacuous: a failed load is seen."""
    browser.get_log("browser")
    browser.get(server + "/events/C000000000000")
    assert any("404" in message for message in console_errors(browser))
