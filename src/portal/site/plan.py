"""Decide which pages exist and what each one shows (no rendering here).

``plan_site`` is a pure function of the catalog and the settings: the same data and
the same build date always give the same list of pages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from portal.catalog import Catalog
from portal.links.diagram import DiagramGroup, document_diagram, may_overflow
from portal.load.loader import Entry
from portal.loop.links import LOOP_KIND_NAMES
from portal.model.briefing import BRIEFING_KIND_NAMES
from portal.model.records import Body, DocumentBase, Resolution, Session, Topic
from portal.model.vocab import BodyCategory, BodyLevel, DocumentType, TopicGroup, Validity
from portal.search.page import search_page_html
from portal.site import urls
from portal.text import format_vn_date, initial_letter, roman_to_int, slugify, vn_sorted
from portal.validity import ValidityReport, compute_validity

PAGE_SIZE = 50
NEWEST_ON_HOME = 8
COUNCILS_PER_TIMELINE_PAGE = 20  # the timeline overview: councils per page, each with its latest sessions
LATEST_SESSIONS_PER_COUNCIL = 3  # sessions of a council on the overview; all of them on its own page


@dataclass(frozen=True)
class SiteSettings:
    """What the driver (MkDocs hooks or another) tells the core about this build."""

    today: date
    site_name: str = "Cổng Chính sách"
    publisher: str = "Thường trực Hội đồng nhân dân và Ban Tuyên giáo và Dân vận"
    site_url: str = ""  # public address of the site ("https://…/"), for printed and Word handouts


@dataclass(frozen=True)
class PlannedPage:
    src_uri: str
    template: str
    title: str
    context: dict[str, Any] = field(default_factory=dict)
    edit_path: str | None = None  # the record file an editor changes, relative to the project root
    description: str | None = None
    searchable: bool = False  # record pages are indexed for search; listings are not
    alternates: tuple[dict[str, str], ...] = ()  # <link rel="alternate">: {path, type, title} (plan_follow)


@dataclass(frozen=True)
class Pager:
    page: int
    pages: int
    uris: tuple[str, ...]
    total: int

    def titled(self, title: str) -> str:
        """The title of this page of a listing: ``title``, then ``(trang N)`` after the first."""
        return title if self.page == 1 else f"{title} (trang {self.page})"

    @property
    def prev_uri(self) -> str | None:
        return self.uris[self.page - 2] if self.page > 1 else None

    @property
    def next_uri(self) -> str | None:
        return self.uris[self.page] if self.page < self.pages else None


def paginate(base: str, key: str | None, items: list[Any], make: Callable[[str, list[Any], Pager], PlannedPage], size: int | None = None) -> list[PlannedPage]:
    """Split a listing into pages of ``size`` (default ``PAGE_SIZE``); an empty listing still gets page 1."""
    size = size or PAGE_SIZE
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    uris = tuple(urls.listing_uri(base, key, n) for n in range(1, len(chunks) + 1))
    return [make(uri, chunk, Pager(n, len(chunks), uris, len(items))) for n, (uri, chunk) in enumerate(zip(uris, chunks), start=1)]


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.record.issued.iso() if e.record.issued else "", e.id), reverse=True)  # type: ignore[attr-defined]


def compute_statuses(catalog: Catalog, today: date) -> dict[str, ValidityReport]:
    return {e.id: compute_validity(e, catalog, today) for e in catalog.documents()}


class Planner:
    """Collects the pages of one build; each ``plan_*`` method adds one page type."""

    def __init__(self, catalog: Catalog, settings: SiteSettings) -> None:
        self.catalog = catalog
        self.settings = settings
        self.statuses = compute_statuses(catalog, settings.today)
        self.pages: list[PlannedPage] = []

    # -- helpers --------------------------------------------------------------------
    def _listing(self, base: str, key: str | None, title: str, items: list[Entry], *, intro: str | None = None, edit_path: str | None = None, extra: dict[str, Any] | None = None) -> None:
        def make(uri: str, chunk: list[Entry], pager: Pager) -> PlannedPage:
            return PlannedPage(uri, "listing.md.j2", pager.titled(title), {"items": chunk, "pager": pager, "intro": intro, **(extra or {})}, edit_path)

        self.pages.extend(paginate(base, key, items, make))

    # -- record pages ---------------------------------------------------------------
    def plan_records(self) -> None:
        for entry in self.catalog.by_id.values():
            rec = entry.record
            if isinstance(rec, Topic) or rec.kind in BRIEFING_KIND_NAMES or rec.kind in LOOP_KIND_NAMES:
                continue  # topics are listings, planned with the indexes; kits and talks: plan_briefing; loop kinds: plan_loop
            template = f"{rec.kind}.md.j2"
            title = record_title(rec)
            self.pages.append(PlannedPage(urls.record_uri(rec), template, title, {"entry": entry, "rec": rec}, entry.path, getattr(rec, "title", None) if isinstance(rec, DocumentBase) else None, searchable=True))

    # -- indexes of resolutions -------------------------------------------------------
    def plan_indexes(self) -> None:
        resolutions = newest_first(self.catalog.resolutions)
        self.pages.append(PlannedPage(urls.RESOLUTIONS_HUB, "resolutions_hub.md.j2", "Nghị quyết", {"newest": resolutions[:20], "total": len(resolutions)}))
        self._listing(*urls.ALL_RESOLUTIONS, "Tất cả nghị quyết", resolutions, intro="Nghị quyết mới ban hành xếp trước.")
        self._by_topic(TopicGroup.FIELD, urls.BY_FIELD, resolutions, lambda r: r.fields, "Nghị quyết theo lĩnh vực")
        self._by_topic(TopicGroup.AUDIENCE, urls.BY_AUDIENCE, resolutions, lambda r: r.audiences, "Nghị quyết theo đối tượng áp dụng, thụ hưởng")
        self._by_year(resolutions)
        self._by_issuer(resolutions)
        self._by_status(resolutions)
        self._a_to_z()

    def _by_topic(self, group: TopicGroup, base: str, resolutions: list[Entry], pick: Callable[[Resolution], list[str]], title: str) -> None:
        members: dict[str, list[Entry]] = defaultdict(list)
        for entry in resolutions:
            for topic_id in pick(entry.record):  # type: ignore[arg-type]
                members[topic_id].append(entry)
        topics = self.catalog.topics(group)
        groups = [(t, len(members.get(t.id, []))) for t in topics]
        self.pages.append(PlannedPage(urls.listing_uri(base), "topic_index.md.j2", title, {"groups": groups, "group": group}))
        for topic in topics:
            rec = topic.record
            assert isinstance(rec, Topic)
            self._listing(base, rec.id, f"{group.label}: {rec.name}", members.get(rec.id, []), intro=rec.description, edit_path=topic.path)

    def _by_year(self, resolutions: list[Entry]) -> None:
        years: dict[int, list[Entry]] = defaultdict(list)
        for entry in resolutions:
            years[entry.record.issued.year].append(entry)  # type: ignore[attr-defined]
        ordered = sorted(years, reverse=True)
        self.pages.append(PlannedPage(urls.listing_uri(urls.BY_YEAR), "year_index.md.j2", "Nghị quyết theo năm ban hành", {"years": [(y, len(years[y])) for y in ordered]}))
        for year in ordered:
            self._listing(urls.BY_YEAR, str(year), f"Nghị quyết ban hành năm {year}", years[year])

    def _by_issuer(self, resolutions: list[Entry]) -> None:
        issuers: dict[str, list[Entry]] = defaultdict(list)
        for entry in resolutions:
            for body_id in entry.record.issuers:  # type: ignore[attr-defined]
                issuers[body_id].append(entry)
        bodies = [self.catalog.get(b) for b in issuers]
        ordered = vn_sorted([b for b in bodies if b], key=lambda e: e.record.name)  # type: ignore[attr-defined]
        self.pages.append(PlannedPage(urls.listing_uri(urls.BY_ISSUER), "issuer_index.md.j2", "Nghị quyết theo cơ quan ban hành", {"issuers": [(b, len(issuers[b.id])) for b in ordered]}))
        for body in ordered:
            self._listing(urls.BY_ISSUER, body.id, f"Nghị quyết của {body.record.name}", issuers[body.id], extra={"body": body})  # type: ignore[attr-defined]

    def _by_status(self, resolutions: list[Entry]) -> None:
        groups: dict[Validity, list[Entry]] = defaultdict(list)
        for entry in resolutions:
            groups[self.statuses[entry.id].status].append(entry)
        self.pages.append(PlannedPage(urls.listing_uri(urls.BY_STATUS), "status_index.md.j2", "Nghị quyết theo tình trạng hiệu lực", {"groups": [(s, len(groups.get(s, []))) for s in Validity]}))
        for status in Validity:
            self._listing(urls.BY_STATUS, status.value, f"Nghị quyết {status.label.lower()}", groups.get(status, []), intro=f"Tình trạng tính đến ngày {format_vn_date(self.settings.today, 'numeric')}.", extra={"status": status})

    def _a_to_z(self) -> None:
        letters: dict[str, list[Entry]] = defaultdict(list)
        for entry in vn_sorted(self.catalog.resolutions, key=lambda e: e.record.title):  # type: ignore[attr-defined]
            letters[initial_letter(entry.record.title)].append(entry)  # type: ignore[attr-defined]
        order = list(letters)  # insertion order is Vietnamese order: the input was sorted
        self.pages.append(PlannedPage(urls.listing_uri(urls.A_TO_Z), "az_index.md.j2", "Nghị quyết từ A đến Z", {"letters": [(l, letter_slug(l), len(letters[l])) for l in order]}))
        for letter in order:
            self._listing(urls.A_TO_Z, letter_slug(letter), f"Nghị quyết bắt đầu bằng chữ {letter}", letters[letter], extra={"letter": letter})

    # -- sessions and timelines --------------------------------------------------------
    def plan_timelines(self) -> None:
        councils = [b for b in self.catalog.bodies if isinstance(b.record, Body) and b.record.category == BodyCategory.COUNCIL and self.catalog.sessions_by_body.get(b.id)]
        timelines = [(c, timeline_groups(self.catalog, c)) for c in councils]
        self._timeline_overview(timelines)
        for council, groups in timelines:
            self.pages.append(PlannedPage(urls.timeline_uri(council.id), "timeline.md.j2", f"Dòng thời gian kỳ họp – {council.record.name}", {"council": council, "groups": groups}, council.path))  # type: ignore[attr-defined]

    def _timeline_overview(self, timelines: list[tuple[Entry, list[TimelineTerm]]]) -> None:
        """The overview: per council its counts and latest sessions, a bounded number of councils
        per page; each council's full timeline is its own page."""
        summaries = [timeline_summary(c, terms) for c, terms in timelines]

        def make(uri: str, chunk: list[TimelineSummary], pager: Pager) -> PlannedPage:
            return PlannedPage(uri, "timeline_overview.md.j2", pager.titled("Dòng thời gian kỳ họp"), {"summaries": chunk, "pager": pager})

        self.pages.extend(paginate(urls.TIMELINES, None, summaries, make, COUNCILS_PER_TIMELINE_PAGE))

    # -- hubs ---------------------------------------------------------------------------
    def plan_hubs(self) -> None:
        docs = newest_first(self.catalog.of_kind("document"))
        self.pages.append(PlannedPage(urls.DOCUMENTS_HUB, "documents_hub.md.j2", "Văn bản khác", {"items": docs}))
        plans = newest_first(self.catalog.of_kind("plan"))
        self.pages.append(PlannedPage(urls.PLANS_HUB, "plans_hub.md.j2", "Kế hoạch, chương trình phối hợp", {"items": plans}))
        self.pages.append(PlannedPage(urls.BODIES_HUB, "bodies_hub.md.j2", "Cơ quan", {"levels": bodies_by_level(self.catalog)}))
        assets = urls.public_relative(urls.SEARCH_PAGE, urls.SEARCH_FILES + "assets/")
        self.pages.append(PlannedPage(urls.SEARCH_PAGE, "search.md.j2", "Tìm kiếm", {"search_html": search_page_html(assets)}))

    def plan_home(self) -> None:
        today = self.settings.today
        sessions = self.catalog.sessions
        past = [s for s in sessions if s.record.start <= today]  # type: ignore[attr-defined]
        future = [s for s in sessions if s.record.start > today]  # type: ignore[attr-defined]
        context = {
            "newest": newest_first(self.catalog.resolutions)[:NEWEST_ON_HOME],
            "latest_session": past[-1] if past else None,
            "next_session": future[0] if future else None,
            "counts": {k: len(self.catalog.of_kind(k)) for k in ("resolution", "session", "document", "plan", "body")},
        }
        self.pages.append(PlannedPage(urls.HOME, "home.md.j2", self.settings.site_name, context))


