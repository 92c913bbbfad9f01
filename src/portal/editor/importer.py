"""``scripts/import``: a draft record from the text of an official document.

The text is what pasting from Word or a PDF gives (or a .docx read by
:mod:`portal.editor.docx_text`): NFD letters, non-breaking spaces, en dashes and spaces
inside numbers ("15 / 2023 / NQ – HĐND"), missing spaces ("số82/2005/QĐ-UBND"), lines cut
in the middle of a sentence. It is repaired with :func:`portal.text.clean` and read for:

* số ký hiệu (the "Số:" line), loại (the capitalised heading), ngày ban hành (the
  "…, ngày 12 tháng 7 năm 2023" line), cơ quan ban hành (the header, matched against
  ``data/bodies/``), trích yếu (the lines under the heading);
* the "Căn cứ …" lines: each cited document we hold becomes its id, the others are listed
  as printed (``trich_dan``);
* for resolutions, the session (``ky_hop``) from "Khóa X, Kỳ họp thứ 7"; the effective
  date from "có hiệu lực từ ngày …"; the signer from the signature block;
* the body text, from "QUYẾT NGHỊ:" (or the end of the preamble) to "Nơi nhận".

Whatever is not read with certainty stays ``TODO`` with a comment saying what the document
shows, so that ``validate`` points the editor at it; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from portal.catalog import Catalog
from portal.editor.scaffold import EditorError, find_kind
from portal.editor.yamltree import Document, Mapping, Scalar, Sequence, Slot, emit_tree
from portal.load.loader import Entry
from portal.model.introspect import editing_order, field_by_alias
from portal.model.records import Body, DocumentBase, Plan, Resolution
from portal.model.registry import DOCUMENT_KINDS, KIND_BY_NAME
from portal.model.vocab import DocumentType
from portal.text import clean, extract_refs, find_symbols, fold, match_key, parse_vn_date, slugify, symbol_family, symbol_key, symbol_year
from portal.validate.placeholders import PLACEHOLDER

_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\u2028\u2029\x85]")
_COLUMNS = re.compile(r"\t+| {3,}")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*)|\*\*|__")
_BULLET = re.compile(r"^[-+•–—*]\s+")
_SECTION = re.compile(r"^[IVXLCDM\d]+[.)]\s")  # "I. MỤC ĐÍCH, YÊU CẦU", "2. Nội dung"
_ROMAN_SECTION = re.compile(r"^[IVXLCDM]+\.\s")
_NUMBER_LINE = re.compile(r"^(?:số|SỐ|Số)(?![^\W\d_])\s*:?", re.UNICODE)
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s\-_*=.·–—]+$")
_MOTTOS = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam")
_PARENS = re.compile(r"\s*\([^)]*\)")
_SESSION = re.compile(r"khoa\s+([ivxlcdm]+)\s*[,;]?\s*(ky hop\s+(?:thu\s+[\w]+|chuyen de(?:\s+thu\s+\w+)?|bat thuong(?:\s+thu\s+\w+)?))")
_EFFECTIVE = re.compile(r"có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+(ngày\s*[^.;,]*)", re.IGNORECASE)
_FROM_SIGNING = re.compile(r"có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+ký", re.IGNORECASE)
_ARTICLE = re.compile(r"^(Điều\s+\d+[a-zđ]?\s*[.:])", re.IGNORECASE)
_CHAPTER = re.compile(r"^(Chương\s+[IVXLCDM\d]+)\b", re.IGNORECASE)
_SIGNATURE_NOISE = ("da ky", "(da ky)", "[da ky]", "(ky ten)", "(ky, ghi ro ho ten)")


@dataclass
class Draft:
    """What was read from the document, ready to be written as a record."""

    kind: type[DocumentBase]
    values: dict[str, Any] = field(default_factory=dict)  # YAML key → value; PLACEHOLDER where unknown
    notes: dict[str, list[str]] = field(default_factory=dict)  # YAML key → comment lines for the editor
    body: str = ""

    def note(self, key: str, text: str) -> None:
        self.notes.setdefault(key, []).append(text)

    def todo(self, key: str, text: str) -> None:
        """Mark ``key`` as not read: ``TODO`` in a required field (validate stops on it), a
        comment only in an optional one."""
        field = field_by_alias(self.kind, key)
        if field is not None and field.is_required():
            self.values[key] = PLACEHOLDER
        self.note(key, f"TODO: {text}")

    @property
    def record_id(self) -> str | None:
        value = self.values.get("id")
        return None if value in (None, PLACEHOLDER) else str(value)


# --- text preparation --------------------------------------------------------------------

def prepare_lines(text: str) -> list[str]:
    """Clean pasted text and rejoin lines a PDF cut in the middle of a sentence."""
    raw = [line.rstrip() for line in _BREAKS.sub("\n", clean(text)).split("\n")]
    lines: list[str] = []
    for line in raw:
        stripped = line.strip()
        previous = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
        if stripped and previous is not None and _continues(lines[previous], stripped):
            lines[previous] = lines[previous].rstrip() + " " + stripped
            del lines[previous + 1 :]  # the blank lines of a page break between the halves
            continue
        lines.append(line)
    return lines


_LIST_MARK = re.compile(r"^[a-zđ][).]\s")  # "a) …", "b. …": items, not the rest of a sentence


def _continues(before: str, line: str) -> bool:
    """A line that starts in lower case after one that does not end a sentence."""
    end = before.rstrip()
    return bool(end) and end[-1] not in ".:;!?…)\"”*" and line[0].islower() and not _LIST_MARK.match(line) and not _COLUMNS.search(before.strip())


_GLUED_SO = re.compile(r"(?<![^\W\d_])(số|Số|SỐ)(?=\d)")


def repair_numbers(text: str) -> str:
    """Write the document numbers in ``text`` as the rules ask: "số82/2005/QĐ - UBND" → "số 82/2005/QĐ-UBND"."""
    text = _GLUED_SO.sub(r"\1 ", text)
    out, last = [], 0
    for match in find_symbols(text):
        out.append(text[last : match.start])
        out.append(match.symbol)
        last = match.end
    return "".join(out) + text[last:]


def plain(line: str) -> str:
    """A line without Markdown emphasis, heading marks or list bullets."""
    text = _MARKUP.sub("", line.strip()).strip()
    text = text.replace("**", "").strip("*_ ").strip()
    return _BULLET.sub("", text).strip()


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_motto(text: str) -> bool:
    key = " ".join(fold(text).replace("–", "-").split())
    return any(key.startswith(m) for m in _MOTTOS) or bool(_SEPARATOR.match(text))


# --- the parts of the document -------------------------------------------------------------

def heading_type(text: str) -> DocumentType | None:
    """The document type a capitalised heading names ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH PHỐI HỢP")."""
    if not _is_upper(text) or _is_motto(text):
        return None
    key = match_key(text)
    for member in sorted(DocumentType, key=lambda m: len(m.label), reverse=True):
        label = match_key(member.label)
        if key == label or key.startswith(label + " "):
            return member
    return None


