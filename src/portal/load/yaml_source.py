"""Parse YAML into plain Python values while remembering where each value stood.

Most record files are plain block YAML, read line by line (:mod:`portal.load.plain_yaml`);
the others are read from PyYAML's node tree, whose marks carry line and column. Either way:

* every key path maps to the position of its value (and of its key), for errors: found from
  PyYAML's nodes when first asked for;
* timestamps stay strings (the model decides what a date is, with a clear message);
* duplicate keys are reported instead of silently overwritten;
* every string is cleaned (NFC and the paste repairs) exactly once (:mod:`portal.load.yaml_scalars`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from portal.load.plain_yaml import read_plain
from portal.load.yaml_scalars import STR, implicit_tag, typed

try:  # the C loader is ~10x faster; fall back when libyaml is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the platform build
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader with the resolver's work done in fewer steps: the C parser calls
    ``resolve`` for every node, a fifth of the time of composing a record file."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        """As ``yaml.resolver.BaseResolver.resolve`` decides for a loader with implicit types
        (true, null, 12, 1.5, 2024-01-15…: tried by the scalar's first character) and no
        path resolvers, as ours."""
        if self.yaml_path_resolvers:  # pragma: no cover - never set here; the resolver's own way then
            return super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode:
            return implicit_tag(value) if implicit[0] else STR
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG


Path = tuple[str | int, ...]

class Position(NamedTuple):
    """A 1-based line and column in the source file (a tuple: a record has hundreds)."""

    line: int
    col: int


def position_in(text: str, offset: int, start: Position) -> Position:
    """Line/column of ``offset`` inside a value that starts at ``start``.

    Exact for plain one-line values and for the Markdown body; inside quoted or folded
    YAML values the column may be off by the quote or the indentation.
    """
    before = text[:offset]
    newlines = before.count("\n")
    if newlines == 0:
        return Position(start.line, start.col + offset)
    return Position(start.line + newlines, offset - before.rfind("\n"))


class ParsedYaml:
    """Values, plus the positions of every value and every mapping key.

    The positions are found when first asked for, from PyYAML's nodes of the text: nearly every
    file is valid, and the loader never asks (recording them took longer than building the
    values). ``duplicates`` is known at once: a duplicate key is an error, and the file's
    positions are then found with them (``positions``). ``texts`` holds every text value (not
    the keys), in the order of the file: what the checks of every record file look through first.
    """

    def __init__(self, value: Any, text: str = "", line_offset: int = 0, positions: _Positions | None = None, texts: list[str] | None = None) -> None:
        self.value = value
        self.texts = texts if texts is not None else _texts_in(value, [])
        self.duplicates = positions.duplicates if positions is not None else []
        self._text = None if positions is not None else text
        self._offset = line_offset
        self._positions = positions

    @property
    def values(self) -> dict[Path, Position]:
        return self._located().values

    @property
    def keys(self) -> dict[Path, Position]:
        return self._located().keys

    def _located(self) -> _Positions:
        if self._positions is None:
            self._positions = _Positions()
            root = yaml.compose(self._text, Loader=_Loader) if self._text else None  # read before, without an error
            if root is not None:
                _build(root, (), self._positions, self._offset)
            self._text = None
        return self._positions

    def where(self, path: Path, *, key: bool = False) -> Position:
        """Best position for ``path``: the key or value, else the nearest parent."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.keys:
                return self.keys[probe]
            probe = probe[:-1]
        return self.values.get((), Position(1, 1))


def _texts_in(value: Any, texts: list[str]) -> list[str]:
    """The text values in ``value``, in order, as :func:`_value` gathers them while parsing
    (for a value built otherwise: after a duplicate key, say)."""
    if type(value) is str:
        texts.append(value)
    elif type(value) is dict:
        for child in value.values():
            _texts_in(child, texts)
    elif type(value) is list:
        for child in value:
            _texts_in(child, texts)
    return texts


@dataclass
class _Positions:
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    duplicates: list[tuple[Path, Position]] = field(default_factory=list)


class YamlSyntaxError(Exception):
    """A YAML syntax error with a 1-based position and a Vietnamese explanation."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def _mark(node: yaml.Node, line_offset: int) -> Position:
    return Position(node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)


def _scalar(node: yaml.ScalarNode) -> Any:
    """Resolve a scalar like YAML 1.1 would, except that dates stay text."""
    return typed(node.tag, node.value)


def parse_yaml(text: str, *, line_offset: int = 0) -> ParsedYaml:
    """Parse ``text``; raise :class:`YamlSyntaxError` with a position on bad syntax.

    ``line_offset`` shifts reported lines (front matter starts after the ``---`` line).
    """
    plain = read_plain(text)
    if plain is not None:
        return ParsedYaml(plain[0], text, line_offset, texts=plain[1])
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        # an unclosed quote is reported at the end of the file; point at where it opened
        opened = exc.context_mark and "quoted scalar" in (exc.context or "")
        mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        raise YamlSyntaxError(Position(line, col), _explain_syntax(exc)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - non-marked errors are rare
        raise YamlSyntaxError(Position(1 + line_offset, 1), f"YAML không đọc được: {exc}") from None
    if root is None:
        return ParsedYaml(None)
    texts: list[str] = []
    try:
        return ParsedYaml(_value(root, texts), text, line_offset, texts=texts)
    except _DuplicateKey:  # rare: find where, and where the others are (the texts from the value)
        positions = _Positions()
        value = _build(root, (), positions, line_offset)
        return ParsedYaml(value, line_offset=line_offset, positions=positions)


class _DuplicateKey(Exception):
    pass


def _value(node: yaml.Node, texts: list[str]) -> Any:
    """The value of ``node``, as :func:`_build` makes it, without positions; its texts appended to ``texts``."""
    if isinstance(node, yaml.ScalarNode):
        value = _scalar(node)
        if type(value) is str:
            texts.append(value)
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_value(child, texts) for child in node.value]
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _key(key_node)
        if key in result:
            raise _DuplicateKey
        result[key] = _value(value_node, texts)
    return result


def _key(node: yaml.Node) -> str:
    key = _scalar(node) if isinstance(node, yaml.ScalarNode) else str(node.value)
    return key if isinstance(key, str) else str(key)


def _build(node: yaml.Node, path: Path, out: _Positions, offset: int) -> Any:
    out.values[path] = _mark(node, offset)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, path + (i,), out, offset) for i, child in enumerate(node.value)]
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _key(key_node)
        child = path + (key,)
        if key in result:
            out.duplicates.append((child, _mark(key_node, offset)))
            continue
        out.keys[child] = _mark(key_node, offset)
        result[key] = _build(value_node, child, out, offset)
    return result


_SYNTAX_HINTS = (
    ("could not find expected ':'", "thiếu dấu hai chấm ':' sau tên trường, hoặc một dòng bị xuống hàng sai chỗ"),
    ("mapping values are not allowed", "có dấu ':' ở chỗ không được phép; nếu nội dung có dấu ':' hãy đặt cả giá trị trong ngoặc kép"),
    ("tab character", "YAML không cho phép dùng phím Tab để thụt lề; hãy dùng dấu cách"),
    ("found character '\\t'", "YAML không cho phép dùng phím Tab để thụt lề; hãy dùng dấu cách"),
    ("expected <block end>, but found", "thụt lề không khớp với các dòng phía trên; các trường cùng cấp phải thẳng hàng"),
    ("found undefined alias", "dấu '*' ở đầu giá trị có nghĩa đặc biệt trong YAML; hãy đặt giá trị trong ngoặc kép"),
    ("found unexpected end of stream", "thiếu dấu ngoặc kép đóng"),
    ("while scanning a quoted scalar", "chuỗi trong ngoặc kép chưa được đóng"),
    ("did not find expected key", "thụt lề không khớp hoặc thiếu dấu '-' ở đầu mục danh sách"),
    ("did not find expected '-' indicator", "mục danh sách phải bắt đầu bằng '- ' và thẳng hàng với các mục khác"),
    ("found character that cannot start any token", "có ký tự không được phép ở đầu giá trị (ví dụ '@' hoặc '`'); hãy đặt giá trị trong ngoặc kép"),
)


def _explain_syntax(exc: yaml.MarkedYAMLError) -> str:
    problem = f"{exc.context or ''} {exc.problem or ''}"
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem:
            return f"lỗi cú pháp YAML: {hint}."
    return f"lỗi cú pháp YAML ({(exc.problem or 'không rõ').strip()}); kiểm tra thụt lề, dấu ':' và dấu ngoặc kép ở dòng này."
