"""Cross-record rules of the dissemination loop (petitions, findings, models, fact-checks,
events, drafts, tracked plan tasks). Each rule is a generator of issues over the catalog.

Besides "the record it names exists and is of the right kind", they check what only the
other record can tell: a pre-session voter meeting happens before the session opens, a
fact-check cites an article the resolution has, a draft is adopted by its own council after
its consultation opened, and a real record never leans on an illustrative one.
"""

from __future__ import annotations

from typing import Iterator

from portal.briefing.clauses import articles_in_body, missing_part, parse_part
from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.loop.kinds import Draft, Event, Exemplar, FactCheck, Finding, Petition
from portal.model.loop.vocab import VOTER_MEETINGS, EventType, PetitionSource
from portal.model.records import Body, Document, Plan, Record, Resolution, Session
from portal.model.vocab import BodyCategory, TopicGroup
from portal.text import format_vn_date
from portal.validate.issues import Issue
from portal.validate.rules import Locate, _expect, _issue, _topic

POLICIES = (Resolution, Document)


def _link(catalog: Catalog, locate: Locate, entry: Entry, path: tuple, target: str, kinds: tuple[type[Record], ...], what: str) -> Iterator[Issue]:
    """The target exists, is of one of ``kinds``, and is not illustrative when ``entry`` is real."""
    problems = list(_expect(catalog, locate, entry, path, target, kinds, what))
    yield from problems
    if not problems:
        yield from _no_sample_behind_real(catalog, locate, entry, path, target, what)


def _no_sample_behind_real(catalog: Catalog, locate: Locate, entry: Entry, path: tuple, target: str, what: str) -> Iterator[Issue]:
    found = catalog.record(target)
    if found is not None and found.sample and not entry.record.sample:
        yield _issue(locate, entry, path, f"{what}: '{target}' là dữ liệu minh họa, bản ghi thật không được dẫn tới nó; chọn bản ghi thật, hoặc ghi 'du_lieu_minh_hoa: true' nếu bản ghi này cũng là minh họa.")


def _fields(catalog: Catalog, locate: Locate, entry: Entry, ids: list[str]) -> Iterator[Issue]:
    for i, topic in enumerate(ids):
        yield from _topic(catalog, locate, entry, ("linh_vuc", i) if len(ids) > 1 else ("linh_vuc",), topic, TopicGroup.FIELD)


def _each(ids: list[str], key: str) -> Iterator[tuple[tuple, str]]:
    """Paths of the items of a list field (a single value written without '- ' has no index)."""
    for i, value in enumerate(ids):
        yield ((key, i) if len(ids) > 1 else (key,)), value


def _date(value: object) -> str:
    return format_vn_date(value, "numeric")  # type: ignore[arg-type]


