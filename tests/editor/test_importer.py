"""``scripts/import``: a draft record from text pasted from Word or PDF, with its defects."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from portal.build import validate_data
from portal.cli import main
from portal.editor.docx_text import docx_text
from portal.editor.importer import draft_text, prepare_lines, read_document, repair_numbers
from portal.model.records import Plan, Resolution
from tests.conftest import MakeProject

HEADER = [
    ("HỘI ĐỒNG NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TỈNH MẪU", "Độc lập – Tự do – Hạnh phúc"),
    ("Số: 21 / 2023 / NQ – HĐND", "Mẫu, ngày 12 tháng 7 năm 2023"),
]
BODY = """NGHỊ QUYẾT
Quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo
trên địa bàn tỉnh Mẫu năm 2024

HỘI ĐỒNG NHÂN DÂN TỈNH MẪU
KHÓA X, KỲ HỌP THỨ 7

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Quyết định số82/2005/QĐ-UBND ngày 06/5/2005 của Ủy ban nhân dân tỉnh;
Căn cứ Quyết định số 238 – QĐ/TW ngày 30/9/2020 của Ban Bí thư;
Xét Tờ trình số 150/TTr-UBND ngày 20 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ đóng bảo hiểm y tế từ ngân sách tỉnh cho người thuộc hộ cận

nghèo trên địa bàn tỉnh theo Nghị quyết số 15 / 2023 / NQ-HĐND.
Điều 2. Hiệu lực thi hành
Nghị quyết này đã được Hội đồng nhân dân tỉnh Mẫu khóa X, Kỳ họp thứ 7 thông qua ngày 12 tháng 7 năm 2023 và có hiệu lực từ ngày 01 tháng 8 năm 2023.

Nơi nhận:
- Chính phủ;
- Lưu: VT.
CHỦ TỊCH
(Đã ký)
Nguyễn Văn A
"""


def pasted() -> str:
    """What pasting the Word file gives: NFD letters, NBSPs, columns joined by tabs."""
    text = "\n".join(f"{a}\t{b}" for a, b in HEADER) + "\n\n" + BODY
    text = text.replace("Mẫu, ngày", "Mẫu,\u00a0ngày").replace("Căn cứ Luật", "Căn\u00a0cứ Luật")
    return unicodedata.normalize("NFD", text)


EXPECTED = """---
# Bản nháp do scripts/import tạo từ văn bản gốc. Đối chiếu từng trường với văn bản gốc;
# sửa mọi chỗ TODO (scripts/validate chỉ ra từng chỗ), rồi xóa các dòng chú thích không cần nữa.

id: nq-21-2023-hdnd-tinh-mau
# Trên văn bản: '21 / 2023 / NQ – HĐND' (đã bỏ dấu cách, thay dấu gạch).
so_ky_hieu: 21/2023/NQ-HĐND
trich_yeu: Quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo trên địa bàn tỉnh Mẫu năm 2024
# Trên văn bản: 'HỘI ĐỒNG NHÂN DÂN TỈNH MẪU'.
co_quan_ban_hanh: hdnd-tinh-mau
# Chức danh chép như in trên văn bản.
nguoi_ky:
  ho_ten: Nguyễn Văn A
  chuc_danh: CHỦ TỊCH
ngay_ban_hanh: 2023-07-12
# Trên văn bản: 'có hiệu lực từ ngày 01 tháng 8 năm 2023'.
ngay_hieu_luc: 2023-08-01
# Văn bản cổng đã có được ghi bằng mã, văn bản khác chép nguyên văn (trich_dan).
# qd-238-qd-tw-2020 = Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư
can_cu:
  - trich_dan: Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015
  - trich_dan: Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019
  - trich_dan: Quyết định số 82/2005/QĐ-UBND ngày 06/5/2005 của Ủy ban nhân dân tỉnh
  - qd-238-qd-tw-2020
# Trên văn bản: 'KHÓA X, KỲ HỌP THỨ 7'.
ky_hop: ky-hop-thu-7-khoa-x
---
### Điều 1. Phạm vi điều chỉnh

Nghị quyết này quy định mức hỗ trợ đóng bảo hiểm y tế từ ngân sách tỉnh cho người thuộc hộ cận nghèo trên địa bàn tỉnh theo Nghị quyết số 15/2023/NQ-HĐND.

### Điều 2. Hiệu lực thi hành

