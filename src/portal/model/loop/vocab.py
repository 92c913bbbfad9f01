"""Closed vocabularies of the dissemination loop (values editors type, labels readers see)."""

from __future__ import annotations

from portal.model.vocab import Vocab


class PetitionStatus(Vocab):
    """One step of a voter petition's life (kiến nghị cử tri), in the order they happen."""

    RECEIVED = ("tiep-nhan", "Tiếp nhận")
    FORWARDED = ("da-chuyen", "Đã chuyển cơ quan có thẩm quyền")
    ANSWERED = ("da-tra-loi", "Đã trả lời, giải trình")
    IN_PROGRESS = ("dang-giai-quyet", "Đang giải quyết")
    RESOLVED = ("da-giai-quyet", "Đã giải quyết")
    UNRESOLVED = ("chua-giai-quyet", "Chưa giải quyết")


# Which step may follow which (a petition is answered before it is resolved or not).
PETITION_NEXT: dict[PetitionStatus, frozenset[PetitionStatus]] = {
    PetitionStatus.RECEIVED: frozenset({PetitionStatus.FORWARDED}),
    PetitionStatus.FORWARDED: frozenset({PetitionStatus.ANSWERED}),
    PetitionStatus.ANSWERED: frozenset({PetitionStatus.IN_PROGRESS, PetitionStatus.RESOLVED, PetitionStatus.UNRESOLVED}),
    PetitionStatus.IN_PROGRESS: frozenset({PetitionStatus.RESOLVED, PetitionStatus.UNRESOLVED}),
    PetitionStatus.UNRESOLVED: frozenset({PetitionStatus.IN_PROGRESS, PetitionStatus.RESOLVED}),
    PetitionStatus.RESOLVED: frozenset(),
}
ANSWERED_STATUSES = frozenset({PetitionStatus.ANSWERED, PetitionStatus.IN_PROGRESS, PetitionStatus.RESOLVED, PetitionStatus.UNRESOLVED})


class PetitionSource(Vocab):
    """Where the council received the petition."""

    BEFORE_SESSION = ("tiep-xuc-truoc-ky-hop", "Tiếp xúc cử tri trước kỳ họp")
    AFTER_SESSION = ("tiep-xuc-sau-ky-hop", "Tiếp xúc cử tri sau kỳ họp")
    THEMATIC = ("tiep-xuc-chuyen-de", "Tiếp xúc cử tri theo chuyên đề")
    FRONT_REPORT = ("bao-cao-mttq", "Báo cáo tổng hợp ý kiến, kiến nghị cử tri của Ủy ban Mặt trận Tổ quốc")


SESSION_BOUND_SOURCES = frozenset({PetitionSource.BEFORE_SESSION, PetitionSource.AFTER_SESSION})


class FindingKind(Vocab):
    THEMATIC = ("giam-sat-chuyen-de", "Giám sát chuyên đề")
    SURVEY = ("khao-sat", "Khảo sát")
    REGULAR = ("giam-sat-thuong-xuyen", "Giám sát thường xuyên")
    VOTER_MEETING = ("qua-tiep-xuc-cu-tri", "Qua tiếp xúc cử tri")


class ExemplarKind(Vocab):
    """Who the exemplary model (điển hình tiên tiến, nhân tố mới) is."""

    PERSON = ("ca-nhan", "Cá nhân")
    HOUSEHOLD = ("ho-gia-dinh", "Hộ gia đình")
    COOPERATIVE_GROUP = ("to-hop-tac", "Tổ hợp tác")
    COOPERATIVE = ("hop-tac-xa", "Hợp tác xã")
    BUSINESS = ("doanh-nghiep", "Doanh nghiệp")
    COLLECTIVE = ("tap-the", "Tập thể, cộng đồng")


class Verdict(Vocab):
    """The verdict of a fact-check, worst first (the order gives the ClaimReview rating)."""

    FALSE = ("sai-su-that", "Sai sự thật")
    PARTLY_FALSE = ("sai-mot-phan", "Sai một phần")
    MISLEADING = ("gay-hieu-lam", "Gây hiểu lầm, thiếu bối cảnh")
    TRUE = ("dung-su-that", "Đúng sự thật")


class EventType(Vocab):
    BEFORE_SESSION = ("tiep-xuc-truoc-ky-hop", "Tiếp xúc cử tri trước kỳ họp")
    AFTER_SESSION = ("tiep-xuc-sau-ky-hop", "Tiếp xúc cử tri sau kỳ họp")
    THEMATIC_MEETING = ("tiep-xuc-chuyen-de", "Tiếp xúc cử tri theo chuyên đề")
    BRIEFERS = ("hoi-nghi-bao-cao-vien", "Hội nghị báo cáo viên")
    ORDERED_REPORT = ("bao-cao-chuyen-de", "Báo cáo chuyên đề (theo đặt hàng)")
    REVIEW = ("hoi-nghi-so-ket", "Hội nghị sơ kết, tổng kết phối hợp")


VOTER_MEETINGS = frozenset({EventType.BEFORE_SESSION, EventType.AFTER_SESSION, EventType.THEMATIC_MEETING})
SESSION_BOUND_EVENTS = frozenset({EventType.BEFORE_SESSION, EventType.AFTER_SESSION})
TALKS = frozenset({EventType.BRIEFERS, EventType.ORDERED_REPORT})


class DraftOutcome(Vocab):
    """What happened to a draft after its comment period."""

    ADOPTED = ("da-thong-qua", "Đã được Hội đồng nhân dân thông qua")
    REVISING = ("dang-tiep-thu-chinh-ly", "Đang tiếp thu, chỉnh lý")
    POSTPONED = ("hoan-trinh", "Hoãn trình")
    WITHDRAWN = ("rut-khoi-chuong-trinh", "Rút khỏi chương trình")
    REJECTED = ("khong-thong-qua", "Không được thông qua")


class TaskStatus(Vocab):
    """Progress of one task of a coordination plan, as reported on a date."""

    NOT_STARTED = ("chua-thuc-hien", "Chưa thực hiện")
    IN_PROGRESS = ("dang-thuc-hien", "Đang thực hiện")
    DONE = ("da-hoan-thanh", "Đã hoàn thành")


class Recurrence(Vocab):
    """How often a plan task recurs; ``days`` is the longest gap between two reports."""

    days: int | None

    def __new__(cls, value: str, label: str, days: int | None = None) -> "Recurrence":
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.days = days
        return member

    CONTINUOUS = ("thuong-xuyen", "Thường xuyên", None)
    WEEKLY = ("hang-tuan", "Hằng tuần", 7)
    MONTHLY = ("hang-thang", "Hằng tháng", 31)
    QUARTERLY = ("hang-quy", "Hằng quý", 92)
    HALF_YEARLY = ("6-thang", "Định kỳ 6 tháng", 184)
    YEARLY = ("hang-nam", "Hằng năm", 366)
    ON_REQUEST = ("khi-co-yeu-cau", "Đột xuất, khi có yêu cầu", None)


class DraftPhase(Vocab):
    """Where a draft stands on the build date; computed, never typed. A draft is never in force."""

    UPCOMING = ("sap-lay-y-kien", "Sắp lấy ý kiến")
    OPEN = ("dang-lay-y-kien", "Đang lấy ý kiến")
    CLOSED = ("het-han-gop-y", "Đã hết hạn góp ý, đang tổng hợp ý kiến")
    DECIDED = ("da-co-ket-qua", "Đã có kết quả sau lấy ý kiến")
