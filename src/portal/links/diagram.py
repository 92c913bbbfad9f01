"""The "Lược đồ" of a document: its relations in both directions, grouped by type, with counts.

Like vbpl.vn's Lược đồ: what this document rests on or acts upon (căn cứ, hướng dẫn thi hành,
sửa đổi bổ sung, thay thế, bãi bỏ, đính chính, thực hiện, ngưng hiệu lực, and "dẫn chiếu" for
a document cited in the prose with no declared relation), and what other documents do to it. Every group is derived from the records (the relations a document
declares, the catalog's back-references and the resolved citations in prose); nothing here is
typed twice by an editor.

A group can be as long as the catalog (a law that every resolution cites as its basis), so a
document page shows at most ``GROUP_LIMIT`` items of a group, with its total count, and links to
the group's full listing, paginated in the same order (``portal.site.plan.plan_diagram_listings``).
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.catalog import Catalog
from portal.links.citations import CitationIndex, CitedNumber
from portal.links.resolve import Outcome
from portal.load.loader import Entry
from portal.model.records import DocumentBase
from portal.model.vocab import RELATION_INVERSE_LABEL, RelationType

BASIS = ("can-cu", "Căn cứ", "Được dùng làm căn cứ cho")
CITES = ("dan-chieu", "Dẫn chiếu", "Được dẫn chiếu trong")
OUTGOING = "outgoing"  # this document → others
INCOMING = "incoming"  # others → this document
GROUP_LIMIT = 20  # items of one group shown on a document page; the rest on the group's listing


@dataclass(frozen=True)
class DiagramItem:
    entry: Entry | None     # the related record, when the portal has it
    text: str | None = None  # what the document says, when the portal does not have it
    parts: str | None = None  # articles or clauses concerned ("khoản 2 Điều 3")


@dataclass(frozen=True)
class DiagramGroup:
    key: str      # stable: "can-cu", a RelationType value, "dan-chieu"
    label: str    # Vietnamese, for this direction
    items: tuple[DiagramItem, ...]  # all of them, in the diagram's order
    direction: str = OUTGOING  # OUTGOING or INCOMING: with ``key``, names the group's full listing

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def shown(self) -> tuple[DiagramItem, ...]:
        """The items a document page shows: the first ``GROUP_LIMIT``."""
        return self.items[:GROUP_LIMIT]

    @property
    def overflows(self) -> bool:
        """True when the page cannot show every item and links to the full listing instead."""
        return len(self.items) > GROUP_LIMIT


@dataclass(frozen=True)
class Diagram:
    outgoing: tuple[DiagramGroup, ...]   # this document → others
    incoming: tuple[DiagramGroup, ...]   # others → this document
    unknown: tuple[CitedNumber, ...]     # cited numbers the portal does not hold
    ambiguous: tuple[CitedNumber, ...]   # cited numbers held by several records

    @property
    def empty(self) -> bool:
        return not (self.outgoing or self.incoming or self.unknown or self.ambiguous)

    @property
    def groups(self) -> tuple[DiagramGroup, ...]:
        return self.outgoing + self.incoming

    @staticmethod
    def count(groups: tuple[DiagramGroup, ...]) -> int:
        return sum(len(g.items) for g in groups)


def _group(key: str, label: str, items: list[DiagramItem], direction: str) -> list[DiagramGroup]:
    return [DiagramGroup(key, label, tuple(items), direction)] if items else []


def _listed(groups: list[DiagramGroup]) -> set[str]:
    return {item.entry.id for g in groups for item in g.items if item.entry is not None}


def may_overflow(entry: Entry, catalog: Catalog, citations: CitationIndex) -> bool:
    """False when no group of the entry's diagram can hold more than ``GROUP_LIMIT`` items:
    each group draws on one of these lists, so none is longer than the longest of them."""
    rec = entry.record
    assert isinstance(rec, DocumentBase)
    sources = (rec.basis, rec.relations, catalog.cited_by.get(rec.id, ()), catalog.incoming.get(rec.id, ()),
               citations.by_record.get(rec.id, ()), citations.cited_in.get(rec.id, ()))
    return max(len(s) for s in sources) > GROUP_LIMIT


def document_diagram(entry: Entry, catalog: Catalog, citations: CitationIndex) -> Diagram:
    """Both directions of every relation of ``entry`` (a document-like record)."""
    rec = entry.record
    assert isinstance(rec, DocumentBase)
    out: list[DiagramGroup] = []
    basis = [DiagramItem(catalog.get(ref)) if isinstance(ref, str) else DiagramItem(None, ref.text) for ref in rec.basis]
    out += _group(BASIS[0], BASIS[1], basis, OUTGOING)
    incoming_rel = catalog.incoming.get(rec.id, [])
    inc: list[DiagramGroup] = _group(BASIS[0], BASIS[2], [DiagramItem(e) for e in catalog.cited_by.get(rec.id, [])], INCOMING)
    if rec.relations or incoming_rel:  # most documents have neither: no type to go through
        for rtype in RelationType:
            out += _group(rtype.value, rtype.label, [DiagramItem(catalog.get(r.target), parts=r.parts) for r in rec.relations if r.type == rtype], OUTGOING)
            inc += _group(rtype.value, RELATION_INVERSE_LABEL[rtype], [DiagramItem(i.source, parts=i.relation.parts) for i in incoming_rel if i.relation.type == rtype], INCOMING)
    # a citation in prose is listed only when no declared relation already links the two
    listed_out = _listed(out)  # once, not per citation: a group can hold the whole catalog
    out += _group(CITES[0], CITES[1], [DiagramItem(e) for e in citations.cites(rec.id) if e.id not in listed_out], OUTGOING)
    citing_docs = [e for e in citations.cited_in.get(rec.id, ()) if isinstance(e.record, DocumentBase)]  # kits, events… have their own sections
    listed_in = _listed(inc)
    inc += _group(CITES[0], CITES[2], [DiagramItem(e) for e in citing_docs if e.id not in listed_in], INCOMING)
    return Diagram(tuple(out), tuple(inc), tuple(citations.unresolved(rec.id, Outcome.UNKNOWN)), tuple(citations.unresolved(rec.id, Outcome.AMBIGUOUS)))
