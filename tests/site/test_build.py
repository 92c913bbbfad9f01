"""End-to-end: the sample site builds with ``--strict``; a broken record stops the build."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from portal.build import plan_build, validate_data
from portal.site.plan import SiteSettings
from portal.stage_clock import OTHER, PIPELINE, RENDER, REPORT_VARIABLE, read_report
from tests.conftest import ROOT, STAGES_REPORT, TODAY, USER_CACHE
from tests.sitebuild import copy_project, mkdocs_build


def _html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_every_record_and_index_has_a_page(built_site: Path) -> None:
    catalog = validate_data(ROOT).catalog
    sections = {"resolution": "nghi-quyet", "session": "ky-hop", "document": "van-ban", "plan": "ke-hoach", "body": "co-quan"}
    missing = [f"{sections[e.record.kind]}/{e.id}" for e in catalog.by_id.values() if e.record.kind in sections and not (built_site / sections[e.record.kind] / e.id / "index.html").exists()]
    assert missing == []
    for url in ("", "nghi-quyet", "nghi-quyet/tat-ca", "dong-thoi-gian", "tra-cuu/linh-vuc", "tra-cuu/nam", "tra-cuu/co-quan",
                "tra-cuu/hieu-luc", "tra-cuu/doi-tuong", "tra-cuu/a-z", "van-ban", "ke-hoach", "co-quan", "gioi-thieu"):
        assert (built_site / url / "index.html").exists(), url


def test_pages_are_vietnamese_and_link_each_other(built_site: Path) -> None:
    home = _html(built_site, "")
    assert '<html lang="vi"' in home
    assert "Kỳ họp gần nhất" in home and "Nghị quyết mới" in home
    plan = _html(built_site, "ke-hoach/chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026")
    for target in ("van-ban/qd-238-qd-tw-2020/", "van-ban/hd-170-hd-btgtw-2021/", "van-ban/cv-111-cv-tu-2021/", "van-ban/luat-77-2015-qh13/"):
        assert f'href="../../{target}"' in plan, target
    assert "Trần Xuân Bút" in plan and "Phân công trách nhiệm" in plan
    decision = _html(built_site, "van-ban/qd-238-qd-tw-2020")
    assert "Được dùng làm căn cứ cho" in decision
    assert "Được hướng dẫn thi hành bởi" in decision


def test_validity_follows_relations_in_the_real_records(built_site: Path) -> None:
    law_2015 = _html(built_site, "van-ban/luat-77-2015-qh13")
    assert "cs-badge--het-hieu-luc-toan-bo" in law_2015
    assert "Bị thay thế bởi" in law_2015
    law_2025 = _html(built_site, "van-ban/luat-72-2025-qh15")
    assert "cs-badge--con-hieu-luc" in law_2025
    assert "tính đến ngày 21/11/2026" in law_2025


def test_edit_links_point_at_the_source_records(built_site: Path) -> None:
    page = _html(built_site, "van-ban/qd-238-qd-tw-2020")
    assert re.search(r'href="[^"]*/edit/main/data/documents/qd-238-qd-tw-2020\.md"', page)
    about = _html(built_site, "gioi-thieu")
    assert re.search(r'href="[^"]*/edit/main/docs/gioi-thieu\.md"', about)


def test_record_pages_are_not_in_the_navigation(built_site: Path) -> None:
    """Navigation must not grow with the number of records (linear build time)."""
    page = _html(built_site, "van-ban/qd-238-qd-tw-2020")
    nav = page.split("md-nav--primary", 1)[1].split("md-nav--secondary", 1)[0]
    assert "qd-238-qd-tw-2020" not in nav
    assert "tra-cuu/linh-vuc/" in nav


def test_a_broken_record_stops_the_build_and_writes_nothing(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "data/topics/dau-tu.yml").write_text("id: dau-tu\nten: Đầu tư\nnhom: linh vuc\n", encoding="utf-8")
    (project / "data/documents/qd-238-qd-tw-2020.md").write_text("---\nid: qd-238-qd-tw-2020\nngay_ban_hanh: 30/9/2020\n---\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("bản cũ", encoding="utf-8")
    result = mkdocs_build(project, site)
    assert result.returncode != 0
    assert "data/topics/dau-tu.yml:3:7: 'nhom' (Nhóm): giá trị 'linh vuc' không hợp lệ" in result.stderr
    assert "data/documents/qd-238-qd-tw-2020.md:3:16: 'ngay_ban_hanh' (Ngày ban hành): ngày '30/9/2020' không đúng dạng" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    # the previous site is left exactly as it was: nothing half-written
    assert sorted(p.name for p in site.iterdir()) == ["old.html"]


def test_two_builds_are_byte_identical(built_site: Path, tmp_path: Path) -> None:
    """Also with and without the helper process that converts pages ahead (portal.forked_ahead),
    and with every record loaded from its file or taken from the store of the last build
    (portal.load.record_store): the first build runs without the helper, on a new machine's
    empty cache folder (see the built_site fixture), the second with the helper, on the
    records and templates the first one kept."""
    second = tmp_path / "again"
    report = tmp_path / STAGES_REPORT
    result = mkdocs_build(ROOT, second, env={"PORTAL_BUILD_HELPER": "1", REPORT_VARIABLE: str(report), "XDG_CACHE_HOME": str(built_site.parent / USER_CACHE)})
    assert result.returncode == 0, result.stderr[-3000:]
    records = len([p for p in (ROOT / "data").rglob("*") if p.is_file() and not p.name.startswith(".") and p.name != "README.md"])
    first_store, second_store = read_report(built_site.parent / STAGES_REPORT)["record_store"], read_report(report)["record_store"]
    assert (first_store["reused"], first_store["loaded"], second_store["reused"], second_store["loaded"]) == (0, records, records, 0)
    assert first_store["write_seconds"] > 0 and second_store["write_seconds"] == 0
    first_files = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file())
    second_files = sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert first_files == second_files
    different = [f for f in first_files if (built_site / f).read_bytes() != (second / f).read_bytes()]
    assert different == []


# The parts of rendering's time that the hooks name in the stage report (hooks/portal_hooks.py)
BY_HELPER, BY_WRITER = "pages rendered by the helper", "pages rendered by the writer"
SHARED, FILLED = "listed lines and templates", "HTML parts put back"


def test_a_build_times_its_own_stages_and_every_page_it_renders_once(built_site: Path, tmp_path: Path) -> None:
    """The stage times the benchmarks set against the build's CPU time (portal.stage_clock),
    without the helper process (the built_site fixture) and with it: every planned page
    rendered once, whichever process rendered it, and every stage timed. Rendering's parts say
    who rendered each page, and add up to rendering's time."""
    planned = len(plan_build(ROOT, SiteSettings(today=TODAY)).pages)
    with_helper = tmp_path / STAGES_REPORT
    result = mkdocs_build(ROOT, tmp_path / "site", env={"PORTAL_BUILD_HELPER": "1", REPORT_VARIABLE: str(with_helper)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Dựng song song:" in result.stderr
    alone, helped = read_report(built_site.parent / STAGES_REPORT), read_report(with_helper)
    for report in (alone, helped):
        assert report["pages_rendered"] == planned > 100
        assert [stage for stage in PIPELINE + OTHER if not report[stage] > 0] == []
        assert report["pipeline"] == pytest.approx(sum(report[stage] for stage in PIPELINE), abs=0.002)
        parts = report["parts"]
        assert sum(part["seconds"] for part in parts.values()) == pytest.approx(report[RENDER], abs=0.002 * len(parts))
        assert sum(parts.get(name, {"count": 0})["count"] for name in (BY_WRITER, BY_HELPER)) == planned
        assert parts[FILLED]["count"] == planned
    assert set(alone["parts"]) == {BY_WRITER, FILLED}  # one process: nothing made ahead for a helper
    assert helped["parts"][BY_HELPER]["count"] > 0 and helped["parts"][SHARED]["count"] == 1


def test_no_page_shows_unrendered_markdown(built_site: Path) -> None:
    """Markdown inside an HTML block is not converted: a link would show as '[x](y.md)'."""
    pattern = re.compile(r"\]\([^)\s]*\.md(?:#[^)]*)?\)|\*\*[^*<>\n]+\*\*")
    offenders = []
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.DOTALL)
        if pattern.search(body):
            offenders.append(f"{page.relative_to(built_site)}: {pattern.search(body).group(0)[:60]}")
    assert offenders == []


def test_no_placeholder_of_an_html_block_is_left_in_the_site(built_site: Path) -> None:
    """Generated pages write their HTML parts outside Markdown; each goes back in place after it
    (portal.site.render.RenderedPage.fill), and no placeholder is left on any page."""
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 100
    assert [p.relative_to(built_site).as_posix() for p in pages if "CSRAW" in p.read_text(encoding="utf-8")] == []
    resolution = _html(built_site, "nghi-quyet/nq-09-2026-hdnd-binh-an")
    assert "<tr><td>Số, ký hiệu</td><td>09/2026/NQ-HĐND</td></tr>" in resolution
    assert '<h2 id="thuoc-tinh">' in resolution and 'href="#thuoc-tinh"' in resolution  # headings stay Markdown: in the table of contents


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.targets.append(value)


def test_every_link_inside_the_site_leads_to_a_file(built_site: Path) -> None:
    """MkDocs checks Markdown links; lists written as HTML (document lists, JSON links) are
    checked here, on the built pages: every relative href/src must name a file of the site."""
    broken: list[str] = []
    checked = 0
    for page in built_site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for target in parser.targets:
            split = urlsplit(target)
            if split.scheme or split.netloc or not split.path or target.startswith(("/", "#")):
                continue
            resolved = (page.parent / unquote(split.path)).resolve()
            checked += 1
            if not (resolved.is_file() or (resolved / "index.html").is_file()):
                broken.append(f"{page.relative_to(built_site)} → {target}")
    assert checked > 1000
    assert not broken, broken[:20]


def test_a_broken_link_in_a_body_fails_the_build_also_with_the_helper(tmp_path: Path) -> None:
    """The helper process (portal.forked_ahead) converts most pages; MkDocs' warning about a
    link it cannot follow must still reach the log once and fail the strict build, exactly as
    without the helper."""
    project = copy_project(tmp_path / "project")
    record = project / "data/resolutions/nq-05-hdnd-xa-hoa-loc-2026.md"
    record.write_text(record.read_text(encoding="utf-8") + "\nXem thêm [trang không có](../khong-co-trang-nay.md).\n", encoding="utf-8")
    line = len(record.read_text(encoding="utf-8").splitlines())  # the link is on the last line, after "Xem thêm [trang không có]("
    warnings = {}
    for helper in ("1", "0"):
        result = mkdocs_build(project, tmp_path / f"site-{helper}", env={"PORTAL_BUILD_HELPER": helper})
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert ("Dựng song song:" in result.stderr) == (helper == "1")
        warnings[helper] = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings["1"]) == 1 and "'../khong-co-trang-nay.md'" in warnings["1"][0]
    assert warnings["1"] == warnings["0"]
    # told to the editor as the record file's own error, in Vietnamese (portal.links.body_links)
    assert f"data/resolutions/nq-05-hdnd-xa-hoa-loc-2026.md:{line}:27: liên kết '../khong-co-trang-nay.md' trong phần nội dung không dẫn tới trang nào" in warnings["1"][0]
