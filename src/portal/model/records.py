"""The record kinds editors write under ``data/<folder>/``.

Attribute names are English (code); each field's alias is the Vietnamese key editors type
in YAML, and its title/description are the Vietnamese help shown in error messages, the
JSON Schema and the editor templates.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, SerializerFunctionWrapHandler, Tag, model_serializer, model_validator
from pydantic_core import PydanticCustomError

from portal.model.types import IdList, IsoDate, PartialDate, RecordId, Roman, Text, TextList, Url, _as_list
from portal.model.vocab import BodyCategory, BodyLevel, DocumentType, RelationType, ReviewType, SessionType, SuccessionEvent, TopicGroup
from portal.model.loop.vocab import Recurrence, TaskStatus


def F(alias: str, title: str, description: str, default: Any = ..., **kw: Any) -> Any:
    """A field with its Vietnamese key, label and help text."""
    if default is ... and "default_factory" not in kw:
        return Field(alias=alias, title=title, description=description, **kw)
    if "default_factory" in kw:
        return Field(alias=alias, title=title, description=description, **kw)
    return Field(default, alias=alias, title=title, description=description, **kw)


class Part(BaseModel):
    """Base of every nested structure: strict keys, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_by_alias=True, validate_by_name=False, serialize_by_alias=True)


class Record(Part):
    """Fields every record has."""

    kind: ClassVar[str]
    folder: ClassVar[str]
    label: ClassVar[str]  # Vietnamese name of the kind
    allows_markdown: ClassVar[bool] = False

    id: RecordId = F("id", "Mã định danh", "Mã duy nhất, chữ thường không dấu nối bằng '-', trùng với tên tệp (không kể đuôi .md/.yml). Ví dụ: nq-15-2023-hdnd-an-hoa.")
    sample: bool = F("du_lieu_minh_hoa", "Dữ liệu minh họa", "Ghi true nếu đây là dữ liệu minh họa, không phải văn bản thật; trang sẽ hiện thông báo rõ ràng.", False, json_schema_extra={"default": False})
    note: Text | None = F("ghi_chu", "Ghi chú", "Ghi chú của biên tập viên, hiển thị cuối trang.", None)
    source: Text | None = F("nguon", "Nguồn thông tin", "Nơi lấy thông tin của bản ghi (văn bản gốc, báo cáo, cổng thông tin…).", None)
    updated: IsoDate | None = F("ngay_cap_nhat", "Ngày cập nhật", "Ngày biên tập viên sửa nội dung bản ghi mà người theo dõi cần biết (YYYY-MM-DD), ví dụ bổ sung tóm tắt hay mức hỗ trợ. Bản tin RSS/Atom đưa bản ghi lên đầu theo ngày này; không cần ghi khi chỉ sửa lỗi chính tả.", None)
    consent: list[str] = F("dong_y_cong_bo", "Đã đồng ý công bố", "Tên các trường chứa thông tin cá nhân (số điện thoại, địa chỉ…) mà người liên quan đã đồng ý công bố; 'noi_dung' cho phần nội dung. Bỏ trống nếu không có.", default_factory=list)


# --- shared parts -------------------------------------------------------------------

class Signer(Part):
    name: Text = F("ho_ten", "Họ và tên người ký", "Họ tên ở cuối văn bản, dưới chữ ký.")
    title: Text = F("chuc_danh", "Chức danh người ký", "Chức danh như in trên văn bản, ví dụ 'Chủ tịch', 'KT. Chủ tịch – Phó Chủ tịch'.")


class Citation(Part):
    text: Text = F("trich_dan", "Trích dẫn", "Tên văn bản căn cứ khi cổng chưa có bản ghi của nó, chép như trong dòng 'Căn cứ…'.")


