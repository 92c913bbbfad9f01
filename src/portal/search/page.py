"""HTML snippets that put the search on a page.

* `search_page_html` — the search page: a container the client fills with a
  ``<form role="search">``, filters, an ``aria-live`` status and the result
  list, plus the ``<link>``/``<script>`` tags.
* `header_form_html` — a plain search box for the header of every page; it
  submits ``?q=`` to the search page, so it needs no JavaScript.

URLs are passed in already relative to the page (or absolute), because only
the site build knows where a page sits. With the default layout the client
lives in ``search/assets/`` and finds the index itself (``../idx/`` from its
own URL), so pages at any depth need only the right ``assets_url``.
"""

from __future__ import annotations

from html import escape


def search_page_html(assets_url: str = "../search/assets/", *, include_assets: bool = True) -> str:
    """The body of the search page.

    Args:
        assets_url: URL of the ``<prefix>assets/`` folder as seen from the page, ending in ``/``.
        include_assets: Also emit the CSS link and the two scripts; pass False when
            they are already loaded site-wide (MkDocs ``extra_css``/``extra_javascript``).
    """
    a = escape(assets_url, quote=True)
    parts = []
    if include_assets:
        parts.append(f'<link rel="stylesheet" href="{a}search.css">')
    parts.append('<div id="cc-search" class="cc-search" data-cc-search></div>')
    parts.append(
        '<noscript><p>Trang tìm kiếm cần JavaScript. Có thể tra cứu văn bản theo danh mục '
        "nghị quyết, kỳ họp và lĩnh vực.</p></noscript>"
    )
    if include_assets:
        parts.append(f'<script src="{a}vn-text.js"></script>')
        parts.append(f'<script src="{a}search.js"></script>')
    return "\n".join(parts) + "\n"


def header_form_html(search_page_url: str, *, input_id: str = "cc-header-q") -> str:
    """A header search box that opens the search page with ``?q=…``.

    Args:
        search_page_url: URL of the search page as seen from the current page.
        input_id: ``id`` of the text field (unique per page).
    """
    url = escape(search_page_url, quote=True)
    iid = escape(input_id, quote=True)
    return (
        f'<form class="cc-header-search" role="search" action="{url}" method="get">'
        f'<label class="cc-header-search__label" for="{iid}">Tìm kiếm văn bản</label>'
        f'<input class="cc-header-search__input" id="{iid}" name="q" type="search" '
        'placeholder="Tìm văn bản, số ký hiệu" autocomplete="off">'
        '<button class="cc-header-search__button" type="submit">Tìm</button>'
        "</form>\n"
    )
