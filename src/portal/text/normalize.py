"""Unicode clean-up for Vietnamese text (reference §1.1, rules N1–N3, §2.4 dash map).

``clean`` is the one function every string loaded from YAML or Markdown goes
through. It never moves tone marks: tone placement is normalised only inside
comparison keys (see ``portal.text.keys``).
"""

from __future__ import annotations

import re
import unicodedata

from portal.text._alphabet import LETTERS

# Rule N2: look-alikes of Đ/đ, odd spaces, invisible characters.
_CLEAN_MAP: dict[int, str | None] = {
    0x00D0: "Đ",  # Ð LATIN CAPITAL LETTER ETH
    0x00F0: "đ",  # ð LATIN SMALL LETTER ETH
    0x0189: "Đ",  # Ɖ LATIN CAPITAL LETTER AFRICAN D
    0x0256: "đ",  # ɖ LATIN SMALL LETTER D WITH TAIL
    **{cp: " " for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))},
    **{cp: None for cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)},
}

_NEEDS_MAP = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _CLEAN_MAP) + "]")

# §2.4: dash and slash look-alikes, mapped one character to one character.
_DASH_MAP: dict[int, str] = {
    **{cp: "-" for cp in (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x001E)},
    **{cp: "/" for cp in (0x2044, 0x2215, 0xFF0F)},
}

# Rule N3: punctuation and symbols that are normal in Vietnamese administrative text.
# Latin-1 symbols are mostly excluded on purpose: TCVN3/VNI mojibake lives there
# (© = â, Ø = ỉ, û = ỷ, µ = à, ¸ = á, ® = đ, « = ô, ½ = ẵ …).
_NORMAL_SYMBOLS: frozenset[str] = frozenset(
    "“”‘’‚„‹›–—‐‑‒―−…•◦‣·°§№₫€‰′″×±²³"
    "→←↑↓↔⇒⇐⇔≤≥≠≈∞√∑∆✓✔✗✘☐☑☒■□▪▫●○◆◇★☆※"
)


def clean(s: str) -> str:
    """Return ``s`` repaired for storage: NFC, eth → Đ/đ, odd spaces → space, invisibles removed.

    Newlines and tabs are kept; tone placement is never changed (rule N1/N2).
    """
    if s.isascii():  # nothing to repair; most keys, ids and dates take this path
        return s
    if _NEEDS_MAP.search(s):
        s = s.translate(_CLEAN_MAP)
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def translate_dashes(s: str) -> str:
    """Map dash look-alikes (U+2010–2015, U+2212, U+FE58, U+FE63, U+FF0D, U+001E) to ``-``
    and slash look-alikes (U+2044, U+2215, U+FF0F) to ``/``.

    The map is one character to one character, so offsets into ``s`` stay valid.
    """
    return s.translate(_DASH_MAP)


def _is_normal(ch: str) -> bool:
    """True for ASCII, Vietnamese letters and the usual punctuation/symbols."""
    return ch < "\x80" or ch in LETTERS or ch in _NORMAL_SYMBOLS


def suspicious_chars(s: str) -> list[str]:
    """Characters of ``clean(s)`` that are not ASCII, Vietnamese letters or normal punctuation.

    Such characters are the mark of TCVN3/ABC (.VnTime) mojibake (rule N3):
    ``suspicious_chars("Uû ban nh©n d©n tØnh") == ['û', '©', 'Ø']``. The distinct
    offending characters are returned in order of first appearance; real
    Vietnamese text (NFC or NFD) gives ``[]``. Characters that ``clean`` repairs or
    removes (eth, NBSP, zero-width) are not reported.
    """
    return list(dict.fromkeys(ch for ch in clean(s) if not _is_normal(ch)))