class Relation(Part):
    type: RelationType = F("loai", "Loại quan hệ", "Văn bản này tác động thế nào đến văn bản đích.")
    target: RecordId = F("van_ban", "Văn bản đích", "Mã định danh (id) của văn bản bị tác động.")
    parts: Text | None = F("pham_vi", "Phạm vi tác động", "Điều, khoản bị tác động, ví dụ 'Điều 2; khoản 3 Điều 5'. Bỏ trống nếu tác động toàn bộ văn bản.", None)
    effective: IsoDate | None = F("tu_ngay", "Có hiệu lực từ ngày", "Ngày quan hệ bắt đầu có hiệu lực, nếu khác ngày có hiệu lực của văn bản này.", None)
    until: IsoDate | None = F("den_ngay", "Đến ngày", "Chỉ dùng cho 'ngung-hieu-luc': ngày chấm dứt việc ngưng hiệu lực.", None)


BASIS_TAGS = ("ma", "trich-dan")  # discriminator tags; error locations skip them
BasisRef = Annotated[
    Union[Annotated[RecordId, Tag("ma")], Annotated[Citation, Tag("trich-dan")]],
    Discriminator(lambda v: "trich-dan" if isinstance(v, (dict, Citation)) else "ma"),
]
BasisList = Annotated[list[BasisRef], BeforeValidator(_as_list)]
SignerList = Annotated[list[Signer], BeforeValidator(_as_list)]


class Predecessor(Part):
    body: RecordId = F("co_quan", "Cơ quan tiền thân", "Mã (id) của cơ quan trước đó.")
    event: SuccessionEvent = F("su_kien", "Sự kiện", "Hợp nhất, sáp nhập, đổi tên…")
    date: PartialDate = F("ngay", "Ngày", "Ngày sự kiện có hiệu lực (YYYY-MM-DD, hoặc YYYY-MM nếu chỉ biết tháng).")
    basis: RecordId | None = F("can_cu", "Văn bản căn cứ", "Mã (id) của văn bản quyết định sự kiện, nếu cổng có.", None)
    note: Text | None = F("ghi_chu", "Ghi chú", "", None)


class Term(Part):
    number: Roman = F("khoa", "Khóa", "Số khóa bằng số La Mã, ví dụ X.")
    start_year: int = F("tu_nam", "Từ năm", "Năm bắt đầu nhiệm kỳ.", ge=1945, le=2100)
    end_year: int = F("den_nam", "Đến năm", "Năm kết thúc nhiệm kỳ.", ge=1945, le=2100)


# --- record kinds -------------------------------------------------------------------

class Topic(Record):
    kind: ClassVar[str] = "topic"
    folder: ClassVar[str] = "topics"
    label: ClassVar[str] = "Chủ đề"

    name: Text = F("ten", "Tên", "Tên lĩnh vực hoặc nhóm đối tượng, viết hoa chữ đầu, ví dụ 'Đầu tư'.")
    group: TopicGroup = F("nhom", "Nhóm", "'linh-vuc' cho lĩnh vực, 'doi-tuong' cho nhóm đối tượng áp dụng, thụ hưởng.")
    description: Text | None = F("mo_ta", "Mô tả", "Một câu giải thích, hiện trên trang chỉ mục.", None)


