"""iCalendar (.ics) files of the dates readers plan around (asset producer).

Three kinds of dates, found generically so that record kinds added later are covered:

* spans — any record with a first day (``start``) and maybe a last (``last_day``/``end``):
  council sessions, events (voter meetings, briefers' conferences…);
* effective dates — the day a document takes effect, and the day it expires by its own terms;
* deadlines — any date field whose Vietnamese key starts with ``han_`` (``han_gop_y`` of a
  draft open for comment, ``han_tra_loi`` of a petition), named by the field's label.

Files (written by :mod:`portal.outputs.follow`): ``theo-doi/lich.ics`` with everything, and
``theo-doi/lich-<category>.ics`` for each category. Dates from one year before the build date onwards; every stamp comes from the
records, so the same data on the same build date gives the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.records import Body, DocumentBase
from portal.model.registry import KIND_BY_NAME
from portal.outputs.records import display_title, published_on
from portal.site import urls

if TYPE_CHECKING:
    from portal.site.assets import SiteContext

PAST_DAYS = 366
EFFECTIVE = ("hieu-luc", "Ngày có hiệu lực và hết hiệu lực")
DEADLINES = ("han", "Hạn góp ý và hạn trả lời")


@dataclass(frozen=True)
class CalendarItem:
    uid: str             # stable within the site: "<record id>/<what>"
    category: str        # file name of its calendar: "ky-hop", "hieu-luc", "han"…
    category_label: str  # Vietnamese
    first: date
    last: date           # inclusive
    summary: str
    entry: Entry


def _day(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _body_name(entry: Entry, catalog: Catalog) -> str | None:
    body = catalog.record(getattr(entry.record, "body", "") or "")
    return (body.short_name or body.name) if isinstance(body, Body) else None


def record_items(entry: Entry, catalog: Catalog) -> list[CalendarItem]:
    """The calendar dates of one record, of any kind."""
    rec = entry.record
    title = display_title(rec)
    items: list[CalendarItem] = []
    first = _day(getattr(rec, "start", None))
    if first is not None:
        last = _day(getattr(rec, "last_day", None)) or _day(getattr(rec, "end", None)) or first
        kind = KIND_BY_NAME[rec.kind]
        items.append(CalendarItem(f"{rec.id}/dien-ra", urls.kind_slug(rec.kind), kind.label, first, max(first, last), display_title(rec, _body_name(entry, catalog)), entry))
    if isinstance(rec, DocumentBase):
        if rec.effective_from:
            items.append(CalendarItem(f"{rec.id}/co-hieu-luc", *EFFECTIVE, rec.effective_from, rec.effective_from, f"Có hiệu lực: {title}", entry))
        if rec.expires:
            items.append(CalendarItem(f"{rec.id}/het-hieu-luc", *EFFECTIVE, rec.expires, rec.expires, f"Hết hiệu lực: {title}", entry))
    for name, alias, field_title in _deadline_fields(type(rec)):
        day = _day(getattr(rec, name))
        if day is not None:
            items.append(CalendarItem(f"{rec.id}/{alias}", *DEADLINES, day, day, f"{field_title}: {title}", entry))
    return items


@lru_cache(maxsize=None)  # a few record kinds; every build asks for each of thousands of records
def _deadline_fields(kind: type) -> tuple[tuple[str, str, str], ...]:
    """``(attribute, alias, title)`` of a kind's deadline fields (their keys start with ``han_``)."""
    return tuple((name, field.alias, field.title) for name, field in kind.model_fields.items() if (field.alias or "").startswith("han_"))


def calendar_items(catalog: Catalog, today: date) -> list[CalendarItem]:
    """Every dated item from a year before ``today`` on, in date order."""
    since = today - timedelta(days=PAST_DAYS)
    items = [i for e in catalog.by_id.values() for i in record_items(e, catalog) if i.last >= since]
    return sorted(items, key=lambda i: (i.first, i.uid))


def render_calendar(items: list[CalendarItem], name: str, context: SiteContext) -> bytes:
    site = context.settings.site_url
    host = urlsplit(site).hostname or "cong-chinh-sach"
    cal = Calendar()
    cal.add("prodid", f"-//{context.settings.site_name}//Lịch//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{name} — {context.settings.site_name}")
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for item in items:
        rec = item.entry.record
        stamp = rec.updated or published_on(rec) or item.first
        url = urls.page_absolute_url(site, urls.record_uri(rec))
        event = Event()
        event.add("uid", f"{item.uid}@{host}")
        event.add("dtstamp", datetime.combine(stamp, time(0, 0), timezone.utc))
        event.add("dtstart", item.first)
        event.add("dtend", item.last + timedelta(days=1))  # all-day events end the day after
        event.add("summary", item.summary)
        event.add("description", f"{item.summary}\n{'Dữ liệu minh họa, không phải văn bản thật. ' if rec.sample else ''}Xem chi tiết: {url}")
        event.add("url", url)
        event.add("categories", [item.category_label])
        place = getattr(rec, "place", None)
        if isinstance(place, str):
            event.add("location", place)
        event.add("transp", "TRANSPARENT")  # a date to remember, not a busy block
        cal.add_component(event)
    return cal.to_ical()


def calendar_groups(catalog: Catalog, today: date) -> list[tuple[str | None, str, list[CalendarItem]]]:
    """``(category or None for all, Vietnamese name, items)`` for every calendar file."""
    items = calendar_items(catalog, today)
    by_category: dict[tuple[str, str], list[CalendarItem]] = defaultdict(list)
    for item in items:
        by_category[(item.category, item.category_label)].append(item)
    return [(None, "Tất cả các ngày", items)] + [(key, label, group) for (key, label), group in sorted(by_category.items())]
