"""portal.site.shorter_jinja: templates whose calls are compiled shorter render as Jinja's own compiler has them."""

from __future__ import annotations

import re
from typing import Any

import jinja2
import pytest

from portal.site.shorter_jinja import ShortCodeGenerator, render_template


class Record:
    title = "Nghị quyết"

    def __init__(self) -> None:
        self.nested = {"inner": "trong từ điển"}

    def method(self, x: str, y: str = "y") -> str:
        return f"method {x}-{y}"

    @jinja2.pass_environment
    def with_environment(self, environment: jinja2.Environment, x: str) -> str:
        return f"{x} in {environment.globals['name']}"

    @jinja2.pass_context
    def with_context(self, context: jinja2.runtime.Context, key: str) -> str:
        return str(context.get(key))


class CallableObject:
    @jinja2.pass_environment
    def __call__(self, environment: jinja2.Environment, x: str) -> str:
        return f"{x} by an object in {environment.globals['name']}"


def _environment(short: bool) -> jinja2.Environment:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True)
    if short:
        env.code_generator_class = ShortCodeGenerator

    @jinja2.pass_environment
    def marked(environment: jinja2.Environment, x: str) -> str:
        return f"{x} in {environment.globals['name']}"

    @jinja2.pass_context
    def with_context(context: jinja2.runtime.Context, key: str) -> str:
        return str(context.get(key))

    def keywords(**given: Any) -> str:
        return ",".join(f"{k}={v}" for k, v in sorted(given.items()))

    env.globals.update(
        name="env", plain=lambda x, y="y": f"{x}-{y}", marked=marked, with_context=with_context, obj=CallableObject(),
        keywords=keywords, rec=Record(), data={"path": "a/b", "title": "khóa"},
    )
    return env


TEMPLATE = """\
{% macro pair(a, b="B") %}{{ a }}{{ b }}{% if caller is defined %}{{ caller() }}{% endif %}{% endmacro %}
{% macro rest(a) %}{{ a }}{{ varargs | join(",") }}{{ kwargs | dictsort | join(",") }}{% endmacro %}
{{ pair(1) }} {{ pair(1, 2) }} {{ pair(1, b=2) }} {% call pair("c") %}!{% endcall %} {{ rest(1, 2, k="v") }}
{{ plain("x") }} {{ plain("x", y="z") }} {{ plain(*["p"]) }} {{ plain(**{"x": "q"}) }} {{ keywords(**{"class": 1}) }} {{ keywords(a=1, b=2) }}
{{ marked("m") }} {{ obj("o") }} {{ ", ".join(["j", "k"]) }} {{ range(3) | list }} {{ dict(a=1) }}
{{ rec.method("a") }} {{ rec.method("a", y="b") }} {{ rec.with_environment("e") }} {{ rec.with_context("name") }}
{{ rec.title.upper() }} {{ data.get("path") }} {{ data.items() | list | length }} {{ rec.nested.get("inner") }}
{% set local = "set in the template" %}{{ with_context("local") }}
{% for item in [rec, rec] %}{% set inner = loop.index %}{{ item.title }}{{ pair(inner) }}{{ with_context("inner") }}{{ loop.last }} {% endfor %}
{% block body %}{% set shown = "in the block" %}{{ with_context("shown") }} {{ pair("block") }}{{ rec.method(data.path) }}{{ plain(rec.title, y=data.title) }}{% endblock %}
"""


def test_every_kind_of_call_renders_as_with_jinjas_own_compiler() -> None:
    ours = _environment(True).from_string(TEMPLATE).render()
    assert ours == _environment(False).from_string(TEMPLATE).render()
    assert ours.splitlines() == [
        "1B 12 12 cB! 12('k', 'v')",
        "x-y x-z p-y q-y class=1 a=1,b=2",
        "m in env o by an object in env j, k [0, 1, 2] {'a': 1}",
        "method a-y method a-b e in env env",
        "NGHỊ QUYẾT a/b 2 trong từ điển",
        "set in the template",
        "Nghị quyết1B1False Nghị quyết2B2True in the block blockBmethod a/b-yNghị quyết-khóa",
    ]