class Body(Record):
    kind: ClassVar[str] = "body"
    folder: ClassVar[str] = "bodies"
    label: ClassVar[str] = "Cơ quan"

    name: Text = F("ten", "Tên cơ quan", "Tên đầy đủ như in trên văn bản, ví dụ 'Hội đồng nhân dân tỉnh Đồng Tháp'.")
    short_name: Text | None = F("ten_viet_tat", "Tên viết tắt", "Ví dụ 'HĐND tỉnh Đồng Tháp'.", None)
    aliases: TextList = F("ten_khac", "Tên gọi khác", "Các cách viết khác (kể cả kiểu bỏ dấu hòa/hoà) để tìm kiếm.", default_factory=list)
    level: BodyLevel = F("cap", "Cấp", "Cấp hành chính của cơ quan.")
    category: BodyCategory = F("loai", "Loại cơ quan", "Loại cơ quan.")
    province: Text | None = F("tinh", "Tỉnh, thành phố", "Tỉnh/thành phố nơi cơ quan hoạt động (tên tại thời điểm đó).", None)
    territory: Text | None = F("dia_ban", "Địa bàn", "Đơn vị hành chính mà HĐND, UBND phụ trách, viết thường chữ đầu, ví dụ 'tỉnh Bến Tre', 'thành phố Cần Thơ', 'xã Hòa Lộc'. Khi đơn vị được hợp nhất, sáp nhập (tien_than của cơ quan mới), văn bản quy phạm của cơ quan này hiện 'còn hiệu lực (trong phạm vi <địa bàn> cũ)'.", None)
    parent: RecordId | None = F("truc_thuoc", "Trực thuộc", "Mã (id) của cơ quan cấp trên trực tiếp, ví dụ Ban Tuyên giáo Tỉnh ủy trực thuộc Tỉnh ủy.", None)
    symbol_code: Text | None = F("ky_hieu", "Ký hiệu trên văn bản", "Phần ký hiệu cơ quan trong số văn bản, ví dụ HĐND, BTGTU, TW.", None)
    active_from: PartialDate | None = F("hoat_dong_tu", "Hoạt động từ", "Ngày bắt đầu hoạt động (nếu biết).", None)
    active_until: PartialDate | None = F("hoat_dong_den", "Hoạt động đến", "Ngày kết thúc hoạt động (nếu đã kết thúc).", None)
    predecessors: list[Predecessor] = F("tien_than", "Cơ quan tiền thân", "Các cơ quan trước đó được hợp nhất, sáp nhập hoặc đổi tên thành cơ quan này. Cơ quan kế thừa được tự suy ra.", default_factory=list)
    terms: list[Term] = F("cac_khoa", "Các khóa, nhiệm kỳ", "Danh sách khóa và nhiệm kỳ (cho HĐND, cấp ủy).", default_factory=list)
    description: Text | None = F("gioi_thieu", "Giới thiệu", "Đoạn giới thiệu ngắn.", None)

    def term(self, number: str) -> Term | None:
        return next((t for t in self.terms if t.number == number), None)


class Session(Record):
    kind: ClassVar[str] = "session"
    folder: ClassVar[str] = "sessions"
    label: ClassVar[str] = "Kỳ họp"
    allows_markdown: ClassVar[bool] = True

    body: RecordId = F("co_quan", "Hội đồng nhân dân", "Mã (id) của HĐND tổ chức kỳ họp.")
    term: Roman = F("khoa", "Khóa", "Khóa của HĐND, số La Mã, ví dụ X.")
    title: Text = F("ten_ky_hop", "Tên kỳ họp", "Như in trên văn bản, ví dụ 'Kỳ họp thứ 15' hoặc 'Kỳ họp chuyên đề thứ Ba'.")
    session_type: SessionType = F("loai", "Loại kỳ họp", "Loại kỳ họp.")
    start: IsoDate = F("tu_ngay", "Từ ngày", "Ngày khai mạc (YYYY-MM-DD).")
    end: IsoDate = F("den_ngay", "Đến ngày", "Ngày bế mạc (YYYY-MM-DD); bằng ngày khai mạc nếu họp một ngày.")
    place: Text | None = F("dia_diem", "Địa điểm", "", None)
    agenda: TextList = F("chuong_trinh", "Chương trình kỳ họp", "Các nội dung chính của kỳ họp, mỗi dòng một nội dung.", default_factory=list)
    questions: TextList = F("chat_van", "Nội dung chất vấn", "Các vấn đề được chất vấn, mỗi dòng một vấn đề.", default_factory=list)
    outcome: Text | None = F("ket_qua", "Kết quả kỳ họp", "Tóm tắt kết quả kỳ họp (có thể viết dài hơn ở phần nội dung sau phần thông tin).", None)

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Session":
        if self.end < self.start:
            raise PydanticCustomError("portal_order", "ngày bế mạc ({end}) trước ngày khai mạc ({start}); kiểm tra lại hai ngày.", {"end": self.end.isoformat(), "start": self.start.isoformat(), "field": "den_ngay"})
        return self


