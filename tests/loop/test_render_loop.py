"""Rendered Markdown of the loop pages of the loop fixture, compared with golden files.

Regenerate after a deliberate change: ``PORTAL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest
tests/loop/test_render_loop.py`` and review the diff. The front matter is left out of the
comparison: it belongs to the shared base template, not to these pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from portal.build import build_pages
from portal.site.plan import SiteSettings
from tests.conftest import TODAY
from tests.golden_files import assert_matches_golden

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    "kien-nghi-cu-tri/index.md",
    "kien-nghi-cu-tri/kn-c.md",
    "kien-nghi-cu-tri/qua-han.md",
    "giam-sat/gs-mau.md",
    "dien-hinh/index.md",
    "dien-hinh/dh-mau.md",
    "cai-chinh/cc-mau.md",
    "su-kien/index.md",
    "su-kien/ev-truoc-ky-hop-7.md",
    "du-thao/index.md",
    "du-thao/dt-mau.md",
    "du-thao/dt-mo.md",
    "ke-hoach/kh-mau/so-ket/6-thang-cuoi-nam-2023.md",
]


def body(markdown: str) -> str:
    """The page without its front matter."""
    return markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown


@pytest.fixture(scope="module")
def rendered(loop_root: Path) -> dict[str, str]:
    result = build_pages(loop_root, SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    return {p.src_uri: p.markdown for p in result.pages}


@pytest.mark.parametrize("src_uri", PAGES)
def test_loop_page_matches_golden(rendered: dict[str, str], src_uri: str) -> None:
    assert_matches_golden(body(rendered[src_uri]), GOLDEN / src_uri)


def test_resolution_page_gathers_everything_linked_to_it(rendered: dict[str, str]) -> None:
    page = rendered["nghi-quyet/nq-15-2023-hdnd-mau.md"]
    headings = [h for h in re.findall(r"^## (.+)$", page, re.M)]
    loop_headings = ["Kiến nghị cử tri liên quan", "Kết quả giám sát thực hiện", "Điển hình tiên tiến, nhân tố mới từ chính sách này",
                     "Thông tin sai sự thật đã được cải chính", "Tuyên truyền, tiếp xúc cử tri", "Dự thảo đã lấy ý kiến Nhân dân"]
    assert [h for h in headings if h in loop_headings] == loop_headings
    for link in ("../../kien-nghi-cu-tri/kn-a/", "../../kien-nghi-cu-tri/kn-c/", "../../dien-hinh/dh-mau/",
                 "../../cai-chinh/cc-mau/", "../../su-kien/ev-bcv-2023/", "../../du-thao/dt-mau/"):
        assert f'<a href="{link}">' in page, link
    assert "### [" in page and "](../giam-sat/gs-mau.md)" in page  # the finding's heading stays Markdown, in the table of contents
    assert ("Đã giải quyết: <strong>1</strong> · Đang giải quyết: <strong>1</strong>" in page
            or "Đang giải quyết: <strong>1</strong> · Đã giải quyết: <strong>1</strong>" in page)
    assert "<li>Đơn giản hóa hồ sơ.</li>" in page  # the finding's recommendation is on the resolution page itself
    # a resolution nothing refers to gets no loop section at all
    assert "## Kiến nghị cử tri liên quan" not in rendered["nghi-quyet/nq-20-2023-hdnd-mau.md"]


def test_session_page_shows_petitions_received_and_answered(rendered: dict[str, str]) -> None:
    page = rendered["ky-hop/ky-hop-thu-7-khoa-x.md"]
    assert ("<p>Tiếp nhận <strong>2</strong> kiến nghị của cử tri gắn với kỳ họp này; đã được trả lời, giải trình: <strong>1</strong>; "
            "quá hạn: <strong>1</strong> (tính đến ngày 21/11/2026).</p>") in page
    assert '<a href="../../kien-nghi-cu-tri/kn-a/">' in page and '<a href="../../kien-nghi-cu-tri/kn-b/">' in page
    assert "## Tiếp xúc cử tri" in page and '<a href="../../su-kien/ev-truoc-ky-hop-7/">' in page


def test_links_go_both_ways_between_a_fact_check_and_its_resolution(rendered: dict[str, str]) -> None:
    assert "](../nghi-quyet/nq-15-2023-hdnd-mau.md)" in rendered["cai-chinh/cc-mau.md"]
    assert '<a href="../../cai-chinh/cc-mau/">' in rendered["nghi-quyet/nq-15-2023-hdnd-mau.md"]


def test_fact_check_page_carries_claim_review_json_ld(rendered: dict[str, str]) -> None:
    script = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', rendered["cai-chinh/cc-mau.md"], re.S)
    assert script is not None
    data = json.loads(script.group(1))
    assert (data["@type"], data["claimReviewed"], data["datePublished"]) == ("ClaimReview", "Chính sách hỗ trợ đầu tư đã bị bỏ.", "2023-09-05")
    assert data["reviewRating"] == {"@type": "Rating", "ratingValue": 1, "bestRating": 4, "worstRating": 1, "alternateName": "Sai sự thật"}
    assert data["author"] == {"@type": "Organization", "name": "Ban Tuyên giáo Tỉnh ủy Mẫu"}
    assert data["citation"] == [{"@type": "Legislation", "name": "Điều 1 Nghị quyết số 15/2023/NQ-HĐND", "legislationIdentifier": "15/2023/NQ-HĐND"}]


@pytest.mark.parametrize("src_uri", ["du-thao/dt-mau.md", "du-thao/dt-mo.md", "du-thao/index.md", "du-thao/da-ket-thuc.md"])
def test_a_draft_never_shows_as_in_force(rendered: dict[str, str], src_uri: str) -> None:
    # dt-mau was adopted as nq-15-2023-hdnd-mau; the draft page still shows no validity status
    page = rendered[src_uri]
    assert "Còn hiệu lực" not in page and "cs-badge--" not in page
    assert "Dự thảo, chưa có hiệu lực" in page


def test_plan_page_shows_progress_and_review_drafts(rendered: dict[str, str]) -> None:
    page = rendered["ke-hoach/kh-mau.md"]
    assert "Tính đến ngày 21/11/2026: **1/4** nhiệm vụ đã hoàn thành, **1** đang thực hiện, **0** chưa thực hiện, **2** chưa có báo cáo tiến độ; **1** nhiệm vụ quá hạn, **1** nhiệm vụ định kỳ chưa được cập nhật đúng kỳ." in page
    assert 'style="width: 25%"' in page
    assert "[Sơ kết 6 tháng cuối năm 2023](kh-mau/so-ket/6-thang-cuoi-nam-2023.md)" in page
    assert "[Tổng kết giai đoạn 2023–2024](kh-mau/so-ket/toan-giai-doan.md)" in page
    # a plan as printed (no task tracked) gets neither progress nor review drafts
    assert not any(uri.startswith("ke-hoach/") and "/so-ket/" in uri and "kh-mau" not in uri for uri in rendered)
