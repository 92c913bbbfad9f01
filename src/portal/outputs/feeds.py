"""RSS 2.0 and Atom feeds of new and changed records (asset producer).

Feeds (each in both formats, ``theo-doi/rss-…`` and ``theo-doi/atom-…``; written by
:mod:`portal.outputs.follow`):

* one per record kind that has a publication day — resolutions, other documents, plans,
  sessions, and whatever kinds are registered later (fact-checks, drafts, events…);
* resolutions per field (``linh-vuc/<id>``), as the field's listing page;
* documents per body (``co-quan/<id>``), with the documents of its predecessors, as the
  body's page.

An entry is a record as of its last change (:func:`changed_on`): when it takes effect, is
amended or replaced, or when an editor sets ``ngay_cap_nhat``. The entry's id (RSS ``guid``,
Atom ``id``) is the page's address plus that day (``…/nq-x/#2026-08-01``), so feed readers
show each change as a new item; the link is the page itself. Every date comes from the
records, at midnight in Vietnam (UTC+7).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.records import DocumentBase, Resolution, Topic
from portal.model.registry import RECORD_KINDS
from portal.model.vocab import TopicGroup
from portal.outputs.records import Change, at_start, changed_on, display_title, published_on
from portal.site import urls
from portal.text import format_vn_date
from portal.validity import ValidityReport

if TYPE_CHECKING:
    from portal.site.assets import SiteContext

FEED_SIZE = 50  # newest changes per feed; the open data has everything
FORMATS = ("rss", "atom")
KIND_PAGES = {"resolution": urls.RESOLUTIONS_HUB, "document": urls.DOCUMENTS_HUB, "plan": urls.PLANS_HUB, "session": urls.TIMELINE}


@dataclass(frozen=True)
class FeedSpec:
    key: tuple[str, ...]     # ("nghi-quyet",), ("linh-vuc", "dau-tu"), ("co-quan", "<id>")
    title: str               # Vietnamese
    description: str
    page_uri: str            # the page the feed follows
    entries: tuple[Entry, ...]
    group: str               # "kind", "field" or "body", for the "Theo dõi" page

    def path(self, fmt: str) -> str:
        return urls.feed_path(fmt, *self.key)


def _newest(entries: list[Entry], changes: dict[str, Change | None]) -> tuple[Entry, ...]:
    dated = [(c, e) for e in entries if (c := changes[e.id]) is not None]
    dated.sort(key=lambda ce: (ce[0].day, ce[1].id), reverse=True)
    return tuple(e for _, e in dated[:FEED_SIZE])


def feed_specs(catalog: Catalog, statuses: dict[str, ValidityReport], page_uris: set[str] | None = None) -> list[FeedSpec]:
    """Every feed of the site, in a stable order; feeds without entries are left out."""
    specs: list[FeedSpec] = []
    changes = {e.id: changed_on(e, statuses.get(e.id)) for e in catalog.by_id.values()}  # a record is in several feeds
    by_field: dict[str, list[Entry]] = defaultdict(list)
    for e in catalog.resolutions:
        if isinstance(e.record, Resolution):
            for field_id in dict.fromkeys(e.record.fields):
                by_field[field_id].append(e)
    for kind in RECORD_KINDS:
        entries = [e for e in catalog.of_kind(kind.kind) if published_on(e.record)]
        hub = KIND_PAGES.get(kind.kind) or urls.listing_uri(urls.SECTIONS.get(kind.kind, kind.kind))
        page = hub if page_uris is None or hub in page_uris else urls.FOLLOW
        news = "mới ban hành và thay đổi" if issubclass(kind, DocumentBase) else "mới và cập nhật"
        about = f"{kind.label} mới và những thay đổi (có hiệu lực, được sửa đổi, thay thế, cập nhật) trên cổng."
        specs.append(FeedSpec((urls.kind_slug(kind.kind),), f"{kind.label}: {news}", about, page, _newest(entries, changes), "kind"))
    for topic in catalog.topics(TopicGroup.FIELD):
        assert isinstance(topic.record, Topic)
        members = by_field.get(topic.id, [])
        about = f"Nghị quyết thuộc lĩnh vực {topic.record.name}: mới ban hành và thay đổi."
        specs.append(FeedSpec(("linh-vuc", topic.id), f"Nghị quyết về {topic.record.name}", about, urls.record_uri(topic.record), _newest(members, changes), "field"))
    for body in catalog.bodies:
        lineage = catalog.lineage(body.id)
        docs = list({d.id: d for b in lineage for d in catalog.documents_by_issuer.get(b, [])}.values())
        name = body.record.name  # type: ignore[attr-defined]
        about = f"Văn bản của {name}{' và các cơ quan tiền thân' if len(lineage) > 1 else ''}: mới ban hành và thay đổi."
        specs.append(FeedSpec(("co-quan", body.id), f"Văn bản của {name}", about, urls.record_uri(body.record), _newest(docs, changes), "body"))
    return [s for s in specs if s.entries]


def _summary(entry: Entry, change: Change, report: ValidityReport | None, first: object) -> str:
    rec = entry.record
    parts: list[str] = []
    if isinstance(rec, DocumentBase):
        parts.append(rec.title if rec.title.endswith((".", "!", "?")) else f"{rec.title}.")
    if report is not None:
        parts.append(f"Tình trạng hiệu lực: {report.label} (tính đến ngày {format_vn_date(report.as_of, 'numeric')}).")
    if change.reason and change.day != first:
        parts.append(f"Ngày {format_vn_date(change.day, 'numeric')}: {change.reason}.")
    summary = getattr(rec, "summary", None)
    if isinstance(summary, str):
        parts.append(summary)
    if rec.sample:
        parts.append("Dữ liệu minh họa, không phải văn bản thật.")
    return " ".join(parts)


def render_feed(spec: FeedSpec, context: SiteContext, fmt: str) -> bytes:
    """One feed as bytes (UTF-8 XML); deterministic for the same data and build date."""
    site = context.settings.site_url
    statuses = context.statuses
    fg = FeedGenerator()
    fg.id(urls.absolute_url(site, spec.path("atom")))
    fg.title(f"{spec.title} — {context.settings.site_name}")
    fg.author({"name": context.settings.publisher})
    fg.link(href=urls.page_absolute_url(site, spec.page_uri), rel="alternate")
    fg.link(href=urls.absolute_url(site, spec.path(fmt)), rel="self")
    fg.description(spec.description)
    fg.language("vi")
    fg.generator(context.settings.site_name)
    changes = {e.id: changed_on(e, statuses.get(e.id)) for e in spec.entries}
    newest = at_start(max(c.day for c in changes.values() if c))
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for entry in spec.entries:
        change = changes[entry.id]
        assert change is not None
        rec = entry.record
        first = published_on(rec)
        url = urls.page_absolute_url(site, urls.record_uri(rec))
        fe = fg.add_entry(order="append")
        fe.guid(f"{url}#{change.day.isoformat()}", permalink=False)  # RSS guid and Atom id
        fe.title(display_title(rec))
        fe.link(href=url, rel="alternate")
        fe.description(_summary(entry, change, statuses.get(entry.id), first), isSummary=True)
        fe.published(at_start(first) if first else at_start(change.day))
        fe.updated(at_start(change.day))
        if fmt == "rss":
            fe.pubDate(at_start(change.day))
        for field_id in getattr(rec, "fields", []):
            topic = context.catalog.record(field_id)
            if isinstance(topic, Topic):
                fe.category(term=field_id, label=topic.name)
    return fg.rss_str(pretty=True) if fmt == "rss" else fg.atom_str(pretty=True)
