"""Benchmark the editing preview: save one record, time until the open page shows it.

Usage:  .venv/bin/python scripts/bench_preview.py [--size 10000] [--saves 5] [--keep-log serve.log] [--pause 25]  (saves of each kind)

Generates a corpus project of N resolutions in a temporary folder (never in data/), starts
`mkdocs serve --dirty` on it (as scripts/serve does), opens a resolution page in Debian's
Chromium, then saves that record's file several times, PAUSE seconds apart (``--pause``; an editor reading
the result; the preview writes the search index and feeds after a pause, see
hooks/portal_hooks.py, and they are not part of the time measured). Saves take turns between
four kinds of edit (portal.devtools.saves):

* ``tóm tắt``: a new summary, which pages show but checking and planning do not read — the
  preview's shortcut (portal.preview_shortcut);
* ``trích yếu``: a new title, which listings sort by: shown at once the same way, then the
  preview builds once more, checking and planning everything, to put the listings in order
  (portal.preview.PreviewSession.unsettled);
* ``ngày hiệu lực`` and ``lĩnh vực``: a new date of entry into force and a new field, which
  checking and planning read: every record is checked first, then the page is shown at once
  and settled the same way (portal.preview.PreviewSession.checked).

For each save it prints the time from the save until the browser — reloaded by MkDocs' live
reload — shows the new text with its styles and scripts loaded, the time until every page is
written (for a title, when the build that settles it has ended), and the server's own figures:
pages rewritten, the path the save took, and "Documentation built in …". At the end, the CPU
time other processes used during the saves (portal.devtools.machine_cpu), with a warning when
they kept the machine busy.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from portal.devtools.corpus import BUILD_DAY, write_project
from portal.devtools.machine_cpu import OTHERS_WARNING_CORES, MachineMark, busy_elsewhere, others_seconds
from portal.devtools.process_tree import tree_cpu_seconds
from portal.devtools.saves import CHECKED, FULL, KINDS, OWN_FIRST, SETTLED, SHORTCUT, SHOWN_AT_ONCE, Save, make_save, record_to_save
from portal.devtools.serving import free_port, stop, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
PAUSE = 25  # seconds between saves: the preview writes search and feed files after 8 s without a save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=5, help="saves of each kind")
    parser.add_argument("--keep-log", type=Path, help="copy the server's log there")
    parser.add_argument("--pause", type=float, default=PAUSE, help="seconds between saves (under ~17 at 10,000, a save meets the background writing)")
    args = parser.parse_args()
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"# command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-preview-{args.size}-"))
    server = None
    try:
        project = write_project(tmp / "project", args.size, ROOT)
        record = record_to_save(project)
        port = free_port()
        log_path = tmp / "serve.log"
        env = {**os.environ, "PORTAL_TODAY": BUILD_DAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
        start = time.perf_counter()
        with log_path.open("w", encoding="utf-8") as log:
            server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}/nghi-quyet/{record.stem}/"
        wait_until_up(url, 3600)
        print(f"first build and serve: {time.perf_counter() - start:.1f} s ({args.size} resolutions)")
        original = record.read_text(encoding="utf-8")
        seconds: list[tuple[str, float, float]] = []  # kind, save → shown, save → every page written
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(url)
            time.sleep(2)  # let the background writing of the first build's files settle
            text = original
            machine_before, tree_before, saves_start = MachineMark.now(), tree_cpu_seconds(os.getpid()), time.perf_counter()
            for n in range(1, len(KINDS) * args.saves + 1):
                save = make_save(n, text, original)
                text = save.text
                reloads = _reloads(log_path)
                saved = time.perf_counter()
                record.write_text(text, encoding="utf-8")
                page.wait_for_function(_shown_js(save), timeout=120_000)
                shown = time.perf_counter() - saved
                seconds.append((save.kind, shown, _all_written(log_path, reloads, saved)))
                time.sleep(args.pause)  # an editor reads the page; meanwhile the search index and feeds are written
            machine_after, tree_after, saves_seconds = MachineMark.now(), tree_cpu_seconds(os.getpid()), time.perf_counter() - saves_start
            browser.close()
        # the server, the browser and this process are the measured tree (this process's own time is taken off once, in others_seconds)
        others = others_seconds(machine_before, machine_after, (tree_after - tree_before) - (machine_after.own - machine_before.own))
        saves = _builds_by_save(_server_builds(log_path.read_text(encoding="utf-8"))[1:])  # the first build writes everything
        print("save | edit | save → page shown in the browser | save → every page written | path | pages rewritten | server build time")
        print("---|---|---|---|---|---|---")
        for i, (kind, shown, written) in enumerate(seconds):
            builds = saves[i] if i < len(saves) else [("?", "?", None)]
            path = " + ".join(taken for _, taken, _ in builds)
            pages = " + ".join(rewritten for rewritten, _, _ in builds)
            times = " + ".join("not logged" if built is None else f"{built:.2f} s" for _, _, built in builds)
            print(f"{i + 1} | {kind} | {shown:.2f} s | {written:.2f} s | {path} | {pages} | {times}")
        for kind in KINDS:
            shown_times = [shown for k, shown, _ in seconds if k == kind]
            written_times = [written for k, _, written in seconds if k == kind]
            print(f"{kind}: median save → shown {statistics.median(shown_times):.2f} s, max {max(shown_times):.2f} s; "
                  f"median save → every page written {statistics.median(written_times):.2f} s, max {max(written_times):.2f} s")
        if others is not None:
            print(f"# other processes' CPU time during the saves: {others:.1f} s in {saves_seconds:.0f} s")
        if busy_elsewhere(others, saves_seconds):
            print(f"# WARNING: other processes used over {OTHERS_WARNING_CORES:g} of a core on average during the saves: "
                  "the times are not comparable with a quiet machine's; run it again alone")
    finally:
        if server is not None:
            stop(server)
        if args.keep_log and (tmp / "serve.log").exists():
            shutil.copy(tmp / "serve.log", args.keep_log)
        shutil.rmtree(tmp, ignore_errors=True)


RELOADED = "Reloading browsers"  # MkDocs' line at the end of each build of a running preview
SHOWN_AT_ONCE_LINE = "trang hiện ngay nội dung mới"  # hooks/portal_hooks.py: the first build of a save settled later
CHECKED_LINE = "đã qua kiểm tra"  # hooks/portal_hooks.py: … when every record was checked first
OWN_FIRST_LINE = "dựng trước các trang của chính bản ghi này"  # hooks/portal_hooks.py: planned in full, the rest in the next build
SHORTCUT_LINE = "chỉ đổi nội dung hiển thị"  # hooks/portal_hooks.py: a save of shown-only fields


def _shown_js(save: Save) -> str:
    """A browser expression, true once the open page shows ``save``: its text anywhere, or as
    the value of its row in the properties table, and the page has loaded its styles and
    scripts too (an editor sees the page when it is drawn with them, not when its text is in)."""
    loaded = "document.readyState === 'complete'"
    if save.row is None:
        return f"{loaded} && document.body.innerText.includes({save.shown!r})"
    return (f"{loaded} && [...document.querySelectorAll('tr')].some(tr => tr.cells.length === 2"
            f" && tr.cells[0].innerText.trim() === {save.row!r} && tr.cells[1].innerText.trim() === {save.shown!r})")


def _reloads(log_path: Path) -> int:
    return log_path.read_text(encoding="utf-8").count(RELOADED)


def _all_written(log_path: Path, reloads_before: int, saved: float, timeout: float = 120) -> float:
    """Seconds from ``saved`` until the builds of the save have ended: one, or two when the
    first showed it at once or wrote its own pages only (the preview then builds again)."""
    while time.perf_counter() - saved < timeout:
        ended = log_path.read_text(encoding="utf-8").split(RELOADED)[reloads_before:-1]  # the log of each build ended since
        if len(ended) >= 2 or (len(ended) == 1 and SHOWN_AT_ONCE_LINE not in ended[0] and OWN_FIRST_LINE not in ended[0]):
            return time.perf_counter() - saved
        time.sleep(0.05)
    raise TimeoutError(f"the preview did not finish building within {timeout:.0f} s of the save")


def _server_builds(log_text: str) -> list[tuple[str, str, float | None]]:
    """Per build in the server's log (from "Building documentation..."): pages rewritten
    ("N of M"), the path taken, seconds. The seconds are ``None`` when MkDocs left its line
    out: it drops a message equal to an earlier one, such as a second "built in 0.78 seconds"."""
    builds: list[tuple[str, str, float | None]] = []
    for block in re.split(r"^.*Building documentation\.\.\.$", log_text, flags=re.MULTILINE)[1:]:
        pages = re.search(r"Xem trước: (\d+) trang cần dựng lại \(trên (\d+) trang\)", block)
        built = re.search(r"Documentation built in ([\d.]+) seconds", block)
        taken = OWN_FIRST if OWN_FIRST_LINE in block else CHECKED if CHECKED_LINE in block else SHOWN_AT_ONCE if SHOWN_AT_ONCE_LINE in block else SHORTCUT if SHORTCUT_LINE in block else FULL
        if builds and builds[-1][1] in (SHOWN_AT_ONCE, CHECKED, OWN_FIRST):
            taken = SETTLED
        builds.append((f"{pages[1]} of {pages[2]}" if pages else "all", taken, float(built[1]) if built else None))
    return builds


def _builds_by_save(builds: list[tuple[str, str, float | None]]) -> list[list[tuple[str, str, float | None]]]:
    """The builds grouped by the save that caused them: a build that settles joins the one before."""
    saves: list[list[tuple[str, str, float | None]]] = []
    for build in builds:
        if build[1] == SETTLED and saves:
            saves[-1].append(build)
        else:
            saves.append([build])
    return saves


if __name__ == "__main__":
    main()
