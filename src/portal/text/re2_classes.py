"""Python's Unicode classes of regular expressions, spelled for RE2 (google-re2).

RE2 looks through a text once for any number of patterns at the same time (a DFA), where
Python's ``re`` tries each pattern at each position. Its ``\\s`` and ``\\d`` are ASCII, though, and
its case folding is not quite Python's: a pattern that must match wherever one of Python's
matches (a first look, which Python's patterns then confirm) spells them out with these.
Tests hold each to the characters Python's take.
"""

from __future__ import annotations

import re

# Python's \s (str.isspace, with the four ASCII separators \x1c-\x1f)
SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
DIGIT = r"\p{Nd}"  # Python's \d: the decimal digits of every script
LATIN_ANY_CASE = r"[A-Za-zİıſ\x{212a}]"  # Python's [A-Za-z] under re.IGNORECASE

_IGNORECASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}  # what re.IGNORECASE takes for these letters too


def any_case(words: str) -> str:
    """``words`` for RE2 as ``re.IGNORECASE`` reads them: each letter a class of both its cases
    and what Python takes for it besides (ſ for an s, ı and İ for an i, the Kelvin sign for a k)."""
    out = []
    for ch in words:
        same = sorted({c for c in (ch, ch.lower(), ch.upper(), *_IGNORECASE_EXTRA.get(ch.lower(), "")) if len(c) == 1})
        out.append(f"[{''.join(same)}]" if len(same) > 1 else re.escape(ch))
    return "".join(out)


def one_of(*words: str) -> str:
    """Any of ``words``, as :func:`any_case` spells them."""
    return "(?:" + "|".join(any_case(w) for w in words) + ")"
