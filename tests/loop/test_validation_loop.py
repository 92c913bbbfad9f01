"""Broken loop records and their exact expected error lists (path:line:col: message)."""

from __future__ import annotations

import pytest

from portal.build import validate_data
from tests.conftest import MakeProject

CASES: dict[str, dict[str, str | None]] = {}
CASES["petition_model"] = {
    "data/petitions/kn-a.yml": """id: kn-a
du_lieu_minh_hoa: true
tieu_de: Sửa đường
hinh_thuc: tiep-xuc-truoc-ky-hop
dia_ban: Xã An Lạc
linh_vuc: dau-tu
noi_dung: Đường xuống cấp.
co_quan_tra_loi: ubnd-tinh-mau
lich_su:
  - trang_thai: tiep-nhan
    ngay: 2023-06-20
  - trang_thai: da-tra-loi
    ngay: 2023-07-20
""",
    "data/petitions/kn-b.yml": """id: kn-b
du_lieu_minh_hoa: true
tieu_de: Công khai danh sách
hinh_thuc: bao-cao-mttq
dia_ban: Xã Bình Lạc
linh_vuc: dau-tu
noi_dung: Đề nghị công khai.
co_quan_tra_loi: ubnd-tinh-mau
lich_su:
  - trang_thai: tiep-nhan
    ngay: 2023-07-01
""",
    "data/petitions/kn-c.yml": """id: kn-c
du_lieu_minh_hoa: true
tieu_de: Thẩm định hồ sơ
hinh_thuc: tiep-xuc-chuyen-de
dia_ban: Phường Trung Tâm
linh_vuc: dau-tu
noi_dung: Thẩm định lâu.
co_quan_tra_loi: ubnd-tinh-mau
lich_su:
  - trang_thai: tiep-nhan
    ngay: 2023-07-05
  - trang_thai: da-chuyen
    ngay: 2023-07-06
  - trang_thai: da-tra-loi
    ngay: 2023-08-20
""",
    "data/petitions/kn-d.yml": """id: kn-d
du_lieu_minh_hoa: true
tieu_de: Thử
hinh_thuc: tiep-xuc-chuyen-de
dia_ban: Xã A
linh_vuc: []
noi_dung: Thử.
co_quan_tra_loi: ubnd-tinh-mau
lich_su:
  - trang_thai: da-chuyen
    ngay: 2023-07-05
""",
}
CASES["other_models"] = {
    "data/factchecks/cc-mau.yml": """id: cc-mau
du_lieu_minh_hoa: true
tieu_de: Chính sách vẫn còn
thong_tin_sai: Chính sách đã bị bỏ.
noi_xuat_hien: Mạng xã hội
ngay_phat_hien: 2023-09-10
ket_luan: sai
su_that: Vẫn còn.
can_cu:
  - van_ban: nq-15-2023-hdnd-mau
    dieu_khoan: mục 2
ngay_dang: 2023-09-05
co_quan_dang: ban-tuyen-giao-tinh-uy-mau
""",
    "data/exemplars/dh-mau.yml": """id: dh-mau
du_lieu_minh_hoa: true
ten: Hợp tác xã Mẫu
loai: hop-tac-xa
dia_ban: Xã An Lạc
linh_vuc: dau-tu
chinh_sach: nq-15-2023-hdnd-mau
ho_tro: Hỗ trợ lãi suất 50%.
ket_qua:
  - noi_dung: Doanh thu
    so_lieu: 1.250,5
    don_vi: triệu đồng
ngay_ghi_nhan: 2023-10-01
""",
    "data/events/ev-bcv-2023.yml": """id: ev-bcv-2023
du_lieu_minh_hoa: true
ten: Báo cáo chuyên đề
loai: bao-cao-chuyen-de
ngay: 2023-08-15
chu_tri: ban-tuyen-giao-tinh-uy-mau
""",
    "data/plans/kh-mau.yml": """id: kh-mau
du_lieu_minh_hoa: true
loai_van_ban: ke-hoach
so_ky_hieu: 05-KH/BTGTU
trich_yeu: Kế hoạch phối hợp
co_quan_ban_hanh: [ban-tuyen-giao-tinh-uy-mau, thuong-truc-hdnd-tinh-mau]
ngay_ban_hanh: 2023-05-02
phan_cong:
  - ben: thuong-truc-hdnd-tinh-mau
    nhiem_vu:
      - noi_dung: Cử lãnh đạo tham gia báo cáo viên
        dinh_ky: hang-ngay
        tien_do:
          - ngay: 2023-08-01
            trang_thai: da-hoan-thanh
            minh_chung: [{ten: Quyết định, ma: ev-bcv-2023}]
""",
    "data/drafts/dt-mau.yml": """id: dt-mau
du_lieu_minh_hoa: true
trich_yeu: Dự thảo
co_quan_soan_thao: ubnd-tinh-mau
co_quan_thong_qua: hdnd-tinh-mau
tom_tat: Hỗ trợ.
tu_ngay: 2023-06-01
han_gop_y: 2023-06-30
cach_gop_y: Gửi văn bản.
ket_qua:
  tinh_trang: da-thong-qua
  ngay: 2023-07-12
""",
}
CASES["cross_record"] = {
    "data/petitions/kn-a.yml": """id: kn-a
du_lieu_minh_hoa: true
tieu_de: Sửa đường
hinh_thuc: tiep-xuc-truoc-ky-hop
su_kien: ev-bcv-2023
ky_hop: ky-hop-thu-2-khoa-ix
dia_ban: Xã An Lạc
linh_vuc: [dau-tu, doanh-nghiep]
noi_dung: Đường xuống cấp.
co_quan_tra_loi: ubnd-tinh-khac
chinh_sach: ky-hop-thu-7-khoa-x
lich_su:
  - trang_thai: tiep-nhan
    ngay: 2023-06-20
""",
    "data/petitions/kn-b.yml": """id: kn-b
tieu_de: Bản ghi thật dẫn tới dữ liệu minh họa
hinh_thuc: tiep-xuc-sau-ky-hop
ky_hop: ky-hop-thu-7-khoa-x
dia_ban: Xã Bình Lạc
linh_vuc: dau-tu
noi_dung: Đề nghị công khai.
co_quan_tra_loi: ubnd-tinh-mau
lich_su:
  - trang_thai: tiep-nhan
    ngay: 2023-07-01
""",
    "data/findings/gs-mau.yml": """id: gs-mau
du_lieu_minh_hoa: true
tieu_de: Giám sát
nghi_quyet: nq-15-2023-hdnd-mau
co_quan_giam_sat: thuong-truc-hdnd-tinh-mau
hinh_thuc: giam-sat-chuyen-de
ngay: 2023-05-10
kho_khan: Hồ sơ phức tạp.
kien_nghi: Đơn giản hóa hồ sơ.
""",
    "data/exemplars/dh-mau.yml": """id: dh-mau
du_lieu_minh_hoa: true
ten: Hợp tác xã Mẫu
loai: hop-tac-xa
dia_ban: Xã An Lạc
linh_vuc: dau-tu
chinh_sach: nq-15-2023-hdnd-mau
ho_tro: Hỗ trợ lãi suất 50%.
ket_qua:
  - noi_dung: Doanh thu
    so_lieu: 1250
    don_vi: triệu đồng
ngay_ghi_nhan: 2023-07-20
""",
    "data/factchecks/cc-mau.yml": """id: cc-mau
du_lieu_minh_hoa: true
tieu_de: Chính sách vẫn còn
thong_tin_sai: Chính sách đã bị bỏ.
noi_xuat_hien: Mạng xã hội
ngay_phat_hien: 2023-09-01
ket_luan: sai-su-that
su_that: Vẫn còn.
can_cu:
  - van_ban: nq-15-2023-hdnd-mau
    dieu_khoan: khoản 2 Điều 7
ngay_dang: 2023-09-05
co_quan_dang: ban-tuyen-giao-tinh-uy-mau
""",
    "data/events/ev-truoc-ky-hop-7.yml": """id: ev-truoc-ky-hop-7
du_lieu_minh_hoa: true
ten: Tiếp xúc cử tri trước Kỳ họp thứ 7
loai: tiep-xuc-truoc-ky-hop
ngay: 2023-07-11
chu_tri: hdnd-tinh-mau
ky_hop: ky-hop-thu-7-khoa-x
""",
    "data/drafts/dt-mau.yml": """id: dt-mau
du_lieu_minh_hoa: true
trich_yeu: Dự thảo
co_quan_soan_thao: ubnd-tinh-mau
co_quan_thong_qua: ubnd-tinh-mau
ky_hop_du_kien: ky-hop-thu-7-khoa-x
tom_tat: Hỗ trợ.
tu_ngay: 2023-07-20
han_gop_y: 2023-08-20
cach_gop_y: Gửi văn bản.
ket_qua:
  tinh_trang: da-thong-qua
  ngay: 2023-08-25
  nghi_quyet: nq-15-2023-hdnd-mau
""",
    "data/plans/kh-mau.yml": """id: kh-mau
du_lieu_minh_hoa: true
loai_van_ban: ke-hoach
so_ky_hieu: 05-KH/BTGTU
trich_yeu: Kế hoạch phối hợp
co_quan_ban_hanh: [ban-tuyen-giao-tinh-uy-mau, thuong-truc-hdnd-tinh-mau]
ngay_ban_hanh: 2023-05-02
giai_doan: {tu: 2023-05, den: 2024}
phan_cong:
  - ben: thuong-truc-hdnd-tinh-mau
    nhiem_vu:
      - noi_dung: Cử lãnh đạo tham gia báo cáo viên
        tien_do:
          - ngay: 2023-08-01
            trang_thai: da-hoan-thanh
            minh_chung: [su-kien-khong-co, {ten: Quyết định}]
""",
}

