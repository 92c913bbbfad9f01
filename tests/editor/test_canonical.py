"""fmt: one canonical form, comments and values kept exactly, idempotent, never a traceback."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.editor.canonical import canonical_text, canonical_yaml, format_file, model_for
from portal.editor.yamltree import Document, Mapping, Scalar, Sequence, Slot, TreeError, emit_tree, parse_tree
from portal.load.yaml_source import parse_yaml
from portal.model.records import Resolution, Session, Topic
from tests.conftest import ROOT

MESSY = (
    "\ufeff# Kỳ họp thường lệ giữa năm\r\n"
    "\r\n"
    "den_ngay: 2023-07-12\r\n"
    "chuong_trinh: [Báo cáo kinh tế – xã hội, \"Chất vấn: y tế\"]   # hai nội dung\r\n"
    "id: ky-hop-thu-7-khoa-x\r\n"
    "co_quan: 'hdnd-tinh-mau'\r\n"
    "\r\n"
    "\r\n"
    "# ngày khai mạc\r\n"
    "tu_ngay: 2023-07-10\r\n"
    "khoa: X\r\n"
    f"ten_ky_hop: {unicodedata.normalize('NFD', 'Kỳ họp thứ 7')}\r\n"
    "loai: thuong-le\r\n"
    "ket_qua: >\r\n"
    "  Thông qua 12 nghị quyết\r\n"
    "  và 3 báo cáo.\r\n"
    "ghi_chu: yes\r\n"
    "# hết\r\n"
)

CANONICAL = """# Kỳ họp thường lệ giữa năm

id: ky-hop-thu-7-khoa-x
co_quan: hdnd-tinh-mau
khoa: X
ten_ky_hop: Kỳ họp thứ 7
loai: thuong-le

# ngày khai mạc
tu_ngay: 2023-07-10
den_ngay: 2023-07-12
chuong_trinh:
  - Báo cáo kinh tế – xã hội
  - "Chất vấn: y tế"  # hai nội dung
ket_qua: |
  Thông qua 12 nghị quyết và 3 báo cáo.
ghi_chu: true
# hết
"""


def test_messy_session_gets_the_exact_canonical_form() -> None:
    assert canonical_yaml(MESSY.removeprefix("\ufeff").replace("\r\n", "\n"), Session) == CANONICAL


def test_a_canonical_file_passes_through_byte_identical() -> None:
    assert canonical_yaml(CANONICAL, Session) == CANONICAL
    assert canonical_text(CANONICAL, markdown=False, model=Session) == CANONICAL


def test_crlf_bom_and_nfd_are_normalised_without_changing_values() -> None:
    out = canonical_text(MESSY, markdown=False, model=Session)
    assert out == CANONICAL
    assert "\r" not in out and unicodedata.is_normalized("NFC", out)
    before = parse_yaml(MESSY.removeprefix("\ufeff").replace("\r\n", "\n")).value
    assert parse_yaml(out).value == before


MARKDOWN = """---
trich_yeu: Quy định chính sách hỗ trợ đầu tư
id: nq-15-2023-hdnd-mau
# căn cứ: một văn bản có trên cổng, một văn bản chưa có
can_cu:
  - trich_dan: 'Luật Ngân sách nhà nước năm 2015'
  - qd-238-qd-tw-2020
so_ky_hieu: 15/2023/NQ-HĐND
---


**NGHỊ QUYẾT**  
### Điều 1. Phạm vi\t
Nội dung.


"""

MARKDOWN_CANONICAL = """---
id: nq-15-2023-hdnd-mau
so_ky_hieu: 15/2023/NQ-HĐND
trich_yeu: Quy định chính sách hỗ trợ đầu tư
# căn cứ: một văn bản có trên cổng, một văn bản chưa có
can_cu:
  - trich_dan: Luật Ngân sách nhà nước năm 2015
  - qd-238-qd-tw-2020
