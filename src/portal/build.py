"""The pipeline end to end: load → validate → catalog → plan → render.

Drivers (the MkDocs hooks, the CLI, tests, a future Zensical/ProperDocs driver) call
:func:`validate_data` or :func:`build_pages`; nothing here knows about MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from portal.catalog import Catalog, build_catalog
from portal.load.loader import load_all
from portal.site.assets import SiteContext, produce_assets
from portal.site.plan import SiteSettings, plan_site
from portal.site.render import RenderedPage, render_site
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


def validate_data(root: Path, data_dir: Path | None = None) -> ValidationResult:
    """Load and check every record; all problems are returned, none raised."""
    data_dir = data_dir or root / "data"
    loaded = load_all(root, data_dir)
    catalog = build_catalog(loaded.entries, loaded.broken_ids)
    issues = loaded.issues + check_catalog(loaded.entries, catalog, FileLocator(root))
    return ValidationResult(catalog, sort_issues(issues))


def build_pages(root: Path, settings: SiteSettings, data_dir: Path | None = None) -> BuildResult:
    """Every generated page as Markdown, or no page at all when the data has errors."""
    result = validate_data(root, data_dir)
    if not result.ok or result.catalog is None:
        return BuildResult(result.catalog, result.issues)
    planned, statuses = plan_site(result.catalog, settings)
    pages = render_site(result.catalog, settings, planned, statuses)
    assets = produce_assets(SiteContext(result.catalog, settings, statuses, pages))
    return BuildResult(result.catalog, result.issues, pages, assets)
