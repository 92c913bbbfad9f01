"""Hostile content and personal data are refused with their position (issue: trust)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.build import validate_data
from portal.validate.content_safety import _ADDRESS, _CCCD, _DIGIT_RUN, _PHONE, _addresses, _anything_found, scan_text
from tests.conftest import MakeProject


def _kinds(text: str) -> list[tuple[int, bool]]:
    return [(f.offset, f.personal) for f in scan_text(text)]


HOSTILE = [
    "<script>alert(1)</script>",
    "Xem <img src=x onerror=alert(1)>",
    "<iframe src='https://example.com'></iframe>",
    "[bấm vào đây](javascript:alert(1))",
    "[ảnh](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](JaVaScRiPt :alert(1))",
    "Đoạn văn\n{: onclick=\"alert(1)\" }",
    "<div style=\"position:fixed;top:0\">giả mạo</div>",
    "<!-- ẩn -->",
    "[x](&#106;avascript:alert(1))",
    "<javascript:alert(1)>",
]
PERSONAL = [
    ("Liên hệ anh Ba: 0912 345 678", "số điện thoại"),
    ("ĐT 0912.345.678", "số điện thoại"),
    ("gọi +84 912 345 678", "số điện thoại"),
    ("số 0283-822-1234 (máy bàn)", "số điện thoại"),
    ("email nguyenvana@gmail.com", "thư điện tử"),
    ("CCCD: 079123456789", "CMND/CCCD"),
    ("số CMND 123 456 789", "CMND/CCCD"),
    ("mã 001203004567 trong hồ sơ", "căn cước"),
    ("nhà ở số nhà 12 ấp Tân Lập", "địa chỉ nhà"),
    ("hẻm 42/7 đường Lê Lợi", "địa chỉ nhà"),
    ("số 15 đường Nguyễn Huệ", "địa chỉ nhà"),
]
ORDINARY = [
    "Nghị quyết số 15/2023/NQ-HĐND ngày 12/7/2023",
    "Kế hoạch 42-KH/BTGTU-HĐND-UBND-VKSND-TAND",
    "mức hỗ trợ 1.500.000 đồng, tổng kinh phí 120.000.000.000 đồng",
    "giai đoạn 2021-2026; tỷ lệ 25,7%",
    "Xem <https://vbpl.vn/> để đọc toàn văn",
    "a < b và c > d",
    "Hộ ông Nguyễn Văn A, ấp Tân Lập, xã Hòa Lộc",
    "Đường dây nóng của Văn phòng",
    "[toàn văn](https://congbao.chinhphu.vn/)",
    "năm 2023 có 120 hộ được hỗ trợ 15 tỷ đồng",
]
# what may stand in the fields next to a text, when a file's texts are scanned joined
NEIGHBOURS = ["", "2023", "12/7", "Điều 5.", "<", "</", "&#", "{:", "CCCD", "số 12", "hẻm", "a@b", "0912", "-", "javascript", "<https://x.vn"]


@pytest.mark.parametrize("text", HOSTILE)
def test_active_content_is_always_refused(text: str) -> None:
    findings = scan_text(text)
    assert findings and not any(f.personal for f in findings)


@pytest.mark.parametrize(("text", "what"), PERSONAL)
def test_personal_data_is_flagged(text: str, what: str) -> None:
    findings = scan_text(text)
    assert findings and all(f.personal for f in findings)
    assert what in findings[0].message


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_administrative_text_passes(text: str) -> None:
    assert scan_text(text) == []


@pytest.mark.parametrize("text", HOSTILE + [text for text, _ in PERSONAL])
def test_a_finding_is_not_lost_when_a_file_is_scanned_whole(text: str) -> None:
    """A file's texts are first scanned as one; whatever a field holds, the whole holds."""
    for before in NEIGHBOURS:
        for after in NEIGHBOURS:
            assert _anything_found([before, text, after]), (before, text, after)


def test_a_file_of_ordinary_text_is_scanned_once() -> None:
    autolink = "Xem <https://vbpl.vn/> để đọc toàn văn"
    assert not _anything_found([text for text in ORDINARY if text != autolink])
    assert _anything_found([autolink]) and scan_text(autolink) == []  # a tag at first look, field by field an autolink


# digits (Arabic-Indic and full-width too), what may stand between them, and what may not
_NUMBERISH = st.text(st.sampled_from("0123456789٣８+ .-/\n\t\u00a0\u2009\x00aĐ:"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_NUMBERISH)
def test_every_phone_and_twelve_digit_number_holds_a_run_of_digits(text: str) -> None:
    """Phone and twelve-digit numbers are looked for only in texts with a run of ten digits."""
    if _PHONE.search(text) or _CCCD.search(text):
        assert _DIGIT_RUN.search(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_NUMBERISH | st.sampled_from(NEIGHBOURS + ORDINARY + [t for t, _ in PERSONAL]), max_size=5))
def test_a_file_scanned_whole_finds_what_any_of_its_fields_holds(texts: list[str]) -> None:
    if any(scan_text(text) for text in texts):
        assert _anything_found(texts)