Nghị quyết này đã được Hội đồng nhân dân tỉnh Mẫu khóa X, Kỳ họp thứ 7 thông qua ngày 12 tháng 7 năm 2023 và có hiệu lực từ ngày 01 tháng 8 năm 2023.
"""


def test_pasted_resolution_with_every_defect_gives_the_exact_draft(make_project: MakeProject) -> None:
    root = make_project()
    draft = read_document(pasted(), validate_data(root).catalog)
    assert draft.kind is Resolution
    assert draft_text(draft) == EXPECTED


def test_the_draft_is_a_valid_record_at_once(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project()
    (root / "van-ban.txt").write_text(pasted(), encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["import", "van-ban.txt"]) == 0
    out = capsys.readouterr()
    assert out.out == "data/resolutions/nq-21-2023-hdnd-tinh-mau.md\n"
    assert (root / out.out.strip()).read_text(encoding="utf-8") == EXPECTED
    assert main(["validate", out.out.strip()]) == 0
    assert main(["fmt", "--check", out.out.strip()]) == 0
    # importing the same document twice never overwrites the first draft
    assert main(["import", "van-ban.txt"]) == 2
    assert "đã có bản ghi mã 'nq-21-2023-hdnd-tinh-mau'" in capsys.readouterr().err


def _docx(paragraphs: list[str], table: list[tuple[str, str]]) -> bytes:
    """A minimal Word file: the header as a two-column table, then paragraphs (NFD, a
    non-breaking hyphen and a soft hyphen, as Word stores them)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    def p(text: str) -> str:
        runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r><w:r><w:noBreakHyphen/></w:r>' for part in text.split("\u2011")[:-1])
        return f"<w:p>{runs}<w:r><w:t xml:space=\"preserve\">{escape(text.split(chr(0x2011))[-1])}</w:t></w:r></w:p>"
    rows = "".join(f"<w:tr><w:tc>{p(a)}</w:tc><w:tc>{p(b)}</w:tc></w:tr>" for a, b in table)
    body = f'<w:tbl>{rows}</w:tbl>' + "".join(p(x) for x in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml.encode("utf-8"))
    return buffer.getvalue()


