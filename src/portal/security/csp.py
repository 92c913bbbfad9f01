"""A Content-Security-Policy for every page, pinned to the page's own inline scripts.

The theme needs a few inline ``<script>`` blocks; instead of allowing every inline script
('unsafe-inline'), each page's policy lists the SHA-256 of exactly the scripts the build
wrote. A script or event handler that slipped into the content later would not run.
The policy is a ``<meta http-equiv>`` so it also applies on hosts that cannot set headers
and when the site is opened from files.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head[^>]*>", re.IGNORECASE)

BASE_POLICY = (
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",  # the theme sets inline styles from its scripts
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
)


def script_hashes(html: str) -> list[str]:
    """CSP source expressions for each executable inline script of ``html``, in order."""
    hashes = []
    for m in _INLINE_SCRIPT.finditer(html):
        if "application/json" in m.group("attrs").lower():
            continue  # data blocks never execute
        digest = hashlib.sha256(m.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def policy_for(html: str) -> str:
    scripts = " ".join(["'self'", *dict.fromkeys(script_hashes(html))])
    return "; ".join((*BASE_POLICY, f"script-src {scripts}"))


def add_csp(html: str) -> str:
    """Insert the page's policy as the first element of <head> (before any script runs)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return _HEAD_OPEN.sub(lambda m: m.group(0) + meta, html, count=1)
