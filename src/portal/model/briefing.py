"""Record kinds for speakers (báo cáo viên): a briefing kit per resolution and thematic talks.

A kit (``data/kits/<id>.yml``) holds what a speaker takes into a room: 3–5 key messages,
each resting on a cited article or clause; FAQ; common misreadings; a 160-character text
message; a loudspeaker script. The key figures come from the resolution itself (mức hỗ trợ,
đối tượng, thời hạn) so they are never typed twice; only the funding (kinh phí) is new here.

A thematic talk (``data/talks/<id>.yml``, báo cáo chuyên đề) gathers several resolutions
around one topic, with an outline and talking points.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BeforeValidator, model_validator
from pydantic_core import PydanticCustomError

from portal.briefing.clauses import PART_EXAMPLES, parse_part
from portal.model.records import F, Part, Record
from portal.model.types import IdList, IsoDate, RecordId, Text, _as_list

SMS_LIMIT = 160
LOUDSPEAKER_LIMIT = 3000  # about three minutes read aloud
MIN_MESSAGES, MAX_MESSAGES = 3, 5


def _check_part(value: str) -> str:
    if parse_part(value) is None:
        raise PydanticCustomError("portal_part", "'{value}' không phải tên một điều, khoản: ghi một phần văn bản như {examples}.", {"value": value, "examples": PART_EXAMPLES})
    return value


def _check_sms(value: str) -> str:
    if len(value) > SMS_LIMIT:
        raise PydanticCustomError("portal_length", "tin nhắn dài {n} ký tự, vượt giới hạn {limit} ký tự; rút gọn bớt {over} ký tự (dấu cách cũng tính là ký tự).", {"n": len(value), "limit": SMS_LIMIT, "over": len(value) - SMS_LIMIT})
    return value


def _check_script(value: str) -> str:
    if len(value) > LOUDSPEAKER_LIMIT:
        raise PydanticCustomError("portal_length", "bài phát thanh dài {n} ký tự, vượt {limit} ký tự (khoảng ba phút đọc); rút gọn bớt {over} ký tự.", {"n": len(value), "limit": LOUDSPEAKER_LIMIT, "over": len(value) - LOUDSPEAKER_LIMIT})
    return value


def _parse_amount(value: Any) -> Any:
    """Whole đồng as plain digits; '18.000.000.000' or '18 tỷ' get a message saying how to write it."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PydanticCustomError("portal_money", "số tiền '{value}' phải ghi bằng chữ số liền nhau, tính bằng đồng, không có dấu chấm, dấu phẩy hay chữ, ví dụ 18000000000 cho 18 tỷ đồng.", {"value": value})
    return value


PartName = Annotated[Text, AfterValidator(_check_part)]
SmsText = Annotated[Text, AfterValidator(_check_sms)]
ScriptText = Annotated[Text, AfterValidator(_check_script)]
Amount = Annotated[int, BeforeValidator(_parse_amount)]


class Basis(Part):
    """What a claim rests on: a part of the kit's resolution, or of another held document."""

    part: PartName | None = F("dieu_khoan", "Điều, khoản", f"Phần văn bản làm căn cứ, ví dụ {PART_EXAMPLES}.", None)
    document: RecordId | None = F("van_ban", "Văn bản", "Mã (id) của văn bản làm căn cứ khi không phải chính nghị quyết của tài liệu (văn bản phải có trong data/).", None)

    @model_validator(mode="after")
    def _names_something(self) -> "Basis":
        if self.part is None and self.document is None:
            raise PydanticCustomError("portal_basis", "căn cứ phải ghi điều, khoản (dieu_khoan) hoặc văn bản (van_ban), hoặc cả hai.", {"field": "dieu_khoan"})
        return self


class TalkBasis(Basis):
    """In a talk that gathers several resolutions, the document must always be named."""

    document: RecordId = F("van_ban", "Văn bản", "Mã (id) của văn bản làm căn cứ (báo cáo chuyên đề gồm nhiều văn bản nên luôn phải ghi).")


class KeyMessage(Part):
    text: Text = F("noi_dung", "Nội dung thông điệp", "Một câu ngắn, dễ nhớ, nói được thành lời.")
    basis: Basis = F("can_cu", "Căn cứ", "Điều, khoản (và văn bản, nếu không phải nghị quyết của tài liệu) mà thông điệp dựa vào. Bắt buộc.")


class Question(Part):
    question: Text = F("hoi", "Câu hỏi", "Câu hỏi người dân hay hỏi, viết như lời người hỏi.")
    answer: Text = F("dap", "Trả lời", "Câu trả lời ngắn, chính xác.")
    basis: Basis | None = F("can_cu", "Căn cứ", "Điều, khoản làm căn cứ cho câu trả lời (nên ghi).", None)


class Misreading(Part):
    wrong: Text = F("hieu_sai", "Cách hiểu sai", "Điều người ta hay hiểu nhầm hoặc tin đồn.")
    right: Text = F("thuc_te", "Thực tế", "Nghị quyết thực sự quy định thế nào.")
    basis: Basis = F("can_cu", "Căn cứ", "Điều, khoản chứng minh cách hiểu đúng. Bắt buộc.")


class Funding(Part):
    amount: Amount | None = F("so_tien", "Số tiền (đồng)", "Tổng kinh phí dự kiến, chữ số liền nhau tính bằng đồng, ví dụ 18000000000.", None, json_schema_extra={"type": "integer", "minimum": 0})
    text: Text = F("mo_ta", "Mô tả", "Nguồn và cách bố trí kinh phí, như trong nghị quyết.")
    basis: Basis | None = F("can_cu", "Căn cứ", "Điều, khoản quy định kinh phí.", None)


