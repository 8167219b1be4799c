"""Browser fixtures: the app on a live server, one headless Chromium for the run, and pages that log requests."""

import os
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Weather</title><main><h1>Weather</h1></main></html>"

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run: skipped locally when it is missing, a failure under CI."""
    if not CHROMIUM.exists():
        reason = f"the browser tests need Chromium at {CHROMIUM}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def live_server(app):
    """The test's app served on a free local port, with a neutral page for quick exit; yields its base URL."""
    app.add_url_rule("/neutral", "neutral", lambda: NEUTRAL_PAGE)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture
def requested():
    """Every URL that any page opened by ``open_page`` in this test asked for, in order."""
    return []


@pytest.fixture
def open_page(browser, live_server, requested):
    """Open a page in a fresh browser context (its own cookies) on the live server; contexts close after."""
    contexts = []

    def open_(**context_options):
        context = browser.new_context(base_url=live_server, **context_options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: requested.append(request.url))
        return page

    yield open_
    for context in contexts:
        context.close()
