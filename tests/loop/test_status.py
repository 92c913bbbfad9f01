"""Status over time against fixed build dates: petitions, drafts, plan tasks."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from portal.loop.status import draft_state, petition_state, task_state
from portal.model.loop.kinds import Draft, Petition
from portal.model.loop.vocab import DraftOutcome, DraftPhase, PetitionStatus, TaskStatus
from portal.model.records import PartyTasks, PlanTask


def petition(*steps: tuple[str, str], **extra: Any) -> Petition:
    data = {
        "id": "kn-x", "tieu_de": "Thử", "hinh_thuc": "tiep-xuc-chuyen-de", "dia_ban": "Xã A", "linh_vuc": "dau-tu",
        "noi_dung": "Nội dung", "co_quan_tra_loi": "ubnd-x",
        "lich_su": [{"trang_thai": s, "ngay": d} for s, d in steps],
        **extra,
    }
    return Petition.model_validate(data)


ANSWER = {"noi_dung": "Trả lời"}


def test_received_only_is_never_overdue_without_a_stated_deadline() -> None:
    state = petition_state(petition(("tiep-nhan", "2026-01-10")), date(2027, 1, 1))
    assert (state.status, state.since, state.answer_due, state.overdue) == (PetitionStatus.RECEIVED, date(2026, 1, 10), None, False)


def test_forwarded_gets_the_default_sixty_days_then_is_overdue() -> None:
    p = petition(("tiep-nhan", "2026-01-10"), ("da-chuyen", "2026-01-20"))
    on_time = petition_state(p, date(2026, 3, 21))  # day 60 after forwarding: still in time
    late = petition_state(p, date(2026, 3, 22))
    assert (on_time.answer_due, on_time.due_is_default, on_time.overdue_answer) == (date(2026, 3, 21), True, False)
    assert (late.overdue_answer, late.days_late, late.status) == (True, 1, PetitionStatus.FORWARDED)


def test_a_stated_deadline_wins_over_the_default() -> None:
    p = petition(("tiep-nhan", "2026-01-10"), ("da-chuyen", "2026-01-20"), han_tra_loi="2026-02-01")
    state = petition_state(p, date(2026, 2, 11))
    assert (state.answer_due, state.due_is_default, state.overdue_answer, state.days_late) == (date(2026, 2, 1), False, True, 10)


def test_steps_after_the_build_date_are_not_history_yet() -> None:
    p = petition(("tiep-nhan", "2026-01-10"), ("da-chuyen", "2026-01-20"), ("da-tra-loi", "2026-05-01"), tra_loi=ANSWER)
    before = petition_state(p, date(2026, 4, 1))
    after = petition_state(p, date(2026, 5, 1))
    assert (before.status, before.answered_on, before.overdue_answer) == (PetitionStatus.FORWARDED, None, True)
    assert (after.status, after.answered_on, after.overdue, after.answered_late) == (PetitionStatus.ANSWERED, date(2026, 5, 1), False, True)


def test_a_missed_resolution_deadline_is_flagged_until_resolved() -> None:
    answer = {**ANSWER, "han_giai_quyet": "2026-06-30"}
    steps = (("tiep-nhan", "2026-01-10"), ("da-chuyen", "2026-01-20"), ("da-tra-loi", "2026-02-10"), ("dang-giai-quyet", "2026-02-10"))
    open_ = petition_state(petition(*steps, tra_loi=answer), date(2026, 7, 10))
    done = petition_state(petition(*steps, ("da-giai-quyet", "2026-07-05"), tra_loi=answer), date(2026, 7, 10))
    assert (open_.status, open_.overdue_resolution, open_.days_late, open_.overdue_answer) == (PetitionStatus.IN_PROGRESS, True, 10, False)
    assert (done.status, done.overdue) == (PetitionStatus.RESOLVED, False)


@pytest.mark.parametrize(("today", "phase", "days_left", "label"), [
    (date(2026, 10, 31), DraftPhase.UPCOMING, None, "Sắp lấy ý kiến"),
    (date(2026, 11, 1), DraftPhase.OPEN, 30, "Đang lấy ý kiến"),
    (date(2026, 11, 30), DraftPhase.OPEN, 1, "Đang lấy ý kiến"),
    (date(2026, 12, 1), DraftPhase.CLOSED, None, "Đã hết hạn góp ý, đang tổng hợp ý kiến"),
    (date(2026, 12, 20), DraftPhase.DECIDED, None, "Hoãn trình"),
])
def test_draft_phase_follows_the_build_date(today: date, phase: DraftPhase, days_left: int | None, label: str) -> None:
    draft = Draft.model_validate({
        "id": "dt", "trich_yeu": "Dự thảo", "co_quan_soan_thao": "ubnd", "co_quan_thong_qua": "hdnd", "tom_tat": "T",
        "tu_ngay": "2026-11-01", "han_gop_y": "2026-11-30", "cach_gop_y": "Gửi văn bản",
        "ket_qua": {"tinh_trang": "hoan-trinh", "ngay": "2026-12-20"},
    })
    state = draft_state(draft, today)
    assert (state.phase, state.days_left, state.label) == (phase, days_left, label)
    assert state.outcome == (DraftOutcome.POSTPONED if phase == DraftPhase.DECIDED else None)


def test_task_state_overdue_and_stale() -> None:
    due = PlanTask.model_validate({"noi_dung": "Hội nghị", "han": "2026-10-31", "tien_do": [{"ngay": "2026-06-01", "trang_thai": "chua-thuc-hien"}]})
    quarterly = PlanTask.model_validate({"noi_dung": "Thông tin", "dinh_ky": "hang-quy", "tien_do": [{"ngay": "2026-08-10", "trang_thai": "dang-thuc-hien"}]})
    done = PlanTask.model_validate({"noi_dung": "Cử báo cáo viên", "han": "2025-06-30", "tien_do": [{"ngay": "2025-05-15", "trang_thai": "da-hoan-thanh"}]})
    assert (task_state(due, date(2026, 10, 31)).overdue, task_state(due, date(2026, 11, 1)).overdue) == (False, True)
    assert (task_state(quarterly, date(2026, 11, 10)).stale, task_state(quarterly, date(2026, 11, 11)).stale) == (False, True)
    assert (task_state(done, date(2026, 11, 21)).status, task_state(done, date(2026, 11, 21)).overdue) == (TaskStatus.DONE, False)
    unreported = task_state(PlanTask.model_validate({"noi_dung": "X"}), date(2026, 1, 1))
    assert (unreported.status, unreported.label) == (None, "Chưa có báo cáo tiến độ")


def test_an_untracked_task_is_written_back_as_plain_text() -> None:
    party = PartyTasks.model_validate({"ben": "btg", "nhiem_vu": ["Cung cấp thông tin", {"noi_dung": "X", "han": "2026-01-01"}]})
    assert [t.tracked for t in party.tasks] == [False, True]
    assert party.model_dump(by_alias=True, exclude_defaults=True) == {"ben": "btg", "nhiem_vu": ["Cung cấp thông tin", {"noi_dung": "X", "han": date(2026, 1, 1)}]}
