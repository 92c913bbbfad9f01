"""The files the core publishes besides pages, for the mini project, through the real pipeline."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from portal.build import build_pages
from portal.site.plan import SiteSettings
from tests.conftest import MINI, TODAY

SITE_URL = "https://cong.example.vn/"


def publish(root: Path = MINI, today: date = TODAY) -> dict[str, bytes]:
    """``build_pages(...).assets``: every producer of ``PRODUCERS``, as a build runs them."""
    result = build_pages(root, SiteSettings(today=today, site_url=SITE_URL))
    assert result.ok, [i.format_text() for i in result.issues]
    return result.assets


@pytest.fixture(scope="module")
def assets() -> dict[str, bytes]:
    return publish()


def schema_registry(files: dict[str, bytes]) -> Registry:
    """Every published JSON Schema, by its ``$id`` (checked against the 2020-12 metaschema)."""
    schemas = [json.loads(v) for k, v in files.items() if k.startswith("du-lieu/schema/")]
    for schema in schemas:
        jsonschema.Draft202012Validator.check_schema(schema)
    return Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas])


def validation_errors(files: dict[str, bytes]) -> dict[str, list[str]]:
    """``{path: [messages]}`` for every JSON data file that its own ``$schema`` rejects."""
    registry = schema_registry(files)
    bad: dict[str, list[str]] = {}
    for path, content in files.items():
        if not path.endswith(".json") or path.startswith("du-lieu/schema/"):
            continue
        data = json.loads(content)
        validator = jsonschema.Draft202012Validator(registry.contents(data["$schema"]), registry=registry, format_checker=jsonschema.FormatChecker())
        errors = [e.message for e in validator.iter_errors(data)]
        if errors:
            bad[path] = errors
    return bad


def read_csv(content: bytes) -> list[list[str]]:
    """A published CSV as Excel reads it: UTF-8 with BOM, CRLF rows."""
    assert content.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark for Excel"
    text = content.decode("utf-8-sig")
    assert text.endswith("\r\n"), "rows end with CRLF"
    return list(csv.reader(io.StringIO(text, newline="")))


def decode_cell(cell: str, like: Any) -> Any:
    """The value a CSV cell stands for, given the JSON value it came from (for its type)."""
    if like is None:
        return None if cell == "" else cell
    if isinstance(like, bool):
        return {"true": True, "false": False}[cell]
    if isinstance(like, (list, dict)):
        return json.loads(cell)
    if isinstance(like, int):
        return int(cell)
    return cell
