"""portal.text.normalize: clean() (§5 table, rule N2), suspicious_chars() (rule N3), dash map (§2.4)."""

import unicodedata

import pytest

from portal.text import clean, suspicious_chars, translate_dashes

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


def test_clean_nfd_to_nfc():
    src = NFD("Nghị quyết")
    assert len(src) == 13  # the reference says 17; NFD "Nghị quyết" has 13 code points
    out = clean(src)
    assert out == "Nghị quyết"
    assert len(out) == 10


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u00d0ảm bảo", "Đảm bảo"),                 # eth (§5)
        ("HĐND\u00a0tỉnh", "HĐND tỉnh"),             # NBSP (§5)
        ("Tỉnh\u200b uỷ", "Tỉnh uỷ"),                # zero-width space; tone NOT changed (§5)
        ("\u00f0ồng", "đồng"),                       # small eth
        ("\u0189ảng", "Đảng"),                       # African D
        ("\u0256ảng", "đảng"),
        ("a\u202fb\u2007c\u2009d\u200ae\u3000f", "a b c d e f"),
        ("\ufeffSố\u00adliệu\u200c\u200d\u2060", "Sốliệu"),
        ("dòng 1\ndòng\t2\r\n", "dòng 1\ndòng\t2\r\n"),  # newlines and tabs kept
        ("hoà, hòa, thuỷ, thủy", "hoà, hòa, thuỷ, thủy"),  # never re-toned
        (NFD("e\u0323\u0302"), "ệ"),                  # mark order handled by NFC
        ("e\u0302\u0323", "ệ"),
        ("", ""),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


def test_suspicious_tcvn3_example():
    # The reference prints the sorted set ['©', 'Ø', 'û']; the API returns order of appearance.
    found = suspicious_chars("Uû ban nh©n d©n tØnh")
    assert found == ["û", "©", "Ø"]
    assert sorted(found) == ["©", "Ø", "û"]


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        NFD("Ủy ban nhân dân tỉnh Đồng Tháp"),
        "ĐẢNG CỘNG SẢN VIỆT NAM — “Hỗ trợ” ‘đầu tư’ – 26% … • 1.500.000 ₫ § 3 № 5, 30°C",
        "Quyết định số 238-QĐ/TW ngày 30/9/2020 (khóa XII); 100 m²; 3 × 4; ±5%",
        "ASCII only: a-z A-Z 0-9 !@#$^&*()[]{}<>?",
        "\u00d0ảm bảo\u00a0\u200b",  # repaired or removed by clean(): not reported
    ],
)
def test_suspicious_real_vietnamese_is_clean(text):
    assert suspicious_chars(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uû ban nh©n d©n tØnh §ång Th¸p", ["û", "©", "Ø", "å", "¸"]),
        ("Héi ®ång nh©n d©n", ["®", "å", "©"]),
        ("µ ¶ ¸ ¹", ["µ", "¶", "¸", "¹"]),
    ],
)
def test_suspicious_mojibake(text, expected):
    assert suspicious_chars(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("30/2020/NĐ\u2013CP", "30/2020/NĐ-CP"),
        ("111\u2011QĐ\u2011UBND", "111-QĐ-UBND"),
        ("a\u2010b\u2012c\u2014d\u2015e\u2212f\ufe58g\ufe63h\uff0di\x1ej", "a-b-c-d-e-f-g-h-i-j"),
        ("15\u204420\u221530\uff0f40", "15/20/30/40"),
        ("no change: ’ … “”", "no change: ’ … “”"),
    ],
)
def test_translate_dashes(raw, expected):
    out = translate_dashes(raw)
    assert out == expected
    assert len(out) == len(raw)  # 1:1, offsets stay valid
