"""portal.text.collate (§1.6, §5 sorting), slug, numbers (§4 D3, D5; ordinals §3.1)."""

import random
from decimal import Decimal

import babel.numbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.text import (
    VIETNAMESE_ALPHABET,
    format_money,
    format_number,
    initial_letter,
    int_to_roman,
    ordinal_vi,
    roman_to_int,
    slugify,
    sort_key,
    vn_sorted,
)

SORTED = ["An Giang", "Ân Thi", "Ấp Bắc", "Bà Rịa", "Bắc Ninh", "Cà Mau", "Đà Nẵng", "Điện Biên", "Đồng Nai",
          "Hà Nội", "Hưng Yên", "Ninh Bình", "Ơn", "Yên Bái"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_vn_sorted_section5(seed):
    items = SORTED[:]
    random.Random(seed).shuffle(items)
    assert vn_sorted(items) == SORTED
    assert vn_sorted(items, reverse=True) == SORTED[::-1]


def test_plain_sorted_is_wrong():
    assert sorted(SORTED) != SORTED


def test_vn_sorted_key():
    records = [{"name": n} for n in ("Đồng Tháp", "Cần Thơ", "Dak Lak")]
    assert [r["name"] for r in vn_sorted(records, key=lambda r: r["name"])] == ["Cần Thơ", "Dak Lak", "Đồng Tháp"]


@pytest.mark.parametrize(
    ("a", "b"), [("hòa", "hoà"), ("Thanh Hóa", "Thanh Hoá"), ("thủy", "thuỷ"), ("Khánh Hòa", "Khánh Hoà")]
)
def test_tone_variants_equal(a, b):
    ka, kb = sort_key(a), sort_key(b)
    assert ka[0] == kb[0]
    assert ka[1] == kb[1]
    assert ka == kb


@pytest.mark.parametrize(
    "ordered",
    [
        ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q",
         "r", "s", "t", "u", "ư", "v", "x", "y"],
        ["ma", "mà", "mả", "mã", "má", "mạ"],                 # tone order: ngang huyền hỏi ngã sắc nặng
        ["ma", "Ma", "mà", "Mà"],                             # tertiary: lower case first
        ["1 tháng", "12 tháng", "2 tháng", "An"],             # digits before letters, digit by digit
        ["Ba Đình", "Bà Rịa", "Bắc Giang"],                   # primary (a < ă) before secondary
        ["Hóa", "Hòa Bình", "hoa hồng"],                      # primary (length) before secondary
    ],
)
def test_order(ordered):
    assert vn_sorted(ordered) == ordered
    assert vn_sorted(ordered[::-1]) == ordered


def test_tone_variants_tie_and_keep_input_order():
    assert vn_sorted(["Hòa Bình", "Hoà Bình", "Hóa"]) == ["Hóa", "Hòa Bình", "Hoà Bình"]
    assert vn_sorted(["Hoà Bình", "Hòa Bình", "Hóa"]) == ["Hóa", "Hoà Bình", "Hòa Bình"]


def test_case_insensitive_primary():
    assert sort_key("ĐÀ NẴNG")[0] == sort_key("đà nẵng")[0]
    assert sort_key("ĐÀ NẴNG")[2] != sort_key("đà nẵng")[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Đà Nẵng", "Đ"), ("Ấp Bắc", "Â"), ("ấp", "Â"), ("12 tháng", "0–9"), ("Ơn", "Ơ"), ("An Giang", "A"),
     ("ăn", "Ă"), ("“Hòa Bình”", "H"), ("\u00d0ảng ủy", "Đ"), ("ưu tiên", "Ư"), ("Ý kiến", "Y"), ("...", "#"),
     ("", "#")],
)
def test_initial_letter(text, expected):
    assert initial_letter(text) == expected


def test_alphabet():
    assert "".join(VIETNAMESE_ALPHABET) == "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    assert len(VIETNAMESE_ALPHABET) == 29
    assert vn_sorted(list(reversed(VIETNAMESE_ALPHABET))) == list(VIETNAMESE_ALPHABET)


@pytest.mark.parametrize(
    ("text", "sep", "expected"),
    [
        ("Điều 5", "-", "dieu-5"),
        ("## Điều 5", "-", "dieu-5"),
        ("Nghị quyết số 15/2023/NQ-HĐND", "-", "nghi-quyet-so-15-2023-nq-hdnd"),
        ("  Hỗ trợ — đầu tư!  ", "-", "ho-tro-dau-tu"),
        ("Ban Tuyên giáo và Dân vận", "_", "ban_tuyen_giao_va_dan_van"),
        ("\u00d0ảm bảo", "-", "dam-bao"),
        ("“”", "-", ""),
    ],
)
def test_slugify(text, sep, expected):
    assert slugify(text, sep) == expected


def test_slugify_default_separator_and_markdown_toc():
    assert slugify("Điều 5") == "dieu-5"
    markdown = pytest.importorskip("markdown")
    html = markdown.markdown("## Điều 5", extensions=["toc"], extension_configs={"toc": {"slugify": slugify}})
    assert 'id="dieu-5"' in html


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1234567.89, "1.234.567,89"), (1234567.891, "1.234.567,891"), (1500000, "1.500.000"), (0, "0"),
     (-1234.5, "-1.234,5"), (Decimal("25.7"), "25,7")],
)
def test_format_number(n, expected):
    assert format_number(n) == expected


@given(st.integers(min_value=-(10**24), max_value=10**24))  # Babel itself fails from 10**28 (its decimal precision)
def test_format_number_groups_whole_numbers_as_babel_does(n):
    assert format_number(n) == babel.numbers.format_decimal(n, locale="vi")


@pytest.mark.parametrize(("n", "expected"), [(1500000, "1.500.000 đồng"), (250000000, "250.000.000 đồng")])
def test_format_money(n, expected):
    assert format_money(n) == expected


@pytest.mark.parametrize(
    ("n", "roman"),
    [(1, "I"), (4, "IV"), (9, "IX"), (10, "X"), (12, "XII"), (14, "XIV"), (15, "XV"), (16, "XVI"), (19, "XIX"),
     (40, "XL"), (90, "XC"), (400, "CD"), (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX")],
)
def test_roman(n, roman):
    assert int_to_roman(n) == roman
    assert roman_to_int(roman) == n
    assert roman_to_int(f" {roman.lower()} ") == n


@pytest.mark.parametrize("bad", ["", "IIII", "IC", "VX", "ABC", "XIV2"])
def test_roman_to_int_rejects(bad):
    with pytest.raises(ValueError):
        roman_to_int(bad)


@pytest.mark.parametrize("bad", [0, -1, 4000])
def test_int_to_roman_rejects(bad):
    with pytest.raises(ValueError):
        int_to_roman(bad)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "thứ nhất"), (2, "thứ hai"), (3, "thứ ba"), (4, "thứ tư"), (5, "thứ năm"), (6, "thứ sáu"), (7, "thứ bảy"),
     (8, "thứ tám"), (9, "thứ chín"), (10, "thứ mười"), (11, "thứ 11"), (15, "thứ 15")],
)
def test_ordinal_vi(n, expected):
    assert ordinal_vi(n) == expected


def test_ordinal_vi_rejects_zero():
    with pytest.raises(ValueError):
        ordinal_vi(0)
