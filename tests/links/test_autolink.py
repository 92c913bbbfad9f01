"""The auto-linker against the examples of the reference (§2, §5) and numbers we do not hold.

The project is the mini fixture plus a few documents chosen so that every rule of
``portal.links.resolve`` has a case: spelling variants, leading zeros, Đ ≠ D, numbers that
restart every year, a second council holding the same number, a self-citation.
"""

from __future__ import annotations

import jinja2
import pytest

from portal.build import build_pages, validate_data
from portal.catalog import Catalog
from portal.links.citations import _scanned_without_numbers, link_catalog
from portal.links.markdown import apply_links, html_link
from portal.links.prose import prose_of
from portal.links.resolve import Outcome
from portal.links.scan import find_citations
from portal.site.link_filters import autolink, autolink_html, autolink_md
from portal.site.page_in_hand import PageInHand, in_hand
from portal.site.plan import SiteSettings
from portal.text import clean
from tests.conftest import TODAY, MakeProject


def _doc(record_id: str, number: str, issuer: str, issued: str, kind: str = "nghi-quyet", body: str = "") -> str:
    return (f"---\nid: {record_id}\nloai_van_ban: {kind}\nso_ky_hieu: {number}\ntrich_yeu: Văn bản {number}\n"
            f"co_quan_ban_hanh: {issuer}\nngay_ban_hanh: {issued}\n---\n{body}")


EXTRA = {
    "data/bodies/ban-tuyen-giao-mau.yml": "id: ban-tuyen-giao-mau\nten: Ban Tuyên giáo Tỉnh ủy Mẫu\ncap: tinh\nloai: ban-dang\nky_hieu: BTGTU\n",
    "data/bodies/hdnd-tinh-khac.yml": "id: hdnd-tinh-khac\nten: Hội đồng nhân dân tỉnh Khác\ncap: tinh\nloai: hdnd\nky_hieu: HĐND\n",
    "data/documents/kh-5-ubnd-mau-2024.md": _doc("kh-5-ubnd-mau-2024", "5/KH-UBND", "ubnd-tinh-mau", "2024-02-05", "ke-hoach"),
    "data/documents/da-12-ubnd-mau-2024.md": _doc("da-12-ubnd-mau-2024", "12/DA-UBND", "ubnd-tinh-mau", "2024-03-01", "de-an"),
    "data/documents/nq-15-hdnd-mau-2023.md": _doc("nq-15-hdnd-mau-2023", "15/NQ-HĐND", "hdnd-tinh-mau", "2023-03-16"),
    "data/documents/nq-15-hdnd-mau-2024.md": _doc("nq-15-hdnd-mau-2024", "15/NQ-HĐND", "hdnd-tinh-mau", "2024-03-20"),
    "data/documents/nq-15-2023-hdnd-khac.md": _doc("nq-15-2023-hdnd-khac", "15/2023/NQ-HĐND", "hdnd-tinh-khac", "2023-07-20"),
    "data/documents/nq-30-hdnd-mau-2024.md": ("---\nid: nq-30-hdnd-mau-2024\nloai_van_ban: nghi-quyet\nso_ky_hieu: 30/NQ-HĐND\ntrich_yeu: Sửa đổi một điều\n"
                                              "co_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: 2024-06-01\n"
                                              "quan_he:\n  - loai: sua-doi-bo-sung\n    van_ban: nq-15-hdnd-mau-2024\n---\n"),
    "data/documents/kh-42-btgtu-mau.md": _doc("kh-42-btgtu-mau", "42-KH/BTGTU-HĐND-UBND-VKSND-TAND", "ban-tuyen-giao-mau", "2021-10-22", "ke-hoach"),
}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    import shutil

    from tests.conftest import MINI

    root = tmp_path_factory.mktemp("links") / "project"
    shutil.copytree(MINI / "data", root / "data")
    for rel, text in EXTRA.items():
        (root / rel).write_text(text, encoding="utf-8")
    result = validate_data(root)
    assert result.ok, [i.format_text() for i in result.issues]
    assert result.catalog is not None
    return result.catalog


def linked(catalog: Catalog, text: str, citing: str | None = "nq-20-2023-hdnd-mau", *, plain: bool = False) -> str:
    """``text``, as a record would hold it (loading cleans every text), as a page of ``citing``
    shows it; links point at ``<id>.md``."""
    entry = catalog.get(citing) if citing else None
    text = clean(text)
    return apply_links(text, catalog.citations.in_text(text, entry), lambda e: f"{e.id}.md", plain=plain)


