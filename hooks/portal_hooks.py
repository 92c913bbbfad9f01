"""MkDocs glue for Cổng Chính sách — the only module that imports ``mkdocs``.

Events:
    on_pre_build: run the core pipeline (load, validate, plan, render). On any data error,
        log every problem as ``path:line:col: message`` and abort *before* MkDocs cleans
        or writes the site directory, so no half-built site is ever published.
    on_files: hand the rendered pages to MkDocs as generated files outside the navigation,
        with their "edit" link pointing at the source record under ``data/``.
    on_startup: remember whether this is ``mkdocs serve`` (a local preview).
    on_env: give the theme the header search box of the core (portal.search.page).
    on_post_page: add the page's Content-Security-Policy (hashes of its own inline scripts);
        not in a local preview, where the live-reload script is injected after this event.
    on_post_build: write the other files the core produced (feeds, open data, search index…).
    on_pre_build also logs the summary of the citation report (each row with -v); the report
    itself is a page (du-lieu/dan-chieu/) and never fails the build.

All logic lives in the ``portal`` package; the state kept here lives for one build only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, InclusionLevel

from portal.build import BuildResult, build_date, build_pages
from portal.links.report import citation_report, report_summary
from portal.search.page import header_form_html
from portal.security.csp import add_csp
from portal.site import urls
from portal.site.plan import SiteSettings
from portal.validate.issues import summary_line
from portal.validate.rules import FileLocator

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.hooks.portal")

_build: dict[str, BuildResult] = {}  # the current build's result, replaced every build
_command: dict[str, str] = {}  # "build", "serve" or "gh-deploy", set once at start-up


def on_startup(*, command: str, dirty: bool) -> None:
    _command["name"] = command


def _project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _settings(config: MkDocsConfig) -> SiteSettings:
    extra = config.extra.get("portal", {}) or {}
    return SiteSettings(
        today=build_date(str(extra["today"]) if extra.get("today") else None),
        site_name=config.site_name,
        publisher=extra.get("publisher", SiteSettings.publisher),
        site_url=config.site_url or "",
    )


def on_pre_build(config: MkDocsConfig) -> None:
    _build.clear()
    result = build_pages(_project_root(config), _settings(config))
    for issue in result.issues:
        (log.error if issue.severity == "error" else log.warning)(issue.format_text())
    if not result.ok:
        log.error(summary_line(result.issues))
        raise Abort("Dữ liệu có lỗi: không xuất bản trang nào. Xem danh sách lỗi ở trên.")
    _build["result"] = result
    # cited numbers not held or ambiguous: a report (page du-lieu/dan-chieu/), never a failure
    rows = citation_report(result.catalog.citations)
    if log.isEnabledFor(logging.DEBUG):  # positions re-read the files: only when asked (-v)
        locate = FileLocator(_project_root(config))
        for row in rows:
            log.debug(row.format_text(locate))
    log.info(report_summary(rows))


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    result = _build.get("result")
    if result is None:  # pragma: no cover - on_pre_build always runs first
        raise PluginError("portal: on_files ran without on_pre_build")
    for page in result.pages:
        if files.get_file_from_path(page.src_uri) is not None:
            raise PluginError(f"{page.src_uri}: trang viết tay trong docs/ trùng với trang được sinh tự động; đổi tên trang viết tay.")
        file = File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        # edit_uri is relative to docs/ (see mkdocs.yml), so step out of it to reach data/
        file.edit_uri = f"../{page.edit_path}" if page.edit_path else None
        files.append(file)
    return files


def on_env(env: object, *, config: MkDocsConfig, files: Files) -> object:
    """Give the theme the header search box (a form to the search page, relative to the page)."""
    env.globals["portal_search_form"] = lambda base_url: header_form_html(f"{base_url}/{urls.page_url(urls.SEARCH_PAGE)}")  # type: ignore[attr-defined]
    return env


def on_post_page(output: str, *, page: object, config: MkDocsConfig) -> str:
    if _command.get("name") == "serve":
        return output
    return add_csp(output)


def on_post_build(config: MkDocsConfig) -> None:
    result = _build.get("result")
    if result is None:  # pragma: no cover
        return
    site = Path(config.site_dir)
    for rel, content in result.assets.items():
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
