"""The HTML snippets that put the search on a page."""

from __future__ import annotations

from portal.search.assets import CLIENT_FILES, asset_files
from portal.search.page import header_form_html, search_page_html


def test_search_page_snippet_loads_the_client_in_order() -> None:
    html = search_page_html("../search/assets/")
    assert '<div id="cc-search" class="cc-search" data-cc-search></div>' in html
    assert html.index('href="../search/assets/search.css"') < html.index('src="../search/assets/vn-text.js"')
    assert html.index('src="../search/assets/vn-text.js"') < html.index('src="../search/assets/search.js"')
    assert "<noscript>" in html


def test_search_page_snippet_without_assets() -> None:
    html = search_page_html(include_assets=False)
    assert "<script" not in html and "<link" not in html and "data-cc-search" in html


def test_header_form_submits_q_to_the_search_page() -> None:
    html = header_form_html('../tim-kiem/?a="b"')
    assert 'role="search"' in html and 'method="get"' in html and 'name="q"' in html
    assert 'action="../tim-kiem/?a=&quot;b&quot;"' in html
    assert '<label class="cc-header-search__label" for="cc-header-q">Tìm kiếm văn bản</label>' in html


def test_client_files_ship_with_the_package() -> None:
    files = asset_files()
    assert tuple(files) == CLIENT_FILES
    assert b"window.__ccs" in files["search.js"]
    assert b"module.exports" in files["vn-text.js"]


def test_search_package_does_not_import_mkdocs() -> None:
    import subprocess
    import sys

    code = "import sys, portal.search, portal.search.page; assert not any(m.startswith('mkdocs') for m in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
