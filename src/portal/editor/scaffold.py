"""``scripts/new``: a new record file from a commented template, for any record kind.

The template is made from the kind's fields (:func:`portal.editor.fields.field_docs`): above
each field, a Vietnamese comment says what it is, where to find it on the official document
and how to write it. Required fields hold ``TODO`` (which ``validate`` reports until it is
replaced); optional fields are written commented out, ready to be switched on. The file is
named after the id and an existing record is never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from portal.editor.fields import FieldDoc, field_docs
from portal.editor.yamltree import Document, Mapping, Node, Scalar, Sequence, Slot, emit_tree
from portal.load.source_file import MARKDOWN_SUFFIX, YAML_SUFFIX
from portal.model.records import Record
from portal.model.registry import RECORD_KINDS
from portal.model.types import ID_PATTERN
from portal.text import clean, slugify
from portal.validate.placeholders import PLACEHOLDER


class EditorError(Exception):
    """A mistake in how a command was called, explained in Vietnamese."""


def kind_names(kind: type[Record]) -> list[str]:
    """Names a kind answers to: ``resolution``, ``resolutions``, ``nghi-quyet``."""
    return list(dict.fromkeys([kind.kind, kind.folder, slugify(kind.label)]))


def find_kind(name: str) -> type[Record]:
    wanted = slugify(name)
    for kind in RECORD_KINDS:
        if wanted in kind_names(kind) or name in kind_names(kind):
            return kind
    known = "; ".join(f"{kind.kind} ({kind.label}, data/{kind.folder}/)" for kind in RECORD_KINDS)
    raise EditorError(f"không có loại bản ghi '{name}'. Các loại: {known}.")


def check_new_id(root: Path, record_id: str) -> None:
    """The id must be well formed and not used by any record of any kind."""
    if not re.fullmatch(ID_PATTERN, record_id) or len(record_id) > 100:
        raise EditorError(f"mã '{record_id}' không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu '-', ví dụ nq-15-2023-hdnd-binh-an.")
    data = root / "data"
    taken = sorted(p for p in data.glob(f"*/{record_id}.*") if p.suffix in (YAML_SUFFIX, MARKDOWN_SUFFIX)) if data.is_dir() else []
    if taken:
        where = taken[0].relative_to(root).as_posix()
        raise EditorError(f"đã có bản ghi mã '{record_id}' ở {where}; không ghi đè. Muốn sửa bản ghi đó thì mở tệp ấy; muốn tạo bản ghi mới thì chọn mã khác.")


def record_path(root: Path, kind: type[Record], record_id: str) -> Path:
    suffix = MARKDOWN_SUFFIX if kind.allows_markdown else YAML_SUFFIX
    return root / "data" / kind.folder / f"{record_id}{suffix}"


HEADER = [
    "# {label} mới. Mỗi trường có chú thích ở phía trên: ý nghĩa, chỗ tìm trên văn bản gốc, cách ghi.",
    "# - Thay mỗi chữ TODO bằng thông tin đúng như văn bản gốc ghi.",
    "# - Trường không bắt buộc đang để sau dấu '#': muốn dùng thì xóa '# ' ở đầu các dòng của trường đó.",
    "# - Văn bản không có thông tin nào thì để nguyên hoặc xóa dòng đó; không đoán.",
    "# - Xong thì kiểm tra: scripts/validate {path}",
]
BODY_NOTE = "# Phần nội dung: dán toàn văn hoặc các điều chính (Markdown) vào sau dòng '---' dưới đây; có thể để trống."


def field_comment(doc: FieldDoc) -> list[str]:
    """The comment lines above a field in a template."""
    need = "bắt buộc" if doc.required else "không bắt buộc"
    first = f"# {doc.title} ({need})" + (f": {doc.description}" if doc.description else ".")
    lines = [first if first.endswith((".", ")")) else first + "."]
    if doc.where:
        lines.append(f"#   Trên văn bản: {doc.where}")
    lines.append(f"#   Cách ghi: {doc.full_form}.")
    return lines


def example(doc: FieldDoc) -> Node:
    """A value with ``TODO`` where the editor must write something."""
    if doc.children and not (doc.single_ok and doc.text_ok):
        wanted = [c for c in doc.children if c.required] or list(doc.children)
        group: Node = Mapping([Slot(example(c), key=c.key) for c in wanted])
        return Sequence([Slot(group)]) if doc.many else group
    if doc.form.startswith("true"):
        return Scalar(not doc.default)  # the value worth writing is the one that is not the default
    if doc.many and not doc.single_ok:
        return Sequence([Slot(Scalar(PLACEHOLDER))])
    return Scalar(PLACEHOLDER)


def commented_out(key: str, value: Node) -> list[str]:
    text = emit_tree(Document(Mapping([Slot(value, key=key)])))
    return ["# " + line for line in text.splitlines()]


def scaffold_text(kind: type[Record], record_id: str, values: dict[str, Any] | None = None, *, path: str = "") -> str:
    """The text of a new record file for ``kind`` (canonical: ``fmt`` leaves it unchanged)."""
    values = {k: clean(v) if isinstance(v, str) else v for k, v in (values or {}).items()}
    docs = field_docs(kind)
    unknown = sorted(set(values) - {d.key for d in docs})
    if unknown:
        allowed = ", ".join(d.key for d in docs)
        raise EditorError(f"{kind.label.lower()} không có trường {', '.join(repr(u) for u in unknown)}; các trường: {allowed}.")
    root = Mapping()
    pending: list[str] = []
    for doc in docs:
        lead = pending + ([""] if root.slots or pending else []) + field_comment(doc)
        if doc.key == "id":
            value: Node | None = Scalar(record_id)
        elif doc.key in values:
            value = Scalar(values[doc.key])
        elif doc.required:
            value = example(doc)
        else:
            value = None
        if value is None:
            pending = lead + commented_out(doc.key, example(doc))
            continue
        root.slots.append(Slot(value, key=doc.key, lead=lead))
        pending = []
    foot = pending + (["", BODY_NOTE] if kind.allows_markdown else [])
    head = [line.format(label=kind.label, path=path or f"data/{kind.folder}/{record_id}") for line in HEADER] + [""]
    text = emit_tree(Document(root, head=head, foot=foot))
    return f"---\n{text}---\n" if kind.allows_markdown else text


def parse_assignments(pairs: list[str]) -> dict[str, Any]:
    """``["so_ky_hieu=15/2023/NQ-HĐND", "du_lieu_minh_hoa=true"]`` → values (true/false as booleans)."""
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise EditorError(f"'{pair}' phải có dạng tên_trường=giá trị, ví dụ so_ky_hieu=15/2023/NQ-HĐND.")
        value = value.strip()
        values[key.strip()] = {"true": True, "false": False}.get(value, value)
    return values


def new_record(root: Path, kind_name: str, record_id: str, pairs: list[str]) -> tuple[Path, str]:
    """Check everything, then return where the new file goes and its text (not written yet)."""
    kind = find_kind(kind_name)
    check_new_id(root, record_id)
    target = record_path(root, kind, record_id)
    rel = target.relative_to(root).as_posix()
    return target, scaffold_text(kind, record_id, parse_assignments(pairs), path=rel)
