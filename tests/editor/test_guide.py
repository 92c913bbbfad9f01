"""The contributor guide says what the tools really do; every generated page can be edited."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

from portal.build import build_pages, validate_data
from portal.links.body_links import LinkProblem, body_link_issue
from portal.model.registry import RECORD_KINDS
from portal.model.schema import all_schemas
from portal.site import urls
from portal.site.plan import SiteSettings
from tests.conftest import ROOT, TODAY

GUIDE = ROOT / "docs" / "huong-dan-bien-tap"

# (file written into a copy of the repository's data, its text) → messages the guide quotes
EXAMPLES = {
    "data/resolutions/nq-21-2023-hdnd-binh-an.md": """---
id: nq-21-2023-hdnd-binh-an
so_ky_hieu: 21/2023/NQ-HĐND
trichyeu: Quy định mức hỗ trợ
co_quan_ban_hanh: hdnd-tinh-binh-an-minh-hoa
ngay_ban_hanh: 2023-12-08
ngay_hieu_luc: 01/01/2024
ky_hop: ky-hop-13-khoa-x-hdnd-binh-an
quan_he:
  - loai: thay the
    van_ban: nq-12-2023-hdnd-binh-an
---
""",
    "data/resolutions/nq-22-2023-hdnd-binh-an.md": "---\nid: nq-22-2023-hdnd-binh-an\nso_ky_hieu: 22/2023/NQ-HĐND\ntrich_yeu: Quy định mức chi: hỗ trợ học phí\n---\n",
    "data/resolutions/nq-23-2023-hdnd-binh-an.md": "---\nid: nq-23-2023-hdnd-binh-an\nso_ky_hieu: 23/2023/NQ-HĐND\ntrich_yeu: Quy định mức hỗ trợ\nco_quan_ban_hanh: hdnd-tinh-binh-an-minh-hoa\nngay_ban_hanh: TODO\nky_hop: ky-hop-13-khoa-x-hdnd-binh-an\n---\n",
    "data/resolutions/nq-24-2023-hdnd-binh-an.md": "---\nid: nq-24-2023-hdnd-binh-an\nso_ky_hieu: 21 / 2023 / NQ – HĐND\ntrich_yeu: Quy định mức hỗ trợ\nco_quan_ban_hanh: hdnd-tinh-binh-an-minh-hoa\nngay_ban_hanh: 2023-12-08\nky_hop: ky-hop-13-khoa-x\n---\n",
    "data/topics/tab.yml": "id: tab\n\tten: x\n",
    "data/topics/tcvn3.yml": None,  # written as bytes below
}


LINKING = "data/resolutions/nq-05-hdnd-xa-hoa-loc-2026.md"  # given a link to no page at the end of its body


def test_every_error_quoted_in_the_guide_is_what_validate_prints(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    for rel, text in EXAMPLES.items():
        target = tmp_path / rel
        if text is None:
            target.write_bytes("id: tcvn3\nten: Uû ban\n".encode("utf-8").replace("û".encode(), b"\xfb"))
        else:
            target.write_text(text, encoding="utf-8")
    linking = tmp_path / LINKING
    linking.write_text(linking.read_text(encoding="utf-8") + "\nXem thêm [trang không có](../khong-co-trang-nay.md).\n", encoding="utf-8")
    result = validate_data(tmp_path)
    assert result.catalog is not None
    entry = result.catalog.by_id[Path(LINKING).stem]
    # a link that leads nowhere is found while pages are built: the hooks tell it this way
    issues = [*result.issues, body_link_issue(entry, urls.record_uri(entry.record), "../khong-co-trang-nay.md", LinkProblem.NO_PAGE)]
    produced = {i.message for i in issues if i is not None}
    guide = (GUIDE / "sua-loi.md").read_text(encoding="utf-8")
    quoted = re.findall(r"```text\n(.*?)\n```", guide, flags=re.S)
    assert len(quoted) == 11
    for message in quoted:
        if message.startswith("data/"):  # the anatomy of an error line: the whole line
            assert message in {i.format_text() for i in issues if i is not None}, message
        elif message.endswith("…"):  # the list of allowed keys grows with the model: quoted up to there
            assert any(m.startswith(message[:-1]) for m in produced), message
        else:
            assert message in produced, message


def test_the_guide_is_in_the_navigation_and_links_the_field_reference(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Hướng dẫn biên tập" in home
    for page in ("huong-dan-bien-tap", "huong-dan-bien-tap/them-nghi-quyet", "huong-dan-bien-tap/ky-hop-ke-hoach-dinh-chinh",
                 "huong-dan-bien-tap/xem-truoc-kiem-tra", "huong-dan-bien-tap/sua-loi", "huong-dan-bien-tap/tham-chieu-truong"):
        assert (built_site / page / "index.html").exists(), page


def test_the_field_reference_lists_every_field_of_every_kind(built_site: Path) -> None:
    html = unescape((built_site / urls.page_url(urls.FIELD_REFERENCE) / "index.html").read_text(encoding="utf-8"))
    for kind in RECORD_KINDS:
        assert f'id="{kind.kind}"' in html, kind.kind
        for field in kind.model_fields.values():
            assert f"<code>{field.alias}</code> — <strong>{field.title}</strong>" in html, (kind.kind, field.alias)
    assert "<code>thuong-le</code> (Kỳ họp thường lệ)" in html
    assert re.search(r'href="[^"]*/edit/main/src/portal/model/records\.py"', html)


def test_schemas_are_published_where_the_reference_links_them(built_site: Path) -> None:
    html = (built_site / urls.page_url(urls.FIELD_REFERENCE) / "index.html").read_text(encoding="utf-8")
    for name, schema in all_schemas().items():
        published = json.loads((built_site / urls.schema_path(name)).read_text(encoding="utf-8"))
        assert published["$id"].endswith(f"/{urls.schema_path(name)}")
        assert {k: v for k, v in published.items() if k != "$id"} == schema
        assert f'href="../../{urls.schema_path(name)}"' in html


def test_every_generated_page_with_a_source_has_an_edit_link_to_it(built_site: Path) -> None:
    result = build_pages(ROOT, SiteSettings(today=TODAY))
    assert result.ok
    with_source = [p for p in result.pages if p.edit_path]
    kinds_seen = {p.edit_path.split("/")[1] for p in with_source if p.edit_path.startswith("data/")}
    assert kinds_seen >= {k.folder for k in RECORD_KINDS if any((ROOT / "data" / k.folder).glob("*"))}
    for page in result.pages:
        html = (built_site / urls.page_url(page.src_uri) / "index.html").read_text(encoding="utf-8")
        edits = re.findall(r'href="([^"]*/edit/main/[^"]*)"', html)
        if page.edit_path:
            assert edits and all(e.endswith(f"/edit/main/{page.edit_path}") for e in edits), (page.src_uri, edits)
            assert (ROOT / page.edit_path).is_file(), page.edit_path
        else:  # a listing has no single source: no edit link rather than a broken one
            assert edits == [], (page.src_uri, edits)