class BriefingKit(Record):
    """A briefing kit for speakers on one resolution (tài liệu cho báo cáo viên)."""

    kind: ClassVar[str] = "kit"
    folder: ClassVar[str] = "kits"
    label: ClassVar[str] = "Tài liệu cho báo cáo viên"

    resolution: RecordId = F("nghi_quyet", "Nghị quyết", "Mã (id) của nghị quyết mà tài liệu giải thích; mỗi nghị quyết có một tài liệu.")
    messages: list[KeyMessage] = F("thong_diep", "Thông điệp chính", f"Từ {MIN_MESSAGES} đến {MAX_MESSAGES} thông điệp, mỗi thông điệp có căn cứ (can_cu).")
    funding: Funding | None = F("kinh_phi", "Kinh phí", "Kinh phí thực hiện chính sách (mức hỗ trợ, đối tượng, thời hạn lấy từ nghị quyết, không nhập lại).", None)
    questions: list[Question] = F("hoi_dap", "Hỏi – đáp", "Các câu hỏi thường gặp và câu trả lời.", default_factory=list)
    misreadings: list[Misreading] = F("hieu_sai", "Những điểm dễ hiểu sai", "Cách hiểu sai thường gặp và thực tế, có căn cứ.", default_factory=list)
    sms: SmsText = F("tin_nhan", "Tin nhắn SMS/Zalo", f"Tóm tắt trong một tin nhắn, tối đa {SMS_LIMIT} ký tự kể cả dấu cách.", json_schema_extra={"maxLength": SMS_LIMIT})
    loudspeaker: ScriptText = F("loa_phat_thanh", "Bài phát thanh trên loa", "Bài đọc ngắn cho đài truyền thanh xã, phường; mỗi đoạn cách nhau một dòng trống.", json_schema_extra={"maxLength": LOUDSPEAKER_LIMIT})

    @model_validator(mode="after")
    def _message_count(self) -> "BriefingKit":
        if not MIN_MESSAGES <= len(self.messages) <= MAX_MESSAGES:
            raise PydanticCustomError("portal_count", "tài liệu có {n} thông điệp chính; cần từ {lo} đến {hi} thông điệp để báo cáo viên nhớ và truyền đạt được.", {"n": len(self.messages), "lo": MIN_MESSAGES, "hi": MAX_MESSAGES, "field": "thong_diep"})
        return self


class TalkingPoint(Part):
    text: Text = F("noi_dung", "Ý chính", "Một ý để nói.")
    basis: TalkBasis | None = F("can_cu", "Căn cứ", "Văn bản (van_ban) và điều, khoản (dieu_khoan) làm căn cứ, khi ý này nêu một quy định.", None)


class OutlineSection(Part):
    title: Text = F("tieu_de", "Tiêu đề phần", "Ví dụ 'I. Bối cảnh' hoặc 'Những chính sách mới'.")
    points: Annotated[list[TalkingPoint], BeforeValidator(_as_list)] = F("y_chinh", "Các ý chính", "Các ý để nói trong phần này.")


class ThematicTalk(Record):
    """A thematic talk (báo cáo chuyên đề) gathering several resolutions around a topic."""

    kind: ClassVar[str] = "talk"
    folder: ClassVar[str] = "talks"
    label: ClassVar[str] = "Báo cáo chuyên đề"

    title: Text = F("tieu_de", "Tên chuyên đề", "Ví dụ 'Chính sách thu hút đầu tư năm 2024'.")
    resolutions: IdList = F("nghi_quyet", "Các nghị quyết", "Mã (id) các nghị quyết của chuyên đề, ít nhất hai.")
    ordered_by: RecordId | None = F("co_quan_dat_hang", "Cơ quan đặt hàng", "Mã (id) của cơ quan đặt hàng báo cáo chuyên đề, ví dụ ban tuyên giáo cùng cấp.", None)
    occasion: Text | None = F("dip", "Dịp báo cáo", "Ví dụ 'Hội nghị báo cáo viên tháng 11 năm 2026'.", None)
    day: IsoDate | None = F("ngay", "Ngày báo cáo", "Ngày dự kiến báo cáo (YYYY-MM-DD).", None)
    speaker: Text | None = F("bao_cao_vien", "Báo cáo viên", "Họ tên, chức vụ người trình bày.", None)
    purpose: Text | None = F("muc_dich", "Mục đích", "Vì sao cần chuyên đề này, người nghe cần nắm điều gì.", None)
    outline: list[OutlineSection] = F("dan_y", "Dàn ý", "Các phần của bài nói, mỗi phần có các ý chính.")

    @model_validator(mode="after")
    def _several(self) -> "ThematicTalk":
        if len(self.resolutions) < 2:
            raise PydanticCustomError("portal_count", "báo cáo chuyên đề gom từ hai nghị quyết trở lên, đang có {n}; với một nghị quyết, dùng tài liệu cho báo cáo viên (data/kits/).", {"n": len(self.resolutions), "field": "nghi_quyet"})
        if not self.outline:
            raise PydanticCustomError("portal_count", "dàn ý phải có ít nhất một phần.", {"field": "dan_y"})
        return self


BRIEFING_KINDS: tuple[type[Record], ...] = (BriefingKit, ThematicTalk)
BRIEFING_KIND_NAMES: frozenset[str] = frozenset(k.kind for k in BRIEFING_KINDS)