def find_heading(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines[:60]) if heading_type(plain(line))), None)


def header_segments(lines: list[str]) -> list[str]:
    """The header before the heading, cut into its columns (Word tables paste with tabs)."""
    return [s for line in lines for s in (plain(part) for part in _COLUMNS.split(line.strip())) if s]


def read_number(segments: list[str], draft: Draft) -> None:
    line = next((s for s in segments if _NUMBER_LINE.match(s)), None)
    found = find_symbols(line) if line else []
    if found:
        draft.values["so_ky_hieu"] = found[0].symbol
        if found[0].raw != found[0].symbol:
            draft.note("so_ky_hieu", f"Trên văn bản: '{found[0].raw}' (đã bỏ dấu cách, thay dấu gạch).")
    elif line:
        draft.todo("so_ky_hieu", f"văn bản ghi '{line}': chưa có số hoặc không đọc được; chép số ký hiệu từ văn bản đã ban hành.")
    else:
        draft.todo("so_ky_hieu", "không thấy dòng 'Số:' ở đầu văn bản; chép số ký hiệu từ văn bản gốc.")


def read_issue_date(segments: list[str], draft: Draft) -> None:
    for i, segment in enumerate(segments):
        folded = fold(segment)
        if "ngay" not in folded and "thang" not in folded:
            continue
        if not _MONTH_YEAR.search(segment) and i + 1 < len(segments):
            segment = f"{segment} {segments[i + 1]}"  # "ngày     tháng 3 năm 2024": wide blanks split it
        day = parse_vn_date(segment)
        if day:
            draft.values["ngay_ban_hanh"] = day.isoformat()
            return
        month = _MONTH_YEAR.search(segment)
        said = " ".join(segment.split())
        if month and draft.kind is not Resolution:
            draft.values["ngay_ban_hanh"] = f"{int(month[2]):04d}-{int(month[1]):02d}"
            draft.note("ngay_ban_hanh", f"Văn bản chỉ ghi '{said}' (không có ngày): ghi năm-tháng.")
            return
        draft.todo("ngay_ban_hanh", f"văn bản ghi '{said}'; không đọc được đủ ngày, tháng, năm.")
        return
    draft.todo("ngay_ban_hanh", "không thấy dòng '…, ngày … tháng … năm …' ở đầu văn bản.")


