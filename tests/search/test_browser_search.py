"""The search page in Debian's Chromium, on the index of the hand-written documents.

Each query of issue 9 must find the expected page first, and rank as stated:
exact diacritics above folded matches, a document's own number above pages
that cite it, both tone styles and NFD input alike.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

NQ_15_2023 = "nghi-quyet/2023/15-2023-nq-hdnd/"
NQ_15_TWIN = "nghi-quyet/2023/15-nq-hdnd/"
NQ_CITES_15 = "nghi-quyet/2024/07-2024-nq-hdnd/"
QD_238 = "van-ban/238-qd-tw/"
KH_TINH_UY = "ke-hoach/42-kh-tu/"
CTR_TINH_UY_NEW = "ke-hoach/05-ctr-tu/"
THUY_LOI = "nghi-quyet/2022/20-2022-nq-hdnd/"
DUONG_ROAD = "nghi-quyet/2021/31-nq-hdnd/"        # đường
DUONG_NAME = "nghi-quyet/2021/32-nq-hdnd/"        # Dương
DUONG_INCUMBENT = "nghi-quyet/2021/33-nq-hdnd/"   # đương
HOA_BINH = "nghi-quyet/2019/12-2019-nq-hdnd/"     # Hòa (old style)
HOA_VANG = "nghi-quyet/2019/13-2019-nq-hdnd/"     # Hoà (new style)
SESSION = "ky-hop/2023/ky-hop-thu-12/"

RECORD = """
window.__ccResults = [];
document.addEventListener('cc-search:results', (e) => window.__ccResults.push(e.detail));
"""


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="vi-VN")
    context.add_init_script(RECORD)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == []


def _search(page: Any, base: str, query: str, **params: str) -> list[str]:
    """Open the search page with ?q=…, wait for results, return the result URLs relative to the site."""
    qs = urllib.parse.urlencode({"q": query, **params})
    page.goto(f"{base}tim-kiem/?{qs}")
    page.wait_for_function("window.__ccResults.length > 0", timeout=15_000)
    return _result_urls(page, base)


def _result_urls(page: Any, base: str) -> list[str]:
    hrefs = page.eval_on_selector_all(".cc-search__results li a.cc-result__title", "els => els.map(e => e.href)")
    return [h.removeprefix(base) for h in hrefs]


def _type(page: Any, base: str, query: str) -> list[str]:
    """Type a query into the warm page and submit with Enter."""
    count = page.evaluate("window.__ccResults.length")
    page.fill("main .cc-search__input", query)
    page.press("main .cc-search__input", "Enter")
    page.wait_for_function(f"window.__ccResults.length > {count} && "
                           f"window.__ccResults[window.__ccResults.length - 1].query === {query!r}")
    return _result_urls(page, base)


# --------------------------------------------------------------------------- diacritics

@pytest.mark.parametrize("query", ["ho tro dau tu", "hỗ trợ đầu tư", "HỖ TRỢ ĐẦU TƯ", "Ho Tro Dau Tu"])
def test_support_investment_with_or_without_diacritics(page: Any, search_url: str, query: str) -> None:
    urls = _search(page, search_url, query)
    assert urls[0] == NQ_15_2023
    assert NQ_CITES_15 in urls          # has every syllable, not as a phrase in the title


def test_d_with_stroke_folds_to_d(page: Any, search_url: str) -> None:
    urls = _search(page, search_url, "dau tu")
    # both have "đầu tư" in the title: the newer one first
    assert urls[:2] == [NQ_CITES_15, NQ_15_2023]


def test_tinh_uy_in_both_tone_styles_and_nfd(page: Any, search_url: str) -> None:
    old = _search(page, search_url, "Tỉnh ủy")
    assert set(old[:2]) == {KH_TINH_UY, CTR_TINH_UY_NEW}
    assert _type(page, search_url, "Tỉnh uỷ") == old
    assert _type(page, search_url, unicodedata.normalize("NFD", "Tỉnh ủy")) == old
    assert _type(page, search_url, unicodedata.normalize("NFD", "Tỉnh uỷ")) == old
    assert _type(page, search_url, "tinh uy") == old


def test_hoa_in_both_tone_styles(page: Any, search_url: str) -> None:
    old = _search(page, search_url, "hòa")
    assert set(old) == {HOA_BINH, HOA_VANG}
    assert _type(page, search_url, "hoà") == old


def test_thuy_loi_in_both_tone_styles(page: Any, search_url: str) -> None:
    old = _search(page, search_url, "thủy lợi")
    assert old == [THUY_LOI]
    assert _type(page, search_url, "thuỷ lợi") == old
    assert _type(page, search_url, "thuy loi") == old


def test_exact_diacritics_rank_first(page: Any, search_url: str) -> None:
    assert _search(page, search_url, "đường")[0] == DUONG_ROAD
    assert _type(page, search_url, "dương")[0] == DUONG_NAME
    assert _type(page, search_url, "đương")[0] == DUONG_INCUMBENT
    folded = _type(page, search_url, "duong")
    assert set(folded) == {DUONG_ROAD, DUONG_NAME, DUONG_INCUMBENT}
    # without diacritics nothing is preferred: newest first
    assert folded == [DUONG_ROAD, DUONG_NAME, DUONG_INCUMBENT]


# --------------------------------------------------------------------------- document numbers

@pytest.mark.parametrize("query", ["15/2023/NQ-HĐND", "15/2023/nq-hdnd", "15 / 2023 / NQ – HĐND",
                                   "15/2023/NQ-HDND", "Nghị quyết số 15/2023/NQ-HĐND"])
def test_normative_number_in_any_spelling(page: Any, search_url: str, query: str) -> None:
    urls = _search(page, search_url, query)
    assert urls == [NQ_15_2023, NQ_CITES_15]      # own number first, the citing page after, not the twin


def test_twin_number_without_year(page: Any, search_url: str) -> None:
    urls = _search(page, search_url, "15/NQ-HĐND")
    assert urls == [NQ_15_TWIN]


@pytest.mark.parametrize("query", ["238-QD/TW", "238-QĐ/TW", "238 - qđ / tw", "Quyết định 238-QĐ/TW"])
def test_party_number_in_any_spelling(page: Any, search_url: str, query: str) -> None:
    assert _search(page, search_url, query)[0] == QD_238


def test_unknown_number_falls_back_to_words(page: Any, search_url: str) -> None:
    # "12/TUYEN" looks like a number but no document has it: its words are searched instead
    urls = _search(page, search_url, "tên 12/TUYEN")
    assert urls == [DUONG_ROAD]


def test_missing_words_give_labelled_partial_results(page: Any, search_url: str) -> None:
    urls = _search(page, search_url, "thủy lợi xyzzy")
    assert urls == [THUY_LOI]
    assert "gần đúng" in page.locator(".cc-search__status").inner_text()


# --------------------------------------------------------------------------- results and filters

def test_result_shows_title_number_date_status(page: Any, search_url: str) -> None:
    _search(page, search_url, "thủy lợi")
    item = page.locator(".cc-search__results li").first
    assert item.locator("a.cc-result__title").inner_text() == "Nghị quyết về quản lý, khai thác công trình thủy lợi"
    assert "20/2022/NQ-HĐND" in item.locator(".cc-result__number").inner_text()
    assert "08/12/2022" in item.locator(".cc-result__date").inner_text()
    assert item.locator(".cc-result__status").inner_text() == "Hết hiệu lực toàn bộ"
    assert page.locator(".cc-search__status").inner_text() == "Tìm thấy 1 kết quả."


def test_status_is_announced_and_empty_results_say_so(page: Any, search_url: str) -> None:
    assert _search(page, search_url, "xyzzy plugh") == []
    status = page.locator("[role=status]")
    assert status.get_attribute("aria-live") == "polite"
    assert "Không tìm thấy" in status.inner_text()


@pytest.mark.parametrize(
    ("query", "params", "expected"),
    [
        ("nghị quyết", {"nam": "2023"}, {NQ_15_2023, NQ_15_TWIN, SESSION}),
        ("tỉnh ủy", {"loai": "plan"}, {KH_TINH_UY, CTR_TINH_UY_NEW}),
        ("nghị quyết", {"tinhtrang": "het-hieu-luc-toan-bo"}, {THUY_LOI, HOA_BINH}),
        ("nghị quyết", {"linhvuc": "dau-tu"}, {NQ_15_2023, NQ_CITES_15}),
        ("quy chế", {"coquan": "ban-bi-thu"}, {QD_238}),
        ("nghị quyết", {"nam": "2023", "linhvuc": "dau-tu"}, {NQ_15_2023}),
    ],
)
def test_filters(page: Any, search_url: str, query: str, params: dict[str, str], expected: set[str]) -> None:
    assert set(_search(page, search_url, query, **params)) == expected


def test_filter_controls_have_vietnamese_labels(page: Any, search_url: str) -> None:
    _search(page, search_url, "nghị quyết")
    labels = page.eval_on_selector_all(".cc-search__filter label", "els => els.map(e => e.textContent)")
    assert labels == ["Lĩnh vực", "Năm", "Cơ quan ban hành", "Tình trạng hiệu lực", "Loại", "Sắp xếp"]
    page.click(".cc-search__filters summary")
    page.select_option("select[name=nam]", "2021")
    page.wait_for_function("window.__ccResults.length > 1")
    urls = _result_urls(page, search_url)
    assert set(urls) == {DUONG_ROAD, DUONG_NAME, DUONG_INCUMBENT}
    assert "nam=2021" in page.url
    option = page.locator("select[name=nam] option[value='2021']").inner_text()
    assert option == "2021 (3)"


# --------------------------------------------------------------------------- accessibility and wiring

def test_form_is_a_labelled_search_landmark_usable_by_keyboard(page: Any, search_url: str) -> None:
    page.goto(f"{search_url}tim-kiem/")
    form = page.locator("main form[role=search]")
    assert form.count() == 1
    input_id = page.get_attribute("main input[name=q]", "id")
    assert page.locator(f"label[for='{input_id}']").inner_text() == "Tìm văn bản, nghị quyết, số ký hiệu"
    for _ in range(5):  # past the header search box to the page's own
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == input_id:
            break
    assert page.evaluate("document.activeElement.id") == input_id
    # one input event: typed key by key on a loaded machine, the as-you-type search could
    # answer "thuy" before "loi" arrives
    page.keyboard.insert_text("thuy loi")
    page.keyboard.press("Enter")
    page.wait_for_function("window.__ccResults.some(r => r.query === 'thuy loi')")
    assert _result_urls(page, search_url) == [THUY_LOI]
    assert "q=thuy+loi" in page.url or "q=thuy%20loi" in page.url
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cc-result__title')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith(THUY_LOI)


def test_enter_before_the_typing_pause_searches_once(page: Any, search_url: str) -> None:
    """Typed, then Enter at once: the search runs then, and not again when the pause the
    as-you-type search waits for has passed (it rebuilt the list under a keyboard user who had
    reached a result)."""
    page.goto(f"{search_url}tim-kiem/")
    page.focus("main .cc-search__input")
    page.keyboard.insert_text("thuy loi")
    page.keyboard.press("Enter")
    page.wait_for_function("window.__ccResults.some(r => r.query === 'thuy loi')")
    page.locator("main .cc-result__title").first.focus()
    page.wait_for_timeout(900)  # three times the pause
    assert page.evaluate("window.__ccResults.filter(r => r.query === 'thuy loi').length") == 1
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith(THUY_LOI)


def test_header_box_opens_the_search_page(page: Any, search_url: str) -> None:
    page.goto(f"{search_url}gioi-thieu/")
    page.fill("header input[name=q]", "15/2023/nq-hdnd")
    page.press("header input[name=q]", "Enter")
    page.wait_for_function("window.__ccResults.length > 0")
    assert page.url.startswith(f"{search_url}tim-kiem/?q=15%2F2023%2Fnq-hdnd")
    assert _result_urls(page, search_url)[0] == NQ_15_2023
    assert page.locator("main .cc-search__input").input_value() == "15/2023/nq-hdnd"


def test_works_from_file_urls(page: Any, search_site: Path) -> None:
    page.goto((search_site / "tim-kiem" / "index.html").as_uri() + "?q=" + urllib.parse.quote("hỗ trợ đầu tư"))
    page.wait_for_function("window.__ccResults.length > 0", timeout=15_000)
    hrefs = page.eval_on_selector_all(".cc-result__title", "els => els.map(e => e.href)")
    assert hrefs[0] == (search_site / NQ_15_2023 / "index.html").as_uri()


def test_js_decoders_match_python(page: Any, search_url: str) -> None:
    from portal.search.encoding import encode_ids, encode_postings, fnv1a

    page.goto(f"{search_url}tim-kiem/")
    ids = [0, 1, 5, 31, 32, 33, 1000, 1024, 50_000]
    assert page.evaluate("(c) => CCSearch.decodeIds(c)", encode_ids(ids)) == ids
    codes = [i * 2 + (i % 3 == 0) for i in range(90) if i % 7]
    got = page.evaluate("(p) => CCSearch.decodePostings(p, 100)", encode_postings(codes, 100))
    assert got == {"all": [c >> 1 for c in codes], "title": [c >> 1 for c in codes if c & 1]}
    for text in ["", "u:ho", "b:ho tro", "s:15/2023/NQ-HDND", "u:đường"]:
        assert page.evaluate("(t) => CCSearch.fnv1a(t)", text) == fnv1a(text)
