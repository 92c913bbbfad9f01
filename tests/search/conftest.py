"""Fixtures for the search tests: hand-written documents, their built index, a loopback server."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from portal.search import SearchDoc, build_search_index
from portal.search.page import header_form_html, search_page_html
from tests.browsing import serve_directory

IN_FORCE = ("con-hieu-luc", "Còn hiệu lực")
ENDED = ("het-hieu-luc-toan-bo", "Hết hiệu lực toàn bộ")


def _doc(url: str, title: str, number: str | None, date: str, status: tuple[str, str] | None = IN_FORCE,
         *, kind: str = "resolution", fields: list[str] | None = None, body: str = "HĐND tỉnh Đồng Tháp",
         text: str = "") -> SearchDoc:
    y, m, d = date.split("-")
    return SearchDoc(
        url=url, kind=kind, title=title, number=number, date=date, date_display=f"{d}/{m}/{y}",
        status=status[0] if status else None, status_label=status[1] if status else None,
        fields=fields or [], body=body, text=text,
    )


SAMPLE_DOCS: list[SearchDoc] = [
    _doc("nghi-quyet/2023/15-2023-nq-hdnd/",
         "Nghị quyết quy định chính sách hỗ trợ đầu tư phát triển nông nghiệp", "15/2023/NQ-HĐND",
         "2023-07-12", fields=["Nông nghiệp", "Đầu tư"],
         text="Hỗ trợ đầu tư cho doanh nghiệp, hợp tác xã đầu tư vào nông nghiệp, nông thôn."),
    _doc("nghi-quyet/2023/15-nq-hdnd/",
         "Nghị quyết về việc thành lập Đoàn giám sát chuyên đề", "15/NQ-HĐND", "2023-03-10",
         fields=["Nội vụ"], text="Thành lập Đoàn giám sát việc thực hiện chính sách năm 2023."),
    _doc("nghi-quyet/2024/07-2024-nq-hdnd/",
         "Nghị quyết về kế hoạch đầu tư công năm 2024", "07/2024/NQ-HĐND", "2024-01-15",
         fields=["Đầu tư"],
         text="Căn cứ Nghị quyết số 15/2023/NQ-HĐND của Hội đồng nhân dân tỉnh. "
              "Bố trí vốn để hỗ trợ các xã; ưu tiên đầu tư kết cấu hạ tầng."),
    _doc("van-ban/238-qd-tw/",
         "Quyết định ban hành Quy chế phối hợp giữa ban tuyên giáo các cấp với cơ quan nhà nước cùng cấp",
         "238-QĐ/TW", "2020-09-30", None, kind="document", body="Ban Bí thư",
         text="Quy chế phối hợp trong thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội."),
    _doc("ke-hoach/42-kh-tu/", "Kế hoạch của Tỉnh ủy về tuyên truyền nghị quyết của Hội đồng nhân dân",
         "42-KH/TU", "2022-05-20", None, kind="plan", body="Tỉnh ủy Đồng Tháp",
         text="Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp tuyên truyền."),
    _doc("ke-hoach/05-ctr-tu/", "Chương trình phối hợp của Tỉnh uỷ với Thường trực Hội đồng nhân dân",
         "05-CTr/TU", "2021-11-02", None, kind="plan", body="Tỉnh uỷ Đồng Tháp",
         text="Các cấp uỷ quán triệt và thực hiện."),
    _doc("nghi-quyet/2022/20-2022-nq-hdnd/", "Nghị quyết về quản lý, khai thác công trình thủy lợi",
         "20/2022/NQ-HĐND", "2022-12-08", ENDED, fields=["Thủy lợi"],
         text="Công trình thuỷ lợi, hệ thống kênh mương nội đồng được ưu tiên."),
    _doc("nghi-quyet/2021/31-nq-hdnd/", "Nghị quyết đặt tên đường trên địa bàn thành phố Cao Lãnh",
         "31/NQ-HĐND", "2021-06-30", fields=["Giao thông"], text="Đặt tên 12 tuyến đường."),
    _doc("nghi-quyet/2021/32-nq-hdnd/", "Nghị quyết về phát triển du lịch huyện Dương Minh Châu",
         "32/NQ-HĐND", "2021-06-29", fields=["Du lịch"], body="HĐND tỉnh Tây Ninh",
         text="Phát triển du lịch gắn với núi Bà Đen."),
    _doc("nghi-quyet/2021/33-nq-hdnd/", "Nghị quyết về chế độ đối với cán bộ đương nhiệm",
         "33/NQ-HĐND", "2021-06-28", fields=["Nội vụ"], text="Chế độ phụ cấp."),
    _doc("nghi-quyet/2019/12-2019-nq-hdnd/", "Nghị quyết về quy hoạch xây dựng vùng tỉnh Hòa Bình",
         "12/2019/NQ-HĐND", "2019-04-04", ENDED, fields=["Xây dựng"], body="HĐND tỉnh Hòa Bình",
         text="Quy hoạch vùng."),
    _doc("nghi-quyet/2019/13-2019-nq-hdnd/", "Nghị quyết về phát triển đô thị huyện Hoà Vang",
         "13/2019/NQ-HĐND", "2019-04-03", fields=["Xây dựng"], body="HĐND thành phố Đà Nẵng",
         text="Phát triển đô thị."),
    _doc("ky-hop/2023/ky-hop-thu-12/", "Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa X", None, "2023-07-10",
         None, kind="session", text="Kỳ họp thông qua các nghị quyết về chính sách hỗ trợ."),
]


@pytest.fixture(scope="session")
def sample_docs() -> list[SearchDoc]:
    """The hand-written documents (a fresh list each session)."""
    return list(SAMPLE_DOCS)


@pytest.fixture(scope="session")
def sample_index() -> dict[str, bytes]:
    """`build_search_index(SAMPLE_DOCS)`."""
    return build_search_index(SAMPLE_DOCS)


def read_script(content: bytes) -> tuple[str, Any]:
    """``__ccs("name", data);`` → (name, data)."""
    text = content.decode("utf-8").strip()
    assert text.startswith('__ccs("') and text.endswith(");"), text[:80]
    name, _, payload = text[len('__ccs("'):-2].partition('",')
    return name, json.loads(payload)


@pytest.fixture(scope="session")
def read_index(sample_index: dict[str, bytes]) -> Callable[[str], Any]:
    """Data of one index file of the sample index, by path under ``search/idx/``."""

    def read(name: str) -> Any:
        return read_script(sample_index[f"search/idx/{name}.js"])[1]

    return read


def _page(title: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f"<body><header>{header_form_html('../tim-kiem/')}</header><main><h1>{title}</h1>\n{body}</main></body></html>\n")


@pytest.fixture(scope="session")
def search_site(tmp_path_factory: pytest.TempPathFactory, sample_index: dict[str, bytes]) -> Path:
    """The sample index written out as a site, with a search page at ``tim-kiem/``."""
    root = tmp_path_factory.mktemp("search-site")
    for rel, content in sample_index.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    (root / "tim-kiem").mkdir()
    (root / "tim-kiem" / "index.html").write_text(
        _page("Tìm kiếm", search_page_html("../search/assets/")), encoding="utf-8")
    (root / "gioi-thieu").mkdir()
    (root / "gioi-thieu" / "index.html").write_text(_page("Giới thiệu", "<p>Cổng Chính sách.</p>"), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def search_url(search_site: Path) -> Iterator[str]:
    """The sample search site served on 127.0.0.1; the URL of its root, ending in ``/``."""
    with serve_directory(search_site) as url:
        yield url
