"""The benchmarks' corpus project builds like the real one (strict), with bounded output; the
benchmarks run and read what they measure.

``scripts/bench*.py`` measure a project made by ``portal.devtools.corpus.write_project``; a
corpus that fails the strict build would make every figure meaningless.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from portal.devtools.corpus import write_project
from portal.devtools.saves import FIELDS, NEW_FILE, TOPIC_NAME, full_save, kind_of_save, make_save, record_to_save
from portal.build import validate_data
from tests.conftest import ROOT
from tests.sitebuild import mkdocs_build


def test_a_corpus_project_builds_in_strict_mode(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", 120, ROOT)
    run = mkdocs_build(project, tmp_path / "site")
    assert run.returncode == 0, run.stderr[-3000:]
    folder = tmp_path / "site" / "nghi-quyet"
    pages = [folder / twin.stem / "index.html" for twin in folder.glob("*.json")]  # a resolution page has a JSON twin
    assert len(pages) >= 120
    # every page was rendered on demand and written whole (the text is dropped only after writing)
    assert all(b"</html>" in p.read_bytes()[-200:] and b'class="cs-lead"' in p.read_bytes() for p in pages)


def _run_script(*args: str) -> subprocess.CompletedProcess[str]:
    run = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def test_the_rebuild_benchmark_runs_and_its_saves_take_the_preview_s_short_paths() -> None:
    """``scripts/bench_rebuild.py`` on a small corpus: it prints its figures, and in the corpus too
    a new summary takes the preview's shortcut while a new title is shown at once, then settled
    by a second rebuild (portal.preview_shortcut)."""
    run = _run_script(str(ROOT / "scripts" / "bench_rebuild.py"), "--size", "60", "--saves", "2")
    figures = r"[\d.]+, [\d.]+ s \(median [\d.]+ s\)"
    summary = re.search(rf"^tóm tắt: shown after ({figures}); every page written after ({figures}); 2 shortcut$", run.stdout, flags=re.M)
    assert summary and summary[1] == summary[2], run.stdout  # one rebuild per save
    title = re.search(rf"^trích yếu: shown after {figures}; every page written after {figures}; 2 shown at once$", run.stdout, flags=re.M)
    assert title, run.stdout
    for kind in ("ngày hiệu lực", "lĩnh vực"):  # read by checking and planning: checked in full, then shown at once
        assert re.search(rf"^{kind}: shown after {figures}; every page written after {figures}; 2 checked, shown at once$", run.stdout, flags=re.M), run.stdout
    for kind in ("tên lĩnh vực", "tệp mới"):  # other files, planned in full: their own pages first, the rest by a second rebuild
        assert re.search(rf"^{kind}: shown after {figures}; every page written after {figures}; 2 planned in full, own pages first$", run.stdout, flags=re.M), run.stdout


def test_the_build_benchmark_prints_a_row_that_adds_up() -> None:
    """``scripts/bench.py`` on a small corpus: a full strict build and its baseline succeed; the
    row's shares of our pipeline are its stages over the build's time, and its CPU time over the
    build's, both as timed inside the build (portal.stage_clock) and in a separate run."""
    run = _run_script(str(ROOT / "scripts" / "bench.py"), "--sizes", "40")
    lines = [line for line in run.stdout.splitlines() if " | " in line]
    header, row = lines[0].split(" | "), dict(zip(lines[0].split(" | "), lines[-1].split(" | ")))
    assert "load+validate s" in header and row["N"] == "40" and row["status"] == "ok", run.stdout
    build_cpu = float(row["full build CPU s"])
    stages = [float(seconds) for seconds in row["in the build: load+validate, plan, render CPU s"].split(" + ")]
    inside = float(row["in the build: ours CPU s"])
    assert len(stages) == 3 and all(seconds > 0 for seconds in stages) and abs(sum(stages) - inside) < 0.02, row
    rounding = 100 * inside * 0.05 / (build_cpu - 0.05) ** 2 + 0.05  # the build's CPU time is printed to 0.1 s, the share to 0.1%
    assert 0 < inside < build_cpu and abs(float(row["in the build: ours / build CPU"].rstrip("%")) - 100 * inside / build_cpu) <= rounding, row
    assert all(float(seconds) > 0 for seconds in row["in the build: glue, other files CPU s"].split(", ")), row
    ours = float(row["load+validate s"]) + float(row["plan s"]) + float(row["render Markdown s"])
    share = int(row["separately: ours / full build"].rstrip("%"))  # from unrounded figures: within rounding of the printed ones
    assert abs(share - 100 * ours / float(row["full build s"])) < 3, row
    cpu_share = int(row["separately: ours CPU / full build CPU"].rstrip("%"))
    assert 0 < float(row["separately: ours CPU s"]) and abs(cpu_share - 100 * float(row["separately: ours CPU s"]) / build_cpu) < 3, row
    assert float(row["full build s"]) > 0 and float(row["baseline s"]) > 0 and int(row["pages"]) > 40
    others = re.fullmatch(r"(-?\d+\.\d) / (-?\d+\.\d) \(first build (-?\d+\.\d)\)", row["other processes' CPU s, build / baseline"])
    assert others, row  # the machine shared meanwhile (the other test worker)
    assert set(row["disturbed"].split(", ")) <= {"no", "build", "baseline", "first build"}, row
    # built twice: first on an empty cache folder, every record loaded from its file; then again, every record taken from the store
    first = re.fullmatch(r"0 / (\d+), 0\.00 / (\d+\.\d\d)", row["first build: records reused / loaded, store read / written s"])
    again = re.fullmatch(r"(\d+) / 0, (\d+\.\d\d) / 0\.00", row["in the build: records reused / loaded, store read / written s"])
    assert first and again and first[1] == again[1] and int(first[1]) > 40, row
    first_stages = [float(seconds) for seconds in row["first build: load+validate, plan, render CPU s"].split(" + ")]
    assert len(first_stages) == 3 and all(seconds > 0 for seconds in first_stages) and float(row["first build CPU s"]) > 0, row
    assert 0 < float(row["first build: ours / build CPU"].rstrip("%")) < 100, row
    warned = re.search(r"^# WARNING: N=40: other processes used over 5% of the CPU time of the (.+?) \(", run.stdout, flags=re.M)
    assert (warned[1] if warned else "no") == row["disturbed"], run.stdout


