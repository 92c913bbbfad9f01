"""The running header and footer of a printed handout (CSS ``@page`` margin boxes).

Chromium prints ``@page`` margin boxes, so every printed page carries the portal's name and
the "valid as of" date at the top, the page's address and its number at the bottom. The
strings differ per page, so each handout page carries this small rule; the look of the boxes
(font, size, colour) lives in ``docs/assets/portal.css``.
"""

from __future__ import annotations

from portal.site import urls


def css_string(text: str) -> str:
    """A CSS string literal: quotes and backslashes escaped, line breaks as spaces."""
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def public_address(site_url: str, src_uri: str) -> str:
    """The address a reader types to find the page again: absolute when the site URL is known."""
    path = urls.page_url(src_uri)
    return f"{site_url.rstrip('/')}/{path}" if site_url else f"/{path}"


def page_boxes(site_name: str, as_of: str, address: str) -> str:
    """The ``@page`` rule with the header and footer texts of one handout."""
    return (
        "@page { "
        f"@top-left {{ content: {css_string(site_name)}; }} "
        f"@top-right {{ content: {css_string(as_of)}; }} "
        f"@bottom-left {{ content: {css_string(address)}; }} "
        '@bottom-right { content: "Trang " counter(page) "/" counter(pages); } '
        "}"
    )
