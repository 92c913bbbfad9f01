"""A process and its descendants (Linux ``/proc``), for the benchmark scripts."""

from __future__ import annotations

import os


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (field 3 onwards), or None when
    the process has ended."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _processes() -> dict[int, list[str]]:
    """Every live process and its ``stat`` fields: one pass over ``/proc``."""
    found: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields is not None:
                found[int(entry)] = fields
    return found


def _tree(pid: int, processes: dict[int, list[str]]) -> list[int]:
    children: dict[int, list[int]] = {}
    for member, fields in processes.items():  # field 4 of the file, the parent
        children.setdefault(int(fields[1]), []).append(member)
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(children.get(current, []))
    return found


def with_descendants(pid: int) -> list[int]:
    """``pid`` and every live process below it (sampled every quarter of a second during a
    benchmarked build: one pass over ``/proc``, not one per process of the tree)."""
    return _tree(pid, _processes())


def tree_cpu_seconds(pid: int) -> float:
    """User + system time of ``pid`` and of every live process below it, each with the time of
    the children it has waited for. A process that ends between two readings moves its time into
    its parent's, so differences between readings count it once."""
    processes = _processes()  # read once: the tree and its times from the same pass
    ticks = 0
    for member in _tree(pid, processes):
        fields = processes.get(member)
        if fields is not None:  # utime, stime, cutime, cstime: fields 14-17 of the file
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")