---
**NGHỊ QUYẾT**  
### Điều 1. Phạm vi\t
Nội dung.
"""


def test_markdown_front_matter_is_ordered_and_the_body_kept_with_its_trailing_spaces() -> None:
    assert canonical_text(MARKDOWN, markdown=True, model=Resolution) == MARKDOWN_CANONICAL
    assert canonical_text(MARKDOWN_CANONICAL, markdown=True, model=Resolution) == MARKDOWN_CANONICAL


def test_unknown_keys_stay_after_the_known_ones_in_the_editors_order() -> None:
    text = "zeta: 1\nnhom: linh-vuc\nalpha: 2\nid: y-te\nten: Y tế\n"
    assert canonical_yaml(text, Topic) == "id: y-te\nten: Y tế\nnhom: linh-vuc\nzeta: 1\nalpha: 2\n"


def test_nested_structures_follow_their_models_order() -> None:
    text = "quan_he:\n  - van_ban: nq-05-2016-hdnd-mau   # bị thay thế\n    loai: thay-the\nnguoi_ky:\n  chuc_danh: Chủ tịch\n  ho_ten: Nguyễn Văn A\n"
    assert canonical_yaml(text, Resolution) == (
        "nguoi_ky:\n  ho_ten: Nguyễn Văn A\n  chuc_danh: Chủ tịch\n"
        "quan_he:\n  - loai: thay-the\n    van_ban: nq-05-2016-hdnd-mau  # bị thay thế\n"
    )


@pytest.mark.parametrize(("value", "written"), [
    ("2023", '"2023"'),            # would be read back as a number
    ("true", '"true"'),            # … as a boolean
    ("~", '"~"'),                  # … as nothing
    ("a: b", '"a: b"'),            # a colon and a space
    ("x # y", '"x # y"'),          # a comment mark
    ("- đầu dòng", '"- đầu dòng"'),
    ('Quy chế "238"', 'Quy chế "238"'),  # a quote inside a plain value is fine
    ('Quy chế "238": mới', "'Quy chế \"238\": mới'"),  # must be quoted: single quotes keep it readable
    (" lề trái", '" lề trái"'),
    ("2023-07-12", "2023-07-12"),  # dates stay plain: the loader keeps them as text
    ("Luật số 72/2025/QH15", "Luật số 72/2025/QH15"),
])
def test_strings_are_quoted_only_when_yaml_would_misread_them(value: str, written: str) -> None:
    doc = Document(Mapping([Slot(Scalar(value), key="ten")]))
    text = emit_tree(doc)
    assert text == f"ten: {written}\n"
    assert parse_yaml(text).value == {"ten": value}


def test_refuses_what_it_cannot_keep_and_says_where() -> None:
    with pytest.raises(TreeError) as anchor:
        canonical_yaml("id: a\nten: &x Đầu tư\nmo_ta: *x\n", Topic)
    assert (anchor.value.position.line, anchor.value.position.col, anchor.value.message) == (2, 6, "bản ghi không dùng neo '&' của YAML; viết giá trị đầy đủ ở từng chỗ.")
    with pytest.raises(TreeError) as duplicate:
        canonical_yaml("id: a\nten: x\nten: y\n", Topic)
    assert (duplicate.value.position.line, duplicate.value.message) == (3, "trường 'ten' được khai báo hai lần; xóa một trong hai dòng rồi chạy lại.")
    with pytest.raises(TreeError) as syntax:
        canonical_text("---\nid: a\nten: \"mở\n---\n", markdown=True, model=Topic)
    assert (syntax.value.position.line, syntax.value.message) == (3, "lỗi cú pháp YAML: thiếu dấu ngoặc kép đóng.")


def test_format_file_reports_problems_as_issues(tmp_path: Path) -> None:
    bad = tmp_path / "data" / "topics" / "a.yml"
    bad.parent.mkdir(parents=True)
    bad.write_bytes("id: a\nten: \xc4\x90\xff\n".encode("latin-1"))
    result = format_file(bad, root=tmp_path)
    assert result.canonical is None and result.issue is not None
    assert result.issue.format_text() == "data/topics/a.yml:1:1: tệp không phải UTF-8; hãy lưu lại tệp với bảng mã UTF-8 rồi chạy lại."


def test_every_record_in_the_repository_round_trips() -> None:
    """Canonical twice is canonical once, and the build reads exactly the same values."""
    files = [f for f in sorted((ROOT / "data").rglob("*")) if f.suffix in (".yml", ".md")]
    assert len(files) > 50
    for file in files:
        result = format_file(file, root=ROOT)
        assert result.issue is None, result.issue
        assert result.canonical is not None
        markdown = file.suffix == ".md"
        assert canonical_text(result.canonical, markdown=markdown, model=model_for(result.path)) == result.canonical, result.path
        if not markdown:
            assert parse_yaml(result.canonical).value == parse_yaml(result.original).value, result.path


# -- property: any tree of strings survives emit → parse -----------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")) | st.sampled_from(list("\n:#-'\" ")), max_size=30)
_keys = st.text(st.sampled_from("abcdeđ_"), min_size=1, max_size=6)
_leaf = st.one_of(_text, st.booleans(), st.integers(-10**6, 10**6), st.none())
_tree = st.recursive(_leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3), max_leaves=12)


def _node(value: object) -> object:
    if isinstance(value, dict):
        return Mapping([Slot(_node(v), key=k) for k, v in value.items()])  # type: ignore[arg-type]
    if isinstance(value, list):
        return Sequence([Slot(_node(v)) for v in value])  # type: ignore[arg-type]
    return Scalar(value)


def _cleaned(value: object) -> object:
    from portal.text import clean

    if isinstance(value, dict):
        return {clean(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return clean(value) if isinstance(value, str) else value


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_keys, _tree, min_size=1, max_size=4))
def test_any_values_survive_the_canonical_writer(value: dict) -> None:
    text = emit_tree(Document(_node(value)))  # type: ignore[arg-type]
    assert parse_yaml(text).value == _cleaned(value)
    assert emit_tree(parse_tree(text)) == text


_comment = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")), max_size=12).map(lambda t: "# " + t.strip())
_lead = st.lists(_comment | st.just(""), max_size=3)


def _commented(value: object, draw: st.DrawFn) -> object:
    if isinstance(value, dict):
        return Mapping([Slot(_commented(v, draw), key=k, lead=draw(_lead), trail=draw(st.none() | _comment)) for k, v in value.items()])  # type: ignore[arg-type]
    if isinstance(value, list):
        return Sequence([Slot(_commented(v, draw), lead=draw(_lead), trail=draw(st.none() | _comment)) for v in value])  # type: ignore[arg-type]
    return Scalar(value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_keys, _tree, min_size=1, max_size=4), st.data())
def test_comments_anywhere_are_kept_and_the_output_is_stable(value: dict, data: st.DataObject) -> None:
    from collections import Counter

    doc = Document(_commented(value, data.draw), head=data.draw(_lead), foot=data.draw(_lead))  # type: ignore[arg-type]
    text = emit_tree(doc)
    again = parse_tree(text)
    assert parse_yaml(text).value == _cleaned(value)
    from portal.text import clean

    assert Counter(again.comments()) == Counter(clean(c).rstrip() for c in doc.comments())
    assert emit_tree(again) == text