def outcomes(catalog: Catalog, text: str, citing: str | None = "nq-20-2023-hdnd-mau") -> list[tuple[str, str, list[str]]]:
    entry = catalog.get(citing) if citing else None
    return [(f.citation.symbol, r.outcome.value, [c.id for c in r.candidates]) for f, r in catalog.citations.in_text(text, entry)]


# -- the examples of reference §5 (extract_refs) -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư về …",
     "Thực hiện [Quyết định số 238-QĐ/TW](qd-238-qd-tw-2020.md) ngày 30/9/2020 của Ban Bí thư về …"),
    ("Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh quy định…",
     "Căn cứ [Nghị quyết số 15/2023/NQ-HĐND](nq-15-2023-hdnd-mau.md) ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh quy định…"),
    ("Kế hoạch số 42-KH/BTGTU-HĐND-UBND-VKSND-TAND ngày 22 tháng 10 năm 2021",
     "[Kế hoạch số 42-KH/BTGTU-HĐND-UBND-VKSND-TAND](kh-42-btgtu-mau.md) ngày 22 tháng 10 năm 2021"),
    ("Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
     "Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;"),
    ("phổ biến công văn số82/2005/QĐ-UBND ngày06/5/2005", "phổ biến công văn số82/2005/QĐ-UBND ngày06/5/2005"),
    ("nhiệm kỳ 2021-2026, ngày 30/9/2020", "nhiệm kỳ 2021-2026, ngày 30/9/2020"),
])
def test_reference_examples(catalog: Catalog, text: str, expected: str) -> None:
    assert linked(catalog, text) == expected


def test_numbers_we_do_not_hold_are_unknown_and_not_linked(catalog: Catalog) -> None:
    text = "Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05 tháng 3 năm 2020 của Chính phủ; công văn số82/2005/QĐ-UBND ngày06/5/2005; Số: 94- KH/BTGDVTW."
    assert outcomes(catalog, text) == [
        ("30/2020/NĐ-CP", "unknown", []),
        ("82/2005/QĐ-UBND", "unknown", []),
        ("94-KH/BTGDVTW", "unknown", []),
    ]
    assert linked(catalog, text) == text


# -- spelling variants (reference §2.5) -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # spaces, en dash and eth (Ð, U+00D0) inside the number: linked, printed as written
    ("theo Nghị quyết 15 / 2023 / NQ – HÐND", "theo [Nghị quyết 15 / 2023 / NQ – HĐND](nq-15-2023-hdnd-mau.md)"),
    # typed on an ASCII keyboard: HDND for HĐND (the Đ-folded fallback finds exactly one)
    ("theo Nghị quyết 15/2023/NQ-HDND", "theo [Nghị quyết 15/2023/NQ-HDND](nq-15-2023-hdnd-mau.md)"),
    # leading zero: 05/KH-UBND is 5/KH-UBND
    ("Kế hoạch số 05/KH-UBND", "[Kế hoạch số 05/KH-UBND](kh-5-ubnd-mau-2024.md)"),
    # Party number with spaces around the dash
    ("Quyết định 238 - QĐ/TW", "[Quyết định 238 - QĐ/TW](qd-238-qd-tw-2020.md)"),
    # a bare number (no type word) links on the number alone
    ("Số: 238-QĐ/TW", "Số: [238-QĐ/TW](qd-238-qd-tw-2020.md)"),
])
def test_spelling_variants(catalog: Catalog, text: str, expected: str) -> None:
    assert linked(catalog, text) == expected


def test_d_and_dd_stay_apart(catalog: Catalog) -> None:
    """12/ĐA (Đề án) is not 12/DA (Dự án): a writer who typed Đ meant Đ."""
    assert outcomes(catalog, "Đề án số 12/ĐA-UBND") == [("12/ĐA-UBND", "unknown", [])]
    assert outcomes(catalog, "Dự án số 12/DA-UBND") == [("12/DA-UBND", "linked", ["da-12-ubnd-mau-2024"])]


# -- identity: a number alone is not an identity -----------------------------------------------

def test_number_without_year_restarts_each_year(catalog: Catalog) -> None:
    both = ["nq-15-hdnd-mau-2023", "nq-15-hdnd-mau-2024"]
    assert outcomes(catalog, "Nghị quyết số 15/NQ-HĐND") == [("15/NQ-HĐND", "ambiguous", both)]
    assert linked(catalog, "Nghị quyết số 15/NQ-HĐND") == "Nghị quyết số 15/NQ-HĐND"  # never guessed
    assert linked(catalog, "Nghị quyết số 15/NQ-HĐND ngày 16/3/2023") == "[Nghị quyết số 15/NQ-HĐND](nq-15-hdnd-mau-2023.md) ngày 16/3/2023"
    # a cited date that fits none of them means another document
    assert outcomes(catalog, "Nghị quyết số 15/NQ-HĐND ngày 10/12/2021") == [("15/NQ-HĐND", "unknown", [])]


