"""What a citizen sees on a 360 px phone: readable pages, no sideways scrolling, no third parties."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "",
    "nghi-quyet/",
    "dong-thoi-gian/",
    "tra-cuu/a-z/",
    "tra-cuu/hieu-luc/",
    "ke-hoach/chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026/",
    "van-ban/qd-238-qd-tw-2020/",
    "co-quan/ban-tuyen-giao-va-dan-van-trung-uong/",
    "tim-kiem/?q=thuy%20loi",
    "kien-nghi-cu-tri/",
    "kien-nghi-cu-tri/kn-2026-cong-thuy-loi-tan-loi/",
    "giam-sat/gs-2024-ho-tro-lai-suat-nong-nghiep/",
    "dien-hinh/",
    "cai-chinh/cc-2026-bo-ho-tro-hoc-nghe/",
    "du-thao/du-thao-nq-ho-tro-bhyt-nguoi-cao-tuoi-2026/",
    "ke-hoach/ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa/",
    "cai-chinh/cc-2026-het-ho-tro-lai-suat/",
    "su-kien/",
    "du-thao/du-thao-nq-lien-ket-san-xuat-2026/",
    "dien-hinh/htx-nong-nghiep-tan-phu-minh-hoa/",
    "ke-hoach/ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa/so-ket/nam-2025/",
    "bao-cao-vien/tai-lieu/tl-nq-12-2023-hdnd-binh-an/",
    "bao-cao-vien/bai-noi/",
    "theo-doi/",
    "du-lieu/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone_and_asks_only_its_own_host(phone, site_url: str, path: str) -> None:
    hosts: set[str] = set()
    phone.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    response = phone.goto(site_url + path)
    assert response is not None and response.ok
    assert phone.evaluate("document.documentElement.lang") == "vi"
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"trang rộng hơn màn hình {overflow}px"
    assert phone.locator("h1").count() == 1
    assert hosts == {urlparse(site_url).netloc}


def test_status_badge_and_sample_notice_are_visible(phone, site_url: str) -> None:
    phone.goto(site_url + "van-ban/luat-77-2015-qh13/")
    badge = phone.locator(".cs-badge").first
    assert badge.is_visible()
    assert badge.inner_text() == "Hết hiệu lực toàn bộ"


def test_citizen_follows_links_from_home_to_a_timeline(phone, site_url: str) -> None:
    phone.goto(site_url)
    phone.get_by_role("link", name="Dòng thời gian kỳ họp").first.click()
    phone.wait_for_load_state()
    assert phone.locator("h1").inner_text().rstrip("¶ ") == "Dòng thời gian kỳ họp"


def _fonts_drawing(page, selector: str) -> list[str]:  # noqa: ANN001 - a Playwright page
    """The fonts Chromium drew an element's text with (DevTools' "Rendered fonts")."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument")["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        return sorted({font["familyName"] for font in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]})
    finally:
        session.detach()


def test_vietnamese_words_are_drawn_in_one_font(phone, site_url: str) -> None:
    """Every letter of a Vietnamese word comes from the same font. Chromium's Debian package
    recommends Liberation 1.x, which stands in for the theme's Helvetica and Arial but lacks
    ổ, ị, ư…: with it alone, each such letter was drawn from another font in mid-word, on
    screen and on printed handouts (scripts/test installs Liberation 2, which has them all)."""
    phone.goto(site_url + "nghi-quyet/nq-09-2026-hdnd-binh-an/")
    assert any(letter in phone.locator("h1").inner_text() for letter in "ịếươ")
    for selector in ("h1", ".md-typeset p", ".md-header__topic"):
        assert len(_fonts_drawing(phone, selector)) == 1, selector