def _body_keys(entry: Entry) -> set[str]:
    body = entry.record
    assert isinstance(body, Body)
    names = [body.name, body.short_name or "", *body.aliases]
    return {match_key(_PARENS.sub("", n)).strip() for n in names if n}


def _issuer_candidates(segments: list[str]) -> list[str]:
    """Ways the header may name the issuer, those with its last line (the issuing unit) first."""
    found: list[str] = []
    n = len(segments)
    for length in range(n, 0, -1):
        for start in range(n - length, -1, -1):
            part = segments[start : start + length]
            found.append(" ".join(part))
            if length == 2:
                found.append(" ".join(reversed(part)))  # "BAN TUYÊN GIÁO" under "TỈNH ỦY ĐỒNG THÁP"
    with_last = [c for c in found if segments and segments[-1] in c]
    return list(dict.fromkeys(with_last + found))


def read_issuer(segments: list[str], extra: list[str], catalog: Catalog | None, draft: Draft) -> Entry | None:
    names = [s for s in segments if _is_upper(s) and not _is_motto(s) and not _NUMBER_LINE.match(s)]
    printed = " / ".join(names + extra)
    bodies = catalog.bodies if catalog is not None else []
    keys = [(b, _body_keys(b)) for b in bodies]
    for candidate in _issuer_candidates(names) + extra:
        wanted = match_key(candidate).strip()
        matches = [b for b, k in keys if wanted in k]
        if len(matches) == 1:
            draft.values["co_quan_ban_hanh"] = matches[0].id
            draft.note("co_quan_ban_hanh", f"Trên văn bản: '{candidate}'.")
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(b.id for b in matches)
            draft.todo("co_quan_ban_hanh", f"'{candidate}' trùng tên với nhiều cơ quan ({ids}); chọn mã đúng.")
            return None
    if printed:
        draft.todo("co_quan_ban_hanh", f"trên văn bản: '{printed}'. Chưa có cơ quan này trong data/bodies/: tìm mã đúng, hoặc tạo cơ quan bằng scripts/new body <mã>.")
    else:
        draft.todo("co_quan_ban_hanh", "không thấy tên cơ quan ở đầu văn bản; ghi mã cơ quan (data/bodies/).")
    return None


