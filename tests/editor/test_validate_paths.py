"""``validate <paths>``: the given files plus every problem the change causes elsewhere."""

from __future__ import annotations

import pytest

from portal.cli import main
from tests.conftest import MakeProject

SESSION = "data/sessions/ky-hop-thu-7-khoa-x.yml"
RES15 = "data/resolutions/nq-15-2023-hdnd-mau.md"
RES20 = "data/resolutions/nq-20-2023-hdnd-mau.md"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["validate", *args])
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.strip()


def test_a_deleted_session_shows_the_resolutions_that_point_at_it(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(make_project({SESSION: None}))
    code, lines, summary = run([SESSION], capsys)
    assert code == 1
    assert lines == [
        "data/resolutions/nq-15-2023-hdnd-mau.md:11:9: kỳ họp thông qua (ky_hop): không tìm thấy bản ghi có mã 'ky-hop-thu-7-khoa-x' trong data/sessions/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        "data/resolutions/nq-20-2023-hdnd-mau.md:8:9: kỳ họp thông qua (ky_hop): không tìm thấy bản ghi có mã 'ky-hop-thu-7-khoa-x' trong data/sessions/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
    ]
    assert summary == "Tìm thấy 2 lỗi trong 2 tệp. Sửa các lỗi trên rồi chạy lại."


def test_errors_of_unrelated_files_are_not_shown(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project({"data/topics/doanh-nghiep.yml": "id: doanh-nghiep\nten: Doanh nghiệp\nnhom: doi tuong\n"})
    monkeypatch.chdir(root)
    code, lines, summary = run(["data/bodies/ban-bi-thu.yml"], capsys)
    assert (code, lines, summary) == (0, [], "Dữ liệu hợp lệ: không có lỗi.")
    code, lines, _ = run([], capsys)  # without paths: everything
    assert code == 1 and lines[0].startswith("data/topics/doanh-nghiep.yml:3:7: 'nhom' (Nhóm): giá trị 'doi tuong' không hợp lệ")


def test_a_changed_record_brings_the_rules_it_touches(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # the session now ends before the resolutions adopted at it were issued
    session = "id: ky-hop-thu-7-khoa-x\nco_quan: hdnd-tinh-mau\nkhoa: X\nten_ky_hop: Kỳ họp thứ 7\nloai: thuong-le\ntu_ngay: 2023-07-10\nden_ngay: 2023-07-11\ndu_lieu_minh_hoa: true\n"
    monkeypatch.chdir(make_project({SESSION: session}))
    code, lines, _ = run([SESSION], capsys)
    assert code == 1
    assert [line.split(": ", 1)[0] for line in lines] == [f"{RES15}:9:16", f"{RES20}:6:16"]
    assert lines[0].endswith("ngày ban hành 12/7/2023 nằm ngoài thời gian kỳ họp 'Kỳ họp thứ 7' (10/7/2023 – 11/7/2023); nghị quyết phải được thông qua trong kỳ họp.")


def test_a_number_taken_twice_is_shown_on_both_sides(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    copy = "---\nid: nq-15-2023-ban-sao\nso_ky_hieu: 15/2023/NQ-HĐND\ntrich_yeu: Bản sao\nco_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: 2023-07-12\nky_hop: ky-hop-thu-7-khoa-x\n---\n"
    monkeypatch.chdir(make_project({"data/resolutions/nq-15-2023-ban-sao.md": copy}))
    code, lines, _ = run(["data/resolutions/nq-15-2023-ban-sao.md"], capsys)
    assert code == 1
    assert lines == ["data/resolutions/nq-15-2023-hdnd-mau.md:3:13: số ký hiệu '15/2023/NQ-HĐND' của cùng cơ quan, cùng thời điểm đã có ở data/resolutions/nq-15-2023-ban-sao.md; có thể văn bản bị nhập hai lần."]


def test_github_format_annotates_the_pull_request(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(make_project({SESSION: None}))
    code, lines, _ = run(["--format", "github", SESSION], capsys)
    assert code == 1
    assert lines[1] == "::error file=data/resolutions/nq-20-2023-hdnd-mau.md,line=8,col=9::kỳ họp thông qua (ky_hop): không tìm thấy bản ghi có mã 'ky-hop-thu-7-khoa-x' trong data/sessions/; kiểm tra chính tả hoặc tạo bản ghi đó trước."


def test_a_folder_checks_everything_in_it(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(make_project({"data/topics/dau-tu.yml": "id: dau-tu\nten: Đầu tư\nnhom: TODO\n"}))
    code, lines, _ = run(["data/topics/"], capsys)
    assert code == 1
    assert lines == ["data/topics/dau-tu.yml:3:7: 'nhom' (Nhóm): chưa điền (đang là 'TODO'); thay bằng thông tin đúng. 'linh-vuc' cho lĩnh vực, 'doi-tuong' cho nhóm đối tượng áp dụng, thụ hưởng. Chọn một trong: 'linh-vuc' (Lĩnh vực), 'doi-tuong' (Đối tượng áp dụng, thụ hưởng)."]
