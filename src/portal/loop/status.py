"""Status over time: a petition's current step and overdue flags, a draft's phase, a task's state.

Every function takes the build date (``today``) as a parameter; the same record and the
same date always give the same answer. Steps dated after ``today`` are not yet history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Sequence, TypeVar

from portal.model.loop.kinds import DEFAULT_ANSWER_DAYS, Draft, Petition
from portal.model.loop.vocab import ANSWERED_STATUSES, DraftOutcome, DraftPhase, PetitionStatus, Recurrence, TaskStatus
from portal.model.records import PlanTask, TaskProgress

S = TypeVar("S")

OPEN_AFTER_ANSWER = frozenset({PetitionStatus.ANSWERED, PetitionStatus.IN_PROGRESS, PetitionStatus.UNRESOLVED})


def last_as_of(steps: Sequence[S], today: date, day: Callable[[S], date]) -> S | None:
    """The latest step dated on or before ``today`` (steps are in date order), or None."""
    current = None
    for step in steps:
        if day(step) > today:
            break
        current = step
    return current


@dataclass(frozen=True)
class PetitionState:
    """A petition on the build date."""

    status: PetitionStatus
    since: date
    answer_due: date | None  # when an answer is due (None until forwarded, unless stated)
    due_is_default: bool  # True when the portal's default time limit was applied
    answered_on: date | None
    resolve_by: date | None  # the answering agency's own deadline, if it gave one
    overdue_answer: bool  # not answered and past the answer deadline
    overdue_resolution: bool  # answered, not resolved, past the agency's own deadline
    days_late: int  # days past the deadline that is overdue (0 when none)

    @property
    def overdue(self) -> bool:
        return self.overdue_answer or self.overdue_resolution

    @property
    def answered(self) -> bool:
        return self.status in ANSWERED_STATUSES

    @property
    def answered_late(self) -> bool:
        """Answered, but after the answer deadline."""
        return bool(self.answered_on and self.answer_due and self.answered_on > self.answer_due)


def petition_state(petition: Petition, today: date) -> PetitionState:
    """Current step (the last one as of ``today``) and the overdue flags of a petition."""
    current = last_as_of(petition.history, today, lambda s: s.day) or petition.history[0]
    forwarded = _reached(petition, PetitionStatus.FORWARDED, today)
    answered_on = _reached(petition, PetitionStatus.ANSWERED, today)
    due, is_default = petition.answer_due, False
    if due is None and forwarded is not None:
        due, is_default = forwarded + timedelta(days=DEFAULT_ANSWER_DAYS), True
    resolve_by = petition.answer.resolve_by if petition.answer and answered_on else None
    overdue_answer = answered_on is None and due is not None and today > due
    overdue_resolution = current.status in OPEN_AFTER_ANSWER and resolve_by is not None and today > resolve_by
    late_since = due if overdue_answer else resolve_by if overdue_resolution else None
    days_late = (today - late_since).days if late_since else 0
    return PetitionState(current.status, current.day, due, is_default, answered_on, resolve_by, overdue_answer, overdue_resolution, days_late)


def _reached(petition: Petition, status: PetitionStatus, today: date) -> date | None:
    day = petition.step_day(status)
    return day if day is not None and day <= today else None


@dataclass(frozen=True)
class DraftState:
    """A draft for comment on the build date. It has a phase, never a validity status."""

    phase: DraftPhase
    days_left: int | None  # while open: days left including the deadline day
    outcome: DraftOutcome | None

    @property
    def label(self) -> str:
        return self.outcome.label if self.outcome else self.phase.label


def draft_state(draft: Draft, today: date) -> DraftState:
    result = draft.result
    if result is not None and result.date_ <= today:
        return DraftState(DraftPhase.DECIDED, None, result.outcome)
    if today < draft.opens:
        return DraftState(DraftPhase.UPCOMING, None, None)
    if today <= draft.deadline:
        return DraftState(DraftPhase.OPEN, (draft.deadline - today).days + 1, None)
    return DraftState(DraftPhase.CLOSED, None, None)


@dataclass(frozen=True)
class TaskState:
    """A plan task on the build date."""

    status: TaskStatus | None  # None: no progress reported yet
    last: TaskProgress | None
    overdue: bool  # past its due date and not done
    stale: bool  # recurring, and the last report is older than one recurrence

    @property
    def label(self) -> str:
        return self.status.label if self.status else "Chưa có báo cáo tiến độ"

    @property
    def done(self) -> bool:
        return self.status == TaskStatus.DONE


def task_state(task: PlanTask, today: date) -> TaskState:
    last = last_as_of(task.progress, today, lambda p: p.day)
    status = last.status if last else None
    overdue = task.due is not None and today > task.due and status != TaskStatus.DONE
    stale = _stale(task.recurrence, last, today) and status != TaskStatus.DONE
    return TaskState(status, last, overdue, stale)


def _stale(recurrence: Recurrence | None, last: TaskProgress | None, today: date) -> bool:
    return bool(recurrence and recurrence.days and last and (today - last.day).days > recurrence.days)
