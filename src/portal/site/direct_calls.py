"""Jinja's runtime taken shorter for our pages: calls, and the context of each page.

Every call in a template (``{{ m.badge(report) }}``, ``{{ public_href(rec) }}``) goes through
:meth:`jinja2.runtime.Context.call`, which first asks the callable whether it wants the context,
the evaluation context or the environment as its first argument (``pass_context`` and the
like): three attribute lookups on the callable and its ``__call__``, about a microsecond, as
much as the call itself. A page calls macros and functions some fifty times, so this was a
tenth of the time of rendering one. A macro never wants anything; a function or a bound method
says what it wants in one attribute. :class:`DirectCallContext` calls these at once, the
environment first when asked for, and leaves everything else to Jinja. A macro given all its
arguments, and nothing else, is called without :meth:`jinja2.runtime.Macro.__call__`, which
would only hand them on.

:func:`render_template` renders a page without copying the environment's globals through a
``ChainMap`` twice.
"""

from __future__ import annotations

from collections import ChainMap
from types import FunctionType, MethodType
from typing import Any

import jinja2
from jinja2.runtime import Context, Macro, new_context

_PLAIN_CALLABLES = (FunctionType, MethodType)  # a bound method answers for its function
_WANTS_ENVIRONMENT = jinja2.pass_environment(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]


def _asks_more(macro: Macro) -> bool:
    """Whether a macro needs :meth:`Macro.__call__` even when given all its arguments: a caller,
    extra arguments caught, output marked safe (autoescape), or an async environment."""
    return bool(macro.caller or macro.catch_kwargs or macro.catch_varargs or macro._default_autoescape or macro._environment.is_async)


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
            if kind is Macro and not kwargs and len(args) == __obj._argument_count and not _asks_more(__obj):
                return __obj._func(*args)  # what Macro.__call__ comes down to for these: its arguments, as given
            return __obj(*args, **kwargs)
        except StopIteration:  # as Context.call
            return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")


def render_template(template: jinja2.Template, values: dict[str, Any]) -> str:
    """``template.render(values)``, without going through the template's globals twice per page.

    A template loaded by name has for globals a ``ChainMap`` of its own (empty) and the
    environment's. :meth:`jinja2.Template.render` copies them into each page's context key by
    key through the ``ChainMap``, and lists them again to know which names were globals (for
    ``{% import %}``, never for a page): with the macro shortcut above, a tenth of the
    instructions of rendering a resolution page. The environment's globals, a plain dict, are
    copied here at once instead. Any other template is left to Jinja.
    """
    maps = template.globals.maps if isinstance(template.globals, ChainMap) else []
    if len(maps) != 2 or maps[0] or maps[1] is not template.environment.globals:
        return template.render(values)
    context = new_context(template.environment, template.name, template.blocks, {**maps[1], **values}, shared=True)
    try:
        return template.environment.concat(template.root_render_func(context))  # type: ignore[attr-defined]
    except Exception:
        template.environment.handle_exception()
