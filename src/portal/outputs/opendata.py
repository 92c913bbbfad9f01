"""Open data: bulk JSON and CSV of every record kind, a JSON twin of every record page, and
the JSON Schemas that describe them (asset producer).

Files (site paths from :mod:`portal.site.urls`):

* ``<section>/<id>.json`` — the twin of a record's page: the record exactly as its source file
  says (``ban_ghi``, valid against the kind's schema from :mod:`portal.model.schema`), its
  Markdown body, and what the portal derives: address, validity as of the build date, the
  relations other records declare towards it, the numbers its prose cites;
* ``du-lieu/<kind>.json`` — every record of a kind, each as its twin, with the licence;
* ``du-lieu/<kind>.csv`` — the same, one row per record, for spreadsheets: UTF-8 with a byte
  order mark and CRLF line ends so that Excel shows Vietnamese intact. A cell holds text as
  is; a list or a nested structure as JSON; true/false; nothing for an empty value;
* ``du-lieu/dan-chieu.csv`` — the build report of cited numbers (:mod:`portal.links.report`);
* ``du-lieu/danh-muc.json`` — the list of all of the above;
* ``du-lieu/schema/*.schema.json`` — a schema per twin, per bulk file, and for the list; they
  refer to the schema of each kind's source files, published by :mod:`portal.site.schema_assets`.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from portal.links.diagram import document_diagram
from portal.links.prose import describe_where
from portal.links.report import citation_report
from portal.links.resolve import Outcome
from portal.load.loader import Entry
from portal.model.records import DocumentBase, Record
from portal.model.registry import RECORD_KINDS
from portal.model.schema import SCHEMA_DIALECT, schema_file_name
from portal.site import urls

if TYPE_CHECKING:
    from portal.site.assets import SiteContext

LICENCE = {
    "ten": "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)",
    "duong_dan": "https://creativecommons.org/licenses/by/4.0/",
}
"""Licence of the portal's compilation, summaries and illustrative records. The texts of legal
and administrative documents themselves are not protected by copyright (Luật Sở hữu trí tuệ
2005, Điều 15), so they are free to reuse whatever this licence says."""

BOM = "\ufeff"
DERIVED_COLUMNS = ("noi_dung", "duong_dan", "tinh_trang_hieu_luc", "tinh_den_ngay")
CITATION_COLUMNS = ("tep", "vi_tri", "so_ky_hieu", "loai_van_ban", "ngay", "co_quan", "ket_qua", "co_the_la")


# -- names ------------------------------------------------------------------------------

def twin_schema_name(kind: type[Record]) -> str:
    return f"{kind.kind}.twin.schema.json"


def bulk_schema_name(kind: type[Record]) -> str:
    return f"{kind.kind}.bulk.schema.json"


CATALOG_SCHEMA = "danh-muc.schema.json"
CATALOG_FILE = "danh-muc.json"
CITATIONS_FILE = "dan-chieu.csv"


def schema_base(context: SiteContext) -> str:
    """Where the schemas are published; the same base as :mod:`portal.site.schema_assets`."""
    site = context.settings.site_url
    return urls.absolute_url(site, urls.schema_dir()) if site else ""


# -- one record -------------------------------------------------------------------------

def _status(entry: Entry, context: SiteContext) -> dict[str, Any] | None:
    report = context.statuses.get(entry.id)
    if report is None:
        return None
    return {
        "ma": report.status.value,
        "nhan": report.label,
        "tinh_den_ngay": report.as_of.isoformat(),
        "tu_ngay": report.since.isoformat() if report.since else None,
        "pham_vi": report.scope,
    }


def _cited(entry: Entry, context: SiteContext) -> dict[str, Any]:
    index = context.catalog.citations
    return {
        "co_tren_cong": [e.id for e in index.cites(entry.id)],
        "chua_co_tren_cong": [c.citation.symbol for c in index.unresolved(entry.id, Outcome.UNKNOWN)],
        "chua_xac_dinh": [{"so_ky_hieu": c.citation.symbol, "co_the_la": [e.id for e in c.resolution.candidates]} for c in index.unresolved(entry.id, Outcome.AMBIGUOUS)],
    }


def _acted_on_by(entry: Entry, context: SiteContext) -> list[dict[str, Any]]:
    if not isinstance(entry.record, DocumentBase):
        return []
    diagram = document_diagram(entry, context.catalog, context.catalog.citations)
    return [{"loai": g.key, "nhan": g.label, "van_ban": [i.entry.id for i in g.items if i.entry]} for g in diagram.incoming]


def record_twin(entry: Entry, context: SiteContext) -> dict[str, Any]:
    """The JSON twin of a record's page (without ``$schema``)."""
    rec = entry.record
    return {
        "loai": rec.kind,
        "nhan_loai": rec.label,
        "duong_dan": urls.page_absolute_url(context.settings.site_url, urls.record_uri(rec)),
        "tep_nguon": entry.path,
        "ban_ghi": rec.model_dump(by_alias=True, mode="json"),
        "noi_dung": entry.body or None,
        "tinh_trang_hieu_luc": _status(entry, context),
        "quan_he_den": _acted_on_by(entry, context),
        "dan_chieu": _cited(entry, context),
    }


