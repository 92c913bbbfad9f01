"""Cross-record rules: each one a generator of issues over the whole catalog.

Positions come from a ``Locate`` callable (re-reading the file only when a rule fires),
so the catalog does not have to keep every record's positions in memory.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.load.source_file import read_source_file
from portal.load.yaml_source import Position
from portal.model.records import Body, Document, DocumentBase, Plan, Record, Resolution, Session, Topic
from portal.model.vocab import BodyCategory, TopicGroup
from portal.text import format_vn_date, is_well_formed_symbol, normalize_symbol, symbol_family, symbol_key, symbol_year
from portal.validate.issues import Issue

Locate = Callable[[Entry, tuple], Position]

PARTY_CATEGORIES = {BodyCategory.PARTY_COMMITTEE, BodyCategory.PARTY_COMMISSION}


class FileLocator:
    """Finds the line/column of a key path by re-reading the record's file (cached)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, object] = {}

    def __call__(self, entry: Entry, path: tuple) -> Position:
        if entry.path not in self._cache:
            file = self.root / entry.path
            folder = Path(entry.path).parts[1] if len(Path(entry.path).parts) > 2 else ""
            source, _ = read_source_file(file, root=self.root, folder=folder) if file.exists() else (None, [])
            self._cache[entry.path] = source.parsed if source else None
        parsed = self._cache[entry.path]
        if parsed is None:
            return Position(1, 1)
        return parsed.where(path)  # type: ignore[attr-defined]


def _issue(locate: Locate, entry: Entry, path: tuple, message: str, severity: str = "error") -> Issue:
    pos = locate(entry, path)
    return Issue(entry.path, pos.line, pos.col, message, severity)  # type: ignore[arg-type]


def check_unique_ids(entries: list[Entry], locate: Locate) -> Iterator[Issue]:
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in first:
            yield _issue(locate, entry, ("id",), f"mã định danh '{entry.id}' đã được dùng ở {first[entry.id].path}; mỗi bản ghi phải có mã riêng (đổi mã và tên tệp).")
        else:
            first[entry.id] = entry


def _expect(catalog: Catalog, locate: Locate, entry: Entry, path: tuple, target: str, kinds: tuple[type[Record], ...], what: str) -> Iterator[Issue]:
    found = catalog.record(target)
    if found is None and target in catalog.broken_ids:
        return  # that record's own errors are already listed
    if found is None:
        # a base class such as Record has no folder of its own: any folder of data/ will do
        folders = " hoặc ".join(f"data/{k.folder}/" for k in kinds if hasattr(k, "folder")) or "data/"
        yield _issue(locate, entry, path, f"{what}: không tìm thấy bản ghi có mã '{target}' trong {folders}; kiểm tra chính tả hoặc tạo bản ghi đó trước.")
    elif not isinstance(found, kinds):
        labels = ", ".join(k.label.lower() for k in kinds if hasattr(k, "label")) or "loại bản ghi phù hợp"
        yield _issue(locate, entry, path, f"{what}: '{target}' là {found.label.lower()}, không phải {labels}.")