def read_title(lines: list[str], heading: int, draft: Draft) -> int:
    """Read the trích yếu under the heading; return the index of the first line after it."""
    head = plain(lines[heading])
    doc_type = heading_type(head)
    assert doc_type is not None
    rest = head[len(doc_type.label) :].strip()  # "PHỐI HỢP" of "CHƯƠNG TRÌNH PHỐI HỢP"
    i = heading + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    parts: list[str] = []
    while i < len(lines) and lines[i].strip():
        text = plain(lines[i])
        folded = fold(text)
        if parts and _is_upper(text) or folded.startswith(("can cu", "xet ", "quyet nghi", "dieu 1")) or _SEPARATOR.match(text):
            break
        parts.append(text)
        i += 1
    title = " ".join(parts)
    title = re.sub(r"^(?:V/v|v/v|Về việc|về việc|VỀ VIỆC)\s*:?\s*", "", title)
    if rest:
        title = f"{doc_type.label} {rest.lower()} {title}".strip()
        draft.note("trich_yeu", f"Ghép từ dòng tên văn bản '{head}' (đã viết thường): kiểm tra chữ hoa của tên riêng.")
    if title:
        title = repair_numbers(title)
        draft.values["trich_yeu"] = title[0].upper() + title[1:]
    else:
        draft.todo("trich_yeu", f"không thấy trích yếu dưới dòng '{head}'; chép từ văn bản gốc.")
    return i


# --- legal basis ------------------------------------------------------------------------

def _basis_parts(line: str) -> list[str]:
    text = re.sub(r"^(?:căn cứ|Căn cứ|CĂN CỨ)\s*:?\s*", "", plain(line)).strip()
    return [repair_numbers(p.strip(" ;.,")) for p in text.split(";") if p.strip(" ;.,")]


def _year_of(text: str) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    return int(m[1]) if m else None


def find_held(catalog: Catalog | None, text: str) -> list[Entry]:
    """Records we hold that ``text`` cites: by number (and date), else a law by its name and year."""
    if catalog is None:
        return []
    documents = catalog.documents()
    refs = extract_refs(text)
    if refs:
        ref = refs[0]
        matches = [e for e in documents if e.record.number and symbol_key(e.record.number) == symbol_key(ref.symbol)]  # type: ignore[attr-defined]
        if ref.date and len(matches) > 1:
            matches = [e for e in matches if e.record.issued and e.record.issued.full() == ref.date]  # type: ignore[attr-defined]
        year = symbol_year(ref.symbol) or (ref.date.year if ref.date else None)
        if year and len(matches) > 1:
            matches = [e for e in matches if e.record.issued and e.record.issued.year == year]  # type: ignore[attr-defined]
        return matches
    year = _year_of(text)
    folded = fold(text)
    found = []
    for entry in documents:
        rec = entry.record
        assert isinstance(rec, DocumentBase)
        title = fold(_PARENS.sub("", rec.title))
        if rec.doc_type == DocumentType.LAW and year and rec.issued and rec.issued.year == year and re.match(re.escape(title) + r"(?![\w])", folded):
            found.append(entry)
    return found


def read_basis(lines: Iterable[str], catalog: Catalog | None, draft: Draft) -> None:
    items: list[Any] = []
    for line in lines:
        for part in _basis_parts(line):
            held = find_held(catalog, part)
            if len(held) == 1:
                items.append(held[0].id)
                draft.note("can_cu", f"{held[0].id} = {part}")
                continue
            items.append({"trich_dan": part})
            if len(held) > 1:
                draft.note("can_cu", f"TODO: '{part}' khớp nhiều bản ghi ({', '.join(e.id for e in held)}); thay bằng mã đúng.")
    if items:
        draft.values["can_cu"] = items
        draft.notes.setdefault("can_cu", []).insert(0, "Văn bản cổng đã có được ghi bằng mã, văn bản khác chép nguyên văn (trich_dan).")


# --- resolution details -------------------------------------------------------------------