# -- CSV ----------------------------------------------------------------------------------

def encode_cell(value: Any) -> str:
    """One CSV cell: text as is, lists and structures as JSON, true/false, "" for nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_line(values: list[Any]) -> bytes:
    """One CSV line (see :func:`csv_bytes`), encoded."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([encode_cell(v) for v in values])
    return out.getvalue().encode("utf-8")


def csv_bytes(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    """CSV for Excel and everyone else: UTF-8 with BOM, comma-separated, CRLF, quoted as needed."""
    return b"".join([BOM.encode("utf-8"), csv_line(header), *(csv_line(row) for row in rows)])


def record_columns(kind: type[Record]) -> list[str]:
    """Columns of a kind's CSV: its Vietnamese keys in model order, then the derived ones."""
    return [f.alias or name for name, f in kind.model_fields.items()] + list(DERIVED_COLUMNS)


def _csv_row(twin: dict[str, Any], columns: list[str]) -> list[Any]:
    status = twin["tinh_trang_hieu_luc"]
    derived = {
        "noi_dung": twin["noi_dung"],
        "duong_dan": twin["duong_dan"],
        "tinh_trang_hieu_luc": status["nhan"] if status else None,
        "tinh_den_ngay": status["tinh_den_ngay"] if status else None,
    }
    return [derived[c] if c in derived else twin["ban_ghi"].get(c) for c in columns]


def citations_csv(context: SiteContext) -> bytes:
    rows = []
    for row in citation_report(context.catalog.citations):
        cited = row.placed.found.citation
        rows.append([
            row.entry.path, describe_where(row.placed.where), cited.symbol, cited.doc_type, cited.date.isoformat() if cited.date else None,
            cited.issuer, "chua-co-tren-cong" if row.outcome == Outcome.UNKNOWN else "chua-xac-dinh",
            [e.id for e in row.placed.resolution.candidates] if row.outcome == Outcome.AMBIGUOUS else None,
        ])
    return csv_bytes(list(CITATION_COLUMNS), rows)


# -- schemas --------------------------------------------------------------------------------

_TEXT_OR_NULL = {"type": ["string", "null"]}
_STATUS = {
    "type": "object",
    "title": "Tình trạng hiệu lực tính đến ngày dựng trang",
    "required": ["ma", "nhan", "tinh_den_ngay", "tu_ngay", "pham_vi"],
    "additionalProperties": False,
    "properties": {
        "ma": {"type": "string", "description": "Mã tình trạng: chua-co-hieu-luc, con-hieu-luc, het-hieu-luc-mot-phan, het-hieu-luc-toan-bo, ngung-hieu-luc, chua-xac-dinh."},
        "nhan": {"type": "string", "description": "Tình trạng như hiện trên trang, kể cả phạm vi địa bàn nếu có."},
        "tinh_den_ngay": {"type": "string", "format": "date"},
        "tu_ngay": {**_TEXT_OR_NULL, "description": "Ngày bắt đầu tình trạng này, nếu biết."},
        "pham_vi": {**_TEXT_OR_NULL, "description": "Phạm vi địa bàn khi đơn vị hành chính ban hành đã hợp nhất, ví dụ 'trong phạm vi tỉnh X cũ'."},
    },
}
_IDS = {"type": "array", "items": {"type": "string"}}


def twin_schema(kind: type[Record], base: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{base}{twin_schema_name(kind)}",
        "title": f"{kind.label}: bản JSON của một trang",
        "description": f"Một bản ghi loại '{kind.label}' như trong tệp nguồn (ban_ghi) cùng những gì cổng suy ra từ dữ liệu.",
        "type": "object",
        "required": ["loai", "nhan_loai", "duong_dan", "tep_nguon", "ban_ghi", "noi_dung", "tinh_trang_hieu_luc", "quan_he_den", "dan_chieu"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "loai": {"const": kind.kind},
            "nhan_loai": {"const": kind.label},
            "duong_dan": {"type": "string", "description": "Địa chỉ trang của bản ghi."},
            "tep_nguon": {"type": "string", "description": "Tệp nguồn trong kho dữ liệu (data/…)."},
            "ban_ghi": {"$ref": schema_file_name(kind)},
            "noi_dung": {**_TEXT_OR_NULL, "description": "Phần nội dung Markdown của tệp nguồn."},
            "tinh_trang_hieu_luc": {"anyOf": [{"type": "null"}, _STATUS]},
            "quan_he_den": {
                "type": "array",
                "description": "Văn bản khác căn cứ, tác động hoặc dẫn chiếu văn bản này, theo loại quan hệ.",
                "items": {"type": "object", "required": ["loai", "nhan", "van_ban"], "additionalProperties": False,
                          "properties": {"loai": {"type": "string"}, "nhan": {"type": "string"}, "van_ban": _IDS}},
            },
            "dan_chieu": {
                "type": "object",
                "description": "Số văn bản được nêu trong lời văn của bản ghi.",
                "required": ["co_tren_cong", "chua_co_tren_cong", "chua_xac_dinh"],
                "additionalProperties": False,
                "properties": {
                    "co_tren_cong": _IDS,
                    "chua_co_tren_cong": _IDS,
                    "chua_xac_dinh": {"type": "array", "items": {"type": "object", "required": ["so_ky_hieu", "co_the_la"], "additionalProperties": False,
                                                                "properties": {"so_ky_hieu": {"type": "string"}, "co_the_la": _IDS}}},
                },
            },
        },
    }


_LICENCE_SCHEMA = {"type": "object", "required": ["ten", "duong_dan"], "additionalProperties": False, "properties": {"ten": {"type": "string"}, "duong_dan": {"type": "string"}}}


def bulk_schema(kind: type[Record], base: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{base}{bulk_schema_name(kind)}",
        "title": f"{kind.label}: toàn bộ bản ghi",
        "type": "object",
        "required": ["loai", "nhan_loai", "tinh_den_ngay", "giay_phep", "so_ban_ghi", "ban_ghi"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "loai": {"const": kind.kind},
            "nhan_loai": {"const": kind.label},
            "tinh_den_ngay": {"type": "string", "format": "date", "description": "Ngày tính tình trạng hiệu lực."},
            "giay_phep": _LICENCE_SCHEMA,
            "so_ban_ghi": {"type": "integer", "minimum": 0},
            "ban_ghi": {"type": "array", "items": {"$ref": twin_schema_name(kind)}},
        },
    }


def catalog_schema(base: str) -> dict[str, Any]:
    link = {"type": "string"}
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{base}{CATALOG_SCHEMA}",
        "title": "Danh mục dữ liệu mở của cổng",
        "type": "object",
        "required": ["ten", "tinh_den_ngay", "giay_phep", "tap_du_lieu"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "ten": {"type": "string"},
            "tinh_den_ngay": {"type": "string", "format": "date"},
            "giay_phep": _LICENCE_SCHEMA,
            "tap_du_lieu": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": ["loai", "nhan_loai", "so_ban_ghi", "json", "csv", "luoc_do_ban_ghi", "luoc_do_json", "luoc_do_tep"],
                "properties": {"loai": {"type": "string"}, "nhan_loai": {"type": "string"}, "so_ban_ghi": {"type": "integer", "minimum": 0},
                               "json": link, "csv": link, "luoc_do_ban_ghi": link, "luoc_do_json": link, "luoc_do_tep": link},
            }},
            "bao_cao_dan_chieu": link,
        },
    }


