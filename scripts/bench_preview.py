"""Benchmark the editing preview: save one record, time until the open page shows it.

Usage:  .venv/bin/python scripts/bench_preview.py [--size 10000] [--saves 5]

Generates a corpus project of N resolutions in a temporary folder (never in data/), starts
`mkdocs serve --dirty` on it (as scripts/serve does), opens a resolution page in Debian's
Chromium, then saves that record's file several times with a new summary, PAUSE seconds
apart (an editor reading the result; the preview writes the search index and feeds after a
pause, see hooks/portal_hooks.py, and they are not part of the time measured). For each save it
prints the time from the save until the browser — reloaded by MkDocs' live reload — shows the
new text, and the server's own figures: pages rewritten and "Documentation built in …".
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

from portal.devtools.corpus import write_project
from portal.devtools.serving import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
TODAY = "2026-11-21"
PAUSE = 25  # seconds between saves: the preview writes search and feed files after 8 s without a save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args()
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"# command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-preview-{args.size}-"))
    server = None
    try:
        project = write_project(tmp / "project", args.size, ROOT)
        record = sorted((project / "data" / "resolutions").rglob("*.md"))[len(list((project / "data" / "resolutions").rglob("*.md"))) // 2]
        port = free_port()
        log_path = tmp / "serve.log"
        env = {**os.environ, "PORTAL_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
        start = time.perf_counter()
        with log_path.open("w", encoding="utf-8") as log:
            server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}/nghi-quyet/{record.stem}/"
        wait_until_up(url, 3600)
        print(f"first build and serve: {time.perf_counter() - start:.1f} s ({args.size} resolutions)")
        original = record.read_text(encoding="utf-8")
        seconds: list[float] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(url)
            time.sleep(2)  # let the background writing of the first build's files settle
            for n in range(1, args.saves + 1):
                marker = f"Bản sửa thứ {n} để đo thời gian xem trước."
                text = re.sub(r"^tom_tat: ", f"tom_tat: {marker} ", original, count=1, flags=re.MULTILINE)
                saved = time.perf_counter()
                record.write_text(text, encoding="utf-8")
                page.wait_for_function(f"document.body && document.body.innerText.includes({marker!r})", timeout=120_000)
                seconds.append(time.perf_counter() - saved)
                time.sleep(PAUSE)  # an editor reads the page; meanwhile the search index and feeds are written
            browser.close()
        log_text = log_path.read_text(encoding="utf-8")
        rewritten = re.findall(r"Xem trước: (\d+) trang cần dựng lại \(trên (\d+) trang\)", log_text)
        built = re.findall(r"Documentation built in ([\d.]+) seconds", log_text)
        print("save | save → page shown in the browser | pages rewritten | server build time")
        print("---|---|---|---")
        for i, s in enumerate(seconds):
            pages = f"{rewritten[i][0]} of {rewritten[i][1]}" if i < len(rewritten) else "?"
            build = f"{float(built[i + 1]):.2f} s" if i + 1 < len(built) else "?"
            print(f"{i + 1} | {s:.2f} s | {pages} | {build}")
        print(f"median save → shown: {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
