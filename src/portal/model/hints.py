"""Where each field is found on the official document, for editors turning a document into a record.

Keys are the YAML keys (field aliases). A key may be qualified by the model's class name
(``"Session.tu_ngay"``) when the same key means something else elsewhere. Fields without a
hint show only their title and description; a new kind gets the hints of the keys it reuses.
The scaffolds (``scripts/new``), the JSON Schema (hover text in VS Code) and the field
reference page of the contributor guide all read this one table.
"""

from __future__ import annotations

WHERE_IN_DOCUMENT: dict[str, str] = {
    "so_ky_hieu": "Dòng 'Số:' ở góc trên bên trái, ngay dưới tên cơ quan ban hành.",
    "trich_yeu": "Dòng chữ đậm ngay dưới tên loại văn bản (NGHỊ QUYẾT, KẾ HOẠCH…) ở giữa trang; bỏ chữ 'V/v' hoặc 'Về việc' ở đầu.",
    "co_quan_ban_hanh": "Tên cơ quan ở góc trên bên trái (văn bản của Đảng: dòng dưới tên cấp ủy). Tìm mã của cơ quan trong thư mục data/bodies/.",
    "ten_co_quan_tren_van_ban": "Tên cơ quan đúng như in ở góc trên bên trái hoặc ở phần chữ ký.",
    "nguoi_ky": "Cuối văn bản, bên phải: chức danh (TM., KT., CHỦ TỊCH…) và họ tên dưới chữ ký.",
    "ngay_ban_hanh": "Dòng địa danh, ngày tháng ở góc trên bên phải, ví dụ 'Đồng Tháp, ngày 12 tháng 7 năm 2023'.",
    "ngay_hieu_luc": "Điều khoản thi hành ở cuối văn bản: '… có hiệu lực từ ngày …'.",
    "ngay_het_hieu_luc": "Điều khoản thi hành hoặc thời hạn áp dụng: '… được thực hiện đến hết ngày …'.",
    "can_cu": "Các dòng bắt đầu bằng 'Căn cứ' ở đầu văn bản, trước phần 'QUYẾT NGHỊ:' hoặc 'QUYẾT ĐỊNH:'.",
    "quan_he": "Điều khoản thi hành: '… thay thế Nghị quyết số …', '… bãi bỏ …', '… sửa đổi, bổ sung …'.",
    "toan_van": "Địa chỉ trang văn bản trên cổng thông tin điện tử hoặc Công báo của tỉnh.",
    "loai_van_ban": "Tên loại văn bản in chữ hoa ở giữa trang: NGHỊ QUYẾT, QUYẾT ĐỊNH, KẾ HOẠCH, CHƯƠNG TRÌNH…",
    "ky_hop": "Câu cuối nghị quyết: 'Nghị quyết này đã được Hội đồng nhân dân … khóa …, Kỳ họp thứ … thông qua ngày …'. Tìm mã của kỳ họp trong data/sessions/.",
    "pham_vi_dia_ban": "Điều 1 (Phạm vi điều chỉnh).",
    "doi_tuong": "Điều 1 hoặc Điều 2 (Đối tượng áp dụng).",
    "muc_ho_tro": "Điều quy định nội dung, mức hỗ trợ.",
    "dieu_kien": "Điều quy định điều kiện, nguyên tắc hỗ trợ.",
    "ho_so_thu_tuc": "Điều quy định hồ sơ, trình tự, thủ tục.",
    "co_quan_thuc_hien": "Điều 'Tổ chức thực hiện' ở cuối nghị quyết.",
    "thoi_han": "Điều 'Hiệu lực thi hành' hoặc 'Thời gian thực hiện'.",
    "giai_doan": "Tên kế hoạch, chương trình, ví dụ '… giai đoạn 2022 - 2026'.",
    "muc_dich_yeu_cau": "Mục 'MỤC ĐÍCH, YÊU CẦU' (thường là mục I).",
    "nguyen_tac": "Mục 'Nguyên tắc phối hợp'.",
    "noi_dung_phoi_hop": "Mục 'Nội dung phối hợp'.",
    "phan_cong": "Mục 'PHÂN CÔNG TRÁCH NHIỆM': mỗi cơ quan một mục.",
    "che_do_thong_tin": "Mục 'Chế độ thông tin, báo cáo'.",
    "so_ket_tong_ket": "Mục 'Sơ kết, tổng kết' hoặc 'Tổ chức thực hiện'.",
    "to_chuc_thuc_hien": "Mục 'TỔ CHỨC THỰC HIỆN' ở cuối kế hoạch.",
    "Session.co_quan": "Tên Hội đồng nhân dân ở đầu các nghị quyết của kỳ họp. Tìm mã trong data/bodies/.",
    "Session.khoa": "Dòng dưới tên HĐND ở đầu nghị quyết, ví dụ 'KHÓA X, KỲ HỌP THỨ 7'.",
    "Session.ten_ky_hop": "Dòng dưới tên HĐND ở đầu nghị quyết, ví dụ 'KHÓA X, KỲ HỌP THỨ 7'.",
    "Session.tu_ngay": "Thông báo, báo cáo kết quả kỳ họp hoặc tin bài khai mạc kỳ họp.",
    "Session.den_ngay": "Thông báo, báo cáo kết quả kỳ họp hoặc tin bài bế mạc kỳ họp.",
    "Body.ky_hieu": "Phần chữ sau dấu '/' trong số văn bản do cơ quan ban hành, ví dụ HĐND trong 15/2023/NQ-HĐND.",
}


def where_in_document(model_name: str, key: str) -> str | None:
    """The hint for ``key`` of the model named ``model_name``, qualified entry first."""
    return WHERE_IN_DOCUMENT.get(f"{model_name}.{key}", WHERE_IN_DOCUMENT.get(key))
