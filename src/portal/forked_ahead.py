"""Compute a sequence of results in a second process, ahead of the one that consumes them.

A build writes its pages one after another on one core. :class:`ForkedAhead` forks one
helper process that converts pages ahead of the writer, on the other core. Both processes
take the next page nobody has claimed yet from a shared counter, so the work balances
itself: while the writer is busy with what only it can do (the theme's templates, writing
files), the helper runs ahead; when the writer reaches a page the helper has not claimed,
the writer converts that page itself; and when the page it needs is still being converted by
the helper, the writer converts a later page meanwhile instead of waiting.

The helper claims keys in runs of ``batch`` consecutive keys, and ``prepare`` is given each
run before its keys are computed one by one: work that runs faster done several times in a
row (rendering pages: the same templates and code stay in the processor's caches, instead of
being pushed out by the rest of each page's conversion) is done for the whole run first. The
consumer claims one key at a time: it has the rest of the build to do, and a run of its own
would keep it from it longer, since it would have to compute every key of the run. When it
computes a key itself, it gives ``prepare`` that key and up to ``prepare_here - 1`` keys
after it without claiming them: the keys it reaches before the helper claims them again are
prepared already, and what it prepared for a key the helper then claims is work done twice.

The consumer asks for the results in order (:meth:`take`). What the helper logs while
computing a result (a broken link, say) is replayed in the consumer when that result is
taken, so messages appear in the usual order and count as the consumer's own (a strict
build still fails on a warning); a result the consumer computes ahead for itself logs at once.
When the helper fails on a key, or dies, the consumer computes the result itself, so errors
surface where they would without a helper.

Forking needs a process without threads (a build, or the first build of ``mkdocs serve``,
before the server starts its own) and shares memory copy-on-write: each helper sees the
consumer's state as it was when it was forked.

:func:`run_in_child` runs one task in a forked child and waits for it, for a task whose side
effects on memory should not stay in the build's process (see portal.load.record_store).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

LogLine = tuple[str, int, str]  # logger name, level, message


def can_fork_safely() -> bool:
    """Linux only: Windows cannot fork, and macOS libraries are not safe in a forked child."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _may_fork() -> bool:
    """Whether this process may fork a child: where that is safe, with no other thread, and
    unless ``PORTAL_BUILD_HELPER=0`` asks for one process."""
    return can_fork_safely() and threading.active_count() == 1 and os.environ.get("PORTAL_BUILD_HELPER") != "0"


def available_cores() -> int:
    """The cores this process may run on (the CPU affinity, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_in_child(task: Callable[[], object]) -> float:
    """Run ``task`` in a forked child and wait for it; the CPU time it took. What it leaves in
    memory (objects that keep what they were asked for, freed memory not given back) stays in
    the child. In this process where forking is not safe or ``PORTAL_BUILD_HELPER=0`` asks
    for one process. A task that fails in the child has its traceback printed there."""
    if not _may_fork():
        start = time.thread_time()
        task()
        return time.thread_time() - start
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        code = 0
        try:
            task()
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_utime + usage.ru_stime


def helper_wanted(items: int, minimum: int) -> bool:
    """Whether to fork a helper for ``items`` pieces of work. ``PORTAL_BUILD_HELPER=0`` turns
    helpers off (=1 forces them on, whatever the work and the cores); by default one runs on
    Linux when there is a second core and at least ``minimum`` items to pay for starting it.
    Never in a process with other threads: a forked child inherits no thread, only whatever
    lock one of them held at that moment."""
    if not _may_fork():
        return False
    if os.environ.get("PORTAL_BUILD_HELPER") == "1":
        return True
    return available_cores() >= 2 and items >= minimum


class _Capture(logging.Handler):
    """In the helper: keep log records to send with the result instead of printing them."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[LogLine] = []
        self._last: logging.LogRecord | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record is self._last:  # the same record reaching a second captured logger
            return
        self._last = record
        self.lines.append((record.name, record.levelno, record.getMessage()))

    def take(self) -> list[LogLine]:
        lines, self.lines = self.lines, []
        return lines


def _capture_logging() -> _Capture:
    capture = _Capture()
    loggers = [logging.getLogger()] + [
        logger for logger in logging.Logger.manager.loggerDict.values() if isinstance(logger, logging.Logger) and logger.handlers
    ]
    for logger in loggers:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.addHandler(capture)
    return capture


