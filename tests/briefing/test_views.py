"""What a kit says about validity: stamps, warnings, notes on amended clauses; print boxes."""

from __future__ import annotations

from portal.briefing.printing import css_string, page_boxes, public_address
from tests.briefing.views import views

KIT = "data/kits/tl-nq-12-2023-hdnd-binh-an.yml"


def _kit(resolution_id: str, messages: list[tuple[str, str | None]]) -> str:
    lines = [f"id: tl-thu-{resolution_id}", f"nghi_quyet: {resolution_id}", "thong_diep:"]
    for part, document in messages:
        lines += ["  - noi_dung: Một thông điệp.", "    can_cu:", f"      dieu_khoan: {part}"]
        if document:
            lines.append(f"      van_ban: {document}")
    return "\n".join(lines + ["tin_nhan: Tin nhắn.", "loa_phat_thanh: Kính thưa bà con.", ""])


def test_every_kit_is_stamped_with_the_build_date(briefing_project) -> None:
    kits, talks = views(briefing_project({}))
    assert {k.as_of for k in kits.values()} | {t.as_of for t in talks} == {"Nội dung có giá trị đến ngày 21 tháng 11 năm 2026"}


def test_a_citation_of_an_amended_clause_says_so(briefing_project) -> None:
    kit = _kit("nq-12-2023-hdnd-binh-an", [("khoản 2 Điều 3", None), ("khoản 1 Điều 3", None), ("Điều 3", None)])
    view = views(briefing_project({KIT: None, "data/kits/tl-thu.yml": kit.replace("id: tl-thu-nq-12-2023-hdnd-binh-an", "id: tl-thu")}))[0]["nq-12-2023-hdnd-binh-an"]
    note = "Khoản 2 Điều 3 được sửa đổi, bổ sung bởi Nghị quyết số 08/2024/NQ-HĐND từ ngày 22/7/2024."
    assert [m.basis.changes for m in view.messages] == [(note,), (), (note,)]
    assert view.messages[0].basis.label == "khoản 2 Điều 3 Nghị quyết số 12/2023/NQ-HĐND"
    assert view.messages[0].basis.document_uri == "nghi-quyet/nq-12-2023-hdnd-binh-an.md"
    assert view.messages[0].basis.anchor == "dieu-3-noi-dung-va-muc-ho-tro"


def test_a_kit_on_a_replaced_resolution_warns_and_names_the_current_policy(briefing_project) -> None:
    kit = _kit("nq-10-2024-hdnd-binh-an", [("khoản 1 Điều 2", None)] * 3)
    view = views(briefing_project({"data/kits/tl-thu.yml": kit.replace("id: tl-thu-nq-10-2024-hdnd-binh-an", "id: tl-thu")}))[0]["nq-10-2024-hdnd-binh-an"]
    assert view.status.label == "Hết hiệu lực toàn bộ"
    assert view.status_note == "Nghị quyết đã hết hiệu lực toàn bộ từ ngày 1/8/2026: không tuyên truyền nội dung dưới đây như chính sách đang áp dụng. Chính sách hiện hành: Nghị quyết số 09/2026/NQ-HĐND."
    assert view.messages[0].basis.changes == ("Văn bản bị thay thế bởi Nghị quyết số 09/2026/NQ-HĐND từ ngày 1/8/2026.",)


def test_a_kit_on_a_resolution_not_yet_in_force_says_when_it_starts(briefing_project) -> None:
    kit = _kit("nq-11-2026-hdnd-binh-an", [("Điều 2", None)] * 3)
    view = views(briefing_project({"data/kits/tl-thu.yml": kit.replace("id: tl-thu-nq-11-2026-hdnd-binh-an", "id: tl-thu")}))[0]["nq-11-2026-hdnd-binh-an"]
    assert view.status_note == "Nghị quyết chưa có hiệu lực; có hiệu lực từ ngày 1/1/2027."


def test_a_resolution_in_force_needs_no_warning(briefing_project) -> None:
    kits = views(briefing_project({}))[0]
    assert kits["nq-09-2026-hdnd-binh-an"].status_note is None
    assert kits["nq-09-2026-hdnd-binh-an"].status.label == "Còn hiệu lực"


def test_print_boxes_carry_the_portal_name_date_and_address() -> None:
    assert css_string('Cổng "Chính sách"\\\n mới') == '"Cổng \\"Chính sách\\"\\\\ mới"'
    assert public_address("https://cong.example/", "bao-cao-vien/tai-lieu/x.md") == "https://cong.example/bao-cao-vien/tai-lieu/x/"
    assert public_address("", "bao-cao-vien/bai-noi.md") == "/bao-cao-vien/bai-noi/"
    assert page_boxes("Cổng Chính sách", "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026", "https://cong.example/x/") == (
        '@page { @top-left { content: "Cổng Chính sách"; } '
        '@top-right { content: "Nội dung có giá trị đến ngày 21 tháng 11 năm 2026"; } '
        '@bottom-left { content: "https://cong.example/x/"; } '
        '@bottom-right { content: "Trang " counter(page) "/" counter(pages); } }'
    )
