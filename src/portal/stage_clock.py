"""The CPU time of the portal's own stages, measured inside a build (the benchmarks, issue 7).

A build's CPU time is mostly MkDocs and the theme; the performance target is about the share
that is the portal's own: loading and checking the records, planning the pages and rendering
their Markdown. Timed in the build itself, that share and the build's total come from the same
minutes of a machine whose speed changes from one minute to the next; timed in a separate run
(scripts/bench.py did so at first), they need not.

Each stage adds the CPU time of the thread that runs it (``time.thread_time``: user and system
time, not time spent waiting). Rendering done in the page helper (portal.forked_ahead) is timed
there and added by the driver when it takes the page (:meth:`StageClock.add_rendered`), which
also counts the pages rendered, so that a page lost or counted twice shows. A driver may also
name the parts of a stage's time (``part=``: who rendered the pages, what every page shares);
the report gives their counts and seconds under ``parts``, which is how the benchmarks tell a
page rendered in the helper from one rendered in the writer. Nothing is written unless
``PORTAL_STAGE_TIMES`` names a file; the timing itself costs a microsecond per page.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any, Iterator

REPORT_VARIABLE = "PORTAL_STAGE_TIMES"

LOAD = "load+validate"
PLAN = "plan"
RENDER = "render"
PIPELINE = (LOAD, PLAN, RENDER)  # the performance target's "our own pipeline"
PAGES = "pages"  # the driver's glue: files and pages handed to MkDocs, the layout key, page headers
ASSETS = "assets"  # the other files: search index, feeds, open data…
OTHER = (PAGES, ASSETS)

Parts = dict[str, list[Any]]  # a stage's named parts: [count, seconds]


class StageClock:
    """CPU seconds by stage, added up over a build."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(PIPELINE + OTHER, 0.0)
        self.pages_rendered = 0
        self.parts: Parts = {}
        self.record_store: dict[str, float | int] = {}  # records reused and loaded again, seconds reading and writing it (portal.load.record_store)

    @contextlib.contextmanager
    def timing(self, stage: str, part: str | None = None) -> Iterator[None]:
        """Add the block's CPU time to ``stage`` (and to ``part`` of it, if named): its thread's,
        not that of processes it waits for (the page helper's rendering is added as it is
        taken: :meth:`add_rendered`)."""
        start = time.thread_time()
        try:
            yield
        finally:
            self.add(stage, time.thread_time() - start, part)

    def add(self, stage: str, seconds: float, part: str | None = None) -> None:
        """CPU time spent on ``stage`` (and ``part`` of it) and timed apart (a page rendered
        ahead of its turn)."""
        self.seconds[stage] += seconds
        if part is not None:
            self.add_part(part, 1, seconds)

    def add_part(self, part: str, count: int, seconds: float) -> None:
        """``count`` more of ``part`` (pages, or a step made once), taking ``seconds`` in all."""
        known = self.parts.setdefault(part, [0, 0.0])
        known[0] += count
        known[1] += seconds

    def add_rendered(self, seconds: float, parts: Parts | None = None) -> None:
        """A page rendered elsewhere (in a helper process, or timed on a clock of its own), the
        CPU time the core spent rendering it, and the parts of that time (the ``parts`` of
        the clock it was timed on)."""
        self.seconds[RENDER] += seconds
        self.pages_rendered += 1
        for part, (count, part_seconds) in (parts or {}).items():
            self.add_part(part, int(count), part_seconds)

    def pipeline_seconds(self) -> float:
        return sum(self.seconds[stage] for stage in PIPELINE)

    def report(self) -> dict[str, Any]:
        parts = {part: {"count": int(count), "seconds": round(seconds, 3)} for part, (count, seconds) in self.parts.items()}
        stages = {stage: round(value, 3) for stage, value in self.seconds.items()}
        store = {name: round(value, 3) for name, value in self.record_store.items()}
        return {**stages, "pipeline": round(self.pipeline_seconds(), 3), "pages_rendered": self.pages_rendered, "parts": parts, "record_store": store}

    def write_if_asked(self, environ: dict[str, str] | os._Environ[str] = os.environ) -> Path | None:
        """Write :meth:`report` as JSON to the file ``PORTAL_STAGE_TIMES`` names, if it names one."""
        target = environ.get(REPORT_VARIABLE)
        if not target:
            return None
        path = Path(target)
        path.write_text(json.dumps(self.report(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return path


def read_report(path: Path) -> dict[str, Any]:
    """A report written by :meth:`StageClock.write_if_asked`."""
    return json.loads(path.read_text(encoding="utf-8"))


def describe_parts(report: dict[str, Any]) -> str:
    """The ``parts`` of a report on one line, largest first: ``name: count × ms = seconds``
    for what counts more than once (the pages someone rendered), ``name: seconds`` otherwise."""
    parts = sorted((report.get("parts") or {}).items(), key=lambda item: (-item[1]["seconds"], item[0]))
    return "; ".join(
        f"{name}: {p['count']} × {p['seconds'] / p['count'] * 1000:.3f} ms = {p['seconds']:.2f} s" if p["count"] > 1 else f"{name}: {p['seconds']:.2f} s"
        for name, p in parts
    )