EXPECTED: dict[str, list[str]] = {
    'cross_record': [
        "data/drafts/dt-mau.yml:5:20: dự thảo nghị quyết do Hội đồng nhân dân thông qua, nhưng 'ubnd-tinh-mau' là Ủy ban nhân dân.",
        "data/drafts/dt-mau.yml:6:17: kỳ họp 'ky-hop-thu-7-khoa-x' là của 'hdnd-tinh-mau', không phải của 'ubnd-tinh-mau'.",
        "data/drafts/dt-mau.yml:14:15: nghị quyết 'nq-15-2023-hdnd-mau' ban hành ngày 12/7/2023, trước khi dự thảo bắt đầu lấy ý kiến (20/7/2023).",
        "data/drafts/dt-mau.yml:14:15: nghị quyết 'nq-15-2023-hdnd-mau' do 'hdnd-tinh-mau' ban hành, không phải 'ubnd-tinh-mau' (co_quan_thong_qua).",
        "data/events/ev-truoc-ky-hop-7.yml:5:7: tiếp xúc cử tri trước kỳ họp phải diễn ra trước ngày khai mạc 10/7/2023 của 'Kỳ họp thứ 7', đang ghi 11/7/2023.",
        "data/exemplars/dh-mau.yml:13:16: điển hình được ghi nhận ngày 20/7/2023, trước khi chính sách 'nq-15-2023-hdnd-mau' có hiệu lực (1/8/2023); kiểm tra lại ngày hoặc chính sách.",
        "data/factchecks/cc-mau.yml:11:17: 'khoản 2 Điều 7' không có trong 'nq-15-2023-hdnd-mau': văn bản không có Điều 7 (các điều có trong văn bản: 1).",
        "data/findings/gs-mau.yml:7:7: ngày giám sát 10/5/2023 trước ngày ban hành nghị quyết 'nq-15-2023-hdnd-mau' (12/7/2023); không thể giám sát việc thực hiện một nghị quyết chưa ban hành.",
        "data/petitions/kn-a.yml:5:10: 'ev-bcv-2023' là hội nghị báo cáo viên, không phải cuộc tiếp xúc cử tri.",
        "data/petitions/kn-a.yml:8:20: 'doanh-nghiep' thuộc nhóm 'Đối tượng áp dụng, thụ hưởng', không phải 'Lĩnh vực'.",
        "data/petitions/kn-a.yml:10:18: cơ quan trả lời (co_quan_tra_loi): không tìm thấy bản ghi có mã 'ubnd-tinh-khac' trong data/bodies/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        "data/petitions/kn-a.yml:11:13: chính sách liên quan: 'ky-hop-thu-7-khoa-x' là kỳ họp, không phải nghị quyết, văn bản.",
        "data/petitions/kn-a.yml:14:11: kiến nghị tiếp nhận qua tiếp xúc cử tri trước kỳ họp nhưng ngày tiếp nhận 20/6/2023 sau khi kỳ họp 'Kỳ họp thứ 2' bế mạc (9/12/2016).",
        "data/petitions/kn-b.yml:4:9: kỳ họp (ky_hop): 'ky-hop-thu-7-khoa-x' là dữ liệu minh họa, bản ghi thật không được dẫn tới nó; chọn bản ghi thật, hoặc ghi 'du_lieu_minh_hoa: true' nếu bản ghi này cũng là minh họa.",
        "data/petitions/kn-b.yml:8:18: cơ quan trả lời (co_quan_tra_loi): 'ubnd-tinh-mau' là dữ liệu minh họa, bản ghi thật không được dẫn tới nó; chọn bản ghi thật, hoặc ghi 'du_lieu_minh_hoa: true' nếu bản ghi này cũng là minh họa.",
        "data/petitions/kn-b.yml:11:11: kiến nghị tiếp nhận qua tiếp xúc cử tri sau kỳ họp nhưng ngày tiếp nhận 1/7/2023 trước khi kỳ họp 'Kỳ họp thứ 7' khai mạc (10/7/2023).",
        "data/plans/kh-mau.yml:16:26: minh chứng: không tìm thấy bản ghi có mã 'su-kien-khong-co' trong data/; kiểm tra chính tả, hoặc ghi '- ten: …' (tên văn bản, tin bài) nếu cổng chưa có bản ghi đó.",
    ],
    'other_models': [
        "data/drafts/dt-mau.yml:11:3: 'ket_qua' (Kết quả sau lấy ý kiến): dự thảo đã được thông qua phải ghi 'nghi_quyet' (mã nghị quyết đã thông qua) trong 'ket_qua'.",
        "data/events/ev-bcv-2023.yml:4:7: 'loai' (Loại sự kiện): báo cáo chuyên đề theo đặt hàng phải ghi 'dat_hang' (mã ban tuyên giáo đã đặt hàng).",
        "data/exemplars/dh-mau.yml:11:14: 'ket_qua' (Kết quả), mục thứ 1, 'so_lieu' (Số liệu): số liệu '1.250,5' phải là một con số, ví dụ 1250 hoặc 2.5 (dấu chấm là dấu thập phân); không ghi đơn vị, không ghi dấu phân cách hàng nghìn.",
        "data/factchecks/cc-mau.yml:7:11: 'ket_luan' (Kết luận): giá trị 'sai' không hợp lệ; chỉ được chọn một trong: 'sai-su-that' (Sai sự thật), 'sai-mot-phan' (Sai một phần), 'gay-hieu-lam' (Gây hiểu lầm, thiếu bối cảnh), 'dung-su-that' (Đúng sự thật).",
        "data/factchecks/cc-mau.yml:11:17: 'can_cu' (Căn cứ), mục thứ 1, 'dieu_khoan' (Điều, khoản): 'mục 2' không phải tên một điều, khoản: ghi một phần văn bản như 'Điều 3', 'khoản 2 Điều 3', 'điểm a khoản 2 Điều 3' hoặc 'Phụ lục II'.",
        "data/plans/kh-mau.yml:12:18: 'phan_cong' (Phân công trách nhiệm), mục thứ 1, 'nhiem_vu' (Nhiệm vụ), mục thứ 1, 'dinh_ky' (Định kỳ): giá trị 'hang-ngay' không hợp lệ; chỉ được chọn một trong: 'thuong-xuyen' (Thường xuyên), 'hang-tuan' (Hằng tuần), 'hang-thang' (Hằng tháng), 'hang-quy' (Hằng quý), '6-thang' (Định kỳ 6 tháng), 'hang-nam' (Hằng năm), 'khi-co-yeu-cau' (Đột xuất, khi có yêu cầu).",
        "data/plans/kh-mau.yml:16:48: 'phan_cong' (Phân công trách nhiệm), mục thứ 1, 'nhiem_vu' (Nhiệm vụ), mục thứ 1, 'tien_do' (Tiến độ), mục thứ 1, 'minh_chung' (Minh chứng), mục thứ 1, 'ma' (Bản ghi trên cổng): mỗi minh chứng ghi hoặc 'ma' (mã bản ghi trên cổng) hoặc 'ten' (tên văn bản, tin bài), không ghi cả hai, không bỏ trống cả hai.",
    ],
    'petition_model': [
        "data/petitions/kn-a.yml:10:3: 'lich_su' (Lịch sử xử lý): sau bước 'tiep-nhan' không thể là 'da-tra-loi'; bước tiếp theo có thể là: 'da-chuyen'.",
        "data/petitions/kn-b.yml:4:12: 'hinh_thuc' (Hình thức tiếp nhận): kiến nghị lấy từ báo cáo của Ủy ban Mặt trận Tổ quốc phải ghi 'bao_cao_tong_hop' (tên báo cáo).",
        "data/petitions/kn-c.yml:10:3: 'lich_su' (Lịch sử xử lý): lịch sử đã có bước trả lời nhưng thiếu phần 'tra_loi' (nội dung, văn bản trả lời).",
        "data/petitions/kn-d.yml:6:11: 'linh_vuc' (Lĩnh vực): cần ít nhất một mục: lĩnh vực của kiến nghị; thêm dòng 'linh_vuc:' với các mục bắt đầu bằng '- '.",
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_loop_records_give_exact_errors(make_loop_project: MakeProject, case: str) -> None:
    result = validate_data(make_loop_project(CASES[case]))
    assert [i.format_text() for i in result.issues] == EXPECTED[case]


def test_the_loop_fixture_is_valid(make_loop_project: MakeProject) -> None:
    assert [i.format_text() for i in validate_data(make_loop_project()).issues] == []