def test_calls_skip_context_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja's Context.call is counted (Jinja's, not ours): it is reached only for what the
    short forms leave to it."""
    seen: list[str] = []
    call_before = jinja2.runtime.Context.call

    def counted_call(self: jinja2.runtime.Context, obj: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(getattr(obj, "__name__", type(obj).__name__))
        return call_before(self, obj, *args, **kwargs)

    monkeypatch.setattr(jinja2.runtime.Context, "call", counted_call)
    source = """{% macro pair(a, b="B") %}{{ a }}{{ b }}{% endmacro %}\
{{ pair(rec.title) }} {{ pair(1, b=2) }} {{ plain("x") }} {{ rec.method("a") }} {{ marked("m") }} {{ obj("o") }} {{ with_context("name") }}"""
    expected = "Nghị quyếtB 12 x-y method a-y m in env o by an object in env env"
    assert _environment(False).from_string(source).render() == expected
    assert seen == ["Macro", "Macro", "<lambda>", "method", "marked", "CallableObject", "with_context"]
    seen.clear()
    assert _environment(True).from_string(source).render() == expected
    assert seen == ["with_context"]  # it wants the context: Jinja gives it


def test_calling_what_is_missing_or_not_callable_fails_as_with_jinjas_own_compiler() -> None:
    for source in ("{{ nothing() }}", "{{ rec.missing(1) }}", "{{ rec.nested.missing(k=1) }}", "{{ rec.title(1) }}", "{{ data.path() }}"):
        errors = []
        for short in (False, True):
            with pytest.raises((jinja2.UndefinedError, TypeError)) as caught:
                _environment(short).from_string(source).render()
            errors.append((type(caught.value), str(caught.value)))
        assert errors[0] == errors[1], source


def test_a_callable_that_stops_fails_the_page() -> None:
    """The one difference from Jinja, on purpose: it would give an undefined value."""
    def stops() -> str:
        raise StopIteration

    jinjas, ours = _environment(False), _environment(True)
    for env in (jinjas, ours):
        env.globals["stops"] = stops
    assert jinjas.from_string("{{ stops() is defined }}").render() == "False"
    with pytest.raises(RuntimeError, match="StopIteration"):
        ours.from_string("{{ stops() is defined }}").render()


MACROS = """\
{% macro one(a) %}<{{ a }}>{% endmacro %}
{% macro two(a, b="B") %}{{ a }}{{ b }}{% endmacro %}
{% macro rest(a) %}{{ a }}{{ varargs | join(",") }}{{ kwargs | dictsort | join(",") }}{% endmacro %}
{% block body %}{% for i in [1, 2] %}{{ one(i) }}{% endfor %}{{ one("block") }}{% endblock %}
{{ two(1) }} {{ two(1, 2) }} {{ two(1, b=3) }} {{ rest(1, 2, k="v") }}
"""


def test_macros_given_all_their_arguments_skip_macro_call_and_render_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja's Macro.__call__ is counted (Jinja's, not ours): a macro given exactly its arguments,
    in a loop or a block too (where the compiler adds its scope), is called without it."""
    expected = _environment(False).from_string(MACROS).render()
    seen: list[str] = []
    original = jinja2.runtime.Macro.__call__

    @jinja2.pass_eval_context
    def counted(self: jinja2.runtime.Macro, *args: object, **kwargs: object) -> str:
        seen.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.runtime.Macro, "__call__", counted)
    assert _environment(True).from_string(MACROS).render() == expected
    assert expected.split() == ["<1><2><block>1B", "12", "13", "12('k',", "'v')"]
    assert seen == ["two", "two", "rest"]  # a default to fill, a keyword, extra arguments


def test_render_template_renders_as_template_render() -> None:
    env = _environment(True)
    env.loader = jinja2.DictLoader({
        "base.j2": "{{ name }}|{% block body %}base{% endblock %}|{{ here }}",
        "page.j2": "{% extends 'base.j2' %}{% block body %}{{ plain(here) }} {{ marked(name) }}{% endblock %}",
    })
    page = env.get_template("page.j2")
    assert render_template(page, {"here": "a"}) == page.render(here="a") == "env|a-y env in env|a"
    assert render_template(page, {"here": "b", "name": "own"}) == "own|b-y own in env|b"  # a value passed wins over a global, as in Jinja
    with pytest.raises(jinja2.UndefinedError, match="'here' is undefined"):
        render_template(page, {})


def test_render_template_leaves_a_template_with_globals_of_its_own_to_jinja() -> None:
    env = _environment(True)
    own = env.from_string("{{ name }} {{ extra }}", globals={"extra": "own global"})
    assert render_template(own, {}) == own.render() == "env own global"


ALL_FIELDS = "{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ loop.depth }}{{ loop.depth0 }}"

