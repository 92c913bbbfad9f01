"""A Jinja context that calls macros and plain functions without asking how to call them.

Every call in a template (``{{ m.badge(report) }}``, ``{{ public_href(rec) }}``) goes through
:meth:`jinja2.runtime.Context.call`, which first asks the callable whether it wants the context,
the evaluation context or the environment as its first argument (``pass_context`` and the
like): three attribute lookups on the callable and its ``__call__``, about a microsecond, as
much as the call itself. A page calls macros and functions some fifty times, so this was a
tenth of the time of rendering one. A macro never wants anything; a function or a bound method
says what it wants in one attribute. :class:`DirectCallContext` calls these at once, the
environment first when asked for, and leaves everything else to Jinja.
"""

from __future__ import annotations

from types import FunctionType, MethodType
from typing import Any

import jinja2
from jinja2.runtime import Context, Macro

_PLAIN_CALLABLES = (FunctionType, MethodType)  # a bound method answers for its function
_WANTS_ENVIRONMENT = jinja2.pass_environment(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]


class DirectCallContext(Context):
    """``Environment.context_class`` for the page templates (portal.site.render)."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's own signature
        kind = type(__obj)
        if kind in _PLAIN_CALLABLES:
            wants = getattr(__obj, "jinja_pass_arg", None)
            if wants is _WANTS_ENVIRONMENT:
                args = (__self.environment, *args)
            elif wants is not None:  # the context, or the evaluation context: as Jinja does it
                return super().call(__obj, *args, **kwargs)
        elif kind is not Macro:  # callable objects and the rest: as Jinja does it
            return super().call(__obj, *args, **kwargs)
        if kwargs:  # as Context.call: what the compiler passes for pass_context callables only
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Context.call
            return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")
