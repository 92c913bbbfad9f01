"""What every speakers' page (kit or thematic talk) knows from its record."""

from __future__ import annotations

from portal.briefing.basis import SAMPLE_NOTICE
from portal.load.loader import Entry
from portal.site import urls


class RecordPage:
    """Mixin for the views of kits and talks: the record's id, page and Word handout."""

    entry: Entry
    sample_notice = SAMPLE_NOTICE

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def uri(self) -> str:
        return urls.record_uri(self.entry.record)

    @property
    def docx_path(self) -> str:
        return urls.handout_docx_path(self.uri)
