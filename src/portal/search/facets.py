"""Filter vocabularies, per-document filter columns and result metadata rows.

The five filters of the search page — lĩnh vực (fields), năm (year), cơ quan
(body), tình trạng (status) and loại (kind) — each have a vocabulary, listed in
the manifest with Vietnamese labels. ``facets.js`` holds one column per
filter: for each document (in id order) the index of its value + 1 (0 = none),
in fixed-width base-64 characters; the multi-valued ``field`` column is a comma
list of such codes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from portal.search.doc import SearchDoc
from portal.search.encoding import encode_small, width_for
from portal.text import fold, vn_sorted


@dataclass(frozen=True)
class Facets:
    """Value lists of each filter and their positions."""

    kinds: list[tuple[str, str]]
    years: list[int]
    bodies: list[str]
    statuses: list[tuple[str, str]]
    fields: list[str]

    @classmethod
    def collect(cls, docs: Sequence[SearchDoc], kind_labels: Mapping[str, str]) -> Facets:
        """Gather the values used by ``docs``, in display order."""
        kinds = {d.kind: kind_labels.get(d.kind, d.kind) for d in docs}
        statuses: dict[str, str] = {}
        for d in docs:
            if d.status:
                statuses.setdefault(d.status, d.status_label or d.status)
        years = sorted({y for d in docs if (y := d.facet_year()) is not None}, reverse=True)
        bodies = _vn_order({d.body for d in docs if d.body})
        fields = _vn_order({f for d in docs for f in d.fields if f})
        return cls(
            kinds=sorted(kinds.items(), key=lambda kv: (fold(kv[1]), kv[1], kv[0])),
            years=years,
            bodies=bodies,
            statuses=sorted(statuses.items(), key=lambda kv: (fold(kv[1]), kv[1], kv[0])),
            fields=fields,
        )

    def vocabularies(self) -> dict[str, list[list[Any]]]:
        """The manifest's ``facets``: for each filter, ``[value, label]`` pairs."""
        return {
            "kind": [[v, label] for v, label in self.kinds],
            "year": [[y, str(y)] for y in self.years],
            "body": [[b, b] for b in self.bodies],
            "status": [[v, label] for v, label in self.statuses],
            "field": [[f, f] for f in self.fields],
        }

    def columns(self, docs: Sequence[SearchDoc]) -> dict[str, Any]:
        """The content of ``facets.js``: one coded column per filter."""
        kind_pos = _positions([v for v, _ in self.kinds])
        status_pos = _positions([v for v, _ in self.statuses])
        year_pos = _positions(self.years)
        body_pos = _positions(self.bodies)
        field_pos = _positions(self.fields)
        widths = {
            "kind": width_for(len(self.kinds)),
            "year": width_for(len(self.years)),
            "body": width_for(len(self.bodies)),
            "status": width_for(len(self.statuses)),
            "field": width_for(len(self.fields)),
        }

        def col(name: str, pos: Mapping[Any, int], values: list[Any]) -> str:
            w = widths[name]
            return "".join(encode_small(pos.get(v, -1) + 1, w) for v in values)

        return {
            "w": widths,
            "kind": col("kind", kind_pos, [d.kind for d in docs]),
            "year": col("year", year_pos, [d.facet_year() for d in docs]),
            "body": col("body", body_pos, [d.body for d in docs]),
            "status": col("status", status_pos, [d.status for d in docs]),
            "field": ",".join(
                "".join(encode_small(field_pos[f] + 1, widths["field"]) for f in _unique(d.fields))
                for d in docs
            ),
        }

    def meta_row(self, doc: SearchDoc) -> list[Any]:
        """What a result shows: ``[url, title, number, date, status, kind, body]``.

        ``status`` and ``kind`` are positions in the manifest vocabularies (-1:
        none); the client takes labels from there.
        """
        status = next((i for i, (v, _) in enumerate(self.statuses) if v == doc.status), -1)
        kind = next((i for i, (v, _) in enumerate(self.kinds) if v == doc.kind), -1)
        return [
            doc.url,
            doc.title,
            doc.number or "",
            doc.date_display or doc.date or "",
            status,
            kind,
            doc.body or "",
        ]


def _positions(values: Sequence[Any]) -> dict[Any, int]:
    return {v: i for i, v in enumerate(values)}


def _unique(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def _vn_order(values: set[str]) -> list[str]:
    """Vietnamese alphabetical order, deterministic for equal keys."""
    return list(vn_sorted(sorted(values)))
