"""Render planned pages to Markdown with the Jinja templates in ``templates/``.

Templates receive records and pre-computed statuses; they never build URLs themselves
(``href`` and ``uri`` come from :mod:`portal.site.urls`) and never format dates by hand
(the ``date`` filters come from :mod:`portal.text`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import jinja2

from portal.catalog import Catalog
from portal.model.records import PartialDate, Record
from portal.model.vocab import RELATION_INVERSE_LABEL, Validity
from portal.links.diagram import document_diagram
from portal.loop.view import LoopView
from portal.site import urls
from portal.site.link_filters import FILTERS as LINK_FILTERS
from portal.site.plan import PlannedPage, SiteSettings, letter_slug, record_title
from portal.text import format_money, format_number, format_vn_date
from portal.validity import ValidityReport, status_periods

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class RenderedPage:
    src_uri: str
    markdown: str
    edit_path: str | None
    searchable: bool


def _date(value: date | PartialDate | None, style: str = "numeric") -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.display() if style == "numeric" or not value.is_full else format_vn_date(value.earliest(), style)
    return format_vn_date(value, style)


def _cell(value: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _yaml_string(value: str) -> str:
    """A front-matter value: JSON strings are valid YAML and escape everything."""
    return json.dumps(value, ensure_ascii=False)


@jinja2.pass_context
def _href(ctx: jinja2.runtime.Context, target: str | Record) -> str:
    to = urls.record_uri(target) if isinstance(target, Record) else target
    return urls.relative(ctx["here"], to)


def make_environment(catalog: Catalog, settings: SiteSettings, statuses: dict[str, ValidityReport]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # output is Markdown; text fields go through |e explicitly
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        vn_date=_date,
        cell=_cell,
        yaml_string=_yaml_string,
        number=format_number,
        money=format_money,
        **LINK_FILTERS,  # autolink, autolink_md: cited document numbers become links
    )
    env.globals.update(
        href=_href,
        uri=urls.record_uri,
        urls=urls,
        catalog=catalog,
        site=settings,
        today=settings.today,
        statuses=statuses,
        Validity=Validity,
        inverse_label=RELATION_INVERSE_LABEL,
        record_title=record_title,
        letter_slug=letter_slug,
        record=catalog.record,
        diagram=lambda entry: document_diagram(entry, catalog, catalog.citations),  # "Lược đồ" of a document
        status_periods=lambda entry: status_periods(entry, catalog),
        loop_view=LoopView(catalog, settings.today),  # petitions, drafts, plan progress as of the build date
    )
    return env


def render_page(env: jinja2.Environment, page: PlannedPage) -> RenderedPage:
    template = env.get_template(page.template)
    text = template.render(here=page.src_uri, page=page, **page.context)
    return RenderedPage(page.src_uri, text, page.edit_path, page.searchable)


def render_site(catalog: Catalog, settings: SiteSettings, pages: list[PlannedPage], statuses: dict[str, ValidityReport]) -> list[RenderedPage]:
    env = make_environment(catalog, settings, statuses)
    return [render_page(env, p) for p in pages]
