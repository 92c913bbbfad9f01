"""Per-file checks of what editors write: no active content, no personal data.

A public portal that accepts pull requests must never let a record run code in a reader's
browser, nor publish a voter's phone number. Both are refused here, with the position of
the offending text, before anything is rendered:

* raw HTML, event-handler attributes, ``javascript:``/``data:``/``vbscript:`` links and
  attribute lists (``{: …}``) in any text field or Markdown body;
* Vietnamese phone numbers, CCCD/CMND numbers, e-mail addresses and house addresses —
  unless the record lists that field under ``dong_y_cong_bo`` (the person consented).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

import re2  # google-re2: a file's texts looked through once for every pattern at the same time

from portal.load.source_file import SourceRecord
from portal.load.yaml_source import Position, position_in
from portal.text.re2_classes import DIGIT, LATIN_ANY_CASE, SPACE, any_case, one_of
from portal.validate.issues import Issue

BODY_FIELD = "noi_dung"  # how the Markdown body is named in consent lists and messages
CONSENT_FIELD = "dong_y_cong_bo"


@dataclass(frozen=True)
class Finding:
    offset: int
    message: str
    personal: bool  # personal data can be allowed by consent; active content never


_HTML_TAG = re.compile(r"</?[A-Za-z!?][^>\n]*>?")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]*>")
_BAD_SCHEME = re.compile(r"\b(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?:\d+|[xX][0-9A-Fa-f]+);?")
_ATTR_LIST = re.compile(r"\{\s*:[^}\n]*\}")
_PHONE = re.compile(r"(?<![\d/.\-])(?:\+84|0084|0)(?:[\s.\-]?\d){9,10}(?![\d/\-])")
_CCCD = re.compile(r"(?<![\d/.\-])\d{12}(?![\d/\-])")
_CMND = re.compile(r"(?:CMND|CCCD|chứng minh nhân dân|căn cước(?: công dân)?)\D{0,20}(\d[\d\s.]{7,14}\d)", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_ADDRESS = re.compile(
    r"\b(?:số nhà\s*\d+|nhà số\s*\d+|(?:hẻm|ngõ|ngách|kiệt)\s*\d+[\w/]*|số\s*\d+[A-Za-z]?(?:/\d+)*\s*,?\s*(?:đường|phố))",
    re.IGNORECASE,
)


# Cheap tests that rule a pattern out before it runs (most texts match none: 10,000 records −2 s)
_ANY_TRIGGER = re.compile(r"[<:&{@\d]")  # every pattern above needs one of these characters
# Ten digits, each at most one separator from the next: inside every phone number (a 0 and nine
# more digits, or 84 and nine more) and every twelve-digit number; not in a date or an amount.
_DIGIT_RUN = re.compile(r"\d(?:[\s.\-]?\d){9}")
_SCHEME_WORDS = ("javascript", "vbscript", "data")
_ID_WORDS = ("cmnd", "cccd", "chứng minh", "căn cước")
_ADDRESS_WORDS = ("nhà", "hẻm", "ngõ", "ngách", "kiệt", "đường", "phố")


_ADDRESS_START = re.compile(r"số|nhà|hẻm|ngõ|ngách|kiệt")  # where an address can begin, in lower case
_LIKE_S_OR_I = ("ſ", "ı")  # IGNORECASE takes these for an s and an i; lower() keeps them


def _addresses(text: str, low: str) -> Iterator[re.Match[str]]:
    """``_ADDRESS.finditer(text)``, found five times faster: tried only where one can begin.

    "phố" (thành phố) and "đường" are in nearly every record, so the address pattern runs on
    nearly every text, and on its own it tries every position. ``low`` is ``text.lower()``:
    the places are looked for there, without IGNORECASE, which is what makes it fast.
    """
    if len(low) != len(text) or any(c in low for c in _LIKE_S_OR_I):  # rare: positions would shift
        yield from _ADDRESS.finditer(text)
        return
    end = 0
    for start in _ADDRESS_START.finditer(low):
        if start.start() >= end and (match := _ADDRESS.match(text, start.start())):
            end = match.end()
            yield match


# -- the first look at a whole file: one pass of RE2 over its texts ---------------------------
#
# For each pattern above, a pattern that matches wherever that one finds something: the same
# characters (Python's classes and cases, spelled out: portal.text.re2_classes), without what
# RE2 has not (look-behinds, word boundaries), which only makes it match more often. Tests hold
# it to that: whatever scan_text finds in a text, _FIRST_LOOK matches there.
_NOT_AFTER = rf"(?:\A|[^{DIGIT}/.\-])"  # (?<![\d/.\-]): a character before, or the start
_FIRST_LOOK = re2.compile("|".join([
    r"</?[A-Za-z!?]",  # _HTML_TAG (an autolink too: checked field by field)
    one_of("javascript", "vbscript", "data") + f"{SPACE}*:",  # _BAD_SCHEME
    rf"&#[{DIGIT}xX]",  # _CHAR_REF
    rf"\{{{SPACE}*:",  # _ATTR_LIST
    r"[A-Za-z0-9._%+\-]@[A-Za-z0-9.\-]",  # _EMAIL
    rf"{_NOT_AFTER}(?:\+84|0084|0)(?:(?:{SPACE}|[.\-])?{DIGIT}){{9}}",  # _PHONE
    rf"{_NOT_AFTER}{DIGIT}{{12}}",  # _CCCD
    one_of("cmnd", "cccd", "chứng minh nhân dân", "căn cước"),  # _CMND
    one_of("số nhà", "nhà số", "hẻm", "ngõ", "ngách", "kiệt") + f"{SPACE}*{DIGIT}",  # _ADDRESS
    any_case("số") + rf"{SPACE}*{DIGIT}+{LATIN_ANY_CASE}?(?:/{DIGIT}+)*{SPACE}*,?{SPACE}*" + one_of("đường", "phố"),
]))


def _never(text: str) -> Iterator[re.Match[str]]:
    return iter(())


def scan_text(text: str) -> list[Finding]:
    """Everything unsafe or personal in one piece of text, in order of appearance.

    Phone and twelve-digit numbers are looked for only when the text has a run of ten digits
    (:data:`_DIGIT_RUN`), as they all have."""
    if _ANY_TRIGGER.search(text) is None:
        return []
    digit_run = _DIGIT_RUN.search(text) is not None
    low = text.lower()
    bad_scheme = _BAD_SCHEME.finditer if ":" in text and any(w in low for w in _SCHEME_WORDS) else _never
    email = _EMAIL.finditer if "@" in text else _never
    cmnd = _CMND.finditer if any(w in low for w in _ID_WORDS) else _never
    phone = _PHONE.finditer if digit_run else _never
    cccd = _CCCD.finditer if digit_run else _never
    addresses = _addresses(text, low) if any(w in low for w in _ADDRESS_WORDS) else _never(text)
    found: list[Finding] = []
    for m in _HTML_TAG.finditer(text):
        if _AUTOLINK.match(text, m.start()):
            continue
        tag = m.group(0)[:40]
        found.append(Finding(m.start(), f"có mã HTML '{tag}': cổng không cho phép HTML trong dữ liệu (có thể chứa mã độc). Trong phần toàn văn, dùng cú pháp Markdown (ví dụ **đậm**, [liên kết](https://…), bảng | … |); các trường thông tin khác chỉ ghi chữ thường. Hoặc xóa thẻ này.", False))
    for m in bad_scheme(text):
        found.append(Finding(m.start(), f"có liên kết kiểu '{m.group(0).strip()}': chỉ được dùng liên kết https://, http:// hoặc liên kết tới trang trong cổng.", False))
    for m in _CHAR_REF.finditer(text):
        found.append(Finding(m.start(), f"có mã ký tự HTML '{m.group(0)}' (có thể dùng để che giấu liên kết độc hại): gõ trực tiếp ký tự cần viết.", False))
    for m in _ATTR_LIST.finditer(text):
        found.append(Finding(m.start(), f"có khối thuộc tính '{m.group(0)[:40]}': không được dùng trong dữ liệu (có thể gắn mã hoặc kiểu hiển thị lạ); xóa phần '{{: … }}'.", False))
    for m in email(text):
        found.append(Finding(m.start(), f"có địa chỉ thư điện tử '{m.group(0)}': không công bố thông tin cá nhân; xóa đi, hoặc ghi tên trường vào '{CONSENT_FIELD}' nếu người đó đã đồng ý công bố.", True))
    for m in phone(text):
        found.append(Finding(m.start(), f"có số điện thoại '{m.group(0).strip()}': không công bố thông tin cá nhân; xóa đi (ghi số đường dây nóng của cơ quan thì thêm tên trường vào '{CONSENT_FIELD}').", True))
    cmnd_spans = []
    for m in cmnd(text):
        cmnd_spans.append(m.span(1))
        found.append(Finding(m.start(), "có số CMND/CCCD: không công bố giấy tờ tùy thân; xóa số này.", True))
    for m in cccd(text):
        if not any(a <= m.start() < b for a, b in cmnd_spans):
            found.append(Finding(m.start(), f"có dãy 12 chữ số '{m.group(0)}' giống số căn cước công dân: không công bố giấy tờ tùy thân; xóa số này.", True))
    for m in addresses:
        found.append(Finding(m.start(), f"có địa chỉ nhà '{m.group(0)}': chỉ ghi đến xã/phường, không ghi số nhà, hẻm, ngõ; hoặc thêm tên trường vào '{CONSENT_FIELD}' nếu người đó đã đồng ý.", True))
    return sorted(found, key=lambda f: f.offset)


def _strings(value: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _strings(child, path + (i,))


def _consented(raw: dict[str, Any]) -> set[str]:
    value = raw.get(CONSENT_FIELD) or []
    return {str(v) for v in (value if isinstance(value, list) else [value])}


def _scanned_strings(raw: dict[str, Any]) -> Iterator[tuple[tuple, str]]:
    """Every text the checks read, with its key path (the id and the consent list are not)."""
    for path, text in _strings(raw, ()):
        if not (path and path[0] in ("id", CONSENT_FIELD)):
            yield path, text


def _anything_found(texts: list[str]) -> bool:
    """Whether any of ``texts`` may hold a finding: one look at them all, joined.

    Most files hold none. Python's patterns, one after another, each went through every
    character of every file (the texts joined by newlines, again joined by NUL for a run of ten
    digits, again in lower case for the address words). RE2 runs :data:`_FIRST_LOOK`, all of
    them at once, in one pass over the texts joined by NUL, which no pattern takes (a field's
    dates one after another are then no phone number); each field is scanned on its own
    (:func:`scan_text`) only when it matches. The checks of the 10,000 corpus's 10,879 files:
    0.62 s → 0.09 s.
    """
    return _FIRST_LOOK.search("\x00".join(texts)) is not None


def check_content(source: SourceRecord) -> list[Issue]:
    """Issues for unsafe or personal content in one parsed record file."""
    if not _anything_found([*source.parsed.texts, source.body or ""]):  # the id and consent list too: no harm in a first look
        return []
    raw = source.parsed.value if isinstance(source.parsed.value, dict) else {}
    fields = list(_scanned_strings(raw))
    allowed = _consented(raw)
    issues: list[Issue] = []
    for path, text in fields:
        top = str(path[0]) if path else ""
        start = source.parsed.where(path)
        for finding in scan_text(text):
            if finding.personal and top in allowed:
                continue
            pos = position_in(text, finding.offset, start)
            issues.append(Issue(source.path, pos.line, pos.col, f"'{top}': {finding.message}"))
    if source.body:
        for finding in scan_text(source.body):
            if finding.personal and BODY_FIELD in allowed:
                continue
            pos = position_in(source.body, finding.offset, Position(source.body_line, 1))
            issues.append(Issue(source.path, pos.line, pos.col, f"nội dung: {finding.message}"))
    return issues
