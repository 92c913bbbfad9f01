"""The repository's own site, built with ``mkdocs build --strict``: feeds, calendars and open data
read back with real clients, discoverable from the pages, identical from one build to the next;
citations linked and the merged-province example shown."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import feedparser
import icalendar

from portal.build import validate_data
from portal.model.registry import KIND_BY_NAME
from tests.conftest import ROOT, TODAY
from tests.outputs.conftest import read_csv, validation_errors
from tests.sitebuild import mkdocs_build

PUBLISHED = re.compile(r"\.(xml|ics|json|csv)$")


def _files(site: Path, pattern: str) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob(pattern)) if p.is_file()}


def _ours(site: Path) -> dict[str, bytes]:
    """Feeds, calendars and open data: everything under theo-doi/ and du-lieu/, and the JSON twins."""
    return {k: v for k, v in _files(site, "*").items() if PUBLISHED.search(k) and (k.startswith(("theo-doi/", "du-lieu/")) or k.endswith(".json"))}


def test_feeds_calendars_and_data_read_back_with_real_clients(built_site: Path) -> None:
    files = _ours(built_site)
    feeds = {k: v for k, v in files.items() if k.endswith(".xml")}
    assert "theo-doi/rss-nghi-quyet.xml" in feeds and "theo-doi/atom-linh-vuc-nong-nghiep.xml" in feeds
    feeds.pop("theo-doi/sitemap.xml")
    assert {k: feedparser.parse(v).bozo for k, v in feeds.items()} == dict.fromkeys(feeds, 0)
    calendars = [icalendar.Calendar.from_ical(v) for k, v in files.items() if k.endswith(".ics")]
    assert len(calendars) >= 3 and all(cal.walk("VEVENT") for cal in calendars)
    assert validation_errors({k: v for k, v in files.items() if k.endswith(".json")}) == {}
    for path, content in files.items():
        if path.endswith(".csv"):
            rows = read_csv(content)
            assert len({len(r) for r in rows}) == 1, path


def test_comment_deadlines_are_in_the_calendar(built_site: Path) -> None:
    if "draft" not in KIND_BY_NAME:  # the kind of drafts open for comment comes with issue 4
        return
    catalog = validate_data(ROOT).catalog
    recent = [e.record for e in catalog.of_kind("draft") if e.record.deadline.toordinal() >= TODAY.toordinal() - 366]  # type: ignore[attr-defined]
    calendar = icalendar.Calendar.from_ical((built_site / "theo-doi/lich.ics").read_bytes())
    deadlines = {ev["dtstart"].dt for ev in calendar.walk("VEVENT") if str(ev["summary"]).startswith("Hạn góp ý: ")}
    assert deadlines == {d.deadline for d in recent}  # type: ignore[attr-defined]


def test_pages_announce_their_feeds_and_json_twin_and_every_link_resolves(built_site: Path) -> None:
    checked = 0
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'<link rel="alternate" type="[^"]+" href="([^"]+)"', html) + re.findall(r'<a href="([^"#:]+\.(?:xml|ics|json|csv))"', html):
            assert (page.parent / href).resolve().is_file(), (page, href)
            checked += 1
    assert checked > 200
    resolution = (built_site / "nghi-quyet/nq-12-2023-hdnd-phu-lam/index.html").read_text(encoding="utf-8")
    assert 'href="../nq-12-2023-hdnd-phu-lam.json"' in resolution  # the JSON twin, a link in the page
    assert '<link rel="alternate"' not in resolution  # record pages announce no feed: each costs a request
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/rss+xml" href="./theo-doi/rss-nghi-quyet.xml"' in home
    body = (built_site / "co-quan/hdnd-tinh-lam-giang-minh-hoa/index.html").read_text(encoding="utf-8")
    assert 'href="../../theo-doi/atom-co-quan-hdnd-tinh-lam-giang-minh-hoa.xml"' in body


def test_open_data_and_follow_pages_are_in_the_navigation(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="theo-doi/"' in home and 'href="du-lieu/"' in home
    follow = (built_site / "theo-doi/index.html").read_text(encoding="utf-8")
    assert "Nghị quyết về Nông nghiệp, nông thôn" in follow and "lich.ics" in follow


def test_cited_numbers_are_links_and_the_merged_province_is_shown(built_site: Path) -> None:
    amending = (built_site / "nghi-quyet/nq-08-2024-hdnd-binh-an/index.html").read_text(encoding="utf-8")
    # the summary, conditions and duration name "Nghị quyết số 12/2023/NQ-HĐND" in prose: each is a link to
    # Bình An's own resolution, not to tỉnh Phú Lâm's resolution with the same number
    assert amending.count('href="../nq-12-2023-hdnd-binh-an/">Nghị quyết số 12/2023/NQ-HĐND</a>') >= 5
    assert "nq-12-2023-hdnd-phu-lam" not in amending
    merged = (built_site / "nghi-quyet/nq-12-2023-hdnd-phu-lam/index.html").read_text(encoding="utf-8")
    assert "Còn hiệu lực (trong phạm vi tỉnh Phú Lâm cũ)" in merged
    assert "Lược đồ văn bản liên quan" in merged
    body = (built_site / "co-quan/hdnd-tinh-lam-giang-minh-hoa/index.html").read_text(encoding="utf-8")
    assert 'href="../../nghi-quyet/nq-12-2023-hdnd-phu-lam/"' in body  # documents of the whole lineage


def test_two_builds_publish_byte_identical_files(built_site: Path, tmp_path: Path) -> None:
    second = tmp_path / "site"
    result = mkdocs_build(ROOT, second)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _ours(second) == _ours(built_site)
    assert date.fromisoformat("2026-11-21") == TODAY  # statuses and feeds are as of this build date


def test_the_offline_copy_leaves_out_feed_links() -> None:
    """From files, a feed cannot be subscribed to, and the theme's fetch beside it would fail."""
    from portal.offline import offline_html

    html = '<head>\n  <link rel="alternate" type="application/rss+xml" href="./theo-doi/rss-nghi-quyet.xml" title="Nghị quyết">\n  <link rel="stylesheet" href="assets/">'
    assert offline_html(html) == '<head>\n  <link rel="stylesheet" href="assets/index.html">'
