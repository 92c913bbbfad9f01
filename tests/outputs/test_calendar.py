"""iCalendar files, read back with the icalendar library."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

from tests.outputs.conftest import SITE_URL, publish

TODAY = date(2023, 8, 15)  # the mini project's dates are in 2016–2024; the calendars keep one year back


@pytest.fixture(scope="module")
def calendars() -> dict[str, icalendar.Calendar]:
    files = {k: v for k, v in publish(today=TODAY).items() if k.endswith(".ics")}
    return {k: icalendar.Calendar.from_ical(v) for k, v in files.items()}


def _events(cal: icalendar.Calendar) -> list[tuple[str, str, str, str, list[str]]]:
    return [(ev["dtstart"].dt.isoformat(), ev["dtend"].dt.isoformat(), str(ev["summary"]), str(ev["uid"]), [str(c) for c in ev["categories"].cats])
            for ev in cal.walk("VEVENT")]


def test_one_calendar_with_everything_and_one_per_category(calendars: dict[str, icalendar.Calendar]) -> None:
    assert sorted(calendars) == ["theo-doi/lich-hieu-luc.ics", "theo-doi/lich-ky-hop.ics", "theo-doi/lich.ics"]
    assert str(calendars["theo-doi/lich.ics"]["x-wr-calname"]) == "Tất cả các ngày — Cổng Chính sách"
    assert str(calendars["theo-doi/lich-ky-hop.ics"]["x-wr-calname"]) == "Kỳ họp — Cổng Chính sách"


def test_sessions_and_effective_dates_from_a_year_back(calendars: dict[str, icalendar.Calendar]) -> None:
    assert _events(calendars["theo-doi/lich.ics"]) == [
        ("2023-07-10", "2023-07-13", "Kỳ họp thứ 7, khóa X — HĐND tỉnh Mẫu (minh họa)", "ky-hop-thu-7-khoa-x/dien-ra@cong.example.vn", ["Kỳ họp"]),
        ("2023-08-01", "2023-08-02", "Có hiệu lực: Nghị quyết số 15/2023/NQ-HĐND: Quy định chính sách hỗ trợ đầu tư vào nông nghiệp (minh họa)",
         "nq-15-2023-hdnd-mau/co-hieu-luc@cong.example.vn", ["Ngày có hiệu lực và hết hiệu lực"]),
        ("2024-01-01", "2024-01-02", "Có hiệu lực: Nghị quyết số 20/2023/NQ-HĐND: Sửa đổi khoản 2 Điều 3 Nghị quyết 15/2023/NQ-HĐND (minh họa)",
         "nq-20-2023-hdnd-mau/co-hieu-luc@cong.example.vn", ["Ngày có hiệu lực và hết hiệu lực"]),
    ]
    first = next(iter(calendars["theo-doi/lich.ics"].walk("VEVENT")))
    assert str(first["url"]) == f"{SITE_URL}ky-hop/ky-hop-thu-7-khoa-x/"
    assert first["dtstamp"].dt.isoformat() == "2023-07-10T00:00:00+00:00"  # from the record, not the clock


def test_calendars_are_byte_identical_between_builds() -> None:
    first = {k: v for k, v in publish(today=TODAY).items() if k.endswith(".ics")}
    assert first == {k: v for k, v in publish(today=TODAY).items() if k.endswith(".ics")}
