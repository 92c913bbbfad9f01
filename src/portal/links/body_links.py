"""Links an editor wrote in a record's body that lead nowhere, told as the editor's own error.

The driver finds them while converting a record's page (MkDocs checks every link of every
page) and says what it found in its own words, about the generated page. This module says it
the portal's way: the record's file, the line and column of the link in it, what is wrong and
how to fix it, in Vietnamese.
"""

from __future__ import annotations

from enum import Enum

from portal.load.loader import Entry
from portal.load.yaml_source import Position, position_in
from portal.site import urls
from portal.validate.issues import Issue


class LinkProblem(Enum):
    NO_PAGE = "no-page"            # the path leads to no page or file of the site
    NOT_A_PAGE = "not-a-page"      # a relative path without a file name ('abc/'): left as it is
    NO_ANCHOR = "no-anchor"        # the page exists, the '#…' part names no heading on it


def body_link_issue(entry: Entry, page_uri: str, link: str, problem: LinkProblem) -> Issue | None:
    """The issue of ``link`` in the body of ``entry``, shown on ``page_uri``; ``None`` when the
    body does not hold the link (it came from elsewhere on the page)."""
    written = entry.body.find(f"]({link}")
    offset = written + 2 if written >= 0 else entry.body.find(link)
    if not entry.body or offset < 0:
        return None
    where = position_in(entry.body, offset, Position(entry.body_line, 1))
    example = f"'{urls.relative(page_uri, urls.kind_uri('document', '<mã văn bản>'))}' cho trang một văn bản"
    if problem is LinkProblem.NO_ANCHOR:
        anchor = link.partition("#")[2]
        message = (f"liên kết '{link}' trong phần nội dung trỏ tới mục '#{anchor}' mà trang đích không có. "
                   f"Sửa phần sau dấu '#' cho trùng mã của một tiêu đề trên trang đó (mã hiện trên thanh địa chỉ khi bấm vào tiêu đề), hoặc bỏ phần '#{anchor}'.")
    elif problem is LinkProblem.NOT_A_PAGE:
        message = (f"liên kết '{link}' trong phần nội dung không trỏ tới tệp trang nào. "
                   f"Liên kết tới trang khác của cổng ghi đường dẫn tới tệp .md, tính từ trang của bản ghi này ('{page_uri}'), ví dụ {example}.")
    else:
        message = (f"liên kết '{link}' trong phần nội dung không dẫn tới trang nào của cổng. "
                   f"Đường dẫn tính từ trang của bản ghi này ('{page_uri}'), ví dụ {example}; sửa đường dẫn hoặc bỏ liên kết.")
    return Issue(entry.path, where.line, where.col, message)
