"""The offline copy works when opened from files, links and scripts included."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.offline import make_offline_copy, offline_url
from tests.browsing import open_page


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("../nghi-quyet/x/", "../nghi-quyet/x/index.html"),
        ("..", "../index.html"),
        (".", "index.html"),
        ("./", "index.html"),
        ("../../", "../../index.html"),
        ("x/#dieu-1", "x/index.html#dieu-1"),
        ("#top", "#top"),
        ("https://vbpl.vn/", "https://vbpl.vn/"),
        ("mailto:a@b.c", "mailto:a@b.c"),
        ("../assets/portal.css", "../assets/portal.css"),
        ("bao-cao.docx", "bao-cao.docx"),
        ("", ""),
    ],
)
def test_offline_url(url: str, expected: str) -> None:
    assert offline_url(url) == expected


@pytest.mark.browser
def test_citizen_browses_the_offline_copy_from_files(browser, built_site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "usb"
    assert make_offline_copy(built_site, copy) > 10
    with open_page(browser) as page:
        failed: list[str] = []
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto((copy / "index.html").as_uri())
        assert page.evaluate("typeof window.document$") != "undefined"  # the theme's script ran from file://
        page.get_by_role("link", name="Dòng thời gian kỳ họp").first.click()
        page.wait_for_load_state()
        assert page.url.endswith("dong-thoi-gian/index.html")
        page.locator(".cs-timeline li a").first.click()
        page.wait_for_load_state()
        assert "/ky-hop/" in page.url and page.url.endswith("/index.html")
        page.locator("a[href*='nghi-quyet/']").first.click()
        page.wait_for_load_state()
        assert "/nghi-quyet/" in page.url
        assert page.locator(".cs-badge").first.is_visible()
        assert failed == []
