"""What a thematic talk (báo cáo chuyên đề) shows: its outline with cited talking points, and
each resolution it gathers with its status and, when it has a kit, the kit's key messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.briefing.basis import Claim, as_of_line, cite
from portal.briefing.kit import KitView, document_subject
from portal.briefing.page import RecordPage
from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.briefing import ThematicTalk
from portal.model.records import Body, Resolution
from portal.text import format_vn_date
from portal.validity import ValidityReport


@dataclass(frozen=True)
class OutlinePart:
    title: str
    points: tuple[Claim, ...]


@dataclass(frozen=True)
class TalkResolution:
    entry: Entry
    subject: str  # "Nghị quyết số … ngày … của …"
    status: ValidityReport
    kit: KitView | None


@dataclass(frozen=True)
class TalkView(RecordPage):
    entry: Entry
    title: str
    as_of: str
    sample: bool
    facts: tuple[tuple[str, str], ...]  # (label, value): đơn vị đặt hàng, dịp, ngày, báo cáo viên
    purpose: str | None
    outline: tuple[OutlinePart, ...]
    resolutions: tuple[TalkResolution, ...]

    @property
    def kits(self) -> list[KitView]:
        """The kits of its resolutions, which a speaker can add to a talk of their own."""
        return [r.kit for r in self.resolutions if r.kit]


def build_talk_view(catalog: Catalog, statuses: dict[str, ValidityReport], today: date, entry: Entry, kits: dict[str, KitView]) -> TalkView:
    talk = entry.record
    assert isinstance(talk, ThematicTalk)
    facts: list[tuple[str, str]] = []
    body = catalog.record(talk.ordered_by) if talk.ordered_by else None
    if isinstance(body, Body):
        facts.append(("Cơ quan đặt hàng", body.name))
    if talk.occasion:
        facts.append(("Dịp báo cáo", talk.occasion))
    if talk.day:
        facts.append(("Ngày báo cáo", format_vn_date(talk.day, "numeric")))
    if talk.speaker:
        facts.append(("Báo cáo viên", talk.speaker))
    members = []
    for resolution_id in talk.resolutions:
        member = catalog.get(resolution_id)
        assert member is not None and isinstance(member.record, Resolution)
        members.append(TalkResolution(member, document_subject(catalog, member.record), statuses[resolution_id], kits.get(resolution_id)))
    outline = tuple(OutlinePart(s.title, tuple(Claim(p.text, cite(catalog, statuses, p.basis, None)) for p in s.points)) for s in talk.outline)
    return TalkView(
        entry=entry,
        title=talk.title,
        as_of=as_of_line(today),
        sample=talk.sample or any(m.entry.record.sample for m in members),
        facts=tuple(facts),
        purpose=talk.purpose,
        outline=outline,
        resolutions=tuple(members),
    )


def talk_views(catalog: Catalog, statuses: dict[str, ValidityReport], today: date, kits: dict[str, KitView]) -> list[TalkView]:
    return [build_talk_view(catalog, statuses, today, e, kits) for e in catalog.of_kind(ThematicTalk.kind)]
