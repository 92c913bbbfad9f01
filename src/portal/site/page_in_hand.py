"""The page being rendered, as the Jinja filters and functions see it (portal.site.render)."""

from __future__ import annotations

from typing import Any

import jinja2

from portal.site.plan import PlannedPage


class PageInHand:
    """What filters and functions need of the page being rendered, kept on the environment.

    Links are relative to the page's source URI (``here``), its own record (``entry``) is never
    linked to itself, and the ``raw`` filter sets its HTML blocks aside (``raw_blocks``). They
    read these here, not from the template context, so that the macro modules are imported
    without it: Jinja then runs each module once per environment, where an import "with
    context" ran it again at every page (~2 s of rendering 12,780 pages).
    """

    def __init__(self) -> None:
        self.here = ""
        self.entry: Any = None
        self.raw_blocks: list[str] = []

    def start(self, page: PlannedPage) -> list[str]:
        """Take ``page`` in hand; the list its HTML blocks will be set aside in."""
        self.here, self.entry, self.raw_blocks = page.src_uri, page.context.get("entry"), []
        return self.raw_blocks


def in_hand(env: jinja2.Environment) -> PageInHand:
    """The page ``env`` is rendering (:func:`portal.site.render.make_environment` gives it one)."""
    return env.page_in_hand  # type: ignore[attr-defined]  # set by make_environment
