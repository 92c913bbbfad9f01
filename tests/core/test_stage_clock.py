"""The clock of the portal's own stages inside a build (portal.stage_clock)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from portal.stage_clock import LOAD, PAGES, PLAN, RENDER, REPORT_VARIABLE, StageClock, describe_parts, read_report


def _busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_stage_counts_the_cpu_time_of_its_thread_not_its_waiting() -> None:
    clock = StageClock()
    with clock.timing(PLAN):
        _busy(0.15)
    with clock.timing(PAGES):
        time.sleep(0.3)
    assert 0.15 <= clock.seconds[PLAN] < 0.6
    assert clock.seconds[PAGES] < 0.05
    assert clock.seconds[LOAD] == clock.seconds[RENDER] == 0.0


def _fork_busy_child(seconds: float) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _busy(seconds)
        os._exit(0)
    os.waitpid(pid, 0)


def test_a_stage_does_not_count_a_process_it_waits_for() -> None:
    """A helper's time is added as its results are taken (add_rendered), never twice by waiting."""
    clock = StageClock()
    with clock.timing(RENDER):
        _fork_busy_child(0.2)
    assert clock.seconds[RENDER] < 0.1


def test_pages_rendered_elsewhere_are_added_with_their_time() -> None:
    clock = StageClock()
    clock.add_rendered(0.25)
    clock.add_rendered(0.25)
    clock.add_rendered(0.25)
    with clock.timing(LOAD):
        _busy(0.05)
    assert clock.pages_rendered == 3
    assert clock.seconds[RENDER] == 0.75
    assert clock.pipeline_seconds() == clock.seconds[LOAD] + 0.75
    report = clock.report()
    assert report["pipeline"] == round(clock.seconds[LOAD] + 0.75, 3)
    assert report["pages_rendered"] == 3


def test_the_report_is_written_only_when_asked(tmp_path: Path) -> None:
    clock = StageClock()
    clock.add_rendered(1.5)
    assert clock.write_if_asked({}) is None
    assert list(tmp_path.iterdir()) == []
    target = tmp_path / "stages.json"
    assert clock.write_if_asked({REPORT_VARIABLE: str(target)}) == target
    assert read_report(target) == clock.report()


def test_named_parts_of_a_stage_are_counted_with_their_time() -> None:
    clock = StageClock()
    with clock.timing(RENDER, "shared"):
        _busy(0.05)
    clock.add(RENDER, 0.25, "pages here")
    clock.add(RENDER, 0.25, "pages here")
    clock.add(RENDER, 0.5)  # a stage's time need not belong to a part
    assert clock.parts["pages here"] == [2, 0.5]
    count, seconds = clock.parts["shared"]
    assert count == 1 and seconds >= 0.05
    assert seconds == pytest.approx(clock.seconds[RENDER] - 1.0)
    report = clock.report()
    assert report["parts"]["pages here"] == {"count": 2, "seconds": 0.5}
    assert report["parts"]["shared"]["count"] == 1


def test_a_page_rendered_elsewhere_brings_its_parts() -> None:
    """What a helper timed on the clock of one page, merged into the build's clock."""
    page = StageClock()
    page.add(RENDER, 0.002, "pages there")
    page.add(RENDER, 0.001, "filled")
    build = StageClock()
    build.add(RENDER, 0.004, "filled")
    build.add_rendered(page.seconds[RENDER], page.parts)
    build.add_rendered(page.seconds[RENDER], page.parts)
    assert build.pages_rendered == 2
    assert build.seconds[RENDER] == pytest.approx(0.010)
    assert build.parts["pages there"] == [2, pytest.approx(0.004)]
    assert build.parts["filled"] == [3, pytest.approx(0.006)]
    assert page.parts == {"pages there": [1, 0.002], "filled": [1, 0.001]}  # the page's own clock is left as it was


def test_parts_are_described_largest_first_with_the_time_of_one() -> None:
    report = {"parts": {"writer": {"count": 2000, "seconds": 0.6}, "shared": {"count": 1, "seconds": 0.25}, "helper": {"count": 10000, "seconds": 2.5}}}
    assert describe_parts(report) == "helper: 10000 × 0.250 ms = 2.50 s; writer: 2000 × 0.300 ms = 0.60 s; shared: 0.25 s"
    assert describe_parts({"render": 1.0}) == ""  # a report from before parts were named
