"""Benchmark the whole portal at N resolutions, with a same-theme baseline (issue: performance).

Usage:  .venv/bin/python scripts/bench.py [--sizes 1000,10000,50000] [--keep DIR]

For each N it generates a deterministic synthetic corpus (portal.devtools.corpus) into a
temporary project — never into data/ — and prints:
  * load + validate, page planning and Markdown rendering time (our pipeline, in-process);
  * search indexing time and the memory it needs above the loaded site (a forked child);
  * full `mkdocs build --strict` wall time, CPU time and peak memory (a fresh process; the
    largest process, and the build with its helper processes together), twice: first as on
    a new machine, with an empty cache folder (XDG_CACHE_HOME), then again, as every later
    build runs, with the records (portal.load.record_store) and compiled templates
    (portal.site.bytecode_cache) that the first one kept. The table's build figures are the
    second's; the first's follow in columns of their own;
  * site size, average resolution page HTML size (raw and gzip);
  * the baseline: the same number of pre-written Markdown pages of the same size, built
    with the same theme and no hooks — so our overhead is a ratio, not an absolute figure;
  * the CPU time other processes used during the build and during the baseline
    (portal.devtools.machine_cpu), with a warning when a run shared the machine.
The full build includes the search index and every other file, as a real build does.
"Ours" (load, validate, plan, render Markdown) is measured in two ways:
  * inside the full build (portal.stage_clock, PORTAL_STAGE_TIMES): the CPU time of our stages
    wherever they ran, the page helper included, against the same build's CPU time. This
    is the figure for the target, since both come from the same minutes of the machine.
    Rendering's parts follow: the pages each process rendered, at what time a page, and what
    every page shares (portal.stage_clock.describe_parts);
  * in this process, before the build (loading, planning and rendering on one core): wall
    times by stage, and their CPU time against the build's.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from portal import collector
from portal.build import SiteBuild, plan_checked, validate_data
from portal.devtools.corpus import BUILD_DAY, write_project
from portal.devtools.machine_cpu import OTHERS_WARNING_SHARE, MachineMark, disturbed, others_seconds
from portal.devtools.memory import TreeMemoryPeak, peak_rss_mb, rss_mb
from portal.site.assets import PRODUCERS, iter_assets
from portal.site.plan import SiteSettings
from portal.site.search_docs import search_index_files
from portal.stage_clock import ASSETS, LOAD, PAGES, PLAN, REPORT_VARIABLE, RENDER, describe_parts, read_report

ROOT = Path(__file__).resolve().parents[1]
GNU_TIME = "/usr/bin/time"  # Debian package "time"
OTHERS_COLUMN = "other processes' CPU s, build / baseline"


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the largest single process (GNU time)
    tree_pss_mb: float  # all processes together (the build and its helper), sampled
    cpu_seconds: float  # user + system time of the build and its helpers (GNU time)
    ok: bool
    tail: str
    stages: dict[str, float]  # CPU seconds of our stages inside the build (portal.stage_clock); empty for the baseline
    others_cpu_seconds: float | None  # CPU time other processes used meanwhile (portal.devtools.machine_cpu); None if unknown


def _run_build(project: Path, site: Path, user_cache: Path | None = None) -> Run:
    """`mkdocs build --strict` in a fresh process, and its peak memory, measured two ways.

    GNU time gives the largest single process's peak (not wait4() here: Linux carries a
    parent's resident size into a forked child's high-water mark, and this script holds a
    whole rendered site). The build forks a helper that converts pages (portal.forked_ahead),
    so the memory of the whole process tree is also sampled, as proportional set size.
    ``PORTAL_BUILD_HELPER=0`` in the environment measures a build without the page helper.
    ``user_cache``: the user's cache folder the build keeps records and templates in.
    """
    log = project.parent / f"{site.name}.log"
    peak_file = project.parent / f"{site.name}.peak"
    stages_file = project.parent / f"{site.name}.stages.json"
    env = {**os.environ, "PORTAL_TODAY": BUILD_DAY.isoformat(), "NO_MKDOCS_2_WARNING": "1", REPORT_VARIABLE: str(stages_file)}
    if user_cache is not None:
        env["XDG_CACHE_HOME"] = str(user_cache)
    start, machine_before = time.perf_counter(), MachineMark.now()
    with log.open("w") as err:
        build = subprocess.Popen([GNU_TIME, "-f", "%U %S %M", "-o", str(peak_file), sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=err)
        sampler = TreeMemoryPeak(build.pid)
        code = build.wait()
        tree_peak = sampler.stop()
    seconds, machine_after = time.perf_counter() - start, MachineMark.now()
    user, system, peak_kb = peak_file.read_text().split()[-3:]
    stages = read_report(stages_file) if stages_file.exists() else {}
    cpu = float(user) + float(system)
    others = others_seconds(machine_before, machine_after, cpu)
    return Run(seconds, int(peak_kb) / 1024, tree_peak, cpu, code == 0, log.read_text(errors="replace")[-800:], stages, others)


def _others(run: Run) -> str:
    return "—" if run.others_cpu_seconds is None else f"{run.others_cpu_seconds:.1f}"


def _store(stages: dict) -> str:
    """What a build's report says of the record store (portal.load.record_store)."""
    store = stages.get("record_store") or {}
    if not store:
        return "—"
    return f"{store['reused']} / {store['loaded']}, {store['read_seconds']:.2f} / {store['write_seconds']:.2f}"


