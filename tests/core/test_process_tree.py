"""A process tree's members and CPU time (portal.devtools.process_tree), read from /proc: what
the preview benchmark counts as its own when it tells other processes' time apart."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from portal.devtools.process_tree import tree_cpu_seconds, with_descendants

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="/proc: Linux only")

SLACK = 0.1  # /proc counts ticks of a hundredth of a second, sampled at each tick
_SLEEPS_WITH_A_CHILD = "import subprocess, sys, time\nchild = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'])\nprint(child.pid, flush=True)\ntime.sleep(30)\n"
_SPINS = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.6:\n    pass\n"


def _until(condition, timeout: float = 10.0):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("not within the time allowed")


def test_a_tree_holds_the_children_and_their_children() -> None:
    parent = subprocess.Popen([sys.executable, "-c", _SLEEPS_WITH_A_CHILD], stdout=subprocess.PIPE, text=True)
    grandchild = None
    try:
        grandchild = int(parent.stdout.readline())  # told by its parent, not read from /proc
        members = with_descendants(os.getpid())
        assert members[0] == os.getpid() and parent.pid in members and grandchild in members
        assert os.getppid() not in members
    finally:
        if grandchild is not None:
            os.kill(grandchild, 9)
        parent.kill()
        parent.wait()
        parent.stdout.close()


def test_a_busy_child_counts_before_and_after_it_is_waited_for() -> None:
    before = tree_cpu_seconds(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", _SPINS])
    try:
        # not waited for yet, so its time can only come from its own entry in /proc
        _until(lambda: tree_cpu_seconds(os.getpid()) - before >= 0.3)
    finally:
        child.wait()
    waited = tree_cpu_seconds(os.getpid())  # now in this process's time of the children it waited for
    assert waited - before >= 0.6 - SLACK
