"""Document numbers ("số, ký hiệu") and citations (reference §2).

State numbers (NĐ 30/2020): ``15/2023/NQ-HĐND`` (normative, year inside),
``42/KH-UBND``, ``1234/UBND-VX``. Party numbers (HD 36-HD/VPTW): ``238-QĐ/TW``,
``42-KH/BTGTU-HĐND-UBND-VKSND-TAND``. A number is not an identity: combine
``symbol_key`` with the issuer and the year (state) or issue date/term (Party).

Offsets (``start``/``end``) returned by ``find_symbols`` and ``extract_refs`` index
into ``clean(text)``, which is ``text`` itself for text that was cleaned on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from portal.text.dates import parse_vn_date
from portal.text.keys import fold
from portal.text.normalize import clean, translate_dashes

Family = Literal["state", "party"]

# --- patterns (§2.4); run on clean() + translate_dashes() text -------------------------
_L = "A-Za-zĐđ"
_U = "A-ZĐ"
_GROUP = rf"[{_U}][{_L}0-9]*"                 # NQ, HĐND, TTg, QĐi, BCĐ35, QH15
_SEP = r"[ \t]*-[ \t]*"                      # hyphen, spaces tolerated around it
_SLASH = r"[ \t]*/[ \t]*"
_STATE = (rf"(?P<snum>\d{{1,5}}){_SLASH}"
          rf"(?:(?P<year>(?:19|20)\d{{2}})[ \t]*(?P<ysep>[/\-])[ \t]*)?"
          rf"(?P<ssym>{_GROUP}(?:{_SEP}{_GROUP})*)")
_PARTY = (rf"(?P<pnum>\d{{1,5}}){_SEP}(?P<ptype>[{_U}][{_L}]{{0,4}}){_SLASH}"
          rf"(?P<pissuer>{_GROUP}(?:{_SEP}{_GROUP})*)")
_NUMBER = rf"(?:{_STATE}|{_PARTY})(?!\w)"
_NUMBER_FULL = re.compile(rf"{_NUMBER}$")
# A bare number must not continue a word, a number or a date; "số82/…" is allowed.
_BARE = re.compile(rf"(?:(?<=[Ss][ốỐ])|(?<![\w/.,\-])){_NUMBER}")
_SO_PREFIX = re.compile(r"^\s*(?i:số)\s*:?\s*")

# Every number ends its digits (its own, or its year's) with a slash or a dash of any look-alike
# kind (§2.4), maybe with spaces or the invisible characters `clean` removes around it, then a
# letter: a cheap test, on the text as it comes, that spares the full scan most prose, dates
# ("30/9/2020") and year ranges ("2021–2025") included. It lets through more than the scan takes
# (any letter, not only a capital); property tests hold it to never letting through less.
_GAP = r"[\s\u200b-\u200d\u2060\ufeff\u00ad]*"
_SEPARATOR = r"[/\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u001e\u2044\u2215\uff0f]"
_MAYBE_NUMBER = re.compile(rf"\d{_GAP}{_SEPARATOR}{_GAP}[^\W\d_]")


def may_hold_number(text: str) -> bool:
    """False when ``text`` surely holds no document number (most prose): the quick test above."""
    return _MAYBE_NUMBER.search(text) is not None


# --- typed citations -----------------------------------------------------------------
_TYPES = sorted((
    "Nghị quyết liên tịch", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận",
    "Quy chế", "Quy định", "Thông tư liên tịch", "Thông tư", "Thông tri", "Thông cáo",
    "Thông báo kết luận", "Thông báo", "Hướng dẫn liên tịch", "Hướng dẫn",
    "Chương trình hành động", "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án",
    "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng", "Công điện", "Công văn", "Văn bản hợp nhất",
    "Văn bản", "Giấy mời", "Giấy giới thiệu", "Giấy ủy quyền", "Giấy uỷ quyền", "Giấy nghỉ phép",
    "Bản ghi nhớ", "Bản thỏa thuận", "Bản thoả thuận", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo",
    "Bản sao y", "Bản trích sao", "Bản sao lục", "Luật", "Pháp lệnh", "Lệnh",
), key=len, reverse=True)
_TYPE = "(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _TYPES) + r")(?![^\W\d_])"
_WORD_END = r"(?![^\W\d_])"
# A date right after the number: "ngày 30/9/2020", "ngày 01-10-1997", "ngày 12 tháng 7 năm 2023".
_DATE = (r"(?i:ngày)\s*(?:\d{1,2}\s*(?P<dsep>[/.\-])\s*\d{1,2}\s*(?P=dsep)\s*\d{4}"
         r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4})(?!\d)")
_STOP = (r"(?i:về|v/v|quy\s+định|ban\s+hành|ngày|phê\s+duyệt|sửa\s+đổi|thực\s+hiện|đã|số)"
         + _WORD_END)
_ISSUER_WORD = rf"(?!{_STOP})[^\s,;:.()\[\]\"“”…!?]+"


def _issuer(name: str) -> str:
    """Pattern for "của <issuer>" with the issuer in group ``name`` (at most 15 words)."""
    return rf"(?i:của)\s+(?P<{name}>{_ISSUER_WORD}(?:[ \t]+{_ISSUER_WORD}){{0,14}})"


# Words between the type and "số": "Kế hoạch phối hợp số …", "Luật Tổ chức … số 72/2025/QH15".
_DESC_WORD = rf"(?!(?i:của|số){_WORD_END})(?!{_TYPE})[^\W\d_]+"
_REF = re.compile(
    rf"(?<![^\W\d_])(?P<type>{_TYPE})"
    rf"(?:(?:[ \t]+{_DESC_WORD}){{0,8}}(?:\s+{_issuer('pre')})?\s+(?i:số)\s*:?\s*"
    rf"|\s*(?:(?i:số)\s*:?\s*)?)"
    rf"(?P<number>{_NUMBER})"
)
_TAIL = re.compile(
    rf"(?:\s*,?\s*(?P<date>{_DATE}))?"
    rf"(?:\s*,?\s*{_issuer('issuer')})?"
    rf"(?:\s*,?\s*(?P<date2>{_DATE.replace('dsep', 'dsep2')}))?"
)


@dataclass(frozen=True)
class SymbolMatch:
    """A document number found in text; ``start``/``end`` index into ``clean(text)``."""

    start: int
    end: int
    raw: str            # the matched slice of clean(text), as printed
    symbol: str         # normalize_symbol(raw)
    family: Family


@dataclass(frozen=True)
class Citation:
    """A cited document: type word as written, number, date and issuer when given."""

    doc_type: str | None    # "Quyết định", "công văn"…; None for a bare number
    symbol: str             # display form (normalize_symbol)
    family: Family | None
    date: date | None
    issuer: str | None      # text after "của", stripped
    start: int              # span of the citation in clean(text)
    end: int


# Numbers are normalised, keyed and parsed many times over in every build (validation, the
# index of numbers, statuses) and again at every preview: the answers, pure functions of a short
# string, are kept for the 65,536 numbers used last (a few megabytes); older ones are worked out again.
_NUMBERS_KEPT = 1 << 16


@lru_cache(maxsize=_NUMBERS_KEPT)
def normalize_symbol(s: str) -> str:
    """Display form of a number: cleaned, dash look-alikes → ``-``, whitespace removed.

    A leading "Số:" and surrounding ``.,;:`` are dropped; case is kept as printed
    (``TTg``, ``QĐi``). ``"15 / 2023 / NQ – HÐND"`` → ``"15/2023/NQ-HĐND"``.
    """
    s = _SO_PREFIX.sub("", translate_dashes(clean(s)))
    return "".join(s.split()).strip(".,;:")


@lru_cache(maxsize=_NUMBERS_KEPT)
def _parse(s: str) -> re.Match[str] | None:
    """Match a normalised number against the state or Party shape."""
    return _NUMBER_FULL.match(normalize_symbol(s))


@lru_cache(maxsize=_NUMBERS_KEPT)
def symbol_key(s: str) -> str:
    """Comparison key: normalised, number without leading zeros, year separator ``/``, upper case.

    Đ stays distinct from D: ``symbol_key("05/KH-UBND") == symbol_key("5/kh-ubnd") == "5/KH-UBND"``,
    but ``12/ĐA-UBND`` and ``12/DA-UBND`` get different keys. Strings that are not
    numbers are only normalised and upper-cased.
    """
    norm = normalize_symbol(s)
    m = _NUMBER_FULL.match(norm.upper())
    if m is None:
        return re.sub(r"^0+(?=\d)", "", norm).upper()
    if m["snum"]:
        year = f"{m['year']}/" if m["year"] else ""
        return f"{int(m['snum'])}/{year}{m['ssym']}".upper()
    return f"{int(m['pnum'])}-{m['ptype']}/{m['pissuer']}".upper()


def loose_symbol_key(s: str) -> str:
    """ASCII-folded fallback key (Đ → D): ``12/ĐA-UBND`` and ``12/DA-UBND`` collide.

    Use only as a fallback lookup that returns every candidate and flags ambiguity.
    """
    return fold(symbol_key(s)).upper()


@lru_cache(maxsize=_NUMBERS_KEPT)
def symbol_family(s: str) -> Family | None:
    """``"state"`` for ``15/2023/NQ-HĐND``-shaped numbers, ``"party"`` for ``238-QĐ/TW``, else None."""
    m = _parse(s)
    if m is None:
        return None
    return "state" if m["snum"] else "party"


@lru_cache(maxsize=_NUMBERS_KEPT)
def symbol_year(s: str) -> int | None:
    """The year written inside a state normative number (``15/2023/NQ-HĐND`` → 2023), else None."""
    m = _parse(s)
    return int(m["year"]) if m is not None and m["year"] else None


def _plausible(m: re.Match[str]) -> bool:
    """Bare-scan rule (§2.4): a state number without a year needs ≥ 2 groups or a group
    opening with ≥ 2 capitals; this rejects 100/ha, 30/9/2020, 2021-2026, 1.234,5."""
    if not m["snum"] or m["year"]:
        return True
    sym = m["ssym"]
    return "-" in sym or re.match(rf"[{_U}]{{2}}", sym) is not None


def is_well_formed_symbol(s: str) -> bool:
    """True if ``s`` is written exactly as the rules ask: no spaces, ASCII ``-`` and ``/``,
    no eth, year followed by ``/``, groups opening with a capital, and not a shape the
    bare scan rejects (``5/A``). Leading zeros are allowed (``05/KH-UBND``)."""
    m = _NUMBER_FULL.match(s)
    return (m is not None and s == normalize_symbol(s) and m["ysep"] != "-" and _plausible(m))


def find_symbols(text: str) -> list[SymbolMatch]:
    """Every plausible bare document number in ``text``, in order (offsets into ``clean(text)``).

    Finds header lines ("Số: 05/KH-UBND"), numbers after a name ("Luật … số 72/2025/QH15")
    and numbers glued to "số" ("số82/2005/QĐ-UBND"); rejects dates, year ranges,
    decimals and units such as ``100/ha``.
    """
    if not may_hold_number(text):
        return []
    return _scan_symbols(clean(text))


def _scan_symbols(cleaned: str) -> list[SymbolMatch]:
    """:func:`find_symbols` without the quick test (the property tests compare the two)."""
    out: list[SymbolMatch] = []
    for m in _BARE.finditer(translate_dashes(cleaned)):
        if _plausible(m):
            raw = cleaned[m.start():m.end()]
            out.append(SymbolMatch(m.start(), m.end(), raw, normalize_symbol(raw),
                                   "state" if m["snum"] else "party"))
    return out


def extract_refs(text: str) -> list[Citation]:
    """Citations in ``text``, in order, found in two passes (§2.4).

    Pass 1 reads typed citations: a type word (case-insensitive, as written), optional
    words and a Party-style "của <issuer>" before the number, "số" (space after it
    optional), the number, then optionally ", ngày <date>" and "của <issuer>" (the
    issuer stops at về, V/v, quy định, ban hành, ngày, punctuation…). Pass 2 adds the
    bare numbers of ``find_symbols`` that pass 1 did not cover, with ``doc_type=None``
    and any date/issuer that follows them.
    """
    cleaned = clean(text)
    work = translate_dashes(cleaned)
    refs: list[Citation] = []
    covered: list[tuple[int, int]] = []
    for m in _REF.finditer(work):
        refs.append(_citation(work, m, m["type"], m["pre"]))
        covered.append((m.start("number"), m.end("number")))
    for sm in find_symbols(cleaned):
        if not any(a < sm.end and sm.start < b for a, b in covered):
            bare = _NUMBER_FULL.match(work, sm.start, sm.end)
            if bare is not None:
                refs.append(_citation(work, bare, None, None))
    return sorted(refs, key=lambda c: c.start)


def _citation(work: str, m: re.Match[str], doc_type: str | None, pre_issuer: str | None) -> Citation:
    """Build a Citation from a number match, reading the date/issuer tail after it."""
    number = m["number"] if "number" in m.re.groupindex else m.group()
    tail = _TAIL.match(work, m.end())
    assert tail is not None  # every part of _TAIL is optional
    when = tail["date"] or tail["date2"]
    issuer = tail["issuer"] or pre_issuer
    return Citation(
        doc_type=" ".join(doc_type.split()) if doc_type else None,
        symbol=normalize_symbol(number),
        family=symbol_family(number),
        date=parse_vn_date(when) if when else None,
        issuer=issuer.strip() if issuer else None,
        start=m.start(),
        end=tail.end(),  # == m.end() when neither date nor issuer follows
    )
