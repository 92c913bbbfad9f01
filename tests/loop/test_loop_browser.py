"""What a citizen and an official see of the loop pages, in Debian's Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Phone width, one h1 and no third-party request for the loop pages: tests/browser/test_reader_pages.py


def test_overdue_petition_shows_its_flag(phone, site_url: str) -> None:
    phone.goto(site_url + "kien-nghi-cu-tri/kn-2026-cong-thuy-loi-tan-loi/")
    flag = phone.locator(".cs-chip--qua-han").first
    assert flag.is_visible()
    assert flag.inner_text() == "Quá hạn giải quyết 21 ngày"


def test_citizen_goes_from_a_resolution_to_its_fact_check(phone, site_url: str) -> None:
    phone.goto(site_url + "nghi-quyet/nq-09-2026-hdnd-binh-an/")
    phone.get_by_role("link", name="Tỉnh không bỏ hỗ trợ học nghề cho người nghèo; mức hỗ trợ còn cao hơn trước").click()
    phone.wait_for_load_state()
    assert phone.url.endswith("/cai-chinh/cc-2026-bo-ho-tro-hoc-nghe/")
    assert phone.locator('script[type="application/ld+json"]').count() >= 1


def test_review_draft_prints_without_the_site_navigation(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.goto(site_url + "ke-hoach/ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa/so-ket/nam-2026/")
    assert page.locator(".md-sidebar--primary").first.is_visible()
    button = page.get_by_role("button", name="In dự thảo báo cáo")
    assert button.is_visible()  # shown by the site's script (CSP allows no inline handler)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".cs-no-print"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("h1").inner_text().rstrip("¶ ").lower().startswith("dự thảo báo cáo: sơ kết năm 2026")
    assert page.locator("article h2", has_text="III. Phương hướng").is_visible()
    context.close()
