"""Find the document numbers in a piece of prose and say which ones can become links.

Numbers and citations come from :func:`portal.text.find_symbols` (the exact span of each
number, with the spelling variants of reference §2.4–2.5) and :func:`portal.text.extract_refs`
(the type word, date and issuer around it). A typed citation is linked from its type word
("Nghị quyết số 15/2023/NQ-HĐND"), a bare number on the number alone.

Markdown is respected: nothing inside code, URLs or HTML tags counts; numbers inside an
existing link or a heading count as citations (for the lists and back-references) but are
not linked again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portal.text import Citation, clean, extract_refs, find_symbols, may_hold_number

# (pattern, counted): regions whose numbers are ignored (counted=False) or counted but never linked.
_REGIONS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S), False),  # fenced code
    (re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S), False),                                       # code span
    (re.compile(r"<!--.*?-->", re.S), False),                                                      # HTML comment
    (re.compile(r"</?[A-Za-z][^<>\n]*>"), False),                                                  # HTML tag, autolink
    (re.compile(r"https?://[^\s<>()\[\]]+"), False),                                               # bare URL
    (re.compile(r"!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?:\([^()\n]*\)|\[[^\[\]\n]*\])"), True),     # existing link
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M), False),                                 # link definition
    (re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$", re.M), True),                               # ATX heading
)


@dataclass(frozen=True)
class Found:
    """One cited number in ``clean(text)``: where it is, where its link would go, what it says."""

    citation: Citation
    start: int          # span of the number itself
    end: int
    link_start: int     # span to turn into a link (type word + number, or the number)
    linkable: bool      # False inside an existing link or a heading


def _regions(text: str) -> list[tuple[int, int, bool]]:
    return sorted((m.start(), m.end(), counted) for pattern, counted in _REGIONS for m in pattern.finditer(text))


def _covering(regions: list[tuple[int, int, bool]], start: int, end: int) -> list[bool]:
    return [counted for a, b, counted in regions if a < end and start < b]


def find_citations(text: str) -> list[Found]:
    """Every counted document number in ``text`` (Markdown or plain), in order.

    Offsets index into ``clean(text)``, which is ``text`` itself for loaded records.
    """
    if not may_hold_number(text):  # most prose: spares clean() and the scan of Markdown's regions
        return []
    work = clean(text)
    numbers = find_symbols(work)
    if not numbers:
        return []
    refs = extract_refs(work)
    regions = _regions(work)
    found: list[Found] = []
    for number in numbers:
        hits = _covering(regions, number.start, number.end)
        if False in hits:
            continue
        ref = next((c for c in refs if c.start <= number.start and number.end <= c.end and c.symbol == number.symbol), None)
        if ref is None:  # pragma: no cover - extract_refs covers every bare number
            continue
        link_start = ref.start if ref.doc_type else number.start
        if link_start < number.start and _covering(regions, link_start, number.start):
            link_start = number.start  # the type word sits in a link or heading: link the number only
        found.append(Found(ref, number.start, number.end, link_start, linkable=not hits))
    return found
