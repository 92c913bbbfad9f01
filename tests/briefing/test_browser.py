"""What a speaker does in Chromium: print a kit, collect kits into a talk, print the talk.

Printing uses Chromium's own print-to-PDF (``page.pdf``); the PDF is then read back with
pypdf to count its A4 pages and check what is printed on them.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urlparse

import pytest
from pypdf import PdfReader

from portal.build import validate_data
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

CATALOG = validate_data(ROOT).catalog
KITS = [e.id for e in CATALOG.of_kind("kit")] if CATALOG else []
TALKS = [e.id for e in CATALOG.of_kind("talk")] if CATALOG else []
HANDOUTS = [f"bao-cao-vien/tai-lieu/{k}/" for k in KITS] + [f"bao-cao-vien/chuyen-de/{t}/" for t in TALKS]
CHROME = (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".cs-actions", ".md-content__button")
A4_POINTS = (595, 842)


def _print(page) -> PdfReader:  # type: ignore[no-untyped-def]
    return PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))


@pytest.fixture
def desktop(browser):  # type: ignore[no-untyped-def]
    """A fresh desktop window: its own, empty localStorage."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    yield context.new_page()
    context.close()


def test_the_sample_kits_and_talk_are_all_checked() -> None:
    assert len(KITS) >= 3 and len(TALKS) >= 1


@pytest.mark.parametrize("path", HANDOUTS)
def test_a_handout_prints_on_at_most_two_a4_pages_without_the_site_around_it(desktop, site_url: str, path: str) -> None:
    desktop.goto(site_url + path)
    desktop.emulate_media(media="print")
    visible = [selector for selector in CHROME if desktop.locator(selector).count() and desktop.locator(selector).first.is_visible()]
    assert visible == []
    pdf = _print(desktop)
    assert 1 <= len(pdf.pages) <= 2
    for sheet in pdf.pages:
        assert (round(float(sheet.mediabox.width)), round(float(sheet.mediabox.height))) == A4_POINTS
    first = pdf.pages[0].extract_text()
    last = pdf.pages[-1].extract_text()
    assert "Cổng Chính sách" in first and "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026" in first  # running header
    assert f"/{path}" in last and f"Trang {len(pdf.pages)}/{len(pdf.pages)}" in last  # footer: address and page number
    assert "Dữ liệu minh họa" in first  # the sample notice is printed too
    everything = "".join(sheet.extract_text() for sheet in pdf.pages)
    for chrome_text in ("Theo lĩnh vực", "Thêm vào bài nói", "Tải bản Word", "Sửa trang", "Dữ liệu của trang này"):
        assert chrome_text not in everything


def test_a_phone_shows_the_speakers_pages_without_sideways_scrolling(phone, site_url: str) -> None:
    for path in [*HANDOUTS, "bao-cao-vien/", "bao-cao-vien/bai-noi/"]:
        phone.goto(site_url + path)
        overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{path}: rộng hơn màn hình {overflow}px"
        assert phone.locator("h1").count() == 1