def read_session(text: str, issuer: Entry | None, catalog: Catalog | None, draft: Draft) -> None:
    folded = fold(text)
    m = _SESSION.search(folded)
    said = text[m.start() : m.end()] if m else None
    sessions = [s for s in (catalog.sessions if catalog is not None else []) if issuer is not None and s.record.body == issuer.id]  # type: ignore[attr-defined]
    matches: list[Entry] = []
    if m:
        term, name = m[1].upper(), " ".join(m[2].split())
        matches = [s for s in sessions if s.record.term == term and fold(s.record.title) == name]  # type: ignore[attr-defined]
    issued = draft.values.get("ngay_ban_hanh")
    if not matches and isinstance(issued, str) and len(issued) == 10:
        day = date.fromisoformat(issued)
        matches = [s for s in sessions if s.record.start <= day <= s.record.end]  # type: ignore[attr-defined]
    if len(matches) == 1:
        draft.values["ky_hop"] = matches[0].id
        draft.note("ky_hop", f"Trên văn bản: '{said}'." if said else "Kỳ họp của cơ quan ban hành diễn ra vào ngày ban hành.")
        return
    where = f"văn bản ghi '{said}'" if said else "không thấy 'Khóa …, Kỳ họp thứ …' trong văn bản"
    draft.todo("ky_hop", f"{where}; chưa tìm được kỳ họp tương ứng trong data/sessions/: ghi mã kỳ họp, hoặc tạo kỳ họp bằng scripts/new session <mã>.")


def read_effective(body: str, draft: Draft) -> None:
    if "ngay_hieu_luc" not in editing_order(draft.kind):
        return
    if _FROM_SIGNING.search(body):
        draft.note("ngay_hieu_luc", "Văn bản ghi: có hiệu lực kể từ ngày ký (để trống trường này).")
        return
    m = _EFFECTIVE.search(body)
    if not m:
        return
    day = parse_vn_date(m[1])
    if day:
        draft.values["ngay_hieu_luc"] = day.isoformat()
        draft.note("ngay_hieu_luc", f"Trên văn bản: 'có hiệu lực từ {m[1].strip()}'.")
    else:
        draft.note("ngay_hieu_luc", f"TODO: văn bản ghi 'có hiệu lực từ {m[1].strip()}'; không đọc được ngày, ghi tay nếu cần.")


def _is_name(text: str) -> bool:
    """"Nguyễn Văn A", "Trần Xuân Bút": 2–6 capitalised words, letters only."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def read_signer(lines: list[str], draft: Draft) -> int:
    """Read the signature block at the end; return where it starts (len(lines) if none)."""
    i = len(lines) - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i < 0 or not _is_name(plain(lines[i])):
        draft.note("nguoi_ky", "TODO: không đọc được người ký ở cuối văn bản; ghi họ tên và chức danh nếu cần.")
        return len(lines)
    name, titles, j = plain(lines[i]), [], i - 1
    while j >= 0:
        text = plain(lines[j])
        if not text or fold(text) in _SIGNATURE_NOISE:
            j -= 1
            continue
        if _is_upper(text) and not lines[j].lstrip().startswith(("-", "+")):
            titles.insert(0, text)
            j -= 1
            continue
        break
    if not titles:
        draft.note("nguoi_ky", "TODO: không đọc được chức danh người ký; ghi họ tên và chức danh nếu cần.")
        return len(lines)
    draft.values["nguoi_ky"] = {"ho_ten": name, "chuc_danh": ", ".join(titles)}
    draft.note("nguoi_ky", "Chức danh chép như in trên văn bản.")
    return j + 1


# --- body ---------------------------------------------------------------------------------

def body_markdown(lines: list[str]) -> str:
    """The body as Markdown: one paragraph per line, articles as level-3 headings."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if not text.startswith("#"):
            bare = plain(text)
            if _ARTICLE.match(text):
                text = "### " + text
            elif _CHAPTER.match(text) or (_ROMAN_SECTION.match(bare) and _is_upper(bare)):
                text = "## " + bare
        out.append(repair_numbers(text))
    return "\n\n".join(out)


