"""Validity status (tình trạng hiệu lực) as of a given day, derived — never typed.

The status of a document follows from its own dates and from the relations other
records declare towards it (amend, replace, repeal, suspend). The same events make
the document's timeline, and evaluating the status at each of them gives its periods.

Territorial scope (reference §3.3; Law on Promulgation of Legal Documents 2025, Art. 54(2)):
when a province or commune is merged into a new one (the new body lists the former one in
``tien_than`` with event ``hop-nhat`` or ``sap-nhap``), the normative documents of the former
HĐND/UBND stay in force only within the former territory until the new unit replaces them.
The status then reads "Còn hiệu lực (trong phạm vi tỉnh X cũ)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.catalog import Catalog, IncomingRelation
from portal.load.loader import Entry
from portal.model.records import Body, DocumentBase
from portal.model.vocab import BodyCategory, BodyLevel, RELATION_PASSIVE, RelationType, SuccessionEvent, Validity
from portal.text import symbol_year

ENDING = {RelationType.REPLACES, RelationType.REPEALS}
MERGERS = {SuccessionEvent.MERGER, SuccessionEvent.ABSORPTION}
LOCAL_GOVERNMENT = {BodyCategory.COUNCIL, BodyCategory.PEOPLES_COMMITTEE}
SCOPED = {Validity.NOT_YET, Validity.IN_FORCE, Validity.PARTLY_ENDED, Validity.SUSPENDED}


@dataclass(frozen=True)
class Event:
    """One dated event in a document's life."""

    day: date
    label: str  # Vietnamese, for the timeline
    source_id: str | None = None  # the record that caused it
    relation: RelationType | None = None
    parts: str | None = None


@dataclass(frozen=True)
class ValidityReport:
    status: Validity
    as_of: date
    since: date | None
    events: tuple[Event, ...]
    upcoming: tuple[Event, ...]
    scope: str | None = None  # "trong phạm vi tỉnh X cũ" after a merger of the issuing unit

    @property
    def label(self) -> str:
        return _label(self.status, self.scope)


def _label(status: Validity, scope: str | None) -> str:
    return f"{status.label} ({scope})" if scope else status.label


@dataclass(frozen=True)
class TerritorialChange:
    """The day a normative document stopped covering the whole territory of its unit."""

    day: date
    territory: str     # "tỉnh Phú Lâm"
    event: SuccessionEvent
    successor_id: str  # the body of the new unit

    @property
    def scope(self) -> str:
        return f"trong phạm vi {self.territory} cũ"


@dataclass(frozen=True)
class StatusPeriod:
    """From ``start`` (until the next period) the document had this status."""

    start: date
    label: str
    status: Validity


def territorial_change(entry: Entry, catalog: Catalog) -> TerritorialChange | None:
    """The merger that narrowed ``entry``'s territory, if it is a local normative document.

    Normative documents carry their year in the number (reference §2.1 S5); local ones are
    issued by a provincial or commune HĐND/UBND. Only a merger after the document was issued
    counts, the first one if there were several.
    """
    rec = entry.record
    if not isinstance(rec, DocumentBase) or not rec.number or symbol_year(rec.number) is None or not rec.issuers:
        return None
    body = catalog.record(rec.issuers[0])
    if not isinstance(body, Body) or body.category not in LOCAL_GOVERNMENT or body.level == BodyLevel.CENTRAL:
        return None
    issued = rec.issued.earliest() if rec.issued else None
    merged = sorted((s.link.date.earliest(), s.successor.id, s.link.event) for s in catalog.successors.get(body.id, []) if s.link.event in MERGERS)
    for day, successor_id, event in merged:
        if issued is None or issued < day:
            return TerritorialChange(day, body.territory or f"địa bàn của {body.short_name or body.name}", event, successor_id)
    return None


def _relation_day(item: IncomingRelation) -> date | None:
    rel = item.relation
    if rel.effective:
        return rel.effective
    src = item.source.record
    assert isinstance(src, DocumentBase)
    return src.effective_from


def document_events(entry: Entry, catalog: Catalog) -> list[Event]:
    """All dated events of a document, oldest first (ties keep a stable order)."""
    return _events(entry, catalog, territorial_change(entry, catalog))


