"""The draft of a review report (sơ kết, tổng kết) of a coordination plan, for one period.

Shaped like the seed report of Thường trực HĐND tỉnh Đồng Tháp (3/2024): I. Kết quả đạt
được; II. Khó khăn, hạn chế; III. Phương hướng. Every line is counted from the records —
what was published, talks held, petitions answered, models praised, fact-checks issued,
tasks reported — so the officials who must write the report start from facts, not memory.

Which records count: those of the bodies that signed the plan and of every body of the same
level in the same province (the Quy chế 238 speaks of "cơ quan nhà nước cùng cấp"), plus
events that name the plan. A record counts in the period when its own date falls between
the start of the period and its last counted day (the build date while the period runs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.loop.links import newest_key
from portal.loop.periods import ReviewPeriod
from portal.loop.progress import TrackedTask, plan_progress
from portal.loop.status import PetitionState, petition_state
from portal.model.loop.kinds import Draft, Event, Exemplar, FactCheck, Finding, Petition
from portal.model.loop.vocab import TALKS, VOTER_MEETINGS, EventType, PetitionStatus
from portal.model.records import Body, Plan, PlanTask, Resolution, TaskProgress

FINAL_STATUSES = frozenset({PetitionStatus.RESOLVED})


@dataclass(frozen=True)
class TaskReport:
    """A progress report on a plan task made during the period."""

    party: str
    task: PlanTask
    step: TaskProgress


@dataclass(frozen=True)
class Recommendation:
    finding: Entry
    text: str


@dataclass(frozen=True)
class ReviewDraft:
    plan: Entry
    period: ReviewPeriod
    scope: frozenset[str]  # ids of the bodies whose records count
    # I. Kết quả đạt được
    resolutions: list[Entry]
    events: dict[EventType, list[Entry]]
    petitions_received: list[Entry]
    petitions_answered: list[Entry]
    answered_late: list[Entry]
    petitions_resolved: list[Entry]
    exemplars: list[Entry]
    factchecks: list[Entry]
    drafts: list[Entry]
    task_reports: list[TaskReport]
    # II. Khó khăn, hạn chế
    findings: list[Entry]
    overdue_petitions: list[Entry]
    overdue_tasks: list[TrackedTask]
    stale_tasks: list[TrackedTask]
    unreported_tasks: list[TrackedTask]
    not_introduced: list[Entry]  # resolutions of the period no event has presented yet
    # III. Phương hướng
    open_tasks: list[TrackedTask]
    recommendations: list[Recommendation]
    pending_petitions: list[Entry]
    upcoming_events: list[Entry]
    petition_states: dict[str, PetitionState]  # every petition counted, as of the period's last counted day

    def state(self, entry: Entry) -> PetitionState:
        return self.petition_states[entry.id]

    @property
    def talks(self) -> list[Entry]:
        return [e for t in EventType if t in TALKS for e in self.events.get(t, [])]

    @property
    def voter_meetings(self) -> list[Entry]:
        return [e for t in EventType if t in VOTER_MEETINGS for e in self.events.get(t, [])]

    @property
    def attendance(self) -> int:
        return sum(e.record.attendance or 0 for items in self.events.values() for e in items)  # type: ignore[attr-defined]

    @property
    def parties(self) -> list[str]:
        rec = self.plan.record
        assert isinstance(rec, Plan)
        return [p.party for p in rec.tasks]

    def open_tasks_of(self, party: str) -> list[TrackedTask]:
        return [t for t in self.open_tasks if t.party == party]

    def reports_of(self, party: str) -> list[TaskReport]:
        return [r for r in self.task_reports if r.party == party]


def review_scope(catalog: Catalog, plan: Plan) -> frozenset[str]:
    """The plan's parties and every body of the same level in the same province."""
    parties = [b for b in (catalog.record(i) for i in plan.issuers) if isinstance(b, Body)]
    places = {(b.province, b.level) for b in parties if b.province}
    same_place = {e.id for e in catalog.bodies if isinstance(e.record, Body) and (e.record.province, e.record.level) in places}
    return frozenset(plan.issuers) | same_place


