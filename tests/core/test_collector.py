"""When the garbage collector runs during a build (portal.collector)."""

from __future__ import annotations

import gc
import weakref

import pytest

from portal import collector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_the_collector_is_paused_inside_and_as_before_after() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "a collector that was off stays off"
    finally:
        gc.enable()


def test_an_error_inside_gives_the_collector_back() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("lỗi giữa chừng")
    assert gc.isenabled()


def test_what_was_kept_is_freed_between_saves_once_unreachable() -> None:
    node = _Node()
    gone = weakref.ref(node)
    collector.keep_planned()
    try:
        assert gc.get_freeze_count() > 0
        del node
        gc.collect()
        assert gone() is not None, "a frozen cycle is left alone by collections"
        collector.free_left_over()
        assert gone() is None
    finally:
        gc.unfreeze()
