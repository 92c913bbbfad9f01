"""axe-core (a real accessibility engine, run inside the page) on every page type."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_TYPES = {
    "trang chủ": "",
    "nghị quyết": "nghi-quyet/nq-12-2023-hdnd-binh-an/",
    "kỳ họp": "ky-hop/ky-hop-12-khoa-x-hdnd-binh-an/",
    "dòng thời gian": "dong-thoi-gian/hdnd-tinh-binh-an-minh-hoa/",
    "chỉ mục": "tra-cuu/linh-vuc/",
    "danh sách": "tra-cuu/nam/2023/",
    "A–Z": "tra-cuu/a-z/",
    "văn bản": "van-ban/qd-238-qd-tw-2020/",
    "kế hoạch": "ke-hoach/chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026/",
    "cơ quan": "co-quan/hdnd-tinh-binh-an-minh-hoa/",
    "giới thiệu": "gioi-thieu/",
    "tìm kiếm": "tim-kiem/?q=ho%20tro%20dau%20tu",
    "kiến nghị cử tri": "kien-nghi-cu-tri/",
    "một kiến nghị": "kien-nghi-cu-tri/kn-2026-cong-thuy-loi-tan-loi/",
    "giám sát": "giam-sat/gs-2024-ho-tro-lai-suat-nong-nghiep/",
    "điển hình": "dien-hinh/htx-nong-nghiep-tan-phu-minh-hoa/",
    "cải chính": "cai-chinh/cc-2026-het-ho-tro-lai-suat/",
    "sự kiện": "su-kien/",
    "dự thảo": "du-thao/du-thao-nq-lien-ket-san-xuat-2026/",
    "dự thảo sơ kết": "ke-hoach/ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa/so-ket/nam-2025/",
    "tài liệu báo cáo viên": "bao-cao-vien/tai-lieu/tl-nq-12-2023-hdnd-binh-an/",
    "bài nói": "bao-cao-vien/bai-noi/",
    "theo dõi": "theo-doi/",
    "dữ liệu mở": "du-lieu/",
}


@pytest.fixture
def audited_page(browser):
    if not AXE.exists():
        pytest.fail(f"Thiếu {AXE}: chạy scripts/test (npm ci) để cài axe-core.")
    context = browser.new_context(bypass_csp=True, locale="vi-VN")  # axe is injected as an inline script
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_serious_accessibility_violations(audited_page, site_url: str, name: str) -> None:
    page = audited_page
    response = page.goto(site_url + PAGE_TYPES[name])
    assert response is not None and response.ok, PAGE_TYPES[name]
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(serious)
    assert page.evaluate("document.documentElement.lang") == "vi"


def test_keyboard_reaches_content_with_a_visible_focus(audited_page, site_url: str) -> None:
    page = audited_page
    page.goto(site_url + PAGE_TYPES["nghị quyết"])
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const el = document.activeElement; const cs = getComputedStyle(el);
            return {tag: el.tagName, inContent: !!el.closest('.md-content'), outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
                    shadow: cs.boxShadow !== 'none', text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}; }""")
        seen.append(info)
        if info["inContent"]:
            break
    focused = seen[-1]
    assert focused["inContent"], seen
    assert focused["outline"] or focused["shadow"], focused
