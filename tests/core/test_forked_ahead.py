"""The helper process that computes results ahead of their consumer (portal.forked_ahead).

Real forks, real pipes: the consumer must get exactly what it would have computed alone, in
order, with the helper's log messages, whatever the helper does (fails, dies, runs ahead).
"""

from __future__ import annotations

import functools
import logging
import os
import subprocess
import sys
import time

import pytest

from portal.forked_ahead import ForkedAhead

KEYS = [f"k{i}" for i in range(60)]
PARENT = os.getpid()


def _slow_square(key: str) -> tuple[int, int]:
    time.sleep(0.004)
    n = int(key[1:])
    return n * n, os.getpid()


def _take_all(keys: list[str], work, *, settle: float = 0.0, **options) -> tuple[list, ForkedAhead]:  # noqa: ANN001
    """Every key's result through a ForkedAhead (closed afterwards), after letting the helper
    run alone for ``settle`` seconds; and the ForkedAhead, for what it recorded."""
    ahead = ForkedAhead(keys, work, **options)
    time.sleep(settle)
    try:
        return [ahead.take(key) for key in keys], ahead
    finally:
        ahead.close()


def test_results_come_in_order_and_both_processes_compute_some() -> None:
    results, _ = _take_all(KEYS, _slow_square)
    assert [value for value, _ in results] == [i * i for i in range(60)]
    computed_here = sum(1 for _, pid in results if pid == PARENT)
    assert 0 < computed_here < 60  # the consumer never just waits, and the helper did its share


