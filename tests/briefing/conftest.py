"""A copy of the repository's records (kits, talks and everything they refer to), to change and break."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import ROOT

MakeBriefingProject = Callable[[dict[str, str | None]], Path]


@pytest.fixture
def briefing_project(tmp_path: Path) -> MakeBriefingProject:
    """``briefing_project({"data/kits/x.yml": "text", "data/kits/y.yml": None})`` — None deletes."""

    def make(changes: dict[str, str | None]) -> Path:
        root = tmp_path / "project"
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(ROOT / "data", root / "data")
        for rel, text in changes.items():
            target = root / rel
            if text is None:
                target.unlink()
            else:
                target.write_text(text, encoding="utf-8")
        return root

    return make
