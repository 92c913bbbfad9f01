"""Cross-links through the catalog, review periods, and the review-report draft of a period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portal.build import validate_data
from portal.catalog import Catalog
from portal.loop.periods import make_period, plan_periods
from portal.loop.review import review_draft, review_scope
from portal.model.records import Plan
from portal.model.vocab import ReviewType
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def catalog(loop_root: Path) -> Catalog:
    result = validate_data(loop_root)
    assert [i.format_text() for i in result.issues] == []
    assert result.catalog is not None
    return result.catalog


def ids(entries: list) -> list[str]:
    return [e.id for e in entries]


def test_a_resolution_finds_everything_that_names_it(catalog: Catalog) -> None:
    related = {kind: ids(catalog.related("nq-15-2023-hdnd-mau", kind)) for kind in ("petition", "finding", "exemplar", "factcheck", "event", "draft")}
    assert related == {
        "petition": ["kn-c", "kn-a"],  # newest first
        "finding": ["gs-mau"],
        "exemplar": ["dh-mau"],
        "factcheck": ["cc-mau"],
        "event": ["ev-bcv-2023"],
        "draft": ["dt-mau"],
    }
    assert ids(catalog.related("nq-20-2023-hdnd-mau", "petition")) == []


def test_a_petition_reaches_its_session_through_its_voter_meeting(catalog: Catalog) -> None:
    # kn-a names only the event; kn-b names the session itself
    assert ids(catalog.related("ky-hop-thu-7-khoa-x", "petition")) == ["kn-b", "kn-a"]
    assert ids(catalog.related("ev-truoc-ky-hop-7", "petition")) == ["kn-a"]
    assert ids(catalog.related("ky-hop-thu-7-khoa-x", "event")) == ["ev-truoc-ky-hop-7"]
    assert ids(catalog.related("ky-hop-thu-7-khoa-x", "draft")) == ["dt-mau"]
    assert ids(catalog.related("kh-mau", "event")) == ["ev-sap-toi", "ev-bcv-2023"]


def test_related_refuses_an_unknown_kind(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="unknown loop kind 'kit'"):
        catalog.related("nq-15-2023-hdnd-mau", "kit")


def test_review_periods_of_a_plan_up_to_the_build_date(catalog: Catalog) -> None:
    plan = catalog.record("kh-mau")
    assert isinstance(plan, Plan)
    periods = plan_periods(plan, TODAY)
    assert [(p.slug, p.start, p.end, p.until, p.type) for p in periods] == [
        ("6-thang-dau-nam-2023", date(2023, 5, 1), date(2023, 6, 30), date(2023, 6, 30), ReviewType.HALF_YEAR),
        ("6-thang-cuoi-nam-2023", date(2023, 7, 1), date(2023, 12, 31), date(2023, 12, 31), ReviewType.HALF_YEAR),
        ("nam-2023", date(2023, 5, 1), date(2023, 12, 31), date(2023, 12, 31), ReviewType.YEAR_END),
        ("6-thang-dau-nam-2024", date(2024, 1, 1), date(2024, 6, 30), date(2024, 6, 30), ReviewType.HALF_YEAR),
        ("6-thang-cuoi-nam-2024", date(2024, 7, 1), date(2024, 12, 31), date(2024, 12, 31), ReviewType.HALF_YEAR),
        ("nam-2024", date(2024, 1, 1), date(2024, 12, 31), date(2024, 12, 31), ReviewType.YEAR_END),
        ("toan-giai-doan", date(2023, 5, 1), date(2024, 12, 31), date(2024, 12, 31), ReviewType.FINAL),
    ]
    assert [p.label for p in periods][-1] == "Tổng kết giai đoạn 2023–2024"
    # mid-way through the second half of 2023 only the periods begun so far exist, counted up to that day
    mid = plan_periods(plan, date(2023, 9, 15))
    assert [(p.slug, p.until, p.complete) for p in mid] == [
        ("6-thang-dau-nam-2023", date(2023, 6, 30), True),
        ("6-thang-cuoi-nam-2023", date(2023, 9, 15), False),
        ("nam-2023", date(2023, 9, 15), False),
        ("toan-giai-doan", date(2023, 9, 15), False),
    ]
    assert plan_periods(plan, date(2023, 4, 30)) == []


def test_review_scope_is_the_parties_and_same_level_bodies_of_their_province(catalog: Catalog) -> None:
    plan = catalog.record("kh-mau")
    assert isinstance(plan, Plan)
    assert sorted(review_scope(catalog, plan)) == ["ban-tuyen-giao-tinh-uy-mau", "hdnd-tinh-mau", "thuong-truc-hdnd-tinh-mau", "ubnd-tinh-mau"]


def test_review_draft_of_the_second_half_of_2023(catalog: Catalog) -> None:
    plan = catalog.get("kh-mau")
    assert plan is not None
    period = next(p for p in plan_periods(plan.record, TODAY) if p.slug == "6-thang-cuoi-nam-2023")  # type: ignore[arg-type]
    d = review_draft(catalog, plan, period)
    # I. results
    assert ids(d.resolutions) == ["nq-15-2023-hdnd-mau", "nq-20-2023-hdnd-mau"]
    assert {t.value: ids(items) for t, items in d.events.items()} == {"hoi-nghi-bao-cao-vien": ["ev-bcv-2023"]}
    assert (ids(d.talks), ids(d.voter_meetings), d.attendance) == (["ev-bcv-2023"], [], 50)
    assert (ids(d.petitions_received), ids(d.petitions_answered), ids(d.answered_late), ids(d.petitions_resolved)) == (["kn-b", "kn-c"], ["kn-a", "kn-c"], ["kn-c"], ["kn-a"])
    assert (ids(d.exemplars), ids(d.factchecks), ids(d.drafts)) == (["dh-mau"], ["cc-mau"], [])
    assert [(r.party, r.task.text, r.step.day) for r in d.task_reports] == [
        ("thuong-truc-hdnd-tinh-mau", "Cử lãnh đạo tham gia báo cáo viên", date(2023, 8, 1)),
        ("ban-tuyen-giao-tinh-uy-mau", "Định hướng tuyên truyền", date(2023, 7, 15)),
    ]
    # II. difficulties, as of 31/12/2023
    assert ids(d.findings) == ["gs-mau"]
    assert ids(d.overdue_petitions) == ["kn-b"]  # kn-c's own deadline is that very day: not yet late
    assert ids(d.not_introduced) == ["nq-20-2023-hdnd-mau"]
    assert [t.task.text for t in d.overdue_tasks] == []
    assert [t.task.text for t in d.stale_tasks] == ["Định hướng tuyên truyền"]
    assert [t.task.text for t in d.unreported_tasks] == ["Cung cấp thông tin kết quả kỳ họp", "Tổ chức hội nghị biểu dương điển hình"]
    # III. directions
    assert [t.task.text for t in d.open_tasks] == ["Cung cấp thông tin kết quả kỳ họp", "Định hướng tuyên truyền", "Tổ chức hội nghị biểu dương điển hình"]
    assert [r.text for r in d.recommendations] == ["Đơn giản hóa hồ sơ."]
    assert [(e.id, d.state(e).status.value) for e in d.pending_petitions] == [("kn-b", "da-chuyen"), ("kn-c", "dang-giai-quyet")]
    assert ids(d.upcoming_events) == ["ev-sap-toi"]


def test_review_draft_of_any_period(catalog: Catalog) -> None:
    plan = catalog.get("kh-mau")
    assert plan is not None
    period = make_period("thu", "Thử", ReviewType.HALF_YEAR, date(2024, 1, 1), date(2024, 1, 31), TODAY)
    d = review_draft(catalog, plan, period)
    assert (ids(d.resolutions), d.events, ids(d.petitions_received), ids(d.petitions_answered)) == ([], {}, [], [])
    assert [t.task.text for t in d.overdue_tasks] == ["Tổ chức hội nghị biểu dương điển hình"]
    assert ids(d.overdue_petitions) == ["kn-b", "kn-c"]
