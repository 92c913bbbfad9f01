"""portal.text.keys: match_key, fold, fold_iy (§5), search_tokens."""

import unicodedata

import pytest

from portal.text import fold, fold_iy, match_key, search_tokens

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ban Thường vụ Tỉnh uỷ", "BAN THƯỜNG VỤ TỈNH ỦY"),
        ("Thanh Hoá", "Thanh Hóa"),
        (NFD("Khánh Hòa"), "khánh hoà"),
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Tỉnh\u200b uỷ", "TỈNH\u00a0ỦY"),
        ("\u00d0ảng ủy", "đảng uỷ"),
    ],
)
def test_match_key_equal(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thường vụ Tỉnh uỷ", "ban thường vụ tỉnh ủy"),
        ("Thanh Hoá", "thanh hóa"),
        ("15/2023/NQ-HĐND", "15/2023/nq-hđnd"),
    ],
)
def test_match_key_value(text, expected):
    assert match_key(text) == expected


@pytest.mark.parametrize(("a", "b"), [("Hòa", "Hoa"), ("dương", "đương"), ("đường", "đương"), ("tư", "tu")])
def test_match_key_is_accent_sensitive(a, b):
    assert match_key(a) != match_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hỗ trợ đầu tư", "ho tro dau tu"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", "dang cong san viet nam"),
        ("\u00d0ảm bảo", "dam bao"),
        ("Tỉnh uỷ", "tinh uy"),
        ("Tỉnh ủy", "tinh uy"),
        ("Ưu tiên", "uu tien"),
        ("15/2023/NQ-HĐND", "15/2023/nq-hdnd"),
        ("Đặng", "dang"),
        (NFD("Nghị quyết, (Điều 5)."), "nghi quyet, (dieu 5)."),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quản lý", "quan li"),
        ("quản lí", "quan li"),
        ("chiến sỹ", "chien si"),
        ("chiến sĩ", "chien si"),
        ("qui định", "quy dinh"),
        ("quy định", "quy dinh"),
        ("quý", "quy"),
        ("thủy lợi", "thuy loi"),
        ("ý kiến", "y kien"),
        ("kỹ thuật", "ki thuat"),
        ("Mỹ", "mi"),
        ("tỷ đồng", "ti dong"),
        ("hy vọng", "hi vong"),
        ("tay, dây", "tay, day"),
        ("Tỉnh uỷ", "tinh uy"),
    ],
)
def test_fold_iy(text, expected):
    assert fold_iy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ho tro dau tu", ["ho", "tro", "dau", "tu"]),
        ("nghi quyet so 15/2023/nq-hdnd, ngay 30/9/2020.",
         ["nghi", "quyet", "so", "15/2023/nq-hdnd", "ngay", "30", "9", "2020"]),
        ("quyet dinh 238-qd/tw (khoa xii)", ["quyet", "dinh", "238-qd/tw", "khoa", "xii"]),
        ("ke hoach 42-kh/btgtu-hdnd-ubnd-vksnd-tand;", ["ke", "hoach", "42-kh/btgtu-hdnd-ubnd-vksnd-tand"]),
        ("cong van so82/2005/qd-ubnd", ["cong", "van", "so", "82/2005/qd-ubnd"]),
        ("30/2020/nd\u2013cp", ["30/2020/nd-cp"]),
        ("nhiem ky 2021-2026", ["nhiem", "ky", "2021", "2026"]),
        ("1.234,5 ty dong", ["1.234,5", "ty", "dong"]),
        ("qh15. luat", ["qh15", "luat"]),
        ("hỗ trợ đầu tư — “tỉnh ủy”", ["hỗ", "trợ", "đầu", "tư", "tỉnh", "ủy"]),
        ("15/2023/nq-hđnd", ["15/2023/nq-hđnd"]),
        ("", []),
    ],
)
def test_search_tokens(text, expected):
    assert search_tokens(text) == expected
