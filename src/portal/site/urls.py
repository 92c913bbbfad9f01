"""The one place that knows the shape of every page address.

Pages are named by their source URI (``nghi-quyet/<id>.md``), as MkDocs expects; links
between pages are relative ``.md`` links so that the builder checks every one of them.
Slugs come from ids, never from names, so renaming a body never breaks a link.
"""

from __future__ import annotations

import posixpath
import sys
from functools import lru_cache

from portal.model.records import Record, Topic
from portal.model.vocab import TopicGroup, Validity

SECTIONS: dict[str, str] = {
    "resolution": "nghi-quyet",
    "session": "ky-hop",
    "document": "van-ban",
    "plan": "ke-hoach",
    "body": "co-quan",
    "kit": "bao-cao-vien/tai-lieu",  # briefing kits (issue 5)
    "talk": "bao-cao-vien/chuyen-de",  # thematic talks (issue 5)
    "petition": "kien-nghi-cu-tri",  # the dissemination loop (issue 4) …
    "finding": "giam-sat",
    "exemplar": "dien-hinh",
    "factcheck": "cai-chinh",
    "event": "su-kien",
    "draft": "du-thao",
}

HOME = "index.md"
ABOUT = "gioi-thieu.md"
RESOLUTIONS_HUB = "nghi-quyet/index.md"
ALL_RESOLUTIONS = ("nghi-quyet", "tat-ca")  # base and key of a paginated listing
TIMELINES = "dong-thoi-gian"  # the overview is a listing base, paginated with listing_uri
TIMELINE = "dong-thoi-gian/index.md"
DOCUMENTS_HUB = "van-ban/index.md"
PLANS_HUB = "ke-hoach/index.md"
BODIES_HUB = "co-quan/index.md"
BY_FIELD = "tra-cuu/linh-vuc"
BY_AUDIENCE = "tra-cuu/doi-tuong"
BY_YEAR = "tra-cuu/nam"
BY_ISSUER = "tra-cuu/co-quan"
BY_STATUS = "tra-cuu/hieu-luc"
A_TO_Z = "tra-cuu/a-z"
SEARCH_PAGE = "tim-kiem/index.md"
SEARCH_FILES = "search/"  # the search index and its client, written next to the pages
BRIEFING_HUB = "bao-cao-vien/index.md"
TALK_BUILDER = "bao-cao-vien/bai-noi.md"
BRIEFING_DATA = "bao-cao-vien/du-lieu"  # one small script per kit, loaded by the talk builder


def record_uri(record: Record) -> str:
    """Source URI of a record's own page."""
    if isinstance(record, Topic):
        base = BY_FIELD if record.group == TopicGroup.FIELD else BY_AUDIENCE
        return f"{base}/{record.id}.md"
    return kind_uri(record.kind, record.id)


def kind_uri(kind: str, record_id: str) -> str:
    """Source URI of the page of a record of ``kind`` (not a topic) with this id."""
    return f"{SECTIONS[kind]}/{record_id}.md"


def listing_uri(base: str, key: str | None = None, page: int = 1) -> str:
    """A (possibly paginated) listing: ``tra-cuu/nam/2024.md``, ``…/2024/trang-2.md``."""
    stem = f"{base}/{key}" if key else base
    if page == 1:
        return f"{stem}.md" if key else f"{base}/index.md"
    return f"{stem}/trang-{page}.md"


def status_uri(status: Validity) -> str:
    return listing_uri(BY_STATUS, status.value)


def timeline_uri(body_id: str) -> str:
    return f"{TIMELINES}/{body_id}.md"


_DIAGRAM_DIRECTIONS = {"outgoing": "di", "incoming": "den"}  # portal.links.diagram.OUTGOING, INCOMING


def diagram_listing(record: Record, direction: str, group_key: str) -> tuple[str, str]:
    """Base and key (for :func:`listing_uri`) of the full listing of one group of a document's
    "Lược đồ": ``("van-ban/x/luoc-do", "den-can-cu")`` for the documents based on ``van-ban/x``."""
    return f"{record_uri(record)[: -len('.md')]}/luoc-do", f"{_DIAGRAM_DIRECTIONS[direction]}-{group_key}"


def diagram_listing_uri(record: Record, direction: str, group_key: str, page: int = 1) -> str:
    """``van-ban/x/luoc-do/den-can-cu.md``, ``…/den-can-cu/trang-2.md``."""
    return listing_uri(*diagram_listing(record, direction, group_key), page)


