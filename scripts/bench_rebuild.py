"""Benchmark one preview rebuild in-process: what `mkdocs serve --dirty` does after a save,
without the server's threads, the file watcher and the browser.

Usage:  .venv/bin/python scripts/bench_rebuild.py [--size 10000] [--saves 4]

Generates a corpus project of N resolutions in a temporary folder (never in data/), builds it
once as a preview does (MkDocs' `build(config, dirty=True)` after the hooks' `serve` start-up),
then saves one resolution several times and times each rebuild. Saves take turns between a
new summary (`tom_tat`, which takes the preview's shortcut, portal.preview_shortcut), a new
title (`trich_yeu`, which listings sort by: shown at once the same way, then settled by a
second rebuild that checks and plans everything, as the server starts it straight after the
first), and a new date of entry into force and a new field (`ngay_hieu_luc`, `linh_vuc`, which
checking and planning read: every record checked first, then shown and settled the same way).
Then it saves other files as many times: a topic's new name and a new resolution file, which
are planned in full, their own pages written first and the rest by a second rebuild; see
portal.devtools.saves. scripts/bench_preview.py measures the same saves from the editor's
side, in a browser.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from portal.devtools.corpus import BUILD_DAY, write_project
from portal.devtools.saves import CHECKED, FULL, FULL_KINDS, KINDS, OWN_FIRST, SHORTCUT, SHOWN_AT_ONCE, full_save, make_save, record_to_save
from portal.preview import session_for

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=4, help="saves of each kind")
    args = parser.parse_args()
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"# command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    os.environ.setdefault("PORTAL_TODAY", BUILD_DAY.isoformat())
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-rebuild-{args.size}-"))
    try:
        project = write_project(tmp / "project", args.size, ROOT)
        record = record_to_save(project)
        original = record.read_text(encoding="utf-8")

        def config():  # noqa: ANN202 - MkDocs loads the configuration again for every rebuild of a preview
            loaded = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp / "site"))
            loaded.site_url = "http://127.0.0.1:8000/"
            return loaded

        first = config()
        first.plugins.on_startup(command="serve", dirty=True)
        start = time.perf_counter()
        build(first, dirty=True)
        print(f"first build: {time.perf_counter() - start:.1f} s ({args.size} resolutions)")
        shown: dict[str, list[float]] = {kind: [] for kind in (*KINDS, *FULL_KINDS)}  # save → the first rebuild ended
        written: dict[str, list[float]] = {kind: [] for kind in shown}  # save → every page written
        paths: dict[str, list[str]] = {kind: [] for kind in shown}
        session = session_for(project)

        def rebuild(kind: str) -> None:
            start = time.perf_counter()
            build(config(), dirty=True)
            shown[kind].append(time.perf_counter() - start)
            paths[kind].append(OWN_FIRST if session.own_first else CHECKED if session.checked else SHOWN_AT_ONCE if session.unsettled else SHORTCUT if session.shortcut else FULL)
            if session.unsettled:  # the server builds again at once (hooks: _settle_now); it has no server here
                build(config(), dirty=True)
            written[kind].append(time.perf_counter() - start)

        text = original
        for n in range(1, len(KINDS) * args.saves + 1):
            save = make_save(n, text, original)
            text = save.text
            record.write_text(text, encoding="utf-8")
            rebuild(save.kind)
        for n in range(1, len(FULL_KINDS) * args.saves + 1):
            other = full_save(n, project, record, original)
            other.file.write_text(other.text, encoding="utf-8")
            rebuild(other.kind)
        for kind in shown:
            taken = ", ".join(f"{paths[kind].count(path)} {path}" for path in dict.fromkeys(paths[kind]))
            print(f"{kind}: shown after {_seconds(shown[kind])}; every page written after {_seconds(written[kind])}; {taken}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _seconds(values: list[float]) -> str:
    return f"{', '.join(f'{v:.2f}' for v in values)} s (median {statistics.median(values):.2f} s)"


if __name__ == "__main__":
    main()
