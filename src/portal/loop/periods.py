"""The periods a coordination plan is reviewed for (sơ kết 6 tháng, cuối năm, tổng kết).

The seed report: "Định kỳ 06 tháng, cuối năm sơ kết công tác phối hợp… Đến cuối năm 2025 tổ
chức Hội nghị tổng kết giai đoạn". For each year of the plan's period there is a review of
each half-year and of the whole year, plus one of the whole period; only periods that have
begun by the build date exist, and one still running is counted up to the build date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from portal.model.records import Plan
from portal.model.types import PartialDate
from portal.model.vocab import ReviewType
from portal.text import format_year_range


@dataclass(frozen=True)
class ReviewPeriod:
    slug: str  # the last part of the page address: "6-thang-dau-nam-2026"
    label: str  # "Sơ kết 6 tháng đầu năm 2026"
    type: ReviewType
    start: date
    end: date
    until: date  # the last day counted: the end, or the build date while the period runs

    @property
    def complete(self) -> bool:
        return self.until >= self.end


def last_day(value: PartialDate) -> date:
    """The last day a partial date can mean: 2026 → 31/12/2026, 2026-02 → 28/2/2026."""
    if value.day:
        return value.earliest()
    month = value.month or 12
    return date(value.year, month, calendar.monthrange(value.year, month)[1])


def make_period(slug: str, label: str, type_: ReviewType, start: date, end: date, today: date) -> ReviewPeriod:
    """Any period: its counts stop at ``today`` when it has not ended yet."""
    return ReviewPeriod(slug, label, type_, start, end, min(end, today))


def plan_periods(plan: Plan, today: date) -> list[ReviewPeriod]:
    """The review periods of ``plan`` that have begun by ``today``, in order; none without a period."""
    if plan.period is None:
        return []
    first, last = plan.period.start.earliest(), last_day(plan.period.end)
    periods: list[ReviewPeriod] = []
    for year in range(first.year, last.year + 1):
        spans = (
            (f"6-thang-dau-nam-{year}", f"Sơ kết 6 tháng đầu năm {year}", ReviewType.HALF_YEAR, date(year, 1, 1), date(year, 6, 30)),
            (f"6-thang-cuoi-nam-{year}", f"Sơ kết 6 tháng cuối năm {year}", ReviewType.HALF_YEAR, date(year, 7, 1), date(year, 12, 31)),
            (f"nam-{year}", f"Sơ kết năm {year}", ReviewType.YEAR_END, date(year, 1, 1), date(year, 12, 31)),
        )
        for slug, label, type_, start, end in spans:
            start, end = max(start, first), min(end, last)
            if start <= end and start <= today:
                periods.append(make_period(slug, label, type_, start, end, today))
    if first <= today:
        span = format_year_range(first.year, last.year) if first.year != last.year else str(first.year)
        periods.append(make_period("toan-giai-doan", f"Tổng kết giai đoạn {span}", ReviewType.FINAL, first, last, today))
    return periods
