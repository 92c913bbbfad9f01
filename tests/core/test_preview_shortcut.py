"""A save that changes only what pages show skips checking and planning — and the site is
still exactly the site a full build gives.

Properties, on the sample data (data/):

* every field listed as shown only (portal.preview_shortcut.SHOWN_ONLY), and the body, can
  change in every record that may take the shortcut without changing the plan: the same
  pages, with the same planned content, statuses and issues;
* after a save that takes the shortcut, every page and every other file is what a full
  build of the saved data gives, and every page that changed is among those written again;
* a title (portal.preview_shortcut.SETTLED_LATER), which planning reads only to order, group
  and name pages, is shown at once, and the full plan that follows writes what moved: the
  pages written by the two builds together are those of a full build;
* so is any other save of one valid record (a date, a topic, a cited number…) once the whole
  check has found what it found before, the record's own status worked out again;
* saves that cannot be shown at once (a new error, a new file, a topic) are planned in full;
  a valid record's own pages are then written first, and the next build signs the same plan
  and writes the rest: the two builds wrote a full build.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

import pytest
from pydantic import TypeAdapter

from portal.build import SiteBuild, plan_build
from portal.catalog import build_catalog
from portal.links.report import citation_report
from portal.load.loader import Entry, load_all
from portal.preview import PreviewSession, _shape
from portal.model.registry import KIND_BY_NAME
from portal.preview_shortcut import PLANNING_READS_NEIGHBOURS, SETTLED_LATER, SHOWN_ONLY, planning_key, settled_later_changed
from portal.site.assets import produce_assets
from portal.site.plan import SiteSettings, plan_site
from portal.validate.rules import FileLocator, check_catalog
from tests.conftest import ROOT, TODAY
from tests.core.test_preview import _copy_as, _replace, root, sample_project  # noqa: F401  (fixtures: a fresh copy of data/ per test)

SETTINGS = SiteSettings(today=TODAY)

# A new value for each shown-only field, as an editor would write it in the file.
NEW_VALUES: dict[str, Any] = {
    "summary": "Tóm tắt đã sửa: người dân đọc là hiểu.",
    "conditions": ["Điều kiện đã sửa."],
    "procedures": ["Nộp hồ sơ tại Ủy ban nhân dân cấp xã (đã sửa)."],
    "implementers": ["Sở Tài chính chủ trì (đã sửa)"],
    "support": [{"noi_dung": "Hỗ trợ đã sửa", "muc": "10 triệu đồng/hộ"}],
    "area": "Các xã miền núi (đã sửa)",
    "duration": "Đến hết năm 2030 (đã sửa)",
    "note": "Ghi chú đã sửa.",
    "source": "Nguồn đã sửa.",
    "place": "Hội trường (đã sửa)",
    "agenda": ["Nội dung kỳ họp đã sửa."],
    "questions": ["Vấn đề chất vấn đã sửa."],
    "outcome": "Kết quả kỳ họp đã sửa.",
    "purposes": ["Mục đích đã sửa."],
    "principles": ["Nguyên tắc đã sửa."],
    "contents": ["Nội dung phối hợp đã sửa."],
    "information": ["Chế độ thông tin đã sửa."],
    "organisation": ["Tổ chức thực hiện đã sửa."],
    "report": "Báo cáo tổng hợp đã sửa",
    "voters": "Cử tri ấp Mới (đã sửa)",
    "content": "Nội dung đã sửa.",
    "delegation": "Đoàn giám sát đã sửa",
    "difficulties": ["Khó khăn đã sửa."],
    "follow_up": "Kết quả khắc phục đã sửa.",
    "claim": "Thông tin lan truyền đã sửa.",
    "seen_where": ["Nhóm mạng xã hội (đã sửa)"],
    "time": "8 giờ (đã sửa)",
    "speakers": ["Người trình bày đã sửa"],
    "how": ["Cách góp ý đã sửa."],
    "description": "Giới thiệu đã sửa.",
}
NEW_VALUES_BY_KIND: dict[tuple[str, str], Any] = {("exemplar", "support"): ["Hỗ trợ đã nhận (đã sửa)."]}
BODY = "body"


# A new value for each field settled later, starting with a letter no sample title starts with
# (so that the A–Z index moves the record) and citing no number.
SETTLED_VALUES: dict[str, str] = {"title": "Ổn định lại tên gọi (đã sửa)", "name": "Ổn định lại tên cơ quan (đã sửa)", "name_": "Ổn định lại tên (đã sửa)"}


def test_every_shown_only_field_has_a_test_value() -> None:
    listed = {name for names in SHOWN_ONLY.values() for name in names}
    assert listed <= set(NEW_VALUES), f"add a value to NEW_VALUES for {sorted(listed - set(NEW_VALUES))}"


@pytest.fixture(scope="module")
def sample_entries() -> list[Entry]:
    loaded = load_all(ROOT, ROOT / "data")
    assert not loaded.broken_ids
    return loaded.entries


def _eligible(entries: list[Entry], kind: str) -> list[Entry]:
    """Records of ``kind`` no record whose planning copies its neighbours refers to, or is referred to by."""
    catalog = build_catalog(entries, frozenset())
    session = PreviewSession()
    neighbours = session._neighbours(catalog)
    return [e for e in catalog.of_kind(kind) if not any(catalog.by_id[i].record.kind in PLANNING_READS_NEIGHBOURS for i in neighbours.of({e.id}) if i in catalog.by_id)]


def _with(entry: Entry, field: str, values: dict[str, Any] = NEW_VALUES) -> Entry:
    if field == BODY:  # a paragraph at the end: the numbers the body cites stay where they are
        return replace(entry, body=entry.body + "\n\nĐoạn văn thêm khi sửa, không dẫn số văn bản nào.\n")
    annotation = type(entry.record).model_fields[field].annotation
    value = NEW_VALUES_BY_KIND.get((entry.record.kind, field), values.get(field))
    return replace(entry, record=entry.record.model_copy(update={field: TypeAdapter(annotation).validate_python(value)}))


def _plan_view(entries: list[Entry]) -> tuple[Any, ...]:
    """The plan of ``entries`` with records as ids: what must not move when shown text changes."""
    catalog = build_catalog(entries, frozenset())
    issues = [issue.format_text() for issue in check_catalog(entries, catalog, FileLocator(ROOT))]
    pages, statuses = plan_site(catalog, SETTINGS)
    shaped = [(p.src_uri, p.template, p.title, p.description, p.edit_path, p.searchable, repr(p.alternates), _shape(p.context, _Zero(), [], set())) for p in pages]
    return shaped, _shape(statuses, _Zero(), [], set()), issues


class _Zero(dict):  # every record at generation 0
    def __missing__(self, key: str) -> int:
        return 0


CASES = [(kind, field) for kind, names in SHOWN_ONLY.items() for field in [*sorted(names), BODY]]


@pytest.mark.parametrize(("kind", "field"), CASES, ids=[f"{k}.{f}" for k, f in CASES])
def test_a_shown_only_field_does_not_change_the_plan(kind: str, field: str, sample_entries: list[Entry]) -> None:
    edited = {e.id: candidate for e in _eligible(sample_entries, kind) if planning_key(candidate := _with(e, field)) == planning_key(e) and not settled_later_changed(e, candidate)}  # would take the shortcut, settled at once
    assert edited, f"the sample data has no {kind} record for {field}"
    changed = [edited.get(e.id, e) for e in sample_entries]
    assert any(a.record != b.record or a.body != b.body for a, b in zip(changed, sample_entries)), "the change changes something"
    assert _plan_view(changed) == _plan_view(sample_entries), f"planning reads {kind}.{field}: remove it from SHOWN_ONLY"


def test_fields_settled_later_are_fields_of_kinds_with_a_shortcut() -> None:
    for kind, names in SETTLED_LATER.items():
        assert kind in SHOWN_ONLY, f"{kind} has no shortcut: SETTLED_LATER[{kind!r}] is never used"
        assert names <= set(KIND_BY_NAME[kind].model_fields), f"{kind} has no field {sorted(names - set(KIND_BY_NAME[kind].model_fields))}"
        assert not names & SHOWN_ONLY[kind], f"{kind}: a field is either shown only or settled later"
        assert names <= set(SETTLED_VALUES), f"add a value to SETTLED_VALUES for {sorted(names - set(SETTLED_VALUES))}"


SETTLED_CASES = [(kind, field) for kind, names in SETTLED_LATER.items() for field in sorted(names)]


@pytest.mark.parametrize(("kind", "field"), SETTLED_CASES, ids=[f"{k}.{f}" for k, f in SETTLED_CASES])
def test_a_field_settled_later_is_read_by_planning(kind: str, field: str, sample_entries: list[Entry]) -> None:
    """Else it belongs in SHOWN_ONLY, whose saves need no second build."""
    eligible = _eligible(sample_entries, kind)
    assert eligible, f"the sample data has no {kind} record that may take the shortcut"
    edited = {e.id: candidate for e in eligible if planning_key(candidate := _with(e, field, SETTLED_VALUES)) == planning_key(e)}
    assert edited, f"no {kind} record keeps its key with a new {field}"
    changed = [edited.get(e.id, e) for e in sample_entries]
    assert _plan_view(changed) != _plan_view(sample_entries), f"planning does not read {kind}.{field}: move it to SHOWN_ONLY"


# -- saves in a preview --------------------------------------------------------------------
NQ15 = "data/resolutions/nq-15-2023-hdnd-binh-an.md"
EVENT = "data/events/tiep-xuc-cu-tri-sau-ky-hop-2-khoa-xi-xa-hoa-loc.yml"
FACTCHECK = "data/factchecks/cc-2026-bo-ho-tro-hoc-nghe.yml"
COUNCIL = "data/bodies/hdnd-tinh-binh-an-minh-hoa.yml"
SHORTCUT_EDITS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "summary of a resolution": (NQ15, _replace(NQ15, "tom_tat: Ngoài khoản hỗ trợ", "tom_tat: (Đã sửa) Ngoài khoản hỗ trợ")),
    "a condition": (NQ15, _replace(NQ15, "  - Học sinh, sinh viên có tên", "  - (Đã sửa) Học sinh, sinh viên có tên")),
    "a note that cites a number, around the number": (NQ15, _replace(NQ15, "ghi_chu: Khác với", "ghi_chu: Lưu ý, khác với")),
    "the body, above its articles (its lines move)": (NQ15, _replace(NQ15, "---\n### Điều 1.", "---\nĐoạn mở đầu mới.\n\n### Điều 1.")),
    "the outcome of a session": ("data/sessions/ky-hop-13-khoa-x-hdnd-binh-an.yml", _replace("data/sessions/ky-hop-13-khoa-x-hdnd-binh-an.yml", "ket_qua: Hội đồng nhân dân tỉnh quyết định", "ket_qua: Hội đồng nhân dân tỉnh đã quyết định")),
    "summary of a document": ("data/documents/qd-238-qd-tw-2020.md", _replace("data/documents/qd-238-qd-tw-2020.md", "tom_tat: Quy chế của Ban Bí thư", "tom_tat: Quy chế do Ban Bí thư ban hành")),
    "the outcome of a meeting with voters": (EVENT, _replace(EVENT, "ket_qua: Cử tri đồng tình", "ket_qua: Cử tri hoàn toàn đồng tình")),
    "the claim a fact-check answers": (FACTCHECK, _replace(FACTCHECK, "thong_tin_sai: Từ tháng 8/2026", "thong_tin_sai: Kể từ tháng 8/2026")),
    "the description of a council": (COUNCIL, _replace(COUNCIL, "gioi_thieu: Cơ quan giả định", "gioi_thieu: Một cơ quan giả định")),
}


def _site_files(site: SiteBuild, root: Path) -> dict[str, str | bytes]:
    """Every page, every other file, and the citation report as the build log gives it (with -v)."""
    assert site.catalog is not None
    files: dict[str, str | bytes] = {page.src_uri: site.render(page).markdown for page in site.pages}
    files.update(produce_assets(site.context()))
    files["(log)"] = "\n".join(row.format_text(FileLocator(root)) for row in citation_report(site.catalog.citations))
    return files


@pytest.mark.parametrize("name", list(SHORTCUT_EDITS))
def test_a_shortcut_gives_the_site_a_full_build_gives(name: str, root: Path) -> None:
    path, edit = SHORTCUT_EDITS[name]
    session = PreviewSession()
    site, _ = session.plan(root, SETTINGS)
    before = _site_files(site, root)

    edit(root)
    site, rewrite = session.plan(root, SETTINGS)
    assert session.shortcut == path, f"'{name}' takes the shortcut"
    assert rewrite is not None and site.ok
    after = _site_files(site, root)

    full = _site_files(plan_build(root, SETTINGS), root)
    assert after.keys() == full.keys()
    wrong = sorted(uri for uri in full if after[uri] != full[uri])
    assert not wrong, f"after '{name}', these differ from a full build: {wrong}"
    changed = {uri for uri in after if before.get(uri) != after[uri] and uri.endswith(".md")}
    assert changed, "the save changes some page"
    assert changed <= rewrite, f"stale pages after '{name}': {sorted(changed - rewrite)}"
    assert len(rewrite) < len(site.pages) / 2


def test_a_second_shortcut_builds_on_the_first(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    SHORTCUT_EDITS["summary of a resolution"][1](root)
    session.plan(root, SETTINGS)
    SHORTCUT_EDITS["a condition"][1](root)
    site, _ = session.plan(root, SETTINGS)
    assert session.shortcut == NQ15
    _replace(NQ15, "ngay_hieu_luc: 2023-09-01", "ngay_hieu_luc: 2023-09-02")(root)  # checked, shown, then a full plan
    session.plan(root, SETTINGS)
    assert session.checked and session.unsettled
    site, _ = session.plan(root, SETTINGS)
    assert session.shortcut is None and not session.unsettled
    assert _site_files(site, root) == _site_files(plan_build(root, SETTINGS), root)


def test_the_place_of_a_cited_number_follows_the_text(root: Path) -> None:
    """An unknown number in the body is reported at its line; a paragraph added above it moves it."""
    session = PreviewSession()
    session.plan(root, SETTINGS)
    _replace(NQ15, "### Điều 4. Hiệu lực thi hành", "### Điều 4. Hiệu lực thi hành\n\nTheo Công văn số 999/UBND-VX của Ủy ban nhân dân tỉnh.")(root)
    session.plan(root, SETTINGS)
    assert session.checked, "a new number is checked in full"
    session.plan(root, SETTINGS)  # the build that settles it
    SHORTCUT_EDITS["the body, above its articles (its lines move)"][1](root)
    site, _ = session.plan(root, SETTINGS)
    assert session.shortcut == NQ15
    log = _site_files(site, root)["(log)"]
    assert "999/UBND-VX" in log
    assert log == _site_files(plan_build(root, SETTINGS), root)["(log)"]


EXEMPLAR = "data/exemplars/ho-trong-buoi-lien-ket-ap-an-phu-minh-hoa.yml"
PETITION = "data/petitions/kn-2026-cong-thuy-loi-tan-loi.yml"
SESSION = "data/sessions/ky-hop-13-khoa-x-hdnd-binh-an.yml"
SETTLED_EDITS: dict[str, tuple[str, str, Callable[[Path], None]]] = {  # file, text shown, edit
    "the title of a resolution (the A–Z index moves it)": (NQ15, "Ổn định mức hỗ trợ chi phí học tập", _replace(NQ15, "trich_yeu: Quy định mức hỗ trợ chi phí học tập", "trich_yeu: Ổn định mức hỗ trợ chi phí học tập")),
    "the name of a session": (SESSION, "Kỳ họp thứ mười ba", _replace(SESSION, "ten_ky_hop: Kỳ họp thứ 13", "ten_ky_hop: Kỳ họp thứ mười ba")),
    "the name of a council (its resolutions' pages show it)": (COUNCIL, "Hội đồng nhân dân tỉnh Bình An mới", _replace(COUNCIL, "ten: Hội đồng nhân dân tỉnh Bình An (minh họa)", "ten: Hội đồng nhân dân tỉnh Bình An mới (minh họa)")),
    "the title of a petition": (PETITION, "Nạo vét và sửa chữa cống thủy lợi", _replace(PETITION, "tieu_de: Sửa chữa cống thủy lợi", "tieu_de: Nạo vét và sửa chữa cống thủy lợi")),
    "the name of an exemplar (a briefing kit copies it)": (EXEMPLAR, "Hộ trồng bưởi sạch", _replace(EXEMPLAR, "ten: Hộ trồng bưởi", "ten: Hộ trồng bưởi sạch")),
}


NQ10 = "data/resolutions/nq-10-2024-hdnd-binh-an.md"
NQ11 = "data/resolutions/nq-11-2026-hdnd-binh-an.md"
NQ12 = "data/resolutions/nq-12-2023-hdnd-binh-an.md"
# Saves that checking or planning read otherwise: checked in full, then shown at once as titles are.
CHECKED_EDITS: dict[str, tuple[str, str, Callable[[Path], None]]] = {  # file, text shown, edit
    "a date planning sorts by": (NQ15, "Ngày ban hành</td><td>12/7/2023<", _replace(NQ15, "ngay_ban_hanh: 2023-07-13", "ngay_ban_hanh: 2023-07-12")),
    "a date that brings the record into force": (NQ11, "Ngày có hiệu lực</td><td>15/10/2026<", _replace(NQ11, "ngay_hieu_luc: 2027-01-01", "ngay_hieu_luc: 2026-10-15")),
    "a topic (its index lists the record)": (NQ10, "Y tế", _replace(NQ10, "linh_vuc: lao-dong-viec-lam", "linh_vuc: y-te")),
    "a document it is based on (that document's page lists it)": (NQ10, "van-ban/qd-238-qd-tw-2020/", _replace(NQ10, "  - trich_dan: Luật Việc làm năm 2013", "  - qd-238-qd-tw-2020")),
    "the deadline of an answer (the petition is no longer overdue)": (PETITION, "15/12/2026", _replace(PETITION, "han_giai_quyet: 2026-10-31", "han_giai_quyet: 2026-12-15")),
    "a number cited in a summary": (NQ15, ", ngoài khoản hỗ trợ", _replace(NQ15, "tom_tat: Ngoài khoản hỗ trợ", "tom_tat: Theo Luật số 77/2015/QH13, ngoài khoản hỗ trợ")),
    "a number cited in a title": (NQ15, ", quy định mức hỗ trợ", _replace(NQ15, "trich_yeu: Quy định mức hỗ trợ", "trich_yeu: Theo Luật số 77/2015/QH13, quy định mức hỗ trợ")),
    "a title and a date together": (NQ15, "Ổn định mức hỗ trợ", lambda root: (_replace(NQ15, "trich_yeu: Quy định", "trich_yeu: Ổn định")(root), _replace(NQ15, "ngay_ban_hanh: 2023-07-13", "ngay_ban_hanh: 2023-07-12")(root))),
    "its own number (what cites it links by number)": (NQ15, "16/2023/NQ-HĐND", _replace(NQ15, "so_ky_hieu: 15/2023/NQ-HĐND", "so_ky_hieu: 16/2023/NQ-HĐND")),
    "a cited number taken out": (NQ15, "Khác với một nghị quyết", _replace(NQ15, "Khác với Nghị quyết số 15/NQ-HĐND ngày 16/3/2023", "Khác với một nghị quyết")),
    "a resolution with a briefing kit (the kit copies it)": (NQ12, "(sửa) Doanh nghiệp", _replace(NQ12, "tom_tat: Doanh nghiệp", "tom_tat: (sửa) Doanh nghiệp")),
}
AT_ONCE = {**{name: (False, *edit) for name, edit in SETTLED_EDITS.items()}, **{name: (True, *edit) for name, edit in CHECKED_EDITS.items()}}


@pytest.mark.parametrize("name", list(AT_ONCE))
def test_a_save_is_shown_at_once_then_settled(name: str, root: Path) -> None:
    """The first build after the save writes the saved text on the pages that show the record;
    the full plan after it writes what moved; what the two wrote is what a full build gives."""
    checked, path, shown, edit = AT_ONCE[name]
    session = PreviewSession()
    site, _ = session.plan(root, SETTINGS)
    on_disk = _site_files(site, root)
    own = next(page.src_uri for page in site.pages if page.edit_path == path)
    assert shown not in on_disk[own]

    edit(root)
    site, first = session.plan(root, SETTINGS)
    assert session.shortcut == path and session.unsettled, f"'{name}' is shown at once, then settled"
    assert session.checked == checked, "checked in full first" if checked else "shown without checking again"
    assert first is not None and len(first) < len(site.pages) / 2
    at_once = _site_files(site, root)
    assert own in first and shown in at_once[own], "the record's own page shows the saved text at once"
    own_id = Path(path).stem
    if own_id in site.statuses:
        assert site.statuses[own_id] == plan_build(root, SETTINGS).statuses[own_id], "and its own status as of the save"
    on_disk.update({uri: at_once[uri] for uri in first})

    site, second = session.plan(root, SETTINGS)
    assert not session.unsettled and session.shortcut is None, "the next plan is a full one"
    assert second is not None and len(second) < len(site.pages) / 2
    settled = _site_files(site, root)
    on_disk.update({uri: settled[uri] for uri in second})
    on_disk.update({uri: content for uri, content in settled.items() if not uri.endswith(".md")})  # written after every build

    full = _site_files(plan_build(root, SETTINGS), root)
    assert settled == full
    stale = sorted(uri for uri in full if on_disk.get(uri) != full[uri])
    assert not stale, f"after '{name}' and the build that settles it, these pages are out of date: {stale}"


def test_a_save_while_unsettled_is_planned_in_full(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    SETTLED_EDITS["the title of a resolution (the A–Z index moves it)"][2](root)
    session.plan(root, SETTINGS)
    assert session.unsettled
    SHORTCUT_EDITS["summary of a resolution"][1](root)  # saved before the settling build started
    site, _ = session.plan(root, SETTINGS)
    assert session.shortcut is None and session.own_first == SHORTCUT_EDITS["summary of a resolution"][0], "planned in full, its own pages first"
    site, _ = session.plan(root, SETTINGS)
    assert not session.unsettled
    assert _site_files(site, root) == _site_files(plan_build(root, SETTINGS), root)


NO_SHORTCUT: dict[str, tuple[Callable[[Path], None], str | None]] = {  # edit, and what the checks then say
    "a kind whose pages planning makes from its fields (a topic)": (_replace("data/topics/giao-duc.yml", "ten: ", "ten: (sửa) "), None),
    "a new record (a file added)": (lambda root: (root / "data/topics/the-thao.yml").write_text("id: the-thao\nten: Thể thao\nnhom: linh-vuc\n", encoding="utf-8"), None),
    "an unfinished record": (_replace(NQ15, "tom_tat: Ngoài khoản hỗ trợ", "tom_tat: TODO Ngoài khoản hỗ trợ"), "chưa điền"),
    "a session that does not exist (the whole check finds it)": (_replace(NQ10, "ky_hop: ky-hop-14-khoa-x-hdnd-binh-an", "ky_hop: ky-hop-99-khoa-x-hdnd-binh-an"), "ky-hop-99-khoa-x-hdnd-binh-an"),
}


@pytest.mark.parametrize("name", list(NO_SHORTCUT))
def test_saves_that_cannot_be_shown_at_once_are_planned_in_full(name: str, root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    edit, said = NO_SHORTCUT[name]
    edit(root)
    site, _ = session.plan(root, SETTINGS)
    assert session.shortcut is None and not session.checked
    assert session.unsettled == (said is None) == (session.own_first is not None), "a valid record's own pages are written first"
    full = plan_build(root, SETTINGS)
    assert site.issues == full.issues
    if said is None:
        assert _site_files(site, root) == _site_files(full, root)
    else:
        assert said in "\n".join(i.message for i in site.issues)


TOPIC = "data/topics/giao-duc.yml"
OWN_FIRST: dict[str, tuple[str, str, Callable[[Path], None]]] = {  # file, text its own page shows, edit
    "the name of a topic (on every page of its resolutions)": (TOPIC, "Giáo dục, đào tạo (sửa)", _replace(TOPIC, "ten: Giáo dục, đào tạo", "ten: Giáo dục, đào tạo (sửa)")),
    "a new resolution": ("data/resolutions/nq-99-2023-hdnd-binh-an.md", "99/2023/NQ-HĐND", _copy_as(NQ15, "nq-99-2023-hdnd-binh-an", "15/2023/NQ-HĐND", "99/2023/NQ-HĐND")),
}


@pytest.mark.parametrize("name", list(OWN_FIRST))
def test_a_save_planned_in_full_writes_its_own_pages_first(name: str, root: Path) -> None:
    """The first build writes the pages edited in the saved file (the first page of a listing),
    before any page is signed; the next one signs the same plan and writes the rest; the two
    wrote what a full build gives."""
    path, shown, edit = OWN_FIRST[name]
    session = PreviewSession()
    site, _ = session.plan(root, SETTINGS)
    on_disk = _site_files(site, root)

    edit(root)
    site, first = session.plan(root, SETTINGS)
    assert session.own_first == path and session.unsettled and session.shortcut is None and not session.checked
    own = {page.src_uri for page in site.pages if page.edit_path == path}
    assert first is not None and first <= own
    at_once = _site_files(site, root)
    assert any(shown in at_once[uri] for uri in first), "its own page shows the save"
    on_disk.update({uri: at_once[uri] for uri in first})

    again, second = session.plan(root, SETTINGS)
    assert again is site, "the same plan: nothing is checked or planned again"
    assert second is not None and second and not (first & second) and len(second) < len(site.pages) / 2
    assert not session.unsettled and session.own_first is None
    on_disk.update({uri: at_once[uri] for uri in second})
    on_disk.update({uri: content for uri, content in at_once.items() if not uri.endswith(".md")})
    full = _site_files(plan_build(root, SETTINGS), root)
    assert at_once == full
    assert not sorted(uri for uri in full if on_disk.get(uri) != full[uri])


def test_a_save_before_the_rest_is_written_is_planned_with_it(root: Path) -> None:
    session = PreviewSession()
    site, _ = session.plan(root, SETTINGS)
    on_disk = _site_files(site, root)
    OWN_FIRST["the name of a topic (on every page of its resolutions)"][2](root)
    site, first = session.plan(root, SETTINGS)
    assert first is not None and session.own_first == TOPIC
    on_disk.update({uri: content for uri, content in _site_files(site, root).items() if uri in first})

    SHORTCUT_EDITS["summary of a resolution"][1](root)  # saved before the build for the rest started
    site, rewrite = session.plan(root, SETTINGS)
    assert session.shortcut is None and rewrite is not None, "planned in full, not by the shortcut"
    while True:
        on_disk.update({uri: content for uri, content in _site_files(site, root).items() if uri in rewrite})
        if not session.unsettled:
            break
        site, rewrite = session.plan(root, SETTINGS)
        assert rewrite is not None
    on_disk.update({uri: content for uri, content in _site_files(site, root).items() if not uri.endswith(".md")})
    full = _site_files(plan_build(root, SETTINGS), root)
    assert not sorted(uri for uri in full if on_disk.get(uri) != full[uri]), "the topic's resolutions too"


def test_a_deleted_file_or_two_files_are_written_in_one_build(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    (root / "data/exemplars/ho-trong-buoi-lien-ket-ap-an-phu-minh-hoa.yml").unlink()  # no page of its own any more
    session.plan(root, SETTINGS)
    assert session.own_first is None and not session.unsettled
    SHORTCUT_EDITS["summary of a resolution"][1](root)
    OWN_FIRST["a new resolution"][2](root)
    session.plan(root, SETTINGS)
    assert session.own_first is None and not session.unsettled


def test_two_files_saved_together_take_no_shortcut(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    SHORTCUT_EDITS["summary of a resolution"][1](root)
    SHORTCUT_EDITS["summary of a document"][1](root)
    session.plan(root, SETTINGS)
    assert session.shortcut is None
