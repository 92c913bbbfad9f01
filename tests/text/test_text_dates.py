"""portal.text.dates: §5 parse/format tables, D1/D2/D5 styles, year ranges."""

from datetime import date

import pytest

from portal.text import format_vn_date, format_vn_date_range, format_year_range, parse_vn_date, parse_year_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 30/9/2020", date(2020, 9, 30)),
        ("ngày 22 tháng 10 năm 2021", date(2021, 10, 22)),
        ("ngày 01-10-1997", date(1997, 10, 1)),
        ("Ngày 05 tháng 02 năm 2020", date(2020, 2, 5)),
        ("ngày 3.4.2018", date(2018, 4, 3)),
        ("ngày06/5/2005", date(2005, 5, 6)),
        ("ngày 31/2/2020", None),
        # bare forms, ISO, header line
        ("30/9/2020", date(2020, 9, 30)),
        ("22 tháng 10 năm 2021", date(2021, 10, 22)),
        ("2021-10-22", date(2021, 10, 22)),
        ("Đồng Tháp, ngày 05 tháng 3 năm 2024", date(2024, 3, 5)),
        ("NGÀY 25 THÁNG 10 NĂM 2018", date(2018, 10, 25)),
        ("ngày 30\u20139\u20132020", date(2020, 9, 30)),
        ("ngày 30/9-2020", None),          # mixed separators
        ("30/9/20", None),                 # two-digit year
        ("ngày tháng 3 năm 2024", None),   # blank day in a draft header
        ("2021-02-30", None),
        ("", None),
    ],
)
def test_parse_vn_date(text, expected):
    assert parse_vn_date(text) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2020, 2, 5), "ngày 05 tháng 02 năm 2020"),
        (date(2018, 4, 3), "ngày 03 tháng 4 năm 2018"),
        (date(2021, 10, 22), "ngày 22 tháng 10 năm 2021"),
        (date(2021, 1, 1), "ngày 01 tháng 01 năm 2021"),
        (date(2020, 3, 2), "ngày 02 tháng 3 năm 2020"),
        (date(2024, 12, 9), "ngày 09 tháng 12 năm 2024"),
    ],
)
def test_format_long(d, expected):
    assert format_vn_date(d, "long") == expected
    assert format_vn_date(d) == expected
    assert parse_vn_date(expected) == d


@pytest.mark.parametrize(
    ("style", "expected"),
    [("numeric", "5/2/2020"), ("table", "05/02/2020"), ("month", "tháng 2 năm 2020"), ("day_month", "5/2")],
)
def test_format_styles(style, expected):
    assert format_vn_date(date(2020, 2, 5), style) == expected


@pytest.mark.parametrize(
    ("d", "style", "expected"),
    [(date(2020, 9, 30), "numeric", "30/9/2020"), (date(2021, 10, 22), "table", "22/10/2021"),
     (date(2024, 3, 1), "month", "tháng 3 năm 2024"), (date(2020, 9, 30), "day_month", "30/9")],
)
def test_format_more(d, style, expected):
    assert format_vn_date(d, style) == expected


def test_format_unknown_style():
    with pytest.raises(ValueError, match="unknown date style"):
        format_vn_date(date(2020, 1, 1), "short")


def test_format_range():
    assert format_vn_date_range(date(2021, 10, 22), date(2025, 12, 31)) == "22/10/2021 – 31/12/2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2021-2026", (2021, 2026)), ("2021 – 2026", (2021, 2026)), ("2021–2026", (2021, 2026)),
     ("2022 - 2026", (2022, 2026)), ("2026-2021", None), ("2021", None), ("nhiệm kỳ 2021-2026", None)],
)
def test_parse_year_range(text, expected):
    assert parse_year_range(text) == expected


def test_format_year_range():
    assert format_year_range(2021, 2026) == "2021–2026"
