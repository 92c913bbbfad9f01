"""Turn text into the search terms the index stores.

A Vietnamese text is a sequence of syllables. For each syllable the index keeps
two keys (reference §1.3, rule F2):

* the folded key, ``fold_iy`` — marks removed, đ→d, lower case, lý/lí unified —
  which decides *whether* a page matches ("ho tro" finds "hỗ trợ");
* the match key, ``match_key`` — accent-sensitive, tone-canonical (uỷ = ủy) —
  which decides *how well* it matches (exact-diacritic hits rank first).

Adjacent syllables also give folded *bigrams* ("ho tro"), which rank phrase
matches above pages that merely contain every syllable somewhere. Bigrams never
cross punctuation. Document numbers give symbol terms (exact key and loose key).

The query side in ``assets/vn-text.js`` and ``assets/search.js`` repeats this
tokenisation exactly; keep them in step.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from portal.text import (
    clean,
    find_symbols,
    fold_iy,
    loose_symbol_key,
    match_key,
    symbol_key,
)

#: A word is a run of letters and digits (Python's ``isalnum``); the JS client
#: uses ``[\p{L}\p{N}]+``, which agrees on Vietnamese NFC text. Words are
#: adjacent when only whitespace separates them, so a text is first cut at
#: every character that is neither a word character nor a space.
RUN_BREAK_RE = re.compile(r"[^\w\s]+|_+")


class Syllable(NamedTuple):
    """One word of a text with its two keys. A tuple: the index puts millions in sets, and a
    tuple's hash is computed in C, where a dataclass's is a Python method."""

    fold: str
    match: str


@dataclass(frozen=True, slots=True)
class SymbolTerm:
    """A document number as two keys: exact (Đ kept) and loose (Đ→D)."""

    exact: str
    loose: str


class Analyzer:
    """Splits texts into syllable runs and document numbers, caching word keys.

    One analyzer is meant to serve a whole build: the cache makes the cost of
    ``match_key``/``fold_iy`` proportional to the vocabulary, not to the text.
    """

    def __init__(self) -> None:
        self._words: dict[str, Syllable] = {}

    def syllable(self, word: str) -> Syllable:
        """The keys of one word (cached)."""
        hit = self._words.get(word)
        if hit is None:
            hit = Syllable(fold=fold_iy(word), match=match_key(word))
            self._words[word] = hit
        return hit

    def runs(self, text: str) -> list[list[Syllable]]:
        """Words of ``text`` grouped into runs separated by anything but spaces.

        Two words are adjacent (and make a bigram) only when nothing but
        whitespace stands between them.
        """
        words, syllable = self._words, self.syllable
        result: list[list[Syllable]] = []
        for segment in RUN_BREAK_RE.split(clean(text)):
            run = [words.get(word) or syllable(word) for word in segment.split()]  # a Syllable is never empty
            if run:
                result.append(run)
        return result

    def symbols(self, text: str) -> list[SymbolTerm]:
        """Document numbers cited in ``text``, in order of appearance."""
        return [self.symbol(found.symbol) for found in find_symbols(text)]

    def symbol(self, number: str) -> SymbolTerm:
        """The keys of one printed document number."""
        return SymbolTerm(exact=symbol_key(number), loose=loose_symbol_key(number))


def bigrams(run: list[Syllable]) -> list[str]:
    """Folded bigrams of one run: ``"ho tro"``, ``"tro dau"``…"""
    return [f"{a.fold} {b.fold}" for a, b in itertools.pairwise(run)]
