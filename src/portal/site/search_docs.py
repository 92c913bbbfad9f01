"""Connect the site to the search engine: one ``SearchDoc`` per record page, and the index.

Only record pages are indexed (``PlannedPage.searchable``): listings, timelines and hubs
would match every common syllable and make each query heavy on a phone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portal.model.records import DocumentBase, Record
from portal.model.registry import RECORD_KINDS
from portal.outputs.records import published_on
from portal.search import IndexOptions, SearchDoc, build_search_index
from portal.site import urls
from portal.site.plan import record_title
from portal.text import format_vn_date

if TYPE_CHECKING:  # the producer registry imports this module
    from portal.site.assets import SiteContext

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^[#>\-*+|\s]+|[*_`|]+", re.MULTILINE)
TEXT_FIELDS = ("summary", "title", "outcome", "claim", "facts", "content", "what", "results", "description")


def markdown_text(markdown: str) -> str:
    """Readable text of a Markdown body: link texts kept, syntax dropped."""
    return _MD_MARKS.sub(" ", _MD_LINK.sub(r"\1", markdown))


def _issuer_names(record: Record, context: SiteContext) -> str | None:
    ids = getattr(record, "issuers", None) or [getattr(record, "body", None)]
    names = [context.catalog.record(i).name for i in ids if isinstance(i, str) and context.catalog.record(i) is not None]  # type: ignore[union-attr]
    return "; ".join(names) or None


def _field_names(record: Record, context: SiteContext) -> list[str]:
    ids = list(getattr(record, "fields", []) or [])
    return [context.catalog.record(i).name for i in ids if context.catalog.record(i) is not None]  # type: ignore[union-attr]


def _text(record: Record, body: str) -> str:
    parts = []
    fields = vars(record)  # the record's fields; getattr would ask pydantic, slowly, for each field a kind lacks
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if isinstance(value, str):
            parts.append(value)
    parts.append(markdown_text(body))
    return "\n".join(p for p in parts if p)


def search_documents(context: SiteContext) -> list[SearchDoc]:
    """The search documents of every searchable page, in page order."""
    by_path = {e.path: e for e in context.catalog.by_id.values()}
    docs: list[SearchDoc] = []
    for page in context.pages:
        entry = by_path.get(page.edit_path or "") if page.searchable else None
        if entry is None:
            continue
        rec = entry.record
        day = published_on(rec)
        report = context.statuses.get(rec.id)
        title = rec.title if isinstance(rec, DocumentBase) else record_title(rec)
        docs.append(SearchDoc(
            url=urls.page_url(page.src_uri),
            kind=rec.kind,
            title=title,
            number=getattr(rec, "number", None) if isinstance(getattr(rec, "number", None), str) else None,
            date=day.isoformat() if day else None,
            date_display=format_vn_date(day, "numeric") if day else None,
            status=report.status.value if report else None,
            status_label=report.label if report else None,
            fields=_field_names(rec, context),
            body=_issuer_names(rec, context),
            text=_text(rec, entry.body),
        ))
    return docs


def search_index_files(context: SiteContext) -> dict[str, bytes]:
    """Asset producer: the sharded index and the search client under ``search/``."""
    labels = {k.kind: k.label for k in RECORD_KINDS}
    return build_search_index(search_documents(context), IndexOptions(prefix=urls.SEARCH_FILES, kind_labels=labels))
