"""Broken fixtures and their exact expected error lists (path:line:col: message).

Each case copies the valid mini project, breaks some files, and compares the whole
list of Vietnamese messages, in order. A change of wording is a deliberate change here.
"""

from __future__ import annotations

import pytest

from portal.build import validate_data
from tests.conftest import MakeProject

CASES: dict[str, dict[str, str | None]] = {}
RES = "data/resolutions/nq-15-2023-hdnd-mau.md"
CASES["schema"] = {RES: """---
id: nq-15-2023-hdnd-mau
so_ky_hieu: 15/2023/NQ-HĐND
trich_yeu: Quy định chính sách hỗ trợ đầu tư
co_quan_ban_hanh: hdnd-tinh-mau
ngay_ban_hanh: 2023-07-32
ngay_hieu_luc: 12/7/2023
ky_hop: ky-hop-thu-7-khoa-x
loai: nghi-quyet
trichyeu: x
quan_he:
  - loai: huy-bo
    van_ban: nq-05-2016-hdnd-mau
du_lieu_minh_hoa: co
---
"""}
CASES["syntax_and_duplicates"] = {
    "data/bodies/bad.yml": 'id: bad\nten: "Thiếu ngoặc\ncap: tinh\n',
    "data/bodies/ubnd-tinh-mau.yml": "id: ubnd-tinh-mau\nten: Ủy ban\nten: Ủy ban 2\ncap: tinh\nloai: ubnd\n",
    "data/topics/tab.yml": "id: tab\n\tten: x\n",
    "data/sessions/no-front-matter.md": "# Kỳ họp\n",
}
CASES["cross_record"] = {RES: """---
id: nq-15-2023-hdnd-mau
so_ky_hieu: 15 / 2023 / NQ – HĐND
trich_yeu: Thử
co_quan_ban_hanh: ubnd-tinh-mau
ngay_ban_hanh: 2023-08-12
ky_hop: ky-hop-thu-2-khoa-ix
linh_vuc: [dau-tu, nong-nghiep, doanh-nghiep]
doi_tuong: [dau-tu]
can_cu: [qd-999, ky-hop-thu-2-khoa-ix]
---
""", "data/sessions/ky-hop-thu-7-khoa-x.yml": "id: ky-hop-thu-7-khoa-x\nco_quan: hdnd-tinh-mau\nkhoa: XI\nten_ky_hop: Kỳ họp thứ 7\nloai: thuong-le\ntu_ngay: 2023-07-10\nden_ngay: 2023-07-12\n"}
CASES["identity_and_files"] = {
    "data/resolutions/nq-15-2023-ban-sao.md": """---
id: nq-15-2023-ban-sao
so_ky_hieu: 015/2023/NQ-HĐND
trich_yeu: Bản sao nhập hai lần
co_quan_ban_hanh: hdnd-tinh-mau
ngay_ban_hanh: 2023-07-11
ky_hop: ky-hop-thu-7-khoa-x
---
""",
    "data/documents/qd-238-qd-tw-2020.md": "---\nid: qd-238\nloai_van_ban: quyet-dinh\nso_ky_hieu: 238/QĐ-TW\ntrich_yeu: Quy chế\nco_quan_ban_hanh: ban-bi-thu\nngay_ban_hanh: 2020-09-30\n---\n",
    "data/notes/x.yml": "a: 1\n",
    "data/topics/readme.txt": "x",
    "data/bodies/session-like.md": "---\nid: session-like\n---\n",
}
CASES["dates_and_order"] = {
    "data/sessions/ky-hop-thu-7-khoa-x.yml": "id: ky-hop-thu-7-khoa-x\nco_quan: hdnd-tinh-mau\nkhoa: X\nten_ky_hop: Kỳ họp thứ 7\nloai: thuong-le\ntu_ngay: 2023-07-10\nden_ngay: 2023-07-09\n",
    "data/resolutions/nq-05-2016-hdnd-mau.md": "---\nid: nq-05-2016-hdnd-mau\nso_ky_hieu: 05/2016/NQ-HĐND\ntrich_yeu: Thử\nco_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: 2016-12\nngay_hieu_luc: 2016-11-01\nky_hop: ky-hop-thu-2-khoa-ix\n---\n",
}