def check_references(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    docs = (Resolution, Document, Plan)
    for entry in catalog.by_id.values():
        rec = entry.record
        if isinstance(rec, Body):
            if rec.parent:
                yield from _expect(catalog, locate, entry, ("truc_thuoc",), rec.parent, (Body,), "trực thuộc (truc_thuoc)")
            for i, link in enumerate(rec.predecessors):
                if link.body == rec.id:
                    yield _issue(locate, entry, ("tien_than", i, "co_quan"), "cơ quan không thể là tiền thân của chính nó.")
                else:
                    yield from _expect(catalog, locate, entry, ("tien_than", i, "co_quan"), link.body, (Body,), "cơ quan tiền thân")
                if link.basis:
                    yield from _expect(catalog, locate, entry, ("tien_than", i, "can_cu"), link.basis, docs, "văn bản căn cứ")
        if isinstance(rec, Session):
            yield from _expect(catalog, locate, entry, ("co_quan",), rec.body, (Body,), "HĐND tổ chức kỳ họp (co_quan)")
        if isinstance(rec, DocumentBase):
            for i, issuer in enumerate(rec.issuers):
                yield from _expect(catalog, locate, entry, ("co_quan_ban_hanh", i) if len(rec.issuers) > 1 else ("co_quan_ban_hanh",), issuer, (Body,), "cơ quan ban hành")
            for i, ref in enumerate(rec.basis):
                if isinstance(ref, str):
                    if ref == rec.id:
                        yield _issue(locate, entry, ("can_cu", i), "văn bản không thể là căn cứ của chính nó.")
                    else:
                        yield from _expect(catalog, locate, entry, ("can_cu", i), ref, docs, "căn cứ")
            for i, rel in enumerate(rec.relations):
                if rel.target == rec.id:
                    yield _issue(locate, entry, ("quan_he", i, "van_ban"), "văn bản không thể có quan hệ với chính nó.")
                else:
                    yield from _expect(catalog, locate, entry, ("quan_he", i, "van_ban"), rel.target, docs, "văn bản đích của quan hệ")
            for i, topic in enumerate(rec.fields):
                yield from _topic(catalog, locate, entry, ("linh_vuc", i), topic, TopicGroup.FIELD)
        if isinstance(rec, Resolution):
            yield from _expect(catalog, locate, entry, ("ky_hop",), rec.session, (Session,), "kỳ họp thông qua (ky_hop)")
            for i, topic in enumerate(rec.audiences):
                yield from _topic(catalog, locate, entry, ("doi_tuong", i), topic, TopicGroup.AUDIENCE)
        if isinstance(rec, Plan):
            for i, item in enumerate(rec.tasks):
                yield from _expect(catalog, locate, entry, ("phan_cong", i, "ben"), item.party, (Body,), "bên thực hiện")


def _topic(catalog: Catalog, locate: Locate, entry: Entry, path: tuple, topic_id: str, group: TopicGroup) -> Iterator[Issue]:
    found = catalog.record(topic_id)
    if found is None and topic_id in catalog.broken_ids:
        return
    if isinstance(found, Topic) and found.group != group:
        yield _issue(locate, entry, path, f"'{topic_id}' thuộc nhóm '{found.group.label}', không phải '{group.label}'.")
        return
    if isinstance(found, Topic):
        return
    available = ", ".join(e.id for e in catalog.topics(group))  # only when telling the editor which ones exist
    if found is None:
        yield _issue(locate, entry, path, f"{group.label.lower()} '{topic_id}' chưa có trong data/topics/; các mã đang có: {available}.")
    else:
        yield _issue(locate, entry, path, f"'{topic_id}' là {found.label.lower()}, không phải {group.label.lower()}; các mã đang có: {available}.")


def check_sessions(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.sessions:
        rec = entry.record
        assert isinstance(rec, Session)
        body = catalog.record(rec.body)
        if not isinstance(body, Body):
            continue
        if body.category != BodyCategory.COUNCIL:
            yield _issue(locate, entry, ("co_quan",), f"kỳ họp phải thuộc một Hội đồng nhân dân, nhưng '{rec.body}' là {body.category.label}.")
        term = body.term(rec.term)
        if term is None:
            known = ", ".join(t.number for t in body.terms) or "chưa khai báo khóa nào"
            yield _issue(locate, entry, ("khoa",), f"khóa {rec.term} không có trong danh sách khóa của {body.name} (cac_khoa: {known}); thêm khóa vào tệp cơ quan hoặc sửa lại.")
        elif not (term.start_year <= rec.start.year <= term.end_year):
            yield _issue(locate, entry, ("tu_ngay",), f"kỳ họp ngày {format_vn_date(rec.start, 'numeric')} nằm ngoài nhiệm kỳ khóa {term.number} ({term.start_year}–{term.end_year}).")


def check_resolutions(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.resolutions:
        rec = entry.record
        assert isinstance(rec, Resolution)
        session = catalog.record(rec.session)
        if len(rec.issuers) != 1:
            yield _issue(locate, entry, ("co_quan_ban_hanh",), "nghị quyết HĐND chỉ có một cơ quan ban hành (HĐND đã thông qua).")
        issuer = catalog.record(rec.issuers[0]) if rec.issuers else None
        if isinstance(issuer, Body) and issuer.category != BodyCategory.COUNCIL:
            yield _issue(locate, entry, ("co_quan_ban_hanh",), f"nghị quyết phải do Hội đồng nhân dân ban hành, nhưng '{issuer.id}' là {issuer.category.label}.")
        if not isinstance(session, Session):
            continue
        if rec.issuers and session.body != rec.issuers[0]:
            yield _issue(locate, entry, ("ky_hop",), f"kỳ họp '{session.id}' là của '{session.body}', không phải của cơ quan ban hành '{rec.issuers[0]}'; chọn kỳ họp của đúng HĐND.")
        day = rec.issued.earliest()
        if not (session.start <= day <= session.end):
            span = f"{format_vn_date(session.start, 'numeric')} – {format_vn_date(session.end, 'numeric')}"
            yield _issue(locate, entry, ("ngay_ban_hanh",), f"ngày ban hành {format_vn_date(day, 'numeric')} nằm ngoài thời gian kỳ họp '{session.title}' ({span}); nghị quyết phải được thông qua trong kỳ họp.")


def check_numbers(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    """Document numbers are well formed for their family, and identities are unique."""
    seen: dict[tuple, Entry] = {}
    for entry in catalog.documents():
        rec = entry.record
        assert isinstance(rec, DocumentBase)
        if not rec.number:
            continue
        if not is_well_formed_symbol(rec.number):
            fixed = normalize_symbol(rec.number)
            hint = f" Có phải là '{fixed}'?" if fixed != rec.number and is_well_formed_symbol(fixed) else ""
            yield _issue(locate, entry, ("so_ky_hieu",), f"số ký hiệu '{rec.number}' không đúng mẫu: văn bản nhà nước ghi như 15/2023/NQ-HĐND hoặc 42/KH-UBND; văn bản của Đảng ghi như 238-QĐ/TW; không có dấu cách, dùng dấu '-' thường.{hint}")
            continue
        family = symbol_family(rec.number)
        issuer = catalog.record(rec.issuers[0]) if rec.issuers else None
        if isinstance(issuer, Body):
            expected = "party" if issuer.category in PARTY_CATEGORIES else "state"
            if family != expected:
                shape = "238-QĐ/TW (số-loại/cơ quan)" if expected == "party" else "15/2023/NQ-HĐND (số/năm/loại-cơ quan)"
                who = "của Đảng" if expected == "party" else "nhà nước"
                yield _issue(locate, entry, ("so_ky_hieu",), f"'{rec.number}' không theo mẫu số văn bản {who} của {issuer.name}; mẫu đúng: {shape}.")
        if isinstance(rec, Resolution):
            year = symbol_year(rec.number)
            if year is not None and year != rec.issued.year:
                yield _issue(locate, entry, ("so_ky_hieu",), f"năm trong số ký hiệu ({year}) khác năm ban hành ({rec.issued.year}).")
            if "NQ" not in rec.number.upper():
                yield _issue(locate, entry, ("so_ky_hieu",), f"số ký hiệu nghị quyết phải có 'NQ', ví dụ 15/2023/NQ-HĐND; đang ghi '{rec.number}'.")
        # identity: state numbers restart each year, Party numbers each term (use the issue date)
        when = (rec.issued.year if family == "state" else rec.issued.iso()) if rec.issued else None
        key = (tuple(rec.issuers[:1]), symbol_key(rec.number), when)
        if key in seen:
            yield _issue(locate, entry, ("so_ky_hieu",), f"số ký hiệu '{rec.number}' của cùng cơ quan, cùng thời điểm đã có ở {seen[key].path}; có thể văn bản bị nhập hai lần.")
        else:
            seen[key] = entry


def check_relations(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.documents():
        rec = entry.record
        assert isinstance(rec, DocumentBase)
        for i, rel in enumerate(rec.relations):
            target = catalog.record(rel.target)
            if isinstance(target, DocumentBase) and rec.issued and target.issued and rec.issued.is_full and target.issued.is_full and rec.issued < target.issued:
                yield _issue(locate, entry, ("quan_he", i, "van_ban"), f"văn bản ban hành ngày {rec.issued.display()} không thể {rel.type.label.lower()} văn bản ban hành sau nó ({target.issued.display()}).")
            if rel.until and rel.type.value != "ngung-hieu-luc":
                yield _issue(locate, entry, ("quan_he", i, "den_ngay"), "'den_ngay' chỉ dùng cho quan hệ 'ngung-hieu-luc'.")


def check_catalog(entries: list[Entry], catalog: Catalog, locate: Locate) -> list[Issue]:
    """Run every cross-record rule; the order of rules does not matter."""
    from portal.validate.rules_briefing import BRIEFING_RULES  # imported here: it builds on this module's helpers
    from portal.validate.rules_loop import LOOP_RULES  # likewise

    issues: list[Issue] = list(check_unique_ids(entries, locate))
    for rule in (check_references, check_sessions, check_resolutions, check_numbers, check_relations, *BRIEFING_RULES, *LOOP_RULES):
        issues.extend(rule(catalog, locate))
    return issues
