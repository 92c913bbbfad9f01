"""Pages that would grow with the number of records stay bounded, and nothing is hidden.

A law cited as "Căn cứ" by every resolution would list all of them in its "Lược đồ"; the timeline
overview would repeat every session of every council. Both show a bounded part and link to
complete, paginated pages (synthetic corpora of ``portal.devtools.corpus``, as the benchmarks use).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from portal.build import build_pages
from portal.catalog import Catalog
from portal.devtools.corpus import write_corpus
from portal.links import diagram
from portal.links.diagram import GROUP_LIMIT, INCOMING, document_diagram
from portal.site import plan, urls
from portal.site.plan import SiteSettings
from tests.conftest import MINI, TODAY

LAW_ID = "luat-77-2015-qh13"  # every resolution of the corpus cites it as its basis
LAW_PAGE = f"van-ban/{LAW_ID}.md"
SMALL, LARGE = 600, 2400  # 2 and 8 councils (one per 300 resolutions), 25 sessions each
_RESOLUTION_LINK = re.compile(r'href="(?:\.\./)*nghi-quyet/([\w-]+)/"')  # lists are HTML: public addresses
_SESSION_LINK = re.compile(r'href="(?:\.\./)*ky-hop/([\w-]+)/"')
_OWN_TIMELINE_LINK = re.compile(r'href="(?:\.\./)?([\w-]+)/"')  # from the overview to a council's own timeline


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    roots = {}
    for n in (SMALL, LARGE):
        root = tmp_path_factory.mktemp(f"corpus-{n}")
        write_corpus(root / "data", n)
        roots[n] = root
    return roots


def _build(root: Path) -> tuple[Catalog, dict[str, str]]:
    result = build_pages(root, SiteSettings(today=TODAY))
    assert result.ok and result.catalog is not None, [i.format_text() for i in result.issues][:5]
    return result.catalog, {p.src_uri: p.markdown for p in result.pages}


def _group_text(page: str, label: str) -> str:
    """The HTML of one group of a page's "Lược đồ": from its bold label to the next label, heading or the end."""
    start = page.index(f"<p><strong>{label}</strong>")
    end = min(i for i in (page.find("\n<p><strong>", start + 1), page.find("\n### ", start), page.find("</div>", start)) if i != -1)
    return page[start:end]


def _public(page: str, target: str) -> str:
    """The address of page ``target`` in an HTML link of page ``page``."""
    return urls.page_link(page, target)


def _listing_pages(pages: dict[str, str], record, direction: str, key: str) -> list[str]:
    found = []
    while (uri := urls.diagram_listing_uri(record, direction, key, len(found) + 1)) in pages:
        found.append(uri)
    return found