class DocumentBase(Record):
    """What every document has, whoever issued it."""

    allows_markdown: ClassVar[bool] = True

    number: Text | None = F("so_ky_hieu", "Số, ký hiệu", "Như ở dòng 'Số:' đầu văn bản, ví dụ 15/2023/NQ-HĐND (nhà nước) hoặc 238-QĐ/TW (Đảng).", None)
    title: Text = F("trich_yeu", "Trích yếu", "Tên/trích yếu nội dung văn bản, chép từ văn bản (bỏ chữ 'V/v').")
    issuers: IdList = F("co_quan_ban_hanh", "Cơ quan ban hành", "Mã (id) của cơ quan ban hành; văn bản liên tịch ghi danh sách, cơ quan chủ trì trước.")
    issuer_as_printed: Text | None = F("ten_co_quan_tren_van_ban", "Tên cơ quan như in trên văn bản", "Nếu khác tên trong bản ghi cơ quan, ví dụ 'Ban Bí thư Trung ương Đảng (khóa XII)'.", None)
    signers: SignerList = F("nguoi_ky", "Người ký", "Họ tên và chức danh người ký; văn bản nhiều người ký ghi danh sách.", default_factory=list)
    issued: PartialDate | None = F("ngay_ban_hanh", "Ngày ban hành", "Ngày ký ban hành (YYYY-MM-DD). Nếu văn bản chỉ ghi tháng/năm, ghi YYYY-MM hoặc YYYY.", None)
    effective: IsoDate | None = F("ngay_hieu_luc", "Ngày có hiệu lực", "Ngày văn bản có hiệu lực (YYYY-MM-DD). Bỏ trống nếu có hiệu lực từ ngày ký.", None)
    expires: IsoDate | None = F("ngay_het_hieu_luc", "Ngày hết hiệu lực", "Ngày đầu tiên văn bản không còn hiệu lực, khi văn bản tự quy định thời hạn. Văn bản ghi 'có hiệu lực đến hết ngày 31/12/2024' thì ghi 2025-01-01.", None)
    basis: BasisList = F("can_cu", "Căn cứ", "Các văn bản căn cứ: ghi mã (id) nếu cổng có bản ghi, nếu không ghi '- trich_dan: \"…\"'.", default_factory=list)
    relations: list[Relation] = F("quan_he", "Quan hệ với văn bản khác", "Văn bản này sửa đổi, thay thế, bãi bỏ, hướng dẫn… văn bản nào.", default_factory=list)
    official_url: Url | None = F("toan_van", "Toàn văn chính thức", "Đường dẫn tới toàn văn trên cổng thông tin chính thức (https://…).", None)
    summary: Text | None = F("tom_tat", "Tóm tắt dễ hiểu", "Tóm tắt bằng lời văn dễ hiểu cho người dân, 2–5 câu.", None)
    fields: IdList = F("linh_vuc", "Lĩnh vực", "Mã (id) các lĩnh vực (tệp trong data/topics với nhom: linh-vuc).", default_factory=list)

    @model_validator(mode="after")
    def _check_dates(self) -> "DocumentBase":
        if self.effective and self.issued and self.effective < self.issued.earliest():
            raise PydanticCustomError("portal_order", "ngày có hiệu lực ({eff}) trước ngày ban hành ({iss}); văn bản không thể có hiệu lực trước khi ban hành.", {"eff": self.effective.isoformat(), "iss": self.issued.iso(), "field": "ngay_hieu_luc"})
        if self.expires and self.effective_from and self.expires <= self.effective_from:
            raise PydanticCustomError("portal_order", "ngày hết hiệu lực ({exp}) phải sau ngày có hiệu lực ({eff}).", {"exp": self.expires.isoformat(), "eff": self.effective_from.isoformat(), "field": "ngay_het_hieu_luc"})
        return self

    @property
    def effective_from(self) -> date | None:
        """The day it takes effect: the stated date, else the signing day when known."""
        if self.effective:
            return self.effective
        return self.issued.full() if self.issued else None

    @property
    def doc_type(self) -> DocumentType:  # overridden by subclasses with a field
        return DocumentType.RESOLUTION