class _Scope:
    """Which records of the catalog belong to the review of one plan."""

    def __init__(self, catalog: Catalog, plan_id: str, bodies: frozenset[str]) -> None:
        self.catalog, self.plan_id, self.bodies = catalog, plan_id, bodies

    def resolution(self, record_id: str) -> bool:
        rec = self.catalog.record(record_id)
        return isinstance(rec, Resolution) and bool(set(rec.issuers) & self.bodies)

    def session(self, record_id: str | None) -> bool:
        rec = self.catalog.record(record_id) if record_id else None
        return rec is not None and getattr(rec, "body", None) in self.bodies

    def covers(self, entry: Entry) -> bool:
        rec = entry.record
        if isinstance(rec, Resolution):
            return self.resolution(rec.id)
        if isinstance(rec, Event):
            return self.plan_id in rec.plans or bool(set(rec.organisers) & self.bodies)
        if isinstance(rec, Petition):
            return rec.answerer in self.bodies or self.session(rec.session)
        if isinstance(rec, Exemplar):
            return any(self.resolution(p) for p in rec.policies)
        if isinstance(rec, FactCheck):
            return rec.publisher in self.bodies or any(self.resolution(c.document) for c in rec.citations)
        if isinstance(rec, Finding):
            return rec.supervisor in self.bodies or any(self.resolution(r) for r in rec.resolutions)
        if isinstance(rec, Draft):
            return rec.council in self.bodies
        return False

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.catalog.of_kind(kind) if self.covers(e)]


def _within(day: date | None, period: ReviewPeriod) -> bool:
    return day is not None and period.start <= day <= period.until


def _oldest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=newest_key)


def review_draft(catalog: Catalog, plan_entry: Entry, period: ReviewPeriod) -> ReviewDraft:
    """Count and list what the records say about ``period`` (pure: same data, same draft)."""
    plan = plan_entry.record
    assert isinstance(plan, Plan)
    bodies = review_scope(catalog, plan)
    scope = _Scope(catalog, plan.id, bodies)
    until = period.until

    resolutions = [e for e in scope.of_kind("resolution") if _within(e.record.issued.full(), period)]  # type: ignore[attr-defined]
    held = _oldest_first(e for e in scope.of_kind("event") if _within(e.record.last_day, period))  # type: ignore[attr-defined]
    events = {t: [e for e in held if e.record.type == t] for t in EventType}  # type: ignore[attr-defined]
    events = {t: items for t, items in events.items() if items}

    petitions = scope.of_kind("petition")
    states = {e.id: petition_state(e.record, until) for e in petitions}  # type: ignore[arg-type]
    received = _oldest_first(e for e in petitions if _within(e.record.day, period))  # type: ignore[attr-defined]
    answered = _oldest_first(e for e in petitions if _within(states[e.id].answered_on, period))
    resolved = _oldest_first(e for e in petitions if _within(e.record.step_day(PetitionStatus.RESOLVED), period))  # type: ignore[attr-defined]
    started = [e for e in petitions if e.record.day <= until]  # type: ignore[attr-defined]

    progress = plan_progress(plan, until)
    tracked = progress.tasks if progress else []
    reports = [TaskReport(t.party, t.task, step) for t in tracked for step in t.task.progress if _within(step.day, period)]

    findings = _oldest_first(e for e in scope.of_kind("finding") if _within(e.record.day, period))  # type: ignore[attr-defined]
    presented = {r for e in held for r in e.record.resolutions}  # type: ignore[attr-defined]
    return ReviewDraft(
        plan=plan_entry,
        period=period,
        scope=bodies,
        resolutions=resolutions,
        events=events,
        petitions_received=received,
        petitions_answered=answered,
        answered_late=[e for e in answered if states[e.id].answered_late],
        petitions_resolved=resolved,
        exemplars=_oldest_first(e for e in scope.of_kind("exemplar") if _within(e.record.day, period)),  # type: ignore[attr-defined]
        factchecks=_oldest_first(e for e in scope.of_kind("factcheck") if _within(e.record.day, period)),  # type: ignore[attr-defined]
        drafts=_oldest_first(e for e in scope.of_kind("draft") if _within(e.record.day, period)),  # type: ignore[attr-defined]
        task_reports=reports,
        findings=findings,
        overdue_petitions=_oldest_first(e for e in started if states[e.id].overdue),
        overdue_tasks=[t for t in tracked if t.state.overdue],
        stale_tasks=[t for t in tracked if t.state.stale],
        unreported_tasks=[t for t in tracked if t.state.status is None],
        not_introduced=[e for e in resolutions if e.id not in presented],
        open_tasks=[t for t in tracked if not t.state.done],
        recommendations=[Recommendation(f, text) for f in findings for text in f.record.recommendations],  # type: ignore[attr-defined]
        pending_petitions=_oldest_first(e for e in started if states[e.id].status not in FINAL_STATUSES),
        upcoming_events=_oldest_first(e for e in scope.of_kind("event") if e.record.day > until),  # type: ignore[attr-defined]
        petition_states=states,
    )
