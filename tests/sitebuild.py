"""Helpers to run a real ``mkdocs build --strict`` (the ``built_site`` fixture lives in tests/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, TODAY

PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "data", "src", "overrides")


def mkdocs_build(project: Path, site_dir: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real MkDocs command line in ``project``, with a fixed build date (and ``env``)."""
    env = {**os.environ, "PORTAL_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir), *extra],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, target / name)
    return target