def test_a_long_diagram_group_shows_the_first_items_its_total_and_a_link_to_all(corpora: dict[int, Path]) -> None:
    catalog, pages = _build(corpora[SMALL])
    law = catalog.get(LAW_ID)
    citing = [e.id for e in catalog.cited_by[LAW_ID]]
    assert len(citing) == SMALL == len(set(citing))
    group = _group_text(pages[LAW_PAGE], diagram.BASIS[2])
    assert group.startswith("<p><strong>Được dùng làm căn cứ cho</strong> (600)</p>")
    assert _RESOLUTION_LINK.findall(group) == citing[:GROUP_LIMIT]  # the diagram's order, cut at the cap
    first = urls.diagram_listing_uri(law.record, INCOMING, "can-cu")
    assert first == f"van-ban/{LAW_ID}/luoc-do/den-can-cu.md"
    assert f'<a href="{_public(LAW_PAGE, first)}">Xem tất cả 600 văn bản thuộc nhóm “Được dùng làm căn cứ cho”</a>' in group
    assert f"Đang hiện {GROUP_LIMIT} văn bản đầu tiên." in group

    listing = _listing_pages(pages, law.record, INCOMING, "can-cu")
    assert listing[0] == first and len(listing) == -(-SMALL // plan.PAGE_SIZE)
    listed = [rid for uri in listing for rid in _RESOLUTION_LINK.findall(pages[uri])]
    assert listed == citing  # every citing resolution exactly once, in the diagram's order
    assert all(len(_RESOLUTION_LINK.findall(pages[uri])) <= plan.PAGE_SIZE for uri in listing)
    second = pages[listing[1]]
    assert second.startswith('---\ntitle: "Luật Tổ chức chính quyền địa phương năm 2015 được dùng làm căn cứ cho (trang 2)"')
    assert "<p class=\"cs-count\">600 văn bản, trang 2/12.</p>" in second
    assert f'<a href="{_public(listing[1], listing[0])}">← Trang trước</a>' in second
    assert f'<a href="{_public(listing[1], listing[2])}">Trang sau →</a>' in second
    assert f'<a href="{_public(listing[1], LAW_PAGE)}">← Trở về trang văn bản</a>' in second


def test_the_cap_applies_to_every_group_and_small_groups_are_unchanged(corpora: dict[int, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagram, "GROUP_LIMIT", 1)
    monkeypatch.setattr(plan, "PAGE_SIZE", 3)
    catalog, pages = _build(corpora[SMALL])
    overflowing = 0
    for entry in catalog.documents():
        page = pages[urls.record_uri(entry.record)]
        for group in document_diagram(entry, catalog, catalog.citations).groups:
            text = _group_text(page, group.label)
            listing = _listing_pages(pages, entry.record, group.direction, group.key)
            assert text.count("<li>") == 1, (entry.id, group.key)
            if group.total > 1:
                overflowing += 1
                assert f"Xem tất cả {group.total} văn bản" in text
                items = [line for uri in listing for line in pages[uri].splitlines() if line.startswith("<li>")]
                assert len(items) == group.total and len(listing) == -(-group.total // 3)
            else:
                assert "Xem tất cả" not in text and listing == []
    assert overflowing > 1  # the law, and resolutions amended or replaced more than once


def test_the_sample_data_has_no_overflow_listing() -> None:
    result = build_pages(MINI, SiteSettings(today=TODAY))
    assert result.ok
    assert [p.src_uri for p in result.pages if "/luoc-do/" in p.src_uri] == []
    assert not any("Xem tất cả" in p.markdown and "thuộc nhóm" in p.markdown for p in result.pages)


def test_the_timeline_overview_shows_latest_sessions_and_reaches_every_council(corpora: dict[int, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan, "COUNCILS_PER_TIMELINE_PAGE", 3)
    catalog, pages = _build(corpora[LARGE])
    councils = [b.id for b in catalog.bodies if catalog.sessions_by_body.get(b.id)]
    assert len(councils) == 8
    overview = [urls.listing_uri(urls.TIMELINES, None, n) for n in (1, 2, 3)]
    assert overview[0] == urls.TIMELINE and all(uri in pages for uri in overview)
    assert urls.listing_uri(urls.TIMELINES, None, 4) not in pages
    linked = []
    for uri in overview:
        text = pages[uri]
        own = [u for u in _OWN_TIMELINE_LINK.findall(text) if u in councils]  # the councils' own timelines
        assert len(own) <= 3
        linked += own
        for block in text.split("\n## ")[1:]:
            assert len(_SESSION_LINK.findall(block)) == plan.LATEST_SESSIONS_PER_COUNCIL
            assert "Xem tất cả 25 kỳ họp của HĐND tỉnh" in block
    assert linked == councils  # every council once, in the catalog's (Vietnamese alphabetical) order
    newest = catalog.sessions_by_body[councils[0]][::-1][: plan.LATEST_SESSIONS_PER_COUNCIL]
    assert _SESSION_LINK.findall(pages[overview[0]].split("\n## ")[1]) == [s.id for s in newest]
    # the council's own page still has every session
    assert set(_SESSION_LINK.findall(pages[urls.timeline_uri(councils[0])])) == {s.id for s in catalog.sessions_by_body[councils[0]]}


def _bounded_sizes(catalog: Catalog, pages: dict[str, str]) -> dict[str, int]:
    """The largest page of each kind this module bounds: document pages, their diagram listings,
    the timeline overview."""
    documents = {urls.record_uri(e.record) for e in catalog.documents()}
    kinds = {
        "law": lambda uri: uri == LAW_PAGE,
        "document": lambda uri: uri in documents,
        "diagram listing": lambda uri: "/luoc-do/" in uri,
        "timeline overview": lambda uri: re.fullmatch(r"dong-thoi-gian/(index|trang-\d+)\.md", uri) is not None,
    }
    return {kind: max(len(text.encode()) for uri, text in pages.items() if match(uri)) for kind, match in kinds.items()}


def test_bounded_pages_do_not_grow_with_the_number_of_records(corpora: dict[int, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan, "COUNCILS_PER_TIMELINE_PAGE", 2)  # 2 councils per overview page in both corpora
    small = _bounded_sizes(*_build(corpora[SMALL]))
    large = _bounded_sizes(*_build(corpora[LARGE]))
    for kind in small:
        # equal up to longer numbers ("2.400" for "600") and names and titles drawn at random
        assert large[kind] <= small[kind] + 1_000, (kind, small[kind], large[kind])
    assert large["law"] < 10_000  # was 2 MB of Markdown for 10,000 resolutions
