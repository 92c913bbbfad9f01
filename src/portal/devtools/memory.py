"""Memory figures of the running process, for the benchmark scripts (Linux)."""

from __future__ import annotations

import resource


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
