"""What each field of a record kind is and how to write it, read from its JSON Schema.

The scaffolds of ``scripts/new`` and the field reference of the contributor guide are both
made from :func:`field_docs`, which reads the same schema VS Code uses: the three always
agree, and a kind or field added to the model appears in all three with no code here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portal.model.hints import where_in_document
from portal.model.introspect import editing_order
from portal.model.records import Record
from portal.model.schema import record_json_schema
from portal.model.types import ID_PATTERN, PARTIAL_DATE_PATTERN, URL_PATTERN

FORM_TEXT = "chữ"
FORM_DATE = "ngày dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD), ví dụ 2023-07-12"
FORM_PARTIAL_DATE = "ngày dạng YYYY-MM-DD; nếu văn bản chỉ ghi tháng hoặc năm thì YYYY-MM hoặc YYYY"
FORM_ID = "mã (id) của một bản ghi: chữ thường không dấu, chữ số, nối bằng dấu '-'"
FORM_URL = "đường dẫn web bắt đầu bằng https://"
FORM_BOOL = "true (có) hoặc false (không)"
FORM_INT = "số nguyên"
FORM_GROUP = "nhóm trường, thụt lề hai dấu cách bên dưới"


@dataclass(frozen=True)
class FieldDoc:
    """One field: its key, Vietnamese help, and the shape of its value."""

    key: str
    title: str
    description: str
    required: bool
    form: str  # how to write one value (one item, for a list)
    where: str | None = None  # where it is on the official document
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) of a closed vocabulary
    many: bool = False  # a list
    single_ok: bool = False  # a list that also takes a single value
    text_ok: bool = False  # a structure that may also be written as one line of text or an id
    children: tuple["FieldDoc", ...] = ()  # the fields of a structure (of each item, for a list)
    default: Any = None

    @property
    def full_form(self) -> str:
        """The whole answer to "how do I write it", in one sentence."""
        if not self.many:
            return self.form
        one = " (chỉ một mục thì ghi ngay sau dấu hai chấm cũng được)" if self.single_ok else ""
        return f"danh sách, mỗi mục một dòng bắt đầu bằng '- '{one}; mỗi mục là {self.form}"


def field_docs(kind: type[Record]) -> list[FieldDoc]:
    """Every field of ``kind``, in the order editors write them."""
    schema = record_json_schema(kind)
    docs = {d.key: d for d in _object_fields(schema, schema.get("$defs", {}), kind.__name__)}
    return [docs[k] for k in editing_order(kind) if k in docs]


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Follow a ``$ref``; return the node and the name of the definition it came from."""
    ref = node.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        return {**defs.get(name, {}), **{k: v for k, v in node.items() if k != "$ref"}}, name
    return node, None


def _options(node: dict[str, Any], defs: dict[str, Any]) -> list[tuple[dict[str, Any], str | None]]:
    """The alternatives a value may take (anyOf/oneOf flattened, null left out)."""
    node, name = _resolve(node, defs)
    alternatives = node.get("anyOf") or node.get("oneOf")
    if alternatives:
        return [opt for alt in alternatives for opt in _options(alt, defs)]
    return [] if node.get("type") == "null" else [(node, name)]


def _object_fields(node: dict[str, Any], defs: dict[str, Any], model_name: str) -> list[FieldDoc]:
    required = set(node.get("required", ()))
    return [_field(key, prop, key in required, defs, model_name) for key, prop in node.get("properties", {}).items()]


def _field(key: str, prop: dict[str, Any], required: bool, defs: dict[str, Any], model_name: str) -> FieldDoc:
    options = _options(prop, defs)
    arrays = [o for o, _ in options if o.get("type") == "array"]
    many = bool(arrays)
    values = [opt for a in arrays for opt in _options(a.get("items", {}), defs)] if many else options
    singles = [o for o, _ in options if o.get("type") != "array"]
    objects = [(o, n) for o, n in values if o.get("type") == "object" or "properties" in o]
    scalars = [o for o, _ in values if not (o.get("type") == "object" or "properties" in o)]
    children: tuple[FieldDoc, ...] = ()
    if objects:
        node, name = objects[0]
        children = tuple(_object_fields(node, defs, name or model_name))
    choices = tuple((v, label) for o in scalars for v, label in zip(o.get("enum", []), o.get("enumDescriptions", [""] * len(o.get("enum", [])))))
    forms = list(dict.fromkeys(f for f in (_form(o) for o in scalars) if f))
    if FORM_PARTIAL_DATE in forms and FORM_INT in forms:  # a bare year is read as a number: same form
        forms.remove(FORM_INT)
    if objects:
        forms = [FORM_GROUP] + forms
    return FieldDoc(
        key=key,
        title=prop.get("title", key),
        description=prop.get("description", ""),
        required=required,
        form=" hoặc ".join(forms) or FORM_TEXT,
        where=where_in_document(model_name, key),
        choices=choices,
        many=many,
        single_ok=many and bool(singles),
        text_ok=bool(objects) and bool(scalars),
        children=children,
        default=prop.get("default"),
    )


def _form(node: dict[str, Any]) -> str | None:
    if "enum" in node:
        labels = node.get("enumDescriptions", [""] * len(node["enum"]))
        return "một trong: " + ", ".join(f"'{v}' ({label})" if label else f"'{v}'" for v, label in zip(node["enum"], labels))
    kind = node.get("type")
    pattern = node.get("pattern")
    if kind == "boolean":
        return FORM_BOOL
    if kind == "integer":
        return FORM_INT
    if pattern == PARTIAL_DATE_PATTERN:
        return FORM_PARTIAL_DATE
    if node.get("format") == "date":
        return FORM_DATE
    if pattern == ID_PATTERN:
        return FORM_ID
    if pattern == URL_PATTERN:
        return FORM_URL
    return FORM_TEXT if kind == "string" or not kind else None