def test_a_speaker_collects_kits_into_a_talk_and_prints_it(desktop, site_url: str) -> None:
    hosts: set[str] = set()
    desktop.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    # 1. on a resolution page
    desktop.goto(site_url + "nghi-quyet/nq-12-2023-hdnd-binh-an/")
    add = desktop.get_by_role("button", name="Thêm vào bài nói")
    add.click()
    status = desktop.locator(".cs-kit-link .cs-talk-status")
    assert status.inner_text().strip() == "Đã thêm vào bài nói. Mở bài nói của tôi (1 tài liệu)"
    assert desktop.get_by_role("button", name="Đã có trong bài nói").get_attribute("aria-pressed") == "true"
    # 2. on a kit page, with the keyboard only
    desktop.goto(site_url + "bao-cao-vien/tai-lieu/tl-nq-12-2026-hdnd-binh-an/")
    desktop.get_by_role("button", name="Thêm vào bài nói").focus()
    desktop.keyboard.press("Enter")
    assert "Mở bài nói của tôi (2 tài liệu)" in desktop.locator(".cs-actions .cs-talk-status").inner_text()
    # 3. the talk page offers both again: nothing is added twice
    desktop.goto(site_url + "bao-cao-vien/chuyen-de/chuyen-de-dau-tu-nong-nghiep-binh-an/")
    assert desktop.get_by_role("button", name="Đã có trong bài nói").is_visible()
    desktop.get_by_role("link", name="Mở bài nói của tôi (2 tài liệu)").click()
    desktop.wait_for_load_state()
    assert desktop.url == site_url + "bao-cao-vien/bai-noi/"
    # 4. the builder assembles both, in the order chosen
    kits = desktop.locator(".cs-talk-kit h3")
    kits.nth(1).wait_for()
    assert kits.all_inner_texts() == [
        "Nghị quyết số 12/2023/NQ-HĐND ngày 13/7/2023 của Hội đồng nhân dân tỉnh Bình An (minh họa)",
        "Nghị quyết số 12/2026/NQ-HĐND ngày 16/7/2026 của Hội đồng nhân dân tỉnh Bình An (minh họa)",
    ]
    outline = desktop.locator(".cs-talk-outline > li")
    assert outline.count() == 2
    assert "Doanh nghiệp, hợp tác xã vay vốn ngân hàng để đầu tư vào nông nghiệp" in outline.first.inner_text()
    assert "Căn cứ: khoản 1 Điều 3 Nghị quyết số 12/2023/NQ-HĐND" in desktop.locator(".cs-talk-kit").first.inner_text()
    # 5. a title, kept across a reload; reorder with the keyboard; remove one
    desktop.get_by_label("Tên bài nói").fill("Chính sách nông nghiệp năm 2026")
    desktop.reload()
    assert desktop.locator(".cs-talk-output h2").inner_text() == "Chính sách nông nghiệp năm 2026"
    desktop.get_by_role("button", name="Đưa lên trên: Tài liệu cho báo cáo viên: Nghị quyết số 12/2026/NQ-HĐND").focus()
    desktop.keyboard.press("Enter")
    assert desktop.locator(".cs-chosen-title").all_inner_texts() == [
        "Tài liệu cho báo cáo viên: Nghị quyết số 12/2026/NQ-HĐND",
        "Tài liệu cho báo cáo viên: Nghị quyết số 12/2023/NQ-HĐND",
    ]
    assert desktop.evaluate("document.activeElement.closest('li').dataset.csKit") == "tl-nq-12-2026-hdnd-binh-an"
    assert desktop.locator(".cs-talk-kit h3").first.inner_text().startswith("Nghị quyết số 12/2026/NQ-HĐND")
    # 6. the printed talk: the outline and the kits, none of the controls
    desktop.emulate_media(media="print")
    assert not desktop.locator(".cs-builder-controls").is_visible()
    pdf = _print(desktop)
    printed = "".join(sheet.extract_text() for sheet in pdf.pages)
    assert "Chính sách nông nghiệp năm 2026" in printed and "Dàn ý" in printed
    assert "Tỉnh hỗ trợ 30% vốn xây nhà xưởng" in printed
    assert "Xóa tất cả" not in printed and "Đưa lên trên" not in printed
    desktop.emulate_media(media="screen")
    desktop.get_by_role("button", name="Bỏ khỏi bài nói: Tài liệu cho báo cáo viên: Nghị quyết số 12/2026/NQ-HĐND").click()
    assert desktop.locator(".cs-chosen-title").all_inner_texts() == ["Tài liệu cho báo cáo viên: Nghị quyết số 12/2023/NQ-HĐND"]
    assert desktop.locator(".cs-talk-kit").count() == 1
    assert hosts == {urlparse(site_url).netloc}


def test_the_builder_works_from_files_opened_on_disk(browser, built_site: Path) -> None:
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto((built_site / "bao-cao-vien" / "tai-lieu" / "tl-nq-09-2026-hdnd-binh-an" / "index.html").as_uri())
    page.get_by_role("button", name="Thêm vào bài nói").click()
    link = page.get_by_role("link", name="Mở bài nói của tôi (1 tài liệu)")
    assert link.get_attribute("href") == "../../bai-noi/index.html"
    link.click()
    page.wait_for_load_state()
    heading = page.locator(".cs-talk-kit h3")
    heading.wait_for()
    assert heading.inner_text() == "Nghị quyết số 09/2026/NQ-HĐND ngày 16/7/2026 của Hội đồng nhân dân tỉnh Bình An (minh họa)"
    assert page.locator(".cs-talk-kit a", has_text="Xem nghị quyết").get_attribute("href") == "../../nghi-quyet/nq-09-2026-hdnd-binh-an/index.html"
    assert [url for url in failed if url.endswith(".js")] == []  # the kit script and briefing.js loaded from disk
    context.close()


def test_the_speakers_pages_have_no_serious_accessibility_violations(browser, site_url: str) -> None:
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.exists():
        pytest.fail(f"Thiếu {axe}: chạy scripts/test (npm ci) để cài axe-core.")
    context = browser.new_context(bypass_csp=True, locale="vi-VN")  # axe is injected as an inline script
    page = context.new_page()
    page.goto(site_url + f"bao-cao-vien/tai-lieu/{KITS[0]}/")
    page.get_by_role("button", name="Thêm vào bài nói").click()  # so that the builder has something to show
    problems = {}
    for path in [*HANDOUTS, "bao-cao-vien/", "bao-cao-vien/bai-noi/", "nghi-quyet/nq-12-2023-hdnd-binh-an/"]:
        page.goto(site_url + path)
        if path.endswith("bai-noi/"):
            page.locator(".cs-talk-kit").first.wait_for()
        page.add_script_tag(path=str(axe))
        result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
        serious = [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if serious:
            problems[path] = serious
    context.close()
    assert problems == {}
