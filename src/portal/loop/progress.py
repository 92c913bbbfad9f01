"""Progress of a coordination plan: every task of every party, with its state on the build date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.loop.status import TaskState, task_state
from portal.model.loop.vocab import TaskStatus
from portal.model.records import Plan, PlanTask


@dataclass(frozen=True)
class TrackedTask:
    party: str  # body id
    task: PlanTask
    state: TaskState


@dataclass(frozen=True)
class PartyProgress:
    party: str
    tasks: tuple[TrackedTask, ...]


@dataclass(frozen=True)
class PlanProgress:
    parties: tuple[PartyProgress, ...]
    as_of: date

    @property
    def tasks(self) -> list[TrackedTask]:
        return [t for p in self.parties for t in p.tasks]

    @property
    def total(self) -> int:
        return len(self.tasks)

    def count(self, status: TaskStatus | None) -> int:
        """Tasks whose latest report has ``status`` (None: no report yet)."""
        return sum(1 for t in self.tasks if t.state.status == status)

    @property
    def overdue(self) -> list[TrackedTask]:
        return [t for t in self.tasks if t.state.overdue]

    @property
    def stale(self) -> list[TrackedTask]:
        return [t for t in self.tasks if t.state.stale]

    def percent(self, status: TaskStatus | None) -> int:
        """Share of tasks with ``status``, rounded down, in whole percent."""
        return self.count(status) * 100 // self.total if self.total else 0


def is_tracked(plan: Plan) -> bool:
    """Whether any task of the plan carries a schedule or progress reports."""
    return any(task.tracked for party in plan.tasks for task in party.tasks)


def plan_progress(plan: Plan, today: date) -> PlanProgress | None:
    """The plan's progress on ``today``; None when no task is tracked (a plan as printed)."""
    if not is_tracked(plan):
        return None
    parties = tuple(PartyProgress(p.party, tuple(TrackedTask(p.party, t, task_state(t, today)) for t in p.tasks)) for p in plan.tasks)
    return PlanProgress(parties, today)
