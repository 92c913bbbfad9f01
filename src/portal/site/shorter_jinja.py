"""Jinja taken shorter for our pages: the Python a template's calls compile to, and each page's context.

Jinja compiles every call in a template (``{{ m.badge(report) }}``, ``{{ public_href(rec) }}``,
``{{ listed(…) }}``) to ``context.call(f, …)``, which first asks ``f`` whether it wants the
context, the evaluation context or the environment as its first argument (``pass_context`` and
the like): attribute lookups on the callable and its ``__call__``, about as long as the call
itself, and a resolution page makes some 45 calls. :class:`ShortCodeGenerator`, the
environment's ``code_generator_class`` (Jinja's hook for changing the Python a template compiles
to), writes instead, for a call with positional and keyword arguments only (no ``*args``,
``**kwargs`` or ``{% call %}`` block):

- a macro given exactly its positional arguments, and nothing else (no caller, no extra
  arguments caught), is called through its function, without
  :meth:`jinja2.runtime.Macro.__call__`, which would only hand them on;
- anything else is first looked at by :func:`callable_for`, which asks what Jinja asks: it
  hands back the callable itself when it wants nothing, the callable with the environment
  bound when it wants that, and leaves the rest (the context, the evaluation context) to
  ``context.call``.

Every other call, and everything else, is compiled as Jinja compiles it.

One difference from Jinja remains, on purpose: a function that raises ``StopIteration`` makes
the page fail with Python's ``RuntimeError`` instead of giving an undefined value. None of
ours does, and a failing page is what a bug should give.

The templates stay Jinja's files and Jinja's language: any engine that drives the core renders
them the same without this module.

:func:`render_template` renders a page without copying the environment's globals through a
``ChainMap`` twice.
"""

from __future__ import annotations

import keyword
from collections import ChainMap
from functools import partial
from types import BuiltinFunctionType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.runtime import Context, Macro, new_context

_WANTS_ENVIRONMENT = jinja2.pass_environment(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]


def callable_for(obj: Any, context: Context, loop_vars: dict[str, Any] | None, block_vars: dict[str, Any] | None) -> Any:
    """What to call in place of ``context.call(obj, …)``: what Jinja's ``Context.call`` would call
    (see the module's docstring)."""
    if type(obj) is Macro or type(obj) is BuiltinFunctionType:  # they never want anything
        return obj
    wants = getattr(getattr(obj, "__call__", None), "jinja_pass_arg", None)  # a callable object's, as Jinja asks first
    if wants is None:
        wants = getattr(obj, "jinja_pass_arg", None)
        if wants is None:
            return obj
    if wants is _WANTS_ENVIRONMENT:
        return partial(obj, context.environment)
    scopes = {"_loop_vars": loop_vars} if loop_vars is not None else {}
    if block_vars is not None:
        scopes["_block_vars"] = block_vars
    return partial(context.call, obj, **scopes)  # the context or the evaluation context: as Jinja gives them


_IMPORTS = f"from {__name__} import callable_for as sc_callable_for, Macro as sc_Macro"


class ShortCodeGenerator(CodeGenerator):
    """``Environment.code_generator_class`` for the page templates (portal.site.render).

    The names it adds to the compiled code (``sc_…``) cannot clash with Jinja's own (``l_…``,
    ``t_…``): two are imported once per template, and ``sc_callee`` is assigned and read within
    a single expression.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        self.writeline(_IMPORTS)
        super().visit_Template(node, frame)

    @optimizeconst
    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        unusual = forward_caller or node.dyn_args or node.dyn_kwargs or any(keyword.iskeyword(kw.key) for kw in node.kwargs)
        if unusual or self.environment.is_async or self.environment.sandboxed:
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        scopes = f"{'_loop_vars' if frame.loop_frame else 'None'}, {'_block_vars' if frame.block_frame else 'None'}"
        if node.kwargs:  # a macro takes them in Macro.__call__
            self.write("sc_callable_for(")
            self.visit(node.node, frame)
            self.write(f", context, {scopes})(")
        else:
            self.write("((sc_callee._func if ((sc_callee := ")
            self.visit(node.node, frame)
            self.write(
                f").__class__ is sc_Macro and sc_callee._argument_count == {len(node.args)}"
                " and not (sc_callee.caller or sc_callee.catch_kwargs or sc_callee.catch_varargs or sc_callee._default_autoescape))"
                f" else sc_callable_for(sc_callee, context, {scopes}))("
            )
        for index, arg in enumerate(node.args):
            self.write(", " if index else "")
            self.visit(arg, frame)
        for index, kwarg in enumerate(node.kwargs):
            self.write(", " if index or node.args else "")
            self.write(f"{kwarg.key}=")
            self.visit(kwarg.value, frame)
        self.write(")" if node.kwargs else "))")


def render_template(template: jinja2.Template, values: dict[str, Any]) -> str:
    """``template.render(values)``, without going through the template's globals twice per page.

    A template loaded by name has for globals a ``ChainMap`` of its own (empty) and the
    environment's. :meth:`jinja2.Template.render` copies them into each page's context key by
    key through the ``ChainMap``, and lists them again to know which names were globals (for
    ``{% import %}``, never for a page): with the shorter calls above, a tenth of the
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
