"""portal.text.symbols: §5 normalize_symbol / symbol_key / classification / extract_refs / find_symbols."""

import dataclasses
import unicodedata
from datetime import date

import pytest

from portal.text import (
    Citation,
    SymbolMatch,
    clean,
    extract_refs,
    find_symbols,
    is_well_formed_symbol,
    loose_symbol_key,
    normalize_symbol,
    symbol_family,
    symbol_key,
    symbol_year,
)

STATE = ["15/2023/NQ-HĐND", "120/NQ-HĐND", "42/KH-UBND", "111/QĐ-UBND", "1234/UBND-VX", "72/2025/QH15", "45/CT-TTg"]
PARTY = ["238-QĐ/TW", "170-HD/BTGTW", "111-CV/TU", "42-KH/BTGTU", "42-KH/BTGTU-HĐND-UBND-VKSND-TAND",
         "08-QĐi/TW", "05-KH/BCĐ35", "03-HD/BTGDVTU"]
NOT_SYMBOLS = ["30/9/2020", "22/10/2021", "2021-2026", "1.234,5", "100/ha"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15 / 2023 / NQ – H\u00d0ND", "15/2023/NQ-HĐND"),
        ("238 - QĐ/TW", "238-QĐ/TW"),
        ("94- KH/BTGDVTW", "94-KH/BTGDVTW"),
        ("56/ 2015/ NĐ - CP", "56/2015/NĐ-CP"),
        ("111\u2011QĐ\u2011UBND", "111-QĐ-UBND"),
        ("30/2020/NĐ\u2013CP", "30/2020/NĐ-CP"),
        ("Số: 05/KH-UBND", "05/KH-UBND"),
        ("45/CT-TTg", "45/CT-TTg"),            # case kept as printed
        ("08-QĐi/TW.", "08-QĐi/TW"),
        (unicodedata.normalize("NFD", "12/ĐA-UBND"), "12/ĐA-UBND"),
    ],
)
def test_normalize_symbol(raw, expected):
    assert normalize_symbol(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("05/KH-UBND", "5/KH-UBND"),
        ("5/kh-ubnd", "5/KH-UBND"),
        ("15 / 2023 / NQ – HÐND", "15/2023/NQ-HĐND"),
        ("82/2005-QĐ-UBND", "82/2005/QĐ-UBND"),   # year separator '-' → '/'
        ("08-QĐi/TW", "8-QĐI/TW"),
        ("45/CT-TTg", "45/CT-TTG"),
        ("238-qđ/tw", "238-QĐ/TW"),
        ("007/2024/nq-hđnd", "7/2024/NQ-HĐND"),
    ],
)
def test_symbol_key(raw, expected):
    assert symbol_key(raw) == expected


def test_symbol_key_keeps_d_stroke_distinct():
    assert symbol_key("12/ĐA-UBND") != symbol_key("12/DA-UBND")
    assert symbol_key("5/HĐ-UBND") != symbol_key("5/HD-UBND")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12/ĐA-UBND", "12/DA-UBND"), ("12/DA-UBND", "12/DA-UBND"), ("05/QĐ-ubnd", "5/QD-UBND"),
     ("15/2023/NQ-HĐND", "15/2023/NQ-HDND")],
)
def test_loose_symbol_key(raw, expected):
    assert loose_symbol_key(raw) == expected


@pytest.mark.parametrize("sym", STATE)
def test_family_state(sym):
    assert symbol_family(sym) == "state"
    assert is_well_formed_symbol(sym) is True


@pytest.mark.parametrize("sym", PARTY)
def test_family_party(sym):
    assert symbol_family(sym) == "party"
    assert is_well_formed_symbol(sym) is True


@pytest.mark.parametrize("text", NOT_SYMBOLS)
def test_not_a_symbol(text):
    assert symbol_family(text) is None
    assert is_well_formed_symbol(text) is False
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    "sym",
    ["15 / 2023 / NQ-HĐND", "238 - QĐ/TW", "30/2020/NĐ\u2013CP", "H\u00d0ND", "15/2023/NQ-H\u00d0ND",
     "82/2005-QĐ-UBND", "5/A", "", "QĐ-UBND"],
)
def test_not_well_formed(sym):
    assert is_well_formed_symbol(sym) is False


@pytest.mark.parametrize(
    ("sym", "year"),
    [("15/2023/NQ-HĐND", 2023), ("72/2025/QH15", 2025), ("56/ 2015/ NĐ - CP", 2015),
     ("120/NQ-HĐND", None), ("238-QĐ/TW", None), ("30/9/2020", None)],
)
def test_symbol_year(sym, year):
    assert symbol_year(sym) == year