# -- the dissemination loop (issue 4): hubs are listing bases, paginated with listing_uri ----------
PETITIONS = "kien-nghi-cu-tri"  # hub: counts by status, field, agency
PETITIONS_BY_STATUS = "kien-nghi-cu-tri/trang-thai"
PETITIONS_BY_FIELD = "kien-nghi-cu-tri/linh-vuc"
PETITIONS_BY_AGENCY = "kien-nghi-cu-tri/co-quan"
PETITIONS_OVERDUE = ("kien-nghi-cu-tri", "qua-han")
ALL_PETITIONS = ("kien-nghi-cu-tri", "tat-ca")
FINDINGS = "giam-sat"
EXEMPLARS = "dien-hinh"
EXEMPLARS_BY_FIELD = "dien-hinh/linh-vuc"
EXEMPLARS_BY_AREA = "dien-hinh/dia-ban"
ALL_EXEMPLARS = ("dien-hinh", "tat-ca")
FACTCHECKS = "cai-chinh"
CALENDAR = "su-kien"  # upcoming and recent events
PAST_EVENTS = ("su-kien", "da-dien-ra")
DRAFTS = "du-thao"
ENDED_DRAFTS = ("du-thao", "da-ket-thuc")


def review_uri(plan_id: str, period_slug: str) -> str:
    """The generated draft of a plan's review report: ``ke-hoach/<plan>/so-ket/<period>.md``."""
    return f"{SECTIONS['plan']}/{plan_id}/so-ket/{period_slug}.md"


def relative(from_uri: str, to_uri: str) -> str:
    """A relative link between two source files, as written in Markdown."""
    return _relpath(to_uri, posixpath.dirname(from_uri) or ".")


def _relpath(to: str, start: str) -> str:
    """``posixpath.relpath`` for site paths, without its ``os.getcwd()`` calls (millions per build).

    Nearly every pair is new (a link from one page to another), but each path recurs: their
    parts are split once (:func:`_parts`)."""
    target, origin = _parts(to), _parts(start)
    if target is None or origin is None:
        return posixpath.relpath(to, start)
    common, shorter = 0, min(len(target), len(origin))
    while common < shorter and target[common] == origin[common]:
        common += 1
    return "/".join(("..",) * (len(origin) - common) + target[common:]) or "."


@lru_cache(maxsize=1 << 17)
def _parts(path: str) -> tuple[str, ...] | None:
    """A relative site path's parts; None for what only ``posixpath.relpath`` resolves ('/', '..')."""
    if path.startswith("/"):
        return None
    parts = tuple(p for p in path.split("/") if p not in ("", "."))
    return None if ".." in parts else parts


def page_url(src_uri: str) -> str:
    """The public path of a page (directory URLs): ``nghi-quyet/x.md`` → ``nghi-quyet/x/``."""
    return _page_address(src_uri)[0]


# -- files published next to pages (not pages: MkDocs does not check links to them) ---------

def handout_docx_path(src_uri: str) -> str:
    """The Word handout of a kit or talk page, inside the page's own folder:
    ``bao-cao-vien/tai-lieu/x.md`` → ``bao-cao-vien/tai-lieu/x/x.docx``."""
    stem = posixpath.basename(src_uri[: -len(".md")])
    return f"{page_url(src_uri)}{stem}.docx"


def briefing_data_path(kit_id: str) -> str:
    """The talk builder's copy of one kit: ``bao-cao-vien/du-lieu/x.js``."""
    return f"{BRIEFING_DATA}/{kit_id}.js"


def public_relative(from_src_uri: str, to_path: str) -> str:
    """A link from a page's public address to a site path, for raw HTML ``href``/``src``:
    MkDocs rewrites only Markdown links to pages, so links to other files are made here."""
    rel = _relpath(to_path or ".", page_url(from_src_uri) or ".")
    return f"{rel}/" if to_path == "" or to_path.endswith("/") else rel


def page_link(from_src_uri: str, to_src_uri: str) -> str:
    """A link in raw HTML from one page to another, both named by their source: ``../x/``.

    A page links to some 15 others (~190,000 links at 10,000 resolutions, nearly every pair
    new), most of them in another section: such a link is the way up from the page to the
    site's root, then the other page's address, both known once per page
    (:func:`_page_address`). Any other pair goes through :func:`public_relative`."""
    _, here_section, up = _page_address(from_src_uri)
    there_url, there_section, _ = _page_address(to_src_uri)
    if here_section is not None and there_section is not None and here_section != there_section:
        return up + there_url
    return public_relative(from_src_uri, there_url)


