"""A preview rebuilds only what a save touched — and never leaves a page out of date.

The property checked for each kind of edit: every page whose text changes after the edit
is in the set the session asks to write again, and that set is a small part of the site.
Pages are rendered for real from the sample data (data/), before and after the edit.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

from portal.build import SiteBuild
from portal.preview import PreviewSession
from portal.site.plan import SiteSettings
from tests.conftest import ROOT, TODAY

SETTINGS = SiteSettings(today=TODAY)


def _texts(site: SiteBuild) -> dict[str, str]:
    return {page.src_uri: site.render(page).markdown for page in site.pages}


def _save(path: Path, text: str | None) -> None:
    """Write (or delete) like an editor's save; the modification time moves forward."""
    if text is None:
        path.unlink()
        return
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    later = max(before, path.stat().st_mtime_ns) + 1_000_000_000
    os.utime(path, ns=(later, later))


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{rel} no longer contains {old!r}: update the test"
        _save(path, text.replace(old, new, 1))

    return edit


def _delete(rel: str) -> Callable[[Path], None]:
    return lambda root: _save(root / rel, None)


def _copy_as(rel: str, new_id: str, number: str, new_number: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        source = root / rel
        text = source.read_text(encoding="utf-8").replace(f"id: {source.stem}", f"id: {new_id}", 1).replace(number, new_number, 1)
        _save(source.with_name(new_id + source.suffix), text)

    return edit


PETITION = "data/petitions/kn-2026-cong-thuy-loi-tan-loi.yml"
EDITS = {
    "title of a cited document": _replace("data/documents/qd-238-qd-tw-2020.md", "trich_yeu: Ban hành Quy chế phối hợp", "trich_yeu: (sửa) Ban hành Quy chế phối hợp"),
    "summary of a resolution": _replace("data/resolutions/nq-12-2023-hdnd-binh-an.md", "tom_tat: Doanh nghiệp", "tom_tat: (sửa) Doanh nghiệp"),
    "issue date of a resolution (listings reorder)": _replace("data/resolutions/nq-12-2023-hdnd-binh-an.md", "ngay_ban_hanh: 2023-07-13", "ngay_ban_hanh: 2023-07-12"),
    "a record deleted": _delete("data/exemplars/ho-trong-buoi-lien-ket-ap-an-phu-minh-hoa.yml"),
    "a resolution added": _copy_as("data/resolutions/nq-12-2023-hdnd-binh-an.md", "nq-99-2023-hdnd-binh-an", "12/2023/NQ-HĐND", "99/2023/NQ-HĐND"),
    "name of a council (the home page shows it under its sessions)": _replace("data/bodies/hdnd-tinh-binh-an-minh-hoa.yml", "ten: Hội đồng nhân dân tỉnh Bình An (minh họa)", "ten: Hội đồng nhân dân tỉnh Bình An mới (minh họa)"),
    "title and a step of a petition (its session's page lists it)": lambda root: (
        _replace(PETITION, "tieu_de: Sửa chữa cống thủy lợi", "tieu_de: Nạo vét, sửa chữa cống thủy lợi")(root),
        _replace(PETITION, "    ngay: 2026-09-05", "    ngay: 2026-09-06")(root),
    ),
}


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("preview") / "project"
    shutil.copytree(ROOT / "data", root / "data")
    return root


@pytest.fixture
def root(sample_project: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample data for one test to edit."""
    return Path(shutil.copytree(sample_project, tmp_path / "project"))


@pytest.mark.parametrize("name", list(EDITS))
def test_every_page_that_changes_is_written_again(name: str, root: Path) -> None:
    session = PreviewSession()
    site, rewrite = session.plan(root, SETTINGS)
    assert rewrite is None, "the first build of a preview writes every page"
    before = _texts(site)

    EDITS[name](root)
    written = dict(before)  # what the preview's folder holds
    builds = 0
    while builds == 0 or session.unsettled:  # a title shown at once is settled by the next build; a record's own pages written first, the rest too
        site, rewrite = session.plan(root, SETTINGS)
        builds += 1
        assert site.ok and rewrite is not None
        assert len(rewrite) < len(site.pages) / 2, f"'{name}' rewrites {len(rewrite)} of {len(site.pages)} pages"
        texts = _texts(site)
        written.update({uri: texts[uri] for uri in rewrite})
    after = _texts(site)

    changed = {uri for uri, text in after.items() if before.get(uri) != text}
    assert changed, "the edit changes at least one page"
    stale = sorted(uri for uri in after if written.get(uri) != after[uri])
    assert not stale, f"stale pages after '{name}': {stale}"


def test_a_save_without_changes_rewrites_only_pages_without_records(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    site, rewrite = session.plan(root, SETTINGS)
    assert rewrite is not None
    record_pages = {p.src_uri for p in site.pages if p.edit_path and p.edit_path.startswith("data/")}
    assert record_pages
    assert not (rewrite & record_pages)


def test_unchanged_files_are_not_read_again(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    EDITS["summary of a resolution"](root)
    session.plan(root, SETTINGS)
    assert session.cache.changed == {root / "data/resolutions/nq-12-2023-hdnd-binh-an.md"}


def test_data_errors_make_the_next_build_complete(root: Path) -> None:
    session = PreviewSession()
    session.plan(root, SETTINGS)
    broken = _replace("data/resolutions/nq-12-2023-hdnd-binh-an.md", "ngay_ban_hanh: 2023-07-13", "ngay_ban_hanh: 13/07/2023")
    broken(root)
    site, rewrite = session.plan(root, SETTINGS)
    assert not site.ok and rewrite is None and not site.pages
    _replace("data/resolutions/nq-12-2023-hdnd-binh-an.md", "ngay_ban_hanh: 13/07/2023", "ngay_ban_hanh: 2023-07-13")(root)
    site, rewrite = session.plan(root, SETTINGS)
    assert site.ok and rewrite is None, "after an error the preview writes everything again"
