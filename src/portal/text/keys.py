"""Search and comparison keys (reference §1.2 rule T4, §1.3 rules F1–F3).

Index every searchable field twice and rank ``match_key`` hits above hits that
only match on ``fold``/``fold_iy``:

* ``match_key`` is accent-sensitive but tone-placement-insensitive:
  "Tỉnh uỷ" = "Tỉnh ủy" = "TỈNH ỦY", while "Hòa" ≠ "Hoa";
* ``fold`` is accent-insensitive: "ho tro dau tu" = "hỗ trợ đầu tư".
"""

from __future__ import annotations

import re
import unicodedata

from portal.text.normalize import clean, translate_dashes
from portal.text.tones import canon_tones

_D_MAP = str.maketrans("đĐ", "dD")
# Rule T4: a lone open "y" after a consonant onset (lý, kỹ, Mỹ, sỹ, tỷ, hy) → "i"; "qui" → "quy".
_IY = re.compile(r"(?<![^\W\d_])(ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdghklmnprstvx])y(?![^\W\d_])")
_QUI = re.compile(r"(?<![^\W\d_])qui(?![^\W\d_])")
# search_tokens: a chain that starts with a digit, or a plain run of letters and digits.
_TOKEN = re.compile(
    r"\d[^\W_]*(?:[/\-.,][^\W_]+)*"                      # 15/2023/nq-hdnd, 238-qd/tw, 1.234,5, 30/9/2020
    r"|[^\W\d_]+(?:\d+(?![/\-.,]?[^\W_]))?"              # words; qh15 stays whole, so82/... splits after "so"
)
_DIGIT_CHAIN_SPLIT = re.compile(r"[/\-]")


def match_key(s: str) -> str:
    """Accent-sensitive comparison key: ``clean`` → ``canon_tones(old)`` → casefold, NFC."""
    return unicodedata.normalize("NFC", canon_tones(clean(s), "old").casefold())


def fold(s: str) -> str:
    """Accent-insensitive key (rule F1): every mark removed, đ → d, casefolded; punctuation kept.

    ``fold("Hỗ trợ đầu tư") == "ho tro dau tu"``; ``fold("15/2023/NQ-HĐND") == "15/2023/nq-hdnd"``.
    """
    decomposed = unicodedata.normalize("NFD", clean(s).casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped.translate(_D_MAP))


def fold_iy(s: str) -> str:
    """``fold`` plus the i/y spelling merge of rule T4.

    A lone open ``y`` after a consonant onset becomes ``i`` (quản lý/lí → ``quan li``,
    chiến sỹ → ``chien si``) and ``qui`` becomes ``quy``; quý, thủy, tay, dây and a
    bare ý are left alone.
    """
    return _QUI.sub("quy", _IY.sub(r"\1i", fold(s)))


def search_tokens(s: str) -> list[str]:
    """Split a folded or match-keyed text into search tokens, in order.

    Tokens are runs of letters and digits; everything else separates them. Dash
    look-alikes are read as ``-`` first. A chain of letters/digits joined by ``/``,
    ``-``, ``.`` or ``,`` that starts with a digit is one token when it contains a
    letter (document numbers: ``15/2023/nq-hdnd``, ``238-qd/tw``, ``1234/ubnd-vx``)
    or when it is a number with ``.``/``,`` separators (``1.234,5``); a chain of
    digits joined by ``/`` or ``-`` (dates such as ``30/9/2020``, year ranges such as
    ``2021-2026``) is split into its numbers, so "2026" finds "2021-2026". Letters
    directly followed by a number are one token (``qh15``) unless that number starts
    a chain (``so82/2005/qd-ubnd`` → ``so``, ``82/2005/qd-ubnd``). Input is not
    re-folded: pass ``fold(...)`` or ``match_key(...)`` output.
    """
    tokens: list[str] = []
    for tok in _TOKEN.findall(translate_dashes(s)):
        if tok[0].isdigit() and not any(ch.isalpha() for ch in tok) and _DIGIT_CHAIN_SPLIT.search(tok):
            tokens += [part for part in _DIGIT_CHAIN_SPLIT.split(tok) if part]
        else:
            tokens.append(tok)
    return tokens