# -- the producer ---------------------------------------------------------------------------

def _json(value: Any, *, compact: bool = False) -> bytes:
    """UTF-8 JSON, Vietnamese as is; bulk files compact (they are large), the others indented."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(value, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def produce_open_data(context: SiteContext) -> Iterator[tuple[str, bytes]]:
    """Asset producer: twins, bulk JSON and CSV per kind, the citation report, the schemas.

    Files are yielded one at a time: at 50,000 records they add up to hundreds of megabytes."""
    site = context.settings.site_url
    base = schema_base(context)
    today = context.settings.today.isoformat()
    page_uris = {p.src_uri for p in context.pages}
    datasets = []
    for kind in RECORD_KINDS:
        entries = context.catalog.of_kind(kind.kind)
        columns = record_columns(kind)
        # the bulk files are gathered as encoded pieces, one record at a time: holding every
        # twin as Python objects took ~600 MB at 50,000 resolutions
        bulk_records: list[bytes] = []
        csv_lines = [csv_bytes(columns, ())]  # the byte-order mark and the header
        for entry in entries:
            twin = record_twin(entry, context)
            if urls.record_uri(entry.record) in page_uris:
                yield urls.twin_path(entry.record), _json({"$schema": f"{base}{twin_schema_name(kind)}", **twin})
            bulk_records.append(_json(twin, compact=True)[:-1])  # without its newline
            csv_lines.append(csv_line(_csv_row(twin, columns)))
        head = _json({
            "$schema": f"{base}{bulk_schema_name(kind)}", "loai": kind.kind, "nhan_loai": kind.label,
            "tinh_den_ngay": today, "giay_phep": LICENCE, "so_ban_ghi": len(bulk_records),
        }, compact=True)
        # the same bytes as _json({... "ban_ghi": [twins]}, compact=True): "ban_ghi" is the last key
        yield urls.data_path(kind.kind, "json"), b"".join([head[:-2], b',"ban_ghi":[', b",".join(bulk_records), b"]}\n"])
        del bulk_records
        yield urls.data_path(kind.kind, "csv"), b"".join(csv_lines)
        del csv_lines
        datasets.append({
            "loai": kind.kind, "nhan_loai": kind.label, "so_ban_ghi": len(entries),
            "json": urls.absolute_url(site, urls.data_path(kind.kind, "json")), "csv": urls.absolute_url(site, urls.data_path(kind.kind, "csv")),
            "luoc_do_ban_ghi": f"{base}{schema_file_name(kind)}", "luoc_do_json": f"{base}{twin_schema_name(kind)}", "luoc_do_tep": f"{base}{bulk_schema_name(kind)}",
        })
        yield urls.schema_path(twin_schema_name(kind)), _json(twin_schema(kind, base))
        yield urls.schema_path(bulk_schema_name(kind)), _json(bulk_schema(kind, base))
    yield urls.schema_path(CATALOG_SCHEMA), _json(catalog_schema(base))
    yield urls.data_file(CITATIONS_FILE), citations_csv(context)
    yield urls.data_file(CATALOG_FILE), _json({
        "$schema": f"{base}{CATALOG_SCHEMA}", "ten": f"Dữ liệu mở — {context.settings.site_name}", "tinh_den_ngay": today,
        "giay_phep": LICENCE, "tap_du_lieu": datasets, "bao_cao_dan_chieu": urls.absolute_url(site, urls.data_file(CITATIONS_FILE)),
    })
