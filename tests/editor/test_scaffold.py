"""``scripts/new``: a commented template for every kind, canonical, that names what is missing."""

from __future__ import annotations

import pytest

from portal.build import validate_data
from portal.cli import main
from portal.editor.canonical import canonical_text
from portal.editor.scaffold import EditorError, new_record, scaffold_text
from portal.load.yaml_source import parse_yaml
from portal.model.introspect import editing_order
from portal.model.registry import RECORD_KINDS
from portal.model.records import Topic
from portal.validate.placeholders import PLACEHOLDER
from tests.conftest import MakeProject


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda k: k.kind)
def test_every_kind_gets_a_canonical_template_whose_only_errors_are_its_todos(kind: type, make_project: MakeProject) -> None:
    root = make_project()
    target, text = new_record(root, kind.kind, f"moi-{kind.kind}", [])
    assert target == root / "data" / kind.folder / f"moi-{kind.kind}{'.md' if kind.allows_markdown else '.yml'}"
    assert canonical_text(text, markdown=kind.allows_markdown, model=kind) == text  # fmt leaves it alone
    yaml_part = text.split("---\n")[1] if kind.allows_markdown else text
    values = parse_yaml(yaml_part).value
    required = [f.alias for f in kind.model_fields.values() if f.is_required()]
    assert list(values) == [k for k in editing_order(kind) if k in required]  # the rest is commented out
    for key in editing_order(kind):  # every field is explained, in the model's order
        assert f"\n# {kind.model_fields[next(n for n, f in kind.model_fields.items() if f.alias == key)].title} (" in text, key
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    issues = [i for i in validate_data(root).issues if i.path == target.relative_to(root).as_posix()]
    todo_keys = [k for k, v in values.items() if PLACEHOLDER in str(v)]
    assert len(issues) == len([1 for k in todo_keys for _ in str(values[k]).split(PLACEHOLDER)[1:]])
    assert all("chưa điền (đang là 'TODO'); thay bằng thông tin đúng" in i.message for i in issues), [i.message for i in issues]


EXPECTED_TOPIC = """# Chủ đề mới. Mỗi trường có chú thích ở phía trên: ý nghĩa, chỗ tìm trên văn bản gốc, cách ghi.
# - Thay mỗi chữ TODO bằng thông tin đúng như văn bản gốc ghi.
# - Trường không bắt buộc đang để sau dấu '#': muốn dùng thì xóa '# ' ở đầu các dòng của trường đó.
# - Văn bản không có thông tin nào thì để nguyên hoặc xóa dòng đó; không đoán.
# - Xong thì kiểm tra: scripts/validate data/topics/y-te.yml

# Mã định danh (bắt buộc): Mã duy nhất, chữ thường không dấu nối bằng '-', trùng với tên tệp (không kể đuôi .md/.yml). Ví dụ: nq-15-2023-hdnd-an-hoa.
#   Cách ghi: mã (id) của một bản ghi: chữ thường không dấu, chữ số, nối bằng dấu '-'.
id: y-te

# Dữ liệu minh họa (không bắt buộc): Ghi true nếu đây là dữ liệu minh họa, không phải văn bản thật; trang sẽ hiện thông báo rõ ràng.
#   Cách ghi: true (có) hoặc false (không).
# du_lieu_minh_hoa: true

# Tên (bắt buộc): Tên lĩnh vực hoặc nhóm đối tượng, viết hoa chữ đầu, ví dụ 'Đầu tư'.
#   Cách ghi: chữ.
ten: Y tế

# Nhóm (bắt buộc): 'linh-vuc' cho lĩnh vực, 'doi-tuong' cho nhóm đối tượng áp dụng, thụ hưởng.
#   Cách ghi: một trong: 'linh-vuc' (Lĩnh vực), 'doi-tuong' (Đối tượng áp dụng, thụ hưởng).
nhom: TODO
"""


def test_topic_template_exactly() -> None:
    text = scaffold_text(Topic, "y-te", {"ten": "Y tế"}, path="data/topics/y-te.yml")
    assert text.startswith(EXPECTED_TOPIC)
    assert "\n# mo_ta: TODO\n" in text and "\n# ghi_chu: TODO\n" in text  # optional fields, commented out


def test_cli_writes_the_file_and_refuses_to_overwrite(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project()
    monkeypatch.chdir(root)
    assert main(["new", "nghi-quyet", "nq-21-2023-hdnd-mau", "so_ky_hieu=21/2023/NQ-HĐND"]) == 0
    out = capsys.readouterr()
    assert out.out == "data/resolutions/nq-21-2023-hdnd-mau.md\n"
    assert "Đã tạo data/resolutions/nq-21-2023-hdnd-mau.md. Mở tệp, thay các chữ TODO theo chú thích, rồi chạy: scripts/validate data/resolutions/nq-21-2023-hdnd-mau.md" in out.err
    written = (root / "data/resolutions/nq-21-2023-hdnd-mau.md").read_text(encoding="utf-8")
    assert "\nso_ky_hieu: 21/2023/NQ-HĐND\n" in written
    before = written
    assert main(["new", "resolution", "nq-21-2023-hdnd-mau"]) == 2
    assert capsys.readouterr().err == "Lỗi: đã có bản ghi mã 'nq-21-2023-hdnd-mau' ở data/resolutions/nq-21-2023-hdnd-mau.md; không ghi đè. Muốn sửa bản ghi đó thì mở tệp ấy; muốn tạo bản ghi mới thì chọn mã khác.\n"
    assert (root / "data/resolutions/nq-21-2023-hdnd-mau.md").read_text(encoding="utf-8") == before
    # an id is unique across kinds: a session may not take a resolution's id either
    assert main(["new", "session", "nq-21-2023-hdnd-mau"]) == 2
    assert not (root / "data/sessions/nq-21-2023-hdnd-mau.md").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["nghi-quyett", "x"], "không có loại bản ghi 'nghi-quyett'. Các loại: topic (Chủ đề, data/topics/);"),
    (["resolution", "NQ_15"], "mã 'NQ_15' không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu '-', ví dụ nq-15-2023-hdnd-binh-an."),
    (["resolution", "nq-1", "so_hieu=1"], "nghị quyết không có trường 'so_hieu'; các trường: id, du_lieu_minh_hoa, so_ky_hieu,"),
    (["resolution", "nq-1", "so_ky_hieu"], "'so_ky_hieu' phải có dạng tên_trường=giá trị, ví dụ so_ky_hieu=15/2023/NQ-HĐND."),
])
def test_mistakes_in_the_command_are_explained(args: list[str], message: str, make_project: MakeProject) -> None:
    with pytest.raises(EditorError) as error:
        new_record(make_project(), args[0], args[1], args[2:])
    assert str(error.value).startswith(message)


def test_kind_names_in_vietnamese_and_by_folder(make_project: MakeProject) -> None:
    root = make_project()
    for name in ("ky-hop", "sessions", "Kỳ họp", "session"):
        target, _ = new_record(root, name, "ky-hop-moi", [])
        assert target == root / "data/sessions/ky-hop-moi.md"
