"""HTML escaping of text in the portal's pages, one rule for templates and code alike.

The same characters and entities as markupsafe's ``escape`` (Jinja's ``|e``): ``&``, ``<``, ``>``,
``'`` and ``"``. That one returns a ``Markup`` object, which the templates turn back into a
string at once (they write Markdown, without autoescaping). Building both took 0.47 µs for a
title, against 0.1 µs here, and a resolution page escapes some twenty-five texts.
"""

from __future__ import annotations

from typing import Any


def escape_html(value: Any) -> str:
    """``value`` as text safe in HTML content and in a quoted attribute; something that is HTML
    already (it has ``__html__``, as ``Markup`` does) is left as it is, as ``|e`` leaves it."""
    if type(value) is not str:
        if hasattr(value, "__html__"):
            return str(value.__html__())
        value = str(value)
    if not ("&" in value or "<" in value or ">" in value or "'" in value or '"' in value):  # most texts: one pass each, no copy
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&#34;")