def _site_stats(site: Path) -> tuple[int, int, float, float]:
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    pages = list((site / "nghi-quyet").glob("*/index.html"))
    sample = pages[:: max(1, len(pages) // 500)]  # page size is constant in N: 500 pages are enough
    avg_raw = sum(p.stat().st_size for p in pages) / max(len(pages), 1)
    avg_gz = sum(len(gzip.compress(p.read_bytes(), 6)) for p in sample) / max(len(sample), 1)
    return len(files), total, avg_raw, avg_gz


def _baseline(tmp: Path, project: Path, n_pages: int, page_sizes: list[str]) -> Path:
    """Pre-written Markdown pages of the same size and theme, outside the navigation."""
    base = tmp / "baseline"
    (base / "docs" / "nghi-quyet").mkdir(parents=True)
    shutil.copytree(ROOT / "docs" / "assets", base / "docs" / "assets")
    (base / "docs" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    for i in range(n_pages):
        (base / "docs" / "nghi-quyet" / f"nq-{i}.md").write_text(page_sizes[i % len(page_sizes)], encoding="utf-8")
    (base / "mkdocs.yml").write_text(
        "site_name: Cơ sở so sánh\ntheme:\n  name: material\n  language: vi\n  font: false\nextra_css: [assets/portal.css]\n"
        "plugins: []\nnot_in_nav: |\n  /nghi-quyet/\nnav:\n  - index.md\nmarkdown_extensions: [admonition, attr_list, md_in_html, tables, toc]\n",
        encoding="utf-8",
    )
    return base


def _search_index_child(site: SiteBuild, queue: multiprocessing.Queue) -> None:
    """Build the search index in a forked child: its time, and its memory above the loaded site."""
    start_rss = rss_mb()
    start = time.perf_counter()
    files = search_index_files(site.context())
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "extra_mb": peak_rss_mb() - start_rss, "files": len(files)})


def _measure_search(site: SiteBuild) -> dict[str, float]:
    queue: multiprocessing.Queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=_search_index_child, args=(site, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def bench(n: int, keep: Path | None) -> dict[str, float | str]:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
    try:
        project = write_project(tmp / "project", n, ROOT)
        with collector.paused():  # as a build runs the pipeline (portal.collector)
            t0, c0 = time.perf_counter(), time.process_time()
            result = validate_data(project)
            t1 = time.perf_counter()
            assert result.ok, [i.format_text() for i in result.issues[:5]]
            site = plan_checked(result, SiteSettings(today=BUILD_DAY))
            t2 = time.perf_counter()
        del result
        collector.keep_planned()
        rendering = time.perf_counter()
        pages = [site.render(p) for p in site.pages]
        render_s = time.perf_counter() - rendering
        ours_cpu = time.process_time() - c0
        plan_s = t2 - t1
        search = _measure_search(site)
        t3 = time.perf_counter()
        others = [p for p in PRODUCERS if p is not search_index_files]  # feeds, open data, Word…
        other_assets = sum(1 for _ in iter_assets(site.context(), others))
        assets_s = time.perf_counter() - t3
        resolution_pages = [p.markdown for p in pages if p.src_uri.startswith("nghi-quyet/") and p.src_uri.count("/") == 1 and not p.src_uri.endswith("index.md")]
        del pages
        first = _run_build(project, tmp / "first-site", tmp / "user-cache")  # a new machine's first build
        shutil.rmtree(tmp / "first-site", ignore_errors=True)
        full = _run_build(project, tmp / "site", tmp / "user-cache")  # every build after it
        files, size, avg_raw, avg_gz = _site_stats(tmp / "site") if full.ok else (0, 0, 0.0, 0.0)
        base = _baseline(tmp, project, len(resolution_pages), resolution_pages[:200] or ["# x\n"])
        baseline = _run_build(base, tmp / "baseline-site")
        ours = (t1 - t0) + plan_s + render_s  # wall time, on one core
        inside = full.stages
        return {
            "N": n, "pages": len(site.pages), "load+validate s": round(t1 - t0, 2), "plan s": round(plan_s, 2), "render Markdown s": round(render_s, 2),
            "search index s": round(search["seconds"], 1), "search index extra MB": round(search["extra_mb"]), "other files s": round(assets_s, 1), "other files": other_assets,
            "full build s": round(full.seconds, 1), "full build CPU s": round(full.cpu_seconds, 1), "peak MB": round(full.peak_mb), "peak MB, all processes (PSS)": round(full.tree_pss_mb), "files": files, "site MB": round(size / 1e6, 1),
            "avg page KB": round(avg_raw / 1024, 1), "avg page gz KB": round(avg_gz / 1024, 1),
            "baseline s": round(baseline.seconds, 1), "baseline peak MB": round(baseline.peak_mb),
            "in the build: load+validate, plan, render CPU s": f"{inside[LOAD]:.2f} + {inside[PLAN]:.2f} + {inside[RENDER]:.2f}" if inside else "—",
            "in the build: ours CPU s": inside.get("pipeline", "—"),
            "in the build: ours / build CPU": f"{inside['pipeline'] / full.cpu_seconds:.1%}" if full.ok and inside else "—",
            "in the build: glue, other files CPU s": f"{inside[PAGES]:.2f}, {inside[ASSETS]:.2f}" if inside else "—",
            "in the build: rendering's parts": describe_parts(inside) if inside else "—",
            "in the build: records reused / loaded, store read / written s": _store(inside),
            "first build s": round(first.seconds, 1), "first build CPU s": round(first.cpu_seconds, 1), "first build peak MB": round(first.peak_mb),
            "first build: load+validate, plan, render CPU s": f"{first.stages[LOAD]:.2f} + {first.stages[PLAN]:.2f} + {first.stages[RENDER]:.2f}" if first.stages else "—",
            "first build: ours / build CPU": f"{first.stages['pipeline'] / first.cpu_seconds:.1%}" if first.ok and first.stages else "—",
            "first build: records reused / loaded, store read / written s": _store(first.stages),
            "separately: ours CPU s": round(ours_cpu, 2),
            "separately: ours / full build": f"{ours / full.seconds:.0%}" if full.ok else "—",
            "separately: ours CPU / full build CPU": f"{ours_cpu / full.cpu_seconds:.0%}" if full.ok else "—",
            "full / baseline": f"{full.seconds / baseline.seconds:.2f}" if baseline.ok else "—",
            OTHERS_COLUMN: f"{_others(full)} / {_others(baseline)} (first build {_others(first)})",
            "disturbed": ", ".join(name for name, run in (("build", full), ("baseline", baseline), ("first build", first)) if disturbed(run.others_cpu_seconds, run.cpu_seconds)) or "no",
            "status": "ok" if full.ok and first.ok else f"FAILED: {(first if not first.ok else full).tail}",
        }
    finally:
        collector.free_left_over()  # the next size starts without this one's objects
        if keep:
            shutil.copytree(tmp, keep / f"bench-{n}", dirs_exist_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--keep", type=Path, help="copy each temporary project and site here")
    args = parser.parse_args()
    if not Path(GNU_TIME).exists():
        raise SystemExit(f"Cần lệnh {GNU_TIME} để đo bộ nhớ: apt-get install time")
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print(f"# command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    rows = [bench(int(n), args.keep) for n in args.sizes.split(",")]
    keys = list(rows[0])
    print(" | ".join(keys))
    print(" | ".join("---" for _ in keys))
    for row in rows:
        print(" | ".join(str(row[k]) for k in keys))
    for row in rows:
        if row["disturbed"] != "no":
            others = row[OTHERS_COLUMN]
            print(f"# WARNING: N={row['N']}: other processes used over {OTHERS_WARNING_SHARE:.0%} of the CPU time of the {row['disturbed']} "
                  f"({others} s): its times are not comparable with a quiet machine's; run it again alone")


if __name__ == "__main__":
    main()
