"""``scripts/fmt``: --check lists what differs with a diff and exits 1; without it, rewrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.cli import main
from tests.conftest import MakeProject

TOPIC = "data/topics/y-te.yml"
OUT_OF_ORDER = "id: y-te\nnhom: linh-vuc\nten: Y tế\n"
EXPECTED_DIFF = """--- a/data/topics/y-te.yml
+++ b/data/topics/y-te.yml
@@ -1,3 +1,3 @@
 id: y-te
+ten: Y tế
 nhom: linh-vuc
-ten: Y tế
"""


@pytest.fixture
def project(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project({TOPIC: OUT_OF_ORDER})
    monkeypatch.chdir(root)
    return root


def test_check_prints_the_diff_and_exits_1_without_writing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--check", TOPIC]) == 1
    out = capsys.readouterr()
    assert out.out == EXPECTED_DIFF
    assert "1 tệp chưa đúng định dạng chuẩn: data/topics/y-te.yml." in out.err
    assert (project / TOPIC).read_text(encoding="utf-8") == OUT_OF_ORDER


def test_the_diff_shown_in_the_guide_is_the_real_one() -> None:
    from tests.conftest import ROOT

    guide = (ROOT / "docs/huong-dan-bien-tap/xem-truoc-kiem-tra.md").read_text(encoding="utf-8")
    assert f"```diff\n{EXPECTED_DIFF}```" in guide


def test_fmt_rewrites_then_check_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", TOPIC]) == 0
    assert capsys.readouterr().out == "đã định dạng lại: data/topics/y-te.yml\n"
    assert (project / TOPIC).read_bytes() == "id: y-te\nten: Y tế\nnhom: linh-vuc\n".encode()
    assert main(["fmt", "--check", TOPIC]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "Cả 1 tệp đã đúng định dạng chuẩn." in out.err


def test_whole_data_folder_by_default_and_github_annotations(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--check", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    # the mini fixture itself is not canonical either: every file that differs is annotated
    assert "::error file=data/topics/y-te.yml,line=2,col=1::tệp chưa đúng định dạng chuẩn; chạy scripts/fmt data/topics/y-te.yml để sửa." in annotations
    assert all(a.startswith("::error file=data/") for a in annotations)


def test_files_it_cannot_format_are_reported_and_left_alone(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = "id: y-te\nten: &ten Y tế\nmo_ta: *ten\n"
    (project / TOPIC).write_text(broken, encoding="utf-8")
    assert main(["fmt", TOPIC]) == 1
    assert capsys.readouterr().out == "data/topics/y-te.yml:2:6: bản ghi không dùng neo '&' của YAML; viết giá trị đầy đủ ở từng chỗ.\n"
    assert (project / TOPIC).read_text(encoding="utf-8") == broken


def test_deleted_and_foreign_paths_are_skipped(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "notes.yml").write_text("a: 1\n", encoding="utf-8")
    assert main(["fmt", "--check", "data/topics/xoa-roi.yml", "notes.yml", "data/topics/dau-tu.yml"]) == 0
    assert "Bỏ qua notes.yml: không phải tệp bản ghi trong data/<loại>/." in capsys.readouterr().err
