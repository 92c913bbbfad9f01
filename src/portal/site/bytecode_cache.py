"""Compiled templates kept between renderings: in memory, and on disk as Python keeps ``.pyc``.

Compiling our page templates took ~0.22 s of every build (Jinja parses each one, writes its
Python and compiles that). Python keeps the compiled code of our modules and compiles a module
again only when it changes; :class:`TemplateBytecodeCache` does the same for the templates, in
the user's cache folder (``~/.cache/cong-chinh-sach/templates`` on Linux, where
``XDG_CACHE_HOME`` points; the system's own elsewhere). A build then loads them in ~0.01 s
(BENCHMARKS.md). Not beside the templates: a preview watches ``src/portal`` and would build
again at every file written there, and a wheel would package them.

What a template compiles to depends on more than its text, which Jinja checks (a checksum of
the source, in every entry): on Python, on Jinja, and on our code (the code generator of
:mod:`portal.site.shorter_jinja`, the environment's settings, the filters that Jinja's
optimizer runs on constants). Entries are therefore kept in a folder named after a
fingerprint of all of that (:func:`code_fingerprint`), taken when the cache is made, as the
code is imported: any change to our Python code, or another Jinja or Python, starts a new
folder. When one is made, only the most recent few of the others are kept (checkouts of other
commits on the same machine use them). A folder that cannot be written leaves the cache in
memory, as Python does without ``__pycache__``.

Several processes may build at once (tests run in parallel): an entry is written to a file of
its own and then renamed into place, so a reader finds a whole entry or none; an entry that
cannot be read is compiled again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

import jinja2
import jinja2.bccache
import platformdirs

PACKAGE = Path(__file__).resolve().parents[1]  # src/portal
_FOLDER_PREFIX = "jinja-"
KEPT_FINGERPRINTS = 8  # folders of other code kept when a new one is made


def user_cache_folder() -> Path:
    """Where the compiled templates of every checkout of the portal on this machine are kept."""
    return Path(platformdirs.user_cache_dir("cong-chinh-sach", appauthor=False)) / "templates"


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept for the life of the process: a preview or a test run makes a new
    environment for every build, and compiling the templates again would cost ~0.5 s each time
    (the theme's templates too: the MkDocs hooks give its environment one of these).
    Jinja checks each template's source checksum, so an edited template is compiled again."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


def code_fingerprint(package: Path = PACKAGE) -> str:
    """What the compiled templates depend on besides their text: Python's and Jinja's versions
    and every Python file of ``package``, by path and content (~130 files: 3–8 ms)."""
    digest = hashlib.sha1(f"{sys.implementation.cache_tag} {sys.version} jinja2 {jinja2.__version__}".encode())
    for file in sorted(package.rglob("*.py")):
        if file.name.startswith("."):  # not a module: an editor's lock or backup file (.#render.py)
            continue
        try:
            code = file.read_bytes()
        except OSError:  # removed meanwhile, or a dangling link: nothing Python would import either
            continue
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(code)
    return digest.hexdigest()[:16]


class TemplateBytecodeCache(MemoryBytecodeCache):
    """A :class:`MemoryBytecodeCache` that also keeps entries in ``folder/jinja-<fingerprint>/``
    (see the module's docstring)."""

    def __init__(self, folder: Path, fingerprint: str | None = None) -> None:
        super().__init__()
        self._folder = folder
        self.entries = folder / f"{_FOLDER_PREFIX}{fingerprint or code_fingerprint()}"
        self._writable: bool | None = None  # known after the first write

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        super().load_bytecode(bucket)
        if bucket.code is not None:
            return
        try:
            data = (self.entries / f"{bucket.key}.cache").read_bytes()
        except OSError:
            return
        try:
            bucket.bytecode_from_string(data)  # another Python or Jinja, or another source: left empty
        except (EOFError, ValueError, TypeError, pickle.UnpicklingError):  # damaged: compiled again, and written over
            bucket.reset()
        if bucket.code is not None:
            self._store[bucket.key] = data

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        super().dump_bytecode(bucket)
        if self._writable is False:
            return
        entries = self.entries
        try:
            if not entries.is_dir():
                _remove_old_fingerprints(self._folder)
                entries.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entries, prefix=".", suffix=".tmp")
        except OSError:
            self._writable = False  # kept in memory only, as Python without __pycache__
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self._store[bucket.key])
            os.replace(temporary, entries / f"{bucket.key}.cache")
            self._writable = True
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            self._writable = False


def _remove_old_fingerprints(folder: Path) -> None:
    """The entries of other code but the most recently written :data:`KEPT_FINGERPRINTS`."""
    if not folder.is_dir():
        return
    others = [old for old in folder.iterdir() if old.name.startswith(_FOLDER_PREFIX)]
    others.sort(key=_written, reverse=True)
    for old in others[KEPT_FINGERPRINTS:]:
        shutil.rmtree(old, ignore_errors=True)


def _written(folder: Path) -> int:
    try:
        return folder.stat().st_mtime_ns
    except OSError:  # removed meanwhile by another process
        return 0
