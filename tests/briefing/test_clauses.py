"""Names of articles and clauses, and the articles a document body holds."""

from __future__ import annotations

import pytest

from portal.briefing.clauses import Article, PartRef, articles_in_body, find_parts, missing_part, parse_part

BODY = """### Điều 1. Phạm vi điều chỉnh

1. Nghị quyết này quy định…
2. Đối tượng áp dụng…

### Điều 2. Nội dung và mức hỗ trợ

Ngân sách tỉnh hỗ trợ…

### Điều 3. Hiệu lực thi hành
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điều 3", PartRef(3)),
        ("khoản 2 Điều 3", PartRef(3, 2)),
        ("điểm a khoản 2 Điều 3", PartRef(3, 2, "a")),
        ("Khoản 2 Điều 3", PartRef(3, 2)),
        ("điểm đ khoản 1 Điều 12", PartRef(12, 1, "đ")),
        ("Phụ lục II", PartRef(annex="II")),
        ("Phụ lục", PartRef(annex="")),
        (" khoản 2  Điều 3 ", PartRef(3, 2)),
        ("khoan 2 dieu 3", None),
        ("Điều 3 và Điều 4", None),
        ("Chương II", None),
        ("", None),
    ],
)
def test_parse_part(text: str, expected: PartRef | None) -> None:
    assert parse_part(text) == expected


def test_find_parts_in_a_relation_scope() -> None:
    assert find_parts("Điều 2; khoản 3 Điều 5 và Phụ lục I") == [PartRef(2), PartRef(5, 3), PartRef(annex="I")]
    assert find_parts("toàn bộ văn bản") == []


@pytest.mark.parametrize(
    ("a", "b", "touch"),
    [
        (PartRef(3, 2), PartRef(3, 2), True),
        (PartRef(3), PartRef(3, 2), True),
        (PartRef(3, 2), PartRef(3), True),
        (PartRef(3, 1), PartRef(3, 2), False),
        (PartRef(3, 2), PartRef(4, 2), False),
        (PartRef(3, 2, "a"), PartRef(3, 2, "b"), False),
        (PartRef(3, 2, "a"), PartRef(3, 2), True),
        (PartRef(annex="I"), PartRef(3), False),
        (PartRef(annex="I"), PartRef(annex="I"), True),
    ],
)
def test_parts_touch(a: PartRef, b: PartRef, touch: bool) -> None:
    assert a.touches(b) is touch
    assert b.touches(a) is touch


def test_articles_of_a_body_with_their_clauses_and_anchors() -> None:
    articles = articles_in_body(BODY)
    assert articles == {
        1: Article(1, "Điều 1. Phạm vi điều chỉnh", frozenset({1, 2})),
        2: Article(2, "Điều 2. Nội dung và mức hỗ trợ", frozenset()),
        3: Article(3, "Điều 3. Hiệu lực thi hành", frozenset()),
    }
    assert articles[2].anchor == "dieu-2-noi-dung-va-muc-ho-tro"


def test_missing_parts_are_explained() -> None:
    articles = articles_in_body(BODY)
    assert missing_part(PartRef(9), articles) == "văn bản không có Điều 9 (các điều có trong văn bản: 1, 2, 3)"
    assert missing_part(PartRef(1, 5), articles) == "Điều 1 không có khoản 5 (các khoản của Điều 1: 1, 2)"
    assert missing_part(PartRef(1, 2), articles) is None
    assert missing_part(PartRef(2, 4), articles) is None  # an article without numbered clauses cannot be checked further
    assert missing_part(PartRef(annex="II"), articles) is None
    assert missing_part(PartRef(9), {}) is None  # no text held: nothing to check against
