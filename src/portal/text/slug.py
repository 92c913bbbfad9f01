"""ASCII slugs for URLs and heading anchors."""

from __future__ import annotations

import re
from functools import lru_cache

from portal.text.keys import fold

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # every page repeats the same headings ("Thuộc tính", "Lược đồ…")
def slugify(text: str, separator: str = "-") -> str:
    """ASCII slug: folded (marks removed, đ → d, lower case), other characters → ``separator``.

    Runs of separators collapse and none lead or trail: ``slugify("Điều 5") == "dieu-5"``.
    The signature matches Python-Markdown's ``toc`` ``slugify(value, separator)``
    option, whose default (used by MkDocs) drops Đ ("Điều 5" → "ieu-5").
    """
    slug = _NON_ALNUM.sub(lambda _: separator, fold(text))
    return slug.strip(separator) if separator else slug
