"""The benchmarks' corpus project builds like the real one (strict), with bounded output.

``scripts/bench*.py`` measure a project made by ``portal.devtools.corpus.write_project``; a
corpus that fails the strict build would make every figure meaningless.
"""

from __future__ import annotations

from pathlib import Path

from portal.devtools.corpus import write_project
from tests.conftest import ROOT
from tests.sitebuild import mkdocs_build


def test_a_corpus_project_builds_in_strict_mode(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", 120, ROOT)
    run = mkdocs_build(project, tmp_path / "site")
    assert run.returncode == 0, run.stderr[-3000:]
    folder = tmp_path / "site" / "nghi-quyet"
    pages = [folder / twin.stem / "index.html" for twin in folder.glob("*.json")]  # a resolution page has a JSON twin
    assert len(pages) >= 120
    # every page was rendered on demand and written whole (the text is dropped only after writing)
    assert all(b"</html>" in p.read_bytes()[-200:] and b'class="cs-lead"' in p.read_bytes() for p in pages)
