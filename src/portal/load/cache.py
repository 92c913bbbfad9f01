"""Per-file load results kept between the builds of a long-running preview.

``mkdocs serve`` rebuilds the site after every save. Parsing and checking 10,000 record
files takes seconds; a file whose size and modification time have not changed gives the
same result as last time, so the result is reused and only saved files are read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from portal.validate.issues import Issue

if TYPE_CHECKING:  # the loader uses this module
    from portal.load.loader import Entry

Stamp = tuple[int, int]  # (st_mtime_ns, st_size)
Loaded = tuple["Entry | None", list[Issue]]


@dataclass
class LoadCache:
    results: dict[Path, tuple[Stamp, Loaded]] = field(default_factory=dict)
    changed: set[Path] = field(default_factory=set)  # read again (or gone) in the last load

    def begin(self) -> None:
        self.changed = set()

    def get(self, file: Path) -> tuple[Stamp | None, Loaded | None]:
        try:
            stat = file.stat()
        except OSError:
            return None, None
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self.results.get(file)
        return stamp, (known[1] if known and known[0] == stamp else None)

    def put(self, file: Path, stamp: Stamp | None, loaded: Loaded) -> None:
        self.changed.add(file)
        if stamp is not None:
            self.results[file] = (stamp, loaded)

    def forget_missing(self, present: set[Path]) -> None:
        """Drop files deleted since the last load (and count them as changed)."""
        for file in [f for f in self.results if f not in present]:
            del self.results[file]
            self.changed.add(file)

    @property
    def changed_ids(self) -> frozenset[str]:
        """Record ids touched by the last load: a record's id is its file name (a validated rule)."""
        return frozenset(f.stem for f in self.changed)