# pieces of findings, spelled as re.IGNORECASE also takes them (ſ for s, ı and İ for i, K for k)
_TOKENS = ["Số", "SỐ", "ſố", "số nhà", "NHÀ SỐ", "hẻm", "HẺM", "ngõ", "NGÁCH", "KIỆT", "kİệt", "kıệt", "\u212aiệt", "đường", "ĐƯỜNG", "phố", "PHỐ",
           "CMND", "cCcD", "Căn cước", "CHỨNG MINH NHÂN DÂN", "chứng mınh nhân dân", "<b", "</", "<!", "JaVaſcrİpt", "vbſcrıpt", "DATA", ":", "&#", "&#x",
           "{", "a@b.vn", "@", "+84", "0084", "0", "12", "0912", "345678", "٣", "８", "A", "/", " ", ",", ".", "-", "\u00a0", "\u2009", "\x1c", "\n", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12).map("".join))
def test_the_first_look_matches_wherever_a_pattern_finds_something(text: str) -> None:
    """RE2's one pass (_FIRST_LOOK) stands for every pattern of scan_text, in any spelling."""
    if scan_text(text):
        assert _anything_found([text]), text


def test_dates_in_fields_one_after_another_are_no_run_of_digits() -> None:
    dates = ["2017-04-12", "2017-04-28", "2018-01-01", "12/7/2023"]
    assert _DIGIT_RUN.search("\n".join(dates)) and not _DIGIT_RUN.search("\x00".join(dates))
    assert not _anything_found(dates)


def test_issues_point_at_the_line_and_column(make_project: MakeProject) -> None:
    root = make_project({
        "data/resolutions/nq-20-2023-hdnd-mau.md": """---
id: nq-20-2023-hdnd-mau
so_ky_hieu: 20/2023/NQ-HĐND
trich_yeu: Sửa đổi <b onclick="x()">khoản 2</b>
co_quan_ban_hanh: hdnd-tinh-mau
ngay_ban_hanh: 2023-07-12
ky_hop: ky-hop-thu-7-khoa-x
tom_tat: Hỏi thêm anh Tư 0912 345 678.
---
### Điều 1

Xem [đây](javascript:alert(1)) và liên hệ chi.tu@example.com.
""",
    })
    assert [i.format_text() for i in validate_data(root).issues] == [
        "data/resolutions/nq-20-2023-hdnd-mau.md:4:20: 'trich_yeu': có mã HTML '<b onclick=\"x()\">': cổng không cho phép HTML trong dữ liệu (có thể chứa mã độc). Trong phần toàn văn, dùng cú pháp Markdown (ví dụ **đậm**, [liên kết](https://…), bảng | … |); các trường thông tin khác chỉ ghi chữ thường. Hoặc xóa thẻ này.",
        "data/resolutions/nq-20-2023-hdnd-mau.md:4:44: 'trich_yeu': có mã HTML '</b>': cổng không cho phép HTML trong dữ liệu (có thể chứa mã độc). Trong phần toàn văn, dùng cú pháp Markdown (ví dụ **đậm**, [liên kết](https://…), bảng | … |); các trường thông tin khác chỉ ghi chữ thường. Hoặc xóa thẻ này.",
        "data/resolutions/nq-20-2023-hdnd-mau.md:8:26: 'tom_tat': có số điện thoại '0912 345 678': không công bố thông tin cá nhân; xóa đi (ghi số đường dây nóng của cơ quan thì thêm tên trường vào 'dong_y_cong_bo').",
        "data/resolutions/nq-20-2023-hdnd-mau.md:12:11: nội dung: có liên kết kiểu 'javascript:': chỉ được dùng liên kết https://, http:// hoặc liên kết tới trang trong cổng.",
        "data/resolutions/nq-20-2023-hdnd-mau.md:12:43: nội dung: có địa chỉ thư điện tử 'chi.tu@example.com': không công bố thông tin cá nhân; xóa đi, hoặc ghi tên trường vào 'dong_y_cong_bo' nếu người đó đã đồng ý công bố.",
    ]


def test_consent_allows_personal_data_of_that_field_only(make_project: MakeProject) -> None:
    text = (make_project() / "data/resolutions/nq-20-2023-hdnd-mau.md").read_text(encoding="utf-8")
    text = text.replace("du_lieu_minh_hoa: true\n", "du_lieu_minh_hoa: true\ntom_tat: Đường dây nóng 0283 822 1234.\nghi_chu: Gọi 0912 345 678.\ndong_y_cong_bo: [tom_tat]\n")
    issues = [i.format_text() for i in validate_data(make_project({"data/resolutions/nq-20-2023-hdnd-mau.md": text})).issues]
    assert len(issues) == 1
    assert "'ghi_chu': có số điện thoại '0912 345 678'" in issues[0]


@pytest.mark.parametrize(
    "text",
    [
        "nhà ở số nhà 12 ấp Tân Lập; hẻm 42/7 đường Lê Lợi, số 15 đường Nguyễn Huệ",
        "SỐ NHÀ 12, Hẻm 42/7 và Số 15 Đường Nguyễn Huệ",
        "ſố nhà 12",  # IGNORECASE takes ſ for an s, lower() keeps it
        "İstanbul, số nhà 12",  # lower() makes İ two characters
        "số 15/2023/NQ-HĐND; thành phố; con đường; số nhà; nhà số 3 ngõ 5 ngách 7 kiệt 9",
    ],
)
def test_addresses_are_found_exactly_where_the_pattern_finds_them(text: str) -> None:
    expected = [m.span() for m in _ADDRESS.finditer(text)]
    assert expected
    assert [m.span() for m in _addresses(text, text.lower())] == expected
