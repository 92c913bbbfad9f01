"""Record kinds of the dissemination loop (Quy chế 238-QĐ/TW, the seed report and programme).

The council and the propaganda department feed each other voters' petitions, supervision
findings, exemplary models and corrections of false information; they hold voter meetings,
briefers' conferences and thematic reports, and consult the public on draft resolutions.
Each kind names the records it concerns (a petition its policy, a finding its resolution…);
the catalog derives the way back, so no editor writes a link twice.

Personal data: the fields that say *who* (``cu_tri``, ``ten`` of a model) describe a group,
a role or a household, never a phone number, an identity-card number or an e-mail address.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, model_validator
from pydantic_core import PydanticCustomError

from portal.model.loop.vocab import (
    ANSWERED_STATUSES,
    PETITION_NEXT,
    SESSION_BOUND_EVENTS,
    SESSION_BOUND_SOURCES,
    DraftOutcome,
    EventType,
    ExemplarKind,
    FindingKind,
    PetitionSource,
    PetitionStatus,
    Verdict,
)
from portal.model.briefing import PartName
from portal.model.records import F, Part, Record
from portal.model.types import IdList, IsoDate, PartialDate, RecordId, Text, TextList, Url

DEFAULT_ANSWER_DAYS = 60
"""Days an agency has to answer a forwarded petition when the record states no ``han_tra_loi``.

