"""Vietnamese alphabetical order without PyICU (reference §1.6).

Three levels, as in ICU/CLDR ``vi``: primary = letters in the order
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f, j, w, z at their
Latin places), spaces < punctuation < digits < letters, case-insensitive;
secondary = tones ngang < huyền < hỏi < ngã < sắc < nặng; tertiary = lower case
before upper case. Tone placement is canonicalised first, so "hòa" and "hoà" get
identical keys. Digits compare one by one, as ICU does by default ("10" < "2").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from portal.text._alphabet import BASE_LETTERS, COLLATION_ORDER, TONE_MARKS, TONE_SET, VIETNAMESE_ALPHABET
from portal.text.normalize import clean
from portal.text.tones import canon_tones

__all__ = ["VIETNAMESE_ALPHABET", "initial_letter", "sort_key", "vn_sorted"]

T = TypeVar("T")
Weight = tuple[int, int]
SortKey = tuple[str, str, str]  # primary (group, rank) pairs, tones, case: each as code points
_RANK = {ch: i for i, ch in enumerate(COLLATION_ORDER)}


@lru_cache(maxsize=4096)
def _split_tone(ch: str) -> tuple[str, int]:
    """``"ấ"`` → ``("â", 4)``: the letter without its tone mark, and the tone's rank (0–5)."""
    nfd = unicodedata.normalize("NFD", ch)
    tone = next((TONE_MARKS.index(m) for m in nfd if m in TONE_SET), 0)
    return unicodedata.normalize("NFC", "".join(m for m in nfd if m not in TONE_SET)), tone


@lru_cache(maxsize=4096)  # one entry per distinct character
def _weights(ch: str) -> tuple[Weight, int, int]:
    """Primary weight, tone rank and case bit of one NFC character."""
    letter, tone = _split_tone(ch)
    lower = letter.lower()
    upper_bit = int(letter != lower)
    if lower in _RANK:
        return (3, _RANK[lower]), tone, upper_bit
    if ch.isdigit():
        return (2, unicodedata.digit(ch, 0)), 0, 0
    if ch.isspace():
        return (0, 0), 0, 0
    if ch.isalpha():
        base = unicodedata.normalize("NFD", lower)[0]
        return ((3, _RANK[base]) if base in _RANK else (4, ord(base))), tone, upper_bit
    return (1, ord(ch)), 0, 0


class _LevelTable(dict):
    """``ord(ch)`` → the weight of ``ch`` at one level, as code points, for ``str.translate``;
    filled as characters are met. A key is then three translations, done in C."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, code: int) -> str:
        (group, rank), tone, upper_bit = _weights(chr(code))
        self[code] = value = (chr(group) + chr(rank), chr(tone), chr(upper_bit))[self.level]
        return value


_PRIMARY, _SECONDARY, _TERTIARY = _LevelTable(0), _LevelTable(1), _LevelTable(2)


@lru_cache(maxsize=1 << 16)  # titles and names are sorted in several indexes, and at every preview
def sort_key(s: str) -> SortKey:
    """Multi-level Vietnamese collation key ``(primary, secondary, tertiary)`` for ``sorted``.

    Each level is a string of code points, so that comparing keys compares the weights in
    order (as tuples would) while a key of a 100-character title takes ~1 KB, not ~7 KB.
    """
    text = canon_tones(clean(s), "old")
    return text.translate(_PRIMARY), text.translate(_SECONDARY), text.translate(_TERTIARY)


def vn_sorted(items: Iterable[T], key: Callable[[T], str] | None = None, reverse: bool = False) -> list[T]:
    """``sorted`` in Vietnamese alphabetical order; ``key`` gives the text of each item."""
    get: Callable[[Any], str] = key if key is not None else str
    return sorted(items, key=lambda item: sort_key(get(item)), reverse=reverse)


def initial_letter(s: str) -> str:
    """Group heading for an A–Z index: the first letter without its tone, upper case.

    "Đà Nẵng" → "Đ", "Ấp Bắc"/"ấp" → "Â", "Ơn" → "Ơ", "12 tháng" → "0–9"; leading
    punctuation is skipped; "#" when there is no letter or digit.
    """
    for ch in clean(s):
        if ch.isdigit():
            return "0–9"
        if ch.isalpha():
            letter = _split_tone(ch)[0]
            if letter.lower() in BASE_LETTERS:
                return letter.upper()
            return unicodedata.normalize("NFD", letter)[0].upper()
    return "#"
