"""The quick test that spares most prose the full scan for document numbers
(portal.text.may_hold_number, run by find_symbols and find_citations) never turns away a text
with a number in it: the full scan without it (symbols._scan_symbols) is the judge."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from portal.links.scan import find_citations
from portal.text import clean, find_symbols, may_hold_number
from portal.text.symbols import _scan_symbols

PIECES = [
    "0", "1", "5", "15", "238", "19", "20", "2023", "1999", "/", "-", "–", "—", "−", "／", "⁄", "\u001e",
    " ", "\t", "\n", "\u00a0", "\u202f", "\u200b", "\u00ad", "\ufeff", "\u2060",
    "N", "Q", "NQ", "HĐND", "Đ", "Ð", "QĐ", "TW", "QH15", "UBND", "Ố", unicodedata.normalize("NFD", "Ố"), "Ư",
    "a", "đ", "số", "Số: ", "ngày", ".", ",", "(", ")", "ha", "%",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_every_text_with_a_number_passes_the_quick_test(text: str) -> None:
    if _scan_symbols(clean(text)):
        assert may_hold_number(text), f"the quick test turns away {text!r}, which holds {_scan_symbols(clean(text))}"
        assert find_symbols(text) == _scan_symbols(clean(text))


GAP = st.lists(st.sampled_from(["", " ", "\t", "\u00a0", "\u202f", "\u200b", "\u00ad", "\ufeff", "\u2060"]), max_size=2).map("".join)
SEPARATOR = st.sampled_from(["/", "-", "‐", "–", "—", "−", "－", "／", "⁄", "∕", "\u001e"])
GROUP = st.sampled_from(["NQ", "HĐND", "QĐ", "TW", "QH15", "UBND", "ĐB", "ƯB", "ÐB", "BCĐ35", unicodedata.normalize("NFD", "ỐC")])
YEAR = st.one_of(st.just(""), st.tuples(st.sampled_from(["2023", "1999"]), GAP, SEPARATOR, GAP).map("".join))
NUMBER_LIKE = st.tuples(
    st.sampled_from(["", "số", "Số: ", "Nghị quyết số ", "(", "x"]),
    st.sampled_from(["5", "15", "238", "01234"]), GAP, SEPARATOR, GAP, YEAR, GROUP,
    st.one_of(st.just(""), st.tuples(GAP, SEPARATOR, GAP, GROUP).map("".join)),
    st.sampled_from(["", ".", ",", " ngày 30/9/2020", ")"]),
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(NUMBER_LIKE)
def test_every_number_written_any_way_passes_the_quick_test(text: str) -> None:
    """Texts built like numbers (spaces, invisible characters and look-alike dashes in every
    place the scan allows them), most of which the full scan takes for one."""
    if _scan_symbols(clean(text)):
        assert may_hold_number(text), f"the quick test turns away {text!r}, which holds {_scan_symbols(clean(text))}"
        assert find_symbols(text) == _scan_symbols(clean(text))


def test_dates_and_year_ranges_are_turned_away() -> None:
    """Most prose that has a digit and a slash or dash holds a date or a range: the reason for the test."""
    for text in ("Từ ngày 30/9/2020 đến 31/12/2025.", "Giai đoạn 2021–2025, năm học 2024-2025.", "Tăng 5-7%, 1/3 số hộ."):
        assert not may_hold_number(text), text
        assert find_symbols(text) == _scan_symbols(clean(text)) == []
        assert find_citations(text) == []


def test_numbers_written_every_way_pass() -> None:
    for text in ("Nghị quyết số 15/2023/NQ-HĐND", "Quyết định 238-QĐ/TW", "Luật số 77 / 2015 / QH13", "số82/2005/QĐ-UBND", "Số: 05\u200b/KH–UBND"):
        assert may_hold_number(text), text
        assert find_citations(text), text
