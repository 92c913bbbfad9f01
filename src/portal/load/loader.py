"""Find the record files under ``data/`` and turn each into a typed record."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import ValidationError

from portal.load.cache import LoadCache, Loaded
from portal.load.record_store import RecordStore, content_digest
from portal.load.source_file import MARKDOWN_SUFFIX, YAML_SUFFIX, SourceRecord, project_path, read_source_file
from portal.load.yaml_source import Position
from portal.model.records import Record
from portal.model.registry import KIND_BY_FOLDER
from portal.validate.content_safety import check_content
from portal.validate.issues import Issue
from portal.validate.placeholders import placeholder_issues
from portal.validate.schema_errors import issues_from_validation

IGNORED_NAMES = {"README.md", ".gitkeep", ".DS_Store"}


@dataclass(frozen=True)
class Entry:
    """A valid record with where it came from and its Markdown body."""

    record: Record
    path: str  # relative to the project root, '/'-separated
    body: str = ""
    body_line: int = 0
    id: str = field(init=False)  # the record's id, read a million times a build: stored, not a property
    # What later stages compute from this entry alone, by name, kept with it: across a
    # preview's rebuilds, and in the record store between builds (portal.load.record_store).
    # The numbers its prose cites (portal.links.citations), its own number's keys
    # (portal.links.index). Never compared, never copied; a preview's adopted entry takes the
    # saved version's (portal.preview_shortcut.adopt).
    memo: dict[str, Any] = field(init=False, default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.record.id)


def discover(root: Path, data_dir: Path) -> tuple[list[tuple[Path, str]], list[Issue]]:
    """Record files in a stable order, with issues for files that cannot be records."""
    files: list[tuple[Path, str]] = []
    issues: list[Issue] = []
    if not data_dir.is_dir():
        return files, [Issue(data_dir.relative_to(root).as_posix() if data_dir.is_relative_to(root) else str(data_dir), 1, 1, "không tìm thấy thư mục dữ liệu.")]
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name not in KIND_BY_FOLDER:
            known = ", ".join(sorted(KIND_BY_FOLDER))
            issues.append(Issue(folder.relative_to(root).as_posix(), 1, 1, f"thư mục '{folder.name}' không phải loại bản ghi nào; các thư mục hợp lệ trong data/: {known}."))
            continue
        files.extend((file, folder.name) for file in _files_under(folder))
    return files, issues


def _files_under(folder: Path) -> list[Path]:
    """The record files anywhere under ``folder``, in the order sorted paths have (part by part).
    ``os.walk`` tells files from folders without a ``stat`` per file, which ``Path.rglob`` and
    ``is_dir`` take: a third of the time of reading again a preview's 10,000 unchanged files."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for top, _, names in os.walk(folder):
        where = Path(top)
        parts = where.relative_to(folder).parts
        found.extend((parts + (name,), where / name) for name in names if name not in IGNORED_NAMES and not name.startswith("."))
    return [file for _, file in sorted(found, key=lambda pair: pair[0])]


@dataclass(frozen=True)
class CheckedFile:
    """A record file read, parsed and checked for what no record may contain (unsafe or
    personal content, unfinished values), before the model checks it. Plain values without
    their positions: a file the model then rejects is read again for the positions of its
    errors; valid files, nearly all of them, never need those."""

    file: Path
    path: str  # relative to the project root, '/'-separated
    value: dict[str, Any] | None  # None: not a record at all (``issues`` says why)
    body: str = ""
    body_line: int = 0
    issues: tuple[Issue, ...] = ()
    withheld: bool = False  # unsafe or unfinished: never published, never linked
    placeholders: frozenset[tuple[int, int]] = frozenset()  # where 'TODO' stands: already explained


def check_file(file: Path, *, root: Path, folder: str, raw: bytes | None = None) -> CheckedFile:
    """Read (unless its bytes are given), parse and check one file (everything before its model)."""
    model = KIND_BY_FOLDER[folder]
    allowed = (YAML_SUFFIX, MARKDOWN_SUFFIX) if model.allows_markdown else (YAML_SUFFIX,)
    if file.suffix not in allowed:
        rel, kinds = project_path(file, root), " hoặc ".join(allowed)
        return CheckedFile(file, rel, None, issues=(Issue(rel, 1, 1, f"tệp '{file.name}' có đuôi không được hỗ trợ trong data/{folder}/; dùng {kinds}."),))
    source, issues = read_source_file(file, root=root, folder=folder, raw=raw)  # which finds the file's path from the root, as SourceRecord.path
    if source is None:
        return CheckedFile(file, project_path(file, root), None, issues=tuple(issues))
    return _checked(file, source, model, issues)