A convention of this portal, shown on every page that flags a petition as overdue; a council
whose rules set another time limit writes ``han_tra_loi`` in each record."""

def _need(items: list[Any], field: str, what: str) -> None:
    """Fail with a Vietnamese message when a list the reader needs is empty."""
    if not items:
        raise PydanticCustomError("portal_required", "cần ít nhất một mục: {what}; thêm dòng '{field}:' với các mục bắt đầu bằng '- '.", {"what": what, "field": field})


def _after(later: date | None, earlier: date | None, field: str, message: str) -> None:
    if later and earlier and later < earlier:
        raise PydanticCustomError("portal_order", message, {"later": later.isoformat(), "earlier": earlier.isoformat(), "field": field})


class LoopRecord(Record):
    """What every loop kind offers the catalog and the pages."""

    page_template: ClassVar[str]

    @property
    def name(self) -> str:  # overridden where the field itself is ``ten``
        return self.title  # type: ignore[attr-defined,no-any-return]

    @property
    def day(self) -> date:
        """The date that places the record in time (listings, periods of a review)."""
        raise NotImplementedError

    def targets(self) -> list[str]:
        """Ids of the records (resolutions, sessions, events, plans) this record concerns."""
        return []


# --- voter petitions ----------------------------------------------------------------

class PetitionStep(Part):
    status: PetitionStatus = F("trang_thai", "Trạng thái", "Bước xử lý kiến nghị.")
    day: IsoDate = F("ngay", "Ngày", "Ngày của bước này (YYYY-MM-DD).")
    note: Text | None = F("ghi_chu", "Ghi chú", "Ví dụ 'Thường trực HĐND tỉnh chuyển Ủy ban nhân dân tỉnh'.", None)


class Answer(Part):
    """The answer (trả lời, giải trình); its date is the date of the 'da-tra-loi' step."""

    text: Text = F("noi_dung", "Nội dung trả lời", "Tóm tắt nội dung trả lời, giải trình của cơ quan có thẩm quyền.")
    body: RecordId | None = F("co_quan", "Cơ quan trả lời", "Mã (id) cơ quan đã trả lời, nếu khác cơ quan được giao trả lời.", None)
    document: Text | None = F("van_ban", "Văn bản trả lời", "Số, ký hiệu văn bản trả lời, giải trình, ví dụ 'Công văn số 1234/UBND-TH'.", None)
    url: Url | None = F("toan_van", "Toàn văn", "Đường dẫn (https://…) tới văn bản trả lời.", None)
    resolve_by: IsoDate | None = F("han_giai_quyet", "Hạn giải quyết", "Thời hạn cơ quan cam kết giải quyết xong, nếu văn bản trả lời có nêu (YYYY-MM-DD).", None)


class Petition(LoopRecord):
    """A voter petition (kiến nghị cử tri) and what became of it."""

    kind: ClassVar[str] = "petition"
    folder: ClassVar[str] = "petitions"
    label: ClassVar[str] = "Kiến nghị cử tri"
    page_template: ClassVar[str] = "loop/petition.md.j2"

    title: Text = F("tieu_de", "Tiêu đề", "Một câu ngắn nêu vấn đề, ví dụ 'Sửa chữa cống thủy lợi ấp Tân Lợi'.")
    channel: PetitionSource = F("hinh_thuc", "Hình thức tiếp nhận", "Kiến nghị được tiếp nhận qua đâu.")
    session: RecordId | None = F("ky_hop", "Kỳ họp", "Mã (id) kỳ họp mà cuộc tiếp xúc cử tri diễn ra trước hoặc sau; bỏ trống nếu đã ghi 'su_kien' có kỳ họp.", None)
    event: RecordId | None = F("su_kien", "Cuộc tiếp xúc cử tri", "Mã (id) của sự kiện tiếp xúc cử tri trong data/events/, nếu có.", None)
    report: Text | None = F("bao_cao_tong_hop", "Báo cáo tổng hợp", "Tên báo cáo tổng hợp ý kiến, kiến nghị cử tri của Ủy ban Mặt trận Tổ quốc (bắt buộc với hình thức 'bao-cao-mttq').", None)
    voters: Text | None = F("cu_tri", "Cử tri kiến nghị", "Nhóm cử tri hoặc vai trò, ví dụ 'Cử tri ấp Tân Lợi'; không ghi họ tên, số điện thoại, số căn cước, địa chỉ nhà.", None)
    area: Text = F("dia_ban", "Địa bàn", "Xã, phường nơi cử tri kiến nghị, ví dụ 'Xã Hòa Lộc'.")
    fields: IdList = F("linh_vuc", "Lĩnh vực", "Mã (id) các lĩnh vực (tệp trong data/topics với nhom: linh-vuc).")
    content: Text = F("noi_dung", "Nội dung kiến nghị", "Nội dung kiến nghị như trong báo cáo tổng hợp; không ghi thông tin cá nhân của cử tri.")
    answerer: RecordId = F("co_quan_tra_loi", "Cơ quan trả lời", "Mã (id) cơ quan có trách nhiệm trả lời, giải quyết.")
    policies: IdList = F("chinh_sach", "Chính sách liên quan", "Mã (id) nghị quyết, văn bản mà kiến nghị đề cập.", default_factory=list)
    answer_due: IsoDate | None = F("han_tra_loi", "Hạn trả lời", f"Ngày cơ quan phải trả lời (YYYY-MM-DD). Bỏ trống thì cổng tính {DEFAULT_ANSWER_DAYS} ngày kể từ ngày chuyển.", None)
    history: list[PetitionStep] = F("lich_su", "Lịch sử xử lý", "Các bước theo thứ tự thời gian, bắt đầu bằng 'tiep-nhan'; trạng thái hiện tại là bước gần nhất tính đến ngày dựng trang.", default_factory=list)
    answer: Answer | None = F("tra_loi", "Trả lời, giải trình", "Nội dung trả lời; bắt buộc khi lịch sử có bước 'da-tra-loi'.", None)

    @model_validator(mode="after")
    def _coherent(self) -> "Petition":
        _need(self.fields, "linh_vuc", "lĩnh vực của kiến nghị")
        _need(self.history, "lich_su", "bước 'tiep-nhan' với ngày tiếp nhận")
        if self.history[0].status != PetitionStatus.RECEIVED:
            raise PydanticCustomError("portal_petition", "bước đầu tiên của lịch sử phải là 'tiep-nhan' (Tiếp nhận), đang là '{value}'.", {"value": self.history[0].status.value, "field": "lich_su"})
        for earlier, later in zip(self.history, self.history[1:]):
            _after(later.day, earlier.day, "lich_su", "các bước xử lý phải xếp theo ngày: bước ngày {later} đứng sau bước ngày {earlier}.")
            if later.status not in PETITION_NEXT[earlier.status]:
                allowed = ", ".join(f"'{s.value}'" for s in PETITION_NEXT[earlier.status]) or "không bước nào (đã giải quyết xong)"
                raise PydanticCustomError("portal_petition", "sau bước '{before}' không thể là '{after}'; bước tiếp theo có thể là: {allowed}.", {"before": earlier.status.value, "after": later.status.value, "allowed": allowed, "field": "lich_su"})
        answered = any(step.status in ANSWERED_STATUSES for step in self.history)
        if answered and self.answer is None:
            raise PydanticCustomError("portal_petition", "lịch sử đã có bước trả lời nhưng thiếu phần 'tra_loi' (nội dung, văn bản trả lời).", {"field": "lich_su"})
        if self.answer is not None and not answered:
            raise PydanticCustomError("portal_petition", "có phần 'tra_loi' nhưng lịch sử chưa có bước 'da-tra-loi'; thêm bước đó với ngày trả lời.", {"field": "tra_loi"})
        _after(self.answer_due, self.received, "han_tra_loi", "hạn trả lời ({later}) trước ngày tiếp nhận ({earlier}).")
        if self.channel == PetitionSource.FRONT_REPORT and not self.report:
            raise PydanticCustomError("portal_petition", "kiến nghị lấy từ báo cáo của Ủy ban Mặt trận Tổ quốc phải ghi 'bao_cao_tong_hop' (tên báo cáo).", {"field": "hinh_thuc"})
        if self.channel in SESSION_BOUND_SOURCES and not (self.session or self.event):
            raise PydanticCustomError("portal_petition", "kiến nghị '{value}' phải ghi 'ky_hop' (kỳ họp) hoặc 'su_kien' (cuộc tiếp xúc cử tri).", {"value": self.channel.label, "field": "hinh_thuc"})
        return self

    @property
    def received(self) -> date:
        return self.history[0].day

    @property
    def day(self) -> date:
        return self.received

    def step_day(self, status: PetitionStatus) -> date | None:
        """The first day the petition reached ``status``, if it did."""
        return next((s.day for s in self.history if s.status == status), None)

    def targets(self) -> list[str]:
        return [*self.policies, *([self.session] if self.session else []), *([self.event] if self.event else [])]


# --- supervision findings ------------------------------------------------------------

class Finding(LoopRecord):
    """Difficulties found by supervision in carrying out resolutions, and recommendations."""

    kind: ClassVar[str] = "finding"
    folder: ClassVar[str] = "findings"
    label: ClassVar[str] = "Kết quả giám sát"
    page_template: ClassVar[str] = "loop/finding.md.j2"
    allows_markdown: ClassVar[bool] = True

    title: Text = F("tieu_de", "Tiêu đề", "Ví dụ 'Giám sát việc thực hiện chính sách hỗ trợ lãi suất năm 2024'.")
    resolutions: IdList = F("nghi_quyet", "Nghị quyết được giám sát", "Mã (id) các nghị quyết mà kết quả giám sát đề cập.")
    supervisor: RecordId = F("co_quan_giam_sat", "Cơ quan giám sát", "Mã (id) cơ quan tiến hành giám sát, ví dụ Thường trực HĐND tỉnh.")
    delegation: Text | None = F("doan_giam_sat", "Đoàn giám sát", "Ví dụ 'Đoàn giám sát của Ban Kinh tế – Ngân sách Hội đồng nhân dân tỉnh'.", None)
    method: FindingKind = F("hinh_thuc", "Hình thức", "Hình thức giám sát.")
    date_: IsoDate = F("ngay", "Ngày", "Ngày ban hành báo cáo, thông báo kết quả giám sát (YYYY-MM-DD).")
    report: Text | None = F("bao_cao", "Báo cáo kết quả giám sát", "Số, ký hiệu báo cáo, ví dụ 'Báo cáo số 45/BC-HĐND'.", None)
    url: Url | None = F("toan_van", "Toàn văn", "Đường dẫn (https://…) tới báo cáo.", None)
    area: Text | None = F("dia_ban", "Địa bàn", "Nơi giám sát, ví dụ 'Các xã Hòa Lộc, Tân Phú'.", None)
    difficulties: TextList = F("kho_khan", "Khó khăn, vướng mắc", "Các khó khăn, vướng mắc, hạn chế phát hiện qua giám sát, mỗi dòng một ý.", default_factory=list)
    recommendations: TextList = F("kien_nghi", "Kiến nghị", "Kiến nghị của cơ quan giám sát, mỗi dòng một ý.", default_factory=list)
    addressee: RecordId | None = F("co_quan_tiep_thu", "Cơ quan được kiến nghị", "Mã (id) cơ quan phải tiếp thu, khắc phục.", None)
    follow_up: Text | None = F("ket_qua_khac_phuc", "Kết quả khắc phục", "Những gì đã được khắc phục sau giám sát, nếu đã có.", None)

    @model_validator(mode="after")
    def _lists(self) -> "Finding":
        _need(self.resolutions, "nghi_quyet", "nghị quyết được giám sát")
        _need(self.difficulties, "kho_khan", "khó khăn, vướng mắc")
        _need(self.recommendations, "kien_nghi", "kiến nghị")
        return self

    @property
    def day(self) -> date:
        return self.date_

    def targets(self) -> list[str]:
        return list(self.resolutions)


# --- exemplary models ----------------------------------------------------------------

def _number(value: Any) -> Any:
    if isinstance(value, bool) or isinstance(value, str):
        raise PydanticCustomError("portal_number", "số liệu '{value}' phải là một con số, ví dụ 1250 hoặc 2.5 (dấu chấm là dấu thập phân); không ghi đơn vị, không ghi dấu phân cách hàng nghìn.", {"value": value})
    return value


Figure = Annotated[float, BeforeValidator(_number)]


class ResultFigure(Part):
    what: Text = F("noi_dung", "Chỉ tiêu", "Ví dụ 'Doanh thu năm 2025', 'Diện tích liên kết'.")
    value: Figure = F("so_lieu", "Số liệu", "Chỉ ghi con số, dấu chấm là dấu thập phân (2.5 là hai phẩy năm).")
    unit: Text = F("don_vi", "Đơn vị", "Ví dụ 'tỷ đồng', 'ha', 'lao động'.")
    note: Text | None = F("ghi_chu", "Ghi chú", "Ví dụ 'tăng 30% so với năm 2023'.", None)


class Recognition(Part):
    title: Text = F("hinh_thuc", "Hình thức khen thưởng, biểu dương", "Ví dụ 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'.")
    date_: PartialDate = F("ngay", "Ngày", "Ngày khen thưởng (YYYY-MM-DD, hoặc YYYY-MM).")
    body: RecordId | None = F("co_quan", "Cơ quan khen thưởng", "Mã (id) cơ quan khen thưởng, nếu cổng có.", None)


class Exemplar(LoopRecord):
    """An exemplary model (điển hình tiên tiến, nhân tố mới) that benefited from a policy."""

    kind: ClassVar[str] = "exemplar"
    folder: ClassVar[str] = "exemplars"
    label: ClassVar[str] = "Điển hình tiên tiến, nhân tố mới"
    page_template: ClassVar[str] = "loop/exemplar.md.j2"
    allows_markdown: ClassVar[bool] = True

    name_: Text = F("ten", "Tên điển hình", "Tên tập thể, hoặc mô tả cá nhân, hộ gia đình (ví dụ 'Hộ trồng bưởi ở ấp Tân Lợi'); không ghi số điện thoại, số căn cước, địa chỉ nhà.")
    who: ExemplarKind = F("loai", "Loại điển hình", "Cá nhân, hộ gia đình, hợp tác xã, doanh nghiệp…")
    area: Text = F("dia_ban", "Địa bàn", "Xã, phường, ví dụ 'Xã Hòa Lộc'.")
    fields: IdList = F("linh_vuc", "Lĩnh vực", "Mã (id) các lĩnh vực (tệp trong data/topics với nhom: linh-vuc).")
    policies: IdList = F("chinh_sach", "Chính sách được thụ hưởng", "Mã (id) các nghị quyết mà điển hình được hỗ trợ.")
    support: TextList = F("ho_tro", "Hỗ trợ đã nhận", "Hỗ trợ cụ thể đã nhận theo chính sách, mỗi dòng một khoản.")
    results: list[ResultFigure] = F("ket_qua", "Kết quả", "Kết quả bằng số liệu: noi_dung, so_lieu, don_vi.", default_factory=list)
    story: Text | None = F("mo_ta", "Mô tả", "Vài câu kể cách làm, để tuyên truyền, nhân rộng.", None)
    recognitions: list[Recognition] = F("khen_thuong", "Khen thưởng, biểu dương", "Các hình thức đã được khen thưởng, biểu dương.", default_factory=list)
    recorded: IsoDate = F("ngay_ghi_nhan", "Ngày ghi nhận", "Ngày điển hình được phát hiện, ghi nhận để tuyên truyền, biểu dương (YYYY-MM-DD).")

    @model_validator(mode="after")
    def _lists(self) -> "Exemplar":
        _need(self.fields, "linh_vuc", "lĩnh vực")
        _need(self.policies, "chinh_sach", "nghị quyết mà điển hình được thụ hưởng")
        _need(self.support, "ho_tro", "hỗ trợ đã nhận")
        _need(self.results, "ket_qua", "kết quả có số liệu")
        return self

    @property
    def name(self) -> str:
        return self.name_

    @property
    def day(self) -> date:
        return self.recorded

    def targets(self) -> list[str]:
        return list(self.policies)


# --- fact-checks ---------------------------------------------------------------------

class ClauseCitation(Part):
    document: RecordId = F("van_ban", "Văn bản", "Mã (id) nghị quyết (hoặc văn bản) có quy định đúng.")
    clause: PartName = F("dieu_khoan", "Điều, khoản", "Điều, khoản, điểm cụ thể, ví dụ 'khoản 2 Điều 3'.")
    quote: Text | None = F("trich", "Trích nguyên văn", "Câu trích từ điều, khoản đó, nếu cần.", None)


class FactCheck(LoopRecord):
    """False information about a policy, and the facts with the exact clause."""

    kind: ClassVar[str] = "factcheck"
    folder: ClassVar[str] = "factchecks"
    label: ClassVar[str] = "Cải chính thông tin sai sự thật"
    page_template: ClassVar[str] = "loop/factcheck.md.j2"
    allows_markdown: ClassVar[bool] = True

    title: Text = F("tieu_de", "Tiêu đề", "Một câu nêu sự thật, ví dụ 'Hợp tác xã vẫn được hỗ trợ lãi suất'.")
    claim: Text = F("thong_tin_sai", "Thông tin được lan truyền", "Chép lại thông tin như được lan truyền (không kèm tên, ảnh người đăng).")
    seen_where: TextList = F("noi_xuat_hien", "Nơi xuất hiện", "Thông tin xuất hiện ở đâu, ví dụ 'Nhóm mạng xã hội của người trồng lúa'.")
    seen_on: IsoDate = F("ngay_phat_hien", "Ngày phát hiện", "Ngày phát hiện thông tin (YYYY-MM-DD).")
    verdict: Verdict = F("ket_luan", "Kết luận", "Thông tin sai đến mức nào.")
    facts: Text = F("su_that", "Sự thật", "Sự thật, viết dễ hiểu, nói rõ nghị quyết quy định thế nào.")
    citations: list[ClauseCitation] = F("can_cu", "Căn cứ", "Điều, khoản của nghị quyết chứng minh sự thật: van_ban, dieu_khoan.", default_factory=list)
    published: IsoDate = F("ngay_dang", "Ngày đăng", "Ngày cổng đăng bài cải chính (YYYY-MM-DD).")
    publisher: RecordId = F("co_quan_dang", "Cơ quan cải chính", "Mã (id) cơ quan đăng bài cải chính, ví dụ ban tuyên giáo.")

    @model_validator(mode="after")
    def _cites(self) -> "FactCheck":
        _need(self.seen_where, "noi_xuat_hien", "nơi thông tin xuất hiện")
        _need(self.citations, "can_cu", "điều, khoản của nghị quyết")
        _after(self.published, self.seen_on, "ngay_dang", "ngày đăng bài ({later}) trước ngày phát hiện thông tin ({earlier}).")
        return self

    @property
    def day(self) -> date:
        return self.published

    def targets(self) -> list[str]:
        return list(dict.fromkeys(c.document for c in self.citations))


# --- events --------------------------------------------------------------------------

class Event(LoopRecord):
    """A voter meeting, briefers' conference, ordered thematic report or review meeting."""

    kind: ClassVar[str] = "event"
    folder: ClassVar[str] = "events"
    label: ClassVar[str] = "Sự kiện"
    page_template: ClassVar[str] = "loop/event.md.j2"
    allows_markdown: ClassVar[bool] = True

    name_: Text = F("ten", "Tên sự kiện", "Ví dụ 'Tiếp xúc cử tri trước Kỳ họp thứ ba tại xã Hòa Lộc'.")
    type: EventType = F("loai", "Loại sự kiện", "Loại sự kiện.")
    start: IsoDate = F("ngay", "Ngày", "Ngày diễn ra (YYYY-MM-DD); ngày bắt đầu nếu kéo dài nhiều ngày.")
    end: IsoDate | None = F("den_ngay", "Đến ngày", "Ngày kết thúc, nếu kéo dài nhiều ngày.", None)
    time: Text | None = F("gio", "Giờ", "Ví dụ '7 giờ 30'.", None)
    place: Text | None = F("dia_diem", "Địa điểm", "Ví dụ 'Hội trường Ủy ban nhân dân xã Hòa Lộc'.", None)
    organisers: IdList = F("chu_tri", "Cơ quan chủ trì, phối hợp", "Mã (id) các cơ quan tổ chức, cơ quan chủ trì trước.")
    session: RecordId | None = F("ky_hop", "Kỳ họp", "Mã (id) kỳ họp mà cuộc tiếp xúc cử tri diễn ra trước hoặc sau.", None)
    resolutions: IdList = F("nghi_quyet", "Nghị quyết được giới thiệu", "Mã (id) các nghị quyết được phổ biến, thảo luận.", default_factory=list)
    plans: IdList = F("ke_hoach", "Kế hoạch phối hợp", "Mã (id) kế hoạch, chương trình phối hợp mà sự kiện thực hiện.", default_factory=list)
    ordered_by: RecordId | None = F("dat_hang", "Cơ quan đặt hàng", "Mã (id) ban tuyên giáo đã 'đặt hàng' báo cáo chuyên đề (bắt buộc với loại 'bao-cao-chuyen-de').", None)
    speakers: TextList = F("bao_cao_vien", "Người trình bày", "Chức danh người trình bày, báo cáo, ví dụ 'Phó Chủ tịch Hội đồng nhân dân tỉnh'.", default_factory=list)
    agenda: TextList = F("noi_dung", "Nội dung", "Các nội dung chính, mỗi dòng một nội dung.", default_factory=list)
    attendance: int | None = F("so_nguoi_du", "Số người dự", "Số đại biểu, cử tri tham dự (sau khi diễn ra).", None, ge=0)
    outcome: Text | None = F("ket_qua", "Kết quả", "Kết quả sau sự kiện, ví dụ 'Cử tri nêu 12 ý kiến'.", None)

    @model_validator(mode="after")
    def _coherent(self) -> "Event":
        _need(self.organisers, "chu_tri", "cơ quan chủ trì")
        _after(self.end, self.start, "den_ngay", "ngày kết thúc ({later}) trước ngày bắt đầu ({earlier}).")
        if self.type in SESSION_BOUND_EVENTS and not self.session:
            raise PydanticCustomError("portal_event", "sự kiện loại '{value}' phải ghi 'ky_hop' (mã kỳ họp).", {"value": self.type.label, "field": "loai"})
        if self.type == EventType.ORDERED_REPORT and not self.ordered_by:
            raise PydanticCustomError("portal_event", "báo cáo chuyên đề theo đặt hàng phải ghi 'dat_hang' (mã ban tuyên giáo đã đặt hàng).", {"field": "loai"})
        if self.ordered_by and self.type != EventType.ORDERED_REPORT:
            raise PydanticCustomError("portal_event", "'dat_hang' chỉ dùng cho loại 'bao-cao-chuyen-de'.", {"field": "dat_hang"})
        return self

    @property
    def name(self) -> str:
        return self.name_

    @property
    def day(self) -> date:
        return self.start

    @property
    def last_day(self) -> date:
        return self.end or self.start

    def targets(self) -> list[str]:
        return [*self.resolutions, *self.plans, *([self.session] if self.session else [])]


