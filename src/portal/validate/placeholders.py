"""Fields an editor has not filled in yet: the ``TODO`` left by ``scripts/new`` and ``scripts/import``.

A record that still says ``TODO`` somewhere is never published. Each one is reported at its
place with the field's name, what it is and where to find it on the official document, in
place of the generic message the model would give ("'TODO' is not a date").
"""

from __future__ import annotations

from typing import Any, Iterator

from pydantic import BaseModel

from portal.load.source_file import SourceRecord
from portal.model.hints import where_in_document
from portal.model.introspect import child_model, field_by_alias
from portal.validate.issues import Issue
from portal.validate.schema_errors import _describe

PLACEHOLDER = "TODO"


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and value.lstrip().startswith(PLACEHOLDER)


def _placeholders(value: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    """(path, text) of every placeholder, depth first, without recursion on plain values."""
    stack = [(path, value)]
    while stack:
        where, current = stack.pop()
        if type(current) is str:
            if current.lstrip().startswith(PLACEHOLDER):
                yield where, current.strip()
        elif type(current) is dict:
            stack.extend((where + (k,), v) for k, v in reversed(current.items()))
        elif type(current) is list:
            stack.extend((where + (i,), v) for i, v in reversed(list(enumerate(current))))


def _owner(model: type[BaseModel], path: tuple) -> type[BaseModel] | None:
    """The model whose field the last key of ``path`` is."""
    current: type[BaseModel] | None = model
    for part in path[:-1]:
        if isinstance(part, str):
            current = child_model(current, part)
    return current


def placeholder_issues(source: SourceRecord, model: type[BaseModel]) -> list[Issue]:
    """One issue per value that still starts with ``TODO``."""
    issues: list[Issue] = []
    if PLACEHOLDER not in "\x00".join(source.parsed.texts):  # the common case, checked in C
        return issues
    for path, value in _placeholders(source.parsed.value, ()):
        keys = [p for p in path if isinstance(p, str)]
        owner = _owner(model, tuple(keys))
        field = field_by_alias(owner, keys[-1]) if owner is not None and keys else None
        what, enum, _ = _describe(model, path)
        hint = where_in_document(owner.__name__, keys[-1]) if owner is not None and keys else None
        hint = hint or (field.description if field is not None and field.description else None)
        text = f"{what}: chưa điền (đang là '{value[:80]}'); thay bằng thông tin đúng" + (f". {hint}" if hint else "")
        text += "" if text.endswith((".", "…")) else "."
        if enum is not None:
            text += f" Chọn một trong: {enum.choices()}."
        pos = source.parsed.where(path)
        issues.append(Issue(source.path, pos.line, pos.col, text))
    return issues
