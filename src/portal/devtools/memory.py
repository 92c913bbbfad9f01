"""Memory figures of the running process or of a process tree, for the benchmark scripts (Linux)."""

from __future__ import annotations

import resource
import threading

from portal.devtools.process_tree import with_descendants


def rss_mb() -> float:
    """Resident memory now, in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    """The process's resident high-water mark, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tree_pss_mb(pid: int) -> float:
    """Proportional resident memory of ``pid`` and all its descendants, in MiB.

    PSS counts a page shared by n processes as 1/n in each, so the sum is what the tree really
    holds: a forked helper sharing the build's memory copy-on-write is neither left out (as in
    the largest process's peak) nor counted twice (as in the sum of resident sizes).
    """
    total_kb = 0
    for member in with_descendants(pid):
        try:
            with open(f"/proc/{member}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total_kb += int(line.split()[1])
                        break
        except OSError:  # it ended meanwhile
            continue
    return total_kb / 1024


class TreeMemoryPeak:
    """The highest :func:`tree_pss_mb` of a process tree, sampled in a background thread."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.peak_mb = 0.0
        self._pid, self._interval = pid, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, tree_pss_mb(self._pid))
            self._stop.wait(self._interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb
