"""A YAML tree that keeps its comments, and the one way the portal writes it back.

``parse_tree`` reads the YAML of a record into :class:`Mapping`, :class:`Sequence` and
:class:`Scalar` nodes; every key or list item is a :class:`Slot` that carries the comment
lines above it (``lead``, with ``""`` for a blank line) and the comment at the end of its
line (``trail``). Comments are found between PyYAML's tokens, so a ``#`` inside a value is
never taken for one. ``emit_tree`` writes a tree in the canonical layout:

* two-space indentation, lists indented under their key (``can_cu:`` / ``  - …``);
* block style only (``[a, b]`` becomes one ``- `` line per item);
* a string is written plain when YAML reads it back as the same string, else in double
  quotes (single quotes when it contains a double quote), and a multi-line string as a
  literal block (``|``, ``|-``, ``|+``);
* comments keep their text; a run of blank lines becomes one; no blank line opens a list or
  a mapping.

Values are read with the loader's rules (``portal.load.yaml_source``): dates stay text and
every string is ``clean``-ed (NFC), so a tree means exactly what the site build reads.
"""

from __future__ import annotations

import bisect
import io
import re
from dataclasses import dataclass, field
from typing import Any, Union

import yaml
from yaml.emitter import Emitter
from yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

from portal.load.yaml_source import _Loader, Position, YamlSyntaxError, _scalar, parse_yaml
from portal.text import clean

_HEADER_COMMENT = re.compile(r"\s(#.*)$")
_PLAIN_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"}  # dates stay text on load
_UNSUPPORTED = {
    yaml.AnchorToken: "neo '&'",
    yaml.AliasToken: "tham chiếu '*'",
    yaml.TagToken: "nhãn kiểu '!'",
    yaml.DirectiveToken: "chỉ thị '%'",
}


@dataclass
class Scalar:
    value: Any  # str, int, float, bool or None


@dataclass
class Slot:
    """A mapping entry (``key`` set) or a list item (``key`` None), with its comments."""

    value: "Node"
    key: str | None = None
    lead: list[str] = field(default_factory=list)
    trail: str | None = None
    line: int = 0  # 0-based line of the key or item in the source, for messages


@dataclass
class Mapping:
    slots: list[Slot] = field(default_factory=list)


@dataclass
class Sequence:
    slots: list[Slot] = field(default_factory=list)


Node = Union[Scalar, Mapping, Sequence]


@dataclass
class Document:
    root: Node | None
    head: list[str] = field(default_factory=list)  # comments that open the file, set off by a blank line
    foot: list[str] = field(default_factory=list)  # comments after the last value
    values: Any = None  # what the site build reads from the parsed text (set by parse_tree)

    def comments(self) -> list[str]:
        """Every comment line of the document, in no particular order."""
        found = [c for c in self.head + self.foot if c]
        stack = [self.root]
        while stack:
            node = stack.pop()
            if isinstance(node, (Mapping, Sequence)):
                for slot in node.slots:
                    found.extend(c for c in slot.lead if c)
                    found.extend([slot.trail] if slot.trail else [])
                    stack.append(slot.value)
        return found


class TreeError(Exception):
    """YAML the formatter will not rewrite, with a 1-based position and a Vietnamese message."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


# --- reading --------------------------------------------------------------------------

def parse_tree(text: str, *, line_offset: int = 0) -> Document:
    """Parse ``text`` into a tree; raise :class:`TreeError` for what cannot be kept exactly."""
    try:
        parsed = parse_yaml(text, line_offset=line_offset)
    except YamlSyntaxError as exc:
        raise TreeError(exc.position, exc.message) from None
    for path, pos in parsed.duplicates:
        raise TreeError(pos, f"trường '{path[-1]}' được khai báo hai lần; xóa một trong hai dòng rồi chạy lại.")
    tokens = list(yaml.scan(text, Loader=_Loader))
    for token in tokens:
        for kind, what in _UNSUPPORTED.items():
            if isinstance(token, kind):
                pos = Position(token.start_mark.line + 1 + line_offset, token.start_mark.column + 1)
                raise TreeError(pos, f"bản ghi không dùng {what} của YAML; viết giá trị đầy đủ ở từng chỗ.")
    root_node = yaml.compose(text, Loader=_Loader)
    anchors: list[Slot] = []
    dashes = _Dashes([t.start_mark for t in tokens if isinstance(t, yaml.BlockEntryToken)])
    root = _build(root_node, anchors, dashes) if root_node is not None else None
    doc = Document(root, values=parsed.value)
    _attach_comments(text, tokens, anchors, doc)
    if anchors and "" in anchors[0].lead:  # a header comment, set off from the first key
        cut = len(anchors[0].lead) - anchors[0].lead[::-1].index("")
        doc.head, anchors[0].lead = anchors[0].lead[:cut], anchors[0].lead[cut:]
    return doc


class _Dashes:
    """The '-' of every block list item, to find the line an item starts on."""

    def __init__(self, marks: list[yaml.Mark]) -> None:
        self.index = [m.index for m in marks]
        self.line = [m.line for m in marks]

    def item_line(self, child: yaml.Node, flow: bool) -> int:
        """The line of a list item's '-' (its value may start on a later line)."""
        at = bisect.bisect_left(self.index, child.start_mark.index) - 1
        return self.line[at] if at >= 0 and not flow else child.start_mark.line


