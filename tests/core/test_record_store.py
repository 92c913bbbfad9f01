"""Records kept between builds (portal.load.record_store): reused only for the same bytes."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from portal.build import check_loaded
from portal.links.citations import link_catalog
from portal.load.loader import LoadResult, load_all
from portal.load import record_store
from portal.load.record_store import KEPT_PROJECTS, RecordStore, records_fingerprint
from portal.user_cache import code_fingerprint
from tests.conftest import MakeProject

BROKEN = "data/topics/doanh-nghiep.yml"  # given an error below: errors are kept too
RESOLUTION = "data/resolutions/nq-15-2023-hdnd-mau.md"


def _load(root: Path, cache: Path) -> tuple[LoadResult, RecordStore]:
    store = RecordStore.for_data(root / "data", cache)
    return load_all(root, root / "data", store=store), store


def _same(first: LoadResult, second: LoadResult) -> None:
    assert second.entries == first.entries and second.entries  # records, paths, bodies
    assert [(e.path, e.body_line) for e in second.entries] == [(e.path, e.body_line) for e in first.entries]
    assert second.issues == first.issues and second.broken_ids == first.broken_ids


def _project(make_project: MakeProject) -> Path:
    root = make_project()
    broken = root / BROKEN
    broken.write_text(broken.read_text(encoding="utf-8") + "nhom: khong-co-nhom-nay\n", encoding="utf-8")
    return root


def test_a_later_load_takes_every_unchanged_file_from_the_store(make_project: MakeProject, tmp_path: Path) -> None:
    root = _project(make_project)
    first, store = _load(root, tmp_path / "cache")
    files = len(first.entries) + len(first.broken_ids)
    assert (store.reused, store.added) == (0, files) and files > 5
    assert [i.format_text()[: len(BROKEN) + 1] for i in first.issues] == [f"{BROKEN}:"]
    assert store.save()
    assert store.file.parent.name == f"records-{records_fingerprint()}" and store.file.parent.parent == tmp_path / "cache"

    again, store = _load(root, tmp_path / "cache")
    assert (store.reused, store.added) == (files, 0)
    _same(first, again)  # the error too, at the same place
    assert not store.save()  # nothing new to write


def test_a_file_whose_bytes_changed_is_loaded_again_whatever_its_times(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project()
    first, store = _load(root, tmp_path / "cache")
    store.save()
    file = root / RESOLUTION
    raw, times = file.read_bytes(), file.stat()
    file.write_bytes(raw.replace("Nguyễn Văn A".encode(), "Nguyễn Văn B".encode()))  # as many bytes, and the times put back
    os.utime(file, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert (file.stat().st_size, file.stat().st_mtime_ns) == (times.st_size, times.st_mtime_ns)
    changed, store = _load(root, tmp_path / "cache")
    assert (store.reused, store.added) == (len(first.entries) - 1, 1)
    assert [s.name for s in next(e for e in changed.entries if e.path == RESOLUTION).record.signers] == ["Nguyễn Văn B"]
    assert store.save()

    (root / "data/topics/dau-tu.yml").unlink()
    fewer, store = _load(root, tmp_path / "cache")
    assert (store.reused, store.added) == (len(first.entries) - 1, 0)
    assert "dau-tu" not in {e.id for e in fewer.entries} and len(fewer.entries) == len(first.entries) - 1
    assert store.save()  # the file gone is gone from the store: what it holds is this load's again
    _, store = _load(root, tmp_path / "cache")
    assert (store.reused, store.added) == (len(first.entries) - 1, 0) and not store.save()


def test_a_store_of_many_files_is_written_in_parts(make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_store, "CHUNK", 2)
    root = make_project()
    first, store = _load(root, tmp_path / "cache")
    assert store.save()
    parts = []
    with store.file.open("rb") as source:
        while source.peek(1):
            parts.append(pickle.load(source))
    assert [len(part) for part in parts] == [2] * (len(first.entries) // 2) + [1] * (len(first.entries) % 2)
    again, store = _load(root, tmp_path / "cache")
    assert store.reused == len(first.entries)
    _same(first, again)
    store.file.write_bytes(store.file.read_bytes()[:-5])  # the last part cut short: nothing of it is trusted
    _, store = _load(root, tmp_path / "cache")
    assert (store.reused, store.added) == (0, len(first.entries))


def test_a_damaged_or_foreign_store_is_as_good_as_an_empty_one(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project()
    cold, store = _load(root, tmp_path / "cache")
    store.save()
    whole = store.file.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not a pickle", pickle.dumps(["a list"]), b""):
        store.file.write_bytes(damaged)
        result, store = _load(root, tmp_path / "cache")
        assert (store.reused, store.added) == (0, len(cold.entries))
        _same(cold, result)
        assert store.save()
        assert store.file.read_bytes() != damaged


def test_each_project_has_its_store_and_only_the_newest_are_kept(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project()
    cache = tmp_path / "cache"
    one, other = RecordStore.for_data(root / "data", cache), RecordStore.for_data(tmp_path / "elsewhere" / "data", cache)
    assert one.file != other.file and one.file.parent == other.file.parent
    assert RecordStore.for_data(root / "x" / ".." / "data", cache).file == one.file  # the same folder, however named
    folder = one.file.parent
    folder.mkdir(parents=True)
    for age in range(KEPT_PROJECTS + 4):
        old = folder / f"project-old{age}.pickle"
        old.write_bytes(b"")
        os.utime(old, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))  # old0 the newest
    (folder / "notes.txt").write_text("not a store", encoding="utf-8")
    load_all(root, root / "data", store=one)
    assert one.save()
    kept = {p.name for p in folder.iterdir()}
    assert kept == {one.file.name, "notes.txt"} | {f"project-old{age}.pickle" for age in range(KEPT_PROJECTS - 1)}


def test_a_folder_that_cannot_be_written_keeps_nothing(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    result, store = _load(root, blocked)
    assert result.entries and not store.save()
    assert blocked.is_file()


def test_what_planning_found_in_a_record_alone_is_kept_with_it(make_project: MakeProject, tmp_path: Path) -> None:
    """The numbers a record's prose cites are scanned once, then kept in the store: a store
    written before planning (by `portal validate`) is written again after it."""
    root = make_project()
    loaded, store = _load(root, tmp_path / "cache")
    assert store.save()  # as `portal validate` leaves it: no planning
    loaded, store = _load(root, tmp_path / "cache")
    assert store.reused and all(not e.memo for e in loaded.entries)
    index = link_catalog(check_loaded(root, loaded).catalog)
    assert any(e.memo for e in loaded.entries)
    assert store.save()  # grown: written again

    kept, store = _load(root, tmp_path / "cache")
    assert [e.memo for e in kept.entries] == [e.memo for e in loaded.entries]
    assert not store.save()
    again = link_catalog(check_loaded(root, kept).catalog)
    assert {k: [(p.where, p.found, p.resolution.outcome) for p in v] for k, v in again.by_record.items()} == {
        k: [(p.where, p.found, p.resolution.outcome) for p in v] for k, v in index.by_record.items()
    } != {}


def test_the_fingerprint_follows_the_libraries_named(tmp_path: Path) -> None:
    package = tmp_path / "portal"
    package.mkdir()
    (package / "a.py").write_text("A = 1\n", encoding="utf-8")
    assert code_fingerprint("pydantic 2.1", package) != code_fingerprint("pydantic 2.2", package)
    assert code_fingerprint("pydantic 2.1", package) == code_fingerprint("pydantic 2.1", package)


@pytest.mark.parametrize("name", ["records", "templates"])
def test_the_caches_live_outside_the_project(name: str) -> None:
    from portal.user_cache import PACKAGE, user_cache_folder

    assert not user_cache_folder(name).resolve().is_relative_to(PACKAGE.parents[1])  # a preview watches data/ and src/portal
