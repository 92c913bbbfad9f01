"""What feeds and calendars need to know about any record, of any kind.

Dates come from the records, never from the clock, so that two builds of the same data on
the same build date give the same bytes:

* the day a record was *published* — a document's issue date, a fact-check's publication
  day, a session's or event's first day (:func:`published_on`);
* the day it last *changed* — the latest of that day, the editor's ``ngay_cap_nhat`` and
  the dated events of its validity up to the build date (it took effect, was amended,
  replaced, repealed, suspended, its province was merged…) (:func:`changed_on`).

Why ``ngay_cap_nhat`` and not git history: the data carries the fact, it survives a shallow
clone and a copy of the folder, it is reviewed in the pull request like any other field,
and fixing a typo does not push a resolution back to the top of every reader's feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from portal.load.loader import Entry
from portal.model.records import DocumentBase, Record
from portal.site.plan import record_title
from portal.validity import ValidityReport

VIETNAM = timezone(timedelta(hours=7), "ICT")  # UTC+7 all year, no daylight saving


def at_start(day: date) -> datetime:
    """Midnight of ``day`` in Vietnam: feeds and calendars need a time, records give a day."""
    return datetime.combine(day, time(0, 0), VIETNAM)


def published_on(record: Record) -> date | None:
    """The day a record appeared, whatever its kind; None for kinds without one (topics, bodies)."""
    if isinstance(record, DocumentBase):
        return record.issued.earliest() if record.issued else None
    for name in ("published", "day", "start"):
        try:
            value = getattr(record, name, None)
        except NotImplementedError:  # a kind that declares ``day`` without giving one
            value = None
        if isinstance(value, date):
            return value
    return None


@dataclass(frozen=True)
class Change:
    day: date
    reason: str | None  # what happened that day, when it is more than the record appearing


def changed_on(entry: Entry, report: ValidityReport | None) -> Change | None:
    """The last change of ``entry`` up to the build date (``report.as_of`` for documents)."""
    rec = entry.record
    first = published_on(rec)
    candidates: list[tuple[date, int, str | None]] = []
    if first:
        candidates.append((first, 0, None))
    if rec.updated:
        candidates.append((rec.updated, 1, "Cập nhật thông tin"))
    for event in report.events if report else ():
        if event.label != "Ban hành":
            candidates.append((event.day, 2, event.label))
    if not candidates:
        return None
    day, _, reason = max(candidates, key=lambda c: (c[0], c[1]))
    return Change(day, reason)


def display_title(record: Record, where: str | None = None) -> str:
    """A title that stands alone in a feed reader or a calendar: number, then what it is about
    (then ``where``, e.g. the council of a session), marked when the record is illustrative."""
    short = record_title(record)
    title = getattr(record, "title", None)
    text = f"{short}: {title}" if isinstance(title, str) and title != short and title not in short else short
    if where:
        text += f" — {where}"
    if record.sample and "minh họa" not in text:
        text += " (minh họa)"
    return text