def read_preamble(lines: list[str], start: int) -> tuple[int, list[str]]:
    """Skip what stands between the title and the body; return where the body starts and the
    "Căn cứ" lines (issuer and session repeated in capitals, separators, "Xét …", "QUYẾT NGHỊ:")."""
    end, basis = start, []
    for i in range(start, len(lines)):
        text = plain(lines[i])
        key = fold(text)
        if not text or _SEPARATOR.match(text):
            continue
        if key.startswith("can cu"):
            basis.append(lines[i])
        elif key.startswith(("xet ", "theo de nghi")):
            pass
        elif re.match(r"(?:quyet nghi|quyet dinh)\s*:", key):
            return i + 1, basis
        elif not (_is_upper(text) and not basis and not _SECTION.match(text) and i < start + 4):
            break
        end = i + 1
    return end, basis


def _end_of_body(lines: list[str], start: int) -> int:
    return next((i for i in range(start, len(lines)) if fold(plain(lines[i])).startswith("noi nhan")), len(lines))


# --- the whole document -------------------------------------------------------------------

def choose_kind(doc_type: DocumentType | None, segments: list[str], number: str | None) -> type[DocumentBase]:
    """A resolution of a People's Council, a coordination plan, or another document."""
    council = any(fold(s).startswith("hoi dong nhan dan") for s in segments) or bool(number and "HĐND" in number.upper())
    if doc_type == DocumentType.RESOLUTION and council:
        return Resolution
    if doc_type in (DocumentType.PLAN, DocumentType.PROGRAMME):
        return Plan
    return KIND_BY_NAME["document"]  # type: ignore[return-value]


def read_document(text: str, catalog: Catalog | None, kind: type[DocumentBase] | None = None) -> Draft:
    """Read everything the importer can from ``text``."""
    lines = prepare_lines(text)
    heading = find_heading(lines)
    header = header_segments(lines[: heading if heading is not None else min(len(lines), 8)])
    doc_type = heading_type(plain(lines[heading])) if heading is not None else None
    number_line = next((s for s in header if _NUMBER_LINE.match(s)), "")
    number_found = find_symbols(number_line)
    draft = Draft(kind or choose_kind(doc_type, header, number_found[0].symbol if number_found else None))
    keys = editing_order(draft.kind)
    read_number(header, draft)
    if "loai_van_ban" in keys:
        if doc_type is not None:
            draft.values["loai_van_ban"] = doc_type.value
        else:
            draft.todo("loai_van_ban", f"không thấy tên loại văn bản in hoa (NGHỊ QUYẾT, KẾ HOẠCH…); chọn một trong: {DocumentType.choices()}.")
    read_issue_date(header, draft)
    after_title = read_title(lines, heading, draft) if heading is not None else 0
    if heading is None:
        draft.todo("trich_yeu", "không thấy tên loại văn bản in hoa (NGHỊ QUYẾT, KẾ HOẠCH…) và trích yếu dưới nó; chép trích yếu từ văn bản gốc.")
    # the issuer is repeated under a resolution's title: "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP"
    repeated = [plain(line) for line in lines[after_title : after_title + 3] if _is_upper(plain(line)) and not _SECTION.match(plain(line)) and not fold(plain(line)).startswith(("khoa", "quyet nghi"))]
    issuer = read_issuer(header, repeated, catalog, draft)
    preamble_end, basis_lines = read_preamble(lines, after_title)
    read_basis(basis_lines, catalog, draft)
    signature_start = read_signer(lines, draft)
    end = min(_end_of_body(lines, preamble_end), signature_start)
    draft.body = body_markdown(lines[preamble_end:end])
    full_text = "\n".join(lines)
    if "ky_hop" in keys:
        read_session(full_text, issuer, catalog, draft)
    read_effective(draft.body, draft)
    draft.values["id"] = suggest_id(draft, issuer)
    if draft.values["id"] == PLACEHOLDER:
        draft.note("id", "TODO: đặt mã cho bản ghi (chữ thường không dấu, nối bằng '-') và đổi tên tệp cho trùng mã.")
    for key in [k for k in draft.values if k not in keys]:
        del draft.values[key]
    for key in keys:  # any other required field of the kind (kinds added later included)
        field = field_by_alias(draft.kind, key)
        if key not in draft.values and field is not None and field.is_required():
            draft.todo(key, f"cổng không đọc được trường này từ văn bản; điền theo văn bản gốc ({field.title}: {field.description})")
    return draft