_UPS = tuple("../" * depth for depth in range(16))  # the way up from a page, shared by every page at its depth


@lru_cache(maxsize=1 << 17)
def _page_address(src_uri: str) -> tuple[str, str | None, str]:
    """A page's public path, its first folder ("" for the home page; None for a path that only
    ``posixpath.relpath`` resolves) and the way up from it to the site's root: for
    ``nghi-quyet/x.md``, ``("nghi-quyet/x/", "nghi-quyet", "../../")``. One cache for the
    addresses of all pages (a build asks for each page's many times)."""
    if src_uri == HOME:
        url = ""
    else:
        stem = src_uri[: -len(".md")]
        url = stem[: -len("index")] if stem.endswith("/index") else stem + "/"
    parts = _parts(url)
    if parts is None or ("/".join(parts) + "/" if parts else "") != url or len(parts) >= len(_UPS):
        return url, None, ""  # not in its plain form ('./', 'a//b/'), or too deep
    return url, sys.intern(parts[0]) if parts else "", _UPS[len(parts)]


# -- following and open data (issue 6): feeds, calendars, JSON/CSV files ---------------------
FOLLOW = "theo-doi/index.md"                # every feed and calendar, explained
OPEN_DATA = "du-lieu/index.md"              # the open data, its schema and licence
CITATION_REPORT = "du-lieu/dan-chieu.md"    # cited numbers the portal does not hold, or ambiguous
_FOLLOW_DIR = "theo-doi"
_DATA_DIR = "du-lieu"
_KIND_SLUGS = {"topic": "chu-de"}           # kinds without a page section of their own


def kind_slug(kind: str) -> str:
    """A record kind in file names: its page section, flattened (``bao-cao-vien-tai-lieu``)."""
    return _KIND_SLUGS.get(kind) or SECTIONS.get(kind, kind).replace("/", "-")


# Feeds and calendars sit side by side in one folder, with FOLLOW_SITEMAP beside them: the theme
# fetches "sitemap.xml" next to the target of every <link rel="alternate"> (its language switcher).

def feed_path(fmt: str, *key: str) -> str:
    """``theo-doi/rss-nghi-quyet.xml``, ``theo-doi/atom-linh-vuc-dau-tu.xml`` (fmt: rss, atom)."""
    return f"{_FOLLOW_DIR}/{fmt}-{'-'.join(key)}.xml"


def calendar_path(key: str | None = None) -> str:
    """``theo-doi/lich.ics`` (everything) or ``theo-doi/lich-ky-hop.ics`` (one kind of date)."""
    return f"{_FOLLOW_DIR}/lich-{key}.ics" if key else f"{_FOLLOW_DIR}/lich.ics"


FOLLOW_SITEMAP = f"{_FOLLOW_DIR}/sitemap.xml"  # every feed and calendar, for crawlers and the theme


def data_path(kind: str, ext: str) -> str:
    """Bulk file of one record kind: ``du-lieu/nghi-quyet.json``, ``du-lieu/nghi-quyet.csv``."""
    return f"{_DATA_DIR}/{kind_slug(kind)}.{ext}"


def data_file(name: str) -> str:
    """Another file of the open data: ``du-lieu/dan-chieu.csv``, ``du-lieu/danh-muc.json``."""
    return f"{_DATA_DIR}/{name}"


def schema_dir() -> str:
    return f"{_DATA_DIR}/schema/"


def schema_path(file_name: str) -> str:
    """The JSON Schema of one record kind, as published: ``du-lieu/schema/resolution.schema.json``."""
    return f"{schema_dir()}{file_name}"


# -- the contributor guide (issue 3): hand-written pages in docs/huong-dan-bien-tap/, plus ----
GUIDE = "huong-dan-bien-tap/index.md"
FIELD_REFERENCE = "huong-dan-bien-tap/tham-chieu-truong.md"  # generated from the JSON Schemas


def twin_path(record: Record) -> str:
    """The JSON twin of a record's page, beside it: ``nghi-quyet/x.md`` → ``nghi-quyet/x.json``."""
    return record_uri(record)[: -len(".md")] + ".json"


def absolute_url(site_url: str, path: str) -> str:
    """``site_url`` + a site path (``nghi-quyet/x/``); root-relative when no site URL is known."""
    return f"{site_url.rstrip('/')}/{path}" if site_url else f"/{path}"


def page_absolute_url(site_url: str, src_uri: str) -> str:
    """The public address of a page: ``https://…/nghi-quyet/x/``."""
    return absolute_url(site_url, page_url(src_uri))
