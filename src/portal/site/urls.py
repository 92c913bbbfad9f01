"""The one place that knows the shape of every page address.

Pages are named by their source URI (``nghi-quyet/<id>.md``), as MkDocs expects; links
between pages are relative ``.md`` links so that the builder checks every one of them.
Slugs come from ids, never from names, so renaming a body never breaks a link.
"""

from __future__ import annotations

import posixpath

from portal.model.records import Record, Topic
from portal.model.vocab import TopicGroup, Validity

SECTIONS: dict[str, str] = {
    "resolution": "nghi-quyet",
    "session": "ky-hop",
    "document": "van-ban",
    "plan": "ke-hoach",
    "body": "co-quan",
}

HOME = "index.md"
ABOUT = "gioi-thieu.md"
RESOLUTIONS_HUB = "nghi-quyet/index.md"
ALL_RESOLUTIONS = ("nghi-quyet", "tat-ca")  # base and key of a paginated listing
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


def record_uri(record: Record) -> str:
    """Source URI of a record's own page."""
    if isinstance(record, Topic):
        base = BY_FIELD if record.group == TopicGroup.FIELD else BY_AUDIENCE
        return f"{base}/{record.id}.md"
    return f"{SECTIONS[record.kind]}/{record.id}.md"


def listing_uri(base: str, key: str | None = None, page: int = 1) -> str:
    """A (possibly paginated) listing: ``tra-cuu/nam/2024.md``, ``…/2024/trang-2.md``."""
    stem = f"{base}/{key}" if key else base
    if page == 1:
        return f"{stem}.md" if key else f"{base}/index.md"
    return f"{stem}/trang-{page}.md"


def status_uri(status: Validity) -> str:
    return listing_uri(BY_STATUS, status.value)


def timeline_uri(body_id: str) -> str:
    return f"dong-thoi-gian/{body_id}.md"


def relative(from_uri: str, to_uri: str) -> str:
    """A relative link between two source files, as written in Markdown."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def page_url(src_uri: str) -> str:
    """The public path of a page (directory URLs): ``nghi-quyet/x.md`` → ``nghi-quyet/x/``."""
    if src_uri == HOME:
        return ""
    stem = src_uri[: -len(".md")]
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"
