"""Relative links between site paths: the fast path agrees with ``posixpath.relpath``."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from portal.site import urls

_SEGMENT = st.sampled_from(["nghi-quyet", "tra-cuu", "a-z", "x.md", "index.md", "ky-hop", ".", "..", ""])
_PATH = st.lists(_SEGMENT, max_size=5).map("/".join)


@given(to=_PATH, start=_PATH)
def test_relpath_matches_the_standard_library(to: str, start: str) -> None:
    to, start = to or ".", start or "."
    assert urls._relpath(to, start) == posixpath.relpath(to, start)


def test_relative_links_between_pages() -> None:
    assert urls.relative("nghi-quyet/nq-1.md", "co-quan/hdnd.md") == "../co-quan/hdnd.md"
    assert urls.relative("index.md", "nghi-quyet/nq-1.md") == "nghi-quyet/nq-1.md"
    assert urls.relative("tra-cuu/a-z/dd/trang-5.md", "tra-cuu/a-z/index.md") == "../index.md"
    assert urls.public_relative("nghi-quyet/nq-1.md", "nghi-quyet/nq-1.json") == "../nq-1.json"
    assert urls.page_link("nghi-quyet/nq-1.md", "co-quan/hdnd.md") == "../../co-quan/hdnd/"
    assert urls.page_link("nghi-quyet/nq-1.md", "index.md") == "../../"
    assert urls.page_link("tra-cuu/a-z/dd/trang-5.md", "tra-cuu/a-z/index.md") == "../../"
