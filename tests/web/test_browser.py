"""The UI in a real headless Chromium (Debian's chromium driven by Playwright): load each page,
filter, open an article, check the highlights and take screenshots (out/screenshots/)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store_url):
    import uvicorn

    from khabar.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store_url), host="127.0.0.1", port=port,
                                        log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(5)


@pytest.fixture(scope="module")
def page(server):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1300, "height": 1000})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors  # type: ignore[attr-defined]
        yield pg
        browser.close()


def test_events_page_draws_map_and_timeline(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#map path.country", timeout=10000)
    assert page.locator("#map path.country").count() > 10
    page.wait_for_selector("#map circle.pt", timeout=10000)
    assert page.locator("#events-table tbody tr").count() >= 1
    page.screenshot(path=str(SHOTS / "events.png"), full_page=True)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert not page.errors


def test_filter_form_narrows_table(page, server):
    page.goto(server + "/")
    before = page.locator("#events-table tbody tr").count()
    page.fill("input[name=since]", "2099-01-01")
    page.click("form#filters button[type=submit]")
    page.wait_for_load_state()
    assert "since=2099-01-01" in page.url
    assert page.locator("#events-table tbody tr").count() == 1  # the "no events" row
    assert before >= 1


def test_timeline_brush_sets_date_range(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#timeline rect", timeout=10000)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 20, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 20, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=*", timeout=10000)
    assert "until=" in page.url


def test_article_page_highlights_and_hover(page, server):
    page.goto(server + "/articles")
    page.click("text=مقتل أربعة مدنيين")
    page.wait_for_selector("#article-text")
    marks = page.locator("#article-text span[title]")
    assert marks.count() >= 1
    time_marks = page.locator("#article-text span.time")
    if time_marks.count():
        assert "time:" in time_marks.first.get_attribute("title")
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)
    assert not page.errors


def test_event_page_and_xss(page, server):
    page.goto(server + "/")
    page.locator("#events-table tbody a").first.click()
    page.wait_for_load_state()
    assert "/events/" in page.url
    page.screenshot(path=str(SHOTS / "event.png"), full_page=True)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/articles/hostile-1")
    page.goto(server + "/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    time.sleep(0.3)
    assert dialogs == []
