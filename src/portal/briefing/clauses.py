"""References to a part of a document ("khoản 2 Điều 3") and the articles a document body holds.

Pure text functions shared by the model (is the reference well formed?), the cross-record
rules (does that article exist?) and the pages (which heading to link to, has that part
been amended since?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portal.text import slugify

# "Điều 3", "khoản 2 Điều 3", "điểm a khoản 2 Điều 3" — or an annex: "Phụ lục", "Phụ lục II"
_PART = re.compile(
    r"(?:điểm\s+(?P<point>[a-zđ])\s+)?(?:khoản\s+(?P<clause>\d{1,3})\s+)?Điều\s+(?P<article>\d{1,3})(?!\d)"
    r"|Phụ\s+lục(?:\s+(?P<annex>[IVXLC]+|\d{1,3}))?(?![\w])",
    re.IGNORECASE,
)
# an article heading in a document body: "### Điều 3. Nội dung và mức hỗ trợ"
_ARTICLE_HEADING = re.compile(r"^#{1,6}\s+(Điều\s+(\d{1,3})\b.*?)\s*$", re.MULTILINE)
_CLAUSE_LINE = re.compile(r"^(\d{1,3})\.\s", re.MULTILINE)

PART_EXAMPLES = "'Điều 3', 'khoản 2 Điều 3', 'điểm a khoản 2 Điều 3' hoặc 'Phụ lục II'"


@dataclass(frozen=True)
class PartRef:
    """One part of a document: an article (with clause and point) or an annex."""

    article: int | None = None
    clause: int | None = None
    point: str | None = None
    annex: str | None = None  # "" for an annex without a number

    def touches(self, other: "PartRef") -> bool:
        """Do the two parts overlap (one contains the other, or they are the same)?"""
        if self.annex is not None or other.annex is not None:
            return self.annex == other.annex
        if self.article != other.article:
            return False
        if self.clause is None or other.clause is None:
            return True
        if self.clause != other.clause:
            return False
        return self.point is None or other.point is None or self.point == other.point


def parse_part(text: str) -> PartRef | None:
    """The part named by ``text`` when the whole text is one reference, else None."""
    m = _PART.fullmatch(text.strip())
    if m is None:
        return None
    if m["article"]:
        return PartRef(int(m["article"]), int(m["clause"]) if m["clause"] else None, m["point"].lower() if m["point"] else None)
    return PartRef(annex=(m["annex"] or "").upper())


def find_parts(text: str) -> list[PartRef]:
    """Every part named in a free text such as a relation's scope "Điều 2; khoản 3 Điều 5"."""
    out = []
    for m in _PART.finditer(text):
        if m["article"]:
            out.append(PartRef(int(m["article"]), int(m["clause"]) if m["clause"] else None, m["point"].lower() if m["point"] else None))
        else:
            out.append(PartRef(annex=(m["annex"] or "").upper()))
    return out


@dataclass(frozen=True)
class Article:
    number: int
    heading: str  # "Điều 3. Nội dung và mức hỗ trợ"
    clauses: frozenset[int]

    @property
    def anchor(self) -> str:
        """The heading's anchor on the document page (the site's ``toc`` slugify)."""
        return slugify(self.heading)


def articles_in_body(body: str) -> dict[int, Article]:
    """The articles of a Markdown body, by number, with the clause numbers each one lists."""
    headings = list(_ARTICLE_HEADING.finditer(body))
    out: dict[int, Article] = {}
    for i, m in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(body)
        text = body[m.end() : end]
        number = int(m[2])
        out.setdefault(number, Article(number, m[1], frozenset(int(c) for c in _CLAUSE_LINE.findall(text))))
    return out


def missing_part(part: PartRef, articles: dict[int, Article]) -> str | None:
    """Why ``part`` cannot be found in a body with these articles (Vietnamese), or None.

    A body without article headings cannot be checked, so nothing is reported for it;
    annexes are never checked (they are not in the body).
    """
    if not articles or part.article is None:
        return None
    article = articles.get(part.article)
    if article is None:
        known = ", ".join(str(n) for n in sorted(articles))
        return f"văn bản không có Điều {part.article} (các điều có trong văn bản: {known})"
    if part.clause is not None and article.clauses and part.clause not in article.clauses:
        known = ", ".join(str(n) for n in sorted(article.clauses))
        return f"Điều {part.article} không có khoản {part.clause} (các khoản của Điều {part.article}: {known})"
    return None
