"""Compact text encodings shared with the JS client.

* Posting lists are ascending document ids written as gaps in a base-64
  variable-length code: each character carries 5 bits; characters 32–63 say
  "more follows". A gap of 1 (consecutive ids) is the character ``0``, so the
  lists of the commonest syllables — present in nearly every page — become long
  runs of ``0`` that gzip shrinks to almost nothing.
* Terms are assigned to shards by 32-bit FNV-1a over their UTF-8 bytes.

* A set more than half full is written as its complement, prefixed ``~``:
  the list of a syllable found in 95 % of the pages costs what a 5 % one does.
* A term's postings are two such sets: the pages that contain it, and — as
  positions in that first list — those that have it in the title zone.

``assets/search.js`` has the decoders (``decodeIds``, ``decodeSet``,
``fnv1a``); the tests check both sides on the same values.
"""

from __future__ import annotations

from collections.abc import Iterable

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
_FNV_OFFSET = 0x811C9DC5
_FNV_PRIME = 0x01000193


def encode_ids(ids: Iterable[int]) -> str:
    """Encode ascending, distinct, non-negative ids as a gap string.

    >>> encode_ids([0, 1, 2, 40])
    '000b1'
    """
    out: list[str] = []
    prev = -1
    for doc_id in ids:
        gap = doc_id - prev - 1
        if gap < 0:
            raise ValueError(f"ids must be ascending and distinct: {prev} then {doc_id}")
        while gap >= 32:
            out.append(ALPHABET[32 + (gap & 31)])
            gap >>= 5
        out.append(ALPHABET[gap])
        prev = doc_id
    return "".join(out)


def decode_ids(code: str) -> list[int]:
    """Inverse of `encode_ids`."""
    ids: list[int] = []
    prev = -1
    value = 0
    shift = 0
    for ch in code:
        digit = ALPHABET.index(ch)
        if digit >= 32:
            value |= (digit - 32) << shift
            shift += 5
            continue
        value |= digit << shift
        prev = prev + value + 1
        ids.append(prev)
        value = 0
        shift = 0
    return ids


def encode_set(values: list[int], universe: int) -> str:
    """Ascending distinct ``values`` from ``range(universe)``; complemented (``~``) when denser."""
    if 2 * len(values) <= universe:
        return encode_ids(values)
    present = set(values)
    return "~" + encode_ids(i for i in range(universe) if i not in present)


def decode_set(code: str, universe: int) -> list[int]:
    """Inverse of `encode_set`."""
    if not code.startswith("~"):
        return decode_ids(code)
    absent = set(decode_ids(code[1:]))
    return [i for i in range(universe) if i not in absent]


def encode_postings(codes: list[int], total: int) -> list[str]:
    """Postings ``doc_id * 2 + in_title`` (ascending) → ``[pages, title positions]``.

    ``pages`` is the set of document ids among ``total`` documents; ``title
    positions`` are indexes into that list of the documents that have the term
    in the title zone.
    """
    ids = [c >> 1 for c in codes]
    title_positions = [k for k, c in enumerate(codes) if c & 1]
    return [encode_set(ids, total), encode_set(title_positions, len(ids))]


def decode_postings(pair: list[str], total: int) -> tuple[list[int], list[int]]:
    """Inverse of `encode_postings`: ``(all ids, title-zone ids)``."""
    ids = decode_set(pair[0], total)
    return ids, [ids[k] for k in decode_set(pair[1], len(ids))]


def encode_small(value: int, width: int) -> str:
    """A non-negative int below ``64**width`` in exactly ``width`` characters."""
    if not 0 <= value < 64**width:
        raise ValueError(f"{value} does not fit in {width} base-64 characters")
    chars = []
    for _ in range(width):
        chars.append(ALPHABET[value & 63])
        value >>= 6
    return "".join(chars)


def width_for(count: int) -> int:
    """Characters needed by `encode_small` for values ``0..count``."""
    width = 1
    while count >= 64**width:
        width += 1
    return width


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes of ``text``."""
    h = _FNV_OFFSET
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * _FNV_PRIME) & 0xFFFFFFFF
    return h
