"""portal.text.tones.canon_tones: §1.2 tables (T1, T2), §5 table, NFC and NFD input."""

import unicodedata

import pytest

from portal.text import canon_tones

NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

# Rule T1: (old style, new style) — open syllables with nucleus oa, oe, uy.
T1_PAIRS = [
    ("hòa", "hoà"), ("hóa", "hoá"), ("thỏa", "thoả"), ("xõa", "xoã"), ("họa", "hoạ"), ("góa", "goá"),
    ("khỏe", "khoẻ"), ("lòe", "loè"), ("nhòe", "nhoè"),
    ("thủy", "thuỷ"), ("ủy", "uỷ"), ("tùy", "tuỳ"), ("lũy", "luỹ"), ("thụy", "thuỵ"), ("úy", "uý"),
    # upper case and mixed case
    ("HÒA", "HOÀ"), ("Thủy", "Thuỷ"), ("ỦY", "UỶ"), ("KHÓA", "KHOÁ"),
]

# Rule T2: both styles agree; these never change.
T2_WORDS = [
    # a coda is present
    "hoàn", "toán", "khuyết", "huỳnh", "hoặc", "loét", "huých",
    # triphthongs
    "ngoài", "xoáy", "khuỷu", "ngoẻo", "khuấy",
    # nucleus with ă â ê ô ơ ư
    "thuở", "huệ", "người", "rượu", "chuối", "tiếng", "thuyền",
    # other open diphthongs
    "mùa", "mía", "mưa", "tài", "cháu", "kéo", "gửi", "mùi", "dìu",
    # qu / gi + vowel, and gì / gìn
    "quý", "quả", "quẹo", "quyết", "già", "giữ", "giường", "gì", "gìn",
]


@pytest.mark.parametrize("form", [NFC, NFD], ids=["nfc", "nfd"])
@pytest.mark.parametrize(("old", "new"), T1_PAIRS)
def test_t1_pairs(old, new, form):
    for word in (old, new):
        assert canon_tones(form(word), "old") == old
        assert canon_tones(form(word), "new") == new


@pytest.mark.parametrize("form", [NFC, NFD], ids=["nfc", "nfd"])
@pytest.mark.parametrize("word", T2_WORDS)
def test_t2_unchanged(word, form):
    assert canon_tones(form(word), "old") == word
    assert canon_tones(form(word), "new") == word


# §5 table: input → (old, new)
SECTION5 = [
    ("hoà", "hòa", "hoà"),
    ("Tỉnh uỷ", "Tỉnh ủy", "Tỉnh uỷ"),
    ("TỈNH UỶ", "TỈNH ỦY", "TỈNH UỶ"),
    ("Uỷ ban", "Ủy ban", "Uỷ ban"),
    ("khoẻ", "khỏe", "khoẻ"),
    ("Thanh Hoá", "Thanh Hóa", "Thanh Hoá"),
    ("hòan thành", "hoàn thành", "hoàn thành"),
    ("qúy", "quý", "quý"),
    ("qủa", "quả", "quả"),
    ("gìa", "già", "già"),
    ("qúy / qủa / gìa", "quý / quả / già", "quý / quả / già"),
    ("hoàn, quý, giữ gìn, thuở, người, khuỷu, ngoài, huỳnh",
     "hoàn, quý, giữ gìn, thuở, người, khuỷu, ngoài, huỳnh",
     "hoàn, quý, giữ gìn, thuở, người, khuỷu, ngoài, huỳnh"),
    ("café", "café", "café"),
    ("HĐND", "HĐND", "HĐND"),
    ("15/2023/NQ-HĐND", "15/2023/NQ-HĐND", "15/2023/NQ-HĐND"),
    (NFD("hoà bình"), "hòa bình", "hoà bình"),
    ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH"),
]


@pytest.mark.parametrize(("text", "old", "new"), SECTION5)
def test_section5(text, old, new):
    assert canon_tones(text, "old") == old
    assert canon_tones(text, "new") == new


@pytest.mark.parametrize(
    ("text", "expected_old"),
    [
        ("(thuỷ lợi).", "(thủy lợi)."),                         # punctuation touching the word
        ("Kế hoạch số 42-KH/TU, ngày 5/2/2024 (thuỷ lợi).", "Kế hoạch số 42-KH/TU, ngày 5/2/2024 (thủy lợi)."),
        ("dàì gíá", "dàì gíá"),                                 # two marks: left alone
        ("ký thừa uỷ quyền", "ký thừa ủy quyền"),
        ("Khánh Hoà\tKhánh Hòa\n", "Khánh Hòa\tKhánh Hòa\n"),  # whitespace kept
        ("Pokémon résumé", "Pokémon résumé"),                   # not Vietnamese syllables
        ("", ""),
    ],
)
def test_context(text, expected_old):
    assert canon_tones(text, "old") == expected_old


def test_output_is_nfc_even_when_nothing_moves():
    assert canon_tones(NFD("café người")) == "café người"


def test_bad_style():
    with pytest.raises(ValueError):
        canon_tones("hoà", "modern")  # type: ignore[arg-type]
