"""portal.load.yaml_source: values as YAML 1.1 reads them, positions when asked for."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from portal.load.yaml_source import Position, YamlSyntaxError, _Loader, parse_yaml

# plain scalars, starting with the characters that make YAML try its types and with others
_PLAIN = st.text(alphabet="tTfFyYnNoO~0123456789+-._:= aAbĐđHhễ", min_size=1, max_size=12).map(str.strip).filter(lambda s: s and s[0] not in "-:?" and ": " not in s)


def _tags(node: yaml.Node) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        return [node.tag]
    children = node.value if isinstance(node, yaml.SequenceNode) else [part for pair in node.value for part in pair]
    return [node.tag] + [tag for child in children for tag in _tags(child)]


@given(st.lists(_PLAIN, min_size=1, max_size=4))
def test_scalars_get_the_tags_the_safe_loader_gives_them(values: list[str]) -> None:
    text = "".join(f"k{i}: {value}\nl{i}: ['{value}', {value}]\n" for i, value in enumerate(values)) + "empty:\nnested: {a: [1, {b: c}]}\n"
    try:
        expected = _tags(yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return  # not YAML at all: nothing to compare
    assert _tags(yaml.compose(text, Loader=_Loader)) == expected


def test_typed_scalars_and_text() -> None:
    parsed = parse_yaml("a: true\nb: 12\nc: 1.5\nd: null\ne: 2024-01-15\nf: Hà Nội\ng: '12'\nh: Không\ni: ~\n")
    assert parsed.value == {"a": True, "b": 12, "c": 1.5, "d": None, "e": "2024-01-15", "f": "Hà Nội", "g": "12", "h": "Không", "i": None}


def test_positions_are_found_when_asked_for_and_duplicates_at_once() -> None:
    parsed = parse_yaml("ten: A\nds:\n  - x\n  - y: 1\n", line_offset=1)
    assert parsed.where(("ds", 1, "y")) == Position(5, 8)
    assert parsed.where(("ds", 1, "y"), key=True) == Position(5, 5)
    assert parsed.where(("ten",)) == Position(2, 6)
    twice = parse_yaml("ten: A\nkhac:\n  a: 1\n  a: 2\nten: B\n")
    assert twice.value == {"ten": "A", "khac": {"a": 1}}, "the first of two keys stands"
    assert twice.duplicates == [(("khac", "a"), Position(4, 3)), (("ten",), Position(5, 1))]
    assert twice.where(("khac", "a")) == Position(3, 6)


def _walked(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for child in children for text in _walked(child)]


@given(st.lists(_PLAIN, min_size=1, max_size=4), st.booleans())
def test_the_texts_are_every_text_value_in_order(values: list[str], twice: bool) -> None:
    """What the checks of every file look through first (content, placeholders): every text
    value, keys left out, duplicate keys or not."""
    text = "".join(f"k{i}: {value}\nl{i}: ['{value}', {value}, {{m: {value}}}]\n" for i, value in enumerate(values)) + ("k0: again\n" if twice else "")
    try:
        parsed = parse_yaml(text)
    except YamlSyntaxError:  # not YAML at all: nothing to compare
        return
    assert parsed.texts == _walked(parsed.value)
    assert bool(parsed.duplicates) == twice
    assert parsed.texts and all(isinstance(t, str) for t in parsed.texts)
