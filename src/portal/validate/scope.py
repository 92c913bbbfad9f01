"""Which problems concern a set of changed files (``validate data/x.md …``, pre-commit, CI).

Everything is always validated — the cross-record rules need the whole catalog — and the
list is then narrowed to the files given *and* to the records tied to them, so that a change
which breaks another file is reported too:

* records that point at an id of a given file (a resolution whose session was deleted);
* records a given file points at, and other files with the same id;
* problems whose message names a given file ("… đã có ở data/…").

A deleted file is named by its path; its id is its file name, as the loader requires.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from portal.catalog import Catalog
from portal.validate.issues import Issue


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _strings(child)
    elif isinstance(value, (list, tuple)):
        for child in value:
            yield from _strings(child)


def references(record: Any) -> set[str]:
    """Every string a record holds except its own id: the ids it points at are among them."""
    values = record.model_dump(by_alias=True, mode="json")
    values.pop("id", None)
    return set(_strings(values))


def _inside(path: str, wanted: str) -> bool:
    return path == wanted or path.startswith(wanted.rstrip("/") + "/")


def relative_paths(root: Path, paths: Iterable[str]) -> list[str]:
    """Paths as the issues name them: relative to the project root, with '/'."""
    out = []
    for p in paths:
        resolved = (Path.cwd() / p).resolve() if not Path(p).is_absolute() else Path(p).resolve()
        out.append(resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else Path(p).as_posix())
    return [p.rstrip("/") or "." for p in out]


def issues_in_scope(issues: list[Issue], catalog: Catalog | None, wanted: list[str]) -> list[Issue]:
    """The issues of the ``wanted`` files and folders and of the records tied to them."""
    if "." in wanted:
        return list(issues)
    entries = list(catalog.by_id.values()) if catalog is not None else []
    given = [e for e in entries if any(_inside(e.path, w) for w in wanted)]
    ids = {Path(w).stem for w in wanted if Path(w).suffix} | {e.id for e in given}
    pointed_at = set().union(*(references(e.record) for e in given)) if given else set()
    related = {e.path for e in entries if e.id in pointed_at or (e.id not in ids and references(e.record) & ids)}
    named = [w for w in wanted if Path(w).suffix]
    return [
        i for i in issues
        if any(_inside(i.path, w) for w in wanted)
        or i.path in related
        or Path(i.path).stem in ids
        or any(w in i.message for w in named)
    ]
