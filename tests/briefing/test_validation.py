"""Briefing kits and thematic talks: every mistake an editor can make gives one exact message."""

from __future__ import annotations

from portal.build import validate_data
from tests.conftest import ROOT

KIT = "data/kits/tl-nq-12-2023-hdnd-binh-an.yml"
TALK = "data/talks/chuyen-de-dau-tu-nong-nghiep-binh-an.yml"


def _issues(briefing_project, changes: dict[str, str | None], folder: str = "data/kits/") -> list[str]:
    project = briefing_project(changes)
    return [i.format_text() for i in validate_data(project).issues if i.path.startswith(folder)]


def test_the_sample_kits_and_talk_are_valid(briefing_project) -> None:
    assert _issues(briefing_project, {}, "data/kits/") == []
    assert _issues(briefing_project, {}, "data/talks/") == []


def test_a_key_message_without_a_citation_is_an_error(briefing_project) -> None:
    kit = """id: tl-nq-12-2023-hdnd-binh-an
nghi_quyet: nq-12-2023-hdnd-binh-an
thong_diep:
  - noi_dung: Thông điệp có căn cứ.
    can_cu: {dieu_khoan: khoản 1 Điều 3}
  - noi_dung: Thông điệp không có căn cứ.
  - noi_dung: Căn cứ rỗng.
    can_cu: {}
tin_nhan: Tin nhắn ngắn.
loa_phat_thanh: Kính thưa bà con.
"""
    assert _issues(briefing_project, {KIT: kit}) == [
        f"{KIT}:6:5: thiếu trường bắt buộc 'thong_diep' (Thông điệp chính), mục thứ 2, 'can_cu' (Căn cứ); thêm dòng 'can_cu: …' vào bản ghi.",
        f"{KIT}:8:13: 'thong_diep' (Thông điệp chính), mục thứ 3, 'can_cu' (Căn cứ), 'dieu_khoan' (Điều, khoản): căn cứ phải ghi điều, khoản (dieu_khoan) hoặc văn bản (van_ban), hoặc cả hai.",
    ]


def test_model_rules_name_the_field_the_value_and_the_fix(briefing_project) -> None:
    kit = """id: tl-nq-12-2023-hdnd-binh-an
nghi_quyet: nq-12-2023-hdnd-binh-an
thong_diep:
  - noi_dung: Một.
    can_cu:
      dieu_khoan: khoan 2 dieu 3
kinh_phi:
  so_tien: 18.000.000.000
  mo_ta: Ngân sách tỉnh.
tin_nhan: "Một tin nhắn quá dài: Doanh nghiệp, hợp tác xã vay vốn ngân hàng để đầu tư vào nông nghiệp, nông thôn được ngân sách tỉnh trả thay 50% tiền lãi, tối đa 100 triệu đồng."
loa_phat_thanh: Kính thưa bà con.
"""
    # the count of messages is checked once the fields themselves are right (next assertion)
    assert _issues(briefing_project, {KIT: kit}) == [
        f"{KIT}:6:19: 'thong_diep' (Thông điệp chính), mục thứ 1, 'can_cu' (Căn cứ), 'dieu_khoan' (Điều, khoản): 'khoan 2 dieu 3' không phải tên một điều, khoản: ghi một phần văn bản như 'Điều 3', 'khoản 2 Điều 3', 'điểm a khoản 2 Điều 3' hoặc 'Phụ lục II'.",
        f"{KIT}:8:12: 'kinh_phi' (Kinh phí), 'so_tien' (Số tiền (đồng)): số tiền '18.000.000.000' phải ghi bằng chữ số liền nhau, tính bằng đồng, không có dấu chấm, dấu phẩy hay chữ, ví dụ 18000000000 cho 18 tỷ đồng.",
        f"{KIT}:10:11: 'tin_nhan' (Tin nhắn SMS/Zalo): tin nhắn dài 167 ký tự, vượt giới hạn 160 ký tự; rút gọn bớt 7 ký tự (dấu cách cũng tính là ký tự).",
    ]
    fixed = kit.replace("khoan 2 dieu 3", "khoản 2 Điều 3").replace("18.000.000.000", "18000000000").replace("Một tin nhắn quá dài: ", "")
    assert _issues(briefing_project, {KIT: fixed}) == [
        f"{KIT}:4:3: 'thong_diep' (Thông điệp chính): tài liệu có 1 thông điệp chính; cần từ 3 đến 5 thông điệp để báo cáo viên nhớ và truyền đạt được.",
    ]


def test_an_sms_of_exactly_160_characters_is_accepted(briefing_project) -> None:
    sms = "Tỉnh hỗ trợ " + "x" * (160 - len("Tỉnh hỗ trợ "))
    assert len(sms) == 160
    text = (ROOT / KIT).read_text(encoding="utf-8")
    start = text.index("tin_nhan:")
    end = text.index("\n", start)
    assert _issues(briefing_project, {KIT: text[:start] + f'tin_nhan: "{sms}"' + text[end:]}) == []


