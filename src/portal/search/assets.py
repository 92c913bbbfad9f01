"""The client files shipped with the package (``portal/search/assets/``).

They are copied next to the index, under ``<prefix>assets/``, by
`build_search_index` (``IndexOptions.include_assets``).
"""

from __future__ import annotations

from importlib import resources

#: Files a search page needs, in the order its ``<script>`` tags load them.
CLIENT_FILES = ("vn-text.js", "search.js", "search.css")


def asset_files() -> dict[str, bytes]:
    """Name → content of every client file."""
    root = resources.files("portal.search") / "assets"
    return {name: (root / name).read_bytes() for name in CLIENT_FILES}
