"""The speakers' pages as Markdown (golden files), the resolution page's block, the files produced.

Regenerate the golden files after a deliberate change:
``PORTAL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/briefing/test_pages.py`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portal.build import BuildResult, build_pages
from portal.site.plan import SiteSettings
from tests.briefing.views import MINI_KIT, MINI_KIT_PATH, SITE_URL
from tests.conftest import TODAY
from tests.golden_files import assert_matches_golden

GOLDEN = Path(__file__).parent / "golden"
KIT_PAGE = "bao-cao-vien/tai-lieu/tl-nq-15-2023-hdnd-mau.md"


@pytest.fixture
def built(make_project) -> BuildResult:
    result = build_pages(make_project({MINI_KIT_PATH: MINI_KIT}), SiteSettings(today=TODAY, site_url=SITE_URL))
    assert result.ok, [i.format_text() for i in result.issues]
    return result


def _page(result: BuildResult, uri: str) -> str:
    return next(p.markdown for p in result.pages if p.src_uri == uri)


@pytest.mark.parametrize("uri", [KIT_PAGE, "bao-cao-vien/index.md", "bao-cao-vien/bai-noi.md"])
def test_page_matches_golden(built: BuildResult, uri: str) -> None:
    assert_matches_golden(_page(built, uri), GOLDEN / uri)


def test_only_resolutions_with_a_kit_link_to_it(built: BuildResult) -> None:
    with_kit = _page(built, "nghi-quyet/nq-15-2023-hdnd-mau.md")
    assert ('<div class="cs-kit-link">\n<p><strong>Tài liệu cho báo cáo viên:</strong> '
            '<a href="../../bao-cao-vien/tai-lieu/tl-nq-15-2023-hdnd-mau/">thông điệp chính, số liệu, hỏi – đáp, bản in và bản Word</a>') in with_kit
    assert 'data-cs-builder="../../bao-cao-vien/bai-noi/" hidden>Thêm vào bài nói</button>' in with_kit
    assert "cs-kit-link" not in _page(built, "nghi-quyet/nq-20-2023-hdnd-mau.md")


def test_kit_pages_are_planned_once_with_their_edit_path(built: BuildResult) -> None:
    kit_pages = [p for p in built.pages if p.src_uri.startswith("bao-cao-vien/tai-lieu/")]
    assert [(p.src_uri, p.edit_path, p.searchable) for p in kit_pages] == [(KIT_PAGE, MINI_KIT_PATH, True)]


def test_each_kit_publishes_a_word_handout_and_a_builder_script(built: BuildResult) -> None:
    briefing = [path for path in built.assets if path.startswith("bao-cao-vien/")]
    assert sorted(path for path in briefing if path.endswith((".docx", ".js"))) == [
        "bao-cao-vien/du-lieu/tl-nq-15-2023-hdnd-mau.js",
        "bao-cao-vien/tai-lieu/tl-nq-15-2023-hdnd-mau/tl-nq-15-2023-hdnd-mau.docx",
    ]
    script = built.assets["bao-cao-vien/du-lieu/tl-nq-15-2023-hdnd-mau.js"].decode("utf-8")
    prefix = 'window.csBriefing = window.csBriefing || {};\nwindow.csBriefing["tl-nq-15-2023-hdnd-mau"] = '
    assert script.startswith(prefix) and script.endswith(";\n")
    data = json.loads(script[len(prefix) : -2])
    assert data["subject"] == "Nghị quyết số 15/2023/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh Mẫu"
    assert data["kit_url"] == "bao-cao-vien/tai-lieu/tl-nq-15-2023-hdnd-mau/"
    assert data["resolution_url"] == "nghi-quyet/nq-15-2023-hdnd-mau/"
    assert [m["basis"]["label"] for m in data["messages"]] == ["Điều 1 Nghị quyết số 15/2023/NQ-HĐND", "Điều 1 Nghị quyết số 15/2023/NQ-HĐND", "Quyết định số 238-QĐ/TW"]
    assert data["sample_notice"].startswith("Đây là dữ liệu minh họa")
    assert data["as_of"] == "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026"
