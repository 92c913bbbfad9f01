"""The "Lược đồ" of a document, the build report of citations, and validity over time with the
territorial scope of a merged province (reference §3.3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from portal.build import validate_data
from portal.links.diagram import document_diagram
from portal.links.report import citation_report, report_summary
from portal.validate.rules import FileLocator
from portal.validity import compute_validity, document_events, status_periods
from tests.conftest import MINI, MakeProject


def _groups(groups) -> list[tuple[str, str, list[str]]]:
    return [(g.key, g.label, [i.entry.id if i.entry else i.text for i in g.items]) for g in groups]


def test_diagram_groups_both_directions_with_counts() -> None:
    catalog = validate_data(MINI).catalog
    nq15 = document_diagram(catalog.get("nq-15-2023-hdnd-mau"), catalog, catalog.citations)
    assert _groups(nq15.outgoing) == [
        ("can-cu", "Căn cứ", ["qd-238-qd-tw-2020", "Luật Ngân sách nhà nước năm 2015"]),
        ("thay-the", "Thay thế", ["nq-05-2016-hdnd-mau"]),
    ]
    # nq-20 also cites nq-15 in its title; the declared amendment already says so
    assert _groups(nq15.incoming) == [("sua-doi-bo-sung", "Được sửa đổi, bổ sung bởi", ["nq-20-2023-hdnd-mau"])]
    assert (nq15.count(nq15.outgoing), nq15.count(nq15.incoming)) == (3, 1)
    qd238 = document_diagram(catalog.get("qd-238-qd-tw-2020"), catalog, catalog.citations)
    assert (_groups(qd238.outgoing), _groups(qd238.incoming)) == ([], [("can-cu", "Được dùng làm căn cứ cho", ["nq-15-2023-hdnd-mau"])])


NQ20 = """---
id: nq-20-2023-hdnd-mau
so_ky_hieu: 20/2023/NQ-HĐND
trich_yeu: Sửa đổi khoản 2 Điều 3 Nghị quyết 15/2023/NQ-HĐND
co_quan_ban_hanh: hdnd-tinh-mau
ngay_ban_hanh: 2023-07-12
ngay_hieu_luc: 2024-01-01
ky_hop: ky-hop-thu-7-khoa-x
tom_tat: Thay cho Nghị quyết số 15/NQ-HĐND.
du_lieu_minh_hoa: true
---
### Điều 1

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.
"""


def _doc(record_id: str, number: str, issued: str) -> str:
    return f"---\nid: {record_id}\nloai_van_ban: nghi-quyet\nso_ky_hieu: {number}\ntrich_yeu: Văn bản ban hành ngày {issued}\nco_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: {issued}\n---\n"


def test_report_lists_unknown_and_ambiguous_numbers_with_their_place(make_project: MakeProject) -> None:
    root = make_project({
        "data/resolutions/nq-20-2023-hdnd-mau.md": NQ20,
        "data/documents/nq-15-2022.md": _doc("nq-15-2022", "15/NQ-HĐND", "2022-03-01"),
        "data/documents/nq-15-2021.md": _doc("nq-15-2021", "15/NQ-HĐND", "2021-03-01"),
    })
    result = validate_data(root)
    assert result.ok, [i.format_text() for i in result.issues]
    rows = citation_report(result.catalog.citations)
    assert [r.format_text(FileLocator(root)) for r in rows] == [
        "data/resolutions/nq-20-2023-hdnd-mau.md:9:10: 'tom_tat': Nghị quyết số 15/NQ-HĐND ứng với nhiều văn bản trên cổng (nq-15-2021, nq-15-2022); "
        "cổng không đoán: ghi thêm ngày ban hành của văn bản được dẫn chiếu hoặc viết liên kết trực tiếp.",
        "data/resolutions/nq-20-2023-hdnd-mau.md:14:21: 'noi_dung': Nghị định số 30/2020/NĐ-CP được dẫn chiếu nhưng cổng chưa có văn bản này "
        "(không làm hỏng trang; thêm bản ghi nếu cần liên kết).",
    ]
    assert report_summary(rows) == "Dẫn chiếu: 1 lần dẫn số văn bản chưa có trên cổng, 1 lần dẫn số ứng với nhiều văn bản (xem trang Báo cáo dẫn chiếu)."


MERGED = {
    "data/bodies/hdnd-tinh-song-xanh.yml": "id: hdnd-tinh-song-xanh\nten: Hội đồng nhân dân tỉnh Sông Xanh\ncap: tinh\nloai: hdnd\ndia_ban: tỉnh Sông Xanh\nhoat_dong_den: 2025-06-30\n",
    "data/bodies/hdnd-tinh-moi.yml": ("id: hdnd-tinh-moi\nten: Hội đồng nhân dân tỉnh Mới\ncap: tinh\nloai: hdnd\nhoat_dong_tu: 2025-07-01\n"
                                      "tien_than:\n  - co_quan: hdnd-tinh-song-xanh\n    su_kien: hop-nhat\n    ngay: 2025-07-01\n"),
    "data/documents/nq-7-2024-song-xanh.md": ("---\nid: nq-7-2024-song-xanh\nloai_van_ban: nghi-quyet\nso_ky_hieu: 7/2024/NQ-HĐND\ntrich_yeu: Quy định mức hỗ trợ\n"
                                              "co_quan_ban_hanh: hdnd-tinh-song-xanh\nngay_ban_hanh: 2024-05-02\nngay_hieu_luc: 2024-05-15\n---\n"),
    "data/documents/nq-8-song-xanh-2024.md": ("---\nid: nq-8-song-xanh-2024\nloai_van_ban: nghi-quyet\nso_ky_hieu: 8/NQ-HĐND\ntrich_yeu: Phê chuẩn kết quả bầu cử\n"
                                              "co_quan_ban_hanh: hdnd-tinh-song-xanh\nngay_ban_hanh: 2024-05-02\n---\n"),
}


def _report(root: Path, record_id: str, day: date):
    catalog = validate_data(root).catalog
    return compute_validity(catalog.get(record_id), catalog, day)


def test_normative_resolution_of_a_merged_province_applies_only_within_the_former_province(make_project: MakeProject) -> None:
    root = make_project(MERGED)
    assert validate_data(root).ok
    assert _report(root, "nq-7-2024-song-xanh", date(2025, 6, 30)).label == "Còn hiệu lực"
    after = _report(root, "nq-7-2024-song-xanh", date(2026, 11, 21))
    assert (after.status.value, after.scope, after.label) == ("con-hieu-luc", "trong phạm vi tỉnh Sông Xanh cũ", "Còn hiệu lực (trong phạm vi tỉnh Sông Xanh cũ)")
    catalog = validate_data(root).catalog
    entry = catalog.get("nq-7-2024-song-xanh")
    assert [(e.day.isoformat(), e.label, e.source_id) for e in document_events(entry, catalog)] == [
        ("2024-05-02", "Ban hành", None),
        ("2024-05-15", "Có hiệu lực", None),
        ("2025-07-01", "Hợp nhất đơn vị hành chính: văn bản chỉ còn áp dụng trong phạm vi tỉnh Sông Xanh cũ, đến khi được thay thế", "hdnd-tinh-moi"),
    ]
    assert [(p.start.isoformat(), p.label) for p in status_periods(entry, catalog)] == [
        ("2024-05-15", "Còn hiệu lực"),
        ("2025-07-01", "Còn hiệu lực (trong phạm vi tỉnh Sông Xanh cũ)"),
    ]
    # a non-normative resolution (no year in its number) is not a rule for a territory
    assert _report(root, "nq-8-song-xanh-2024", date(2026, 11, 21)).label == "Còn hiệu lực"


def test_the_new_province_replacing_it_ends_it(make_project: MakeProject) -> None:
    root = make_project({**MERGED, "data/documents/nq-3-2026-moi.md": (
        "---\nid: nq-3-2026-moi\nloai_van_ban: nghi-quyet\nso_ky_hieu: 3/2026/NQ-HĐND\ntrich_yeu: Quy định mức hỗ trợ chung\n"
        "co_quan_ban_hanh: hdnd-tinh-moi\nngay_ban_hanh: 2026-03-02\nngay_hieu_luc: 2026-04-01\n"
        "quan_he:\n  - loai: thay-the\n    van_ban: nq-7-2024-song-xanh\n---\n")})
    assert validate_data(root).ok
    report = _report(root, "nq-7-2024-song-xanh", date(2026, 11, 21))
    assert (report.label, report.since) == ("Hết hiệu lực toàn bộ", date(2026, 4, 1))
    catalog = validate_data(root).catalog
    assert [(p.start.isoformat(), p.label) for p in status_periods(catalog.get("nq-7-2024-song-xanh"), catalog)] == [
        ("2024-05-15", "Còn hiệu lực"),
        ("2025-07-01", "Còn hiệu lực (trong phạm vi tỉnh Sông Xanh cũ)"),
        ("2026-04-01", "Hết hiệu lực toàn bộ"),
    ]