# --- id -------------------------------------------------------------------------------

def suggest_id(draft: Draft, issuer: Entry | None) -> str:
    """An id from the number, as the sample data names records: ``nq-15-2023-hdnd-…``, ``qd-238-qd-tw-2020``."""
    number = draft.values.get("so_ky_hieu")
    issued = draft.values.get("ngay_ban_hanh")
    year = str(issued)[:4] if issued not in (None, PLACEHOLDER) else None
    family = symbol_family(number) if number not in (None, PLACEHOLDER) else None
    if family == "party" and year:
        head, _, _ = str(number).partition("/")
        kind = head.partition("-")[2]
        return slugify(f"{kind} {number} {year}")
    if family == "state":
        parts = str(number).split("/")
        kind = parts[-1].split("-")[0]
        nyear = symbol_year(str(number)) or (int(year) if year else None)
        if nyear is None:
            return PLACEHOLDER
        place = issuer.id if issuer is not None else slugify("-".join(parts[-1].split("-")[1:]))
        return slugify(f"{kind} {parts[0]} {nyear} {place}")
    return PLACEHOLDER


# --- writing ----------------------------------------------------------------------------

def _node(value: Any) -> Any:
    if isinstance(value, dict):
        return Mapping([Slot(_node(v), key=k) for k, v in value.items()])
    if isinstance(value, list):
        return Sequence([Slot(_node(v)) for v in value])
    return Scalar(value)


HEADER = [
    "# Bản nháp do scripts/import tạo từ văn bản gốc. Đối chiếu từng trường với văn bản gốc;",
    "# sửa mọi chỗ TODO (scripts/validate chỉ ra từng chỗ), rồi xóa các dòng chú thích không cần nữa.",
]


def draft_text(draft: Draft) -> str:
    """The draft as a canonical record file (Markdown: front matter, then the body)."""
    root = Mapping()
    pending: list[str] = []
    for key in editing_order(draft.kind):
        if key not in draft.values:  # not read: its note stays as a comment where it would be
            pending.extend(f"# {key}: {line}" for line in draft.notes.get(key, []))
            continue
        lead = pending + [f"# {line}" for line in draft.notes.get(key, [])]
        root.slots.append(Slot(_node(draft.values[key]), key=key, lead=lead))
        pending = []
    yaml_text = emit_tree(Document(root, head=HEADER + [""], foot=pending))
    body = draft.body.strip("\n")
    return f"---\n{yaml_text}---\n" + (body + "\n" if body else "")


def import_kind(name: str | None) -> type[DocumentBase] | None:
    """The kind asked for on the command line (documents only), or None to let the text decide."""
    if name is None:
        return None
    kind = find_kind(name)
    if not issubclass(kind, DocumentBase):
        choices = ", ".join(k.kind for k in DOCUMENT_KINDS)
        raise EditorError(f"chỉ nhập được văn bản ({choices}), không nhập được '{name}'.")
    return kind  # type: ignore[return-value]


def describe(draft: Draft) -> list[str]:
    """What the editor must still check, one line each (for the command's output)."""
    lines = []
    for key in editing_order(draft.kind):
        for note in draft.notes.get(key, []):
            if note.startswith("TODO"):
                lines.append(f"{key}: {note[len('TODO: '):]}")
    return lines