EXPECTED: dict[str, list[str]] = {
    'schema': [
        "data/resolutions/nq-15-2023-hdnd-mau.md:6:16: 'ngay_ban_hanh' (Ngày ban hành): ngày '2023-07-32' không có thật trên lịch (kiểm tra ngày và tháng).",
        "data/resolutions/nq-15-2023-hdnd-mau.md:7:16: 'ngay_hieu_luc' (Ngày có hiệu lực): ngày '12/7/2023' không đúng dạng: phải ghi theo dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD), ví dụ 2023-07-12 cho ngày 12/7/2023.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:9:1: trường 'loai' không có trong mẫu bản ghi. Các trường được phép: id, du_lieu_minh_hoa, ghi_chu, nguon, ngay_cap_nhat, dong_y_cong_bo, so_ky_hieu, trich_yeu, co_quan_ban_hanh, ten_co_quan_tren_van_ban, nguoi_ky, ngay_ban_hanh, ngay_hieu_luc, ngay_het_hieu_luc, can_cu, quan_he, toan_van, tom_tat, linh_vuc, ky_hop, doi_tuong, pham_vi_dia_ban, muc_ho_tro, dieu_kien, ho_so_thu_tuc, co_quan_thuc_hien, thoi_han.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:10:1: trường 'trichyeu' không có trong mẫu bản ghi. Có phải ý bạn là 'trich_yeu'? Các trường được phép: id, du_lieu_minh_hoa, ghi_chu, nguon, ngay_cap_nhat, dong_y_cong_bo, so_ky_hieu, trich_yeu, co_quan_ban_hanh, ten_co_quan_tren_van_ban, nguoi_ky, ngay_ban_hanh, ngay_hieu_luc, ngay_het_hieu_luc, can_cu, quan_he, toan_van, tom_tat, linh_vuc, ky_hop, doi_tuong, pham_vi_dia_ban, muc_ho_tro, dieu_kien, ho_so_thu_tuc, co_quan_thuc_hien, thoi_han.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:12:11: 'quan_he' (Quan hệ với văn bản khác), mục thứ 1, 'loai' (Loại quan hệ): giá trị 'huy-bo' không hợp lệ; chỉ được chọn một trong: 'huong-dan-thi-hanh' (Hướng dẫn thi hành), 'sua-doi-bo-sung' (Sửa đổi, bổ sung), 'thay-the' (Thay thế), 'bai-bo' (Bãi bỏ), 'dinh-chinh' (Đính chính), 'thuc-hien' (Triển khai thực hiện), 'ngung-hieu-luc' (Ngưng hiệu lực).",
        "data/resolutions/nq-15-2023-hdnd-mau.md:14:19: 'du_lieu_minh_hoa' (Dữ liệu minh họa): chỉ được ghi true (có) hoặc false (không), đang là 'co'.",
    ],
    'syntax_and_duplicates': [
        'data/bodies/bad.yml:2:6: lỗi cú pháp YAML: thiếu dấu ngoặc kép đóng.',
        "data/bodies/ubnd-tinh-mau.yml:3:1: trường 'ten' được khai báo hai lần; xóa một trong hai dòng.",
        "data/sessions/no-front-matter.md:1:1: tệp Markdown phải bắt đầu bằng dòng '---', sau đó là phần thông tin (YAML) và một dòng '---' nữa trước nội dung.",
        'data/topics/tab.yml:2:1: lỗi cú pháp YAML: YAML không cho phép dùng phím Tab để thụt lề; hãy dùng dấu cách.',
    ],
    'cross_record': [
        "data/resolutions/nq-15-2023-hdnd-mau.md:3:13: số ký hiệu '15 / 2023 / NQ – HĐND' không đúng mẫu: văn bản nhà nước ghi như 15/2023/NQ-HĐND hoặc 42/KH-UBND; văn bản của Đảng ghi như 238-QĐ/TW; không có dấu cách, dùng dấu '-' thường. Có phải là '15/2023/NQ-HĐND'?",
        "data/resolutions/nq-15-2023-hdnd-mau.md:5:19: nghị quyết phải do Hội đồng nhân dân ban hành, nhưng 'ubnd-tinh-mau' là Ủy ban nhân dân.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:6:16: ngày ban hành 12/8/2023 nằm ngoài thời gian kỳ họp 'Kỳ họp thứ 2' (8/12/2016 – 9/12/2016); nghị quyết phải được thông qua trong kỳ họp.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:7:9: kỳ họp 'ky-hop-thu-2-khoa-ix' là của 'hdnd-tinh-mau', không phải của cơ quan ban hành 'ubnd-tinh-mau'; chọn kỳ họp của đúng HĐND.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:8:20: lĩnh vực 'nong-nghiep' chưa có trong data/topics/; các mã đang có: dau-tu.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:8:33: 'doanh-nghiep' thuộc nhóm 'Đối tượng áp dụng, thụ hưởng', không phải 'Lĩnh vực'.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:9:13: 'dau-tu' thuộc nhóm 'Lĩnh vực', không phải 'Đối tượng áp dụng, thụ hưởng'.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:10:10: căn cứ: không tìm thấy bản ghi có mã 'qd-999' trong data/resolutions/ hoặc data/documents/ hoặc data/plans/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:10:18: căn cứ: 'ky-hop-thu-2-khoa-ix' là kỳ họp, không phải nghị quyết, văn bản, kế hoạch, chương trình phối hợp.",
        'data/resolutions/nq-20-2023-hdnd-mau.md:12:14: văn bản ban hành ngày 12/7/2023 không thể sửa đổi, bổ sung văn bản ban hành sau nó (12/8/2023).',
        'data/sessions/ky-hop-thu-7-khoa-x.yml:3:7: khóa XI không có trong danh sách khóa của Hội đồng nhân dân tỉnh Mẫu (cac_khoa: IX, X); thêm khóa vào tệp cơ quan hoặc sửa lại.',
    ],
    'identity_and_files': [
        "data/bodies/session-like.md:1:1: tệp 'session-like.md' có đuôi không được hỗ trợ trong data/bodies/; dùng .yml.",
        "data/documents/qd-238-qd-tw-2020.md:2:5: mã định danh 'id: qd-238' phải trùng tên tệp 'qd-238-qd-tw-2020'; đổi tên tệp thành 'qd-238.md' hoặc sửa id.",
        "data/documents/qd-238-qd-tw-2020.md:4:13: '238/QĐ-TW' không theo mẫu số văn bản của Đảng của Ban Bí thư Trung ương Đảng; mẫu đúng: 238-QĐ/TW (số-loại/cơ quan).",
        "data/notes:1:1: thư mục 'notes' không phải loại bản ghi nào; các thư mục hợp lệ trong data/: bodies, documents, drafts, events, exemplars, factchecks, findings, kits, petitions, plans, resolutions, sessions, talks, topics.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:3:13: số ký hiệu '15/2023/NQ-HĐND' của cùng cơ quan, cùng thời điểm đã có ở data/resolutions/nq-15-2023-ban-sao.md; có thể văn bản bị nhập hai lần.",
        "data/resolutions/nq-15-2023-hdnd-mau.md:15:5: căn cứ: không tìm thấy bản ghi có mã 'qd-238-qd-tw-2020' trong data/resolutions/ hoặc data/documents/ hoặc data/plans/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        "data/topics/readme.txt:1:1: tệp 'readme.txt' có đuôi không được hỗ trợ trong data/topics/; dùng .yml.",
    ],
    'dates_and_order': [
        "data/resolutions/nq-05-2016-hdnd-mau.md:7:16: 'ngay_hieu_luc' (Ngày có hiệu lực): ngày có hiệu lực (2016-11-01) trước ngày ban hành (2016-12); văn bản không thể có hiệu lực trước khi ban hành.",
        "data/sessions/ky-hop-thu-7-khoa-x.yml:7:11: 'den_ngay' (Đến ngày): ngày bế mạc (2023-07-09) trước ngày khai mạc (2023-07-10); kiểm tra lại hai ngày.",
    ],
}


def test_mini_project_is_valid(make_project: MakeProject) -> None:
    result = validate_data(make_project())
    assert [i.format_text() for i in result.issues] == []
    assert result.ok


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_fixture_gives_exact_errors(make_project: MakeProject, case: str) -> None:
    result = validate_data(make_project(CASES[case]))
    assert [i.format_text() for i in result.issues] == EXPECTED[case]
    assert not result.ok


def test_every_case_has_an_expectation() -> None:
    assert sorted(CASES) == sorted(EXPECTED)
