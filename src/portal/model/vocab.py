"""Closed vocabularies. Each value is what editors type; each label is what readers see.

One place for each list: the model, the validator messages, the JSON Schema, the editor
templates and the pages all read the labels from here.
"""

from __future__ import annotations

from enum import Enum


class Vocab(str, Enum):
    """A closed vocabulary whose members carry a Vietnamese label."""

    label: str

    def __new__(cls, value: str, label: str) -> "Vocab":
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def choices(cls) -> str:
        """The allowed values, for error messages: ``'a' (Nhãn A), 'b' (Nhãn B)``."""
        return ", ".join(f"'{m.value}' ({m.label})" for m in cls)


class BodyLevel(Vocab):
    CENTRAL = ("trung-uong", "Trung ương")
    PROVINCE = ("tinh", "Cấp tỉnh")
    DISTRICT = ("huyen", "Cấp huyện")
    COMMUNE = ("xa", "Cấp xã")


class BodyCategory(Vocab):
    COUNCIL = ("hdnd", "Hội đồng nhân dân")
    COUNCIL_STANDING = ("thuong-truc-hdnd", "Thường trực Hội đồng nhân dân")
    PEOPLES_COMMITTEE = ("ubnd", "Ủy ban nhân dân")
    PARTY_COMMITTEE = ("cap-uy", "Cấp ủy Đảng")
    PARTY_COMMISSION = ("ban-dang", "Ban của cấp ủy Đảng")
    NATIONAL_ASSEMBLY = ("quoc-hoi", "Quốc hội")
    GOVERNMENT = ("chinh-phu", "Chính phủ")
    COURT = ("toa-an", "Tòa án nhân dân")
    PROCURACY = ("vien-kiem-sat", "Viện kiểm sát nhân dân")
    FRONT = ("mat-tran", "Mặt trận Tổ quốc")
    OTHER = ("khac", "Cơ quan khác")


class SuccessionEvent(Vocab):
    MERGER = ("hop-nhat", "Hợp nhất")
    ABSORPTION = ("sap-nhap", "Sáp nhập")
    RENAMING = ("doi-ten", "Đổi tên")
    SPLIT = ("chia-tach", "Chia tách")
    DISSOLUTION = ("giai-the", "Giải thể")
    ENDED = ("ket-thuc-hoat-dong", "Kết thúc hoạt động")


class SessionType(Vocab):
    REGULAR = ("thuong-le", "Kỳ họp thường lệ")
    THEMATIC = ("chuyen-de", "Kỳ họp chuyên đề")
    EXTRAORDINARY = ("bat-thuong", "Kỳ họp bất thường")
    INAUGURAL = ("thu-nhat", "Kỳ họp thứ nhất")


class DocumentType(Vocab):
    RESOLUTION = ("nghi-quyet", "Nghị quyết")
    DECISION = ("quyet-dinh", "Quyết định")
    REGULATION = ("quy-dinh", "Quy định")
    RULES = ("quy-che", "Quy chế")
    DIRECTIVE = ("chi-thi", "Chỉ thị")
    CONCLUSION = ("ket-luan", "Kết luận")
    GUIDANCE = ("huong-dan", "Hướng dẫn")
    OFFICIAL_LETTER = ("cong-van", "Công văn")
    PLAN = ("ke-hoach", "Kế hoạch")
    PROGRAMME = ("chuong-trinh", "Chương trình")
    REPORT = ("bao-cao", "Báo cáo")
    NOTICE = ("thong-bao", "Thông báo")
    SUBMISSION = ("to-trinh", "Tờ trình")
    SCHEME = ("de-an", "Đề án")
    LAW = ("luat", "Luật")
    DECREE = ("nghi-dinh", "Nghị định")
    CIRCULAR = ("thong-tu", "Thông tư")
    PARTY_CIRCULAR = ("thong-tri", "Thông tri")


class RelationType(Vocab):
    """How the record that declares the relation acts on its target."""

    GUIDES = ("huong-dan-thi-hanh", "Hướng dẫn thi hành")
    AMENDS = ("sua-doi-bo-sung", "Sửa đổi, bổ sung")
    REPLACES = ("thay-the", "Thay thế")
    REPEALS = ("bai-bo", "Bãi bỏ")
    CORRECTS = ("dinh-chinh", "Đính chính")
    IMPLEMENTS = ("thuc-hien", "Triển khai thực hiện")
    SUSPENDS = ("ngung-hieu-luc", "Ngưng hiệu lực")


# The same relation seen from its target: "Bị thay thế" on its timeline,
# "Bị thay thế bởi …" in its list of related documents.
RELATION_PASSIVE: dict[RelationType, str] = {
    RelationType.GUIDES: "Được hướng dẫn thi hành",
    RelationType.AMENDS: "Được sửa đổi, bổ sung",
    RelationType.REPLACES: "Bị thay thế",
    RelationType.REPEALS: "Bị bãi bỏ",
    RelationType.CORRECTS: "Được đính chính",
    RelationType.IMPLEMENTS: "Được triển khai thực hiện",
    RelationType.SUSPENDS: "Bị ngưng hiệu lực",
}
RELATION_INVERSE_LABEL: dict[RelationType, str] = {t: f"{label} bởi" for t, label in RELATION_PASSIVE.items()}


class Validity(Vocab):
    """Computed from dates and relations as of the build date; never typed by editors."""

    NOT_YET = ("chua-co-hieu-luc", "Chưa có hiệu lực")
    IN_FORCE = ("con-hieu-luc", "Còn hiệu lực")
    PARTLY_ENDED = ("het-hieu-luc-mot-phan", "Hết hiệu lực một phần")
    ENDED = ("het-hieu-luc-toan-bo", "Hết hiệu lực toàn bộ")
    SUSPENDED = ("ngung-hieu-luc", "Ngưng hiệu lực")
    UNKNOWN = ("chua-xac-dinh", "Chưa xác định")


class ReviewType(Vocab):
    HALF_YEAR = ("so-ket-6-thang", "Sơ kết 6 tháng")
    YEAR_END = ("so-ket-cuoi-nam", "Sơ kết cuối năm")
    FINAL = ("tong-ket", "Tổng kết")


class TopicGroup(Vocab):
    FIELD = ("linh-vuc", "Lĩnh vực")
    AUDIENCE = ("doi-tuong", "Đối tượng áp dụng, thụ hưởng")
