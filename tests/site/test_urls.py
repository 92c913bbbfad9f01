"""Relative links between site paths: the fast path agrees with ``posixpath.relpath``."""

from __future__ import annotations

import posixpath

from hypothesis import example, given
from hypothesis import strategies as st

from portal.site import urls

_SEGMENT = st.sampled_from(["nghi-quyet", "tra-cuu", "a-z", "x.md", "index.md", "ky-hop", ".", "..", ""])
_PATH = st.lists(_SEGMENT, max_size=5).map("/".join)


@given(to=_PATH, start=_PATH)
def test_relpath_matches_the_standard_library(to: str, start: str) -> None:
    to, start = to or ".", start or "."
    assert urls._relpath(to, start) == posixpath.relpath(to, start)


_FOLDERS = st.lists(st.sampled_from(["nghi-quyet", "tra-cuu", "a-z", "ky-hop", "", ".", ".."]), max_size=3)
_SOURCE = st.tuples(_FOLDERS, st.sampled_from(["index.md", "x.md", "trang-2.md", "nghi-quyet.md"])).map(lambda fp: "/".join([*fp[0], fp[1]]))


@given(here=_SOURCE, there=_SOURCE)
@example(here="x.md", there="./index.md")  # './' is the home page's folder, not its address ''
def test_a_link_between_pages_is_the_relative_path_between_their_addresses(here: str, there: str) -> None:
    """The way up and the other page's address (page_link's shortcut) give what the general
    path gives, for every pair: same section or not, the home page, odd paths."""
    assert urls.page_link(here, there) == urls.public_relative(here, urls.page_url(there))
    if any(part in ("", ".", "..") for part in (here + "/" + there).split("/")):
        return  # odd paths: the general path's business
    assert posixpath.normpath(posixpath.join(urls.page_url(here) or ".", urls.page_link(here, there))) == posixpath.normpath(urls.page_url(there) or ".")


def test_relative_links_between_pages() -> None:
    assert urls.relative("nghi-quyet/nq-1.md", "co-quan/hdnd.md") == "../co-quan/hdnd.md"
    assert urls.relative("index.md", "nghi-quyet/nq-1.md") == "nghi-quyet/nq-1.md"
    assert urls.relative("tra-cuu/a-z/dd/trang-5.md", "tra-cuu/a-z/index.md") == "../index.md"
    assert urls.public_relative("nghi-quyet/nq-1.md", "nghi-quyet/nq-1.json") == "../nq-1.json"
    assert urls.page_link("nghi-quyet/nq-1.md", "co-quan/hdnd.md") == "../../co-quan/hdnd/"
    assert urls.page_link("nghi-quyet/nq-1.md", "index.md") == "../../"
    assert urls.page_link("tra-cuu/a-z/dd/trang-5.md", "tra-cuu/a-z/index.md") == "../../"
