"""Back-references of the loop kinds: what concerns a resolution, a session, an event, a plan.

Each loop record names what it concerns (``targets()``); this index turns those links
around once, so a resolution page finds its petitions, findings, models, fact-checks,
events and drafts without anyone writing the link twice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping

from portal.load.loader import Entry
from portal.model.loop.kinds import LOOP_KINDS, Event, LoopRecord, Petition

LOOP_KIND_NAMES: tuple[str, ...] = tuple(k.kind for k in LOOP_KINDS)


@dataclass
class LoopIndex:
    """``(target id, kind) → entries of that kind that concern the target``, newest first."""

    by_target: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)

    def related(self, target_id: str, kind: str) -> list[Entry]:
        """Records of ``kind`` ('petition', 'finding', 'exemplar', 'factcheck', 'event', 'draft')
        that concern the record ``target_id``; an unknown kind is a programming error."""
        if kind not in LOOP_KIND_NAMES:
            raise ValueError(f"unknown loop kind {kind!r}; expected one of {', '.join(LOOP_KIND_NAMES)}")
        return self.by_target.get((target_id, kind), [])


def targets(entry: Entry, by_id: Mapping[str, Entry]) -> list[str]:
    """What ``entry`` concerns, including a petition's session reached through its event."""
    rec = entry.record
    assert isinstance(rec, LoopRecord)
    found = rec.targets()
    if isinstance(rec, Petition) and rec.event and not rec.session:
        event = by_id.get(rec.event)
        if event is not None and isinstance(event.record, Event) and event.record.session:
            found.append(event.record.session)
    return list(dict.fromkeys(found))


def build_loop_index(by_id: Mapping[str, Entry]) -> LoopIndex:
    index: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in by_id.values():
        if isinstance(entry.record, LoopRecord):
            for target in targets(entry, by_id):
                index[(target, entry.record.kind)].append(entry)
    for items in index.values():
        items.sort(key=newest_key, reverse=True)
    return LoopIndex(dict(index))


def newest_key(entry: Entry) -> tuple:
    """Sort key of loop records by their date (use with ``reverse=True`` for newest first)."""
    rec = entry.record
    assert isinstance(rec, LoopRecord)
    return (rec.day, entry.id)
