"""Exemplary models and fact-checks that concern a resolution, for its briefing kit.

Those record kinds belong to the dissemination loop (``portal.model.loop``). They are looked
up by kind name through the registry, so a kit shows them when the kinds and records exist
and says nothing when they do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.catalog import Catalog
from portal.model.registry import KIND_BY_NAME
from portal.site import urls

RELATED_KINDS = ("exemplar", "factcheck")  # điển hình tiên tiến; cải chính thông tin sai sự thật


@dataclass(frozen=True)
class RelatedItem:
    kind_label: str  # "Điển hình tiên tiến, nhân tố mới"
    title: str
    uri: str | None  # the record's page, when the site publishes one
    detail: str | None = None  # one line the speaker can quote (the facts of a fact-check…)


def _detail(record: object) -> str | None:
    for attribute in ("facts", "story"):
        value = getattr(record, attribute, None)
        if isinstance(value, str):
            return value
    return None


def related_records(catalog: Catalog, resolution_id: str) -> list[RelatedItem]:
    """Records of the related kinds whose ``targets()`` include the resolution, kind by kind."""
    items: list[RelatedItem] = []
    for name in RELATED_KINDS:
        kind = KIND_BY_NAME.get(name)
        if kind is None:
            continue
        for entry in catalog.of_kind(name):
            record = entry.record
            targets = getattr(record, "targets", None)
            if not callable(targets) or resolution_id not in targets():
                continue
            title = getattr(record, "name", None) or getattr(record, "title", entry.id)
            uri = urls.record_uri(record) if record.kind in urls.SECTIONS else None
            items.append(RelatedItem(kind.label, str(title), uri, _detail(record)))
    return items
