"""The saves the preview benchmarks make to one record (scripts/bench_preview.py, bench_rebuild.py).

Saves take turns between four kinds of edit, one for each way through the preview
(portal.preview):

* ``tóm tắt``: a new summary, which pages show but checking and planning do not read (the
  shortcut);
* ``trích yếu``: a new title, which listings sort by: shown at once the same way, then settled
  by a build that checks and plans everything;
* ``ngày hiệu lực`` and ``lĩnh vực``: a new date of entry into force (the record's status and
  timelines read it) and a new field (its topic index lists the record): checked in full,
  shown at once, then settled the same way.

Each save keeps the other fields' last edits, so that only one field changes from one save to
the next. Dates and fields are written as the corpus writes them (portal.devtools.corpus).

Two more kinds save other files, which the preview plans in full (:func:`full_save`): a topic's
new name (``tên lĩnh vực``), shown on the pages of all its resolutions, and a new resolution
file (``tệp mới``). The saved file's own pages are written first, and the rest by the build
right after (portal.preview.PreviewSession.own_first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from portal.devtools.corpus import FIELDS
from portal.text.dates import format_vn_date

MARKED = {"tóm tắt": "tom_tat", "trích yếu": "trich_yeu"}  # kind of save → the field given a new start
EFFECTIVE, FIELD = "ngày hiệu lực", "lĩnh vực"
KINDS = (*MARKED, EFFECTIVE, FIELD)

# The paths a save takes through the preview (portal.preview), as the benchmarks name them.
SHORTCUT = "shortcut"  # shown-only fields: the previous plan kept
SHOWN_AT_ONCE = "shown at once"  # a title: the previous plan kept, the session unsettled
CHECKED = "checked, shown at once"  # anything else, once the whole check agrees: the same, after checking
OWN_FIRST = "planned in full, own pages first"  # a valid record planned in full: its own pages first, the rest in the next build
SETTLED = "settled in full"  # the build right after one shown at once (or after own pages first: the rest)
FULL = "full"  # checked and planned again

# Saves of other files, which the preview plans in full (scripts/bench_rebuild.py): a topic's
# name, on the pages of its resolutions and its listings; and a new resolution file.
TOPIC_NAME, NEW_FILE = "tên lĩnh vực", "tệp mới"
FULL_KINDS = (TOPIC_NAME, NEW_FILE)


@dataclass(frozen=True)
class Save:
    kind: str
    text: str  # the record file as saved
    shown: str  # what the record's page shows once the save is built
    row: str | None = None  # the properties row whose value is then ``shown``; None: anywhere in the page


def record_to_save(project: Path) -> Path:
    """The resolution file the benchmarks save: the middle one of the corpus, in path order."""
    records = sorted((project / "data" / "resolutions").rglob("*.md"))
    return records[len(records) // 2]


def kind_of_save(n: int) -> str:
    """The kind of the ``n``-th save (from 1): the four kinds in turn."""
    return KINDS[(n - 1) % len(KINDS)]


def make_save(n: int, text: str, original: str) -> Save:
    """The ``n``-th save (from 1) of a record whose file now holds ``text`` and first held ``original``."""
    kind = kind_of_save(n)
    if kind in MARKED:
        marker = f"Bản sửa thứ {n} để đo thời gian xem trước."
        return Save(kind, with_marker(text, original, MARKED[kind], marker), marker)
    turn = (n - 1) // len(KINDS) + 1  # this kind's first save, second…
    if kind == EFFECTIVE:
        day = date.fromisoformat(_value(original, "ngay_hieu_luc")) + timedelta(days=turn)
        return Save(kind, _with_value(text, "ngay_hieu_luc", day.isoformat()), format_vn_date(day, "numeric"), "Ngày có hiệu lực")
    held = _topics(original)
    others = [(topic, name) for topic, name in FIELDS if topic not in held]
    topic, name = others[(turn - 1) % len(others)]
    return Save(kind, _with_value(text, "linh_vuc", f"[{topic}]"), name, "Lĩnh vực")


def with_marker(text: str, original: str, key: str, marker: str) -> str:
    """``text`` whose ``key`` line is the ``original`` line with ``marker`` at the start of its value."""
    return _with_value(text, key, f"{marker} {_value(original, key)}")


def _value(text: str, key: str) -> str:
    line = re.search(rf"^{key}: (.*)$", text, flags=re.MULTILINE)
    assert line is not None, f"the record has no {key}"
    return line[1]


def _topics(text: str) -> list[str]:
    """The record's fields (``linh_vuc``), as the corpus writes them: ``[y-te, giao-thong]``."""
    return _value(text, "linh_vuc").strip("[]").split(", ")


def _with_value(text: str, key: str, value: str) -> str:
    saved, found = re.subn(rf"^{key}: .*$", lambda _: f"{key}: {value}", text, count=1, flags=re.MULTILINE)
    assert found, f"the record has no {key}"  # a save that changed nothing would be waited for in vain
    return saved


@dataclass(frozen=True)
class FileSave:
    kind: str
    file: Path  # the file written
    text: str
    shown: str  # what the file's own page shows once the save is built


def full_save(n: int, project: Path, record: Path, original: str) -> FileSave:
    """The ``n``-th save (from 1) of the kinds planned in full, in turn: a new name for the first
    topic of ``record`` (whose file first held ``original``), or a copy of ``record`` as a new
    resolution with a number of its own."""
    kind = FULL_KINDS[(n - 1) % len(FULL_KINDS)]
    turn = (n - 1) // len(FULL_KINDS) + 1
    if kind == TOPIC_NAME:
        topic = _topics(original)[0]
        file = project / "data" / "topics" / f"{topic}.yml"
        name = f"{dict(FIELDS)[topic]} (sửa lần {turn})"
        return FileSave(kind, file, _with_value(file.read_text(encoding="utf-8"), "ten", name), name)
    new_id = f"{record.stem}-ban-sao-{turn}"
    number = _value(original, "so_ky_hieu")
    new_number = f"{900 + turn}/{number.split('/', 1)[1]}"  # the corpus numbers a council's resolutions from 1 each year
    text = _with_value(_with_value(original, "id", new_id), "so_ky_hieu", new_number)
    return FileSave(kind, record.with_name(f"{new_id}{record.suffix}"), text, new_number)