def test_find_symbols_example():
    text = ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Số: 05/KH-UBND; 100/ha; 30/9/2020; "
            "94- KH/BTGDVTW; Số 15-NQ/TW")
    found = find_symbols(text)
    assert [m.symbol for m in found] == ["72/2025/QH15", "05/KH-UBND", "94-KH/BTGDVTW", "15-NQ/TW"]
    assert [m.family for m in found] == ["state", "state", "party", "party"]
    assert [m.raw for m in found] == ["72/2025/QH15", "05/KH-UBND", "94- KH/BTGDVTW", "15-NQ/TW"]
    for m in found:
        assert isinstance(m, SymbolMatch)
        assert text[m.start:m.end] == m.raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phổ biến công văn số82/2005/QĐ-UBND", ["82/2005/QĐ-UBND"]),
        ("SỐ 111-CV/TU", ["111-CV/TU"]),
        ("nhiệm kỳ 2021-2026, ngày 30/9/2020, diện tích 100/ha, giá 1.234,5", []),
        ("(Quyết định 30/2020/NĐ\u2013CP)", ["30/2020/NĐ-CP"]),
        ("Số 12/A", []),
    ],
)
def test_find_symbols_more(text, expected):
    assert [m.symbol for m in find_symbols(text)] == expected


EXTRACT = [
    ("Thực hiện Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư về …",
     [("Quyết định", "238-QĐ/TW", "party", date(2020, 9, 30), "Ban Bí thư")]),
    ("Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh quy định…",
     [("Nghị quyết", "15/2023/NQ-HĐND", "state", date(2023, 7, 12), "Hội đồng nhân dân tỉnh")]),
    ("Thi hành Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 ban hành…",
     [("Quyết định", "31-QĐ/TW", "party", date(1997, 10, 1), "Bộ Chính trị")]),
    ("Kế hoạch số 42-KH/BTGTU-HĐND-UBND-VKSND-TAND ngày 22 tháng 10 năm 2021",
     [("Kế hoạch", "42-KH/BTGTU-HĐND-UBND-VKSND-TAND", "party", date(2021, 10, 22), None)]),
    ("Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
     [("Nghị định", "30/2020/NĐ-CP", "state", date(2020, 3, 5), "Chính phủ")]),
    ("phổ biến công văn số82/2005/QĐ-UBND ngày06/5/2005",
     [("công văn", "82/2005/QĐ-UBND", "state", date(2005, 5, 6), None)]),
    ("nhiệm kỳ 2021-2026, ngày 30/9/2020", []),
    # from the seed documents
    ("- Căn cứ Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư Trung ương Đảng (khóa XII) về việc “ban hành…”;",
     [("Quyết định", "238-QĐ/TW", "party", date(2020, 9, 30), "Ban Bí thư Trung ương Đảng")]),
    ("Căn cứ Công văn số 111-CV/TU ngày 23/3/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện Quyết định "
     "238-QĐ/TW ngày 30/9/2020 của Ban Bí thư Trung ương Đảng;",
     [("Công văn", "111-CV/TU", "party", date(2021, 3, 23), "Ban Thường vụ Tỉnh ủy"),
      ("Quyết định", "238-QĐ/TW", "party", date(2020, 9, 30), "Ban Bí thư Trung ương Đảng")]),
    ("ban hành Kế hoạch phối hợp số 42-KH/BTGTU-HĐND-UBND-VKSND-TAND trong thực thi pháp luật",
     [("Kế hoạch", "42-KH/BTGTU-HĐND-UBND-VKSND-TAND", "party", None, None)]),
    # pass 2: bare numbers (header line) have no type
    ("Số: 05/KH-UBND\nĐồng Tháp, ngày 05 tháng 3 năm 2024",
     [(None, "05/KH-UBND", "state", None, None)]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
     [("Luật", "72/2025/QH15", "state", date(2025, 6, 16), None)]),
    ("Quyết định số 111/QĐ-UBND ngày 31/2/2024 của UBND tỉnh",  # impossible date → None
     [("Quyết định", "111/QĐ-UBND", "state", None, "UBND tỉnh")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACT)
def test_extract_refs(text, expected):
    refs = extract_refs(text)
    assert [(r.doc_type, r.symbol, r.family, r.date, r.issuer) for r in refs] == expected
    cleaned = clean(text)
    for r in refs:
        assert isinstance(r, Citation)
        assert 0 <= r.start < r.end <= len(cleaned)
        if r.doc_type:
            assert cleaned[r.start:].startswith(r.doc_type)


def test_extract_refs_span():
    text = "Thực hiện Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư về …"
    (ref,) = extract_refs(text)
    assert text[ref.start:ref.end] == "Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư"


def test_records_are_frozen():
    (m,) = find_symbols("Số: 05/KH-UBND")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.symbol = "x"  # type: ignore[misc]