def test_a_record_that_names_one_candidate_by_id_means_that_one(catalog: Catalog) -> None:
    """nq-30 declares that it amends nq-15-hdnd-mau-2024: its "15/NQ-HĐND" is that one."""
    assert outcomes(catalog, "Nghị quyết số 15/NQ-HĐND", "nq-30-hdnd-mau-2024") == [("15/NQ-HĐND", "linked", ["nq-15-hdnd-mau-2024"])]


def test_same_number_of_two_councils(catalog: Catalog) -> None:
    text = "Nghị quyết số 15/2023/NQ-HĐND"
    # cited by the Ban Bí thư: nothing tells which council
    assert outcomes(catalog, text, "qd-238-qd-tw-2020") == [("15/2023/NQ-HĐND", "ambiguous", ["nq-15-2023-hdnd-khac", "nq-15-2023-hdnd-mau"])]
    # cited by a resolution of the council of tỉnh Mẫu: its own act
    assert outcomes(catalog, text) == [("15/2023/NQ-HĐND", "linked", ["nq-15-2023-hdnd-mau"])]
    # the issuer named after "của" decides when it names one of them
    assert outcomes(catalog, f"{text} của Hội đồng nhân dân tỉnh Khác", "qd-238-qd-tw-2020") == [("15/2023/NQ-HĐND", "linked", ["nq-15-2023-hdnd-khac"])]
    # the date narrows by year only for state numbers: both are of 2023
    assert outcomes(catalog, f"{text} ngày 20/7/2023", "qd-238-qd-tw-2020")[0][1] == "ambiguous"


def test_a_document_never_links_to_itself(catalog: Catalog) -> None:
    text = "Nghị quyết số 15/2023/NQ-HĐND này có hiệu lực từ ngày 01/8/2023."
    assert outcomes(catalog, text, "nq-15-2023-hdnd-mau") == [("15/2023/NQ-HĐND", "self", ["nq-15-2023-hdnd-mau"])]
    assert linked(catalog, text, "nq-15-2023-hdnd-mau") == text


# -- Markdown is respected ---------------------------------------------------------------------

def test_markdown_code_links_headings_and_urls_are_left_alone(catalog: Catalog) -> None:
    text = (
        "### Điều 1. Sửa đổi Nghị quyết số 15/2023/NQ-HĐND\n\n"
        "Xem [Nghị quyết số 15/2023/NQ-HĐND](khac.md), mã `238-QĐ/TW`, https://vbpl.vn/238-QĐ/TW và "
        "<span title=\"238-QĐ/TW\">x</span>; còn Quyết định số 238-QĐ/TW thì được liên kết.\n"
    )
    expected = text.replace("còn Quyết định số 238-QĐ/TW", "còn [Quyết định số 238-QĐ/TW](qd-238-qd-tw-2020.md)")
    assert linked(catalog, text) == expected
    # the heading and the existing link still count as citations; code, URL and tag do not
    assert [(f.citation.symbol, f.linkable) for f in find_citations(text)] == [
        ("15/2023/NQ-HĐND", False), ("15/2023/NQ-HĐND", False), ("238-QĐ/TW", True),
    ]


def test_plain_text_is_escaped_like_the_e_filter(catalog: Catalog) -> None:
    text = "A & B <theo> Nghị quyết số 15/2023/NQ-HĐND"
    assert linked(catalog, text, plain=True) == "A &amp; B &lt;theo&gt; [Nghị quyết số 15/2023/NQ-HĐND](nq-15-2023-hdnd-mau.md)"


def test_html_links_make_the_same_choices_and_escape_like_the_e_filter(catalog: Catalog) -> None:
    """``autolink_html`` (the HTML parts of a page) links the same numbers as ``autolink``, as HTML."""
    text = "A & B <theo> Nghị quyết số 15/2023/NQ-HĐND, Nghị định số 30/2020/NĐ–CP và Số: 238-QĐ/TW"
    entry = catalog.get("nq-20-2023-hdnd-mau")
    html = apply_links(text, catalog.citations.in_text(text, entry), lambda e: f"../{e.id}/?a=1&b=2", plain=True, link=html_link)
    assert html == ('A &amp; B &lt;theo&gt; <a href="../nq-15-2023-hdnd-mau/?a=1&amp;b=2">Nghị quyết số 15/2023/NQ-HĐND</a>, '
                    'Nghị định số 30/2020/NĐ–CP và Số: <a href="../qd-238-qd-tw-2020/?a=1&amp;b=2">238-QĐ/TW</a>')
    assert linked(catalog, text, plain=True) == ("A &amp; B &lt;theo&gt; [Nghị quyết số 15/2023/NQ-HĐND](nq-15-2023-hdnd-mau.md), "
                                                 "Nghị định số 30/2020/NĐ–CP và Số: [238-QĐ/TW](qd-238-qd-tw-2020.md)")


