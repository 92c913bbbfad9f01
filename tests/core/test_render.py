"""Rendered Markdown of the mini project, compared with golden files.

Regenerate after a deliberate change: ``PORTAL_UPDATE_GOLDEN=1 scripts/test tests/core/test_render.py``
and review the diff like any other change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.build import build_pages
from portal.site.plan import SiteSettings
from tests.conftest import MINI, ROOT, TODAY
from tests.golden_files import assert_matches_golden

GOLDEN = ROOT / "tests" / "golden"
PAGES = [
    "index.md",
    "nghi-quyet/nq-15-2023-hdnd-mau.md",
    "nghi-quyet/nq-05-2016-hdnd-mau.md",
    "ky-hop/ky-hop-thu-7-khoa-x.md",
    "dong-thoi-gian/hdnd-tinh-mau.md",
    "tra-cuu/hieu-luc/index.md",
    "tra-cuu/a-z/index.md",
    "co-quan/hdnd-tinh-mau.md",
    "van-ban/qd-238-qd-tw-2020.md",
]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    result = build_pages(MINI, SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    return {p.src_uri: p.markdown for p in result.pages}


@pytest.mark.parametrize("src_uri", PAGES)
def test_page_matches_golden(rendered: dict[str, str], src_uri: str) -> None:
    assert_matches_golden(rendered[src_uri], GOLDEN / src_uri)


def test_every_record_has_a_page_with_its_edit_path(rendered: dict[str, str]) -> None:
    result = build_pages(MINI, SiteSettings(today=TODAY))
    edit = {p.src_uri: p.edit_path for p in result.pages}
    assert edit["nghi-quyet/nq-15-2023-hdnd-mau.md"] == "data/resolutions/nq-15-2023-hdnd-mau.md"
    assert edit["ky-hop/ky-hop-thu-7-khoa-x.md"] == "data/sessions/ky-hop-thu-7-khoa-x.yml"
    assert edit["tra-cuu/linh-vuc/dau-tu.md"] == "data/topics/dau-tu.yml"
    for record_id in result.catalog.by_id:
        record = result.catalog.record(record_id)
        if record.kind != "topic":
            assert any(uri.endswith(f"/{record_id}.md") for uri in rendered), record_id


def test_rendering_is_deterministic() -> None:
    first = build_pages(MINI, SiteSettings(today=TODAY)).pages
    second = build_pages(MINI, SiteSettings(today=TODAY)).pages
    assert first == second


def test_session_lists_the_resolutions_that_name_it(rendered: dict[str, str]) -> None:
    page = rendered["ky-hop/ky-hop-thu-7-khoa-x.md"]
    assert 'href="../../nghi-quyet/nq-15-2023-hdnd-mau/"' in page
    assert 'href="../../nghi-quyet/nq-20-2023-hdnd-mau/"' in page
    assert "nq-05-2016-hdnd-mau" not in page
    assert "| Số nghị quyết thông qua | 2 |" in page


def test_sample_records_carry_a_visible_notice(rendered: dict[str, str]) -> None:
    assert '!!! warning "Dữ liệu minh họa"' in rendered["nghi-quyet/nq-15-2023-hdnd-mau.md"]
    assert '!!! warning "Dữ liệu minh họa"' not in rendered["van-ban/qd-238-qd-tw-2020.md"]


def test_listing_pages_are_paginated(make_project) -> None:
    from portal.site import plan

    resolutions = {}
    for n in range(1, plan.PAGE_SIZE + 3):
        resolutions[f"data/resolutions/nq-{n}-2023-x.md"] = (
            f"---\nid: nq-{n}-2023-x\nso_ky_hieu: {100 + n}/2023/NQ-HĐND\ntrich_yeu: Nghị quyết số {n}\n"
            "co_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: 2023-07-11\nky_hop: ky-hop-thu-7-khoa-x\n---\n"
        )
    result = build_pages(make_project(resolutions), SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    uris = {p.src_uri for p in result.pages}
    assert {"tra-cuu/nam/2023.md", "tra-cuu/nam/2023/trang-2.md", "nghi-quyet/tat-ca.md", "nghi-quyet/tat-ca/trang-2.md"} <= uris
    assert "tra-cuu/nam/2023/trang-3.md" not in uris
