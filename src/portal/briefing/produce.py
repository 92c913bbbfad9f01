"""The speakers' files written next to the pages: Word handouts and the builder's kit scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal.briefing.builder_data import kit_script
from portal.briefing.docx import kit_docx, talk_docx
from portal.briefing.kit import kit_views
from portal.briefing.talk import talk_views
from portal.site import urls

if TYPE_CHECKING:  # portal.site.assets lists this producer; importing it here would be circular
    from portal.site.assets import SiteContext


def briefing_files(context: SiteContext) -> dict[str, bytes]:
    """``{site path: bytes}`` for every kit and talk (an asset producer, see ``PRODUCERS``)."""
    catalog, settings, statuses = context.catalog, context.settings, context.statuses
    kits = kit_views(catalog, statuses, settings.today)
    files: dict[str, bytes] = {}
    for kit in kits.values():
        files[kit.docx_path] = kit_docx(kit, settings)
        files[urls.briefing_data_path(kit.id)] = kit_script(kit)
    for talk in talk_views(catalog, statuses, settings.today, kits):
        files[talk.docx_path] = talk_docx(talk, settings)
    return files
