"""Jinja filters that auto-link cited document numbers in the text of a page.

``{{ rec.summary | autolink }}`` replaces ``{{ rec.summary | e }}`` for plain-text fields
written as Markdown (it escapes the same way); ``{{ rec.summary | autolink_html }}`` is the same
for the HTML parts of a page (written through the ``raw`` filter); ``{{ entry.body | autolink_md }}``
links a Markdown body. Markdown links are relative ``.md`` links from the page being written,
so ``mkdocs build --strict`` checks every one; HTML links are the public relative addresses
(MkDocs does not rewrite raw HTML). The page's own record (its ``entry``: see
:class:`portal.site.page_in_hand.PageInHand`) is never linked to itself, and its scan from
:attr:`portal.catalog.Catalog.citations` is reused.
"""

from __future__ import annotations

from typing import Any

import jinja2

from portal.links.markdown import apply_links, html_link, markdown_link
from portal.load.loader import Entry
from portal.site import urls
from portal.site.page_in_hand import in_hand
from portal.text.html_escape import escape_html


def _link(env: jinja2.Environment, value: Any, *, plain: bool, html: bool = False) -> str:
    if value is None:
        return ""
    text = str(value)
    page = in_hand(env)
    citing = page.entry if isinstance(page.entry, Entry) else None
    resolved = env.globals["catalog"].citations.in_text(text, citing)
    if not resolved:  # nearly every text: nothing to link, the text as apply_links would give it
        return escape_html(text) if plain else text
    address = urls.page_link if html else urls.relative  # HTML links are public addresses; Markdown ones .md paths
    return apply_links(text, resolved, lambda target: address(page.here, urls.record_uri(target.record)), plain=plain, link=html_link if html else markdown_link)


@jinja2.pass_environment
def autolink(env: jinja2.Environment, value: Any) -> str:
    """A plain-text field, HTML-escaped, with its cited numbers linked (Markdown links)."""
    return _link(env, value, plain=True)


@jinja2.pass_environment
def autolink_html(env: jinja2.Environment, value: Any) -> str:
    """A plain-text field, HTML-escaped, with its cited numbers linked (HTML links)."""
    return _link(env, value, plain=True, html=True)


@jinja2.pass_environment
def autolink_md(env: jinja2.Environment, value: Any) -> str:
    """A Markdown body with its cited numbers linked (code, links and headings untouched)."""
    return _link(env, value, plain=False)


FILTERS = {"autolink": autolink, "autolink_html": autolink_html, "autolink_md": autolink_md}