def test_catalog_citations_give_backlinks(catalog: Catalog) -> None:
    index = catalog.citations
    # nq-20's title cites nq-15 ("Sửa đổi khoản 2 Điều 3 Nghị quyết 15/2023/NQ-HĐND")
    assert [e.id for e in index.cited_in["nq-15-2023-hdnd-mau"]] == ["nq-20-2023-hdnd-mau"]
    assert [e.id for e in index.cites("nq-20-2023-hdnd-mau")] == ["nq-15-2023-hdnd-mau"]
    assert index.unresolved("nq-20-2023-hdnd-mau", Outcome.UNKNOWN) == []


def test_a_page_links_the_numbers_it_cites_but_never_its_own(make_project: MakeProject) -> None:
    """Through the page's templates: macros and filters know which record the page is about
    (portal.site.page_in_hand), in its Markdown body and in the HTML of its properties."""
    body = "Nghị quyết số 15/2024/NQ-HĐND này thay thế Nghị quyết số 15/2023/NQ-HĐND.\n"
    doc = _doc("nq-15-2024-hdnd-mau", "15/2024/NQ-HĐND", "hdnd-tinh-mau", "2024-03-20", body=body)
    root = make_project({"data/documents/nq-15-2024-hdnd-mau.md": doc.replace("trich_yeu: Văn bản 15/2024/NQ-HĐND", "trich_yeu: Về Nghị quyết số 15/2024/NQ-HĐND và Nghị quyết số 15/2023/NQ-HĐND")})
    result = build_pages(root, SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    page = next(p for p in result.pages if p.src_uri == "van-ban/nq-15-2024-hdnd-mau.md")
    markdown = page.markdown
    assert "[Nghị quyết số 15/2023/NQ-HĐND](../nghi-quyet/nq-15-2023-hdnd-mau.md)" in markdown  # the body (Markdown)
    assert '<td>Về Nghị quyết số 15/2024/NQ-HĐND và <a href="../../nghi-quyet/nq-15-2023-hdnd-mau/">' in markdown  # the title (HTML)
    assert "nq-15-2024-hdnd-mau.md)" not in markdown and 'nq-15-2024-hdnd-mau/"' not in markdown


def test_a_records_own_texts_are_not_scanned_again_for_its_page(catalog: Catalog) -> None:
    """What the build's scan found in a record's prose is what its page finds: the texts
    with numbers were resolved then, and those without are known to have none."""
    entry, other = catalog.get("nq-20-2023-hdnd-mau"), catalog.get("nq-15-2023-hdnd-mau")
    assert entry is not None and other is not None
    index = link_catalog(catalog)  # the build's scan, as its pages have it (other tests' catalogs were linked since)
    texts = [text for _, text in prose_of(entry)]
    without = [t for t in texts if not find_citations(t)]
    assert without and len(without) < len(texts), texts  # the title cites 15/2023/NQ-HĐND
    assert [_scanned_without_numbers(entry, t) for t in texts] == [t in without for t in texts]
    assert all(index.in_text(t, entry) == () for t in without)
    assert not any(_scanned_without_numbers(other, t) for t in without if t not in [u for _, u in prose_of(other)])  # another record's text: scanned when shown
    assert not _scanned_without_numbers(entry, "Một văn bản không có trong hồ sơ")


def test_the_filters_escape_a_text_with_nothing_to_link_as_one_with_links(catalog: Catalog) -> None:
    """``autolink`` and ``autolink_html`` escape a plain text whether or not it cites a number
    (most texts cite none, and take a shorter way); ``autolink_md`` leaves a Markdown body as is."""
    env = jinja2.Environment()
    env.extend(page_in_hand=PageInHand())
    env.globals["catalog"] = catalog
    in_hand(env).here = "nghi-quyet/nq-20-2023-hdnd-mau.md"
    text = "A & B <theo> không dẫn số nào"
    for plain_filter in (autolink, autolink_html):
        assert plain_filter(env, text) == "A &amp; B &lt;theo&gt; không dẫn số nào"
        assert plain_filter(env, text + " ngoài Nghị quyết số 15/2023/NQ-HĐND").startswith("A &amp; B &lt;theo&gt; không dẫn số nào ngoài ")
    assert autolink_md(env, "**A** & <b>B</b>") == "**A** & <b>B</b>"
    assert autolink(env, None) == ""
