"""Every document number cited in the prose of every record, resolved once per build.

:func:`link_catalog` scans each record's prose (:mod:`portal.links.prose`), resolves each
number (:mod:`portal.links.resolve`) and keeps the results, so that record pages, the
"Lược đồ" back-references, the build report and the open data all read the same answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from portal.catalog import Catalog
from portal.links.index import SymbolIndex, build_symbol_index
from portal.links.prose import Where, prose_of
from portal.links.resolve import Outcome, Resolution, resolve_citation
from portal.links.scan import Found, find_citations
from portal.load.loader import Entry
from portal.text import Citation, symbol_key

Resolved = tuple[Found, Resolution]


@dataclass(frozen=True)
class PlacedCitation:
    """A cited number at one place of one record."""

    where: Where
    found: Found
    resolution: Resolution


@dataclass(frozen=True)
class CitedNumber:
    """One distinct number a record cites without a single record to link: unknown or ambiguous."""

    citation: Citation  # the fullest occurrence (type word and date when any occurrence has them)
    resolution: Resolution
    places: tuple[Where, ...]


@dataclass
class CitationIndex:
    catalog: Catalog
    symbols: SymbolIndex
    by_record: dict[str, tuple[PlacedCitation, ...]] = field(default_factory=dict)
    cited_in: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    _by_text: dict[tuple[str, str], tuple[Resolved, ...]] = field(default_factory=dict)

    def in_text(self, text: str, citing: Entry | None) -> tuple[Resolved, ...]:
        """The resolved numbers of one text; reuses the scan of the build.

        A text of ``citing``'s own prose was scanned by the build: its numbers, if any, were
        resolved then, and a text without any is not scanned again (nearly every text a page
        autolinks; scanning them again took 9% of the instructions of rendering a resolution
        page). Any other text is scanned here.
        """
        if citing is not None:
            known = self._by_text.get((citing.id, text))
            if known is not None:
                return known
            if _scanned_without_numbers(citing, text):
                return ()
        return tuple((f, resolve_citation(f.citation, self.symbols, self.catalog, citing)) for f in find_citations(text))

    def cites(self, record_id: str) -> tuple[Entry, ...]:
        """Distinct records the prose of ``record_id`` links to, in order of first mention."""
        targets: dict[str, Entry] = {}
        for placed in self.by_record.get(record_id, ()):
            target = placed.resolution.target
            if placed.resolution.outcome == Outcome.LINKED and target is not None:
                targets.setdefault(target.id, target)
        return tuple(targets.values())

    def unresolved(self, record_id: str, outcome: Outcome) -> list[CitedNumber]:
        """Distinct numbers (by ``symbol_key``) of ``record_id`` with this outcome, first mention first."""
        groups: dict[str, list[PlacedCitation]] = defaultdict(list)
        for placed in self.by_record.get(record_id, ()):
            if placed.resolution.outcome == outcome:
                groups[symbol_key(placed.found.citation.symbol)].append(placed)
        out = []
        for items in groups.values():
            best = next((p for p in items if p.found.citation.date), None) or next((p for p in items if p.found.citation.doc_type), items[0])
            out.append(CitedNumber(best.found.citation, best.resolution, tuple(dict.fromkeys(p.where for p in items))))
        return out


Scanned = tuple[tuple[Where, str, tuple[Found, ...]], ...]  # (where, text, numbers found) per prose field
_SCANNED = "citations"  # its name in ``Entry.memo``: a preview re-links unchanged records without
# scanning them again, and a build those of files unchanged since the last (portal.load.record_store)


def _kept(entry: Entry) -> Scanned | None:
    """The kept scan of ``entry``'s prose, if this entry was scanned."""
    return entry.memo.get(_SCANNED)


def _scan(entry: Entry) -> Scanned:
    """The numbers cited in each prose field of ``entry`` (they depend on its text alone)."""
    kept = _kept(entry)
    return kept if kept is not None else _scan_again(entry)


def _scanned_without_numbers(entry: Entry, text: str) -> bool:
    """Whether the build's scan of ``entry``'s prose found ``text`` there, without a number."""
    for _, scanned, found in _kept(entry) or ():
        if scanned == text:
            return not found
    return False


def _scan_again(entry: Entry) -> Scanned:
    return tuple((where, text, tuple(find_citations(text))) for where, text in prose_of(entry))


def _place(index: CitationIndex, entry: Entry, scanned: Scanned) -> tuple[PlacedCitation, ...]:
    """Resolve the scanned numbers of ``entry``; the texts that have any are remembered for ``in_text``."""
    placed: list[PlacedCitation] = []
    for where, text, found in scanned:
        resolved = tuple((f, resolve_citation(f.citation, index.symbols, index.catalog, entry)) for f in found)
        if resolved:
            index._by_text[(entry.id, text)] = resolved
        placed += [PlacedCitation(where, f, r) for f, r in resolved]
    return tuple(placed)


def link_catalog(catalog: Catalog) -> CitationIndex:
    """Scan and resolve the prose of every record of ``catalog`` (deterministic order)."""
    index = CitationIndex(catalog, build_symbol_index(catalog))
    cited_in: dict[str, dict[str, Entry]] = defaultdict(dict)
    for entry in catalog.by_id.values():
        scanned = _scan(entry)
        entry.memo[_SCANNED] = scanned
        placed = _place(index, entry, scanned)
        for p in placed:
            if p.resolution.outcome == Outcome.LINKED and p.resolution.target is not None:
                cited_in[p.resolution.target.id].setdefault(entry.id, entry)
        if placed:
            index.by_record[entry.id] = placed
    index.cited_in = {k: tuple(v.values()) for k, v in cited_in.items()}
    return index


def scanned_citations(entry: Entry) -> tuple[tuple[Where, Citation, bool], ...]:
    """What ``entry``'s prose cites, place by place, without the offsets in its text."""
    return tuple((where, replace(f.citation, start=0, end=0), f.linkable) for where, _, found in _scan(entry) for f in found)


def rescan_record(index: CitationIndex, entry: Entry) -> None:
    """Scan ``entry`` again after its prose changed, when it still cites the same numbers at the
    same places (:func:`scanned_citations`): only offsets in its text moved, so whom it cites,
    and who is cited by whom, stay as they are (a preview's shortcut, see portal.preview_shortcut)."""
    index._by_text = {key: value for key, value in index._by_text.items() if key[0] != entry.id}
    scanned = entry.memo[_SCANNED] = _scan_again(entry)
    placed = _place(index, entry, scanned)
    if placed:
        index.by_record[entry.id] = placed
    else:
        index.by_record.pop(entry.id, None)
