"""portal.load.source_file.split_record_text: a Markdown record file cut at its '---' lines."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from portal.load.source_file import SplitText, split_record_text

OPENING = "tệp Markdown phải bắt đầu bằng dòng '---'"
UNCLOSED = "thiếu dòng '---' đóng phần thông tin (YAML)"


def _by_lines(text: str) -> SplitText | str:
    """The rule as editors read it, line by line: the first line is '---', and the front matter
    ends at the next line that is '---' once stripped. A text: how the error's message begins."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return OPENING
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return UNCLOSED
    return SplitText("\n".join(lines[1:end]), 1, "\n".join(lines[end + 1 :]), end + 2)


_PIECES = st.sampled_from(["---", " --- ", "\t---", "----", "a---b", "--", "-", "\n", "\r\n", "\r", "\ufeff", "id: nq-1", " ", "\x0b", "\u2028", "\x85", "Điều 1."])


@given(st.lists(_PIECES, max_size=14).map("".join))
@example("---\nid: a\n---\nThân bài\n")
@example("---\n---")
@example("---\n---\n")
@example("---\nid: a\n  ---  \nx\n---\ny")
@example("---\nkey: a---b\n---- \n---\n")
@example("\ufeff---\r\nid: a\r\n---\r\nx")
@example("---")
@example("")
def test_it_cuts_where_the_lines_say(text: str) -> None:
    expected = _by_lines(text)
    got = split_record_text(text, markdown=True)
    if isinstance(expected, str):
        assert isinstance(got, tuple) and got[0] == 1 and got[1].startswith(expected)
    else:
        assert got == expected


def test_a_yaml_file_is_not_cut() -> None:
    assert split_record_text("\ufeffid: a\r\n---\r\nb: c", markdown=False) == SplitText("id: a\n---\nb: c", 0)