class Resolution(DocumentBase):
    """A resolution (nghị quyết) adopted by a People's Council at a session."""

    kind: ClassVar[str] = "resolution"
    folder: ClassVar[str] = "resolutions"
    label: ClassVar[str] = "Nghị quyết"

    number: Text = F("so_ky_hieu", "Số, ký hiệu", "Như ở dòng 'Số:' đầu nghị quyết, ví dụ 15/2023/NQ-HĐND.")
    issued: PartialDate = F("ngay_ban_hanh", "Ngày ban hành", "Ngày HĐND thông qua/ký nghị quyết (YYYY-MM-DD).")
    session: RecordId = F("ky_hop", "Kỳ họp thông qua", "Mã (id) của kỳ họp đã thông qua nghị quyết.")
    audiences: IdList = F("doi_tuong", "Đối tượng áp dụng, thụ hưởng", "Mã (id) các nhóm đối tượng (tệp trong data/topics với nhom: doi-tuong).", default_factory=list)
    area: Text | None = F("pham_vi_dia_ban", "Phạm vi địa bàn", "Nghị quyết áp dụng ở đâu, ví dụ 'Toàn tỉnh' hoặc 'Các xã vùng đồng bào dân tộc thiểu số'.", None)
    support: list["SupportLevel"] = F("muc_ho_tro", "Mức hỗ trợ", "Các mức hỗ trợ chính, mỗi mục gồm noi_dung và muc.", default_factory=list)
    conditions: TextList = F("dieu_kien", "Điều kiện", "Điều kiện để được hưởng chính sách, mỗi dòng một điều kiện.", default_factory=list)
    procedures: TextList = F("ho_so_thu_tuc", "Hồ sơ, thủ tục", "Hồ sơ cần nộp và nơi nộp, mỗi dòng một bước.", default_factory=list)
    implementers: TextList = F("co_quan_thuc_hien", "Cơ quan thực hiện", "Cơ quan chủ trì, phối hợp thực hiện.", default_factory=list)
    duration: Text | None = F("thoi_han", "Thời hạn", "Thời gian áp dụng chính sách, ví dụ 'Từ năm 2024 đến hết năm 2026'.", None)

    @model_validator(mode="after")
    def _full_issue_date(self) -> "Resolution":
        if not self.issued.is_full:
            raise PydanticCustomError("portal_date", "ngày ban hành của nghị quyết phải đủ ngày, tháng, năm (YYYY-MM-DD), đang ghi '{value}'.", {"value": self.issued.iso(), "field": "ngay_ban_hanh"})
        return self


class SupportLevel(Part):
    what: Text = F("noi_dung", "Nội dung hỗ trợ", "Hỗ trợ cái gì, ví dụ 'Hỗ trợ lãi suất vay vốn'.")
    amount: Text = F("muc", "Mức", "Mức cụ thể như trong nghị quyết, ví dụ '50% lãi suất, tối đa 100 triệu đồng/dự án'.")


Resolution.model_rebuild()


class Document(DocumentBase):
    """Any other document (Party or state) so that legal-basis links resolve."""

    kind: ClassVar[str] = "document"
    folder: ClassVar[str] = "documents"
    label: ClassVar[str] = "Văn bản"

    type: DocumentType = F("loai_van_ban", "Loại văn bản", "Loại văn bản theo tên in trên văn bản.")

    @property
    def doc_type(self) -> DocumentType:
        return self.type


