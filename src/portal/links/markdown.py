"""Turn the linkable cited numbers of a text into relative Markdown links.

Pure string work: the caller says where each record's page is (``href``). Plain-text
fields are HTML-escaped piece by piece (as ``|e`` would), Markdown bodies are not.
"""

from __future__ import annotations

from typing import Callable, Iterable

from markupsafe import escape

from portal.links.citations import Resolved
from portal.links.resolve import Outcome
from portal.load.loader import Entry
from portal.text import clean


def apply_links(text: str, resolved: Iterable[Resolved], href: Callable[[Entry], str], *, plain: bool) -> str:
    """``text`` (cleaned) with every linkable, uniquely resolved number made a link.

    Args:
        resolved: the numbers of ``text`` as found by :func:`portal.links.scan.find_citations`.
        href: the relative ``.md`` address of a record's page from the page being written.
        plain: True for a plain-text field (escape it), False for a Markdown body.
    """
    work = clean(text)
    keep = (lambda s: str(escape(s))) if plain else (lambda s: s)
    out: list[str] = []
    pos = 0
    for found, res in resolved:
        target = res.target
        if res.outcome != Outcome.LINKED or target is None or not found.linkable or found.link_start < pos:
            continue
        out.append(keep(work[pos:found.link_start]))
        out.append(f"[{keep(work[found.link_start:found.end])}]({href(target)})")
        pos = found.end
    out.append(keep(work[pos:]))
    return "".join(out)
