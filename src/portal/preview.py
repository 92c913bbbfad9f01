"""Rebuild only what a save touched, for a long-running preview (``mkdocs serve``).

After each save the driver asks :meth:`PreviewSession.plan` for the site and the pages
that changed. Unchanged files are not read again (:mod:`portal.load.cache`), and a page
is rendered again only when something it shows may have changed:

* every page planned with a *touched* record — the record saved, or one whose validity
  status changed — in its content: its own pages, the listings that show it;
* the own pages of the touched records' *neighbours*: the records they refer to and those
  that refer to them (fields such as ``co_quan_ban_hanh``, ``ky_hop``, relations, and
  document numbers cited in the text), before and after the save — they show its title,
  number and status;
* any page whose planned content changed: a listing whose items moved, a hub whose
  counts changed, a new page;
* pages that show no record at all (hubs, guides): always, they are few.

A save that changes only what pages show (a summary, a condition, the body…) skips checking
and planning altogether: the previous build is kept, with the saved record adopted in place
(:mod:`portal.preview_shortcut`), and the pages above are written again. A save of a title,
which planning reads only to order and group pages, is shown the same way at once; the
session is then :attr:`PreviewSession.unsettled` and its driver plans again straight away,
in full, to write the pages whose order or grouping moved.

Any other save of one valid record (a date, a number, a topic, a relation…) is checked in
full first, which takes a fraction of planning. When the checks find what they found before,
the saved record is shown at once the same way, its own validity status worked out again, and
the full plan that follows writes everything else the save changed: listings, indexes, other
records' statuses (:attr:`PreviewSession.checked`). When they find something new, the save is
planned in full at once, and its errors stop the build as in any build.

A save of one valid record planned in full (a topic, a new file…) has the record's own pages
written at once (:attr:`PreviewSession.own_first`), before any page is signed; the build right
after signs the pages of the same plan and writes every other page that changed. A topic's name
is on the page of every resolution of the topic: the page the editor looks at does not wait for
a thousand others, nor for signing thirteen thousand.

Everything here is plain Python: a driver other than MkDocs could keep a session too.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from portal.build import SiteBuild, ValidationResult, check_loaded, plan_checked
from portal.catalog import Catalog
from portal.links.citations import CitationIndex, rescan_record
from portal.load.cache import LoadCache, Stamp
from portal.load.loader import Entry, LoadResult, load_all
from portal.load.record_store import RecordStore
from portal.loop.links import targets
from portal.model.loop.kinds import LoopRecord
from portal.model.records import Record
from portal.preview_shortcut import PLANNING_READS_NEIGHBOURS, adopt, id_like_strings, planning_key, settled_later_changed
from portal.site.plan import PlannedPage, SiteSettings
from portal.validate.issues import Issue
from portal.validity import ValidityReport, compute_validity

@dataclass
class _Neighbours:
    """Who refers to whom in one catalog, in both directions."""

    forward: dict[str, frozenset[str]]
    backward: dict[str, set[str]]

    def of(self, ids: set[str] | frozenset[str]) -> set[str]:
        out: set[str] = set()
        for i in ids:
            out |= self.forward.get(i, frozenset())
            out |= self.backward.get(i, set())
        return out


@dataclass
class _Snapshot:
    settings: SiteSettings
    site: SiteBuild | None  # let go when the next save is planned in full: one catalog in memory at a time
    load_issues: list[Issue]  # of every file, as the load gave them
    statuses: dict[str, ValidityReport]
    neighbours: _Neighbours
    signatures: dict[str, str | None]
    showing: dict[str, set[str]]  # record id → pages whose plan holds the record


@dataclass
class _Unsigned:
    """A plan whose own pages of the saved record were written before its pages were signed."""

    site: SiteBuild
    load_issues: list[Issue]
    touched: frozenset[str]  # records changed since the last snapshot
    written: frozenset[str]


@dataclass
class PreviewSession:
    """What a preview keeps between rebuilds: file results, who refers to whom, page signatures."""

    cache: LoadCache = field(default_factory=LoadCache)
    # Records kept since the last build (portal.load.record_store): the first load reads them
    # and writes what it loaded; later loads have ``cache``.
    store: RecordStore | None = None
    shortcut: str | None = None  # the file of the last save that took the shortcut (portal.preview_shortcut)
    # The last plan showed a save at once and left order and grouping as they were: the next
    # plan is a full one, and the driver should ask for it now (a title, portal.preview_shortcut.SETTLED_LATER;
    # or any save once checked, ``checked``). Or it wrote the saved record's own pages only (``own_first``).
    unsettled: bool = False
    checked: bool = False  # the last plan checked every record before it showed the save at once
    # The file of a save planned in full whose own pages the last plan gave to write at once; the
    # build right after signs every page of the same plan and writes the rest (``_unsigned``).
    own_first: str | None = None
    _unsigned: _Unsigned | None = None
    _settling: frozenset[str] = frozenset()  # ids shown at once by the last plan: the full plan after it counts them as changed
    _strings: dict[int, tuple[Entry, frozenset[str]]] = field(default_factory=dict)  # by id(entry)
    _generation: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    _previous: _Snapshot | None = None

    def plan(self, root: Path, settings: SiteSettings) -> tuple[SiteBuild, frozenset[str] | None]:
        """The site, and the ``src_uri`` of every page to write again (``None``: all of them)."""
        loaded = load_all(root, root / "data", cache=self.cache, store=self.store)
        self.shortcut, self.checked, self.own_first = None, False, None
        settling, self._settling = self._settling, frozenset()
        unsigned, self._unsigned = self._unsigned, None
        if unsigned is not None and not self.cache.changed and loaded.issues == unsigned.load_issues:
            self.unsettled = False  # nothing saved since: the plan that wrote its own pages, signed now
            site, dirty = self._signed(unsigned.site, unsigned.load_issues, unsigned.touched, settings)
            return site, None if dirty is None else dirty - unsigned.written
        touched = set(self.cache.changed_ids) | settling | (unsigned.touched if unsigned else set())  # unsigned: the last snapshot has not seen it
        checks: list[ValidationResult] = []  # the whole check, when the shortcut ran it
        taken = None if self.unsettled else self._shortcut(root, loaded, settings, checks)
        if taken is not None:
            return taken
        self.unsettled = False
        if self._previous is not None:
            self._previous.site = None
        site = plan_checked(checks[0] if checks else check_loaded(root, loaded), settings)
        if self.store is not None:  # after planning, which keeps with each entry what it found in it alone
            self.store.save()
            self.store = None
        if not site.ok or site.catalog is None:
            self._previous = None  # after errors, start again from a full build
            return site, None
        own = self._own_pages(site, settings)
        if own:  # signing every page waits for the next build: the snapshot stays the last one signed
            self._unsigned = _Unsigned(site, loaded.issues, frozenset(touched), own)
            self.unsettled = True
            return site, own
        return self._signed(site, loaded.issues, touched, settings)

    def _signed(self, site: SiteBuild, load_issues: list[Issue], touched: set[str] | frozenset[str], settings: SiteSettings) -> tuple[SiteBuild, frozenset[str] | None]:
        """Sign every page of a new plan, keep it as the snapshot, and give the pages whose
        signature changed since the last one, with the pages around ``touched`` records."""
        assert site.catalog is not None
        neighbours = self._neighbours(site.catalog)
        previous = self._previous
        around: set[str] = set()  # records whose pages show a touched record
        if previous is not None and previous.settings == settings:
            touched = set(touched) | {i for i, report in site.statuses.items() if previous.statuses.get(i) != report}
            around = (previous.neighbours.of(touched) | neighbours.of(touched)) - touched
            for record_id in touched:  # every page planned with a touched record gets a new signature
                self._generation[record_id] += 1
        signatures: dict[str, str | None] = {}
        showing: dict[str, set[str]] = defaultdict(set)
        for page in site.pages:
            signatures[page.src_uri], refs = self._signature(page)
            for record_id in refs:
                showing[record_id].add(page.src_uri)
        self._previous = _Snapshot(settings, site, load_issues, site.statuses, neighbours, signatures, dict(showing))
        if previous is None or previous.settings != settings:
            return site, None
        dirty = {page.src_uri for page in site.pages if signatures[page.src_uri] is None or previous.signatures.get(page.src_uri) != signatures[page.src_uri]}
        return site, frozenset(dirty | _pages_around(site, showing, around))

    def _own_pages(self, site: SiteBuild, settings: SiteSettings) -> frozenset[str]:
        """The pages edited in the one file saved, when it is a valid record and a plan with the
        same settings was signed before: the first page of each of its listings, its other
        pages whole, and sets :attr:`own_first`; otherwise none."""
        previous = self._previous
        saved = self._one_saved()
        if previous is None or previous.settings != settings or saved is None:
            return frozenset()
        path = saved[2].path
        own = frozenset(page.src_uri for page in site.pages if page.edit_path == path and getattr(page.context.get("pager"), "page", 1) == 1)
        if own:
            self.own_first = path
        return own

    def _one_saved(self) -> tuple[Path, Stamp, Entry, list[Issue]] | None:
        """The one file the last load read again, when it holds a valid record: the file, its
        stamp, the record and its warnings. ``None`` for none, several, a deleted file or errors."""
        if len(self.cache.changed) != 1:
            return None
        (file,) = self.cache.changed
        known = self.cache.results.get(file)
        if known is None or known[1][0] is None:
            return None
        stamp, (entry, issues) = known
        return file, stamp, entry, issues

    # -- a save of what pages show only ------------------------------------------------
    def _shortcut(self, root: Path, loaded: LoadResult, settings: SiteSettings, checks: list[ValidationResult]) -> tuple[SiteBuild, frozenset[str]] | None:
        """The previous build again, with the saved record adopted, when one valid record was
        saved and either changed only what pages show (portal.preview_shortcut) or passes the
        whole check as before (appended to ``checks``); otherwise ``None``."""
        previous = self._previous
        one = self._one_saved()
        if previous is None or previous.settings != settings or one is None or loaded.issues != previous.load_issues:
            return None
        file, stamp, saved, file_issues = one
        if file_issues:  # a record with warnings
            return None
        site = previous.site
        assert site is not None and site.catalog is not None
        old = site.catalog.by_id.get(saved.id)
        if old is None or old is saved or old.path != saved.path:
            return None
        if any(issue.path == old.path for issue in site.issues):  # their lines may have moved
            return None
        key = planning_key(old)
        if key is None:  # topics, kits, talks: planning makes their pages from their fields, so shown at once they would show the old text
            return None
        next_to_kits = any(site.catalog.by_id[i].record.kind in PLANNING_READS_NEIGHBOURS for i in previous.neighbours.of({old.id}) if i in site.catalog.by_id)
        if key != planning_key(saved) or next_to_kits:  # planning reads the save: shown at once only if the checks agree
            checks.append(check_loaded(root, loaded))
            if checks[0].issues != site.issues:
                return None
            self.checked = self.unsettled = True
        else:
            self.unsettled = settled_later_changed(old, saved)  # shown now; order and grouping in the next, full plan
        adopt(old, saved)
        self._strings.pop(id(old), None)  # the ids it names may have changed
        rescan_record(site.catalog.citations, old)
        self.cache.results[file] = (stamp, (old, file_issues))  # the next load gives the adopted object
        self.shortcut = old.path
        statuses = site.statuses
        if self.checked:
            self._settling = frozenset({old.id})
            if old.id in statuses:  # its own dates may have changed: its status, now; the others' in the full plan
                statuses = {**statuses, old.id: compute_validity(old, site.catalog, settings.today)}
        dirty = previous.showing.get(old.id, set()) | {uri for uri, signature in previous.signatures.items() if signature is None}
        fresh = SiteBuild(site.catalog, site.issues, settings, site.pages, statuses)  # a new renderer: nothing cached from before
        previous.site = fresh
        return fresh, frozenset(dirty | _pages_around(site, previous.showing, previous.neighbours.of({old.id}) - {old.id}))

    # -- who refers to whom ---------------------------------------------------------
    def _neighbours(self, catalog: Catalog) -> _Neighbours:
        ids = catalog.by_id.keys()
        strings: dict[int, tuple[Entry, frozenset[str]]] = {}
        forward: dict[str, frozenset[str]] = {}
        backward: dict[str, set[str]] = defaultdict(set)
        citations = catalog.citations
        for entry in catalog.by_id.values():
            known = self._strings.get(id(entry))
            if known is None or known[0] is not entry:  # a file read again: a new Entry object
                found: set[str] = set()
                id_like_strings(entry.record, found)
                known = (entry, frozenset(found))
            strings[id(entry)] = known
            refs = {s for s in known[1] if s in ids and s != entry.id} | {t.id for t in citations.cites(entry.id)}
            if isinstance(entry.record, LoopRecord):  # what it concerns: a petition's session through its event too
                refs.update(t for t in targets(entry, catalog.by_id) if t in ids)
            forward[entry.id] = frozenset(refs)
            for target in refs:
                backward[target].add(entry.id)
        self._strings = strings  # entries of this catalog only: the old ones can be freed
        return _Neighbours(forward, dict(backward))

    # -- what a page shows ----------------------------------------------------------
    def _signature(self, page: PlannedPage) -> tuple[str | None, list[str]]:
        """A digest of everything planned for the page, records by id and generation, and the
        ids of those records; ``None`` for a page that shows no record at all (written every time)."""
        refs: list[str] = []
        # alternates are plain strings in dicts: repr() is exact, and far quicker than _shape
        shape = (page.template, page.title, page.description, page.edit_path, repr(page.alternates), _shape(page.context, self._generation, refs, set()))
        if not refs:
            return None, refs
        return hashlib.blake2b(repr(shape).encode("utf-8"), digest_size=16).hexdigest(), refs


def _pages_around(site: SiteBuild, showing: dict[str, set[str]], record_ids: set[str]) -> set[str]:
    """The pages edited in the files of these records and the pages planned with them, but for
    paginated listings (whose items show their own fields and status only): they show these
    records' neighbours too — a record page its issuer's name, the home page the council of
    each session it lists."""
    assert site.catalog is not None
    files = {site.catalog.by_id[i].path for i in record_ids if i in site.catalog.by_id}
    holding = set().union(*(showing.get(i, ()) for i in record_ids))
    return {page.src_uri for page in site.pages if (page.edit_path in files or page.src_uri in holding) and "pager" not in page.context}


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _shape(value: Any, generation: dict[str, int], refs: list[str], seen: set[int]) -> Any:
    """``value`` as nested tuples of plain values; records become (id, generation)."""
    if value is None or isinstance(value, (str, int, float, bool, date, Enum)):
        return value
    if isinstance(value, Entry):
        return _entry_shape(value, generation, refs)
    if isinstance(value, Record):
        refs.append(value.id)
        return ("R", value.id, generation[value.id])
    if isinstance(value, (Catalog, CitationIndex)):
        return (type(value).__name__,)  # the whole catalog: what a page takes from it is tracked by neighbours
    if id(value) in seen:
        return ("…",)
    seen.add(id(value))
    if isinstance(value, BaseModel):
        return (type(value).__name__, repr(value))
    if isinstance(value, dict):
        return tuple((str(k), _shape(v, generation, refs, seen)) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_shape_items(value, generation, refs, seen))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *_shape_items([getattr(value, name) for name in _field_names(type(value))], generation, refs, seen))
    return (type(value).__name__,)  # functions, views: what they show comes from the catalog


def _entry_shape(entry: Entry, generation: dict[str, int], refs: list[str]) -> tuple[str, str, int]:
    refs.append(entry.id)
    return ("E", entry.id, generation[entry.id])


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _shape_items(values: Any, generation: dict[str, int], refs: list[str], seen: set[int]) -> list[Any]:
    """:func:`_shape` of each value, the common ones without its chain of type tests: a
    listing holds dozens of entries, a pager hundreds of addresses (shaping them one
    :func:`_shape` call at a time was a third of the time of signing every page)."""
    out = []
    for v in values:
        kind = type(v)
        if kind in _PLAIN:
            out.append(v)
        elif kind is Entry:
            out.append(_entry_shape(v, generation, refs))
        else:
            out.append(_shape(v, generation, refs, seen))
    return out


_SESSIONS: dict[Path, PreviewSession] = {}


def session_for(root: Path) -> PreviewSession:
    """The preview session of a project, kept for the life of the process (``mkdocs serve``)."""
    root = root.resolve()
    if root not in _SESSIONS:
        _SESSIONS[root] = PreviewSession(store=RecordStore.for_data(root / "data"))
    return _SESSIONS[root]
