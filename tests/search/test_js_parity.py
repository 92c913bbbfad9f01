"""The JS query normaliser (assets/vn-text.js) must give the keys Python's portal.text gives.

The index is built with ``portal.text`` and queried with ``vn-text.js``; any
difference silently loses hits. These tests run the JS in node on the same
inputs and compare every key.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from portal.text import (
    fold,
    fold_iy,
    loose_symbol_key,
    match_key,
    normalize_symbol,
    symbol_key,
)

VN_TEXT_JS = Path(__file__).resolve().parents[2] / "src" / "portal" / "search" / "assets" / "vn-text.js"

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
          "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "uơ", "ươ",
          "iê", "yê", "uô", "ia", "ua", "ưa", "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "iu", "oi",
          "ôi", "ơi", "ui", "ưi", "ưu", "oai", "oay", "uây", "uôi", "ươi", "ươu", "uyu", "oeo", "iêu", "yêu", "uya"]
CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u"]
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def _syllables() -> list[str]:
    """Syllables with the tone on *every* vowel position (canonical or not), plus tone-less ones."""
    words: list[str] = []
    for onset, nucleus, coda in itertools.product(ONSETS, NUCLEI, CODAS):
        base = onset + nucleus + coda
        words.append(base)
        for pos in range(len(onset), len(onset) + len(nucleus)):
            for tone in TONES[:: 2 if pos % 2 else 1]:
                words.append(unicodedata.normalize("NFC", base[: pos + 1] + tone + base[pos + 1 :]))
    return words


SPECIAL = [
    "Tỉnh uỷ", "TỈNH ỦY", "Tỉnh ủy", "hoà", "HOÀ BÌNH", "thuỷ lợi", "khoẻ", "Thanh Hoá", "quý", "qúy",
    "qủa", "gìa", "gì", "gìn", "giữ", "giường", "khuỷu", "người", "thuở", "hòan", "ngoài", "quyết",
    "café", "HĐND", "Ðảm bảo", "Tỉnh\u200buỷ", "hỗ\u00a0trợ", "dàì", "quản lý", "quản lí", "qui định",
    "chiến sỹ", "kỹ thuật", "Mỹ", "tay", "dây", "ý", "quy", "ly5", "5ly", "QH15", "covid19", "Ưu tiên",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "đường", "dương", "đương", "Duong", "nghìn", "nghiêng", "oẳn", "uỷ ban",
]

SYMBOLS = [
    "15/2023/NQ-HĐND", "15/2023/nq-hdnd", "15 / 2023 / NQ – HĐND", "15/2023/NQ—HĐND", "238-QD/TW",
    "238-QĐ/TW", "238 - qđ / tw", "05/KH-UBND", "5/kh-ubnd", "82/2005-QĐ-UBND", "Số: 05/KH-UBND",
    "42-KH/BTGTU-HĐND-UBND-VKSND-TAND", "08-QĐi/TW", "1234/UBND-VX", "72/2025/QH15", "12/ĐA-UBND",
    "12/DA-UBND", "94- KH/BTGDVTW", "15/NQ-HĐND", "0015/2023/NQ-HĐND", "100/ha", "hello", "30/2020/NĐ-CP",
    "15／2023／NQ‐HĐND", "36-HD/VPTW.",
]


def _run_node(script: str, payload: object) -> object:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is needed for the JS parity tests")
        pytest.skip("node not installed")
    proc = subprocess.run(
        [node, "-e", script, str(VN_TEXT_JS)], input=json.dumps(payload), capture_output=True,
        text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


KEYS_JS = """
const t = require(process.argv[1]);
let input = ""; process.stdin.on("data", d => input += d).on("end", () => {
  const words = JSON.parse(input);
  process.stdout.write(JSON.stringify(words.map(w => [t.matchKey(w), t.fold(w), t.foldIy(w)])));
});
"""

SYMBOLS_JS = """
const t = require(process.argv[1]);
let input = ""; process.stdin.on("data", d => input += d).on("end", () => {
  const items = JSON.parse(input);
  process.stdout.write(JSON.stringify(items.map(s => [t.normalizeSymbol(s), t.symbolKey(s), t.looseSymbolKey(s)])));
});
"""

FIND_JS = """
const t = require(process.argv[1]);
let input = ""; process.stdin.on("data", d => input += d).on("end", () => {
  const items = JSON.parse(input);
  process.stdout.write(JSON.stringify(items.map(s => t.findSymbols(s).map(m => [m.start, m.end, m.symbol]))));
});
"""


def test_word_keys_match_python() -> None:
    words = _syllables() + SPECIAL
    words += [unicodedata.normalize("NFD", w) for w in SPECIAL] + [w.upper() for w in SPECIAL]
    got = _run_node(KEYS_JS, words)
    assert isinstance(got, list) and len(got) == len(words)
    wrong = [(w, js, [match_key(w), fold(w), fold_iy(w)]) for w, js in zip(words, got)
             if js != [match_key(w), fold(w), fold_iy(w)]]
    assert wrong == [], f"{len(wrong)} of {len(words)} differ, e.g. {wrong[:10]}"
    assert len(words) > 10_000


def test_symbol_keys_match_python() -> None:
    got = _run_node(SYMBOLS_JS, SYMBOLS)
    expected = [[normalize_symbol(s), symbol_key(s), loose_symbol_key(s)] for s in SYMBOLS]
    assert got == expected


@pytest.mark.parametrize(
    ("query", "symbols"),
    [
        ("15/2023/NQ-HĐND", ["15/2023/NQ-HĐND"]),
        ("15/2023/nq-hdnd", ["15/2023/nq-hdnd"]),
        ("15 / 2023 / NQ – HĐND", ["15/2023/NQ-HĐND"]),
        ("238-QD/TW", ["238-QD/TW"]),
        ("nghị quyết 15/NQ-HĐND năm 2023", ["15/NQ-HĐND"]),
        ("Quyết định số 238-QĐ/TW ngày 30/9/2020", ["238-QĐ/TW"]),
        ("số82/2005/QĐ-UBND", ["82/2005/QĐ-UBND"]),
        ("ngày 30/9/2020, giai đoạn 2021-2026", []),
        ("hỗ trợ đầu tư", []),
    ],
)
def test_query_numbers_in_any_spelling(query: str, symbols: list[str]) -> None:
    got = _run_node(FIND_JS, [query])
    assert [m[2] for m in got[0]] == symbols  # type: ignore[index]
