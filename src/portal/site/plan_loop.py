"""Pages of the dissemination loop: record pages, hubs and indexes, calendar, review drafts.

``plan_loop`` appends to the planner's pages; like ``plan_site`` it is a pure function of
the catalog and the settings (the build date decides what is upcoming, open or overdue).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, Callable

from portal.load.loader import Entry
from portal.loop.links import LOOP_KIND_NAMES, newest_key
from portal.loop.periods import plan_periods
from portal.loop.progress import is_tracked
from portal.loop.review import review_draft
from portal.loop.status import draft_state, petition_state
from portal.model.loop.kinds import DEFAULT_ANSWER_DAYS, LoopRecord
from portal.model.loop.vocab import DraftPhase, PetitionStatus
from portal.model.records import Plan
from portal.site import urls
from portal.site.plan import Pager, PlannedPage, paginate, record_title
from portal.text import format_vn_date, slugify, vn_sorted

if TYPE_CHECKING:
    from portal.site.plan import Planner

RECENT = 10  # past events and decided drafts shown on their hub before the archive link


def plan_loop(planner: Planner) -> None:
    """Every page of the loop, in a stable order."""
    _record_pages(planner)
    _petitions(planner)
    _findings(planner)
    _exemplars(planner)
    _factchecks(planner)
    _calendar(planner)
    _drafts(planner)
    _reviews(planner)


def _newest(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=newest_key, reverse=True)


def _listing(planner: Planner, base: str, key: str | None, title: str, items: list[Entry], *, intro: str | None = None, edit_path: str | None = None) -> None:
    """A paginated list of loop records (any kind), newest first as given."""

    def make(uri: str, chunk: list[Entry], pager: Pager) -> PlannedPage:
        return PlannedPage(uri, "loop/listing.md.j2", pager.titled(title), {"items": chunk, "pager": pager, "intro": intro}, edit_path)

    planner.pages.extend(paginate(base, key, items, make))


def _record_pages(planner: Planner) -> None:
    for entry in planner.catalog.by_id.values():
        rec = entry.record
        if rec.kind in LOOP_KIND_NAMES:
            assert isinstance(rec, LoopRecord)
            planner.pages.append(PlannedPage(urls.record_uri(rec), rec.page_template, record_title(rec), {"entry": entry, "rec": rec}, entry.path, searchable=True))


def _group(entries: list[Entry], keys: Callable[[Any], list[str]]) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for key in dict.fromkeys(keys(entry.record)):
            groups[key].append(entry)
    return groups


def _by_record(planner: Planner, groups: dict[str, list[Entry]]) -> list[tuple[Entry, list[Entry]]]:
    """Groups keyed by a record id (topic, body), in Vietnamese order of the record's name."""
    found = [(planner.catalog.get(k), items) for k, items in groups.items()]
    return vn_sorted([(e, items) for e, items in found if e is not None], key=lambda pair: record_title(pair[0].record))


def _petitions(planner: Planner) -> None:
    today = planner.settings.today
    petitions = _newest(planner.catalog.of_kind("petition"))
    states = {e.id: petition_state(e.record, today) for e in petitions}  # type: ignore[arg-type]
    by_status = _group(petitions, lambda r: [states[r.id].status.value])
    by_field = _by_record(planner, _group(petitions, lambda r: r.fields))
    by_agency = _by_record(planner, _group(petitions, lambda r: [r.answerer]))
    overdue = [e for e in petitions if states[e.id].overdue]
    as_of = f"Trạng thái tính đến ngày {format_vn_date(today, 'numeric')}."
    context = {
        "total": len(petitions),
        "by_status": [(s, len(by_status.get(s.value, []))) for s in PetitionStatus],
        "overdue": len(overdue),
        "by_field": [(t, len(items), sum(1 for e in items if states[e.id].answered)) for t, items in by_field],
        "by_agency": [(b, len(items), sum(1 for e in items if states[e.id].answered), sum(1 for e in items if states[e.id].overdue)) for b, items in by_agency],
        "default_days": DEFAULT_ANSWER_DAYS,
    }
    planner.pages.append(PlannedPage(urls.listing_uri(urls.PETITIONS), "loop/petitions_hub.md.j2", "Kiến nghị cử tri", context))
    _listing(planner, *urls.ALL_PETITIONS, "Tất cả kiến nghị cử tri", petitions, intro=f"Kiến nghị mới tiếp nhận xếp trước. {as_of}")
    _listing(planner, *urls.PETITIONS_OVERDUE, "Kiến nghị cử tri quá hạn", overdue, intro=f"{as_of} Quá hạn trả lời: đã quá hạn trả lời ghi trong bản ghi (nếu không ghi, {DEFAULT_ANSWER_DAYS} ngày kể từ ngày chuyển) mà chưa có trả lời. Quá hạn giải quyết: đã qua thời hạn giải quyết mà cơ quan trả lời đã cam kết.")
    for status in PetitionStatus:
        _listing(planner, urls.PETITIONS_BY_STATUS, status.value, f"Kiến nghị cử tri: {status.label.lower()}", by_status.get(status.value, []), intro=as_of)
    for topic, items in by_field:
        _listing(planner, urls.PETITIONS_BY_FIELD, topic.id, f"Kiến nghị cử tri về {record_title(topic.record).lower()}", items, intro=as_of, edit_path=topic.path)
    for body, items in by_agency:
        _listing(planner, urls.PETITIONS_BY_AGENCY, body.id, f"Kiến nghị cử tri gửi {record_title(body.record)}", items, intro=as_of)


