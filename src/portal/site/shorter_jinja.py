"""Jinja taken shorter for our pages: the Python a template's calls and loops compile to, and each page's context.

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

A loop that reads only the plain numbers and flags of ``loop`` (``loop.index``, ``loop.last``,
``loop.length``…) is compiled without Jinja's ``LoopContext``, whose ``__next__`` is Python code
run at every item, and whose ``loop.last`` looks one item ahead through more of it: the loop
gets a :class:`LoopState` with each item instead (:func:`plain_loop`), made once for every
position of every short sequence. A loop that reads anything else of ``loop`` (``cycle``,
``previtem``, ``changed``…), passes ``loop`` on, is recursive or filtered (``{% for … if … %}``),
or holds what hands the context on (an include, an import, a block), keeps ``LoopContext``;
so does a loop around one that keeps it, as Jinja gives both one.

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
from collections.abc import Iterable, Iterator
from functools import partial
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.runtime import Context, Macro, new_context

_WANTS_ENVIRONMENT = jinja2.pass_environment(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]


def callable_for(obj: Any, context: Context, loop_vars: dict[str, Any] | None, block_vars: dict[str, Any] | None) -> Any:
    """What to call in place of ``context.call(obj, …)``: what Jinja's ``Context.call`` would call
    (see the module's docstring)."""
    kind = type(obj)
    if kind is Macro or kind is BuiltinFunctionType:  # they never want anything
        return obj
    if kind is FunctionType:  # its __call__, which Jinja asks first, is a method-wrapper: it holds nothing
        wants = getattr(obj, "jinja_pass_arg", None)
    elif kind is MethodType:  # asked of the function: asking the method raises and catches an AttributeError
        wants = getattr(obj.__func__, "jinja_pass_arg", None)
    else:
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

_LOOP_FIELDS = ("index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0")


class LoopState:
    """``loop`` at one item of a loop that reads nothing else of it (see the module's docstring):
    the values Jinja's ``LoopContext`` gives, for a loop that is not recursive."""

    __slots__ = _LOOP_FIELDS

    def __init__(self, index0: int, length: int) -> None:
        self.index0 = index0
        self.index = index0 + 1
        self.revindex = length - index0
        self.revindex0 = length - index0 - 1
        self.first = index0 == 0
        self.last = index0 == length - 1
        self.length = length
        self.depth = 1
        self.depth0 = 0


_STATES = tuple(tuple(LoopState(i, n) for i in range(n)) for n in range(64))  # never changed: shared by every loop


def plain_loop(iterable: Iterable[Any]) -> Iterator[tuple[Any, LoopState]]:
    """Each item of ``iterable`` with its :class:`LoopState`. The items are listed first, as
    ``LoopContext`` lists them when asked for ``loop.length`` (and an undefined value fails here
    as it fails there)."""
    items = iterable if type(iterable) is list or type(iterable) is tuple else list(iterable)
    n = len(items)
    return zip(items, _STATES[n] if n < len(_STATES) else [LoopState(i, n) for i in range(n)])


_PLAIN_LOOP = f"{__name__}.plain_loop"
_HANDS_CONTEXT_ON = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Block, nodes.Extends)


def _loop_region(loop: nodes.For) -> Iterator[nodes.Node]:
    """The nodes in which ``loop`` means this loop: its body, less the bodies of loops inside it
    (their iterable, filter and ``else`` still see this one)."""
    stack = list(loop.body)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.iter_child_nodes(exclude=("body",) if isinstance(node, nodes.For) else ()))


def _plain_reads(loop: nodes.For) -> list[nodes.Getattr]:
    """The reads of ``loop.<field>`` in ``loop``'s body, when it reads nothing else of ``loop``
    and can do without ``LoopContext``; otherwise none."""
    if loop.recursive or loop.test is not None:
        return []
    reads: list[nodes.Getattr] = []
    for node in _loop_region(loop):
        if isinstance(node, _HANDS_CONTEXT_ON) or (isinstance(node, nodes.NSRef) and node.name == "loop"):
            return []
        if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "loop":
            if node.attr not in _LOOP_FIELDS:
                return []
            reads.append(node)
    # every `loop` of the body read so, those of the loops inside it too: Jinja gives this loop a
    # LoopContext whenever `loop` appears anywhere in its body (inner loops rewritten first)
    names = sum(1 for body in loop.body for name in body.find_all(nodes.Name) if name.name == "loop")
    return reads if names == len(reads) else []


def _without_loop_contexts(template: nodes.Template, environment: jinja2.Environment) -> None:
    """Rewrite each loop that can do without ``LoopContext`` (:func:`_plain_reads`) to iterate
    over ``plain_loop(…)``, its ``loop`` a name of its own that Jinja takes for a plain variable."""
    for number, loop in enumerate(reversed(list(template.find_all(nodes.For)))):  # inner loops first
        reads = _plain_reads(loop)
        if not reads:
            continue
        name = f"_sc_loop_{number}"
        for read in reads:
            read.node = nodes.Name(name, "load", lineno=read.node.lineno, environment=environment)
        loop.target = nodes.Tuple([loop.target, nodes.Name(name, "store")], "store")
        loop.iter = nodes.Call(nodes.ImportedName(_PLAIN_LOOP), [loop.iter], [], None, None)
        for node in (loop.target, loop.iter):
            node.set_lineno(loop.lineno).set_environment(environment)


class ShortCodeGenerator(CodeGenerator):
    """``Environment.code_generator_class`` for the page templates (portal.site.render).

    The names it adds to the compiled code (``sc_…``) cannot clash with Jinja's own (``l_…``,
    ``t_…``): two are imported once per template, and ``sc_callee`` is assigned and read within
    a single expression. The state of a plain loop is a template variable of its own,
    ``_sc_loop_<n>``, which no template of ours names.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        self.writeline(_IMPORTS)
        if not (self.environment.is_async or self.environment.sandboxed):
            _without_loop_contexts(node, self.environment)
        super().visit_Template(node, frame)

    @optimizeconst
    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        unusual = forward_caller or node.dyn_args or node.dyn_kwargs or any(keyword.iskeyword(kw.key) for kw in node.kwargs)
        if unusual or self.environment.is_async or self.environment.sandboxed:
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        if isinstance(node.node, nodes.ImportedName) and node.node.importname == _PLAIN_LOOP:
            self.write(f"{self.import_aliases[_PLAIN_LOOP]}(")  # ours: wants nothing
            self.visit(node.args[0], frame)
            self.write(")")
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