# --- drafts for comment ----------------------------------------------------------------

class DraftResult(Part):
    outcome: DraftOutcome = F("tinh_trang", "Kết quả", "Điều gì đã xảy ra với dự thảo sau khi lấy ý kiến.")
    date_: IsoDate = F("ngay", "Ngày", "Ngày của kết quả này (YYYY-MM-DD).")
    resolution: RecordId | None = F("nghi_quyet", "Nghị quyết đã thông qua", "Mã (id) nghị quyết đã thông qua (chỉ với 'da-thong-qua').", None)
    comments: int | None = F("so_y_kien", "Số ý kiến nhận được", "Tổng số ý kiến góp ý nhận được.", None, ge=0)
    response: Text | None = F("tiep_thu", "Tiếp thu, giải trình", "Những ý kiến đã được tiếp thu, giải trình.", None)


class Draft(LoopRecord):
    """A draft resolution open for public comment. Never in force: it has no validity status."""

    kind: ClassVar[str] = "draft"
    folder: ClassVar[str] = "drafts"
    label: ClassVar[str] = "Dự thảo nghị quyết lấy ý kiến"
    page_template: ClassVar[str] = "loop/draft.md.j2"
    allows_markdown: ClassVar[bool] = True

    title: Text = F("trich_yeu", "Trích yếu", "Tên dự thảo, ví dụ 'Dự thảo Nghị quyết quy định chính sách hỗ trợ…'.")
    drafter: RecordId = F("co_quan_soan_thao", "Cơ quan soạn thảo", "Mã (id) cơ quan chủ trì soạn thảo.")
    council: RecordId = F("co_quan_thong_qua", "Hội đồng nhân dân xem xét", "Mã (id) Hội đồng nhân dân sẽ xem xét, thông qua.")
    session: RecordId | None = F("ky_hop_du_kien", "Kỳ họp dự kiến", "Mã (id) kỳ họp dự kiến trình.", None)
    fields: IdList = F("linh_vuc", "Lĩnh vực", "Mã (id) các lĩnh vực.", default_factory=list)
    summary: Text = F("tom_tat", "Tóm tắt", "Dự thảo quy định gì, ai được hưởng, viết dễ hiểu.")
    opens: IsoDate = F("tu_ngay", "Bắt đầu lấy ý kiến", "Ngày bắt đầu nhận góp ý (YYYY-MM-DD).")
    deadline: IsoDate = F("han_gop_y", "Hạn góp ý", "Ngày cuối cùng nhận góp ý (YYYY-MM-DD).")
    how: TextList = F("cach_gop_y", "Cách góp ý", "Cách gửi ý kiến, mỗi dòng một cách (địa chỉ cơ quan, trang góp ý trực tuyến…).")
    url: Url | None = F("toan_van_du_thao", "Toàn văn dự thảo", "Đường dẫn (https://…) tới toàn văn dự thảo.", None)
    result: DraftResult | None = F("ket_qua", "Kết quả sau lấy ý kiến", "Ghi sau hạn góp ý: tinh_trang, ngay, và nghi_quyet nếu đã thông qua.", None)

    @model_validator(mode="after")
    def _coherent(self) -> "Draft":
        _need(self.how, "cach_gop_y", "cách góp ý")
        _after(self.deadline, self.opens, "han_gop_y", "hạn góp ý ({later}) trước ngày bắt đầu lấy ý kiến ({earlier}).")
        if self.result:
            _after(self.result.date_, self.opens, "ket_qua", "ngày của kết quả ({later}) trước ngày bắt đầu lấy ý kiến ({earlier}).")
            adopted = self.result.outcome == DraftOutcome.ADOPTED
            if adopted and not self.result.resolution:
                raise PydanticCustomError("portal_draft", "dự thảo đã được thông qua phải ghi 'nghi_quyet' (mã nghị quyết đã thông qua) trong 'ket_qua'.", {"field": "ket_qua"})
            if self.result.resolution and not adopted:
                raise PydanticCustomError("portal_draft", "'nghi_quyet' trong 'ket_qua' chỉ ghi khi tinh_trang là 'da-thong-qua'.", {"field": "ket_qua"})
        return self

    @property
    def day(self) -> date:
        return self.opens

    def targets(self) -> list[str]:
        adopted = [self.result.resolution] if self.result and self.result.resolution else []
        return [*adopted, *([self.session] if self.session else [])]


LOOP_KINDS: tuple[type[LoopRecord], ...] = (Petition, Finding, Exemplar, FactCheck, Event, Draft)
