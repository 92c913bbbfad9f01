"""Everything a briefing kit shows, computed once and shared by its page, its Word handout and
the talk builder's copy, so the three formats can never say different things."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.briefing.basis import Claim, CitedBasis, as_of_line, cite
from portal.briefing.page import RecordPage
from portal.briefing.related import RelatedItem, related_records
from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.briefing import Basis, BriefingKit
from portal.model.records import Body, Resolution, Topic
from portal.model.vocab import RelationType, Validity
from portal.site.plan import record_title
from portal.text import format_money, format_vn_date
from portal.validity import ValidityReport

@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    basis: CitedBasis | None = None


@dataclass(frozen=True)
class QuestionView:
    question: str
    answer: str
    basis: CitedBasis | None


@dataclass(frozen=True)
class Correction:
    wrong: str
    right: str
    basis: CitedBasis


@dataclass(frozen=True)
class KitView(RecordPage):
    entry: Entry  # the kit record
    resolution: Entry
    subject: str  # "Nghị quyết số … ngày … của …"
    status: ValidityReport
    as_of: str  # "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026"
    status_note: str | None  # shown prominently when the resolution is not simply in force
    sample: bool
    messages: tuple[Claim, ...]
    figures: tuple[Figure, ...]
    questions: tuple[QuestionView, ...]
    misreadings: tuple[Correction, ...]
    related: tuple[RelatedItem, ...]
    sms: str
    loudspeaker: tuple[str, ...]  # paragraphs

    @property
    def title(self) -> str:
        return f"Tài liệu cho báo cáo viên: {record_title(self.resolution.record)}"

    @property
    def resolution_title(self) -> str:
        return self.resolution.record.title  # type: ignore[attr-defined,no-any-return]

    @property
    def sms_length(self) -> int:
        return len(self.sms)


def document_subject(catalog: Catalog, resolution: Resolution) -> str:
    """First-citation form (NĐ 30/2020, Phụ lục I): type, number, date and issuer."""
    issuer = catalog.record(resolution.issuers[0]) if resolution.issuers else None
    by = f" của {issuer.name}" if isinstance(issuer, Body) else ""
    return f"{record_title(resolution)} ngày {resolution.issued.display()}{by}"


def status_note(catalog: Catalog, report: ValidityReport, resolution: Resolution) -> str | None:
    """A warning for a speaker when the resolution is not (or not wholly, or not yet) in force."""
    since = format_vn_date(report.since, "numeric") if report.since else ""
    if report.status == Validity.ENDED:
        successors = [record_title(catalog.record(e.source_id)) for e in report.events if e.relation == RelationType.REPLACES and e.source_id]
        then = f" Chính sách hiện hành: {', '.join(successors)}." if successors else ""
        return f"Nghị quyết đã hết hiệu lực toàn bộ từ ngày {since}: không tuyên truyền nội dung dưới đây như chính sách đang áp dụng.{then}"
    if report.status == Validity.PARTLY_ENDED:
        return f"Một phần nghị quyết đã được sửa đổi hoặc hết hiệu lực từ ngày {since}: xem lưu ý dưới từng căn cứ."
    if report.status == Validity.SUSPENDED:
        return f"Nghị quyết đang bị ngưng hiệu lực từ ngày {since}."
    if report.status == Validity.NOT_YET and resolution.effective_from:
        return f"Nghị quyết chưa có hiệu lực; có hiệu lực từ ngày {format_vn_date(resolution.effective_from, 'numeric')}."
    return None


def key_figures(catalog: Catalog, statuses: dict[str, ValidityReport], kit: BriefingKit, resolution: Resolution) -> tuple[Figure, ...]:
    """Mức hỗ trợ, đối tượng, thời hạn from the resolution itself; kinh phí from the kit."""
    figures: list[Figure] = []
    audiences = [t.name for t in (catalog.record(a) for a in resolution.audiences) if isinstance(t, Topic)]
    if audiences:
        figures.append(Figure("Đối tượng", "; ".join(audiences)))
    if resolution.area:
        figures.append(Figure("Phạm vi áp dụng", resolution.area))
    figures.extend(Figure(s.what, s.amount) for s in resolution.support)
    if resolution.duration:
        figures.append(Figure("Thời hạn", resolution.duration))
    if kit.funding:
        amount = f"{format_money(kit.funding.amount)}. " if kit.funding.amount is not None else ""
        figures.append(Figure("Kinh phí", f"{amount}{kit.funding.text}", cite(catalog, statuses, kit.funding.basis, resolution.id)))
    return tuple(figures)


def paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated paragraphs, each on one line."""
    return tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def build_kit_view(catalog: Catalog, statuses: dict[str, ValidityReport], today: date, entry: Entry) -> KitView:
    kit = entry.record
    assert isinstance(kit, BriefingKit)
    resolution_entry = catalog.get(kit.resolution)
    assert resolution_entry is not None and isinstance(resolution_entry.record, Resolution)
    resolution = resolution_entry.record
    report = statuses[resolution.id]

    def basis(b: Basis | None) -> CitedBasis | None:
        return cite(catalog, statuses, b, resolution.id)

    return KitView(
        entry=entry,
        resolution=resolution_entry,
        subject=document_subject(catalog, resolution),
        status=report,
        as_of=as_of_line(today),
        status_note=status_note(catalog, report, resolution),
        sample=kit.sample or resolution.sample,
        messages=tuple(Claim(m.text, basis(m.basis)) for m in kit.messages),
        figures=key_figures(catalog, statuses, kit, resolution),
        questions=tuple(QuestionView(q.question, q.answer, basis(q.basis)) for q in kit.questions),
        misreadings=tuple(Correction(m.wrong, m.right, basis(m.basis)) for m in kit.misreadings),  # type: ignore[arg-type]
        related=tuple(related_records(catalog, resolution.id)),
        sms=kit.sms,
        loudspeaker=paragraphs(kit.loudspeaker),
    )


def kit_views(catalog: Catalog, statuses: dict[str, ValidityReport], today: date) -> dict[str, KitView]:
    """Every kit's view, keyed by the id of the resolution it explains."""
    views = (build_kit_view(catalog, statuses, today, e) for e in catalog.of_kind(BriefingKit.kind))
    return {v.resolution.id: v for v in views}
