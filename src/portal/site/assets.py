"""Files the site publishes besides its pages: feeds, calendars, open data, search index…

Each producer is a pure function of the build context returning ``{relative path: bytes}``
(or yielding ``(path, bytes)`` pairs, when its files are many);
the driver writes them into the output folder after the pages. Producers are listed once,
in ``PRODUCERS``; a path produced twice is a programming error, reported loudly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Callable, Iterator

from portal.briefing.produce import briefing_files
from portal.catalog import Catalog
from portal.outputs.follow import produce_follow
from portal.outputs.opendata import produce_open_data
from portal.site.plan import PlannedPage, SiteSettings
from portal.site.schema_assets import schema_files
from portal.site.search_docs import search_index_files
from portal.validity import ValidityReport


@dataclass(frozen=True)
class SiteContext:
    catalog: Catalog
    settings: SiteSettings
    statuses: dict[str, ValidityReport]
    pages: list[PlannedPage]  # what exists (src_uri, edit_path, searchable); producers never need page text


AssetProducer = Callable[[SiteContext], Mapping[str, bytes] | Iterable[tuple[str, bytes]]]  # big ones yield

PRODUCERS: list[AssetProducer] = [briefing_files, schema_files, produce_follow, produce_open_data, search_index_files]


def iter_assets(context: SiteContext, producers: list[AssetProducer] | None = None) -> Iterator[tuple[str, bytes]]:
    """Every file of every producer, one producer's output at a time (a driver writes and forgets)."""
    seen: set[str] = set()
    for producer in PRODUCERS if producers is None else producers:
        produced = producer(context)
        for path, content in produced.items() if isinstance(produced, Mapping) else produced:
            if path in seen:
                raise ValueError(f"{path} is produced twice (second time by {producer.__name__})")
            seen.add(path)
            yield path, content


def produce_assets(context: SiteContext, producers: list[AssetProducer] | None = None) -> dict[str, bytes]:
    """Run every producer; return all files, sorted by path for deterministic output."""
    return dict(sorted(iter_assets(context, producers)))
