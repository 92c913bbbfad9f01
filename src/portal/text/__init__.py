"""Vietnamese text handling for the portal (see shared/reference/vietnamese-text.md).

* ``normalize`` — ``clean`` (NFC, Đ look-alikes, spaces, invisibles), mojibake detector, dash map;
* ``tones`` — ``canon_tones``: old/new tone placement (hòa/hoà), for keys only;
* ``keys`` — ``match_key`` (accent-sensitive), ``fold``/``fold_iy`` (accent-insensitive), tokens;
* ``symbols`` — document numbers ("số ký hiệu"), bare-number scan, citation extraction;
* ``dates`` — Vietnamese date parsing and formatting, year ranges;
* ``collate`` — Vietnamese alphabetical order and index headings;
* ``slug`` — ASCII slugs (also a Python-Markdown ``toc`` slugify);
* ``numbers`` — Babel ``vi`` grouping, money, Roman numerals, ordinals;
* ``re2_classes`` — Python's ``\\s``, ``\\d`` and ``re.IGNORECASE`` spelled for RE2 (one-pass first looks).
* ``html_escape`` — ``escape_html``: text made safe in HTML, as ``|e`` does, for templates and code.

Every function is pure; display text is only ever ``clean``-ed, never re-toned.
"""

from portal.text.collate import VIETNAMESE_ALPHABET, initial_letter, sort_key, vn_sorted
from portal.text.dates import (
    format_vn_date,
    format_vn_date_range,
    format_year_range,
    parse_vn_date,
    parse_year_range,
)
from portal.text.keys import fold, fold_iy, match_key, search_tokens
from portal.text.normalize import clean, suspicious_chars, translate_dashes
from portal.text.numbers import format_money, format_number, int_to_roman, ordinal_vi, roman_to_int
from portal.text.slug import slugify
from portal.text.symbols import (
    Citation,
    SymbolMatch,
    extract_refs,
    find_symbols,
    is_well_formed_symbol,
    loose_symbol_key,
    may_hold_number,
    normalize_symbol,
    symbol_family,
    symbol_key,
    symbol_year,
)
from portal.text.tones import canon_tones

__all__ = [
    "VIETNAMESE_ALPHABET",
    "Citation",
    "SymbolMatch",
    "canon_tones",
    "clean",
    "extract_refs",
    "find_symbols",
    "fold",
    "fold_iy",
    "format_money",
    "format_number",
    "format_vn_date",
    "format_vn_date_range",
    "format_year_range",
    "initial_letter",
    "int_to_roman",
    "is_well_formed_symbol",
    "loose_symbol_key",
    "match_key",
    "may_hold_number",
    "normalize_symbol",
    "ordinal_vi",
    "parse_vn_date",
    "parse_year_range",
    "roman_to_int",
    "search_tokens",
    "slugify",
    "sort_key",
    "suspicious_chars",
    "symbol_family",
    "symbol_key",
    "symbol_year",
    "translate_dashes",
    "vn_sorted",
]
