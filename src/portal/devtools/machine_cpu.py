"""What the whole machine did while a benchmark measured a build (Linux), for the benchmark scripts.

A build's figures mean little when another process shared the machine: on two cores, one busy
process elsewhere takes the build's helper process its core, and the build's wall time grows by
a third while its CPU time hardly changes. Such a run looks like a slow spell of the machine.
:func:`others_seconds` tells the two apart: the CPU time every process used during the build,
less the build's own and the measuring process's. A preview's saves are timed the same way,
with the CPU time of the whole process tree (server, browser) as the measured one
(portal.devtools.process_tree).
"""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass

_PROC_STAT = "/proc/stat"
OTHERS_WARNING_SHARE = 0.05  # of the measured build's CPU time: above it, a run is not comparable with others
OTHERS_WARNING_CORES = 0.1  # for a measurement that mostly waits (a preview between saves): other processes' CPU time per second


def machine_busy_seconds() -> float | None:
    """CPU time that all processes on the machine have used since it started, over every core:
    user, nice, system and interrupt time; not idle, waiting for I/O, or time the hypervisor
    took. None where ``/proc/stat`` cannot be read (not Linux)."""
    try:
        with open(_PROC_STAT) as stat:
            first = stat.readline().split()
    except OSError:
        return None
    if not first or first[0] != "cpu":
        return None
    user, nice, system, _idle, _iowait, irq, softirq = (int(value) for value in first[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def own_seconds() -> float:
    """User + system time of this process, all its threads (the memory sampler's included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class MachineMark:
    """The machine's and this process's CPU time at one moment."""

    machine: float | None
    own: float

    @classmethod
    def now(cls) -> MachineMark:
        return cls(machine_busy_seconds(), own_seconds())


def others_seconds(before: MachineMark, after: MachineMark, measured_cpu: float) -> float | None:
    """CPU time used between ``before`` and ``after`` by processes other than the measured one
    (whose own CPU time, its children's included, is ``measured_cpu``) and this one. The
    machine's counters tick in hundredths of a second, so a few hundredths either way are
    rounding. None without the machine's counters."""
    if before.machine is None or after.machine is None:
        return None
    return (after.machine - before.machine) - measured_cpu - (after.own - before.own)


def disturbed(others: float | None, measured_cpu: float) -> bool:
    """Whether other processes used enough CPU time during a measured run to make it unlike
    the runs of a quiet machine (:data:`OTHERS_WARNING_SHARE` of the run's CPU time)."""
    return others is not None and measured_cpu > 0 and others > OTHERS_WARNING_SHARE * measured_cpu


def busy_elsewhere(others: float | None, seconds: float) -> bool:
    """Whether other processes kept the machine busy during ``seconds`` of a measurement that
    mostly waits, such as a preview between saves, whose own CPU time is too small to compare
    with: more than :data:`OTHERS_WARNING_CORES` of a core on average."""
    return others is not None and seconds > 0 and others > OTHERS_WARNING_CORES * seconds
