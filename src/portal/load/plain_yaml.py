"""Read the plain block YAML that record files are written in, line by line.

Nearly every record file uses a small part of YAML: mappings and lists in block style, keys
that are names (``ngay_hieu_luc``), values on one line, plain or quoted, and short lists in
brackets (``[y-te, giao-thong]``). :func:`read_plain` reads that part without PyYAML's node
tree, twice as fast (the 10,879 files of the 10,000 corpus: 1.41 s → 0.68 s; the build reads
every file), and returns ``None`` for anything else: a text on several lines, ``|`` blocks,
anchors, tags, ``{…}``, escapes, tabs, a duplicate key, a key YAML would read as true or a
number, a syntax error. :func:`portal.load.yaml_source.parse_yaml` then reads the file with
PyYAML, as it reads every file when asked where a value stands.

What it accepts it reads exactly as PyYAML's nodes are built (the same scalars through
:mod:`portal.load.yaml_scalars`, the same text values in the same order): a property test holds
it to that over generated files, every record file of the sample data and every kind of the
benchmark corpus.
"""

from __future__ import annotations

import re
from typing import Any

from portal.load.yaml_scalars import STR, implicit_tag, typed
from portal.text import clean

Lines = list[tuple[int, str]]  # (indentation, the line without it and without trailing spaces)


class _Declined(Exception):
    """Not in the part of YAML read here: PyYAML reads the file."""


# Characters read here as nothing but content, which PyYAML reads otherwise: the tab, CR, NEL
# and the other YAML 1.1 line breaks, the BOM, and what its reader refuses (the other control
# characters, lone surrogates, U+FFFE and U+FFFF). Listed rather than their complement: a search
# for a listed few runs three times faster (0.18 s → 0.06 s for the 10,000 corpus's files).
_UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")  # a key: before its colon, which a space or the line's end follows
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?: +#.*)?\Z")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"(?: +#.*)?\Z')  # no escapes
_BRACKETS = re.compile(r"\[([^\[\]{}\"'#:]*)\](?: +#.*)?\Z")  # a list of plain scalars on one line
_CANNOT_START_PLAIN = frozenset("[]{}&*!|>%@`#,?:'\"")  # read here only when quoted or a list
_KEYS: set[str] = set()  # keys already known to be names read as text (a few dozen): a lookup, not a match, per line


def read_plain(text: str) -> tuple[Any, list[str]] | None:
    """The value of ``text`` and its text values in order (what ``ParsedYaml.texts`` holds),
    or ``None`` when ``text`` is not plain block YAML."""
    if _UNUSUAL.search(text):
        return None
    lines: Lines = []
    for raw in text.split("\n"):
        content = raw.lstrip(" ")
        if not content or content[0] == "#":  # blank lines and comments
            continue
        indent = len(raw) - len(content)
        lines.append((indent, content.rstrip(" ")))
    if not lines:
        return None
    texts: list[str] = []
    try:
        value, end = _block(lines, 0, lines[0][0], texts)
    except _Declined:
        return None
    return (value, texts) if end == len(lines) else None


def _block(lines: Lines, i: int, indent: int, texts: list[str]) -> tuple[Any, int]:
    content = lines[i][1]
    if content[:2] == "- ":
        return _sequence(lines, i, indent, texts)
    return _mapping(lines, i, indent, texts)


def _mapping(lines: Lines, i: int, indent: int, texts: list[str]) -> tuple[dict[str, Any], int]:
    """The mapping whose keys stand at ``indent`` from line ``i``; the line after it."""
    result: dict[str, Any] = {}
    n = len(lines)
    while i < n:
        at, content = lines[i]
        if at < indent:
            break
        line = _key_line(content) if at == indent else None
        if line is None:
            raise _Declined  # not a key line, or a key like 'yes' or '12'
        key, inline = line
        if key in result:
            raise _Declined  # a duplicate (reported with positions)
        i += 1
        if inline and inline[0] != "#":
            result[key] = _inline(inline, texts)  # (a value going on to the next line: declined as that line is read)
        elif i < n and (lines[i][0] > indent or (lines[i][0] == indent and lines[i][1][:2] == "- ")):
            result[key], i = _block(lines, i, lines[i][0], texts)  # a list may stand at the key's indent
        else:
            result[key] = None
    return result, i


def _sequence(lines: Lines, i: int, indent: int, texts: list[str]) -> tuple[list[Any], int]:
    """The list whose dashes stand at ``indent`` from line ``i``; the line after it."""
    result: list[Any] = []
    n = len(lines)
    while i < n:
        at, content = lines[i]
        if at < indent or (at == indent and content[:2] != "- " and content != "-"):
            break  # the end of the list (a key after a list at the key's own indent)
        if at > indent or content == "-":
            raise _Declined
        item = content[2:].lstrip(" ")
        if item[0] == "#" or item[:2] == "- " or item == "-":
            raise _Declined
        if _key_line(item):  # '- key: …': a mapping whose keys stand where this one does
            lines[i] = (len(content) - len(item) + indent, item)
            value, i = _mapping(lines, i, lines[i][0], texts)
            result.append(value)
            continue
        result.append(_inline(item, texts))
        i += 1
    return result, i


def _key_line(content: str) -> tuple[str, str | None] | None:
    """A line ``key: value`` (or ``key:``) as its key and its value (None for none); None for
    any other line, and for a key YAML would not read as text ('yes', '12'). Read without the
    regular expression that matched the whole line, its value too (4% of the instructions of
    reading a file)."""
    key, colon, rest = content.partition(":")
    if not colon or (rest and rest[0] != " "):
        return None
    if key not in _KEYS:
        if _NAME.match(key) is None or implicit_tag(key) != STR:
            return None
        if len(_KEYS) < 10_000:  # bounded, whatever the files hold
            _KEYS.add(key)
    return key, rest.lstrip(" ") or None


def _inline(value: str, texts: list[str]) -> Any:
    """A value written on its key's (or dash's) line."""
    first = value[0]
    if first == "'":
        quoted = _SINGLE_QUOTED.match(value)
        if quoted is None:
            raise _Declined
        return _text(quoted.group(1).replace("''", "'"), texts)
    if first == '"':
        quoted = _DOUBLE_QUOTED.match(value)
        if quoted is None:
            raise _Declined
        return _text(quoted.group(1), texts)
    if first == "[":
        listed = _BRACKETS.match(value)
        if listed is None:
            raise _Declined
        inner = listed.group(1).strip(" ")  # spaces only: YAML keeps a no-break space
        if not inner:
            return []
        items = [item.strip(" ") for item in inner.split(",")]
        if items[-1] == "":  # a comma after the last item is allowed
            items.pop()
        return [_plain(item, texts) for item in items]
    if " #" in value:  # a comment after the value
        value = value[: value.index(" #")].rstrip(" ")
    if ": " in value or value[-1] == ":":
        raise _Declined  # a mapping on one line, or an error
    return _plain(value, texts)


def _plain(value: str, texts: list[str]) -> Any:
    """A plain (unquoted) scalar, typed as PyYAML types it."""
    if not value or value[0] in _CANNOT_START_PLAIN or (value[0] == "-" and value[1:2] in ("", " ")):
        raise _Declined
    if " " in value and not "0" <= value[0] <= "9":  # of the implicit types only a date and time has a space
        return _text(value, texts)
    result = typed(implicit_tag(value), value)
    if type(result) is str:
        texts.append(result)
    return result


def _text(value: str, texts: list[str]) -> str:
    value = clean(value)
    texts.append(value)
    return value
