"""Vietnamese dates and year ranges (reference §2.4 date regexes, §4 rules D1, D2, D5).

Numeric dates are always day/month/year. Document date lines pad days 1–9 and
months 1–2 only ("ngày 05 tháng 02 năm 2020", "ngày 03 tháng 4 năm 2018").
"""

from __future__ import annotations

import re
from datetime import date

from portal.text.normalize import clean, translate_dashes

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_LONG = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE)
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
_YEAR_RANGE = re.compile(r"\s*((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})\s*")
_STYLES = ("long", "numeric", "table", "month", "day_month")


def _make(year: str, month: str, day: str) -> date | None:
    """``date(year, month, day)``, or None when that day does not exist."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_vn_date(s: str) -> date | None:
    """Read the first Vietnamese date in ``s``, or return None.

    Accepts "ngày 30/9/2020", "ngày 01-10-1997", "ngày 3.4.2018", "ngày06/5/2005",
    "Ngày 05 tháng 02 năm 2020", the same without "ngày", a header line such as
    "Đồng Tháp, ngày 05 tháng 3 năm 2024", and ISO "2021-10-22" (whole string).
    Impossible dates ("ngày 31/2/2020") give None.
    """
    text = translate_dashes(clean(s))
    iso = _ISO.fullmatch(text)
    if iso:
        return _make(*iso.groups())
    found = [m for m in (_NUMERIC.search(text), _LONG.search(text)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    if m.re is _NUMERIC:
        day, _, month, year = m.groups()
    else:
        day, month, year = m.groups()
    return _make(year, month, day)


def format_vn_date(d: date, style: str = "long") -> str:
    """Format ``d`` in one of the portal's date styles.

    * ``"long"`` — document date line (D1): "ngày 05 tháng 02 năm 2020", "ngày 22 tháng 10 năm 2021";
    * ``"numeric"`` — running text (D2): "30/9/2020";
    * ``"table"`` — dd/MM/yyyy: "05/02/2020";
    * ``"month"`` — "tháng 3 năm 2024";
    * ``"day_month"`` — "30/9".
    """
    if style == "long":
        month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
        return f"ngày {d.day:02d} tháng {month} năm {d.year}"
    if style == "numeric":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "table":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "month":
        return f"tháng {d.month} năm {d.year}"
    if style == "day_month":
        return f"{d.day}/{d.month}"
    raise ValueError(f"unknown date style {style!r}; expected one of {', '.join(_STYLES)}")


def format_vn_date_range(a: date, b: date) -> str:
    """Two dates in table style joined by a spaced en dash: "22/10/2021 – 31/12/2025"."""
    return f"{format_vn_date(a, 'table')} – {format_vn_date(b, 'table')}"


def parse_year_range(s: str) -> tuple[int, int] | None:
    """Read "2021-2026", "2021 – 2026" or "2021–2026" (any dash) as ``(2021, 2026)``.

    Returns None for anything else, or when the end year is before the start year.
    """
    m = _YEAR_RANGE.fullmatch(translate_dashes(clean(s)))
    if m is None:
        return None
    start, end = int(m[1]), int(m[2])
    return (start, end) if start <= end else None


def format_year_range(a: int, b: int) -> str:
    """Display form of a year range, with an en dash and no spaces: "2021–2026"."""
    return f"{a}–{b}"