# (template, how many of its loops do without LoopContext): each renders as with Jinja's own compiler
LOOPS = [
    (f"{{% for x in items %}}{ALL_FIELDS}:{{{{ x }}}};{{% endfor %}}", 1),
    ("{% for x in items %}{{ x }}{% if not loop.last %}, {% endif %}{% else %}trống{% endfor %}", 1),
    ("{% for k, v in pairs %}{{ loop.index }}{{ k }}={{ v }}{% if loop.first %}!{% endif %} {% endfor %}", 1),
    ("{% for a in items %}{% for b in range(loop.index0) %}[{{ loop.index }}/{{ loop.length }}]{% else %}(ngoài {{ loop.index }}){% endfor %}{% endfor %}", 2),
    ("{% for a in items %}{% for b in [1, 2] %}{{ loop.index }}{% endfor %}{{ loop.last }}{% endfor %}", 2),
    ("{% for a in items %}{% macro show() %}<{{ loop.revindex }}>{% endmacro %}{{ show() }}{% endfor %}", 1),
    ("{% for a in items %}{% set n = loop.index * 10 %}{{ n }} {% endfor %}", 1),
    ("{% macro wrap() %}[{{ caller() }}]{% endmacro %}{% for a in items %}{% call wrap() %}{{ loop.index }}{{ a }}{% endcall %}{% endfor %}", 1),
    ("{% for a in items %}{% with n = loop.length %}{{ n }}{{ loop.revindex }}{% endwith %}{% endfor %}", 1),
    # an inner loop that needs LoopContext: Jinja gives the outer one a LoopContext too
    ("{% for a in items %}{% for b in [1, 2] %}{{ loop.cycle('x', 'y') }}{% endfor %}{{ loop.last }}{% endfor %}", 0),
    ("{% for a in items %}{{ loop.previtem is defined }}{% endfor %}", 0),
    ("{% for a in items %}{{ loop.changed(a) }}{% endfor %}", 0),
    ("{% for a in items %}{% set whole = loop %}{{ whole.index }}{% endfor %}", 0),
    ("{% for a in items %}{{ show_loop(loop) }}{% endfor %}", 0),
    ("{% for a in items %}{{ loop.index }}{{ show_loop(loop) }}{% endfor %}", 0),
    ("{% for a in items if a != 'b' %}{{ loop.index }}/{{ loop.length }} {% endfor %}", 0),
    ("{% for a in items %}{{ loop.index }}{% include 'included.j2' %}{% endfor %}", 0),
    ("{% for a in tree recursive %}{{ a.name }}{% if a.children %}({{ loop(a.children) }}){% endif %}{{ loop.depth }}{% endfor %}", 0),
    ("{% for a in items %}{{ a }}{% endfor %}", 0),  # never reads loop: Jinja makes no LoopContext either
]

ITEMS = {  # what `items` is made of, afresh for each render (a generator is used up)
    "list": lambda: ["a", "b", "c"],
    "tuple": lambda: ("a", "b"),
    "one": lambda: ["a"],
    "empty": lambda: [],
    "generator": lambda: (x for x in "xyz"),
    "dict": lambda: {"a": 1, "b": 2},
    "text": lambda: "chữ",
    "long": lambda: list(range(150)),  # beyond the states made ahead
}


def _loop_environment(short: bool) -> jinja2.Environment:
    env = _environment(short)
    env.loader = jinja2.DictLoader({"included.j2": "{{ a }} "})
    env.globals["show_loop"] = lambda loop: f"({loop.index}/{loop.length})"
    return env


@pytest.mark.parametrize(("source", "plain"), LOOPS)
def test_loops_render_as_with_jinjas_own_compiler(source: str, plain: int) -> None:
    ours, jinjas = _loop_environment(True), _loop_environment(False)
    ours_template, jinjas_template = ours.from_string(source), jinjas.from_string(source)
    for kind, items in ITEMS.items():
        context = {"pairs": [("k", 1), ("l", 2)], "tree": [{"name": "a", "children": [{"name": "b", "children": []}]}]}
        assert ours_template.render(items=items(), **context) == jinjas_template.render(items=items(), **context), (source, kind)
    compiled, jinjas_compiled = ours.compile(source, raw=True), jinjas.compile(source, raw=True)
    alias = re.search(r"import plain_loop as (t_\d+)", compiled)
    assert (compiled.count(f"{alias.group(1)}(") if alias else 0) == plain
    assert compiled.count("LoopContext(") == jinjas_compiled.count("LoopContext(") - plain


def test_a_plain_loop_over_something_undefined_fails_as_with_jinjas_own_compiler() -> None:
    errors = []
    for short in (False, True):
        with pytest.raises(jinja2.UndefinedError) as caught:
            _loop_environment(short).from_string("{% for a in missing %}{{ loop.index }}{% endfor %}").render()
        errors.append(str(caught.value))
    assert errors[0] == errors[1] == "'missing' is undefined"