def _build(node: yaml.Node, anchors: list[Slot], dashes: _Dashes) -> Node:
    if isinstance(node, yaml.ScalarNode):
        return Scalar(_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        seq = Sequence()
        for child in node.value:
            slot = Slot(Scalar(None), line=dashes.item_line(child, bool(node.flow_style)))
            anchors.append(slot)
            slot.value = _build(child, anchors, dashes)
            seq.slots.append(slot)
        return seq
    mapping = Mapping()
    for key_node, value_node in node.value:
        key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
        slot = Slot(Scalar(None), key=str(key), line=key_node.start_mark.line)
        anchors.append(slot)
        slot.value = _build(value_node, anchors, dashes)
        mapping.slots.append(slot)
    return mapping


def _attach_comments(text: str, tokens: list[yaml.Token], anchors: list[Slot], doc: Document) -> None:
    """Give each comment and blank line to the slot it belongs to (see the module docstring)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = [a.line for a in anchors]
    for token in tokens:  # "key: |  # comment": inside the token of a literal or folded block
        if isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
            end = text.find("\n", token.start_mark.index)
            found = _HEADER_COMMENT.search(text[token.start_mark.index : end if end >= 0 else len(text)])
            owner = bisect.bisect_right(lines, token.start_mark.line) - 1
            if found and owner >= 0:
                anchors[owner].trail = clean(found[1].rstrip())
    for before, after in zip(tokens, tokens[1:]):
        gap_start, gap_end = before.end_mark.index, after.start_mark.index
        if gap_end <= gap_start:
            continue
        for line_no in range(bisect.bisect_right(starts, gap_start) - 1, bisect.bisect_right(starts, gap_end)):
            line_start = starts[line_no]
            line_end = starts[line_no + 1] - 1 if line_no + 1 < len(starts) else len(text)
            lo, hi = max(line_start, gap_start), min(line_end, gap_end)
            segment = text[lo:hi]
            hash_at = segment.find("#")
            full_line = lo == line_start and hi == line_end
            if hash_at >= 0:
                comment = clean(segment[hash_at:].rstrip())
                if text[line_start:lo + hash_at].strip():  # something stands before it: a trailing comment
                    owner = bisect.bisect_right(lines, line_no) - 1
                    if owner >= 0 and anchors[owner].trail is None:
                        anchors[owner].trail = comment
                        continue
                _lead_of(anchors, lines, line_no, doc).append(comment)
            elif full_line and not segment.strip() and lo > 0:
                _lead_of(anchors, lines, line_no, doc).append("")


def _lead_of(anchors: list[Slot], lines: list[int], line_no: int, doc: Document) -> list[str]:
    """The comment list of the first slot below ``line_no``, or the document's foot."""
    index = bisect.bisect_right(lines, line_no)
    return anchors[index].lead if index < len(anchors) else doc.foot


# --- writing --------------------------------------------------------------------------

_EMITTER = Emitter(io.StringIO(), allow_unicode=True)
_RESOLVER = Resolver()
_REPRESENTER = SafeRepresenter()


def emit_tree(doc: Document) -> str:
    """The canonical text of ``doc`` (ends with a newline unless empty)."""
    writer = _Writer()
    writer.comments(doc.head, 0)
    if writer.lines and writer.lines[-1] != "":
        writer.lines.append("")  # the head is set off from the first key
    if isinstance(doc.root, (Mapping, Sequence)) and doc.root.slots:
        writer.block(doc.root, 0)
    elif doc.root is not None:
        text = _inline(doc.root)
        writer.lines.extend([text] if isinstance(text, str) else text)
    writer.comments(doc.foot, 0)
    while writer.lines and writer.lines[-1] == "" and len(writer.lines) > writer.literal_end:
        writer.lines.pop()  # (the empty lines a "|+" block ends with are its content)
    return "".join(line + "\n" for line in writer.lines)


def _tidy(lead: list[str], *, first: bool) -> list[str]:
    """Comments cleaned (NFC, no trailing space); runs of blank lines collapsed, none at the start of a block."""
    tidy: list[str] = []
    for line in (clean(c).rstrip() for c in lead):
        if line == "" and ((first and not tidy) or (tidy and tidy[-1] == "")):
            continue
        tidy.append(line)
    return tidy


class _Writer:
    """Accumulates output lines; knows where blocks open and where the last literal block ended."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.literal_end = -1
        self.opened = 0  # len(lines) right after a line that opens a block ("key:", "-")

    def after_literal(self) -> bool:
        """A blank line right after a literal block would be read as part of it."""
        return self.literal_end == len(self.lines)

    def at_start(self) -> bool:
        """No blank line here: start of the file or of a block, after a blank or a literal block."""
        return not self.lines or self.opened == len(self.lines) or self.lines[-1] == "" or self.after_literal()

    def comments(self, lead: list[str], indent: int) -> None:
        pad = " " * indent
        self.lines.extend(pad + line if line else "" for line in _tidy(lead, first=self.at_start()))

    def block(self, block: Mapping | Sequence, indent: int, start: int = 0) -> None:
        for slot in block.slots[start:]:
            self.comments(slot.lead, indent)
            if isinstance(block, Sequence):
                self.item(slot, indent)
            else:
                self.entry(f"{' ' * indent}{_key(slot.key or '')}:", slot, indent)

    def entry(self, head: str, slot: Slot, indent: int) -> None:
        """``head`` is the line up to the value (``key:`` or ``-``)."""
        trail = f"  {clean(slot.trail).rstrip()}" if slot.trail else ""
        value = slot.value
        if isinstance(value, (Mapping, Sequence)) and value.slots:
            self.lines.append(head + trail)
            self.opened = len(self.lines)
            self.block(value, indent + 2)
            return
        text = _inline(value)
        if isinstance(text, list):  # literal block: header, then its lines one level deeper
            self.lines.append(f"{head} {text[0]}{trail}")
            pad = " " * (indent + 2)
            self.lines.extend(pad + line if line else "" for line in text[1:])
            self.literal_end = len(self.lines)
            return
        self.lines.append(f"{head} {text}".rstrip() + trail)

    def item(self, slot: Slot, indent: int) -> None:
        pad = " " * indent
        value = slot.value
        if not (isinstance(value, Mapping) and value.slots):
            self.entry(f"{pad}-", slot, indent)
            return
        # "- key: value": the first entry of the mapping shares the item's line
        if slot.trail:
            self.lines.append(pad + clean(slot.trail).rstrip())
        first = value.slots[0]
        self.comments(first.lead, indent)
        self.entry(f"{pad}- {_key(first.key or '')}:", first, indent + 2)
        self.block(value, indent + 2, start=1)


def _inline(node: Node) -> str | list[str]:
    if isinstance(node, Mapping):
        return "{}"
    if isinstance(node, Sequence):
        return "[]"
    return scalar_text(node.value)


def _key(key: str) -> str:
    text = scalar_text(key)
    return text if isinstance(text, str) and text else _double(clean(key))


def scalar_text(value: Any) -> str | list[str]:
    """How a value is written: a one-line string, or the lines of a literal block."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(_REPRESENTER.represent_float(value).value)
    text = clean(str(value))  # stored text is NFC, as the loader reads it
    if _plain_ok(text):
        return text
    if "\n" in text and _block_ok(text):
        body = text.rstrip("\n")
        trailing = len(text) - len(body)
        chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
        return [f"|{chomp}"] + body.split("\n") + [""] * (trailing - 1 if trailing > 1 else 0)
    if '"' in text and "'" not in text and _printable(text) and "\n" not in text:
        return f"'{text}'"
    return _double(text)


def _plain_ok(text: str) -> bool:
    if not text or "\n" in text:
        return False
    analysis = _EMITTER.analyze_scalar(text)
    if not analysis.allow_block_plain or analysis.multiline:
        return False
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) in _PLAIN_TAGS


def _printable(text: str) -> bool:
    return all(ch in "\t" or (ch >= " " and ch not in "\x7f\x85\u2028\u2029\ufeff" and not "\x80" <= ch <= "\x9f") for ch in text)


def _block_ok(text: str) -> bool:
    """A literal block keeps the text exactly: no leading space or break, printable, no tabs."""
    return not text[0] in " \n" and "\t" not in text and _printable(text.replace("\n", "")) and all(
        line == "" or not line.isspace() for line in text.split("\n"))


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _double(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _printable(ch):
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'
