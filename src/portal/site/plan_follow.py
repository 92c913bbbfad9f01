"""Pages about following the portal and reusing its data, and the links browsers discover.

``plan_follow`` runs last in :func:`portal.site.plan.plan_site`: it adds the "Theo dõi" page
(every feed and calendar), the open-data page (files, fields, licence) and the build report
of citations, then gives pages the ``<link rel="alternate">`` of their feeds (front matter ``alternates``,
written into the head by ``overrides/main.html``) and record pages a link to their JSON twin.
Like the rest of planning it is a pure function of the catalog, the settings and statuses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from portal.links.prose import describe_where
from portal.links.report import citation_report
from portal.model.registry import RECORD_KINDS
from portal.model.schema import schema_file_name
from portal.outputs.calendar import calendar_groups
from portal.outputs.feeds import FEED_SIZE, FORMATS, FeedSpec, feed_specs
from portal.outputs.opendata import CATALOG_FILE, CITATIONS_FILE, DERIVED_COLUMNS, LICENCE, bulk_schema_name, twin_schema_name
from portal.site import urls
from portal.site.plan import PlannedPage

if TYPE_CHECKING:
    from portal.site.plan import Planner

MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/json", "ics": "text/calendar"}
SITE_FEED_KINDS = ("resolution", "factcheck")  # announced on the home page when they have entries


def _feed_alternates(spec: FeedSpec) -> list[dict[str, str]]:
    return [{"path": spec.path(fmt), "type": MEDIA_TYPES[fmt], "title": f"{spec.title} ({fmt.upper() if fmt == 'rss' else 'Atom'})"} for fmt in FORMATS]


def _alternates(planner: Planner, specs: list[FeedSpec]) -> dict[str, list[dict[str, str]]]:
    """Per page: the feeds it follows (the head's ``<link rel="alternate">``) and its JSON twin.

    Feeds of a kind go on that kind's hub, of a field on the field's page, of a body on the
    body's page; the main ones (SITE_FEED_KINDS and the calendar) on the home page and the
    "Theo dõi" page, where readers paste the site's address. Record pages announce none:
    every ``<link rel="alternate">`` costs readers a request (see :mod:`portal.outputs.follow`).
    """
    by_uri: dict[str, list[dict[str, str]]] = defaultdict(list)
    for spec in specs:
        by_uri[spec.page_uri] += _feed_alternates(spec)
    main = [a for spec in specs if spec.group == "kind" and spec.key[0] in {urls.kind_slug(k) for k in SITE_FEED_KINDS} for a in _feed_alternates(spec)]
    main.append({"path": urls.calendar_path(), "type": MEDIA_TYPES["ics"], "title": "Lịch kỳ họp, sự kiện, hạn góp ý và ngày có hiệu lực"})
    by_uri[urls.HOME] = main + [a for a in by_uri[urls.HOME] if a not in main]
    by_uri[urls.FOLLOW] = main
    for entry in planner.catalog.by_id.values():
        by_uri[urls.record_uri(entry.record)].append({"path": urls.twin_path(entry.record), "type": MEDIA_TYPES["json"], "title": "Dữ liệu của trang này (JSON)"})
    return by_uri


def plan_follow(planner: Planner) -> None:
    """Add the follow, open-data and citation-report pages; attach alternates to every page."""
    catalog, statuses, today = planner.catalog, planner.statuses, planner.settings.today
    specs = feed_specs(catalog, statuses, {p.src_uri for p in planner.pages} | {urls.FOLLOW})
    groups = {g: [s for s in specs if s.group == g] for g in ("kind", "field", "body")}
    calendars = [(urls.calendar_path(key), name, len(items)) for key, name, items in calendar_groups(catalog, today)]
    planner.pages.append(PlannedPage(urls.FOLLOW, "follow.md.j2", "Theo dõi", {"groups": groups, "calendars": calendars, "formats": FORMATS, "feed_size": FEED_SIZE},
                                     description="Bản tin RSS, Atom và lịch iCalendar của cổng: nghị quyết mới, thay đổi, kỳ họp, hạn góp ý."))
    kinds = [(k, len(catalog.of_kind(k.kind)), urls.data_path(k.kind, "json"), urls.data_path(k.kind, "csv"),
              {n: urls.schema_path(n) for n in (schema_file_name(k), twin_schema_name(k), bulk_schema_name(k))}) for k in RECORD_KINDS]
    planner.pages.append(PlannedPage(urls.OPEN_DATA, "open_data.md.j2", "Dữ liệu mở", {
        "kinds": kinds, "licence": LICENCE, "derived": DERIVED_COLUMNS, "catalog_file": urls.data_file(CATALOG_FILE),
        "citations_file": urls.data_file(CITATIONS_FILE), "example": next((e for e in catalog.resolutions), None),
    }, description="Tải toàn bộ dữ liệu của cổng dạng JSON và CSV, kèm lược đồ JSON Schema và giấy phép."))
    rows = citation_report(catalog.citations)
    planner.pages.append(PlannedPage(urls.CITATION_REPORT, "citation_report.md.j2", "Báo cáo dẫn chiếu", {"rows": rows, "citations_file": urls.data_file(CITATIONS_FILE), "where": describe_where}))
    by_uri = _alternates(planner, specs)
    planner.pages[:] = [replace(p, alternates=tuple(by_uri[p.src_uri])) if by_uri.get(p.src_uri) else p for p in planner.pages]
