"""The core package must stay independent of MkDocs (only hooks/ may import it)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_mkdocs() -> None:
    offenders = [p.relative_to(ROOT).as_posix() for p in (ROOT / "src" / "portal").rglob("*.py") if {"mkdocs", "material"} & _imports(p)]
    assert offenders == []


def test_hooks_do_import_mkdocs_and_the_core() -> None:
    names = _imports(ROOT / "hooks" / "portal_hooks.py")
    assert {"mkdocs", "portal"} <= names


def test_no_generated_pages_committed_in_docs() -> None:
    generated_sections = {"nghi-quyet", "ky-hop", "van-ban", "ke-hoach", "co-quan", "tra-cuu", "dong-thoi-gian"}
    present = {p.name for p in (ROOT / "docs").iterdir()} & generated_sections
    assert present == set()
    assert not (ROOT / "docs" / "index.md").exists()
