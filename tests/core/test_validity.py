"""Validity status is computed from dates and relations as of a given day."""

from __future__ import annotations

from datetime import date

import pytest

from portal.build import validate_data
from portal.model.vocab import Validity
from portal.validity import compute_validity, document_events
from tests.conftest import MakeProject


def _status(root, record_id: str, day: date) -> tuple[Validity, date | None]:
    catalog = validate_data(root).catalog
    assert catalog is not None
    report = compute_validity(catalog.get(record_id), catalog, day)
    return report.status, report.since


@pytest.mark.parametrize(
    ("record_id", "day", "expected", "since"),
    [
        # nq-15 replaces nq-05 from nq-15's effective date (2023-08-01)
        ("nq-05-2016-hdnd-mau", date(2016, 12, 31), Validity.NOT_YET, None),
        ("nq-05-2016-hdnd-mau", date(2017, 1, 1), Validity.IN_FORCE, date(2017, 1, 1)),
        ("nq-05-2016-hdnd-mau", date(2023, 7, 31), Validity.IN_FORCE, date(2017, 1, 1)),
        ("nq-05-2016-hdnd-mau", date(2023, 8, 1), Validity.ENDED, date(2023, 8, 1)),
        # nq-20 amends part of nq-15 from 2024-01-01
        ("nq-15-2023-hdnd-mau", date(2023, 7, 20), Validity.NOT_YET, None),
        ("nq-15-2023-hdnd-mau", date(2023, 12, 31), Validity.IN_FORCE, date(2023, 8, 1)),
        ("nq-15-2023-hdnd-mau", date(2024, 1, 1), Validity.PARTLY_ENDED, date(2024, 1, 1)),
        # no effective date: takes effect on the signing day
        ("qd-238-qd-tw-2020", date(2020, 9, 29), Validity.NOT_YET, None),
        ("qd-238-qd-tw-2020", date(2020, 9, 30), Validity.IN_FORCE, date(2020, 9, 30)),
    ],
)
def test_status_over_time(make_project: MakeProject, record_id: str, day: date, expected: Validity, since: date | None) -> None:
    assert _status(make_project(), record_id, day) == (expected, since)


def _with_relation(relation: str, extra: str = "") -> dict[str, str]:
    return {
        "data/resolutions/nq-20-2023-hdnd-mau.md": f"""---
id: nq-20-2023-hdnd-mau
so_ky_hieu: 20/2023/NQ-HĐND
trich_yeu: Văn bản tác động
co_quan_ban_hanh: hdnd-tinh-mau
ngay_ban_hanh: 2023-07-12
ngay_hieu_luc: 2024-01-01
ky_hop: ky-hop-thu-7-khoa-x
quan_he:
  - loai: {relation}
    van_ban: nq-15-2023-hdnd-mau
{extra}---
"""
    }


@pytest.mark.parametrize(
    ("relation", "extra", "expected"),
    [
        ("bai-bo", "", Validity.ENDED),
        ("bai-bo", "    pham_vi: Điều 3\n", Validity.PARTLY_ENDED),
        ("thay-the", "", Validity.ENDED),
        ("ngung-hieu-luc", "", Validity.SUSPENDED),
        ("ngung-hieu-luc", "    den_ngay: 2024-06-30\n", Validity.IN_FORCE),
        ("dinh-chinh", "", Validity.IN_FORCE),
        ("huong-dan-thi-hanh", "", Validity.IN_FORCE),
        ("bai-bo", "    tu_ngay: 2027-01-01\n", Validity.IN_FORCE),  # a future repeal does not end it yet
    ],
)
def test_relations_decide_status(make_project: MakeProject, relation: str, extra: str, expected: Validity) -> None:
    root = make_project(_with_relation(relation, extra))
    assert validate_data(root).ok
    status, _ = _status(root, "nq-15-2023-hdnd-mau", date(2024, 12, 1))
    assert status == expected


def test_expiry_date_ends_the_document(make_project: MakeProject) -> None:
    text = (make_project() / "data/resolutions/nq-15-2023-hdnd-mau.md").read_text(encoding="utf-8")
    root = make_project({"data/resolutions/nq-15-2023-hdnd-mau.md": text.replace("ngay_hieu_luc: 2023-08-01\n", "ngay_hieu_luc: 2023-08-01\nngay_het_hieu_luc: 2023-12-31\n"), "data/resolutions/nq-20-2023-hdnd-mau.md": None})
    assert _status(root, "nq-15-2023-hdnd-mau", date(2023, 12, 30)) == (Validity.IN_FORCE, date(2023, 8, 1))
    assert _status(root, "nq-15-2023-hdnd-mau", date(2023, 12, 31)) == (Validity.ENDED, date(2023, 12, 31))


def test_events_are_the_timeline_of_the_document(make_project: MakeProject) -> None:
    catalog = validate_data(make_project()).catalog
    events = document_events(catalog.get("nq-15-2023-hdnd-mau"), catalog)
    assert [(e.day.isoformat(), e.label, e.source_id) for e in events] == [
        ("2023-07-12", "Ban hành", None),
        ("2023-08-01", "Có hiệu lực", None),
        ("2024-01-01", "Được sửa đổi, bổ sung (khoản 2 Điều 3)", "nq-20-2023-hdnd-mau"),
    ]