def letter_slug(letter: str) -> str:
    """URL-safe name for an A–Z group that keeps Ă, Â, Đ… apart from A, D."""
    names = {"Ă": "a-trang", "Â": "a-mu", "Đ": "dd", "Ê": "e-mu", "Ô": "o-mu", "Ơ": "o-moc", "Ư": "u-moc", "0–9": "so"}
    return names.get(letter, slugify(letter))


def record_title(rec: Any) -> str:
    """The short title used in the browser tab and in listings."""
    if isinstance(rec, DocumentBase):
        label = rec.doc_type.label
        if rec.doc_type == DocumentType.LAW:  # laws are cited by name (NĐ 30/2020, Phụ lục I)
            return f"{rec.title} năm {rec.issued.year}" if rec.issued else rec.title
        return f"{label} số {rec.number}" if rec.number else f"{label}: {rec.title}"
    if isinstance(rec, Session):
        return f"{rec.title}, khóa {rec.term}"
    return getattr(rec, "name", rec.id)


@dataclass(frozen=True)
class TimelineYear:
    year: int
    sessions: list[tuple[Entry, int]]  # (session, number of resolutions adopted)


@dataclass(frozen=True)
class TimelineTerm:
    number: str
    years: str
    groups: list[TimelineYear]
    resolution_count: int