def _checked(file: Path, source: SourceRecord, model: type[Record], issues: list[Issue]) -> CheckedFile:
    unsafe = check_content(source)
    todo = placeholder_issues(source, model)
    return CheckedFile(file, source.path, source.parsed.value, source.body, source.body_line, tuple(issues + unsafe + todo), bool(unsafe or todo), frozenset((i.line, i.col) for i in todo))


def validate_source(source: SourceRecord, model: type[Record], issues: list[Issue]) -> tuple[Entry | None, list[Issue]]:
    """The checks of :func:`load_all` for one file already parsed."""
    return _validated(_checked(Path(source.path), source, model, issues), model, lambda: source)


def _validated(checked: CheckedFile, model: type[Record], source_again: Callable[[], SourceRecord | None]) -> tuple[Entry | None, list[Issue]]:
    """The record of a checked file, or why there is none. ``source_again`` gives the file
    parsed with its positions, for the errors of the model."""
    issues = list(checked.issues)
    if checked.value is None:
        return None, issues
    try:
        record = model.model_validate(checked.value)
    except ValidationError as exc:
        source = source_again()
        if source is None:  # changed since, into something unreadable: its next load says why
            return None, issues + [Issue(checked.path, 1, 1, "tệp vừa thay đổi trong lúc đọc; lưu lại tệp rồi kiểm tra lại.")]
        return None, issues + [i for i in issues_from_validation(exc, model, source) if (i.line, i.col) not in checked.placeholders]
    stem = checked.file.stem
    if record.id != stem:
        source = source_again()
        pos = source.parsed.where(("id",)) if source is not None else Position(1, 1)
        issues.append(Issue(checked.path, pos.line, pos.col, f"mã định danh 'id: {record.id}' phải trùng tên tệp '{stem}'; đổi tên tệp thành '{record.id}{checked.file.suffix}' hoặc sửa id."))
    if checked.body and not model.allows_markdown:  # pragma: no cover - guarded by suffix check
        issues.append(Issue(checked.path, checked.body_line, 1, "loại bản ghi này không có phần nội dung Markdown."))
    if checked.withheld:
        return None, issues
    return Entry(record, checked.path, checked.body, checked.body_line), issues


def _load_file(file: Path, root: Path, folder: str, raw: bytes | None = None) -> Loaded:
    """``file`` loaded: from its bytes when they are given (read once, so that an error's
    position comes from the very bytes checked), else from the file."""
    return _validated(check_file(file, root=root, folder=folder, raw=raw), KIND_BY_FOLDER[folder], lambda: read_source_file(file, root=root, folder=folder, raw=raw)[0])


def _load_file_or_reuse(file: Path, root: Path, folder: str, store: RecordStore) -> Loaded:
    """What the store kept for the file's bytes, or the file loaded from those very bytes (read
    once: the result kept is that of the bytes hashed, even if the file changes meanwhile)."""
    raw = file.read_bytes()
    path, digest = project_path(file, root), content_digest(raw)
    known = store.get(path, digest)
    if known is None:
        known = _load_file(file, root, folder, raw)
        store.put(path, digest, known)
    return known


@dataclass
class LoadResult:
    entries: list[Entry]
    issues: list[Issue]
    broken_ids: frozenset[str]  # file names of records that failed: their errors are already listed


def load_all(root: Path, data_dir: Path, files: Iterable[tuple[Path, str]] | None = None, cache: LoadCache | None = None, store: RecordStore | None = None) -> LoadResult:
    """Load every record file (or the given ones); never raises for bad data.

    With a ``cache`` (a long-running preview), files unchanged since the last load are not read.
    With a ``store`` (kept on disk between builds), files whose bytes are those of a file
    loaded before are read but not parsed or checked again. Files are read on one core: a
    helper process reading ahead on a second one cost more CPU time than the wall time it
    saved (BENCHMARKS.md).
    """
    issues: list[Issue] = []
    if files is None:
        files, issues = discover(root, data_dir)
    files = list(files)
    if cache is not None:
        cache.begin()
        cache.forget_missing({file for file, _ in files})
    loaded: list[Loaded] = []
    for file, folder in files:
        stamp, known = cache.get(file) if cache is not None else (None, None)
        if known is None:
            known = _load_file(file, root, folder) if store is None else _load_file_or_reuse(file, root, folder, store)
            if cache is not None:
                cache.put(file, stamp, known)
        loaded.append(known)
    entries: list[Entry] = []
    broken: set[str] = set()
    for (file, _), (entry, file_issues) in zip(files, loaded):
        issues.extend(file_issues)
        if entry is None:
            broken.add(file.stem)
        else:
            entries.append(entry)
    return LoadResult(entries, issues, frozenset(broken))
