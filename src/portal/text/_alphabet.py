"""Letter tables shared by the ``portal.text`` modules (no logic, no state)."""

from __future__ import annotations

import unicodedata

#: Tone marks in Vietnamese collation order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS: tuple[str, ...] = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
#: The five combining tone marks (NFD form).
TONE_SET: frozenset[str] = frozenset(TONE_MARKS[1:])

#: Toneless lower-case vowel letters.
VOWELS: frozenset[str] = frozenset("aăâeêioôơuưy")
#: Vowels whose own diacritic attracts the tone mark (rule T3 step 4).
MARKED_VOWELS: frozenset[str] = frozenset("ăâêôơư")
#: Toneless lower-case letters of the Vietnamese alphabet plus f, j, w, z (loan words).
BASE_LETTERS: frozenset[str] = frozenset("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")

#: The 29 letters of the Vietnamese alphabet, in order, as capitals.
VIETNAMESE_ALPHABET: tuple[str, ...] = tuple("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY")
#: Primary collation order: the Vietnamese alphabet with f, j, w, z at their Latin places.
COLLATION_ORDER: str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

#: Every precomposed Vietnamese letter (12 vowels × 6 tones, Đ/đ, consonants), both cases, NFC.
LETTERS: frozenset[str] = frozenset(
    unicodedata.normalize("NFC", v + t).upper() if upper else unicodedata.normalize("NFC", v + t)
    for v in "aăâeêioôơuưy"
    for t in TONE_MARKS
    for upper in (False, True)
) | frozenset("đĐ") | frozenset("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")
