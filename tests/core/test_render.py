"""Rendered Markdown of the mini project, compared with golden files.

Regenerate after a deliberate change: ``PORTAL_UPDATE_GOLDEN=1 scripts/test tests/core/test_render.py``
and review the diff like any other change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import jinja2
import markdown
import pytest
import yaml

from portal.build import build_pages, plan_build, validate_data
from portal.site.plan import SiteSettings
from portal.site.page_in_hand import PageInHand, in_hand
from portal.site.render import _RAW_TOKEN, LISTED_MACROS, ListedLines, RenderedPage
from tests.conftest import MINI, ROOT, TODAY
from tests.golden_files import assert_matches_golden

GOLDEN = ROOT / "tests" / "golden"
PAGES = [
    "index.md",
    "nghi-quyet/nq-15-2023-hdnd-mau.md",
    "nghi-quyet/nq-05-2016-hdnd-mau.md",
    "ky-hop/ky-hop-thu-7-khoa-x.md",
    "dong-thoi-gian/hdnd-tinh-mau.md",
    "tra-cuu/hieu-luc/index.md",
    "tra-cuu/a-z/index.md",
    "co-quan/hdnd-tinh-mau.md",
    "van-ban/qd-238-qd-tw-2020.md",
]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    result = build_pages(MINI, SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    return {p.src_uri: p.markdown for p in result.pages}


@pytest.mark.parametrize("src_uri", PAGES)
def test_page_matches_golden(rendered: dict[str, str], src_uri: str) -> None:
    assert_matches_golden(rendered[src_uri], GOLDEN / src_uri)


def test_every_record_has_a_page_with_its_edit_path(rendered: dict[str, str]) -> None:
    result = build_pages(MINI, SiteSettings(today=TODAY))
    edit = {p.src_uri: p.edit_path for p in result.pages}
    assert edit["nghi-quyet/nq-15-2023-hdnd-mau.md"] == "data/resolutions/nq-15-2023-hdnd-mau.md"
    assert edit["ky-hop/ky-hop-thu-7-khoa-x.md"] == "data/sessions/ky-hop-thu-7-khoa-x.yml"
    assert edit["tra-cuu/linh-vuc/dau-tu.md"] == "data/topics/dau-tu.yml"
    for record_id in result.catalog.by_id:
        record = result.catalog.record(record_id)
        if record.kind != "topic":
            assert any(uri.endswith(f"/{record_id}.md") for uri in rendered), record_id


def test_rendering_is_deterministic() -> None:
    first = build_pages(MINI, SiteSettings(today=TODAY)).pages
    second = build_pages(MINI, SiteSettings(today=TODAY)).pages
    assert first == second


def test_session_lists_the_resolutions_that_name_it(rendered: dict[str, str]) -> None:
    page = rendered["ky-hop/ky-hop-thu-7-khoa-x.md"]
    assert 'href="../../nghi-quyet/nq-15-2023-hdnd-mau/"' in page
    assert 'href="../../nghi-quyet/nq-20-2023-hdnd-mau/"' in page
    assert "nq-05-2016-hdnd-mau" not in page
    assert "<tr><td>Số nghị quyết thông qua</td><td>2</td></tr>" in page


def test_sample_records_carry_a_visible_notice(rendered: dict[str, str]) -> None:
    notice = '<div class="admonition warning">\n<p class="admonition-title">Dữ liệu minh họa</p>\n<p>Đây là dữ liệu <strong>minh họa</strong>'
    assert notice in rendered["nghi-quyet/nq-15-2023-hdnd-mau.md"]
    assert notice in rendered["ky-hop/ky-hop-thu-7-khoa-x.md"]
    assert notice in rendered["dong-thoi-gian/hdnd-tinh-mau.md"]
    assert "admonition" not in rendered["van-ban/qd-238-qd-tw-2020.md"]


def test_listing_pages_are_paginated(make_project) -> None:
    from portal.site import plan

    resolutions = {}
    for n in range(1, plan.PAGE_SIZE + 3):
        resolutions[f"data/resolutions/nq-{n}-2023-x.md"] = (
            f"---\nid: nq-{n}-2023-x\nso_ky_hieu: {100 + n}/2023/NQ-HĐND\ntrich_yeu: Nghị quyết số {n}\n"
            "co_quan_ban_hanh: hdnd-tinh-mau\nngay_ban_hanh: 2023-07-11\nky_hop: ky-hop-thu-7-khoa-x\n---\n"
        )
    result = build_pages(make_project(resolutions), SiteSettings(today=TODAY))
    assert result.ok, [i.format_text() for i in result.issues]
    uris = {p.src_uri for p in result.pages}
    assert {"tra-cuu/nam/2023.md", "tra-cuu/nam/2023/trang-2.md", "nghi-quyet/tat-ca.md", "nghi-quyet/tat-ca/trang-2.md"} <= uris
    assert "tra-cuu/nam/2023/trang-3.md" not in uris


def _site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions of mkdocs.yml, as MkDocs converts a page."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/name: not needed here
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    assert names == ["admonition", "attr_list", "md_in_html", "tables", "def_list", "toc"]
    from portal.text.slug import slugify

    return markdown.Markdown(extensions=names, extension_configs={"toc": {"permalink": True, "slugify": slugify}})


def test_html_blocks_come_back_in_place_after_markdown() -> None:
    """Most of a resolution page is HTML kept out of Python-Markdown (RenderedPage): Markdown
    converts the rest, the blocks go back where their placeholders were, the headings stay
    Markdown headings (table of contents)."""
    result = build_pages(MINI, SiteSettings(today=TODAY))
    page = next(p for p in result.pages if p.src_uri == "nghi-quyet/nq-15-2023-hdnd-mau.md")
    assert len(page.raw_blocks) >= 8
    assert "| Thuộc tính |" not in page.source and "<table>" not in page.source and "<tr>" not in page.source
    converter = _site_markdown()
    html = page.fill(converter.convert(page.source.split("\n---\n", 1)[1]))
    assert "CSRAW" not in html
    position = -1
    for block in page.raw_blocks:  # every block, once, in the order of the page
        assert html.count(block) == 1, block[:80]
        assert html.index(block) > position
        position = html.index(block)
    def ids(tokens: list[dict]) -> list[str]:
        return [i for t in tokens for i in (t["id"], *ids(t["children"]))]

    toc = ids(converter.toc_tokens)
    assert toc[:2] == ["nghi-quyet-so-15-2023-nq-hdnd", "thuoc-tinh"] and "luoc-do-van-ban-lien-quan" in toc and "lich-su-hieu-luc" in toc
    assert re.search(r'<div class="cs-diagram">\s*<h3 id="van-ban-nay-can-cu-tac-dong-hoac-dan-chieu-3">', html)
    # the same page as one Markdown text converts to the same HTML, up to blank lines between tags
    def tags(text: str) -> str:
        return re.sub(r">\s+<", "><", text)

    assert tags(_site_markdown().convert(page.markdown.split("\n---\n", 1)[1])) == tags(html)


def test_a_block_that_markdown_does_not_leave_as_a_paragraph_is_an_error() -> None:
    token = _RAW_TOKEN.format(0)
    page = RenderedPage("x.md", f"# T\n\n- {token}\n", None, True, ("<table></table>",))
    with pytest.raises(ValueError, match="x.md: raw HTML blocks \\[0\\]"):
        page.fill(_site_markdown().convert(page.source))
    assert replace(page, source=f"# T\n\n{token}\n").fill(f"<h1>T</h1>\n<p>{token}</p>") == "<h1>T</h1>\n<table></table>"


def test_an_editor_cannot_write_a_placeholder() -> None:
    """Placeholders carry a random part: text that looks like one is left as it is."""
    page = RenderedPage("x.md", f"CSRAW0CSRAW\n\n{_RAW_TOKEN.format(0)}\n", None, True, ("<table></table>",))
    html = _site_markdown().convert(page.source)
    assert page.fill(html) == "<p>CSRAW0CSRAW</p>\n<table></table>"
    assert page.markdown == "CSRAW0CSRAW\n\n<table></table>\n"


def test_cited_numbers_in_html_parts_link_to_public_addresses(rendered: dict[str, str]) -> None:
    page = rendered["nghi-quyet/nq-20-2023-hdnd-mau.md"]
    assert ('<tr><td>Trích yếu</td><td>Sửa đổi khoản 2 Điều 3 <a href="../nq-15-2023-hdnd-mau/">Nghị quyết 15/2023/NQ-HĐND</a></td></tr>') in page
    html_parts = re.sub(r"^#.*$", "", page.split("## Nội dung chi tiết", 1)[0], flags=re.M)  # headings are Markdown
    assert ".md)" not in html_parts and '.md"' not in html_parts


def test_a_listed_line_is_made_once_per_record_and_build_and_linked_from_each_page() -> None:
    catalog = validate_data(MINI).catalog
    entries = [catalog.get("nq-15-2023-hdnd-mau"), catalog.get("nq-20-2023-hdnd-mau")]
    made: list[str] = []

    def line(entry, href: str) -> str:  # noqa: ANN001 - a Jinja macro's stand-in
        made.append(entry.id)
        return f'<li><a href="{href}">{entry.record.number}</a></li>'

    env = jinja2.Environment()
    env.extend(page_in_hand=PageInHand())
    listed = ListedLines(env)
    in_hand(env).here = "tra-cuu/linh-vuc/dau-tu.md"
    assert listed("doc", entries, line) == (
        '<li><a href="../../../nghi-quyet/nq-15-2023-hdnd-mau/">15/2023/NQ-HĐND</a></li>\n'
        '<li><a href="../../../nghi-quyet/nq-20-2023-hdnd-mau/">20/2023/NQ-HĐND</a></li>'
    )
    in_hand(env).here = "nghi-quyet/index.md"
    assert listed("doc", entries[:1], line) == '<li><a href="nq-15-2023-hdnd-mau/">15/2023/NQ-HĐND</a></li>', "the same line, this page's link"
    assert listed.one("doc", entries[1], line) == '<li><a href="nq-20-2023-hdnd-mau/">20/2023/NQ-HĐND</a></li>', "one line, inside a template's own"
    assert made == ["nq-15-2023-hdnd-mau", "nq-20-2023-hdnd-mau"]
    listed("other", entries[:1], line)
    ListedLines(env)("doc", entries[:1], line)
    assert made[2:] == ["nq-15-2023-hdnd-mau", "nq-15-2023-hdnd-mau"], "lines of another name, or of another build, are made again"
    twice = ListedLines(env)("two", entries[:1], lambda entry, href: f'<a href="{href}">{entry.id}</a> <a href="{href}#y">y</a>')
    assert twice == '<a href="nq-15-2023-hdnd-mau/">nq-15-2023-hdnd-mau</a> <a href="nq-15-2023-hdnd-mau/#y">y</a>', "a line may link twice"


def test_prepare_rendering_compiles_every_planned_template_before_any_page() -> None:
    """A build forks its page helper after this (hooks/, on_env): the helper inherits the
    templates compiled instead of compiling its own."""
    site = plan_build(MINI, SiteSettings(today=TODAY))
    templates = {page.template for page in site.pages}
    assert len(templates) > 10
    site.prepare_rendering()
    env = site._page_renderer().env
    compiled = {template.name for template in env.cache.values()}
    assert templates <= compiled
    rendered_page = site.render(site.pages[0])
    assert rendered_page.source.startswith("---\n")


def test_prepare_rendering_makes_every_listed_line_the_pages_ask_for() -> None:
    """The forked helpers inherit the lines instead of each making its own: LISTED_MACROS names
    every macro the templates list, and the lines made ahead are those a page would make."""
    prepared = plan_build(MINI, SiteSettings(today=TODAY))
    prepared.prepare_rendering()
    listed = prepared._page_renderer().env.globals["listed"]
    made_ahead = {name: dict(lines) for name, lines in listed._made.items()}
    assert set(made_ahead) == set(LISTED_MACROS) and all(len(lines) > 3 for lines in made_ahead.values())
    pages = [prepared.render(page).markdown for page in prepared.pages]
    assert listed._made == made_ahead, "no line is made after prepare_rendering"
    unprepared = plan_build(MINI, SiteSettings(today=TODAY))
    assert [unprepared.render(page).markdown for page in unprepared.pages] == pages
