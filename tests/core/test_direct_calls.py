"""portal.site.direct_calls: templates call everything as Jinja's own context would."""

from __future__ import annotations

import jinja2
import pytest

from portal.site.direct_calls import DirectCallContext, render_template


def _environment(context_class: type) -> jinja2.Environment:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True)
    env.context_class = context_class

    @jinja2.pass_environment
    def marked(environment: jinja2.Environment, x: str) -> str:
        return f"{x} in {environment.globals['name']}"

    @jinja2.pass_context
    def with_context(context: jinja2.runtime.Context, key: str) -> str:
        return str(context.get(key))

    class Callable:
        @jinja2.pass_environment
        def __call__(self, environment: jinja2.Environment, x: str) -> str:
            return f"{x} by an object in {environment.globals['name']}"

    def stops() -> str:
        raise StopIteration

    env.globals.update(name="env", plain=lambda x, y="y": f"{x}-{y}", marked=marked, with_context=with_context, obj=Callable(), stops=stops)
    return env


TEMPLATE = """\
{% macro pair(a, b="B") %}{{ a }}{{ b }}{% if caller is defined %}{{ caller() }}{% endif %}{% endmacro %}
{{ pair(1) }} {{ pair(1, b=2) }} {% call pair("c") %}!{% endcall %}
{{ plain("x") }} {{ plain("x", y="z") }}
{{ marked("m") }} {{ obj("o") }}
{% set local = "set in the template" %}{{ with_context("local") }}
{% for i in [1] %}{% set inner = i %}{{ with_context("name") }}{% endfor %}
"""


def test_every_kind_of_call_renders_as_with_jinjas_own_context() -> None:
    ours = _environment(DirectCallContext).from_string(TEMPLATE).render()
    assert ours == _environment(jinja2.runtime.Context).from_string(TEMPLATE).render()
    assert ours.splitlines() == ["1B 12 cB!x-y x-z", "m in env o by an object in env", "set in the template", "env"]


def test_a_callable_that_stops_gives_undefined_as_jinja_does() -> None:
    env = _environment(DirectCallContext)
    with pytest.raises(jinja2.UndefinedError, match="StopIteration"):
        env.from_string("{{ stops() }}").render()
    assert env.from_string("{{ stops() is defined }}").render() == "False"


def test_bound_methods_are_called_as_jinja_calls_them() -> None:
    class Catalog:
        def record(self, key: str) -> str:
            return f"record {key}"

        @jinja2.pass_environment
        def named(self, environment: jinja2.Environment, key: str) -> str:
            return f"{key} in {environment.globals['name']}"

        @jinja2.pass_context
        def seen(self, context: jinja2.runtime.Context, key: str) -> str:
            return str(context.get(key))

    source = "{% set x = 'local' %}{{ c.record('a') }}; {{ c.named('b') }}; {{ c.seen('x') }}"
    rendered = {cls: _environment(cls).from_string(source).render(c=Catalog()) for cls in (DirectCallContext, jinja2.runtime.Context)}
    assert rendered[DirectCallContext] == rendered[jinja2.runtime.Context] == "record a; b in env; local"


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
    expected = _environment(jinja2.runtime.Context).from_string(MACROS).render()
    seen: list[str] = []
    original = jinja2.runtime.Macro.__call__

    @jinja2.pass_eval_context
    def counted(self: jinja2.runtime.Macro, *args: object, **kwargs: object) -> str:
        seen.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.runtime.Macro, "__call__", counted)
    assert _environment(DirectCallContext).from_string(MACROS).render() == expected
    assert expected.split() == ["<1><2><block>1B", "12", "13", "12('k',", "'v')"]
    assert seen == ["two", "two", "rest"]  # a default to fill, a keyword, extra arguments


def test_render_template_renders_as_template_render() -> None:
    env = _environment(DirectCallContext)
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
    env = _environment(DirectCallContext)
    own = env.from_string("{{ name }} {{ extra }}", globals={"extra": "own global"})
    assert render_template(own, {}) == own.render() == "env own global"
