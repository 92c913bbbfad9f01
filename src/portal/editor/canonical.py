"""The one canonical form of a record file (``scripts/fmt``).

Canonical means: keys in the order of the model (:func:`portal.model.introspect.editing_order`,
nested structures too; keys the model does not know stay last, in the editor's order), the
layout of :mod:`portal.editor.yamltree`, NFC text, LF line ends, one final newline, and for
Markdown files a body that starts right after the closing ``---`` and ends with one newline.
Everything else — every value and every comment — is kept exactly: the result is read back
and compared with the original before anything is written, and a file that cannot be
rewritten safely is reported, never touched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from portal.editor.yamltree import Document, Mapping, Node, Sequence, TreeError, emit_tree, parse_tree
from portal.load.source_file import MARKDOWN_SUFFIX, split_record_text
from portal.load.yaml_source import Position
from portal.model.introspect import child_model, editing_order
from portal.model.registry import KIND_BY_FOLDER
from portal.text import clean
from portal.validate.issues import Issue


def reorder(node: Node | None, model: type[BaseModel] | None) -> None:
    """Sort mapping keys by the model, recursively (list items keep their order)."""
    if isinstance(node, Mapping):
        if model is not None:
            rank = {key: i for i, key in enumerate(editing_order(model))}
            node.slots.sort(key=lambda slot: rank.get(slot.key or "", len(rank)))
        for slot in node.slots:
            reorder(slot.value, child_model(model, slot.key or "") if model is not None else None)
    elif isinstance(node, Sequence):
        for slot in node.slots:
            reorder(slot.value, model)


def canonical_yaml(text: str, model: type[BaseModel] | None, *, line_offset: int = 0) -> str:
    """The canonical YAML for ``text``; raises :class:`TreeError` if it cannot be kept exactly."""
    doc = parse_tree(text, line_offset=line_offset)
    reorder(doc.root, model)
    out = emit_tree(doc)
    _check_same(doc, out, line_offset)
    return out


def _check_same(doc: Document, after: str, line_offset: int) -> None:
    """The rewrite must mean the same to the site build and keep every comment."""
    problem = None
    try:
        again = parse_tree(after)
    except TreeError as exc:  # pragma: no cover - would be a bug in the writer
        problem = exc.message
    else:
        if again.values != doc.values:
            problem = "giá trị đọc lại khác bản gốc"
        elif Counter(again.comments()) != Counter(doc.comments()):
            problem = "một dòng chú thích (#) bị thay đổi"
    if problem:  # pragma: no cover - a safety net: tests keep it unreachable
        raise TreeError(Position(1 + line_offset, 1), f"không thể định dạng tệp này an toàn ({problem}); tệp được giữ nguyên, hãy báo cho nhóm phát triển.")


def canonical_text(text: str, *, markdown: bool, model: type[BaseModel] | None) -> str:
    """The canonical form of a whole record file (front matter and body for Markdown)."""
    split = split_record_text(text, markdown=markdown)
    if isinstance(split, tuple):
        raise TreeError(Position(split[0], 1), split[1])
    yaml_part = canonical_yaml(split.yaml_text, model, line_offset=split.line_offset)
    if not markdown:
        return yaml_part
    body = clean(split.body).strip("\n")
    return f"---\n{yaml_part}---\n" + (body + "\n" if body else "")


@dataclass(frozen=True)
class Formatted:
    """One file's current text and its canonical text (None when it cannot be formatted)."""

    path: str
    original: str
    canonical: str | None
    issue: Issue | None = None

    @property
    def changed(self) -> bool:
        return self.canonical is not None and self.canonical != self.original


def model_for(rel_path: str) -> type[BaseModel] | None:
    """The record model of a file under ``data/<folder>/``, if the folder is a kind."""
    parts = Path(rel_path).parts
    return KIND_BY_FOLDER.get(parts[1]) if len(parts) > 2 and parts[0] == "data" else None


def format_file(file: Path, *, root: Path) -> Formatted:
    """Read ``file`` and compute its canonical text; problems become an issue, never an exception."""
    rel = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.as_posix()
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Formatted(rel, "", None, Issue(rel, 1, 1, "tệp không phải UTF-8; hãy lưu lại tệp với bảng mã UTF-8 rồi chạy lại."))
    try:
        canonical = canonical_text(text, markdown=file.suffix == MARKDOWN_SUFFIX, model=model_for(rel))
    except TreeError as exc:
        return Formatted(rel, text, None, Issue(rel, exc.position.line, exc.position.col, exc.message))
    return Formatted(rel, text, canonical)
