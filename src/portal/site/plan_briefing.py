"""Pages for speakers: one per briefing kit and thematic talk, the hub, the talk builder; and
the "Tài liệu cho báo cáo viên" block on the page of every resolution that has a kit."""

from __future__ import annotations

import dataclasses
import json

from portal.briefing.basis import as_of_line
from portal.briefing.kit import KitView, kit_views
from portal.briefing.printing import page_boxes, public_address
from portal.briefing.talk import talk_views
from portal.site import urls
from portal.site.plan import PlannedPage, Planner, newest_first


def add_button_items(kits: list[KitView]) -> str:
    """What a "Thêm vào bài nói" button stores: ids and titles, as JSON for a data attribute."""
    return json.dumps([{"id": k.id, "title": k.title} for k in kits], ensure_ascii=False)


def _handout_context(planner: Planner, uri: str, docx_path: str | None) -> dict[str, object]:
    settings = planner.settings
    return {
        "print_css": page_boxes(settings.site_name, as_of_line(settings.today), public_address(settings.site_url, uri)),
        "docx_href": urls.public_relative(uri, docx_path) if docx_path else None,
        "builder_href": urls.page_link(uri, urls.TALK_BUILDER),
    }


def plan_briefing(planner: Planner) -> None:
    """Add the speakers' pages to ``planner`` (called by ``plan_site`` after the record pages)."""
    catalog, settings = planner.catalog, planner.settings
    kits = kit_views(catalog, planner.statuses, settings.today)
    talks = talk_views(catalog, planner.statuses, settings.today, kits)
    ordered = [kits[e.id] for e in newest_first(kits[r].resolution for r in kits)]

    for kit in ordered:
        context = {"kit": kit, "add_items": add_button_items([kit]), **_handout_context(planner, kit.uri, kit.docx_path)}
        planner.pages.append(PlannedPage(kit.uri, "briefing/kit.md.j2", kit.title, context, kit.entry.path, kit.resolution_title, searchable=True))
    for talk in talks:
        context = {"talk": talk, "add_items": add_button_items(talk.kits) if talk.kits else None, **_handout_context(planner, talk.uri, talk.docx_path)}
        planner.pages.append(PlannedPage(talk.uri, "briefing/talk.md.j2", f"Báo cáo chuyên đề: {talk.title}", context, talk.entry.path, talk.purpose, searchable=True))
    planner.pages.append(PlannedPage(urls.BRIEFING_HUB, "briefing/hub.md.j2", "Tài liệu cho báo cáo viên", {"kits": ordered, "talks": talks}))
    builder = {
        "data_base": urls.public_relative(urls.TALK_BUILDER, urls.BRIEFING_DATA + "/"),
        "site_root": urls.public_relative(urls.TALK_BUILDER, ""),
        **_handout_context(planner, urls.TALK_BUILDER, None),
    }
    planner.pages.append(PlannedPage(urls.TALK_BUILDER, "briefing/builder.md.j2", "Bài nói của tôi", builder))
    _link_resolution_pages(planner, kits)


def _link_resolution_pages(planner: Planner, kits: dict[str, KitView]) -> None:
    """Give each resolution page with a kit what its "báo cáo viên" block needs."""
    by_uri = {urls.record_uri(k.resolution.record): k for k in kits.values()}
    for i, page in enumerate(planner.pages):
        kit = by_uri.get(page.src_uri)
        if kit is not None:
            briefing = {"kit": kit, "add_items": add_button_items([kit]), "builder_href": urls.page_link(page.src_uri, urls.TALK_BUILDER)}
            planner.pages[i] = dataclasses.replace(page, context={**page.context, "briefing": briefing})

