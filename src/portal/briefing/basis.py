"""A claim's basis as readers see it: "khoản 1 Điều 3 Nghị quyết số 12/2023/NQ-HĐND", where to
read it, and whether that part has been amended, replaced or repealed since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.briefing.clauses import PartRef, articles_in_body, find_parts, parse_part
from portal.catalog import Catalog
from portal.model.briefing import Basis
from portal.model.records import DocumentBase
from portal.model.vocab import RELATION_INVERSE_LABEL, RelationType
from portal.site import urls
from portal.site.plan import record_title
from portal.text import format_vn_date
from portal.validity import ValidityReport

SAMPLE_NOTICE = "Đây là dữ liệu minh họa để giới thiệu cách cổng hoạt động, không phải văn bản thật. Không dùng nội dung này để tuyên truyền, phổ biến chính sách."

# relations that change what a cited part says
CHANGING = (RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.SUSPENDS)


@dataclass(frozen=True)
class CitedBasis:
    label: str  # "khoản 1 Điều 3 Nghị quyết số 12/2023/NQ-HĐND"
    document_uri: str  # the cited document's page
    anchor: str | None  # the cited article's heading on that page, when its text is held
    changes: tuple[str, ...] = ()  # "khoản 2 Điều 3 được sửa đổi, bổ sung bởi … từ ngày 22/7/2024."


@dataclass(frozen=True)
class Claim:
    """One statement a speaker makes, with what it rests on (if anything)."""

    text: str
    basis: CitedBasis | None = None


def cite(catalog: Catalog, statuses: dict[str, ValidityReport], basis: Basis | None, default_document: str | None) -> CitedBasis | None:
    """What ``basis`` points at; the kit's resolution when no other document is named."""
    if basis is None:
        return None
    entry = catalog.get(basis.document or default_document or "")
    if entry is None or not isinstance(entry.record, DocumentBase):  # pragma: no cover - validation guarantees it
        return None
    doc = entry.record
    part = parse_part(basis.part) if basis.part else None
    label = f"{basis.part} {record_title(doc)}" if basis.part else record_title(doc)
    article = articles_in_body(entry.body).get(part.article) if part and part.article is not None else None
    report = statuses.get(doc.id)
    changes = part_changes(catalog, report, part) if report else ()
    return CitedBasis(label, urls.record_uri(doc), article.anchor if article else None, changes)


def part_changes(catalog: Catalog, report: ValidityReport, part: PartRef | None) -> tuple[str, ...]:
    """Notes on relations that touch the cited part (or the whole document), past and upcoming."""
    notes = []
    for event, upcoming in [(e, False) for e in report.events] + [(e, True) for e in report.upcoming]:
        if event.relation not in CHANGING or event.source_id is None:
            continue
        if event.parts and part is not None and not any(part.touches(p) for p in find_parts(event.parts)):
            continue  # the relation changes another part of the document
        source = catalog.record(event.source_id)
        scope = event.parts if event.parts else "văn bản"
        when = "sẽ " if upcoming else ""
        verb = RELATION_INVERSE_LABEL[event.relation]
        notes.append(f"{scope[:1].upper()}{scope[1:]} {when}{verb[:1].lower()}{verb[1:]} {record_title(source)} từ ngày {format_vn_date(event.day, 'numeric')}.")
    return tuple(notes)


def as_of_line(today: date) -> str:
    """The stamp every kit carries: "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026"."""
    return f"Nội dung có giá trị đến {format_vn_date(today, 'long')}"
