"""The generated page of the contributor guide: every field of every record kind.

It is read from the JSON Schemas (:func:`portal.editor.fields.field_docs`), like the
scaffolds of ``scripts/new`` and VS Code's help, so the three never disagree. Its "edit"
link opens the model, where the names and descriptions live.
"""

from __future__ import annotations

from portal.editor.fields import field_docs
from portal.editor.scaffold import kind_names
from portal.model.registry import RECORD_KINDS
from portal.model.schema import schema_file_name
from portal.site import urls
from portal.site.plan import PlannedPage, Planner

MODEL_SOURCE = "src/portal/model/records.py"


def plan_guide(planner: Planner) -> None:
    """Add the field reference to ``planner`` (called by ``plan_site``)."""
    kinds = [
        {
            "kind": kind,
            "fields": field_docs(kind),
            "names": kind_names(kind),
            "schema_href": urls.public_relative(urls.FIELD_REFERENCE, urls.schema_path(schema_file_name(kind))),
            "schema_name": schema_file_name(kind),
        }
        for kind in RECORD_KINDS
    ]
    planner.pages.append(PlannedPage(urls.FIELD_REFERENCE, "field_reference.md.j2", "Tham chiếu các trường dữ liệu", {"kinds": kinds}, MODEL_SOURCE, "Mọi trường của mọi loại bản ghi: ý nghĩa, cách ghi, chỗ tìm trên văn bản gốc."))
