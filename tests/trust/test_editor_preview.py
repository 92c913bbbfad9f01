"""An editor previews a change: `mkdocs serve --dirty` (scripts/serve) rebuilds the pages the
save touched, and the open page reloads by itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator

import pytest

from portal.devtools.serving import free_port, stop, wait_until_up
from tests.browsing import open_page
from tests.conftest import TODAY
from tests.sitebuild import copy_project

pytestmark = pytest.mark.browser


NOTIFIED = "Xem trước: tệp vừa lưu được nhận biết ngay qua thông báo của hệ điều hành"


def _serve(project: Path, port: int, log: IO[str], **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")],
        cwd=project, env={**os.environ, "PORTAL_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1", **env}, stdout=log, stderr=log, text=True,
    )


def test_saving_a_record_updates_the_open_page(browser, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")  # a pipe nobody reads would block the server
    # the first build, before the server starts its threads, converts pages in a helper process
    # (portal.forked_ahead; forced on, the sample site being small); later rebuilds never fork
    server = _serve(project, port, log, PORTAL_BUILD_HELPER="1")
    try:
        url = f"http://127.0.0.1:{port}/van-ban/qd-238-qd-tw-2020/"
        wait_until_up(url, 90)
        with open_page(browser) as page:
            page.goto(url)
            lead = page.locator(".cs-lead")
            assert "Ban hành Quy chế phối hợp" in lead.inner_text()
            record = project / "data/documents/qd-238-qd-tw-2020.md"
            text = record.read_text(encoding="utf-8")
            record.write_text(text.replace("trich_yeu: Ban hành Quy chế phối hợp", "trich_yeu: BẢN XEM TRƯỚC Ban hành Quy chế phối hợp"), encoding="utf-8")
            page.wait_for_function("document.querySelector('.cs-lead') && document.querySelector('.cs-lead').innerText.includes('BẢN XEM TRƯỚC')", timeout=60_000)
        # another page showing the title (the documents hub) was rebuilt too, but not the whole site
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/van-ban/", timeout=10) as response:
            assert "BẢN XEM TRƯỚC Ban hành Quy chế phối hợp" in response.read().decode("utf-8")
        log.flush()
        counts = re.findall(r"Xem trước: (\d+) trang cần dựng lại \(trên (\d+) trang\)", (tmp_path / "serve.log").read_text(encoding="utf-8"))
        assert counts, "the rebuild after the save is partial"
        rewritten, total = map(int, counts[-1])
        assert 0 < rewritten < total / 2
        # the open data and search files follow once the editor pauses (written in the background)
        twin = _served_when(f"http://127.0.0.1:{port}/van-ban/qd-238-qd-tw-2020.json", "BẢN XEM TRƯỚC")
        assert "BẢN XEM TRƯỚC Ban hành Quy chế phối hợp" in twin
        # a second save is seen too, told by the operating system (no polling)
        record.write_text(text.replace("trich_yeu: Ban hành Quy chế phối hợp", "trich_yeu: LẦN HAI Ban hành Quy chế phối hợp"), encoding="utf-8")
        assert "LẦN HAI Ban hành Quy chế phối hợp" in _served_when(url, "LẦN HAI")
        # a title is shown at once, then the preview builds again to put the listings in order
        # (portal.preview_shortcut.SETTLED_LATER): two builds for each of the two saves so far
        _wait_for_builds(tmp_path / "serve.log", log, 4)
        # a new summary changes only what pages show: the preview keeps its checks and plan
        # (portal.preview_shortcut) and the page shows the summary all the same
        second = text.replace("trich_yeu: Ban hành Quy chế phối hợp", "trich_yeu: LẦN HAI Ban hành Quy chế phối hợp")
        record.write_text(second.replace("tom_tat: Quy chế của Ban Bí thư", "tom_tat: LẦN BA Quy chế của Ban Bí thư"), encoding="utf-8")
        assert "LẦN BA Quy chế của Ban Bí thư" in _served_when(url, "LẦN BA")
        log.flush()
        shortcuts = re.findall(r"Xem trước: (\S+) chỉ đổi nội dung hiển thị", (tmp_path / "serve.log").read_text(encoding="utf-8"))
        assert shortcuts == ["data/documents/qd-238-qd-tw-2020.md"], "only the summary took the shortcut"
        assert (tmp_path / "serve.log").read_text(encoding="utf-8").count("Dựng song song:") == 1
        assert NOTIFIED in (tmp_path / "serve.log").read_text(encoding="utf-8")
        # one rebuild per save and one per title: a build reading files (mkdocs.yml, docs/) is no change to rebuild for
        time.sleep(3)
        log.flush()
        assert (tmp_path / "serve.log").read_text(encoding="utf-8").count("Detected file changes") == 5
    finally:
        stop(server)
        log.close()


@contextmanager
def _preview(tmp_path: Path, opened: str, **env: str) -> Iterator[tuple[Path, str, Callable[[], str]]]:
    """``mkdocs serve`` on a copy of the project, once ``opened`` is served: the project, the
    server's address, and its log so far."""
    project = copy_project(tmp_path / "project")
    port = free_port()
    log_path = tmp_path / "serve.log"
    log = log_path.open("w", encoding="utf-8")
    server = _serve(project, port, log, **env)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/{opened}", 90)
        yield project, base, lambda: log_path.read_text(encoding="utf-8")
    finally:
        stop(server)
        log.close()


