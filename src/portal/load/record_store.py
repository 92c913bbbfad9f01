"""Records loaded from the data files, kept between builds as Python keeps ``.pyc``.

Reading, parsing and checking one record file takes ~0.13 ms: at 10,000 records, most of a
build's loading (BENCHMARKS.md), and nearly every build reads files that have not changed
since the last one. What loading makes of a file, its record or its issues, depends on the
file's bytes, its path in the project and our code alone. :class:`RecordStore` keeps it under
the path and a digest of the bytes (SHA-256), so a build still reads and hashes every file
(~0.01 ms) but loads again only those whose bytes changed, whatever their times say (a
checkout, a copy that keeps them). What later stages compute from one entry alone and keep
with it (``Entry.memo``: the numbers its prose cites) is kept too: a build writes the store
after planning.

One file per project (its data folder), in the user's cache folder, under a fingerprint of
our code and of the libraries that read and check records (:mod:`portal.user_cache`). The
store is read at the first file asked for, and written only when a result was added or
grew, or a file went away: whole, to a temporary file renamed into place, so that a build
running at the same time reads a whole store or none. A store that cannot be read (damaged,
cut short, written by other code) is as good as an empty one: every file is loaded again,
as in the first build on a machine. A folder that cannot be written keeps nothing.
Unpickling trusts the file: it lives in the user's own cache folder, never in the project,
so a pull request cannot bring one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path
from typing import BinaryIO

import pydantic
import pydantic_core
import yaml

from portal.load.cache import Loaded
from portal.user_cache import code_fingerprint, remove_all_but_newest, user_cache_folder, write_whole

_FOLDER_PREFIX = "records-"
_FILE_PREFIX = "project-"
KEPT_PROJECTS = 16  # stores of other projects kept beside the one written (tests make many)
CHUNK = 1000  # files to a pickle (see RecordStore._write)

Known = dict[str, tuple[bytes, Loaded]]  # project path → (digest of the file's bytes, what loading made of it)


def content_digest(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()


@functools.cache
def records_fingerprint() -> str:
    """What a loaded record depends on besides its file: Python, the libraries that read and
    check it, and our code (taken once, as the code is imported)."""
    return code_fingerprint(f"pydantic {pydantic.VERSION} pydantic-core {pydantic_core.__version__} pyyaml {yaml.__version__}")


class RecordStore:
    """Load results by project path and content digest, read from and written to ``file``."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._known: Known | None = None  # read at the first get()
        self._now: Known = {}  # this load's files
        self._memos_read = 0  # results kept with the entries read from the file, to see them grow
        self.reused = 0  # files of this load whose result came from the store
        self.added = 0  # files of this load loaded from their bytes

    @classmethod
    def for_data(cls, data_dir: Path, folder: Path | None = None) -> RecordStore:
        """The store of the project whose records are in ``data_dir``, in ``folder`` (the
        user's cache folder when not given)."""
        where = folder if folder is not None else user_cache_folder("records")
        name = hashlib.sha256(os.fsencode(data_dir.resolve())).hexdigest()[:16]
        return cls(where / f"{_FOLDER_PREFIX}{records_fingerprint()}" / f"{_FILE_PREFIX}{name}.pickle")

    def open(self) -> None:
        """Read the file, unless read already (the first :meth:`get` does)."""
        if self._known is None:
            self._known = self._read()
            self._memos_read = _memo_count(self._known)

    def get(self, path: str, digest: bytes) -> Loaded | None:
        """What loading made of the file at ``path`` when its bytes had this digest, if kept."""
        if self._known is None:
            self.open()
        assert self._known is not None
        known = self._known.get(path)
        if known is None or known[0] != digest:
            return None
        self._now[path] = known
        self.reused += 1
        return known[1]

    def put(self, path: str, digest: bytes, loaded: Loaded) -> None:
        self._now[path] = (digest, loaded)
        self.added += 1

    def save(self) -> bool:
        """Write this load's results, unless they are the ones read (see the module's
        docstring). Whether it wrote them."""
        known = self._known or {}
        if not self.added and len(self._now) == len(known) and _memo_count(self._now) == self._memos_read:
            return False
        if not write_whole(self.file, self._write, _FOLDER_PREFIX):
            return False
        remove_all_but_newest(self.file.parent, _FILE_PREFIX, KEPT_PROJECTS)
        return True

    def _write(self, out: BinaryIO) -> None:
        """The results as pickles of :data:`CHUNK` files each, one after another. One pickle of
        them all remembers every object it wrote, to write it once: 70 MB more at 10,000
        records, where the whole store is 27 MB, against 20 MB for chunks (and 0.38 against
        0.25 s); a build's first one at 50,000 held 1,915 MiB at its peak against 1,864 MiB
        for a build that reads the store (BENCHMARKS.md). A record's objects are all in the
        pickle of its file."""
        items = list(self._now.items())
        for start in range(0, len(items), CHUNK):
            pickle.dump(dict(items[start : start + CHUNK]), out, protocol=pickle.HIGHEST_PROTOCOL)

    def _read(self) -> Known:
        known: Known = {}
        try:
            with self.file.open("rb") as source:
                while source.peek(1):
                    chunk = pickle.load(source)
                    if not isinstance(chunk, dict):
                        return {}
                    known.update(chunk)
        except FileNotFoundError:
            return {}
        except Exception:  # damaged, cut short, unreadable: pickle raises a dozen kinds; all mean "load every file"
            return {}
        return known


def _memo_count(known: Known) -> int:
    return sum(len(entry.memo) for _, (entry, _) in known.values() if entry is not None)
