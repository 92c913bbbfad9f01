"""Turn pydantic's validation errors into Vietnamese ``path:line:col`` issues."""

from __future__ import annotations

from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from portal.load.source_file import SourceRecord
from portal.model.introspect import nested_models
from portal.model.records import BASIS_TAGS
from portal.model.vocab import Vocab
from portal.validate.issues import Issue

_SKIP_LOC = set(BASIS_TAGS) | {"function-after", "function-before", "function-plain"}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation such as ``list[Relation] | None``."""
    models = nested_models(annotation)
    return models[0] if models else None


def _enum_in(annotation: Any) -> type[Vocab] | None:
    if isinstance(annotation, type) and issubclass(annotation, Vocab):
        return annotation
    for arg in get_args(annotation):
        found = _enum_in(arg)
        if found:
            return found
    return None


def _describe(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, type[Vocab] | None, str | None]:
    """Vietnamese description of the field at ``loc``: ("'so_ky_hieu' (Số, ký hiệu)", enum, key)."""
    current: type[BaseModel] | None = model
    words: list[str] = []
    enum: type[Vocab] | None = None
    key: str | None = None
    for part in loc:
        if isinstance(part, int):
            words.append(f"mục thứ {part + 1}")
            continue
        key = part
        field = None
        if current is not None:
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
        if field is None:
            words.append(f"'{part}'")
            current = None
            continue
        words.append(f"'{part}' ({field.title})")
        enum = _enum_in(field.annotation)
        current = _model_in(field.annotation)
    return ", ".join(words) if words else "bản ghi", enum, key


def _allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = next((f for f in current.model_fields.values() if f.alias == part), None)
        current = _model_in(field.annotation) if field else None
    return [f.alias for f in current.model_fields.values() if f.alias] if current else []


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "một danh sách" if isinstance(value, list) else "một nhóm trường"
    text = str(value)
    return f"'{text[:80]}…'" if len(text) > 80 else f"'{text}'"


def _message(error: dict[str, Any], model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        what, _, _ = _describe(model, loc)
        return f"thiếu trường bắt buộc {what}; thêm dòng '{loc[-1]}: …' vào bản ghi."
    if kind == "extra_forbidden":
        parent = loc[:-1]
        allowed = ", ".join(_allowed_keys(model, parent))
        close = _closest(str(loc[-1]), _allowed_keys(model, parent))
        hint = f" Có phải ý bạn là '{close}'?" if close else ""
        return f"trường '{loc[-1]}' không có trong mẫu bản ghi.{hint} Các trường được phép: {allowed}."
    what, enum, _ = _describe(model, loc)
    if kind in ("enum", "literal_error") and enum:
        return f"{what}: giá trị {_show(value)} không hợp lệ; chỉ được chọn một trong: {enum.choices()}."
    if kind.startswith("portal_"):
        return f"{what}: {error['msg']}"
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] in ("id", "co_quan", "ky_hop", "van_ban", "truc_thuoc", "ben", "can_cu") or "co_quan" in str(loc) or "linh_vuc" in str(loc) or "doi_tuong" in str(loc):
            return f"{what}: mã {_show(value)} không hợp lệ; mã chỉ gồm chữ thường không dấu, chữ số và dấu '-', ví dụ 'hdnd-tinh-dong-thap'."
        if loc and loc[-1] == "toan_van":
            return f"{what}: {_show(value)} không phải đường dẫn web; phải bắt đầu bằng https:// (hoặc http://)."
        return f"{what}: giá trị {_show(value)} không đúng mẫu."
    if kind in ("string_type", "str_type"):
        return f"{what}: phải là chữ, đang là {_show(value)}."
    if kind == "string_too_short":
        return f"{what}: không được để trống; ghi nội dung hoặc xóa dòng này."
    if kind == "string_too_long":
        return f"{what}: quá dài ({len(str(value))} ký tự)."
    if kind in ("list_type",):
        return f"{what}: phải là danh sách, mỗi mục một dòng bắt đầu bằng '- '."
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{what}: phải là một nhóm trường dạng 'tên_trường: giá trị' (thụt lề bên dưới), đang là {_show(value)}."
    if kind in ("bool_type", "bool_parsing"):
        return f"{what}: chỉ được ghi true (có) hoặc false (không), đang là {_show(value)}."
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{what}: phải là một số nguyên, đang là {_show(value)}."
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"{what}: giá trị {_show(value)} nằm ngoài khoảng cho phép ({error.get('msg')})."
    if kind == "union_tag_invalid":
        return f"{what}: giá trị {_show(value)} không hợp lệ."
    return f"{what}: giá trị {_show(value)} không hợp lệ ({error.get('msg')})."


def _closest(word: str, options: list[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, options, n=1, cutoff=0.7)
    return match[0] if match else None


def issues_from_validation(error: ValidationError, model: type[BaseModel], source: SourceRecord) -> list[Issue]:
    """One issue per pydantic error, placed at the offending key or value."""
    issues: list[Issue] = []
    for err in error.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if p not in _SKIP_LOC)
        field = (err.get("ctx") or {}).get("field")
        if field:  # a model-level rule names the field it is about
            loc = loc + (field,)
        if err["type"] == "missing":
            pos = source.parsed.where(loc[:-1])
            if not loc[:-1]:
                pos = source.parsed.values.get((), pos)
        elif err["type"] == "extra_forbidden":
            pos = source.parsed.where(loc, key=True)
        else:
            pos = source.parsed.where(loc)
        issues.append(Issue(source.path, pos.line, pos.col, _message(err, model, loc)))
    return issues
