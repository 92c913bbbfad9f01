"""The real site (``mkdocs build --strict``): speakers' pages, and Word links that resolve."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from portal.build import validate_data
from tests.conftest import ROOT

SECTIONS = {"kit": "bao-cao-vien/tai-lieu", "talk": "bao-cao-vien/chuyen-de"}


def test_every_kit_and_talk_page_links_a_word_handout_that_opens(built_site: Path) -> None:
    catalog = validate_data(ROOT).catalog
    checked = 0
    for kind, section in SECTIONS.items():
        for entry in catalog.of_kind(kind):
            page = built_site / section / entry.id / "index.html"
            links = re.findall(r'href="([^"]+\.docx)"', page.read_text(encoding="utf-8"))
            assert links == [f"{entry.id}.docx"], page
            handout = page.parent / links[0]  # the link is relative to the page's folder
            assert handout.is_file(), handout
            assert Document(str(handout)).paragraphs[0].text in {"TÀI LIỆU CHO BÁO CÁO VIÊN", "BÁO CÁO CHUYÊN ĐỀ"}
            checked += 1
    assert checked == len(catalog.of_kind("kit")) + len(catalog.of_kind("talk")) >= 4


def test_each_kit_has_its_builder_script_and_the_resolution_page_links_the_kit(built_site: Path) -> None:
    catalog = validate_data(ROOT).catalog
    for entry in catalog.of_kind("kit"):
        assert (built_site / "bao-cao-vien" / "du-lieu" / f"{entry.id}.js").is_file()
        resolution = (built_site / "nghi-quyet" / entry.record.resolution / "index.html").read_text(encoding="utf-8")
        assert f'href="../../bao-cao-vien/tai-lieu/{entry.id}/"' in resolution
        assert "Thêm vào bài nói</button>" in resolution
    without = (built_site / "nghi-quyet" / "nq-08-2024-hdnd-binh-an" / "index.html").read_text(encoding="utf-8")
    assert "cs-kit-link" not in without


def test_the_hub_and_the_builder_are_in_the_navigation(built_site: Path) -> None:
    hub = (built_site / "bao-cao-vien" / "index.html").read_text(encoding="utf-8")
    assert "Tài liệu cho báo cáo viên" in hub and 'href="bai-noi/"' in hub
    builder = (built_site / "bao-cao-vien" / "bai-noi" / "index.html").read_text(encoding="utf-8")
    assert 'id="cs-talk-builder"' in builder and 'data-cs-data="../du-lieu/"' in builder and 'data-cs-root="../../"' in builder
    assert '<script src="../../assets/briefing.js"></script>' in builder
