"""HTML escaping for the pages (portal.text.html_escape): the same text as Jinja's ``|e``."""

from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from portal.text.html_escape import escape_html


@pytest.mark.parametrize("value", [
    "Nghị quyết số 12/2024/NQ-HĐND",  # nothing to escape
    "",
    "Điều 3 & Điều 4 <sửa đổi> \"Nghị quyết\" 'mới'",
    "&amp; already an entity",  # escaped again, as |e does with a plain string
    "<script>alert('x')</script>",
    12,
    None,
    Markup("<em>đã là HTML</em>"),  # left as it is
])
def test_it_escapes_as_jinja_does(value: object) -> None:
    assert escape_html(value) == str(escape(value))
    assert type(escape_html(value)) is str


def test_every_special_character_becomes_its_entity() -> None:
    assert escape_html("&<>'\"") == "&amp;&lt;&gt;&#39;&#34;"
