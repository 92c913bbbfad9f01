"""Compiled templates kept on disk between processes (portal.site.bytecode_cache)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import jinja2
import pytest

from portal.site import render
from portal.site.bytecode_cache import TemplateBytecodeCache, template_fingerprint
from portal.user_cache import KEPT_FINGERPRINTS, PACKAGE, code_fingerprint, user_cache_folder


class _CountingEnvironment(jinja2.Environment):
    """Jinja's environment, counting the templates it compiles from their source."""

    compiled: list[str]

    def _compile(self, source: str, filename: str) -> object:
        self.compiled.append(filename)
        return super()._compile(source, filename)


def _environment(templates: Path, cache: TemplateBytecodeCache) -> _CountingEnvironment:
    env = _CountingEnvironment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=cache, auto_reload=False)
    env.compiled = []
    return env


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    return folder


def test_a_template_compiled_by_one_process_is_loaded_by_the_next(templates: Path, tmp_path: Path) -> None:
    first = _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa"))
    assert first.get_template("page.md.j2").render(title="Nghị quyết") == "# Nghị quyết"
    assert len(first.compiled) == 1
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["jinja-aaaa"]
    assert len(list((tmp_path / "cache" / "jinja-aaaa").glob("*.cache"))) == 1

    later = _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa"))  # a new process: an empty memory
    assert later.get_template("page.md.j2").render(title="Kỳ họp") == "# Kỳ họp"
    assert later.compiled == []


def test_other_code_an_edited_template_or_a_damaged_entry_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa")).get_template("page.md.j2")

    other_code = _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "bbbb"))
    other_code.get_template("page.md.j2")
    assert len(other_code.compiled) == 1
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["jinja-aaaa", "jinja-bbbb"]

    (templates / "page.md.j2").write_text("## {{ title }}\n", encoding="utf-8")
    edited = _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa"))
    assert edited.get_template("page.md.j2").render(title="x") == "## x"
    assert len(edited.compiled) == 1

    entry = next((tmp_path / "cache" / "jinja-aaaa").glob("*.cache"))
    entry.write_bytes(entry.read_bytes()[:40])  # cut inside the compiled code
    damaged = _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa"))
    assert damaged.get_template("page.md.j2").render(title="y") == "## y"
    assert len(damaged.compiled) == 1
    assert _environment(templates, TemplateBytecodeCache(tmp_path / "cache", "aaaa")).get_template("page.md.j2").render(title="z") == "## z"


def test_only_the_most_recent_folders_of_other_code_are_kept(templates: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for age in range(KEPT_FINGERPRINTS + 3):
        old = cache / f"jinja-old{age}"
        old.mkdir(parents=True)
        os.utime(old, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))  # old0 the newest
    (cache / "something-else").mkdir()  # not ours: left alone
    _environment(templates, TemplateBytecodeCache(cache, "new")).get_template("page.md.j2")
    kept = sorted(p.name for p in cache.iterdir())
    assert kept == sorted(["jinja-new", "something-else"] + [f"jinja-old{age}" for age in range(KEPT_FINGERPRINTS)])


def test_a_folder_that_cannot_be_written_leaves_the_cache_in_memory(templates: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    cache = TemplateBytecodeCache(blocked, "aaaa")
    env = _environment(templates, cache)
    assert env.get_template("page.md.j2").render(title="x") == "# x"
    again = _environment(templates, cache)  # the same process: from memory
    assert again.get_template("page.md.j2").render(title="y") == "# y"
    assert again.compiled == []
    assert blocked.is_file()


def test_the_fingerprint_follows_every_python_file_of_the_package(tmp_path: Path) -> None:
    package = tmp_path / "portal"
    (package / "site").mkdir(parents=True)
    (package / "site" / "shorter_jinja.py").write_text("A = 1\n", encoding="utf-8")
    (package / "site" / "notes.txt").write_text("not code\n", encoding="utf-8")
    before = code_fingerprint("jinja2 x", package)
    assert code_fingerprint("jinja2 x", package) == before
    (package / "site" / "notes.txt").write_text("still not code\n", encoding="utf-8")
    assert code_fingerprint("jinja2 x", package) == before
    (package / "site" / "shorter_jinja.py").write_text("A = 2\n", encoding="utf-8")
    assert code_fingerprint("jinja2 x", package) != before
    changed = code_fingerprint("jinja2 x", package)
    (package / "site" / "renamed.py").write_bytes((package / "site" / "shorter_jinja.py").read_bytes())
    (package / "site" / "shorter_jinja.py").unlink()
    assert code_fingerprint("jinja2 x", package) != changed
    renamed = code_fingerprint("jinja2 x", package)
    (package / "site" / ".#renamed.py").symlink_to(package / "nowhere")  # an editor's lock file: a dangling link
    (package / "site" / ".hidden.py").write_text("A = 3\n", encoding="utf-8")
    (package / "site" / "broken.py").symlink_to(package / "nowhere")  # nothing Python could import
    assert code_fingerprint("jinja2 x", package) == renamed


def test_the_page_templates_are_kept_in_the_users_cache_folder_for_this_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert render._BYTECODE.entries == user_cache_folder("templates") / f"jinja-{template_fingerprint()}"
    assert not user_cache_folder("templates").resolve().is_relative_to(PACKAGE)  # a preview watches src/portal
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        assert user_cache_folder("templates") == tmp_path / "cong-chinh-sach" / "templates"
