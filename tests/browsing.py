"""Debian's Chromium driven by Playwright, against the built site served on loopback (fixtures).

Playwright never downloads a browser here: it launches /usr/bin/chromium. When the
browser is missing, the tests fail in CI (CI=true) and are skipped elsewhere.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import threading
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextlib.contextmanager
def serve_directory(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port); yields the root URL, ending in ``/``."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site, served for the whole session."""
    with serve_directory(built_site) as url:
        yield url


def require_chromium() -> None:
    """Fail in CI, skip elsewhere, when Debian's Chromium is missing."""
    if not CHROMIUM.exists():
        message = f"Không có Chromium tại {CHROMIUM}: cài bằng 'apt-get install chromium chromium-driver'."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def launch_chromium(playwright: object) -> object:
    """Debian's Chromium, headless, as every test drives it."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch_chromium(p)
        yield instance
        instance.close()


@contextlib.contextmanager
def open_page(browser: object, **options: object) -> Iterator[object]:
    """A page in a browser context of its own, closed by closing the context.

    Never ``page.close()``: when a page is closed while a navigation is being committed (a
    preview's page reloads itself after every build), Chromium acknowledges the close without
    closing anything, and Playwright waits for the page to close, forever
    (microsoft/playwright#42068, crbug.com/536385539). One CI run waited 13 minutes there.
    Closing the context ends its pages without that wait (tests/test_browsing.py)."""
    context = browser.new_context(**options)  # type: ignore[attr-defined]
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def phone(browser: object) -> Iterator[object]:
    """A 360×640 phone viewport, Vietnamese locale."""
    with open_page(browser, viewport={"width": 360, "height": 640}, locale="vi-VN", device_scale_factor=2) as page:
        yield page
