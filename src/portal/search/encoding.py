"""Compact text encodings shared with the JS client.

* Posting lists are ascending document ids written as gaps in a base-64
  variable-length code: each character carries 5 bits; characters 32–63 say
  "more follows". A gap of 1 (consecutive ids) is the character ``0``, so the
  lists of the commonest syllables — present in nearly every page — become long
  runs of ``0`` that gzip shrinks to almost nothing.
* Terms are assigned to shards by 32-bit FNV-1a over their UTF-8 bytes.

``assets/search.js`` has the decoders (``decodeIds``, ``fnv1a``); the tests
check both sides on the same values.
"""

from __future__ import annotations

from collections.abc import Iterable

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
_FNV_OFFSET = 0x811C9DC5
_FNV_PRIME = 0x01000193


def encode_ids(ids: Iterable[int]) -> str:
    """Encode ascending, distinct, non-negative ids as a gap string.

    >>> encode_ids([0, 1, 2, 40])
    '000V0'
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