class Evidence(Part):
    """What shows that a plan task was carried out: a page of the portal, or a named document."""

    record: RecordId | None = F("ma", "Bản ghi trên cổng", "Mã (id) của bản ghi trên cổng làm minh chứng: nghị quyết, sự kiện, kiến nghị cử tri, bài cải chính thông tin…", None)
    name: Text | None = F("ten", "Tên minh chứng", "Tên văn bản, báo cáo, tin bài khi cổng chưa có bản ghi của nó, ví dụ 'Báo cáo số 12/BC-HĐND'.", None)
    url: Url | None = F("lien_ket", "Liên kết", "Đường dẫn (https://…) tới minh chứng ghi ở 'ten'.", None)

    @model_validator(mode="after")
    def _one_kind(self) -> "Evidence":
        if (self.record is None) == (self.name is None):
            raise PydanticCustomError("portal_evidence", "mỗi minh chứng ghi hoặc 'ma' (mã bản ghi trên cổng) hoặc 'ten' (tên văn bản, tin bài), không ghi cả hai, không bỏ trống cả hai.", {"field": "ma"})
        if self.url and self.record:
            raise PydanticCustomError("portal_evidence", "'lien_ket' chỉ dùng kèm 'ten'; bản ghi trên cổng đã có trang riêng.", {"field": "lien_ket"})
        return self


def _evidence_from_id(value: Any) -> Any:
    """An evidence item may be just the id of a record: ``- su-kien-x``."""
    return {"ma": value} if isinstance(value, str) else value


EvidenceList = Annotated[list[Annotated[Evidence, BeforeValidator(_evidence_from_id, json_schema_input_type=Union[str, Evidence])]], BeforeValidator(_as_list)]


class TaskProgress(Part):
    """One dated progress report on a plan task."""

    day: IsoDate = F("ngay", "Ngày", "Ngày báo cáo tiến độ (YYYY-MM-DD).")
    status: TaskStatus = F("trang_thai", "Trạng thái", "Trạng thái của nhiệm vụ tại ngày này.")
    result: Text | None = F("ket_qua", "Kết quả", "Việc đã làm, có số liệu nếu có, ví dụ 'Cung cấp 4 tin, bài về kết quả kỳ họp thứ hai'.", None)
    evidence: EvidenceList = F("minh_chung", "Minh chứng", "Các minh chứng: mã bản ghi trên cổng, hoặc '- ten: …' (kèm 'lien_ket' nếu có).", default_factory=list)


class PlanTask(Part):
    """A task of a coordination plan: the text of the plan, plus (optionally) how it is tracked."""

    text: Text = F("noi_dung", "Nội dung nhiệm vụ", "Nhiệm vụ như ghi trong kế hoạch.")
    owner: Text | None = F("phu_trach", "Đơn vị phụ trách", "Đơn vị hoặc chức danh trực tiếp phụ trách (không ghi số điện thoại, địa chỉ riêng).", None)
    recurrence: Recurrence | None = F("dinh_ky", "Định kỳ", "Nhiệm vụ lặp lại bao lâu một lần.", None)
    due: IsoDate | None = F("han", "Hạn hoàn thành", "Ngày phải hoàn thành (YYYY-MM-DD), nếu kế hoạch có ghi.", None)
    progress: list[TaskProgress] = F("tien_do", "Tiến độ", "Các lần báo cáo tiến độ, cũ trước mới sau; trạng thái hiện tại là lần gần nhất tính đến ngày dựng trang.", default_factory=list)

    @model_validator(mode="after")
    def _progress_in_order(self) -> "PlanTask":
        for earlier, later in zip(self.progress, self.progress[1:]):
            if later.day < earlier.day:
                raise PydanticCustomError("portal_order", "các lần báo cáo tiến độ phải xếp theo ngày, cũ trước mới sau: {later} đứng sau {earlier}.", {"later": later.day.isoformat(), "earlier": earlier.day.isoformat(), "field": "tien_do"})
        return self

    @property
    def tracked(self) -> bool:
        """Whether the record says more than the plan's own text (schedule or progress)."""
        return bool(self.recurrence or self.due or self.progress or self.owner)

    def __str__(self) -> str:
        return self.text

    @model_serializer(mode="wrap")
    def _as_written(self, handler: SerializerFunctionWrapHandler) -> Any:
        """An untracked task is written back as the plain line of text editors typed."""
        return handler(self) if self.tracked else self.text


