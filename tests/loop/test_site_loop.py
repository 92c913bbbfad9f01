"""The repository's own site (real ``mkdocs build --strict``): loop pages, links, JSON-LD, drafts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from portal.build import validate_data
from portal.model.loop.kinds import LOOP_KINDS
from portal.site import urls
from tests.conftest import ROOT

pytestmark = pytest.mark.build


def _html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def _article(html: str) -> str:
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def test_every_loop_record_and_hub_has_a_page(built_site: Path) -> None:
    catalog = validate_data(ROOT).catalog
    assert catalog is not None
    kinds = {k.kind: k for k in LOOP_KINDS}
    records = [e for e in catalog.by_id.values() if e.record.kind in kinds]
    assert len(records) >= 6 * 2  # sample data for every kind
    assert {e.record.kind for e in records} == set(kinds)
    missing = [e.id for e in records if not (built_site / urls.page_url(urls.record_uri(e.record)) / "index.html").exists()]
    assert missing == []
    for hub in ("kien-nghi-cu-tri", "kien-nghi-cu-tri/qua-han", "kien-nghi-cu-tri/tat-ca", "giam-sat", "dien-hinh", "dien-hinh/tat-ca",
                "cai-chinh", "su-kien", "su-kien/da-dien-ra", "du-thao", "du-thao/da-ket-thuc"):
        assert (built_site / hub / "index.html").exists(), hub
    assert all(e.record.sample for e in records)  # every sample record of the loop says so


def test_review_drafts_exist_for_each_period_of_the_tracked_sample_plan_only(built_site: Path) -> None:
    folder = built_site / "ke-hoach" / "ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa" / "so-ket"
    assert sorted(p.name for p in folder.iterdir()) == [
        "6-thang-cuoi-nam-2025", "6-thang-cuoi-nam-2026", "6-thang-dau-nam-2025", "6-thang-dau-nam-2026", "nam-2025", "nam-2026", "toan-giai-doan",
    ]
    # the real plans record only what the documents say: no invented progress, no review drafts
    assert not (built_site / "ke-hoach" / "chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026" / "so-ket").exists()
    assert "Theo dõi thực hiện" not in _html(built_site, "ke-hoach/chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026")
    review = _article(_html(built_site, "ke-hoach/ke-hoach-phoi-hop-tuyen-truyen-binh-an-minh-hoa/so-ket/6-thang-cuoi-nam-2026"))
    for heading in ("I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng"):
        assert heading in review


def test_drafts_never_show_a_validity_status(built_site: Path) -> None:
    catalog = validate_data(ROOT).catalog
    assert catalog is not None
    drafts = catalog.of_kind("draft")
    adopted = [e for e in drafts if e.record.result and e.record.result.resolution]  # type: ignore[attr-defined]
    assert adopted, "the sample data has an adopted draft whose resolution is in force"
    assert "cs-badge--con-hieu-luc" in _html(built_site, urls.page_url(urls.record_uri(catalog.record(adopted[0].record.result.resolution))))  # type: ignore[attr-defined,arg-type]
    for entry in drafts:
        article = _article(_html(built_site, urls.page_url(urls.record_uri(entry.record))))
        assert "Còn hiệu lực" not in article and "cs-badge" not in article, entry.id
        assert "Dự thảo, chưa có hiệu lực" in article


def test_fact_check_pages_carry_claim_review(built_site: Path) -> None:
    html = _html(built_site, "cai-chinh/cc-2026-bo-ho-tro-hoc-nghe")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    assert (data["@type"], data["reviewRating"]["alternateName"]) == ("ClaimReview", "Sai sự thật")
    assert data["citation"][0]["name"] == "khoản 1 Điều 2 Nghị quyết số 09/2026/NQ-HĐND"
    resolution = _html(built_site, "nghi-quyet/nq-09-2026-hdnd-binh-an")
    assert 'href="../../cai-chinh/cc-2026-bo-ho-tro-hoc-nghe/"' in resolution
    assert 'href="../../nghi-quyet/nq-09-2026-hdnd-binh-an/' in html


def test_loop_hubs_are_in_the_navigation(built_site: Path) -> None:
    page = _html(built_site, "nghi-quyet/nq-09-2026-hdnd-binh-an")
    nav = page.split("md-nav--primary", 1)[1].split("md-nav--secondary", 1)[0]
    for target in ("kien-nghi-cu-tri/", "giam-sat/", "du-thao/", "su-kien/", "dien-hinh/", "cai-chinh/"):
        assert f'href="../../{target}"' in nav, target
    assert "kien-nghi-cu-tri/kn-" not in nav and "cai-chinh/cc-" not in nav  # record pages stay out of the navigation
