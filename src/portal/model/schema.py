"""JSON Schema of each record kind, generated from the model (never maintained by hand).

Keys are the Vietnamese YAML keys editors type; titles and descriptions are the Vietnamese
help texts of the model, so editors' tools show the same words as the error messages.
On top of what pydantic writes, each schema says (all read from the model):

* that a list field also takes a single value (``linh_vuc: dau-tu``), as the loader does;
* the Vietnamese label of every allowed value (``enumDescriptions`` /
  ``markdownEnumDescriptions``, shown by VS Code next to each completion);
* a ``markdownDescription`` per field with where to find it on the official document
  (:mod:`portal.model.hints`), shown when hovering a key;
* Vietnamese titles for nested structures and vocabularies instead of class names.
"""

from __future__ import annotations

import json
from functools import lru_cache

from typing import Any

from pydantic import BaseModel

from portal.model.hints import where_in_document
from portal.model.introspect import accepts_single, nested_models
from portal.model.records import Record
from portal.model.registry import RECORD_KINDS
from portal.model.vocab import Vocab

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def record_json_schema(kind: type[Record], *, base_url: str = "") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record kind, for its source files (a fresh copy)."""
    return json.loads(_schema_text(kind, base_url))


@lru_cache(maxsize=None)  # the models do not change while the process runs; generating takes 20 ms each
def _schema_text(kind: type[Record], base_url: str) -> str:
    schema = kind.model_json_schema(by_alias=True, mode="validation")
    defs = schema.get("$defs", {})
    _annotate(kind, schema, defs, set())
    _label_vocabularies(defs)
    schema["$schema"] = SCHEMA_DIALECT
    if base_url:
        schema["$id"] = f"{base_url.rstrip('/')}/{schema_file_name(kind)}"
    schema["title"] = f"{kind.label} (data/{kind.folder}/)"
    schema["description"] = f"Một bản ghi loại '{kind.label}' của Cổng Chính sách: một tệp trong thư mục data/{kind.folder}/."
    return json.dumps(schema, ensure_ascii=False)


def schema_file_name(kind: type[Record]) -> str:
    return f"{kind.kind}.schema.json"


def all_schemas(base_url: str = "") -> dict[str, dict[str, Any]]:
    """``{file name: schema}`` for every record kind."""
    return {schema_file_name(k): record_json_schema(k, base_url=base_url) for k in RECORD_KINDS}


def field_help(model_name: str, key: str, title: str, description: str) -> str:
    """Markdown help for one field: label, description, where it is on the document."""
    parts = [f"**{title}** (`{key}`)"]
    if description:
        parts.append(description)
    where = where_in_document(model_name, key)
    if where:
        parts.append(f"*Trên văn bản:* {where}")
    return "\n\n".join(parts)


def _annotate(model: type[BaseModel], node: dict[str, Any], defs: dict[str, Any], done: set[str]) -> None:
    """Add the editor help to ``node`` (the schema of ``model``), then to the ``$defs`` it uses."""
    properties = node.get("properties", {})
    for name, field in model.model_fields.items():
        key = field.alias or name
        prop = properties.get(key)
        if prop is None:
            continue
        if accepts_single(field):
            _one_or_many(prop)
        prop["markdownDescription"] = field_help(model.__name__, key, field.title or key, field.description or "")
        for ref in _refs(prop):
            if ref in defs and ref not in done:
                done.add(ref)
                defs[ref]["title"] = field.title or key  # "Người ký" rather than "Signer"
                child = next((c for c in nested_models(field.annotation) if c.__name__ == ref), None)
                if child is not None:
                    _annotate(child, defs[ref], defs, done)


def _refs(node: Any) -> list[str]:
    """Names of the ``$defs`` a property points to (directly or through anyOf/items)."""
    if isinstance(node, dict):
        found = [node["$ref"].rsplit("/", 1)[-1]] if "$ref" in node else []
        return found + [r for k, v in node.items() if k != "$ref" for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def _one_or_many(prop: dict[str, Any]) -> None:
    """``{"type": "array", "items": X}`` → ``X`` or an array of ``X`` (also inside anyOf)."""
    if prop.get("type") == "array" and "items" in prop:
        items = prop.pop("items")
        del prop["type"]
        prop["anyOf"] = [items, {"type": "array", "items": items}]
        return
    options = prop.get("anyOf", [])
    for i, option in enumerate(options):
        if option.get("type") == "array" and "items" in option:
            options.insert(i, option["items"])
            return


def _vocabularies() -> dict[str, type[Vocab]]:
    found: dict[str, type[Vocab]] = {}
    stack = list(Vocab.__subclasses__())
    while stack:
        cls = stack.pop()
        found.setdefault(cls.__name__, cls)
        stack.extend(cls.__subclasses__())
    return found


def _label_vocabularies(defs: dict[str, Any]) -> None:
    vocabularies = _vocabularies()
    for name, node in defs.items():
        vocab = vocabularies.get(name)
        if vocab is None or set(node.get("enum", ())) != {m.value for m in vocab}:
            continue
        labels = {m.value: m.label for m in vocab}
        node["enumDescriptions"] = [labels.get(v, "") for v in node["enum"]]
        node["markdownEnumDescriptions"] = [f"**{labels.get(v, '')}**" for v in node["enum"]]
        node["description"] = f"Một trong các giá trị: {vocab.choices()}."
