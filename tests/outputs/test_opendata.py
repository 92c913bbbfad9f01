"""Open data: every JSON file valid against its JSON Schema; every CSV round-trips every value."""

from __future__ import annotations

import json
import unicodedata

from portal.model.registry import RECORD_KINDS
from portal.outputs.opendata import record_columns
from portal.site import urls
from tests.conftest import MINI, MakeProject
from tests.links.test_diagram_report_scope import NQ20, _doc
from tests.outputs.conftest import SITE_URL, decode_cell, publish, read_csv, validation_errors


def test_every_json_file_is_valid_against_its_schema(assets: dict[str, bytes]) -> None:
    assert validation_errors(assets) == {}


def test_a_json_file_that_breaks_its_schema_is_caught(assets: dict[str, bytes]) -> None:
    twin = json.loads(assets["nghi-quyet/nq-15-2023-hdnd-mau.json"])
    twin["ban_ghi"]["ngay_ban_hanh"] = "12/7/2023"
    twin["tinh_trang"] = "?"
    broken = {**assets, "nghi-quyet/nq-15-2023-hdnd-mau.json": json.dumps(twin).encode()}
    assert len(validation_errors(broken)["nghi-quyet/nq-15-2023-hdnd-mau.json"]) == 2


def test_every_record_page_has_a_json_twin_with_what_the_portal_derives(assets: dict[str, bytes]) -> None:
    twins = sorted(k for k in assets if k.endswith(".json") and not k.startswith("du-lieu/"))
    assert twins == [
        "co-quan/ban-bi-thu.json", "co-quan/hdnd-tinh-mau.json", "co-quan/ubnd-tinh-mau.json",
        "ky-hop/ky-hop-thu-2-khoa-ix.json", "ky-hop/ky-hop-thu-7-khoa-x.json",
        "nghi-quyet/nq-05-2016-hdnd-mau.json", "nghi-quyet/nq-15-2023-hdnd-mau.json", "nghi-quyet/nq-20-2023-hdnd-mau.json",
        "tra-cuu/doi-tuong/doanh-nghiep.json", "tra-cuu/linh-vuc/dau-tu.json",
        "van-ban/qd-238-qd-tw-2020.json",
    ]
    twin = json.loads(assets["nghi-quyet/nq-15-2023-hdnd-mau.json"])
    assert twin["$schema"] == f"{SITE_URL}du-lieu/schema/resolution.twin.schema.json"
    assert twin["duong_dan"] == f"{SITE_URL}nghi-quyet/nq-15-2023-hdnd-mau/"
    assert twin["tep_nguon"] == "data/resolutions/nq-15-2023-hdnd-mau.md"
    assert twin["ban_ghi"]["so_ky_hieu"] == "15/2023/NQ-HĐND"
    assert twin["noi_dung"] == "### Điều 1. Phạm vi điều chỉnh\n\nNội dung minh họa."
    assert twin["tinh_trang_hieu_luc"] == {"ma": "het-hieu-luc-mot-phan", "nhan": "Hết hiệu lực một phần", "tinh_den_ngay": "2026-11-21", "tu_ngay": "2024-01-01", "pham_vi": None}
    assert twin["quan_he_den"] == [{"loai": "sua-doi-bo-sung", "nhan": "Được sửa đổi, bổ sung bởi", "van_ban": ["nq-20-2023-hdnd-mau"]}]
    assert twin["dan_chieu"] == {"co_tren_cong": [], "chua_co_tren_cong": [], "chua_xac_dinh": []}


def test_bulk_json_has_every_record_and_the_licence(assets: dict[str, bytes]) -> None:
    bulk = json.loads(assets["du-lieu/nghi-quyet.json"])
    assert (bulk["loai"], bulk["so_ban_ghi"], bulk["tinh_den_ngay"]) == ("resolution", 3, "2026-11-21")
    assert [r["ban_ghi"]["id"] for r in bulk["ban_ghi"]] == ["nq-05-2016-hdnd-mau", "nq-15-2023-hdnd-mau", "nq-20-2023-hdnd-mau"]
    assert bulk["giay_phep"]["duong_dan"] == "https://creativecommons.org/licenses/by/4.0/"
    listing = json.loads(assets["du-lieu/danh-muc.json"])
    assert [d["loai"] for d in listing["tap_du_lieu"]] == [k.kind for k in RECORD_KINDS]


def test_csv_round_trips_every_value_and_keeps_vietnamese(assets: dict[str, bytes]) -> None:
    checked = 0
    for kind in RECORD_KINDS:
        rows = read_csv(assets[urls.data_path(kind.kind, "csv")])
        bulk = json.loads(assets[urls.data_path(kind.kind, "json")])["ban_ghi"]
        columns = record_columns(kind)
        assert rows[0] == columns
        assert len(rows) - 1 == len(bulk)
        for row, twin in zip(rows[1:], bulk):
            status = twin["tinh_trang_hieu_luc"]
            derived = {"noi_dung": twin["noi_dung"], "duong_dan": twin["duong_dan"],
                       "tinh_trang_hieu_luc": status and status["nhan"], "tinh_den_ngay": status and status["tinh_den_ngay"]}
            expected = [derived[c] if c in derived else twin["ban_ghi"][c] for c in columns]
            assert [decode_cell(cell, like) for cell, like in zip(row, expected)] == expected
            checked += len(row)
    assert checked > 100
    rows = read_csv(assets["du-lieu/nghi-quyet.csv"])
    title = rows[2][rows[0].index("trich_yeu")]
    assert title == "Quy định chính sách hỗ trợ đầu tư vào nông nghiệp"
    assert unicodedata.is_normalized("NFC", title)
    assert rows[2][rows[0].index("can_cu")] == '["qd-238-qd-tw-2020", {"trich_dan": "Luật Ngân sách nhà nước năm 2015"}]'


def test_citation_report_csv(make_project: MakeProject) -> None:
    root = make_project({
        "data/resolutions/nq-20-2023-hdnd-mau.md": NQ20,
        "data/documents/nq-15-2022.md": _doc("nq-15-2022", "15/NQ-HĐND", "2022-03-01"),
        "data/documents/nq-15-2021.md": _doc("nq-15-2021", "15/NQ-HĐND", "2021-03-01"),
    })
    rows = read_csv(publish(root)["du-lieu/dan-chieu.csv"])
    assert rows == [
        ["tep", "vi_tri", "so_ky_hieu", "loai_van_ban", "ngay", "co_quan", "ket_qua", "co_the_la"],
        ["data/resolutions/nq-20-2023-hdnd-mau.md", "tom_tat", "15/NQ-HĐND", "Nghị quyết", "", "", "chua-xac-dinh", '["nq-15-2021", "nq-15-2022"]'],
        ["data/resolutions/nq-20-2023-hdnd-mau.md", "noi_dung", "30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ", "chua-co-tren-cong", ""],
    ]


def test_open_data_is_byte_identical_between_builds(assets: dict[str, bytes]) -> None:
    mine = lambda files: {k: v for k, v in files.items() if k.endswith((".json", ".csv"))}  # noqa: E731
    assert mine(publish(MINI)) == mine(assets)