def timeline_groups(catalog: Catalog, council: Entry) -> list[TimelineTerm]:
    """A council's sessions grouped by khóa (newest first) then year, with counts."""
    body = council.record
    assert isinstance(body, Body)
    by_term: dict[str, dict[int, list[tuple[Entry, int]]]] = defaultdict(lambda: defaultdict(list))
    for session in catalog.sessions_by_body.get(council.id, []):
        rec = session.record
        assert isinstance(rec, Session)
        by_term[rec.term][rec.start.year].append((session, len(catalog.resolutions_by_session.get(session.id, []))))
    terms = []
    for number in sorted(by_term, key=roman_to_int, reverse=True):
        term = body.term(number)
        years = f"{term.start_year}–{term.end_year}" if term else ""
        groups = [TimelineYear(y, by_term[number][y]) for y in sorted(by_term[number], reverse=True)]
        count = sum(n for g in groups for _, n in g.sessions)
        terms.append(TimelineTerm(number, years, groups, count))
    return terms


@dataclass(frozen=True)
class TimelineSummary:
    council: Entry
    sessions: int
    resolutions: int
    latest: list[tuple[Entry, int]]  # newest first: (session, number of resolutions adopted)
    current: TimelineTerm | None     # the newest khóa


def timeline_summary(council: Entry, terms: list[TimelineTerm]) -> TimelineSummary:
    """What the overview shows of one council's timeline (terms as :func:`timeline_groups` gives them)."""
    sessions = [s for term in terms for group in term.groups for s in reversed(group.sessions)]  # newest first
    return TimelineSummary(council, len(sessions), sum(t.resolution_count for t in terms), sessions[:LATEST_SESSIONS_PER_COUNCIL], terms[0] if terms else None)


