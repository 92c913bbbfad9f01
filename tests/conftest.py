"""Shared fixtures: a small valid project to copy and break, and a fixed build date."""

from __future__ import annotations

import faulthandler
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import settings

from portal.stage_clock import REPORT_VARIABLE

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
TODAY = date(2026, 11, 21)

MakeProject = Callable[..., Path]

# Property tests draw the same examples at every run, here as in CI: Hypothesis detects CI and
# loads its "ci" profile there (examples derived from each test's name), so a suite that passes
# here passes there, and a failure there fails here too. Maintainers looking for new failures
# draw fresh examples at every run: scripts/test --hypothesis-profile=explore
settings.register_profile("explore", derandomize=False, deadline=None, print_blob=True)
settings.load_profile("ci")

from tests.browsing import browser, phone, site_url  # noqa: E402,F401  (shared fixtures)

HUNG_AFTER = 600  # seconds; the slowest test takes under a minute


@pytest.fixture(autouse=True)
def _no_test_hangs() -> Iterator[None]:
    """A test still running after HUNG_AFTER seconds is stuck (once, a browser call that never
    returned): its process prints where each thread stands and exits. The run then fails at that
    test (with xdist, a fresh worker takes the tests left) instead of waiting for CI's time limit."""
    faulthandler.dump_traceback_later(HUNG_AFTER, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def make_project(tmp_path: Path) -> MakeProject:
    """Copy the mini project into a temp folder, then write/delete the given files.

    ``make_project({"data/x.yml": "text", "data/y.yml": None})`` — None deletes.
    """

    def make(changes: dict[str, str | None] | None = None, *, base: Path = MINI) -> Path:
        root = tmp_path / "project"
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(base / "data", root / "data")
        for rel, text in (changes or {}).items():
            target = root / rel
            if text is None:
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        return root

    return make


STAGES_REPORT = "stages.json"  # beside the built_site fixture's site
USER_CACHE = "cache"  # beside it too: the user's cache folder of its build, empty before it (XDG_CACHE_HOME)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site, built once per test session with ``mkdocs build --strict``,
    as on a new machine: no records or templates kept from an earlier build."""
    from tests.sitebuild import mkdocs_build

    site = tmp_path_factory.mktemp("site") / "site"
    stages = site.parent / STAGES_REPORT  # the build's own stage times (portal.stage_clock)
    env = {"PORTAL_BUILD_HELPER": "0", REPORT_VARIABLE: str(stages), "XDG_CACHE_HOME": str(site.parent / USER_CACHE)}
    result = mkdocs_build(ROOT, site, env=env)  # see test_two_builds_are_byte_identical
    assert result.returncode == 0, result.stderr[-5000:]
    return site


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
