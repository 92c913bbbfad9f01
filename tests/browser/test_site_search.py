"""Search on the built sample site, in Chromium: what citizens and officials type."""

from __future__ import annotations

from urllib.parse import quote, urlparse

import pytest

pytestmark = pytest.mark.browser


def _results(page, site_url: str, query: str) -> list[str]:
    page.goto(f"{site_url}tim-kiem/?q={quote(query)}")
    page.wait_for_selector(".cc-search__status:not(:empty)")
    hrefs = page.eval_on_selector_all(".cc-result__title", "els => els.map(e => e.href)")
    return [urlparse(h).path for h in hrefs]


@pytest.mark.parametrize("query", ["238-QĐ/TW", "238-QD/TW", "238 - qđ/tw", "238‑QĐ/TW"])
def test_party_number_in_any_spelling_finds_the_decision_first(phone, site_url: str, query: str) -> None:
    assert _results(phone, site_url, query)[0] == "/van-ban/qd-238-qd-tw-2020/"


@pytest.mark.parametrize("query", ["15/2023/NQ-HĐND", "15/2023/nq-hdnd", "15 / 2023 / NQ – HĐND"])
def test_state_number_finds_that_document_first_not_its_twin(phone, site_url: str, query: str) -> None:
    results = _results(phone, site_url, query)
    assert results[0] == "/nghi-quyet/nq-15-2023-hdnd-binh-an/"
    assert "/nghi-quyet/nq-15-hdnd-binh-an-2023/" not in results[:1]


def test_without_diacritics_finds_the_same_pages(phone, site_url: str) -> None:
    accented = _results(phone, site_url, "hỗ trợ đầu tư")
    folded = _results(phone, site_url, "ho tro dau tu")
    assert accented and sorted(accented) == sorted(folded)
    assert all(path.endswith("/") for path in accented)


@pytest.mark.parametrize(("a", "b"), [("Tỉnh uỷ", "Tỉnh ủy"), ("thuỷ lợi", "thủy lợi"), ("hoà", "hòa")])
def test_either_tone_placement_finds_the_same_pages(phone, site_url: str, a: str, b: str) -> None:
    first = _results(phone, site_url, a)
    assert first and sorted(first) == sorted(_results(phone, site_url, b))


def test_header_box_opens_the_search_page(phone, site_url: str) -> None:
    phone.goto(site_url + "gioi-thieu/")
    box = phone.get_by_label("Tìm kiếm văn bản")
    box.fill("ho tro dau tu")
    box.press("Enter")
    phone.wait_for_selector(".cc-result")
    assert urlparse(phone.url).path == "/tim-kiem/"


def test_citizen_journey_home_search_resolution_session_timeline(phone, site_url: str) -> None:
    hosts: set[str] = set()
    phone.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
    phone.goto(site_url)
    box = phone.get_by_label("Tìm kiếm văn bản")
    box.fill("thuy loi")
    box.press("Enter")
    phone.wait_for_selector(".cc-result")
    phone.locator(".cc-result__title[href*='/nghi-quyet/']").first.click()
    phone.wait_for_load_state()
    assert "/nghi-quyet/" in phone.url and phone.locator(".cs-badge").first.is_visible()
    phone.locator(".md-content a[href*='/ky-hop/']").first.click()
    phone.wait_for_load_state()
    assert "/ky-hop/" in phone.url
    phone.get_by_role("link", name="Xem dòng thời gian").first.click()
    phone.wait_for_load_state()
    assert "/dong-thoi-gian/" in phone.url
    assert phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    assert hosts == {urlparse(site_url).netloc}
