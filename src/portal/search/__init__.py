"""Static full-text search for the portal.

`build_search_index` turns `SearchDoc` records into a sharded static index
plus its dependency-free JavaScript client; a page shows the search box with
the snippet in `portal.search.page`. Nothing here imports MkDocs.
"""

from __future__ import annotations

from portal.search.build import DEFAULT_KIND_LABELS, IndexOptions, build_search_index
from portal.search.doc import SearchDoc

__all__ = ["DEFAULT_KIND_LABELS", "IndexOptions", "SearchDoc", "build_search_index"]