def check_petitions(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("petition"):
        rec = entry.record
        assert isinstance(rec, Petition)
        yield from _link(catalog, locate, entry, ("co_quan_tra_loi",), rec.answerer, (Body,), "cơ quan trả lời (co_quan_tra_loi)")
        if rec.answer and rec.answer.body:
            yield from _link(catalog, locate, entry, ("tra_loi", "co_quan"), rec.answer.body, (Body,), "cơ quan trả lời")
        for path, target in _each(rec.policies, "chinh_sach"):
            yield from _link(catalog, locate, entry, path, target, POLICIES, "chính sách liên quan")
        yield from _fields(catalog, locate, entry, rec.fields)
        session = catalog.record(rec.session) if rec.session else None
        if rec.session:
            yield from _link(catalog, locate, entry, ("ky_hop",), rec.session, (Session,), "kỳ họp (ky_hop)")
        if rec.event:
            yield from _link(catalog, locate, entry, ("su_kien",), rec.event, (Event,), "cuộc tiếp xúc cử tri (su_kien)")
            event = catalog.record(rec.event)
            if isinstance(event, Event):
                if event.type not in VOTER_MEETINGS:
                    yield _issue(locate, entry, ("su_kien",), f"'{rec.event}' là {event.type.label.lower()}, không phải cuộc tiếp xúc cử tri.")
                if rec.session and event.session and event.session != rec.session:
                    yield _issue(locate, entry, ("ky_hop",), f"kỳ họp '{rec.session}' khác kỳ họp '{event.session}' của cuộc tiếp xúc cử tri '{rec.event}'; bỏ 'ky_hop' (cổng lấy theo cuộc tiếp xúc) hoặc sửa cho khớp.")
                session = session or (catalog.record(event.session) if event.session else None)
                if rec.channel in (PetitionSource.BEFORE_SESSION, PetitionSource.AFTER_SESSION) and not (rec.session or event.session):
                    yield _issue(locate, entry, ("hinh_thuc",), f"kiến nghị '{rec.channel.label}' cần biết kỳ họp: ghi 'ky_hop', hoặc ghi 'ky_hop' trong sự kiện '{rec.event}'.")
        if isinstance(session, Session):
            if rec.channel == PetitionSource.BEFORE_SESSION and rec.received > session.end:
                yield _issue(locate, entry, ("lich_su", 0, "ngay"), f"kiến nghị tiếp nhận qua tiếp xúc cử tri trước kỳ họp nhưng ngày tiếp nhận {_date(rec.received)} sau khi kỳ họp '{session.title}' bế mạc ({_date(session.end)}).")
            if rec.channel == PetitionSource.AFTER_SESSION and rec.received < session.start:
                yield _issue(locate, entry, ("lich_su", 0, "ngay"), f"kiến nghị tiếp nhận qua tiếp xúc cử tri sau kỳ họp nhưng ngày tiếp nhận {_date(rec.received)} trước khi kỳ họp '{session.title}' khai mạc ({_date(session.start)}).")


def check_findings(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("finding"):
        rec = entry.record
        assert isinstance(rec, Finding)
        yield from _link(catalog, locate, entry, ("co_quan_giam_sat",), rec.supervisor, (Body,), "cơ quan giám sát")
        if rec.addressee:
            yield from _link(catalog, locate, entry, ("co_quan_tiep_thu",), rec.addressee, (Body,), "cơ quan được kiến nghị")
        for path, target in _each(rec.resolutions, "nghi_quyet"):
            yield from _link(catalog, locate, entry, path, target, (Resolution,), "nghị quyết được giám sát")
            resolution = catalog.record(target)
            if isinstance(resolution, Resolution) and rec.day < resolution.issued.earliest():
                yield _issue(locate, entry, ("ngay",), f"ngày giám sát {_date(rec.day)} trước ngày ban hành nghị quyết '{target}' ({resolution.issued.display()}); không thể giám sát việc thực hiện một nghị quyết chưa ban hành.")


def check_exemplars(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("exemplar"):
        rec = entry.record
        assert isinstance(rec, Exemplar)
        yield from _fields(catalog, locate, entry, rec.fields)
        for path, target in _each(rec.policies, "chinh_sach"):
            yield from _link(catalog, locate, entry, path, target, POLICIES, "chính sách được thụ hưởng")
            policy = catalog.record(target)
            start = policy.effective_from if isinstance(policy, POLICIES) else None
            if start and rec.recorded < start:
                yield _issue(locate, entry, ("ngay_ghi_nhan",), f"điển hình được ghi nhận ngày {_date(rec.recorded)}, trước khi chính sách '{target}' có hiệu lực ({_date(start)}); kiểm tra lại ngày hoặc chính sách.")
        for i, recognition in enumerate(rec.recognitions):
            if recognition.body:
                yield from _link(catalog, locate, entry, ("khen_thuong", i, "co_quan"), recognition.body, (Body,), "cơ quan khen thưởng")


def check_factchecks(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("factcheck"):
        rec = entry.record
        assert isinstance(rec, FactCheck)
        yield from _link(catalog, locate, entry, ("co_quan_dang",), rec.publisher, (Body,), "cơ quan cải chính")
        for i, citation in enumerate(rec.citations):
            yield from _link(catalog, locate, entry, ("can_cu", i, "van_ban"), citation.document, POLICIES, "văn bản căn cứ")
            document = catalog.get(citation.document)
            part = parse_part(citation.clause)
            why = missing_part(part, articles_in_body(document.body)) if document is not None and part is not None else None
            if why:
                yield _issue(locate, entry, ("can_cu", i, "dieu_khoan"), f"'{citation.clause}' không có trong '{citation.document}': {why}.")


def check_events(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("event"):
        rec = entry.record
        assert isinstance(rec, Event)
        for path, target in _each(rec.organisers, "chu_tri"):
            yield from _link(catalog, locate, entry, path, target, (Body,), "cơ quan chủ trì")
        if rec.ordered_by:
            yield from _link(catalog, locate, entry, ("dat_hang",), rec.ordered_by, (Body,), "cơ quan đặt hàng")
        for path, target in _each(rec.resolutions, "nghi_quyet"):
            yield from _link(catalog, locate, entry, path, target, (Resolution,), "nghị quyết được giới thiệu")
        for path, target in _each(rec.plans, "ke_hoach"):
            yield from _link(catalog, locate, entry, path, target, (Plan,), "kế hoạch phối hợp")
        if rec.session:
            yield from _link(catalog, locate, entry, ("ky_hop",), rec.session, (Session,), "kỳ họp (ky_hop)")
            session = catalog.record(rec.session)
            if isinstance(session, Session):
                if rec.type == EventType.BEFORE_SESSION and rec.start >= session.start:
                    yield _issue(locate, entry, ("ngay",), f"tiếp xúc cử tri trước kỳ họp phải diễn ra trước ngày khai mạc {_date(session.start)} của '{session.title}', đang ghi {_date(rec.start)}.")
                if rec.type == EventType.AFTER_SESSION and rec.start <= session.end:
                    yield _issue(locate, entry, ("ngay",), f"tiếp xúc cử tri sau kỳ họp phải diễn ra sau ngày bế mạc {_date(session.end)} của '{session.title}', đang ghi {_date(rec.start)}.")


def check_drafts(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    for entry in catalog.of_kind("draft"):
        rec = entry.record
        assert isinstance(rec, Draft)
        yield from _link(catalog, locate, entry, ("co_quan_soan_thao",), rec.drafter, (Body,), "cơ quan soạn thảo")
        yield from _link(catalog, locate, entry, ("co_quan_thong_qua",), rec.council, (Body,), "Hội đồng nhân dân xem xét")
        council = catalog.record(rec.council)
        if isinstance(council, Body) and council.category != BodyCategory.COUNCIL:
            yield _issue(locate, entry, ("co_quan_thong_qua",), f"dự thảo nghị quyết do Hội đồng nhân dân thông qua, nhưng '{rec.council}' là {council.category.label}.")
        if rec.session:
            yield from _link(catalog, locate, entry, ("ky_hop_du_kien",), rec.session, (Session,), "kỳ họp dự kiến")
            session = catalog.record(rec.session)
            if isinstance(session, Session) and session.body != rec.council:
                yield _issue(locate, entry, ("ky_hop_du_kien",), f"kỳ họp '{rec.session}' là của '{session.body}', không phải của '{rec.council}'.")
        if rec.result and rec.result.resolution:
            yield from _link(catalog, locate, entry, ("ket_qua", "nghi_quyet"), rec.result.resolution, (Resolution,), "nghị quyết đã thông qua")
            resolution = catalog.record(rec.result.resolution)
            if isinstance(resolution, Resolution):
                if rec.council not in resolution.issuers:
                    yield _issue(locate, entry, ("ket_qua", "nghi_quyet"), f"nghị quyết '{resolution.id}' do '{', '.join(resolution.issuers)}' ban hành, không phải '{rec.council}' (co_quan_thong_qua).")
                if resolution.issued.earliest() < rec.opens:
                    yield _issue(locate, entry, ("ket_qua", "nghi_quyet"), f"nghị quyết '{resolution.id}' ban hành ngày {resolution.issued.display()}, trước khi dự thảo bắt đầu lấy ý kiến ({_date(rec.opens)}).")


def check_plan_evidence(catalog: Catalog, locate: Locate) -> Iterator[Issue]:
    """Evidence of a tracked plan task names a record that exists."""
    for entry in catalog.of_kind("plan"):
        rec = entry.record
        assert isinstance(rec, Plan)
        for i, party in enumerate(rec.tasks):
            for j, task in enumerate(party.tasks):
                for k, step in enumerate(task.progress):
                    for n, evidence in enumerate(step.evidence):
                        target = evidence.record
                        if not target or target in catalog.broken_ids:
                            continue
                        path = ("phan_cong", i, "nhiem_vu", j, "tien_do", k, "minh_chung", n)
                        if catalog.get(target) is None:
                            yield _issue(locate, entry, path, f"minh chứng: không tìm thấy bản ghi có mã '{target}' trong data/; kiểm tra chính tả, hoặc ghi '- ten: …' (tên văn bản, tin bài) nếu cổng chưa có bản ghi đó.")
                        else:
                            yield from _no_sample_behind_real(catalog, locate, entry, path, target, "minh chứng")


LOOP_RULES = (check_petitions, check_findings, check_exemplars, check_factchecks, check_events, check_drafts, check_plan_evidence)
