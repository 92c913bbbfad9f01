"""Records loaded from the data files, kept between builds as Python keeps ``.pyc``.

Reading, parsing and checking one record file takes ~0.13 ms: at 10,000 records, most of a
build's loading (BENCHMARKS.md), and nearly every build reads files that have not changed
since the last one. What loading makes of a file, its record or its issues, depends on the
file's bytes, its path in the project and our code alone. :class:`RecordStore` keeps it under
the path and a digest of the bytes (SHA-256), so a build still reads and hashes every file
(~0.01 ms) but loads again only those whose bytes changed, whatever their times say (a
checkout, a copy that keeps them). What later stages compute from one entry alone and keep
with it (``Entry.memo``: the numbers its prose cites, its number's keys) is kept too: a build
writes the store after planning, from a child process (:meth:`RecordStore.save_apart`).

One file per project (its data folder), in the user's cache folder, under a fingerprint of
our code and of the libraries that read and check records (:mod:`portal.user_cache`). The
store is read at the first file asked for, and written only when a result was added or
grew, or a file went away: whole, as pickles of 1,000 files each, to a temporary file
renamed into place, so that a build running at the same time reads a whole store or none. A
store that cannot be read (damaged, cut short, written by other code) is as good as an empty
one: every file is loaded again, as in the first build on a machine. A folder that cannot be
written keeps nothing. Unpickling trusts the file: it lives in the user's own cache folder,
never in the project, so a pull request cannot bring one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import BinaryIO

import pydantic
import pydantic_core
import yaml

from portal.forked_ahead import run_in_child
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
    check it, and our code (taken once a process, when a store is first asked for)."""
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
        self.read_seconds = 0.0  # CPU time reading the store (a build reports it)
        self.write_seconds = 0.0  # and writing it

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
            start = time.thread_time()
            self._known = self._read()
            self._memos_read = _memo_count(self._known)
            self.read_seconds = time.thread_time() - start

    def get(self, path: str, digest: bytes) -> Loaded | None:
        """What loading made of the file at ``path`` when its bytes had this digest, if kept."""
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

    def needs_saving(self) -> bool:
        """Whether this load's results are not those read: a result added or grown, or a file gone."""
        return bool(self.added) or len(self._now) != len(self._known or {}) or _memo_count(self._now) != self._memos_read

    def save(self) -> bool:
        """Write this load's results, unless they are the ones read. Whether it wrote them."""
        if not self.needs_saving():
            return False
        start = time.thread_time()
        written = write_whole(self.file, self._write, _FOLDER_PREFIX)
        if written:
            remove_all_but_newest(self.file.parent, _FILE_PREFIX, KEPT_PROJECTS)
        self.write_seconds = time.thread_time() - start
        return written

    def save_apart(self) -> None:
        """:meth:`save` in a child process (portal.forked_ahead.run_in_child), for a build whose
        memory matters. Pickling a string keeps its UTF-8 copy in it for good: ~16 MB at 10,000
        records, ~80 MB at 50,000, where a build nears its memory limit, kept in the build's
        process until it ends. :attr:`write_seconds` is then the child's CPU time."""
        if self.needs_saving():
            self.write_seconds = run_in_child(self.save)

    def figures(self) -> dict[str, float | int]:
        """What this load took from the store and loaded from files, and the CPU time reading
        and writing the store took (portal.stage_clock's report)."""
        return {"reused": self.reused, "loaded": self.added, "read_seconds": self.read_seconds, "write_seconds": self.write_seconds}

    def _write(self, out: BinaryIO) -> None:
        """The results as pickles of :data:`CHUNK` files each, one after another. One pickle of
        them all remembers every object it wrote, to write it once: at 10,000 records (a store
        of 27 MB), 0.38 s and ~50 MB more memory while it writes, against 0.25 s in parts, and
        its reading held 12 MB more. A record's objects are all in the pickle of its file."""
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
