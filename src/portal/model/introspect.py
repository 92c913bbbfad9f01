"""Questions asked of the model by the editor tools, the JSON Schema and the field reference.

Every answer is read from the pydantic classes themselves, so a kind added to the registry
(or a field added to a kind) is handled without code here.
"""

from __future__ import annotations

from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from portal.model.records import Record
from portal.model.types import _as_list

#: Record fields that open every file, in this order; the other fields every record has
#: (notes, source, consent…) close it, after the fields of the kind.
LEADING_KEYS = ("id", "du_lieu_minh_hoa", "loai_van_ban")  # a document says what it is first


def nested_models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models inside an annotation such as ``list[Relation] | None``, in order."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in get_args(annotation):
        for model in nested_models(arg):
            if model not in found:
                found.append(model)
    return found


def field_by_alias(model: type[BaseModel], key: str) -> FieldInfo | None:
    return next((f for f in model.model_fields.values() if f.alias == key), None)


def child_model(model: type[BaseModel] | None, key: str) -> type[BaseModel] | None:
    """The model of the value under ``key`` (or of its list items), if it is a structure."""
    field = field_by_alias(model, key) if model is not None else None
    models = nested_models(field.annotation) if field is not None else []
    return models[0] if models else None


def _validators(annotation: Any) -> list[Any]:
    """Annotated metadata at the top of an annotation (through ``X | None``, not into items)."""
    if get_origin(annotation) is Annotated:
        return list(annotation.__metadata__) + _validators(get_args(annotation)[0])
    if get_origin(annotation) is Union or type(annotation).__name__ == "UnionType":
        return [m for arg in get_args(annotation) for m in _validators(arg)]
    return []


def accepts_single(field: FieldInfo) -> bool:
    """True for list fields where one value may be written without the list (``linh_vuc: dau-tu``)."""
    metadata = list(field.metadata) + _validators(field.annotation)
    return any(isinstance(m, BeforeValidator) and m.func is _as_list for m in metadata)


def editing_order(model: type[BaseModel]) -> list[str]:
    """Keys in the order editors see them: the model's order, with the common record fields
    other than ``id`` and ``du_lieu_minh_hoa`` moved after the fields of the kind."""
    keys = [f.alias or name for name, f in model.model_fields.items()]
    if not issubclass(model, Record):
        return keys
    common = [f.alias or name for name, f in Record.model_fields.items()]
    leading = [k for k in LEADING_KEYS if k in keys]
    trailing = [k for k in common if k in keys and k not in leading]
    return leading + [k for k in keys if k not in leading and k not in trailing] + trailing
