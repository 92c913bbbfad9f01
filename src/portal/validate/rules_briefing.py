"""Cross-record rules for briefing kits and thematic talks.

Every claim a speaker repeats must rest on something a listener can look up: the cited
document must be held by the portal, and when its text is held too, the cited article
and clause must exist in it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from portal.briefing.clauses import articles_in_body, missing_part, parse_part
from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.briefing import Basis, BriefingKit, ThematicTalk
from portal.model.records import Body, DocumentBase, Resolution
from portal.model.registry import DOCUMENT_KINDS
from portal.validate.issues import Issue
from portal.validate.rules import Locate, _expect, _issue


def _claims(kit: BriefingKit) -> Iterator[tuple[tuple, Basis]]:
    """Every basis in a kit, with the key path of its ``can_cu``."""
    for i, message in enumerate(kit.messages):
        yield ("thong_diep", i, "can_cu"), message.basis
    for i, question in enumerate(kit.questions):
        if question.basis:
            yield ("hoi_dap", i, "can_cu"), question.basis
    for i, item in enumerate(kit.misreadings):
        yield ("hieu_sai", i, "can_cu"), item.basis
    if kit.funding and kit.funding.basis:
        yield ("kinh_phi", "can_cu"), kit.funding.basis


def check_basis(catalog: Catalog, locate: Locate, entry: Entry, path: tuple, basis: Basis, default_document: str | None) -> Iterator[Issue]:
    """The cited document exists, and so does the cited part when the document's text is held."""
    if basis.document:
        problems = list(_expect(catalog, locate, entry, path + ("van_ban",), basis.document, DOCUMENT_KINDS, "văn bản căn cứ"))
        yield from problems
        if problems:
            return
    target = catalog.get(basis.document or default_document or "")
    if basis.part is None or target is None or not isinstance(target.record, DocumentBase):
        return
    part = parse_part(basis.part)
    why = missing_part(part, articles_in_body(target.body)) if part else None
    if why:
        name = target.record.number or target.record.title
        yield _issue(locate, entry, path + ("dieu_khoan",), f"căn cứ '{basis.part}' không có trong văn bản {name}: {why}; sửa lại điều, khoản cho đúng văn bản.")


def check_kits(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    kits_of: dict[str, list[Entry]] = defaultdict(list)
    for entry in catalog.of_kind(BriefingKit.kind):
        kits_of[entry.record.resolution].append(entry)  # type: ignore[attr-defined]
    for entry in catalog.of_kind(BriefingKit.kind):
        kit = entry.record
        assert isinstance(kit, BriefingKit)
        problems = list(_expect(catalog, locate, entry, ("nghi_quyet",), kit.resolution, (Resolution,), "nghị quyết của tài liệu"))
        yield from problems
        others = [e.path for e in kits_of[kit.resolution] if e is not entry]
        if others:
            yield _issue(locate, entry, ("nghi_quyet",), f"nghị quyết '{kit.resolution}' còn có tài liệu cho báo cáo viên ở {', '.join(others)}; mỗi nghị quyết chỉ có một tài liệu: gộp nội dung vào một tệp và xóa tệp còn lại.")
        default = None if problems else kit.resolution
        for path, basis in _claims(kit):
            yield from check_basis(catalog, locate, entry, path, basis, default)


def check_talks(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind(ThematicTalk.kind):
        talk = entry.record
        assert isinstance(talk, ThematicTalk)
        seen: set[str] = set()
        for i, resolution_id in enumerate(talk.resolutions):
            if resolution_id in seen:
                yield _issue(locate, entry, ("nghi_quyet", i), f"nghị quyết '{resolution_id}' được ghi hai lần; xóa một dòng.")
            seen.add(resolution_id)
            yield from _expect(catalog, locate, entry, ("nghi_quyet", i), resolution_id, (Resolution,), "nghị quyết của chuyên đề")
        if talk.ordered_by:
            yield from _expect(catalog, locate, entry, ("co_quan_dat_hang",), talk.ordered_by, (Body,), "cơ quan đặt hàng")
        for s, section in enumerate(talk.outline):
            for p, point in enumerate(section.points):
                if point.basis:
                    yield from check_basis(catalog, locate, entry, ("dan_y", s, "y_chinh", p, "can_cu"), point.basis, None)


BRIEFING_RULES = (check_kits, check_talks)
