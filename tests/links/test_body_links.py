"""A link in a record's body that leads nowhere is the editor's error: the record's file, the
line and column of the link, what is wrong and how to fix it (portal.links.body_links)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from portal.links.body_links import LinkProblem, body_link_issue
from portal.load.loader import Entry, load_all
from tests.conftest import ROOT

PAGE = "nghi-quyet/nq-15-2023-hdnd-binh-an.md"
BODY = "### Điều 1. Phạm vi\n\nXem [Quyết định](../van-ban/khong-co.md) và [mục](#khong-co).\n"


@pytest.fixture(scope="module")
def entry() -> Entry:
    loaded = load_all(ROOT, ROOT / "data")
    found = next(e for e in loaded.entries if e.id == "nq-15-2023-hdnd-binh-an")
    return replace(found, body=BODY, body_line=40)


def test_a_link_that_leads_to_no_page(entry: Entry) -> None:
    issue = body_link_issue(entry, PAGE, "../van-ban/khong-co.md", LinkProblem.NO_PAGE)
    assert issue is not None
    assert (issue.path, issue.line, issue.col) == (entry.path, 42, 18)  # third line of the body, after "Xem [Quyết định]("
    assert issue.format_text().startswith(f"{entry.path}:42:18: liên kết '../van-ban/khong-co.md' trong phần nội dung không dẫn tới trang nào của cổng.")
    assert "'../van-ban/<mã văn bản>.md'" in issue.message  # how to write one, from this page


def test_an_anchor_that_names_no_heading(entry: Entry) -> None:
    issue = body_link_issue(entry, PAGE, "#khong-co", LinkProblem.NO_ANCHOR)
    assert issue is not None and (issue.line, issue.col) == (42, 51)
    assert "mục '#khong-co' mà trang đích không có" in issue.message and "bỏ phần '#khong-co'" in issue.message


def test_a_path_without_a_page_file(entry: Entry) -> None:
    issue = body_link_issue(replace(entry, body="[thư mục](../nghi-quyet/abc/)\n"), PAGE, "../nghi-quyet/abc/", LinkProblem.NOT_A_PAGE)
    assert issue is not None and (issue.line, issue.col) == (40, 11)
    assert "tệp .md" in issue.message


def test_a_link_from_elsewhere_on_the_page_is_left_to_the_driver(entry: Entry) -> None:
    assert body_link_issue(entry, PAGE, "../ke-hoach/khac.md", LinkProblem.NO_PAGE) is None
    assert body_link_issue(replace(entry, body=""), PAGE, "../van-ban/khong-co.md", LinkProblem.NO_PAGE) is None