def test_helper_log_messages_are_replayed_once_when_their_result_is_taken(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("portal.test.ahead")

    def work(key: str) -> int:
        log.warning("lien ket hong o %s (pid %s)", key, "helper" if os.getpid() != PARENT else "here")
        return int(key[1:])

    ahead = ForkedAhead(KEYS[:10], work)
    time.sleep(0.5)  # the helper computes all ten before the consumer asks
    with caplog.at_level(logging.WARNING, logger="portal.test.ahead"):
        taken = []
        for key in KEYS[:10]:
            taken.append(ahead.take(key))
            assert caplog.records[-1].getMessage() == f"lien ket hong o {key} (pid helper)"
    ahead.close()
    assert taken == list(range(10))
    assert [r.levelno for r in caplog.records] == [logging.WARNING] * 10
    assert all(r.name == "portal.test.ahead" for r in caplog.records)


def test_a_key_that_fails_in_the_helper_is_computed_again_here() -> None:
    def work(key: str) -> tuple[str, int]:
        if key == "k3" and os.getpid() != PARENT:
            raise ValueError("only in the helper")
        return key, os.getpid()

    results, _ = _take_all(KEYS[:8], work, settle=0.3)
    assert [k for k, _ in results] == KEYS[:8]
    assert results[3][1] == PARENT


def test_an_error_reaches_the_consumer_at_its_own_key() -> None:
    def work(key: str) -> str:
        if key == "k5":
            raise ValueError("k5 is broken")
        return key

    ahead = ForkedAhead(KEYS[:10], work)
    time.sleep(0.2)
    try:
        assert [ahead.take(k) for k in KEYS[:5]] == KEYS[:5]
        with pytest.raises(ValueError, match="k5 is broken"):
            ahead.take("k5")
        assert ahead.take("k6") == "k6"
    finally:
        ahead.close()


def test_the_consumer_finishes_alone_when_the_helper_dies() -> None:
    def work(key: str) -> tuple[str, int]:
        if key == "k4" and os.getpid() != PARENT:
            os._exit(3)  # killed mid-way, as by the out-of-memory killer
        return key, os.getpid()

    results, ahead = _take_all(KEYS[:12], work, settle=0.3)
    assert [k for k, _ in results] == KEYS[:12]
    assert [pid for _, pid in results[4:]] == [PARENT] * 8
    assert ahead.exitcodes == [3]


def test_skipped_keys_and_unknown_keys() -> None:
    ahead = ForkedAhead(KEYS, _slow_square)
    try:
        evens = [ahead.take(key)[0] for key in KEYS[::2]]
        assert ahead.take("k1000")[0] == 1000 * 1000  # not in the list: computed here
    finally:
        started = time.monotonic()
        ahead.close()
    assert evens == [i * i for i in range(0, 60, 2)]
    assert time.monotonic() - started < 5
    assert ahead._process is None and len(ahead.exitcodes) == ahead.helpers_started


def test_a_retiring_helper_is_replaced_by_a_fresh_one() -> None:
    results, ahead = _take_all(KEYS, _slow_square, retire_after=5)
    assert [value for value, _ in results] == [i * i for i in range(60)]
    helper_pids = {pid for _, pid in results if pid != PARENT}
    assert len(helper_pids) >= 3  # each computed at most 5 keys, then made way for a new fork
    assert ahead.helpers_started >= len(helper_pids)
    assert all(code == 0 or code == -15 for code in ahead.exitcodes)  # retired, or stopped at close


_PREPARED: dict[str, tuple[str, ...]] = {}  # per process (a helper has its own copy): key → the run it was prepared with


def _remember_run(keys: list[str]) -> None:
    for key in keys:
        _PREPARED[key] = tuple(keys)


def _square_and_its_run(key: str, *, here: float = 0.004, helper: float = 0.004) -> tuple[int, int, tuple[str, ...] | None]:
    """The key squared, the process that computed it, and the run it was prepared with there;
    ``here`` and ``helper`` are the seconds it takes in the consumer and in a helper."""
    time.sleep(here if os.getpid() == PARENT else helper)
    n = int(key[1:])
    return n * n, os.getpid(), _PREPARED.pop(key, None)


def _consecutive(run: tuple[str, ...]) -> bool:
    numbers = [int(k[1:]) for k in run]
    return numbers == list(range(numbers[0], numbers[0] + len(run)))


def test_the_helper_claims_keys_in_runs_and_prepares_each_run() -> None:
    _PREPARED.clear()
    results, _ = _take_all(KEYS, _square_and_its_run, batch=4, prepare=_remember_run, retire_after=10)
    assert [value for value, _, _ in results] == [i * i for i in range(60)]
    here = [run for _, pid, run in results if pid == PARENT]
    helpers = [(key, run) for key, (_, pid, run) in zip(KEYS, results) if pid != PARENT]
    assert here and helpers  # both processes still compute some
    assert here == [None] * len(here)  # the consumer claims one key at a time, prepared by nobody
    for key, run in helpers:  # prepared in the helper that computed it, with its run
        assert run is not None, key
        assert key in run and 1 <= len(run) <= 4 and _consecutive(run)
    assert any(len(run) == 4 for _, run in helpers)


def test_the_consumer_prepares_a_run_of_its_own_without_claiming_it() -> None:
    _PREPARED.clear()
    # fifty times slower in the consumer than in the helper: the helper claims again, from the
    # first key nobody has claimed, while the consumer is still on a key it computes itself
    work = functools.partial(_square_and_its_run, here=0.05, helper=0.001)
    results, _ = _take_all(KEYS, work, batch=4, prepare=_remember_run, prepare_here=3)
    assert [value for value, _, _ in results] == [i * i for i in range(60)]
    here = [(key, run) for key, (_, pid, run) in zip(KEYS, results) if pid == PARENT]
    assert here  # the consumer computes the first key it asks for, or one the helper has not reached
    for key, run in here:  # prepared first, in a run that begins at a key the consumer computed
        assert run is not None and run[0] == key, key
        assert len(run) == 3 and _consecutive(run)
    computed_by_helper = {key for key, (_, pid, _) in zip(KEYS, results) if pid != PARENT}
    # the rest of each run was left unclaimed: the helper, faster, claimed and computed it
    assert set(_PREPARED) == {k for _, run in here for k in run[1:]}
    assert set(_PREPARED) <= computed_by_helper


def test_a_failing_prepare_leaves_each_key_to_its_work() -> None:
    def prepare(keys: list[str]) -> None:
        raise RuntimeError("cannot prepare")

    results, _ = _take_all(KEYS[:20], _slow_square, batch=5, prepare=prepare)
    assert [value for value, _ in results] == [i * i for i in range(20)]


_CHILD_SCRIPT = """
import sys
from portal.forked_ahead import run_in_child
kept = []
def busy():
    kept.extend(range(300_000))
    sum(i * i for i in range(300_000))
seconds = run_in_child(busy)
print(seconds > 0.01, len(kept))
if len(kept) == 0:  # forked: a fault of the task is told in the child, not raised here
    print(run_in_child(lambda: 1 / 0) >= 0)
"""


@pytest.mark.parametrize("one_process", [False, True])
def test_a_task_run_in_a_child_leaves_this_process_as_it_was(one_process: bool) -> None:
    """What the task does to memory stays in the child; its CPU time comes back, and a fault of
    the task is told, not raised. With one process asked for, it runs here. In a fresh process:
    a test worker may have threads, and then nothing is forked."""
    env = {**os.environ, "PORTAL_BUILD_HELPER": "0" if one_process else ""}
    run = subprocess.run([sys.executable, "-c", _CHILD_SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == (["True", "300000"] if one_process else ["True", "0", "True"]), run.stderr
    assert ("ZeroDivisionError" in run.stderr) != one_process
