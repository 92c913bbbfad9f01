"""Turn the linkable cited numbers of a text into links: Markdown links, or HTML ones.

Pure string work: the caller says where each record's page is (``href``) and how a link is
written (``link``: :func:`markdown_link` for a page's Markdown, :func:`html_link` for the HTML
parts of a page). Plain-text fields are HTML-escaped piece by piece (as ``|e`` would),
Markdown bodies are not.
"""

from __future__ import annotations

from typing import Callable, Iterable

from portal.links.citations import Resolved
from portal.links.resolve import Outcome
from portal.load.loader import Entry
from portal.text.html_escape import escape_html


def markdown_link(label: str, url: str) -> str:
    """A Markdown link; ``url`` is a relative ``.md`` address (MkDocs checks and rewrites it)."""
    return f"[{label}]({url})"


def html_link(label: str, url: str) -> str:
    """An HTML link; ``url`` is a public address (MkDocs leaves raw HTML alone)."""
    return f'<a href="{escape_html(url)}">{label}</a>'


def apply_links(
    text: str,
    resolved: Iterable[Resolved],
    href: Callable[[Entry], str],
    *,
    plain: bool,
    link: Callable[[str, str], str] = markdown_link,
) -> str:
    """``text`` with every linkable, uniquely resolved number made a link.

    ``text`` is a record's text as loaded, clean already (portal.load cleans every text it
    reads: :func:`portal.text.clean`), which is what the offsets of ``resolved`` index into;
    cleaning it again for each page that shows it took 8% of the instructions of rendering a
    resolution page.

    Args:
        resolved: the numbers of ``text`` as found by :func:`portal.links.scan.find_citations`.
        href: the address of a record's page from the page being written (a relative ``.md``
            address for Markdown links, a public relative address for HTML ones).
        plain: True for a plain-text field (escape it), False for a Markdown body.
        link: writes one link from its (already escaped) label and ``href``'s address.
    """
    keep = escape_html if plain else (lambda s: s)
    out: list[str] = []
    pos = 0
    for found, res in resolved:
        target = res.target
        if res.outcome != Outcome.LINKED or target is None or not found.linkable or found.link_start < pos:
            continue
        out.append(keep(text[pos:found.link_start]))
        out.append(link(keep(text[found.link_start:found.end]), href(target)))
        pos = found.end
    out.append(keep(text[pos:]))
    return "".join(out)
