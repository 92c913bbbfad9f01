"""Deterministic synthetic corpora for benchmarks: realistic Vietnamese records of every kind.

``write_corpus(target, n_resolutions)`` writes a complete, *valid* data folder — councils
with terms, sessions, topics, real-looking documents, resolutions with bodies, legal bases
and relations — into ``target`` (never into the repository's ``data/``). The same ``n``
and ``seed`` always give byte-identical files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from portal.text import format_money, slugify

PROVINCES = [
    "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
    "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh",
    "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long", "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng",
    "Hồ Chí Minh", "Cần Thơ",
]
FIELDS = [
    ("dau-tu", "Đầu tư"), ("nong-nghiep", "Nông nghiệp, nông thôn"), ("lao-dong-viec-lam", "Lao động, việc làm"),
    ("giao-duc", "Giáo dục, đào tạo"), ("y-te", "Y tế"), ("tai-chinh-ngan-sach", "Tài chính, ngân sách"),
    ("giao-thong", "Giao thông, vận tải"), ("van-hoa", "Văn hóa, thể thao"), ("moi-truong", "Tài nguyên, môi trường"),
    ("thuy-loi", "Thủy lợi"),
]
AUDIENCES = [
    ("doanh-nghiep", "Doanh nghiệp, hợp tác xã"), ("nong-dan", "Nông dân, hộ sản xuất"),
    ("nguoi-lao-dong", "Người lao động"), ("hoc-sinh-sinh-vien", "Học sinh, sinh viên"),
    ("ho-ngheo-can-ngheo", "Hộ nghèo, hộ cận nghèo"), ("can-bo-cong-chuc", "Cán bộ, công chức, viên chức"),
]
VERBS = ["Quy định", "Ban hành", "Phê duyệt", "Thông qua", "Điều chỉnh", "Sửa đổi, bổ sung", "Ưu tiên", "Ấn định", "Đặt tên"]
OBJECTS = [
    "chính sách hỗ trợ phát triển sản xuất nông nghiệp", "mức hỗ trợ lãi suất vay vốn cho doanh nghiệp nhỏ và vừa",
    "chính sách thu hút đầu tư vào khu công nghiệp", "chế độ hỗ trợ học sinh, sinh viên dân tộc thiểu số",
    "mức chi bảo đảm hoạt động của Hội đồng nhân dân các cấp", "kế hoạch đầu tư công trung hạn",
    "danh mục công trình thủy lợi được hỗ trợ", "chính sách hỗ trợ người lao động đi làm việc ở nước ngoài",
    "mức thu học phí đối với cơ sở giáo dục công lập", "chính sách khuyến khích phát triển hợp tác xã",
    "giá dịch vụ khám bệnh, chữa bệnh", "tên đường, phố trên địa bàn", "phân cấp nguồn thu, nhiệm vụ chi ngân sách",
    "hỗ trợ xây dựng nông thôn mới", "chính sách hỗ trợ chuyển đổi số", "hỗ trợ hộ nghèo, hộ cận nghèo mua bảo hiểm y tế",
]
NAMES = ["Nguyễn Văn Hòa", "Trần Thị Thủy", "Lê Quang Vinh", "Phạm Thị Hương", "Hoàng Minh Đức", "Võ Thị Lan", "Đặng Văn Khoa", "Bùi Thị Yến"]
TERMS = [("IX", 2016, 2021), ("X", 2021, 2026), ("XI", 2026, 2031)]
BUILD_DAY = date(2026, 11, 21)  # the day the benchmarks build a corpus for (its statuses, PORTAL_TODAY)


@dataclass(frozen=True)
class CorpusStats:
    resolutions: int
    sessions: int
    bodies: int
    documents: int
    topics: int
    files: int
    bytes: int


def _slug(text: str) -> str:
    return slugify(text)


def _write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def write_corpus(target: Path, n_resolutions: int, *, seed: int = 238) -> CorpusStats:
    """Write a valid synthetic data folder with ``n_resolutions`` resolutions into ``target``."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    size = files = 0

    def put(rel: str, text: str) -> None:
        nonlocal size, files
        size += _write(target / rel, text)
        files += 1

    for fid, name in FIELDS:
        put(f"topics/{fid}.yml", f"id: {fid}\nten: {name}\nnhom: linh-vuc\n")
    for aid, name in AUDIENCES:
        put(f"topics/{aid}.yml", f"id: {aid}\nten: {name}\nnhom: doi-tuong\n")
    put("bodies/quoc-hoi.yml", "id: quoc-hoi\nten: Quốc hội\ncap: trung-uong\nloai: quoc-hoi\nky_hieu: QH\n")
    put("documents/luat-77-2015-qh13.md", "---\nid: luat-77-2015-qh13\nloai_van_ban: luat\nso_ky_hieu: 77/2015/QH13\ntrich_yeu: Luật Tổ chức chính quyền địa phương\nco_quan_ban_hanh: quoc-hoi\nngay_ban_hanh: 2015-06-19\nngay_hieu_luc: 2016-01-01\n---\n")

    councils = max(1, min(len(PROVINCES), n_resolutions // 300 or 1))
    per_council = [n_resolutions // councils + (1 if i < n_resolutions % councils else 0) for i in range(councils)]
    sessions_total = 0
    for c, count in enumerate(per_council):
        province = PROVINCES[c]
        council = f"hdnd-tinh-{_slug(province)}"
        terms = "".join(f"  - khoa: {k}\n    tu_nam: {a}\n    den_nam: {b}\n" for k, a, b in TERMS)
        put(f"bodies/{council}.yml", f"id: {council}\nten: Hội đồng nhân dân tỉnh {province}\nten_viet_tat: HĐND tỉnh {province}\ncap: tinh\nloai: hdnd\ntinh: {province}\nky_hieu: HĐND\ndu_lieu_minh_hoa: true\ncac_khoa:\n{terms}")
        # two regular sessions a year (July, December) plus a thematic one in odd years
        session_days: list[tuple[str, str, date, str]] = []
        number = {k: 0 for k, _, _ in TERMS}
        for year in range(2017, 2027):
            for month, kind in ((4, "chuyen-de"), (7, "thuong-le"), (12, "thuong-le")):
                if kind == "chuyen-de" and year % 2 == 0:
                    continue
                start = date(year, month, 8 + rng.randrange(5))
                term = next(k for k, a, b in TERMS if a <= year < b or (b == year and month < 6) or (k == "XI" and year >= 2026))
                number[term] += 1
                label = f"Kỳ họp chuyên đề thứ {number[term]}" if kind == "chuyen-de" else f"Kỳ họp thứ {number[term]}"
                sid = f"ky-hop-{_slug(province)}-{term.lower()}-{number[term]}"
                session_days.append((sid, term, start, kind))
                put(f"sessions/{sid}.yml", f"id: {sid}\nco_quan: {council}\nkhoa: {term}\nten_ky_hop: {label}\nloai: {kind}\ntu_ngay: {start.isoformat()}\nden_ngay: {(start + timedelta(days=2)).isoformat()}\ndu_lieu_minh_hoa: true\nchuong_trinh:\n  - Xem xét báo cáo tình hình kinh tế - xã hội\n  - Thảo luận và biểu quyết thông qua các nghị quyết\n")
        sessions_total += len(session_days)
        seq_by_year: dict[int, int] = {}
        previous: list[tuple[str, date]] = []
        for i in range(count):
            sid, term, start, _ = session_days[(i * len(session_days)) // max(count, 1)]
            issued = start + timedelta(days=2)
            seq_by_year[issued.year] = seq_by_year.get(issued.year, 0) + 1
            seq = seq_by_year[issued.year]
            rid = f"nq-{seq}-{issued.year}-{_slug(province)}"
            fields = rng.sample(FIELDS, k=1 + rng.randrange(2))
            audiences = rng.sample(AUDIENCES, k=1 + rng.randrange(2))
            title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} trên địa bàn tỉnh {province} giai đoạn {issued.year + 1}–{issued.year + 5}"
            effective = issued + timedelta(days=10 + rng.randrange(20))
            relation = ""
            if previous and rng.random() < 0.12:
                acted_on, acted_day = previous[rng.randrange(len(previous))]
                if acted_day < issued:
                    kind = rng.choice(["sua-doi-bo-sung", "thay-the", "bai-bo"])
                    parts = "    pham_vi: khoản 2 Điều 3\n" if kind == "sua-doi-bo-sung" else ""
                    relation = f"quan_he:\n  - loai: {kind}\n    van_ban: {acted_on}\n{parts}"
            amount = (1 + rng.randrange(50)) * 1_000_000
            body = "\n".join(
                f"### Điều {k}. {h}\n\n{rng.choice(OBJECTS).capitalize()} được thực hiện theo quy định tại Nghị quyết này; mức hỗ trợ tối đa {format_money(amount)} cho mỗi đối tượng, do Ủy ban nhân dân tỉnh {province} tổ chức thực hiện.\n"
                for k, h in enumerate(("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Mức hỗ trợ", "Tổ chức thực hiện"), start=1)
            )
            put(
                f"resolutions/{issued.year}/{rid}.md",
                f"---\nid: {rid}\nso_ky_hieu: {seq}/{issued.year}/NQ-HĐND\ntrich_yeu: {title}\nco_quan_ban_hanh: {council}\n"
                f"nguoi_ky:\n  ho_ten: {rng.choice(NAMES)}\n  chuc_danh: Chủ tịch\nngay_ban_hanh: {issued.isoformat()}\nngay_hieu_luc: {effective.isoformat()}\n"
                f"ky_hop: {sid}\nlinh_vuc: [{', '.join(f for f, _ in fields)}]\ndoi_tuong: [{', '.join(a for a, _ in audiences)}]\n"
                f"can_cu:\n  - luat-77-2015-qh13\n  - trich_dan: Luật Ngân sách nhà nước năm 2015\n{relation}"
                f"tom_tat: Nghị quyết {title[0].lower() + title[1:]}. Người dân và doanh nghiệp đáp ứng điều kiện được hỗ trợ tối đa {format_money(amount)}.\n"
                f"muc_ho_tro:\n  - noi_dung: Hỗ trợ một lần\n    muc: tối đa {format_money(amount)}\n"
                f"dieu_kien:\n  - Có hộ khẩu thường trú trên địa bàn tỉnh\n  - Chưa được hưởng chính sách tương tự\n"
                f"du_lieu_minh_hoa: true\n---\n{body}",
            )
            previous.append((rid, issued))
    return CorpusStats(n_resolutions, sessions_total, councils + 1, 1, len(FIELDS) + len(AUDIENCES), files, size)


PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "overrides", "src")
PAGE_TARGETS = ("documents/qd-238-qd-tw-2020.md", "bodies/ban-bi-thu-trung-uong.yml", "topics/tuyen-truyen-pho-bien.yml")


def write_project(target: Path, n_resolutions: int, source: Path) -> Path:
    """A complete project in ``target`` (configuration, pages and code copied from ``source``,
    the repository) whose data is a corpus of ``n_resolutions``: what the benchmarks build."""
    import shutil

    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = source / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, target / name)
    write_corpus(target / "data", n_resolutions)
    for rel in PAGE_TARGETS:  # real records the hand-written pages link to (docs/gioi-thieu.md)
        shutil.copy2(source / "data" / rel, target / "data" / rel)
    return target

