"""What the portal keeps between builds in the user's cache folder, and when it is still valid.

Two caches live there, each in a folder of its own: the compiled page templates
(:mod:`portal.site.bytecode_cache`) and the records read from the data files
(:mod:`portal.load.record_store`). Both depend on our code as well as on their inputs, so
each keeps its entries in a folder named after a fingerprint of the code
(:func:`code_fingerprint`); a change to any Python file of the package, or another Python or
library, starts a new folder, and only the most recent few of the others are kept
(:func:`remove_all_but_newest`): checkouts of other commits on the same machine use them.

Not in the project: a preview watches ``src/portal`` and ``data/`` and would build again after
every file written there, a wheel would package them, and a pull request could not ship a
cache of its own making.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

import platformdirs

PACKAGE = Path(__file__).resolve().parent  # src/portal
KEPT_FINGERPRINTS = 8  # folders of other code kept when a new one is made


def user_cache_folder(kind: str) -> Path:
    """Where ``kind`` (``templates``, ``records``) is kept for every checkout of the portal on
    this machine: ``~/.cache/cong-chinh-sach/<kind>`` on Linux, where ``XDG_CACHE_HOME`` points."""
    return Path(platformdirs.user_cache_dir("cong-chinh-sach", appauthor=False)) / kind


def code_fingerprint(libraries: str, package: Path = PACKAGE) -> str:
    """What a cache's entries depend on besides their inputs: Python's version, the versions of
    ``libraries`` (named by the caller, with their versions) and every Python file of
    ``package``, by path and content. Our own package is read once a process (~130 files:
    3–8 ms), for both caches: the code running is the code imported."""
    digest = hashlib.sha1(f"{sys.implementation.cache_tag} {sys.version} {libraries}".encode())
    digest.update(_our_code() if package == PACKAGE else _code_digest(package))
    return digest.hexdigest()[:16]


@functools.cache
def _our_code() -> bytes:
    return _code_digest(PACKAGE)


def _code_digest(package: Path) -> bytes:
    """A digest of every Python file of ``package``, by path and content."""
    digest = hashlib.sha1()
    for file in sorted(package.rglob("*.py")):
        if file.name.startswith("."):  # not a module: an editor's lock or backup file (.#render.py)
            continue
        try:
            code = file.read_bytes()
        except OSError:  # removed meanwhile, or a dangling link: nothing Python would import either
            continue
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(code)
    return digest.digest()


def write_whole(file: Path, write: Callable[[BinaryIO], object], folder_prefix: str) -> bool:
    """Write ``file`` with ``write``, in its code's folder (``<folder_prefix><fingerprint>``),
    made if missing, when the oldest folders of other code are removed. Written to a file of its
    own and renamed into place: a process reading it meanwhile (tests build in parallel) finds
    the whole file or none. Whether it could write it (a folder that cannot be written keeps
    nothing, as Python without ``__pycache__``)."""
    folder = file.parent
    try:
        if not folder.is_dir():
            remove_all_but_newest(folder.parent, folder_prefix)
            folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temporary, file)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    except BaseException:  # a fault of ours (or Ctrl-C): no temporary file left behind either
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def remove_all_but_newest(folder: Path, prefix: str, kept: int = KEPT_FINGERPRINTS) -> None:
    """Of the entries of ``folder`` whose names start with ``prefix``, remove all but the
    ``kept`` most recently written (folders or files); anything else there is left alone."""
    if not folder.is_dir():
        return
    ours = [entry for entry in folder.iterdir() if entry.name.startswith(prefix)]
    ours.sort(key=_written, reverse=True)
    for old in ours[kept:]:
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def _written(entry: Path) -> int:
    try:
        return entry.stat().st_mtime_ns
    except OSError:  # removed meanwhile by another process
        return 0