def _findings(planner: Planner) -> None:
    items = _newest(planner.catalog.of_kind("finding"))
    _listing(planner, urls.FINDINGS, None, "Kết quả giám sát", items, intro="Khó khăn, vướng mắc trong thực hiện nghị quyết được phát hiện qua giám sát, khảo sát và kiến nghị của cơ quan giám sát; báo cáo mới xếp trước.")


def _exemplars(planner: Planner) -> None:
    items = _newest(planner.catalog.of_kind("exemplar"))
    by_field = _by_record(planner, _group(items, lambda r: r.fields))
    areas = _group(items, lambda r: [slugify(r.area)])  # "Hoà Lộc" and "Hòa Lộc" are one area, one page
    names = {slug: group[-1].record.area for slug, group in areas.items()}  # type: ignore[attr-defined]
    by_area = vn_sorted(areas.items(), key=lambda pair: names[pair[0]])
    context = {
        "total": len(items),
        "newest": items[:RECENT],
        "by_field": [(t, len(group)) for t, group in by_field],
        "by_area": [(names[slug], urls.listing_uri(urls.EXEMPLARS_BY_AREA, slug), len(group)) for slug, group in by_area],
    }
    planner.pages.append(PlannedPage(urls.listing_uri(urls.EXEMPLARS), "loop/exemplars_hub.md.j2", "Điển hình tiên tiến, nhân tố mới", context))
    _listing(planner, *urls.ALL_EXEMPLARS, "Tất cả điển hình tiên tiến, nhân tố mới", items, intro="Điển hình mới ghi nhận xếp trước.")
    for topic, group in by_field:
        _listing(planner, urls.EXEMPLARS_BY_FIELD, topic.id, f"Điển hình tiên tiến về {record_title(topic.record).lower()}", group, edit_path=topic.path)
    for slug, group in by_area:
        _listing(planner, urls.EXEMPLARS_BY_AREA, slug, f"Điển hình tiên tiến ở {names[slug]}", group)


def _factchecks(planner: Planner) -> None:
    items = _newest(planner.catalog.of_kind("factcheck"))
    _listing(planner, urls.FACTCHECKS, None, "Cải chính thông tin sai sự thật", items, intro="Thông tin sai sự thật về chính sách và sự thật, dẫn đúng điều, khoản của nghị quyết; bài mới xếp trước.")


def _calendar(planner: Planner) -> None:
    today = planner.settings.today
    events = planner.catalog.of_kind("event")
    upcoming = sorted((e for e in events if e.record.last_day >= today), key=newest_key)  # type: ignore[attr-defined]
    past = _newest([e for e in events if e.record.last_day < today])  # type: ignore[attr-defined]
    context = {"upcoming": upcoming, "recent": past[:RECENT], "past_total": len(past)}
    planner.pages.append(PlannedPage(urls.listing_uri(urls.CALENDAR), "loop/calendar.md.j2", "Lịch sự kiện", context))
    _listing(planner, *urls.PAST_EVENTS, "Sự kiện đã diễn ra", past, intro="Tiếp xúc cử tri, hội nghị báo cáo viên, báo cáo chuyên đề, hội nghị sơ kết; sự kiện gần nhất xếp trước.")


def _drafts(planner: Planner) -> None:
    today = planner.settings.today
    drafts = planner.catalog.of_kind("draft")
    phase = {e.id: draft_state(e.record, today).phase for e in drafts}  # type: ignore[arg-type]
    open_ = sorted((e for e in drafts if phase[e.id] == DraftPhase.OPEN), key=lambda e: (e.record.deadline, e.id))  # type: ignore[attr-defined]
    upcoming = sorted((e for e in drafts if phase[e.id] == DraftPhase.UPCOMING), key=newest_key)
    ended = _newest([e for e in drafts if phase[e.id] in (DraftPhase.CLOSED, DraftPhase.DECIDED)])
    context = {"open": open_, "upcoming": upcoming, "ended": ended[:RECENT], "ended_total": len(ended)}
    planner.pages.append(PlannedPage(urls.listing_uri(urls.DRAFTS), "loop/drafts_hub.md.j2", "Dự thảo nghị quyết lấy ý kiến Nhân dân", context))
    _listing(planner, *urls.ENDED_DRAFTS, "Dự thảo đã hết hạn góp ý", ended, intro="Dự thảo không phải văn bản có hiệu lực. Dự thảo mới xếp trước.")


def _reviews(planner: Planner) -> None:
    today = planner.settings.today
    for entry in planner.catalog.of_kind("plan"):
        plan = entry.record
        assert isinstance(plan, Plan)
        if not is_tracked(plan):
            continue
        for period in plan_periods(plan, today):
            draft = review_draft(planner.catalog, entry, period)
            title = f"{period.label} – dự thảo báo cáo"
            planner.pages.append(PlannedPage(urls.review_uri(plan.id, period.slug), "loop/review.md.j2", title, {"draft": draft, "plan_entry": entry, "plan": plan, "period": period}, entry.path))
