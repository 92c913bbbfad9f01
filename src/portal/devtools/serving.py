"""Helpers for driving a real ``mkdocs serve`` (the preview test and its benchmark)."""

from __future__ import annotations

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
    """Stop a ``mkdocs serve`` of the portal (SIGTERM, which its hooks take as Ctrl+C, so that
    it deletes the temporary folder it serves from: ~640 MB for a 10,000-record preview); kill
    it if it has not stopped after ``seconds``. Not SIGINT: a process started in the background
    by a non-interactive shell, and all its children, ignore it."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
