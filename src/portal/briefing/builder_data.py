"""The talk builder's copy of each kit: a small script the builder page loads on demand.

A ``<script src>`` file (rather than JSON fetched with ``fetch``) also works when the site is
opened from disk (``file://``), where browsers refuse ``fetch``; and the builder loads only
the kits a speaker chose, so the page stays small however many kits the portal holds.
"""

from __future__ import annotations

import json
from typing import Any

from portal.briefing.basis import CitedBasis
from portal.briefing.kit import KitView
from portal.site import urls


def _basis(basis: CitedBasis | None) -> dict[str, Any] | None:
    if basis is None:
        return None
    return {"label": basis.label, "changes": list(basis.changes)}


def kit_data(view: KitView) -> dict[str, Any]:
    """Everything the builder shows of one kit; page addresses are relative to the site root."""
    return {
        "id": view.id,
        "title": view.title,
        "subject": view.subject,
        "resolution_title": view.resolution_title,
        "resolution_url": urls.page_url(urls.record_uri(view.resolution.record)),
        "kit_url": urls.page_url(view.uri),
        "status": view.status.label,
        "status_value": view.status.status.value,
        "as_of": view.as_of,
        "status_note": view.status_note,
        "sample_notice": view.sample_notice if view.sample else None,
        "messages": [{"text": m.text, "basis": _basis(m.basis)} for m in view.messages],
        "figures": [{"label": f.label, "value": f.value, "basis": _basis(f.basis)} for f in view.figures],
        "questions": [{"question": q.question, "answer": q.answer, "basis": _basis(q.basis)} for q in view.questions],
        "misreadings": [{"wrong": c.wrong, "right": c.right, "basis": _basis(c.basis)} for c in view.misreadings],
        "sms": view.sms,
    }


def kit_script(view: KitView) -> bytes:
    """``window.csBriefing["<id>"] = {…};`` — one kit for the builder, as UTF-8."""
    payload = json.dumps(kit_data(view), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = json.dumps(view.id)
    return f"window.csBriefing = window.csBriefing || {{}};\nwindow.csBriefing[{key}] = {payload};\n".encode("utf-8")
