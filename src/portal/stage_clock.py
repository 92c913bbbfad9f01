"""The CPU time of the portal's own stages, measured inside a build (the benchmarks, issue 7).

A build's CPU time is mostly MkDocs and the theme; the performance target is about the share
that is the portal's own: loading and checking the records, planning the pages and rendering
their Markdown. Timed in the build itself, that share and the build's total come from the same
minutes of a machine whose speed changes from one minute to the next; timed in a separate run
(scripts/bench.py did so at first), they need not.

Each stage adds the CPU time of the thread that runs it (``time.thread_time``: user and system
time, not time spent waiting). Rendering done in the page helper (portal.forked_ahead) is timed
there and added by the driver when it takes the page (:meth:`StageClock.add_rendered`), which
also counts the pages rendered, so that a page lost or counted twice shows. Nothing is
written unless ``PORTAL_STAGE_TIMES`` names a file; the timing itself costs a microsecond per
page.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Iterator

REPORT_VARIABLE = "PORTAL_STAGE_TIMES"

LOAD = "load+validate"
PLAN = "plan"
RENDER = "render"
PIPELINE = (LOAD, PLAN, RENDER)  # the performance target's "our own pipeline"
PAGES = "pages"  # the driver's glue: files and pages handed to MkDocs, the layout key, page headers
ASSETS = "assets"  # the other files: search index, feeds, open data…
OTHER = (PAGES, ASSETS)


class StageClock:
    """CPU seconds by stage, added up over a build."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(PIPELINE + OTHER, 0.0)
        self.pages_rendered = 0

    @contextlib.contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        """Add the block's CPU time to ``stage``: its thread's, not that of processes it waits
        for (the page helper's rendering is added as it is taken: :meth:`add_rendered`)."""
        start = time.thread_time()
        try:
            yield
        finally:
            self.seconds[stage] += time.thread_time() - start

    def add(self, stage: str, seconds: float) -> None:
        """CPU time spent on ``stage`` and timed apart (a page rendered ahead of its turn)."""
        self.seconds[stage] += seconds

    def add_rendered(self, seconds: float) -> None:
        """A page rendered elsewhere (in a helper process, or timed on a clock of its own), and
        the CPU time the core spent rendering it."""
        self.seconds[RENDER] += seconds
        self.pages_rendered += 1

    def pipeline_seconds(self) -> float:
        return sum(self.seconds[stage] for stage in PIPELINE)

    def report(self) -> dict[str, float]:
        return {**{stage: round(value, 3) for stage, value in self.seconds.items()}, "pipeline": round(self.pipeline_seconds(), 3), "pages_rendered": self.pages_rendered}

    def write_if_asked(self, environ: dict[str, str] | os._Environ[str] = os.environ) -> Path | None:
        """Write :meth:`report` as JSON to the file ``PORTAL_STAGE_TIMES`` names, if it names one."""
        target = environ.get(REPORT_VARIABLE)
        if not target:
            return None
        path = Path(target)
        path.write_text(json.dumps(self.report(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return path


def read_report(path: Path) -> dict[str, float]:
    """A report written by :meth:`StageClock.write_if_asked`."""
    return json.loads(path.read_text(encoding="utf-8"))