def _settled_once(logged: Callable[[], str]) -> str:
    """The server's log, once no third build has followed the save and the one that settled it."""
    time.sleep(3)
    served = logged()
    assert served.count("Detected file changes") == 2, "the save, then the build that settles it"
    assert served.count("Reloading browsers") == 2
    return served


_SHOWS_NEW_TITLE = "document.querySelector('.cs-lead') && document.querySelector('.cs-lead').innerText.startsWith('Ổn định mức hỗ trợ')"


def _retitle(project: Path) -> None:
    """Save a new title for a resolution, one that moves it to another letter of the A–Z index."""
    record = project / "data/resolutions/nq-15-2023-hdnd-binh-an.md"
    text = record.read_text(encoding="utf-8")
    assert "trich_yeu: Quy định mức hỗ trợ chi phí học tập" in text
    record.write_text(text.replace("trich_yeu: Quy định mức hỗ trợ", "trich_yeu: Ổn định mức hỗ trợ"), encoding="utf-8")


def test_a_new_title_is_shown_at_once_and_the_listings_follow(browser, tmp_path: Path) -> None:
    """A title orders the A–Z index: the open page shows the saved title after one build, and
    the build the preview starts straight after it puts the resolution under its new letter."""
    with _preview(tmp_path, "nghi-quyet/nq-15-2023-hdnd-binh-an/") as (project, base, logged):
        assert _served(f"{base}/tra-cuu/a-z/o-mu/") == "", "no resolution's title starts with Ô yet"
        assert "Quy định mức hỗ trợ chi phí học tập" in _served(f"{base}/tra-cuu/a-z/q/")
        with open_page(browser) as page:
            page.goto(f"{base}/nghi-quyet/nq-15-2023-hdnd-binh-an/")
            _retitle(project)
            page.wait_for_function(_SHOWS_NEW_TITLE, timeout=60_000)
        # the letter Ô had no resolution: its page is new, written by the build that settles the save
        assert "Ổn định mức hỗ trợ chi phí học tập" in _served_when(f"{base}/tra-cuu/a-z/o-mu/", "Ổn định mức hỗ trợ")
        assert "mức hỗ trợ chi phí học tập" not in _served(f"{base}/tra-cuu/a-z/q/"), "nor under its old letter"
        assert _settled_once(logged).count("đổi tên hoặc trích yếu; trang hiện ngay nội dung mới") == 1


def test_a_page_slow_to_reload_shows_the_new_title_before_the_listings_settle(browser, tmp_path: Path) -> None:
    """From the moment a build starts, MkDocs' server holds every request until it ends. The
    build that settles the listings waits a moment after the one that showed the save (hooks:
    _settle_after_reload), so a page that takes its time to reload, here 200 ms for each
    answer, still shows the save after one build, not after both."""
    with _preview(tmp_path, "nghi-quyet/nq-15-2023-hdnd-binh-an/") as (project, base, logged):
        with open_page(browser) as page:
            page.goto(f"{base}/nghi-quyet/nq-15-2023-hdnd-binh-an/")
            network = page.context.new_cdp_session(page)
            network.send("Network.enable")
            network.send("Network.emulateNetworkConditions", {"offline": False, "latency": 200, "downloadThroughput": -1, "uploadThroughput": -1})
            ended_before = logged().count("Reloading browsers")
            _retitle(project)
            page.wait_for_function(f"document.readyState === 'complete' && {_SHOWS_NEW_TITLE}", timeout=60_000)
            assert logged().count("Reloading browsers") - ended_before == 1, "the page, its styles and scripts were served before the settling build"
        _settled_once(logged)


def test_a_topic_s_new_name_is_shown_on_its_page_first_then_on_its_resolutions(browser, tmp_path: Path) -> None:
    """A topic's name is on the page of every resolution of the topic: at 10,000 resolutions,
    over a thousand pages to write. The preview writes the topic's own pages first, so the open
    page shows the new name after one build, and the build after it writes the rest."""
    with _preview(tmp_path, "tra-cuu/linh-vuc/giao-duc/") as (project, base, logged):
        resolution = f"{base}/nghi-quyet/nq-15-2023-hdnd-binh-an/"
        assert "Giáo dục, đào tạo" in _served(resolution) and "(đổi tên)" not in _served(resolution)
        with open_page(browser) as page:
            page.goto(f"{base}/tra-cuu/linh-vuc/giao-duc/")
            assert page.locator("h1").first.inner_text().startswith("Lĩnh vực: Giáo dục, đào tạo")
            topic = project / "data/topics/giao-duc.yml"
            text = topic.read_text(encoding="utf-8")
            topic.write_text(text.replace("ten: Giáo dục, đào tạo", "ten: Giáo dục, đào tạo (đổi tên)"), encoding="utf-8")
            page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').innerText.includes('(đổi tên)')", timeout=60_000)
            assert logged().count("data/topics/giao-duc.yml: dựng trước các trang của chính bản ghi này") == 1
        # the resolutions' pages follow in the build right after
        assert "Giáo dục, đào tạo (đổi tên)" in _served_when(resolution, "(đổi tên)")
        _settled_once(logged)