def test_the_validation_benchmark_loads_a_clean_corpus() -> None:
    run = _run_script(str(ROOT / "scripts" / "bench_validate.py"), "50")
    n, files, _, _, seconds, issues, *_ = run.stdout.splitlines()[1].split()
    assert (n, issues) == ("50", "0") and int(files) > 50 and float(seconds) > 0, run.stdout


def test_the_preview_benchmark_reads_the_servers_log() -> None:
    """``scripts/bench_preview.py`` tells each save's build from the server's log, shortcut or not."""
    spec = importlib.util.spec_from_file_location("bench_preview", ROOT / "scripts" / "bench_preview.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    log = "\n".join([
        "INFO    -  Building documentation...",
        "INFO    -  Documentation built in 48.01 seconds",
        "INFO    -  [20:38:11] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: data/resolutions/2017/nq-1.md chỉ đổi nội dung hiển thị; giữ nguyên kết quả kiểm tra và danh sách trang.",
        "INFO    -  Xem trước: 43 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 0.92 seconds",
        "INFO    -  [20:38:12] Reloading browsers",
        "INFO    -  [20:38:37] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: data/resolutions/2017/nq-1.md đổi tên hoặc trích yếu; trang hiện ngay nội dung mới, thứ tự các danh sách được sắp xếp lại ở lần dựng ngay sau lần này.",
        "INFO    -  Xem trước: 43 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 0.95 seconds",
        "INFO    -  [20:38:38] Reloading browsers",
        "INFO    -  [20:38:38] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: 3 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 2.05 seconds",
        "INFO    -  [20:38:40] Reloading browsers",
        "INFO    -  [20:39:05] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: data/resolutions/2017/nq-1.md chỉ đổi nội dung hiển thị; giữ nguyên kết quả kiểm tra và danh sách trang.",
        "INFO    -  Xem trước: 43 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  [20:39:06] Reloading browsers",  # "built in 0.92 seconds" again: MkDocs drops a repeated message
        "INFO    -  [20:39:31] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: 86 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 3.05 seconds",
        "INFO    -  [20:39:35] Reloading browsers",
        "INFO    -  [20:40:00] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: data/resolutions/2017/nq-1.md đã qua kiểm tra; trang hiện ngay nội dung mới, các danh sách, chỉ mục và tình trạng hiệu lực liên quan được cập nhật ở lần dựng ngay sau lần này.",
        "INFO    -  Xem trước: 44 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 1.31 seconds",
        "INFO    -  [20:40:01] Reloading browsers",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: 60 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 2.71 seconds",
        "INFO    -  [20:41:00] Detected file changes",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: data/topics/y-te.yml: dựng trước các trang của chính bản ghi này; các trang khác có thay đổi (danh sách, chỉ mục, trang liên quan) được dựng ở lần dựng ngay sau lần này.",
        "INFO    -  Xem trước: 30 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 2.17 seconds",
        "INFO    -  [20:41:03] Reloading browsers",
        "INFO    -  Building documentation...",
        "INFO    -  Xem trước: 1514 trang cần dựng lại (trên 12780 trang).",
        "INFO    -  Documentation built in 12.57 seconds",
    ])
    builds = bench._server_builds(log)
    assert builds == [
        ("all", "full", 48.01), ("43 of 12780", "shortcut", 0.92), ("43 of 12780", "shown at once", 0.95), ("3 of 12780", "settled in full", 2.05),
        ("43 of 12780", "shortcut", None), ("86 of 12780", "full", 3.05), ("44 of 12780", "checked, shown at once", 1.31), ("60 of 12780", "settled in full", 2.71),
        ("30 of 12780", "planned in full, own pages first", 2.17), ("1514 of 12780", "settled in full", 12.57),
    ]
    assert [len(save) for save in bench._builds_by_save(builds[1:])] == [1, 2, 1, 1, 2, 2]


