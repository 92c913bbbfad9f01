"""Helpers for driving a real ``mkdocs serve`` (the preview test and its benchmark)."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
import urllib.request


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float) -> None:
    """Return once ``url`` answers 200; raise ``TimeoutError`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"mkdocs serve did not answer at {url} within {seconds:.0f} s")


def stop(server: subprocess.Popen, seconds: float = 60) -> None:
    """Stop a ``mkdocs serve`` as Ctrl+C does, so that it deletes the temporary folder it
    serves from (a 10,000-record preview leaves ~640 MB in /tmp when terminated instead);
    kill it if it has not stopped after ``seconds``."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
