"""JSON Schema of each record kind, generated from the model (never maintained by hand).

Keys are the Vietnamese YAML keys editors type; titles and descriptions are the Vietnamese
help texts of the model, so editors' tools show the same words as the error messages.
"""

from __future__ import annotations

from typing import Any

from portal.model.records import Record
from portal.model.registry import RECORD_KINDS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def record_json_schema(kind: type[Record], *, base_url: str = "") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record kind, for its source files."""
    schema = kind.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = SCHEMA_DIALECT
    if base_url:
        schema["$id"] = f"{base_url.rstrip('/')}/{schema_file_name(kind)}"
    schema["title"] = f"{kind.label} (data/{kind.folder}/)"
    schema["description"] = (kind.__doc__ or kind.label).strip().splitlines()[0]
    return schema


def schema_file_name(kind: type[Record]) -> str:
    return f"{kind.kind}.schema.json"


def all_schemas(base_url: str = "") -> dict[str, dict[str, Any]]:
    """``{file name: schema}`` for every record kind."""
    return {schema_file_name(k): record_json_schema(k, base_url=base_url) for k in RECORD_KINDS}