class ForkedAhead(Generic[T]):
    """``work(key)`` for every key of ``keys``, computed ahead in a forked process.

    Call :meth:`take` with the keys in the order of ``keys`` (keys may be skipped; a key not
    in ``keys`` is computed in place), then :meth:`close`.

    A forked process shares the consumer's memory only until either writes to it, and merely
    reading a Python object writes to it (its reference count): a helper that ran through a
    whole build would end up with a private copy of most of it. With ``retire_after`` the
    helper exits after that many results and a fresh one is forked, so the copies stay small.

    The helper claims ``batch`` consecutive keys at a time and calls ``prepare`` with them
    before computing each; ``prepare`` may only do ahead what ``work`` would otherwise do
    itself, because what it leaves undone, or fails at, ``work`` must still do. The consumer
    prepares ``prepare_here`` keys at a time, from the first it computes itself, and claims
    none of them ahead: a key it prepared may still be computed by the helper, and whatever
    keeps what ``prepare`` did must drop it then (the consumer's ``prepare`` has no other way
    to know).
    """

    def __init__(self, keys: Sequence[str], work: Callable[[str], T], *, retire_after: int | None = None,
                 batch: int = 1, prepare: Callable[[list[str]], None] | None = None, prepare_here: int = 1) -> None:
        self._keys = list(keys)
        self._index = {key: i for i, key in enumerate(self._keys)}
        self._work = work
        self._retire_after = retire_after
        self._batch = max(1, batch)
        self._prepare = prepare
        self._prepare_here = max(1, prepare_here)
        self._prepared_here_until = 0  # the end of the last run the consumer prepared (_work_here)
        self._ready: dict[int, tuple[bool, T | None, list[LogLine]]] = {}
        self._context = multiprocessing.get_context("fork")
        self._next = self._context.Value("q", 0)  # the first index nobody has claimed; has its own lock
        self.helpers_started = 0
        self.exitcodes: list[int | None] = []  # of the helpers that have ended
        self._process: multiprocessing.process.BaseProcess | None = None
        self._start_helper()

    def _start_helper(self) -> None:
        self._results, send = self._context.Pipe(duplex=False)
        self._process = self._context.Process(target=self._run, args=(send,), name="portal-ahead", daemon=True)
        self._process.start()
        send.close()  # the consumer only receives; EOF then means the helper is gone
        self.helpers_started += 1

    def _prepare_keys(self, run: range) -> None:
        """``prepare`` for a run of keys, in either process; its failure is left to the keys' own work to report."""
        if self._prepare is None:
            return
        try:
            self._prepare([self._keys[i] for i in run])
        except Exception:  # noqa: S110 - each key's work meets the same problem and reports it
            pass

    # -- in the helper process ------------------------------------------------------------
    def _run(self, send) -> None:  # noqa: ANN001 - a multiprocessing Connection
        self._results.close()
        capture = _capture_logging()
        computed = 0
        while self._retire_after is None or computed < self._retire_after:
            run = self._claim(None, self._batch)
            if run is None:
                break
            self._prepare_keys(run)
            carried = capture.take()  # what preparing logged goes with the run's first result
            for i in run:
                try:
                    result, failed = self._work(self._keys[i]), False
                except Exception:  # the consumer computes it again and reports the error itself
                    result, failed = None, True
                lines = capture.take()
                if failed:
                    send.send((i, True, None, []))
                else:
                    send.send((i, False, result, carried + lines))
                    carried = []
                computed += 1
        send.send(None)  # retiring: every claimed key has been sent
        send.close()

    # -- in the consumer ------------------------------------------------------------------
    def take(self, key: str) -> T:
        i = self._index.get(key)
        if i is None:
            return self._work(key)
        while i not in self._ready:
            if self._process is None:  # no helper any more: it died, or nothing was left to claim
                return self._work_here(i)
            self._receive(block=False, until=i)  # what has arrived, a retirement included
            if i in self._ready or self._process is None:
                continue
            claimed = self._claim(i, 1)
            if claimed is None:  # everything is claimed: wait for the helper
                self._receive(block=True, until=i)
            elif claimed[0] == i:  # the helper has not reached it: compute it here
                return self._work_here(i)
            else:  # the helper is busy with i: rather than wait, compute a later key meanwhile
                self._ready[claimed[0]] = self._compute_here(claimed[0])
        failed, result, lines = self._ready.pop(i)
        if failed:
            return self._work(key)
        for name, level, message in lines:
            logging.getLogger(name).log(level, "%s", message)
        return result  # type: ignore[return-value]

    def _claim(self, i: int | None, size: int) -> range | None:
        """Claim a run of up to ``size`` keys: from ``i`` if nobody has claimed it, else from the
        first unclaimed key (``i`` None: the helper); None when none is left."""
        with self._next.get_lock():
            first = self._next.value
            start = i if i is not None and first <= i else first
            if start >= len(self._keys):
                return None
            end = min(start + size, len(self._keys))
            self._next.value = end
            return range(start, end)

    def _work_here(self, i: int) -> T:
        """``work`` for key ``i`` in the consumer, its run prepared first unless it has been."""
        if self._prepare is not None and self._prepare_here > 1 and i >= self._prepared_here_until:
            self._prepared_here_until = min(i + self._prepare_here, len(self._keys))
            self._prepare_keys(range(i, self._prepared_here_until))
        return self._work(self._keys[i])

    def _compute_here(self, i: int) -> tuple[bool, T | None, list[LogLine]]:
        try:
            return False, self._work_here(i), []
        except Exception:  # computed again, and reported, when its key is taken
            return True, None, []

    def _receive(self, *, block: bool, until: int) -> None:
        """Results the helper has sent: until ``until`` arrives (block) or what is there now."""
        while until not in self._ready and self._process is not None and (block or self._results.poll()):
            try:
                message = self._results.recv()
            except (EOFError, OSError):  # the helper died: whatever it claimed is computed here
                self._end_helper()
                return
            if message is None:  # it retired: fork a fresh one if anything is left to claim
                self._end_helper()
                with self._next.get_lock():
                    left = self._next.value < len(self._keys)
                if left:
                    self._start_helper()
                continue
            j, failed, result, lines = message
            if j >= until:  # results before ``until`` belong to keys the consumer skipped
                self._ready[j] = (failed, result, lines)

    def _end_helper(self) -> None:
        assert self._process is not None
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._results.close()
        self.exitcodes.append(self._process.exitcode)
        self._process = None

    def close(self) -> None:
        """Stop the helper (whatever it computed beyond the consumer's last key is dropped)."""
        if self._process is not None:
            self._end_helper()
        self._ready.clear()
