"""Reading record files: positions, cleaning, and problems that must not raise."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from portal.build import validate_data
from portal.load.loader import load_all
from portal.load.source_file import project_path
from portal.load.yaml_source import Position, YamlSyntaxError, parse_yaml
from tests.conftest import MakeProject


def test_positions_of_nested_values_and_keys() -> None:
    parsed = parse_yaml("id: a\nquan_he:\n  - loai: x\n    van_ban: b\n", line_offset=1)
    assert parsed.value == {"id": "a", "quan_he": [{"loai": "x", "van_ban": "b"}]}
    assert parsed.where(("quan_he", 0, "van_ban")) == Position(5, 14)
    assert parsed.where(("quan_he", 0, "van_ban"), key=True) == Position(5, 5)
    assert parsed.where(("quan_he", 0, "missing")) == Position(4, 5)


def test_dates_stay_text_and_scalars_keep_yaml_types() -> None:
    parsed = parse_yaml("a: 2023-07-12\nb: 12\nc: true\nd: ~\ne: '12'\n")
    assert parsed.value == {"a": "2023-07-12", "b": 12, "c": True, "d": None, "e": "12"}


def test_strings_are_cleaned_but_tone_placement_is_kept() -> None:
    nfd = unicodedata.normalize("NFD", "Nghị quyết")
    parsed = parse_yaml(f"a: {nfd}\nb: 'Ðảm bảo'\nc: \"HĐND\u00a0tỉnh\"\nd: Tỉnh uỷ\n")
    assert parsed.value == {"a": "Nghị quyết", "b": "Đảm bảo", "c": "HĐND tỉnh", "d": "Tỉnh uỷ"}
    assert all(unicodedata.is_normalized("NFC", v) for v in parsed.value.values())


def test_syntax_error_has_a_position() -> None:
    try:
        parse_yaml("a: [1, 2\nb: 3\n", line_offset=1)
    except YamlSyntaxError as exc:
        assert exc.position.line >= 2
        assert exc.message.startswith("lỗi cú pháp YAML")
    else:  # pragma: no cover
        raise AssertionError("expected a syntax error")


def test_bom_crlf_and_nfd_files_load(make_project: MakeProject) -> None:
    text = "\ufeffid: dau-tu\r\nten: " + unicodedata.normalize("NFD", "Đầu tư") + "\r\nnhom: linh-vuc\r\n"
    root = make_project({"data/topics/dau-tu.yml": text})
    result = validate_data(root)
    assert result.ok
    assert result.catalog.record("dau-tu").name == "Đầu tư"


def test_a_file_in_a_legacy_encoding_is_an_error_not_a_crash(make_project: MakeProject) -> None:
    root = make_project()
    (root / "data/topics/dau-tu.yml").write_bytes("id: dau-tu\nten: Đầu tư\n".encode("utf-8")[:16] + b"\xff\xfe\n")
    issues = [i.format_text() for i in validate_data(root).issues]
    assert issues[0].startswith("data/topics/dau-tu.yml:2:")
    assert "UTF-8" in issues[0]


def test_markdown_body_is_kept_with_its_first_line(make_project: MakeProject) -> None:
    catalog = validate_data(make_project()).catalog
    entry = catalog.get("nq-15-2023-hdnd-mau")
    assert entry.body == "### Điều 1. Phạm vi điều chỉnh\n\nNội dung minh họa."
    assert entry.body_line == 26


BROKEN_FILES: dict[str, str | None] = {  # one of each way a file fails, among the valid ones
    "data/topics/cu-phap.yml": "id: cu-phap\nten: 'Chưa đóng\nnhom: linh-vuc\n",  # a YAML syntax error
    "data/topics/sai-kieu.yml": "id: sai-kieu\nten: Sai kiểu\nnhom: khong-co-nhom-nay\n",  # the model refuses it
    "data/topics/khac-ten.yml": "id: ten-khac\nten: Khác tên tệp\nnhom: linh-vuc\n",  # id and file name differ
    "data/topics/chua-xong.yml": "id: chua-xong\nten: TODO tên lĩnh vực\nnhom: linh-vuc\n",  # unfinished
    "data/topics/nguy-hiem.yml": "id: nguy-hiem\nten: <script>alert(1)</script>\nnhom: linh-vuc\n",  # unsafe
    "data/topics/duoi-la.txt": "id: duoi-la\n",  # not a record file
}


def test_each_way_a_file_fails_is_reported_at_its_position_and_the_rest_load(make_project: MakeProject) -> None:
    """Files are checked without positions first (portal.load.loader.CheckedFile); a file the
    model rejects, or whose id differs from its name, is read again for the positions."""
    root = make_project(BROKEN_FILES)
    result = load_all(root, root / "data")
    assert len(result.entries) > 5
    assert {e.path for e in result.entries} & set(BROKEN_FILES) == {"data/topics/khac-ten.yml"}  # its id is wrong, its record whole
    assert sorted(result.broken_ids) == ["chua-xong", "cu-phap", "duoi-la", "nguy-hiem", "sai-kieu"]  # a wrong id is an error, not a missing record
    said = "\n".join(i.format_text() for i in result.issues)
    for rel in BROKEN_FILES:
        assert rel in said, f"{rel} has an issue"
    assert "data/topics/sai-kieu.yml:3:7:" in said and "data/topics/khac-ten.yml:1:5:" in said, "positions read again for the model's errors"


@pytest.mark.parametrize(("file", "expected"), [
    ("/srv/portal/data/resolutions/nq-1.yml", "data/resolutions/nq-1.yml"),
    ("/srv/portal/data/tỉnh mẫu/nq-1.md", "data/tỉnh mẫu/nq-1.md"),
    ("/srv/portal/x", "x"),
])
def test_project_path_is_relative_to_the_root_with_slashes(file: str, expected: str) -> None:
    assert project_path(Path(file), Path("/srv/portal")) == expected == Path(file).relative_to("/srv/portal").as_posix()


@pytest.mark.parametrize("file", ["/srv/portal-other/data/a.yml", "/srv/porta/a.yml", "/elsewhere/a.yml"])
def test_project_path_of_a_file_outside_the_root_fails_as_relative_to_does(file: str) -> None:
    with pytest.raises(ValueError):
        project_path(Path(file), Path("/srv/portal"))
