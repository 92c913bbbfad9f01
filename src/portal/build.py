"""The pipeline end to end: load → validate → catalog → plan → render.

Drivers (the MkDocs hooks, the CLI, tests, a future Zensical/ProperDocs driver) call
:func:`validate_data`, :func:`build_pages` (everything at once) or :func:`plan_build` (pages
rendered on demand); nothing here knows about MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

from portal.catalog import Catalog, build_catalog
from portal.load.cache import LoadCache
from portal.load.loader import LoadResult, load_all
from portal.load.record_store import RecordStore
from portal.site.assets import SiteContext, iter_assets, produce_assets
from portal.site.plan import PlannedPage, SiteSettings, plan_site
from portal.site.render import PageRenderer, RenderedPage
from portal.validity import ValidityReport
from portal.validate.issues import Issue, has_errors, sort_issues
from portal.validate.rules import FileLocator, check_catalog

TODAY_VARIABLE = "PORTAL_TODAY"


def build_date(override: str | None = None) -> date:
    """The day statuses are computed for: ``PORTAL_TODAY=YYYY-MM-DD`` or today."""
    value = override or os.environ.get(TODAY_VARIABLE)
    return date.fromisoformat(value) if value else date.today()


@dataclass
class ValidationResult:
    catalog: Catalog | None
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not has_errors(self.issues)


@dataclass
class BuildResult:
    catalog: Catalog | None
    issues: list[Issue]
    pages: list[RenderedPage] = field(default_factory=list)
    assets: dict[str, bytes] = field(default_factory=dict)  # non-page files, by site-relative path

    @property
    def ok(self) -> bool:
        return not has_errors(self.issues)


def validate_data(root: Path, data_dir: Path | None = None, cache: LoadCache | None = None, store: RecordStore | None = None) -> ValidationResult:
    """Load and check every record; all problems are returned, none raised.

    ``cache`` keeps per-file results between the builds of a preview (see portal.load.cache);
    ``store``, between builds (see portal.load.record_store; the caller writes it).
    """
    return check_loaded(root, load_all(root, data_dir or root / "data", cache=cache, store=store))


def check_loaded(root: Path, loaded: LoadResult) -> ValidationResult:
    """The catalog of loaded records and every problem, theirs and between them."""
    catalog = build_catalog(loaded.entries, loaded.broken_ids)
    issues = loaded.issues + check_catalog(loaded.entries, catalog, FileLocator(root))
    return ValidationResult(catalog, sort_issues(issues))


@dataclass
class SiteBuild:
    """A checked and planned site whose pages and files are produced on demand.

    Drivers that write as they go use this: :meth:`render` one page when it is written,
    :meth:`assets` one file at a time, so memory does not grow with the number of pages.
    ``pages`` is empty when the data has errors (``ok`` is false): nothing may be published.
    """

    catalog: Catalog | None
    issues: list[Issue]
    settings: SiteSettings
    pages: list[PlannedPage] = field(default_factory=list)
    statuses: dict[str, ValidityReport] = field(default_factory=dict)
    _renderer: PageRenderer | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not has_errors(self.issues)

    def render(self, page: PlannedPage) -> RenderedPage:
        return self._page_renderer().render(page)

    def prepare_rendering(self) -> None:
        """Make the renderer and what every page shares now, not at the first page that needs
        it (:meth:`PageRenderer.prepare`): a driver about to fork processes that render pages
        (portal.forked_ahead) calls this first, so that they inherit it instead of each making
        their own."""
        self._page_renderer().prepare({page.template for page in self.pages})

    def _page_renderer(self) -> PageRenderer:
        if self._renderer is None:
            assert self.catalog is not None, "render() on a build with data errors"
            self._renderer = PageRenderer(self.catalog, self.settings, self.statuses)
        return self._renderer

    def context(self) -> SiteContext:
        assert self.catalog is not None, "assets of a build with data errors"
        return SiteContext(self.catalog, self.settings, self.statuses, self.pages)

    def assets(self) -> Iterator[tuple[str, bytes]]:
        return iter_assets(self.context())


def plan_build(root: Path, settings: SiteSettings, data_dir: Path | None = None, cache: LoadCache | None = None) -> SiteBuild:
    """Load, validate and plan; no page is rendered yet (see :class:`SiteBuild`)."""
    return plan_checked(validate_data(root, data_dir, cache), settings)


def plan_checked(result: ValidationResult, settings: SiteSettings) -> SiteBuild:
    """Plan the pages of checked records; none when the records have errors."""
    if not result.ok or result.catalog is None:
        return SiteBuild(result.catalog, result.issues, settings)
    planned, statuses = plan_site(result.catalog, settings)
    return SiteBuild(result.catalog, result.issues, settings, planned, statuses)


def build_pages(root: Path, settings: SiteSettings, data_dir: Path | None = None) -> BuildResult:
    """Every generated page as Markdown and every other file, or nothing when the data has errors."""
    site = plan_build(root, settings, data_dir)
    if not site.ok:
        return BuildResult(site.catalog, site.issues)
    pages = [site.render(p) for p in site.pages]
    return BuildResult(site.catalog, site.issues, pages, produce_assets(site.context()))
