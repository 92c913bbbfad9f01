"""The saves the preview benchmarks make to one record (scripts/bench_preview.py, bench_rebuild.py).

Saves alternate between two kinds of edit: a new summary, which pages show but checking and
planning do not read (the preview's shortcut, portal.preview_shortcut), and a new title, which
listings sort by (shown at once the same way, then settled by a build that checks and plans
everything). Each save keeps the other field's last edit, so that only one field changes from
one save to the next.
"""

from __future__ import annotations

import re
from pathlib import Path

EDITS = {"tóm tắt": "tom_tat", "trích yếu": "trich_yeu"}  # kind of save → the field given a new start

# The paths a save takes through the preview (portal.preview), as the benchmarks name them.
SHORTCUT = "shortcut"  # shown-only fields: the previous plan kept
SHOWN_AT_ONCE = "shown at once"  # a title: the previous plan kept, the session unsettled
SETTLED = "settled in full"  # the build right after one shown at once
FULL = "full"  # checked and planned again


def record_to_save(project: Path) -> Path:
    """The resolution file the benchmarks save: the middle one of the corpus, in path order."""
    records = sorted((project / "data" / "resolutions").rglob("*.md"))
    return records[len(records) // 2]


def kind_of_save(n: int) -> str:
    """The kind of the ``n``-th save (from 1): summaries and titles in turn."""
    return list(EDITS)[(n - 1) % len(EDITS)]


def with_marker(text: str, original: str, key: str, marker: str) -> str:
    """``text`` whose ``key`` line is the ``original`` line with ``marker`` at the start of its value."""
    line = re.search(rf"^{key}: (.*)$", original, flags=re.MULTILINE)
    assert line is not None, f"the record has no {key}"
    return re.sub(rf"^{key}: .*$", lambda _: f"{key}: {marker} {line[1]}", text, count=1, flags=re.MULTILINE)
