"""Helpers: the briefing views of a project, as the build computes them."""

from __future__ import annotations

from pathlib import Path

from portal.briefing.kit import KitView, kit_views
from portal.briefing.talk import TalkView, talk_views
from portal.build import validate_data
from portal.site.plan import SiteSettings, compute_statuses
from tests.conftest import TODAY

SITE_URL = "https://cong.example/"

# a kit for the mini project's resolution (tests/fixtures/mini), with only the required fields
MINI_KIT_PATH = "data/kits/tl-nq-15-2023-hdnd-mau.yml"
MINI_KIT = """id: tl-nq-15-2023-hdnd-mau
du_lieu_minh_hoa: true
nghi_quyet: nq-15-2023-hdnd-mau
thong_diep:
  - noi_dung: Doanh nghiệp đầu tư vào nông nghiệp được hỗ trợ lãi suất.
    can_cu: {dieu_khoan: Điều 1}
  - noi_dung: Mức hỗ trợ là 50% lãi suất, tối đa 100 triệu đồng mỗi dự án.
    can_cu: {dieu_khoan: Điều 1}
  - noi_dung: Nghị quyết thực hiện Quy chế phối hợp của Ban Bí thư.
    can_cu: {van_ban: qd-238-qd-tw-2020}
tin_nhan: "Doanh nghiệp đầu tư vào nông nghiệp được hỗ trợ 50% lãi suất, tối đa 100 triệu đồng/dự án."
loa_phat_thanh: |
  Kính thưa bà con! Tỉnh hỗ trợ lãi suất cho doanh nghiệp đầu tư vào nông nghiệp.

  Mức hỗ trợ là 50% lãi suất, tối đa 100 triệu đồng mỗi dự án.
"""


def settings() -> SiteSettings:
    return SiteSettings(today=TODAY, site_url=SITE_URL)


def views(project: Path) -> tuple[dict[str, KitView], list[TalkView]]:
    """Kits by resolution id, and talks, of a valid project."""
    result = validate_data(project)
    assert result.catalog is not None
    assert [i.format_text() for i in result.issues if "/kits/" in i.path or "/talks/" in i.path] == []
    statuses = compute_statuses(result.catalog, TODAY)
    kits = kit_views(result.catalog, statuses, TODAY)
    return kits, talk_views(result.catalog, statuses, TODAY, kits)
