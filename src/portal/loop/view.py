"""The loop computations bound to one catalog and one build date, for the page templates.

Templates get one ``LoopView`` (``loop_view``) and ask it for states and back-references;
every answer is computed by the pure functions of this package, once per record.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.loop.claimreview import claim_review, json_ld_script
from portal.loop.periods import ReviewPeriod, plan_periods
from portal.loop.progress import PlanProgress, plan_progress
from portal.loop.status import DraftState, PetitionState, draft_state, petition_state
from portal.model.loop.kinds import DEFAULT_ANSWER_DAYS, Draft, FactCheck, Petition
from portal.model.loop.vocab import PetitionStatus
from portal.model.records import Plan


class LoopView:
    default_answer_days = DEFAULT_ANSWER_DAYS

    def __init__(self, catalog: Catalog, today: date) -> None:
        self.catalog = catalog
        self.today = today
        self._petitions: dict[str, PetitionState] = {}

    def related(self, target_id: str, kind: str) -> list[Entry]:
        return self.catalog.related(target_id, kind)

    def petition(self, entry: Entry) -> PetitionState:
        if entry.id not in self._petitions:
            assert isinstance(entry.record, Petition)
            self._petitions[entry.id] = petition_state(entry.record, self.today)
        return self._petitions[entry.id]

    def status_counts(self, entries: Iterable[Entry]) -> list[tuple[PetitionStatus, int]]:
        """How many of ``entries`` (petitions) are at each step today, in step order, zeros left out."""
        states = [self.petition(e).status for e in entries]
        return [(s, states.count(s)) for s in PetitionStatus if s in states]

    def answered_count(self, entries: Iterable[Entry]) -> int:
        return sum(1 for e in entries if self.petition(e).answered)

    def overdue_count(self, entries: Iterable[Entry]) -> int:
        return sum(1 for e in entries if self.petition(e).overdue)

    def draft(self, entry: Entry) -> DraftState:
        assert isinstance(entry.record, Draft)
        return draft_state(entry.record, self.today)

    def progress(self, plan: Plan) -> PlanProgress | None:
        return plan_progress(plan, self.today)

    def periods(self, plan: Plan) -> list[ReviewPeriod]:
        """Review periods with a generated draft: only for plans whose tasks are tracked."""
        return plan_periods(plan, self.today) if self.progress(plan) else []

    def claim_review(self, entry: Entry) -> str:
        assert isinstance(entry.record, FactCheck)
        return json_ld_script(claim_review(entry.record, self.catalog))
