"""Reusable field types with Vietnamese error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, GetCoreSchemaHandler, GetJsonSchemaHandler, StringConstraints
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from portal.text import format_vn_date

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # the same shape, for the JSON Schema
URL_PATTERN = r"^https?://[^\s<>\"']+$"


def _reject_non_text(value: Any, what: str) -> None:
    if isinstance(value, bool):
        raise PydanticCustomError("portal_type", "{what} phải là chữ, không phải giá trị đúng/sai '{value}'; nếu muốn ghi chữ này, đặt trong ngoặc kép.", {"what": what, "value": value})


def parse_iso_date(value: Any) -> date:
    """Accept ``YYYY-MM-DD`` (quoted or not) and nothing else."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _ISO.match(text)
    if not m:
        raise PydanticCustomError("portal_date", "ngày '{value}' không đúng dạng: phải ghi theo dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD), ví dụ 2023-07-12 cho ngày 12/7/2023.", {"value": text})
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise PydanticCustomError("portal_date", "ngày '{value}' không có thật trên lịch (kiểm tra ngày và tháng).", {"value": text}) from None


IsoDate = Annotated[date, BeforeValidator(parse_iso_date)]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day ("tháng 3 năm 2024")."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def full(self) -> date | None:
        return self.earliest() if self.is_full else None

    def iso(self) -> str:
        text = self.__dict__.get("_iso")  # listings sort by it: tens of thousands of calls a build
        if text is None:
            text = f"{self.year:04d}"
            if self.month:
                text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
            object.__setattr__(self, "_iso", text)  # not a field: equality, order and output ignore it
        return text

    def display(self) -> str:
        """Day-first, as readers expect: 30/9/2020, tháng 3 năm 2024, năm 2015."""
        if self.day:
            return format_vn_date(self.earliest(), "numeric")
        if self.month:
            return format_vn_date(self.earliest(), "month")
        return f"năm {self.year}"

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        text = str(value).strip()
        m = _PARTIAL.match(text)
        if not m:
            raise PydanticCustomError("portal_date", "ngày '{value}' không đúng dạng: ghi YYYY-MM-DD (2021-10-22); nếu văn bản chỉ ghi tháng hoặc năm thì ghi YYYY-MM (2024-03) hoặc YYYY (2015).", {"value": text})
        year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            raise PydanticCustomError("portal_date", "ngày '{value}' không có thật trên lịch (kiểm tra ngày và tháng).", {"value": text}) from None
        return cls(year, month, day)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(cls.parse, serialization=core_schema.plain_serializer_function_ser_schema(lambda v: v.iso()))

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # a bare year is read by YAML as a number (``tu: 2022``), and the model accepts it
        return {"anyOf": [{"type": "string", "pattern": PARTIAL_DATE_PATTERN}, {"type": "integer", "minimum": 1000, "maximum": 9999}], "examples": ["2021-10-22", "2024-03", "2015"]}


def _as_list(value: Any) -> Any:
    """Let editors write a single value where a list is expected."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> Any:
    _reject_non_text(value, "giá trị")
    if isinstance(value, (int, float)):
        return str(value)
    return value


RecordId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=100)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), BeforeValidator(_text)]  # in this order the constraints are checked in pydantic-core, not in Python
TextList = Annotated[list[Text], BeforeValidator(_as_list)]
IdList = Annotated[list[RecordId], BeforeValidator(_as_list)]
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN)]


def parse_roman(value: Any) -> str:
    text = str(value).strip().upper()
    if not re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", text) or not text:
        raise PydanticCustomError("portal_roman", "khóa '{value}' phải là số La Mã như trên văn bản, ví dụ X, XI, XIV.", {"value": value})
    return text


Roman = Annotated[str, BeforeValidator(parse_roman)]
