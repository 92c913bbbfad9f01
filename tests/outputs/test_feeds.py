"""RSS 2.0 and Atom feeds, read back with feedparser (a real feed reader's parser)."""

from __future__ import annotations

import re
from datetime import date

import feedparser
import pytest

from tests.conftest import MakeProject
from tests.outputs.conftest import SITE_URL, publish

FEEDS = [f"theo-doi/{fmt}-{key}.xml" for fmt in ("atom", "rss") for key in
         ("co-quan-ban-bi-thu", "co-quan-hdnd-tinh-mau", "ky-hop", "linh-vuc-dau-tu", "nghi-quyet", "van-ban")]


def _feeds(assets: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in assets.items() if k.startswith("theo-doi/") and k.endswith(".xml") and k != "theo-doi/sitemap.xml"}


def test_every_kind_field_and_body_with_records_has_both_feeds(assets: dict[str, bytes]) -> None:
    assert sorted(_feeds(assets)) == sorted(FEEDS)


@pytest.mark.parametrize("path", FEEDS)
def test_feedparser_reads_every_feed_without_bozo(assets: dict[str, bytes], path: str) -> None:
    parsed = feedparser.parse(assets[path])
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == ("atom10" if "/atom-" in path else "rss20")
    assert parsed.feed.language == "vi"
    assert parsed.entries
    for entry in parsed.entries:
        assert entry.link.startswith(SITE_URL)


def test_resolutions_feed_newest_change_first_with_dates_from_records(assets: dict[str, bytes]) -> None:
    rss = feedparser.parse(assets["theo-doi/rss-nghi-quyet.xml"])
    assert rss.feed.title == "Nghị quyết: mới ban hành và thay đổi — Cổng Chính sách"
    assert [(e.title, e.id, e.published) for e in rss.entries] == [
        ("Nghị quyết số 20/2023/NQ-HĐND: Sửa đổi khoản 2 Điều 3 Nghị quyết 15/2023/NQ-HĐND (minh họa)",
         f"{SITE_URL}nghi-quyet/nq-20-2023-hdnd-mau/#2024-01-01", "Mon, 01 Jan 2024 00:00:00 +0700"),
        ("Nghị quyết số 15/2023/NQ-HĐND: Quy định chính sách hỗ trợ đầu tư vào nông nghiệp (minh họa)",
         f"{SITE_URL}nghi-quyet/nq-15-2023-hdnd-mau/#2024-01-01", "Mon, 01 Jan 2024 00:00:00 +0700"),
        ("Nghị quyết số 05/2016/NQ-HĐND: Quy định chính sách hỗ trợ đầu tư giai đoạn 2017–2020 (minh họa)",
         f"{SITE_URL}nghi-quyet/nq-05-2016-hdnd-mau/#2023-08-01", "Tue, 01 Aug 2023 00:00:00 +0700"),
    ]
    assert rss.entries[1].summary == (
        "Quy định chính sách hỗ trợ đầu tư vào nông nghiệp. Tình trạng hiệu lực: Hết hiệu lực một phần (tính đến ngày 21/11/2026). "
        "Ngày 1/1/2024: Được sửa đổi, bổ sung (khoản 2 Điều 3). Hỗ trợ doanh nghiệp đầu tư vào nông nghiệp. Dữ liệu minh họa, không phải văn bản thật."
    )
    assert rss.feed.updated == "Mon, 01 Jan 2024 00:00:00 +0700"  # lastBuildDate: the newest change, not the clock
    atom = feedparser.parse(assets["theo-doi/atom-nghi-quyet.xml"])
    assert [(e.published, e.updated) for e in atom.entries] == [
        ("2023-07-12T00:00:00+07:00", "2024-01-01T00:00:00+07:00"),
        ("2023-07-12T00:00:00+07:00", "2024-01-01T00:00:00+07:00"),
        ("2016-12-09T00:00:00+07:00", "2023-08-01T00:00:00+07:00"),
    ]
    assert atom.feed.updated == "2024-01-01T00:00:00+07:00"
    assert [t.term for t in atom.entries[0].tags] == ["dau-tu"]


def test_the_build_date_decides_which_changes_have_happened(make_project: MakeProject) -> None:
    before = feedparser.parse(publish(make_project(), today=date(2023, 12, 31))["theo-doi/rss-nghi-quyet.xml"])
    assert [e.id.rsplit("#", 1)[1] for e in before.entries] == ["2023-08-01", "2023-08-01", "2023-07-12"]
    assert [e.link.rsplit("/", 2)[1] for e in before.entries] == ["nq-15-2023-hdnd-mau", "nq-05-2016-hdnd-mau", "nq-20-2023-hdnd-mau"]


def test_an_editor_update_date_brings_a_record_back_to_the_top(make_project: MakeProject) -> None:
    path = "data/resolutions/nq-05-2016-hdnd-mau.md"
    text = (make_project() / path).read_text(encoding="utf-8").replace("du_lieu_minh_hoa: true\n", "du_lieu_minh_hoa: true\nngay_cap_nhat: 2026-11-02\n")
    rss = feedparser.parse(publish(make_project({path: text}))["theo-doi/rss-nghi-quyet.xml"])
    assert rss.entries[0].id == f"{SITE_URL}nghi-quyet/nq-05-2016-hdnd-mau/#2026-11-02"
    assert "Ngày 2/11/2026: Cập nhật thông tin." in rss.entries[0].summary


def test_feeds_are_byte_identical_between_builds(assets: dict[str, bytes]) -> None:
    assert _feeds(publish()) == _feeds(assets)


def test_a_sitemap_lists_every_feed_and_calendar(assets: dict[str, bytes]) -> None:
    sitemap = assets["theo-doi/sitemap.xml"].decode("utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    published = sorted(k for k in assets if k.startswith("theo-doi/") and k != "theo-doi/sitemap.xml")
    assert locs == [f"{SITE_URL}{k}" for k in published]
    assert len(locs) == len(FEEDS) + 1  # the mini project's dates are older than a year: only the empty full calendar