def test_citations_must_exist_in_the_documents_they_name(briefing_project) -> None:
    kit = """id: tl-nq-12-2023-hdnd-binh-an
nghi_quyet: nq-12-2023-hdnd-binh-an
thong_diep:
  - noi_dung: Điều không có trong nghị quyết.
    can_cu:
      dieu_khoan: khoản 1 Điều 9
  - noi_dung: Khoản không có.
    can_cu:
      dieu_khoan: khoản 7 Điều 3
  - noi_dung: Văn bản không có.
    can_cu:
      van_ban: nq-99-2099-khong-co
      dieu_khoan: Điều 1
  - noi_dung: Điều 1 của văn bản khác, có thật.
    can_cu:
      van_ban: nq-08-2024-hdnd-binh-an
      dieu_khoan: Điều 1
tin_nhan: Tin nhắn ngắn.
loa_phat_thanh: Kính thưa bà con.
"""
    assert _issues(briefing_project, {KIT: kit}) == [
        f"{KIT}:6:19: căn cứ 'khoản 1 Điều 9' không có trong văn bản 12/2023/NQ-HĐND: văn bản không có Điều 9 (các điều có trong văn bản: 1, 2, 3, 4, 5, 6); sửa lại điều, khoản cho đúng văn bản.",
        f"{KIT}:9:19: căn cứ 'khoản 7 Điều 3' không có trong văn bản 12/2023/NQ-HĐND: Điều 3 không có khoản 7 (các khoản của Điều 3: 1, 2, 3); sửa lại điều, khoản cho đúng văn bản.",
        f"{KIT}:12:16: văn bản căn cứ: không tìm thấy bản ghi có mã 'nq-99-2099-khong-co' trong data/resolutions/ hoặc data/documents/ hoặc data/plans/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
    ]


def test_one_kit_per_resolution_and_the_resolution_must_exist(briefing_project) -> None:
    other = (ROOT / KIT).read_text(encoding="utf-8").replace("id: tl-nq-12-2023-hdnd-binh-an", "id: tl-ban-sao")
    missing = (ROOT / KIT).read_text(encoding="utf-8").replace("id: tl-nq-12-2023-hdnd-binh-an", "id: tl-khong-co").replace("nghi_quyet: nq-12-2023-hdnd-binh-an", "nghi_quyet: nq-khong-co")
    line = next(n for n, text in enumerate(other.splitlines(), start=1) if text.startswith("nghi_quyet:"))
    assert _issues(briefing_project, {"data/kits/tl-ban-sao.yml": other, "data/kits/tl-khong-co.yml": missing}) == [
        f"data/kits/tl-ban-sao.yml:{line}:13: nghị quyết 'nq-12-2023-hdnd-binh-an' còn có tài liệu cho báo cáo viên ở {KIT}; mỗi nghị quyết chỉ có một tài liệu: gộp nội dung vào một tệp và xóa tệp còn lại.",
        f"data/kits/tl-khong-co.yml:{line}:13: nghị quyết của tài liệu: không tìm thấy bản ghi có mã 'nq-khong-co' trong data/resolutions/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        f"{KIT}:{line}:13: nghị quyết 'nq-12-2023-hdnd-binh-an' còn có tài liệu cho báo cáo viên ở data/kits/tl-ban-sao.yml; mỗi nghị quyết chỉ có một tài liệu: gộp nội dung vào một tệp và xóa tệp còn lại.",
    ]


def test_talks_gather_several_resolutions_and_cite_the_document(briefing_project) -> None:
    talk = """id: chuyen-de-dau-tu-nong-nghiep-binh-an
tieu_de: Chuyên đề thử
nghi_quyet:
  - nq-12-2023-hdnd-binh-an
  - nq-12-2023-hdnd-binh-an
co_quan_dat_hang: khong-co-co-quan
dan_y:
  - tieu_de: I. Mở đầu
    y_chinh:
      - noi_dung: Một ý có căn cứ thiếu văn bản.
        can_cu:
          dieu_khoan: Điều 3
"""
    assert _issues(briefing_project, {TALK: talk}, "data/talks/") == [
        f"{TALK}:12:11: thiếu trường bắt buộc 'dan_y' (Dàn ý), mục thứ 1, 'y_chinh' (Các ý chính), mục thứ 1, 'can_cu' (Căn cứ), 'van_ban' (Văn bản); thêm dòng 'van_ban: …' vào bản ghi.",
    ]
    talk = talk.replace("          dieu_khoan: Điều 3", "          van_ban: nq-12-2026-hdnd-binh-an\n          dieu_khoan: Điều 8")
    assert _issues(briefing_project, {TALK: talk}, "data/talks/") == [
        f"{TALK}:5:5: nghị quyết 'nq-12-2023-hdnd-binh-an' được ghi hai lần; xóa một dòng.",
        f"{TALK}:6:19: cơ quan đặt hàng: không tìm thấy bản ghi có mã 'khong-co-co-quan' trong data/bodies/; kiểm tra chính tả hoặc tạo bản ghi đó trước.",
        f"{TALK}:13:23: căn cứ 'Điều 8' không có trong văn bản 12/2026/NQ-HĐND: văn bản không có Điều 8 (các điều có trong văn bản: 1, 2, 3, 4); sửa lại điều, khoản cho đúng văn bản.",
    ]
    single = talk.replace("  - nq-12-2023-hdnd-binh-an\n  - nq-12-2023-hdnd-binh-an\n", "  - nq-12-2023-hdnd-binh-an\n")
    assert _issues(briefing_project, {TALK: single}, "data/talks/") == [
        f"{TALK}:4:3: 'nghi_quyet' (Các nghị quyết): báo cáo chuyên đề gom từ hai nghị quyết trở lên, đang có 1; với một nghị quyết, dùng tài liệu cho báo cáo viên (data/kits/).",
    ]
