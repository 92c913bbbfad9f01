"""Compiled templates kept between renderings: in memory, and on disk as Python keeps ``.pyc``.

Compiling our page templates took ~0.22 s of every build (Jinja parses each one, writes its
Python and compiles that). Python keeps the compiled code of our modules and compiles a module
again only when it changes; :class:`TemplateBytecodeCache` does the same for the templates, in
the user's cache folder (``~/.cache/cong-chinh-sach/templates`` on Linux, see
:mod:`portal.user_cache`). A build then loads them in ~0.01 s (BENCHMARKS.md).

What a template compiles to depends on more than its text, which Jinja checks (a checksum of
the source, in every entry): on Python, on Jinja, and on our code (the code generator of
:mod:`portal.site.shorter_jinja`, the environment's settings, the filters that Jinja's
optimizer runs on constants). Entries are therefore kept in a folder named after a
fingerprint of all of that (:func:`template_fingerprint`), taken when the cache is made, as
the code is imported. A folder that cannot be written leaves the cache in memory, as Python
does without ``__pycache__``.

Several processes may build at once (tests run in parallel): an entry is written to a file of
its own and then renamed into place, so a reader finds a whole entry or none; an entry that
cannot be read is compiled again.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import jinja2
import jinja2.bccache

from portal.user_cache import code_fingerprint, write_whole

_FOLDER_PREFIX = "jinja-"


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


def template_fingerprint() -> str:
    """What the compiled templates depend on besides their text: Python, Jinja and our code."""
    return code_fingerprint(f"jinja2 {jinja2.__version__}")


class TemplateBytecodeCache(MemoryBytecodeCache):
    """A :class:`MemoryBytecodeCache` that also keeps entries in ``folder/jinja-<fingerprint>/``
    (see the module's docstring)."""

    def __init__(self, folder: Path, fingerprint: str | None = None) -> None:
        super().__init__()
        self._folder = folder
        self.entries = folder / f"{_FOLDER_PREFIX}{fingerprint or template_fingerprint()}"
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
        data = self._store[bucket.key]
        self._writable = write_whole(self.entries / f"{bucket.key}.cache", lambda out: out.write(data), _FOLDER_PREFIX)