def bodies_by_level(catalog: Catalog) -> list[tuple[str, list[Entry]]]:
    out = []
    for level in BodyLevel:
        members = [b for b in catalog.bodies if b.record.level == level]  # type: ignore[attr-defined]
        if members:
            out.append((level.label, members))
    return out


def plan_diagram_listings(planner: Planner) -> None:
    """The full listing of every "Lược đồ" group too long for its document page (more than
    ``portal.links.diagram.GROUP_LIMIT`` items), paginated in the diagram's order."""
    catalog = planner.catalog
    for entry in catalog.documents():
        if not may_overflow(entry, catalog, catalog.citations):
            continue  # the common case, decided without building the diagram
        for group in document_diagram(entry, catalog, catalog.citations).groups:
            if group.overflows:
                planner.pages.extend(_diagram_listing(entry, group))


def diagram_listing_title(record: Any, group: DiagramGroup) -> str:
    """``Luật … năm 2015 được dùng làm căn cứ cho``: the document, then its relation to the items."""
    return f"{record_title(record)} {group.label[:1].lower()}{group.label[1:]}"


def _diagram_listing(entry: Entry, group: DiagramGroup) -> list[PlannedPage]:
    title = diagram_listing_title(entry.record, group)

    def make(uri: str, chunk: list[Any], pager: Pager) -> PlannedPage:
        return PlannedPage(uri, "diagram_listing.md.j2", pager.titled(title), {"doc": entry.record, "items": chunk, "pager": pager})

    return paginate(*urls.diagram_listing(entry.record, group.direction, group.key), list(group.items), make)


def plan_site(catalog: Catalog, settings: SiteSettings) -> tuple[list[PlannedPage], dict[str, ValidityReport]]:
    """Every page of the site, in a stable order, plus the statuses they show."""
    planner = Planner(catalog, settings)
    planner.plan_home()
    planner.plan_records()
    planner.plan_indexes()
    planner.plan_timelines()
    planner.plan_hubs()
    plan_diagram_listings(planner)
    from portal.site.plan_briefing import plan_briefing  # imported here: it builds on this module

    plan_briefing(planner)
    from portal.site.plan_loop import plan_loop  # imported here: it builds on this module

    plan_loop(planner)
    from portal.site.plan_guide import plan_guide  # imported here: it builds on this module

    plan_guide(planner)
    from portal.site.plan_follow import plan_follow  # last: it gives every page its feeds and JSON twin

    plan_follow(planner)
    return planner.pages, planner.statuses
