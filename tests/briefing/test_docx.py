"""The Word handouts, opened with python-docx: content, citations, layout, reproducibility."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import pytest
from docx import Document
from docx.shared import Pt

from portal.briefing.docx import kit_docx, talk_docx
from tests.briefing.views import MINI_KIT, MINI_KIT_PATH, settings, views

RESOLUTION = "nq-12-2023-hdnd-binh-an"


@pytest.fixture
def project(briefing_project):
    return briefing_project({})


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs if p.text]


def test_the_kit_handout_carries_each_message_with_its_citation(project) -> None:
    kit = views(project)[0][RESOLUTION]
    text = _paragraphs(kit_docx(kit, settings()))
    assert text[:4] == [
        "TÀI LIỆU CHO BÁO CÁO VIÊN",
        "Nghị quyết số 12/2023/NQ-HĐND ngày 13/7/2023 của Hội đồng nhân dân tỉnh Bình An (minh họa)",
        "Quy định chính sách hỗ trợ lãi suất vay vốn đối với doanh nghiệp, hợp tác xã đầu tư vào nông nghiệp, nông thôn trên địa bàn tỉnh Bình An giai đoạn 2023–2026",
        "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026. Tình trạng hiệu lực: Hết hiệu lực một phần (tính đến ngày 21/11/2026).",
    ]
    assert text[4].startswith("Dữ liệu minh họa: Đây là dữ liệu minh họa")
    assert text[5] == "Lưu ý về hiệu lực: Một phần nghị quyết đã được sửa đổi hoặc hết hiệu lực từ ngày 22/7/2024: xem lưu ý dưới từng căn cứ."
    start = text.index("I. THÔNG ĐIỆP CHÍNH")
    assert text[start : start + 9] == [
        "I. THÔNG ĐIỆP CHÍNH",
        "1. Doanh nghiệp, hợp tác xã vay vốn ngân hàng để đầu tư vào nông nghiệp, nông thôn được ngân sách tỉnh trả thay 50% tiền lãi, tối đa 100 triệu đồng mỗi dự án mỗi năm.",
        "Căn cứ: khoản 1 Điều 3 Nghị quyết số 12/2023/NQ-HĐND.",
        "2. Dự án có hợp đồng liên kết tiêu thụ nông sản với nông dân, hợp tác xã được hỗ trợ cao hơn, tới 70% tiền lãi, tối đa 150 triệu đồng mỗi dự án mỗi năm.",
        "Căn cứ: khoản 1 Điều 3 Nghị quyết số 12/2023/NQ-HĐND.",
        "3. Từ ngày 22/7/2024, thời gian hỗ trợ kéo dài tới 36 tháng và tổng mức hỗ trợ một dự án tới 300 triệu đồng; khoản vay đang được hỗ trợ cũng được hưởng mức mới.",
        "Căn cứ: Điều 1 Nghị quyết số 08/2024/NQ-HĐND.",
        "4. Hỗ trợ sau đầu tư, tính trên tiền lãi đã trả thực tế; mỗi khoản vay chỉ hưởng một chính sách hỗ trợ lãi suất của Nhà nước.",
        "Căn cứ: Điều 2 Nghị quyết số 12/2023/NQ-HĐND.",
    ]
    headings = [t for t in text if t.split(".")[0] in {"II", "III", "IV", "V", "VI", "VII"} and t.isupper()]
    assert headings == ["II. SỐ LIỆU CHÍNH", "III. HỎI – ĐÁP", "IV. NHỮNG ĐIỂM DỄ HIỂU SAI", "V. ĐIỂN HÌNH VÀ CẢI CHÍNH THÔNG TIN LIÊN QUAN", "VI. TIN NHẮN SMS, ZALO", "VII. BÀI PHÁT THANH TRÊN LOA"]
    assert any(t.startswith("Cải chính thông tin sai sự thật: Chính sách hỗ trợ lãi suất cho dự án nông nghiệp vẫn nhận hồ sơ đến hết năm 2026.") for t in text)
    assert "Tỉnh Bình An (minh họa): DN, HTX vay vốn đầu tư nông nghiệp được hỗ trợ 50–70% lãi vay, tối đa 36 tháng. Hồ sơ nộp tại Sở Tài chính." in text
    assert "(132/160 ký tự)" in text
    assert "Hiểu sai: Tỉnh cho doanh nghiệp vay vốn không lấy lãi." in text
    assert text[-1] == "Bà con là thành viên hợp tác xã, hoặc đang bán nông sản cho doanh nghiệp, hãy báo cho đơn vị mình biết chính sách này. Hồ sơ nộp tại Sở Tài chính. Đài truyền thanh xã xin hết tin."


def test_key_figures_come_from_the_resolution_and_the_kit(project) -> None:
    kit = views(project)[0][RESOLUTION]
    table = Document(io.BytesIO(kit_docx(kit, settings()))).tables[0]
    rows = [tuple(c.text for c in row.cells) for row in table.rows]
    assert rows[0] == ("Nội dung", "Số liệu")
    assert rows[1] == ("Đối tượng", "Doanh nghiệp, hợp tác xã; Nông dân, hộ sản xuất")
    assert rows[-2] == ("Thời hạn", "Từ ngày 25/7/2023 đến hết ngày 31/12/2026")
    assert rows[-1] == ("Kinh phí", "18.000.000.000 đồng. Ngân sách tỉnh bố trí trong dự toán chi sự nghiệp kinh tế hằng năm, cho cả giai đoạn 2023–2026. (Điều 4 Nghị quyết số 12/2023/NQ-HĐND)")


def test_layout_follows_decree_30_2020(project) -> None:
    kit = views(project)[0][RESOLUTION]
    doc = Document(io.BytesIO(kit_docx(kit, settings())))
    section = doc.sections[0]
    def mm(length) -> float:  # Word stores twips: 210 mm is 11906 twips, 210.0006 mm
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210.0, 297.0)
    assert tuple(mm(m) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)) == (20.0, 20.0, 30.0, 15.0)
    normal = doc.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(13))
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert (doc.styles["Title"].font.name, doc.styles["Title"].font.size) == ("Times New Roman", Pt(14))
    assert doc.styles["Heading 1"].font.name == "Times New Roman"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Cổng Chính sách — https://cong.example/bao-cao-vien/tai-lieu/tl-nq-12-2023-hdnd-binh-an/ — Trang ")
    assert 'w:instr="PAGE"' in footer._p.xml


def test_the_handout_is_byte_for_byte_reproducible(project) -> None:
    kit = views(project)[0][RESOLUTION]
    first, second = kit_docx(kit, settings()), kit_docx(kit, settings())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 21, 0, 0, 0)}
    props = Document(io.BytesIO(first)).core_properties
    moment = datetime(2026, 11, 21, tzinfo=timezone.utc)
    assert (props.created, props.modified, props.author, props.language) == (moment, moment, "Cổng Chính sách", "vi-VN")
    assert props.title == "Tài liệu cho báo cáo viên: Nghị quyết số 12/2023/NQ-HĐND"


def test_the_talk_handout_has_its_outline_and_every_resolution(project) -> None:
    talk = views(project)[1][0]
    text = _paragraphs(talk_docx(talk, settings()))
    assert text[:2] == ["BÁO CÁO CHUYÊN ĐỀ", "Chính sách thu hút đầu tư vào nông nghiệp, nông thôn của tỉnh Bình An (minh họa)"]
    assert [t for t in text if t.startswith(("I.", "II.", "III.", "IV."))] == [
        "I. DÀN Ý",
        "I. Vì sao tỉnh khuyến khích đầu tư vào nông nghiệp",
        "II. Hỗ trợ lãi suất vay vốn",
        "III. Hỗ trợ liên kết sản xuất và tiêu thụ",
        "IV. Đề nghị đối với báo cáo viên",
        "II. CÁC NGHỊ QUYẾT TRONG CHUYÊN ĐỀ",
    ]
    assert "Căn cứ: khoản 3 Điều 2 Nghị quyết số 12/2026/NQ-HĐND." in text
    amended = text.index("Nghị quyết số 08/2024/NQ-HĐND ngày 11/7/2024 của Hội đồng nhân dân tỉnh Bình An (minh họa)")
    assert text[amended + 2 : amended + 4] == ["Tình trạng hiệu lực: Còn hiệu lực (tính đến ngày 21/11/2026).", "Chưa có tài liệu cho báo cáo viên của nghị quyết này."]


def test_without_related_records_the_section_is_left_out(make_project) -> None:
    project = make_project({MINI_KIT_PATH: MINI_KIT})  # the mini project has no exemplars or fact-checks
    kit = views(project)[0]["nq-15-2023-hdnd-mau"]
    assert kit.related == ()
    text = _paragraphs(kit_docx(kit, settings()))
    assert [t for t in text if "ĐIỂN HÌNH" in t] == []
    assert [t for t in text if t.isupper()] == ["TÀI LIỆU CHO BÁO CÁO VIÊN", "I. THÔNG ĐIỆP CHÍNH", "II. SỐ LIỆU CHÍNH", "III. TIN NHẮN SMS, ZALO", "IV. BÀI PHÁT THANH TRÊN LOA"]
