"""The loop fixture: the mini project plus records of each loop kind (tests/loop/fixtures/data)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import MINI, MakeProject

LOOP_FIXTURE = Path(__file__).parent / "fixtures"


def loop_files() -> dict[str, str | None]:
    """Every file of the loop fixture, as ``make_project`` changes (``data/…``: text)."""
    return {p.relative_to(LOOP_FIXTURE).as_posix(): p.read_text(encoding="utf-8") for p in sorted((LOOP_FIXTURE / "data").rglob("*.yml"))}


@pytest.fixture
def make_loop_project(make_project: MakeProject) -> MakeProject:
    """``make_project`` on the mini project overlaid with the loop fixture, then ``changes``."""

    def make(changes: dict[str, str | None] | None = None) -> Path:
        return make_project({**loop_files(), **(changes or {})})

    return make


@pytest.fixture(scope="module")
def loop_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only copy of the loop project, shared by a module's tests."""
    root = tmp_path_factory.mktemp("loop") / "project"
    shutil.copytree(MINI / "data", root / "data")
    shutil.copytree(LOOP_FIXTURE / "data", root / "data", dirs_exist_ok=True)
    return root