def test_a_word_file_gives_the_same_draft(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project()
    header = [(a.replace("NQ – HĐND", "NQ\u2011HĐND"), b) for a, b in HEADER]  # Word's non-breaking hyphen
    data = _docx([unicodedata.normalize("NFD", line) for line in BODY.split("\n")], header)
    assert docx_text(data).split("\n")[:4] == ["HỘI ĐỒNG NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH MẪU", "Độc lập – Tự do – Hạnh phúc"]
    (root / "nq.docx").write_bytes(data)
    monkeypatch.chdir(root)
    assert main(["import", "nq.docx", "--stdout"]) == 0
    text = capsys.readouterr().out
    assert text == EXPECTED.replace("# Trên văn bản: '21 / 2023 / NQ – HĐND' (đã bỏ dấu cách, thay dấu gạch).", "# Trên văn bản: '21 / 2023 / NQ\u2011HĐND' (đã bỏ dấu cách, thay dấu gạch).")


UNKNOWN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: /KH-UBND\tLâm Sơn, ngày     tháng 3 năm 2024

KẾ HOẠCH
Tuyên truyền Nghị quyết số 15/2023/NQ-HĐND

I. MỤC ĐÍCH, YÊU CẦU
- Đưa chính sách đến người dân.
"""


def test_what_cannot_be_read_stays_todo_never_a_guess(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project()
    draft = read_document(UNKNOWN, validate_data(root).catalog)
    assert draft.kind is Plan
    assert draft.values == {
        "id": "TODO",
        "trich_yeu": "Tuyên truyền Nghị quyết số 15/2023/NQ-HĐND",
        "co_quan_ban_hanh": "TODO",
        "ngay_ban_hanh": "2024-03",
        "loai_van_ban": "ke-hoach",
    }
    text = draft_text(draft)
    assert "# so_ky_hieu: TODO: văn bản ghi 'Số: /KH-UBND': chưa có số hoặc không đọc được; chép số ký hiệu từ văn bản đã ban hành.\n" in text
    assert "# TODO: trên văn bản: 'ỦY BAN NHÂN DÂN / TỈNH LÂM SƠN'. Chưa có cơ quan này trong data/bodies/: tìm mã đúng, hoặc tạo cơ quan bằng scripts/new body <mã>.\nco_quan_ban_hanh: TODO\n" in text
    assert "# Văn bản chỉ ghi 'Lâm Sơn, ngày tháng 3 năm 2024' (không có ngày): ghi năm-tháng.\nngay_ban_hanh: 2024-03\n" in text
    assert text.endswith("---\n## I. MỤC ĐÍCH, YÊU CẦU\n\n- Đưa chính sách đến người dân.\n")
    # without a number there is no id: the command asks for one instead of inventing it
    (root / "kh.txt").write_text(UNKNOWN, encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["import", "kh.txt"]) == 2
    assert capsys.readouterr().err == "Lỗi: không đọc được số ký hiệu nên không tự đặt được mã bản ghi: chạy lại lệnh với --id <mã>, ví dụ --id bao-cao-phoi-hop-2024.\n"
    assert main(["import", "kh.txt", "--id", "ke-hoach-tuyen-truyen-2024"]) == 0
    capsys.readouterr()
    assert main(["validate", "data/plans/ke-hoach-tuyen-truyen-2024.md"]) == 1
    messages = capsys.readouterr().out.splitlines()
    assert messages == [
        "data/plans/ke-hoach-tuyen-truyen-2024.md:10:19: 'co_quan_ban_hanh' (Cơ quan ban hành): chưa điền (đang là 'TODO'); thay bằng thông tin đúng. Tên cơ quan ở góc trên bên trái (văn bản của Đảng: dòng dưới tên cấp ủy). Tìm mã của cơ quan trong thư mục data/bodies/.",
    ]


def test_the_real_seed_programme_links_every_basis_we_hold() -> None:
    from tests.conftest import ROOT

    seed = Path("/work/shared/seeds/chuong-trinh-phoi-hop-btg-hdnd-huyen-2022-2026.md")
    if not seed.exists():
        pytest.skip("the shared seed documents are not on this machine")
    draft = read_document(seed.read_text(encoding="utf-8"), validate_data(ROOT).catalog)
    assert draft.kind is Plan
    assert draft.values["can_cu"] == ["qd-238-qd-tw-2020", "hd-170-hd-btgtw-2021", "cv-111-cv-tu-2021", "luat-77-2015-qh13"]
    assert draft.values["loai_van_ban"] == "chuong-trinh"
    assert draft.values["trich_yeu"].startswith("Chương trình phối hợp giữa Ban Tuyên giáo Huyện ủy và Thường trực Hội đồng nhân dân huyện")
    assert draft.body.startswith("Ban Tuyên giáo Huyện ủy và Thường trực Hội đồng nhân dân huyện xây dựng Chương trình phối hợp")


@pytest.mark.parametrize(("raw", "fixed"), [
    ("số82/2005/QĐ-UBND", "số 82/2005/QĐ-UBND"),
    ("Nghị quyết 15 / 2023 / NQ – HĐND ngày 12/7/2023", "Nghị quyết 15/2023/NQ-HĐND ngày 12/7/2023"),
    ("Kế hoạch số 94- KH/BTGDVTW", "Kế hoạch số 94-KH/BTGDVTW"),
    ("giai đoạn 2021-2025, 100/ha", "giai đoạn 2021-2025, 100/ha"),
])
def test_numbers_are_repaired_and_nothing_else(raw: str, fixed: str) -> None:
    assert repair_numbers(raw) == fixed


def test_pdf_line_breaks_are_joined_only_mid_sentence() -> None:
    assert prepare_lines("Hỗ trợ người thuộc hộ cận\n\nnghèo.\nĐiều 2. Mức hỗ trợ\na) Hộ nghèo\n- Mục một") == ["Hỗ trợ người thuộc hộ cận nghèo.", "Điều 2. Mức hỗ trợ", "a) Hộ nghèo", "- Mục một"]


def test_text_pasted_on_standard_input(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project()
    monkeypatch.chdir(root)
    monkeypatch.setattr("sys.stdin", io.StringIO(pasted()))
    assert main(["import", "--stdout"]) == 0
    assert capsys.readouterr().out == EXPECTED
    monkeypatch.setattr("sys.stdin", io.StringIO("   \n"))
    assert main(["import"]) == 2
    assert capsys.readouterr().err == "Lỗi: không có nội dung nào để đọc.\n"


def test_only_documents_can_be_imported(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(make_project())
    assert main(["import", "--kind", "session", "x.txt"]) == 2
    assert capsys.readouterr().err == "Lỗi: chỉ nhập được văn bản (resolution, document, plan), không nhập được 'session'.\n"
