"""portal.text.re2_classes: RE2 patterns take every character Python's classes and cases take."""

from __future__ import annotations

import re
import sys

import pytest
import re2

from portal.text.re2_classes import DIGIT, LATIN_ANY_CASE, SPACE, any_case, one_of

EVERY = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)  # what UTF-8 can hold
BMP = EVERY[: 0x10000 - 0x800]  # no character beyond it is a case of a Latin or Vietnamese letter


def _taken(pattern: str, flags: int = 0, within: str = EVERY) -> set[str]:
    return set(re.findall(pattern, within, flags))


def test_space_is_pythons_whitespace() -> None:
    assert set(re2.findall(SPACE, EVERY)) == _taken(r"\s")


def test_digit_holds_pythons() -> None:
    assert set(re2.findall(DIGIT, EVERY)) >= _taken(r"\d")


def test_latin_any_case_is_pythons_ascii_letters_under_ignorecase() -> None:
    assert set(re2.findall(LATIN_ANY_CASE, EVERY)) == _taken(r"[A-Za-z]", re.IGNORECASE)


@pytest.mark.parametrize("letter", sorted(set("abcdefghijklmnopqrstuvwxyzàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")))
def test_any_case_takes_what_ignorecase_takes(letter: str) -> None:
    for spelled in (letter, letter.upper()):
        assert set(re2.findall(any_case(spelled), BMP)) == _taken(re.escape(spelled), re.IGNORECASE, BMP)


def test_one_of_is_any_of_the_words_in_any_case() -> None:
    pattern = re2.compile(one_of("số nhà", "kiệt"))
    for text in ("SỐ NHÀ", "ſố nhà", "KIỆT", "kıệt", "\u212aiệt", "Kiệt"):
        assert pattern.search(text) and re.search("số nhà|kiệt", text, re.IGNORECASE), text
    assert not pattern.search("số  nhà") and not pattern.search("kiet")
