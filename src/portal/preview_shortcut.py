"""A save that changes only what pages show: the preview's way past checking and planning.

Editors mostly save prose: a summary, a condition, the body of a resolution. Such a save
changes nothing that checking and planning read (ids, dates, numbers, topics, relations,
the numbers the prose cites), so the previous build's catalog, issues, statuses and pages
are still right. The saved record is then *adopted*: the previous build's Entry and Record
objects take the new values in place, so every listing, index and page context that holds
them shows the saved text, and only the pages that show the record are written again
(:class:`portal.preview.PreviewSession`).

What is shown only is listed per kind in :data:`SHOWN_ONLY`. Tests change each of those
fields in the sample data and require the same plan, and the same site as a full build
(tests/core/test_preview_shortcut.py); a field that planning starts to read fails them.

A title is read by planning, but only to order, group and name what pages show (the A–Z
index sorts and groups resolutions by it, a document's page is described by it). A save of
such a field (:data:`SETTLED_LATER`) is shown at once the same way, and the session is then
*unsettled*: the driver plans once more, in full, straight after, and writes the few pages
whose order or grouping moved (:attr:`portal.preview.PreviewSession.unsettled`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from portal.links.citations import scanned_citations
from portal.load.loader import Entry
from portal.model.briefing import BRIEFING_KIND_NAMES

# Fields (model names) that only templates and the files written after the pages read, by kind.
# The Markdown body of these kinds is shown only too, except the numbers it cites. Left out because
# planning copies them: a finding's recommendations (the six-month review), a fact-check's facts
# and an exemplar's story (the briefing kits of the resolutions they concern); the tests name any
# such field.
SHOWN_ONLY: dict[str, frozenset[str]] = {
    "resolution": frozenset({"summary", "conditions", "procedures", "implementers", "support", "area", "duration", "note", "source"}),
    "document": frozenset({"summary", "note", "source"}),
    "session": frozenset({"place", "agenda", "questions", "outcome", "note", "source"}),
    "plan": frozenset({"summary", "purposes", "principles", "contents", "information", "organisation", "note", "source"}),
    "petition": frozenset({"report", "voters", "content", "note", "source"}),
    "finding": frozenset({"delegation", "area", "difficulties", "follow_up", "note", "source"}),
    "exemplar": frozenset({"support", "note", "source"}),
    "factcheck": frozenset({"claim", "seen_where", "note", "source"}),
    "event": frozenset({"time", "place", "speakers", "agenda", "outcome", "note", "source"}),
    "draft": frozenset({"summary", "how", "note", "source"}),
    "body": frozenset({"description", "note", "source"}),
}

# Fields that planning reads only to order, group and name what pages show, by kind: a save of
# them is shown like a shown-only one, then settled by a full plan (the module's docstring).
SETTLED_LATER: dict[str, frozenset[str]] = {
    "resolution": frozenset({"title"}),
    "document": frozenset({"title"}),
    "plan": frozenset({"title"}),
    "session": frozenset({"title"}),
    "petition": frozenset({"title"}),
    "finding": frozenset({"title"}),
    "exemplar": frozenset({"name_"}),
    "factcheck": frozenset({"title"}),
    "event": frozenset({"name_"}),
    "draft": frozenset({"title"}),
    "body": frozenset({"name"}),
}

# Kinds whose planning copies what other records show: a briefing kit takes its resolution's
# figures (mức hỗ trợ, phạm vi, thời hạn) and the articles of the documents it cites. A record
# such a record refers to, or that refers to it, takes no shortcut.
PLANNING_READS_NEIGHBOURS: frozenset[str] = BRIEFING_KIND_NAMES

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # what a record id looks like (a field value may be one)


def id_like_strings(value: Any, out: set[str]) -> None:
    """Every string in ``value`` (a record, part, list…) that may be the id of another record."""
    if isinstance(value, str):
        if _SLUG.match(value):
            out.add(value)
    elif isinstance(value, BaseModel):
        for child in value.__dict__.values():
            id_like_strings(child, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for child in value:
            id_like_strings(child, out)
    elif isinstance(value, dict):
        for child in value.values():
            id_like_strings(child, out)


def planning_key(entry: Entry) -> tuple[Any, ...] | None:
    """What checking and planning may read of ``entry``, but for the fields of SETTLED_LATER:
    two versions of a record with equal keys give the same catalog, issues and pages, unless a
    record of PLANNING_READS_NEIGHBOURS is next to it; the pages' order and grouping too, unless
    :func:`settled_later_changed`. ``None`` for kinds without a shortcut."""
    record = entry.record
    shown = SHOWN_ONLY.get(record.kind)
    if shown is None:
        return None
    shown = shown | SETTLED_LATER.get(record.kind, frozenset())
    kept = tuple((name, getattr(record, name)) for name in type(record).model_fields if name not in shown)
    ids: set[str] = set()
    id_like_strings(record, ids)
    return (type(record), entry.path, kept, scanned_citations(entry), frozenset(ids))


def settled_later_changed(old: Entry, saved: Entry) -> bool:
    """Whether a field of SETTLED_LATER differs between two versions of a record with equal
    :func:`planning_key`: their pages may then be ordered or grouped otherwise."""
    return any(getattr(old.record, name) != getattr(saved.record, name) for name in SETTLED_LATER.get(old.record.kind, ()))


def adopt(previous: Entry, saved: Entry) -> None:
    """Give ``previous`` (and its record) the values of ``saved``, in place: every structure of
    the previous build that holds them now shows the saved version. Only for versions with
    equal :func:`planning_key`; the objects are immutable everywhere else."""
    object.__setattr__(previous.record, "__dict__", saved.record.__dict__)
    object.__setattr__(previous.record, "__pydantic_fields_set__", saved.record.__pydantic_fields_set__)
    object.__setattr__(previous, "body", saved.body)
    object.__setattr__(previous, "body_line", saved.body_line)
    previous.memo.clear()  # computed from the previous version: the saved one's, if any, instead
    previous.memo.update(saved.memo)
