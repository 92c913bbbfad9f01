"""Every record kind the portal knows, by the folder editors put it in under ``data/``.

Adding a kind: define its model (a ``Record`` subclass with ``kind``, ``folder``, ``label``)
and list it here; the loader, validator, JSON Schema and scaffolds pick it up from this list.
"""

from __future__ import annotations

from portal.model.briefing import BRIEFING_KINDS
from portal.model.loop.kinds import LOOP_KINDS
from portal.model.records import Body, Document, DocumentBase, Plan, Record, Resolution, Session, Topic

RECORD_KINDS: tuple[type[Record], ...] = (Topic, Body, Session, Resolution, Document, Plan, *BRIEFING_KINDS, *LOOP_KINDS)
KIND_BY_FOLDER: dict[str, type[Record]] = {k.folder: k for k in RECORD_KINDS}
KIND_BY_NAME: dict[str, type[Record]] = {k.kind: k for k in RECORD_KINDS}
DOCUMENT_KINDS: tuple[type[DocumentBase], ...] = (Resolution, Document, Plan)
