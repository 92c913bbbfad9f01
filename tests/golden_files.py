"""Golden-file comparison shared by the rendering tests.

``PORTAL_UPDATE_GOLDEN=1`` rewrites the golden file with the actual text (review the diff
like any other change); otherwise the text must equal the file exactly.
"""

from __future__ import annotations

import os
from pathlib import Path


def assert_matches_golden(actual: str, golden: Path) -> None:
    if os.environ.get("PORTAL_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")