def _task_from_text(value: Any) -> Any:
    """A task may be a plain line of text, as in the plan itself."""
    return {"noi_dung": value} if isinstance(value, str) else value


TaskList = Annotated[list[Annotated[PlanTask, BeforeValidator(_task_from_text, json_schema_input_type=Union[str, PlanTask])]], BeforeValidator(_as_list)]


class PartyTasks(Part):
    party: RecordId = F("ben", "Bên thực hiện", "Mã (id) của cơ quan được giao nhiệm vụ.")
    tasks: TaskList = F("nhiem_vu", "Nhiệm vụ", "Các nhiệm vụ của bên này, mỗi dòng một nhiệm vụ; muốn theo dõi tiến độ thì ghi dạng '- noi_dung: …' kèm 'han' hoặc 'dinh_ky' và 'tien_do'.")


class Review(Part):
    type: ReviewType = F("loai", "Loại", "Sơ kết 6 tháng, sơ kết cuối năm hoặc tổng kết.")
    when: Text = F("thoi_gian", "Thời gian", "Khi nào, ví dụ 'Định kỳ 06 tháng' hoặc 'Cuối năm 2025'.")
    note: Text | None = F("ghi_chu", "Ghi chú", "", None)


class Period(Part):
    start: PartialDate = F("tu", "Từ", "Năm hoặc ngày bắt đầu.")
    end: PartialDate = F("den", "Đến", "Năm hoặc ngày kết thúc.")


class Plan(DocumentBase):
    """A coordination plan or programme between the propaganda department and the council."""

    kind: ClassVar[str] = "plan"
    folder: ClassVar[str] = "plans"
    label: ClassVar[str] = "Kế hoạch, chương trình phối hợp"

    type: DocumentType = F("loai_van_ban", "Loại văn bản", "'ke-hoach' hoặc 'chuong-trinh'.")
    period: Period | None = F("giai_doan", "Giai đoạn", "Thời gian thực hiện.", None)
    purposes: TextList = F("muc_dich_yeu_cau", "Mục đích, yêu cầu", "", default_factory=list)
    principles: TextList = F("nguyen_tac", "Nguyên tắc phối hợp", "", default_factory=list)
    contents: TextList = F("noi_dung_phoi_hop", "Nội dung phối hợp", "", default_factory=list)
    tasks: list[PartyTasks] = F("phan_cong", "Phân công trách nhiệm", "Nhiệm vụ của từng bên.", default_factory=list)
    information: TextList = F("che_do_thong_tin", "Chế độ thông tin", "", default_factory=list)
    reviews: list[Review] = F("so_ket_tong_ket", "Sơ kết, tổng kết", "Lịch sơ kết, tổng kết.", default_factory=list)
    organisation: TextList = F("to_chuc_thuc_hien", "Tổ chức thực hiện", "", default_factory=list)

    @property
    def doc_type(self) -> DocumentType:
        return self.type

    @model_validator(mode="after")
    def _plan_type(self) -> "Plan":
        if self.type not in (DocumentType.PLAN, DocumentType.PROGRAMME):
            raise PydanticCustomError("portal_plan_type", "loai_van_ban của kế hoạch phối hợp phải là 'ke-hoach' hoặc 'chuong-trinh', đang ghi '{value}'.", {"value": self.type.value, "field": "loai_van_ban"})
        if self.period and self.period.end < self.period.start:
            raise PydanticCustomError("portal_order", "giai đoạn kết thúc ({end}) trước khi bắt đầu ({start}).", {"end": self.period.end.iso(), "start": self.period.start.iso(), "field": "giai_doan"})
        return self