def test_the_preview_benchmark_waits_for_the_build_that_settles_a_title(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_preview", ROOT / "scripts" / "bench_preview.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    log = tmp_path / "serve.log"
    first = "Building documentation...\nXem trước: a.md đổi tên hoặc trích yếu; trang hiện ngay nội dung mới, …\nReloading browsers\n"
    log.write_text("Reloading browsers\n" + first, encoding="utf-8")
    with pytest.raises(TimeoutError):  # the build that settles it has not ended
        bench._all_written(log, 1, time.perf_counter(), timeout=0.3)
    log.write_text("Reloading browsers\n" + first + "Building documentation...\nReloading browsers\n", encoding="utf-8")
    assert bench._all_written(log, 1, time.perf_counter(), timeout=0.3) < 0.3
    log.write_text("Reloading browsers\nBuilding documentation...\nXem trước: 43 trang cần dựng lại\nReloading browsers\n", encoding="utf-8")
    assert bench._all_written(log, 1, time.perf_counter(), timeout=0.3) < 0.3  # one build: nothing to settle


def test_each_benchmark_save_changes_one_field_from_the_last() -> None:
    original = "id: x\ntrich_yeu: Tên\ntom_tat: Tóm tắt\nngay_hieu_luc: 2017-04-28\nlinh_vuc: [giao-duc, y-te]\n"
    assert [kind_of_save(n) for n in range(1, 6)] == ["tóm tắt", "trích yếu", "ngày hiệu lực", "lĩnh vực", "tóm tắt"]
    text, texts, saves = original, [original], []
    for n in range(1, 9):
        saves.append(make_save(n, text, original))
        text = saves[-1].text
        texts.append(text)
    for before, after in zip(texts, texts[1:]):
        assert sum(a != b for a, b in zip(before.splitlines(), after.splitlines())) == 1
    assert texts[-1] == "id: x\ntrich_yeu: Bản sửa thứ 6 để đo thời gian xem trước. Tên\ntom_tat: Bản sửa thứ 5 để đo thời gian xem trước. Tóm tắt\nngay_hieu_luc: 2017-04-30\nlinh_vuc: [nong-nghiep]\n"
    assert [(s.shown, s.row) for s in saves[2:4]] == [("29/4/2017", "Ngày có hiệu lực"), (dict(FIELDS)["dau-tu"], "Lĩnh vực")]
    assert saves[0].row is None and saves[0].shown in saves[0].text


def test_the_saves_of_other_files_are_a_topic_s_name_and_a_valid_new_resolution(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", 40, ROOT)
    record = record_to_save(project)
    original = record.read_text(encoding="utf-8")
    saves = [full_save(n, project, record, original) for n in range(1, 5)]
    assert [s.kind for s in saves] == [TOPIC_NAME, NEW_FILE, TOPIC_NAME, NEW_FILE]
    topic = saves[0].file
    assert topic.parent.name == "topics" and topic.stem in original.split("linh_vuc: ", 1)[1].splitlines()[0]
    before = topic.read_text(encoding="utf-8").splitlines()
    assert [line for line in saves[0].text.splitlines() if line not in before] == [f"ten: {saves[0].shown}"]
    assert saves[2].shown != saves[0].shown
    for save in saves[1::2]:
        assert not save.file.exists() and f"so_ky_hieu: {save.shown}" in save.text
        save.file.write_text(save.text, encoding="utf-8")
    topic.write_text(saves[2].text, encoding="utf-8")
    checked = validate_data(project)
    assert checked.catalog is not None and not checked.issues and {saves[1].file.stem, saves[3].file.stem} <= checked.catalog.by_id.keys()
