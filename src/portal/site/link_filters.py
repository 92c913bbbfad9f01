"""Jinja filters that auto-link cited document numbers in the text of a page.

``{{ rec.summary | autolink }}`` replaces ``{{ rec.summary | e }}`` for plain-text fields
(it escapes the same way); ``{{ entry.body | autolink_md }}`` links a Markdown body. Links
are relative ``.md`` links from the page being written, so ``mkdocs build --strict`` checks
every one. The page's own record (``entry`` in the context) is never linked to itself, and
its scan from :attr:`portal.catalog.Catalog.citations` is reused.
"""

from __future__ import annotations

from typing import Any

import jinja2

from portal.links.markdown import apply_links
from portal.load.loader import Entry
from portal.site import urls


def _link(ctx: jinja2.runtime.Context, value: Any, plain: bool) -> str:
    if value is None:
        return ""
    text = str(value)
    entry = ctx.get("entry")
    citing = entry if isinstance(entry, Entry) else None
    here = ctx["here"]
    resolved = ctx["catalog"].citations.in_text(text, citing)
    return apply_links(text, resolved, lambda target: urls.relative(here, urls.record_uri(target.record)), plain=plain)


@jinja2.pass_context
def autolink(ctx: jinja2.runtime.Context, value: Any) -> str:
    """A plain-text field, HTML-escaped, with its cited numbers linked."""
    return _link(ctx, value, plain=True)


@jinja2.pass_context
def autolink_md(ctx: jinja2.runtime.Context, value: Any) -> str:
    """A Markdown body with its cited numbers linked (code, links and headings untouched)."""
    return _link(ctx, value, plain=False)


FILTERS = {"autolink": autolink, "autolink_md": autolink_md}
