"""The record the search index is built from.

`SearchDoc` is the search engine's whole view of a page: the site build maps
each record page (resolution, session, document) to one `SearchDoc`. Listing,
navigation and timeline pages are not search documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SearchDoc:
    """One searchable page.

    Attributes:
        url: Page URL relative to the site root, e.g. ``"nghi-quyet/2023/15-2023-nq-hdnd/"``.
        kind: Record kind, e.g. ``"nghi-quyet"``, ``"ky-hop"``, ``"tai-lieu"`` (filter "Loại").
        title: Title or trích yếu, as displayed.
        number: Số ký hiệu as printed (``"15/2023/NQ-HĐND"``, ``"238-QĐ/TW"``), if any.
        date: Issue date, ISO ``YYYY-MM-DD``; orders results that tie (newest first).
        date_display: The date as shown, e.g. ``"05/02/2023"``.
        status: Validity status code (filter "Tình trạng"), e.g. ``"con-hieu-luc"``.
        status_label: Its Vietnamese label, e.g. ``"Còn hiệu lực"``.
        fields: Lĩnh vực labels (filter "Lĩnh vực"); also searchable.
        year: Year for the "Năm" filter; taken from ``date`` when None.
        body: Issuing body as displayed (filter "Cơ quan"); also searchable.
        text: Summary and key content to search (not navigation, not listings).
    """

    url: str
    kind: str
    title: str
    number: str | None = None
    date: str | None = None
    date_display: str | None = None
    status: str | None = None
    status_label: str | None = None
    fields: list[str] = field(default_factory=list)
    year: int | None = None
    body: str | None = None
    text: str = ""

    def facet_year(self) -> int | None:
        """The year used by the "Năm" filter: ``year``, else the year of ``date``."""
        if self.year is not None:
            return self.year
        if self.date and len(self.date) >= 4 and self.date[:4].isdigit():
            return int(self.date[:4])
        return None