def test_a_new_date_is_checked_then_shown_at_once_and_the_listings_follow(browser, tmp_path: Path) -> None:
    """A date of entry into force is read by the checks and by planning: every record is
    checked, the open page then shows the new date and the status it gives after one build,
    and the build after it moves the resolution between the listings by status."""
    with _preview(tmp_path, "nghi-quyet/nq-11-2026-hdnd-binh-an/") as (project, base, logged):
        assert "nq-11-2026-hdnd-binh-an" in _served(f"{base}/tra-cuu/hieu-luc/chua-co-hieu-luc/")
        assert "nq-11-2026-hdnd-binh-an" not in _served(f"{base}/tra-cuu/hieu-luc/con-hieu-luc/")
        with open_page(browser) as page:
            page.goto(f"{base}/nghi-quyet/nq-11-2026-hdnd-binh-an/")
            row = "[...document.querySelectorAll('tr')].some(tr => tr.cells.length === 2 && tr.cells[0].innerText.trim() === 'Ngày có hiệu lực' && tr.cells[1].innerText.trim() === '{}')"
            assert page.evaluate(row.format("1/1/2027")) and page.locator(".cs-badge").first.inner_text() == "Chưa có hiệu lực"
            record = project / "data/resolutions/nq-11-2026-hdnd-binh-an.md"
            text = record.read_text(encoding="utf-8")
            record.write_text(text.replace("ngay_hieu_luc: 2027-01-01", "ngay_hieu_luc: 2026-10-15"), encoding="utf-8")
            page.wait_for_function(row.format("15/10/2026"), timeout=60_000)
            assert page.locator(".cs-badge").first.inner_text() == "Còn hiệu lực", "the page shows the status the new date gives"
            assert logged().count("nq-11-2026-hdnd-binh-an.md đã qua kiểm tra; trang hiện ngay nội dung mới") == 1
        # the listings by status follow in the build that settles the save
        assert "nq-11-2026-hdnd-binh-an" in _served_when(f"{base}/tra-cuu/hieu-luc/con-hieu-luc/", "nq-11-2026-hdnd-binh-an")
        assert "nq-11-2026-hdnd-binh-an" not in _served(f"{base}/tra-cuu/hieu-luc/chua-co-hieu-luc/")
        _settled_once(logged)


def test_a_preview_that_polls_sees_every_save(tmp_path: Path) -> None:
    """PORTAL_PREVIEW_POLLING=1 (a project on a network drive) keeps MkDocs' polling: the polls
    held during each rebuild (hooks: _WatcherPause) are let go, so the second save is seen too.
    Stopped, the server leaves nothing in the temporary folder (portal.devtools.serving.stop)."""
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    temporary = tmp_path / "server-tmp"
    temporary.mkdir()
    server = _serve(project, port, log, PORTAL_PREVIEW_POLLING="1", TMPDIR=str(temporary))
    try:
        url = f"http://127.0.0.1:{port}/van-ban/qd-238-qd-tw-2020/"
        wait_until_up(url, 90)
        record = project / "data/documents/qd-238-qd-tw-2020.md"
        text = record.read_text(encoding="utf-8")
        for marker in ("LẦN MỘT", "LẦN HAI"):
            record.write_text(text.replace("trich_yeu: Ban hành", f"trich_yeu: {marker} Ban hành"), encoding="utf-8")
            assert f"{marker} Ban hành Quy chế phối hợp" in _served_when(url, marker)
        log.flush()
        assert NOTIFIED not in (tmp_path / "serve.log").read_text(encoding="utf-8")
        assert [p.name for p in temporary.iterdir()] != [], "mkdocs serve builds into a temporary folder"
    finally:
        stop(server)
        log.close()
    assert list(temporary.iterdir()) == [], "stopped (SIGTERM, taken as Ctrl+C), the server deletes the folder it served from"


def _wait_for_builds(log_path: Path, log: IO[str], count: int, seconds: float = 60) -> None:
    """Until the server's log shows ``count`` rebuilds ended (MkDocs: "Reloading browsers")."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        log.flush()
        if log_path.read_text(encoding="utf-8").count("Reloading browsers") >= count:
            return
        time.sleep(0.2)
    raise AssertionError(f"the preview did not end {count} rebuilds within {seconds:.0f} s")


def _served_when(url: str, text: str, seconds: float = 60) -> str:
    """The body served at ``url`` once it contains ``text`` (or the last one, after ``seconds``)."""
    deadline = time.monotonic() + seconds
    body = ""
    while text not in body and time.monotonic() < deadline:
        time.sleep(0.5)
        body = _served(url)
    return body


def _served(url: str) -> str:
    """The body served at ``url`` now; empty when there is no such page (yet)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return ""
        raise
