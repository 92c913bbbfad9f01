"""Validity status (tình trạng hiệu lực) as of a given day, derived — never typed.

The status of a document follows from its own dates and from the relations other
records declare towards it (amend, replace, repeal, suspend). The same events make
the document's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.catalog import Catalog, IncomingRelation
from portal.load.loader import Entry
from portal.model.records import DocumentBase
from portal.model.vocab import RelationType, Validity

ENDING = {RelationType.REPLACES, RelationType.REPEALS}


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

    @property
    def label(self) -> str:
        return self.status.label


def _relation_day(item: IncomingRelation) -> date | None:
    rel = item.relation
    if rel.effective:
        return rel.effective
    src = item.source.record
    assert isinstance(src, DocumentBase)
    return src.effective_from


def document_events(entry: Entry, catalog: Catalog) -> list[Event]:
    """All dated events of a document, oldest first (ties keep a stable order)."""
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
        verb = {
            RelationType.AMENDS: "Được sửa đổi, bổ sung",
            RelationType.REPLACES: "Bị thay thế",
            RelationType.REPEALS: "Bị bãi bỏ",
            RelationType.SUSPENDS: "Bị ngưng hiệu lực",
            RelationType.CORRECTS: "Được đính chính",
            RelationType.GUIDES: "Được hướng dẫn thi hành",
            RelationType.IMPLEMENTS: "Được triển khai thực hiện",
        }[rel.type]
        scope = f" ({rel.parts})" if rel.parts else ""
        events.append(Event(day, f"{verb}{scope}", item.source.id, rel.type, rel.parts))
        if rel.type == RelationType.SUSPENDS and rel.until:
            events.append(Event(rel.until, "Hết thời gian ngưng hiệu lực", item.source.id, rel.type, rel.parts))
    order = {"Ban hành": 0, "Có hiệu lực": 1}
    events.sort(key=lambda e: (e.day, order.get(e.label, 2), e.source_id or ""))
    return events


def compute_validity(entry: Entry, catalog: Catalog, as_of: date) -> ValidityReport:
    """Status on ``as_of``; pure, so the same inputs always give the same answer."""
    rec = entry.record
    assert isinstance(rec, DocumentBase)
    events = document_events(entry, catalog)
    past = tuple(e for e in events if e.day <= as_of)
    upcoming = tuple(e for e in events if e.day > as_of)
    start = rec.effective_from
    if start is None:
        return ValidityReport(Validity.UNKNOWN, as_of, None, past, upcoming)
    if as_of < start:
        return ValidityReport(Validity.NOT_YET, as_of, None, past, upcoming)
    if rec.expires and rec.expires <= as_of:
        return ValidityReport(Validity.ENDED, as_of, rec.expires, past, upcoming)
    incoming = catalog.incoming.get(rec.id, [])
    dated = [(d, item) for item in incoming if (d := _relation_day(item)) is not None and d <= as_of]
    whole_end = [d for d, item in dated if item.relation.type in ENDING and not item.relation.parts]
    if whole_end:
        return ValidityReport(Validity.ENDED, as_of, min(whole_end), past, upcoming)
    suspended = [d for d, item in dated if item.relation.type == RelationType.SUSPENDS and not item.relation.parts and (item.relation.until is None or item.relation.until > as_of)]
    if suspended:
        return ValidityReport(Validity.SUSPENDED, as_of, max(suspended), past, upcoming)
    partial = [d for d, item in dated if item.relation.type in ENDING | {RelationType.AMENDS} or (item.relation.type == RelationType.SUSPENDS and item.relation.parts and (item.relation.until is None or item.relation.until > as_of))]
    if partial:
        return ValidityReport(Validity.PARTLY_ENDED, as_of, min(partial), past, upcoming)
    return ValidityReport(Validity.IN_FORCE, as_of, start, past, upcoming)
