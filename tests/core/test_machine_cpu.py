"""The machine's CPU time during a benchmark (portal.devtools.machine_cpu): another process busy
while a build is measured must show, and the measured process's own time must not.

The machine is shared with the other test worker, so only what holds whatever else runs is
required: counters that grow at least by the work done, and a measured process that is not
counted twice."""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import pytest

from portal.devtools.machine_cpu import OTHERS_WARNING_CORES, OTHERS_WARNING_SHARE, MachineMark, busy_elsewhere, disturbed, machine_busy_seconds, others_seconds

pytestmark = pytest.mark.skipif(machine_busy_seconds() is None, reason="/proc/stat: Linux only")

SLACK = 0.1  # /proc/stat counts ticks of a hundredth of a second per core, sampled at each tick; rusage counts exactly


def _busy(seconds: float) -> float:
    """Spin for ``seconds`` of this thread's CPU time; returns the CPU time spent."""
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass
    return time.thread_time() - start


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_SPIN = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.6:\n    pass\n"


def test_the_machine_s_counter_grows_by_at_least_the_work_done_here() -> None:
    before = machine_busy_seconds()
    spent = _busy(0.3)
    after = machine_busy_seconds()
    assert before is not None and after is not None
    assert after - before >= spent - SLACK


def test_another_busy_process_shows_and_the_measured_one_does_not() -> None:
    children_before = _children_cpu()
    before = MachineMark.now()
    subprocess.run([sys.executable, "-c", _SPIN], check=True)
    after = MachineMark.now()
    child = _children_cpu() - children_before
    assert child >= 0.55
    unmeasured = others_seconds(before, after, measured_cpu=0.0)  # the child as some other process
    measured = others_seconds(before, after, measured_cpu=child)  # the child as the measured build
    assert unmeasured is not None and measured is not None
    assert unmeasured >= child - SLACK
    assert measured >= -SLACK  # every process's time is in the machine's counter: none is taken off twice
    assert unmeasured - measured == pytest.approx(child)


def test_others_are_unknown_without_the_machine_s_counters() -> None:
    assert others_seconds(MachineMark(None, 0.0), MachineMark(5.0, 1.0), 1.0) is None


@pytest.mark.parametrize(("others", "cpu", "expected"), [
    (None, 60.0, False),
    (0.4, 60.0, False),
    (OTHERS_WARNING_SHARE * 60.0, 60.0, False),
    (OTHERS_WARNING_SHARE * 60.0 + 0.1, 60.0, True),
    (30.0, 60.0, True),
    (1.0, 0.0, False),  # a run that did not take place
])
def test_a_run_is_disturbed_above_the_warning_share(others: float | None, cpu: float, expected: bool) -> None:
    assert disturbed(others, cpu) is expected


@pytest.mark.parametrize(("others", "seconds", "expected"), [
    (None, 300.0, False),
    (1.8, 300.0, False),  # the kernel's own threads: a few thousandths of a core
    (OTHERS_WARNING_CORES * 300.0, 300.0, False),
    (150.0, 300.0, True),  # one process busy on one core half the time
    (1.0, 0.0, False),
])
def test_a_waiting_measurement_is_disturbed_above_a_tenth_of_a_core(others: float | None, seconds: float, expected: bool) -> None:
    assert busy_elsewhere(others, seconds) is expected