def _events(entry: Entry, catalog: Catalog, change: TerritorialChange | None) -> list[Event]:
    rec = entry.record
    assert isinstance(rec, DocumentBase)
    events: list[Event] = []
    if rec.issued and rec.issued.is_full:
        events.append(Event(rec.issued.earliest(), "Ban hành"))
    if rec.effective_from:
        events.append(Event(rec.effective_from, "Có hiệu lực"))
    if rec.expires:
        events.append(Event(rec.expires, "Hết hiệu lực theo thời hạn quy định trong văn bản"))
    for item in catalog.incoming.get(rec.id, []):
        day = _relation_day(item)
        if day is None:
            continue
        rel = item.relation
        verb = RELATION_PASSIVE[rel.type]
        scope = f" ({rel.parts})" if rel.parts else ""
        events.append(Event(day, f"{verb}{scope}", item.source.id, rel.type, rel.parts))
        if rel.type == RelationType.SUSPENDS and rel.until:
            events.append(Event(rel.until, "Hết thời gian ngưng hiệu lực", item.source.id, rel.type, rel.parts))
    if change:
        events.append(Event(change.day, f"{change.event.label} đơn vị hành chính: văn bản chỉ còn áp dụng {change.scope}, đến khi được thay thế", change.successor_id))
    order = {"Ban hành": 0, "Có hiệu lực": 1}
    events.sort(key=lambda e: (e.day, order.get(e.label, 2), e.source_id or ""))
    return events


def compute_validity(entry: Entry, catalog: Catalog, as_of: date) -> ValidityReport:
    """Status on ``as_of``; pure, so the same inputs always give the same answer."""
    change = territorial_change(entry, catalog)
    events = _events(entry, catalog, change)
    past = tuple(e for e in events if e.day <= as_of)
    upcoming = tuple(e for e in events if e.day > as_of)
    status, since = _status(entry, catalog, as_of)
    return ValidityReport(status, as_of, since, past, upcoming, _scope(change, status, as_of))


def _scope(change: TerritorialChange | None, status: Validity, as_of: date) -> str | None:
    return change.scope if change and change.day <= as_of and status in SCOPED else None


def _status(entry: Entry, catalog: Catalog, as_of: date) -> tuple[Validity, date | None]:
    rec = entry.record
    assert isinstance(rec, DocumentBase)
    start = rec.effective_from
    if start is None:
        return Validity.UNKNOWN, None
    if as_of < start:
        return Validity.NOT_YET, None
    if rec.expires and rec.expires <= as_of:
        return Validity.ENDED, rec.expires
    incoming = catalog.incoming.get(rec.id, [])
    dated = [(d, item) for item in incoming if (d := _relation_day(item)) is not None and d <= as_of]
    whole_end = [d for d, item in dated if item.relation.type in ENDING and not item.relation.parts]
    if whole_end:
        return Validity.ENDED, min(whole_end)
    suspended = [d for d, item in dated if item.relation.type == RelationType.SUSPENDS and not item.relation.parts and (item.relation.until is None or item.relation.until > as_of)]
    if suspended:
        return Validity.SUSPENDED, max(suspended)
    partial = [d for d, item in dated if item.relation.type in ENDING | {RelationType.AMENDS} or (item.relation.type == RelationType.SUSPENDS and item.relation.parts and (item.relation.until is None or item.relation.until > as_of))]
    if partial:
        return Validity.PARTLY_ENDED, min(partial)
    return Validity.IN_FORCE, start


def status_periods(entry: Entry, catalog: Catalog) -> list[StatusPeriod]:
    """The document's status over time: a new period at each event that changes it.

    Covers past and future events alike (point-in-time view), independent of the build date.
    """
    periods: list[StatusPeriod] = []
    change = territorial_change(entry, catalog)  # what compute_validity would find again at every day
    for day in sorted({e.day for e in _events(entry, catalog, change)}):
        status, _ = _status(entry, catalog, day)
        if status == Validity.NOT_YET:
            continue  # the time before it takes effect is not a period of its validity
        label = _label(status, _scope(change, status, day))
        if not periods or periods[-1].label != label:
            periods.append(StatusPeriod(day, label, status))
    return periods
