"""The browser helpers the tests share (tests/browsing.py)."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browsing import require_chromium
from tests.conftest import ROOT

# Opens and closes pages through tests.browsing.open_page, each closed while it reloads.
_CLOSE_WHILE_RELOADING = """
import sys
from pathlib import Path
from playwright.sync_api import sync_playwright
from tests.browsing import launch_chromium, open_page, serve_directory

with serve_directory(Path(sys.argv[1])) as url, sync_playwright() as playwright:
    browser = launch_chromium(playwright)
    for _ in range(int(sys.argv[2])):
        with open_page(browser) as page:
            page.goto(url)
            try:
                page.evaluate("() => { location.reload(); return new Promise(() => {}); }")
            except Exception:  # the reload ends the evaluation, as it should
                pass
    browser.close()
print("đã đóng")
"""


@pytest.mark.browser
def test_a_page_closed_while_it_reloads_is_closed(tmp_path: Path) -> None:
    """A preview's page reloads itself after every build, and a test may close it just then.
    Closed with ``page.close()``, Chromium 156 left the very first such page open and Playwright
    waited for it forever; open_page closes its context instead."""
    require_chromium()
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title><p>trang</p>", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", _CLOSE_WHILE_RELOADING, str(tmp_path), "10"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the browser and Playwright's driver with it
        child.communicate()
        pytest.fail("closing a page while it reloads waited for over a minute")
    assert child.returncode == 0 and output.strip().endswith("đã đóng"), output


def _page_closings(path: Path) -> list[str]:
    """Where a test closes a page by itself, or opens one only ``page.close()`` can close."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            owner, method = node.func.value.id, node.func.attr
            if (method == "close" and "page" in owner) or (owner == "browser" and method == "new_page"):
                found.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}: {owner}.{method}()")
    return found


def test_no_test_closes_a_page_by_itself() -> None:
    offenders = [where for path in sorted((ROOT / "tests").rglob("*.py")) for where in _page_closings(path)]
    assert offenders == [], "dùng tests.browsing.open_page, hoặc đóng cả context (xem docstring của open_page)"
