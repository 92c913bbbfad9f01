"""portal.load.plain_yaml: what it reads, it reads as PyYAML's nodes are built; the rest it declines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from portal.devtools.corpus import write_corpus
from portal.load.plain_yaml import read_plain
from portal.load.source_file import split_record_text
from portal.load.yaml_source import _DuplicateKey, _Loader, _value, parse_yaml

ROOT = Path(__file__).resolve().parents[2]


def _by_nodes(text: str) -> tuple[Any, list[str]] | None:
    """The value and texts as built from PyYAML's nodes; None when PyYAML refuses the text or
    finds a duplicate key."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    texts: list[str] = []
    try:
        return (_value(root, texts) if root is not None else None), texts
    except _DuplicateKey:
        return None


def _exactly(value: Any) -> str:
    """``repr`` tells True from 1 and 1.0 from 1, which ``==`` does not."""
    return repr(value)


# Odd scalars an editor may still write: YAML's typed words and numbers, dates, and the
# characters that mean something in YAML or that YAML reads otherwise than Python.
_WORDS = st.sampled_from([
    "Hà Nội", "Đắk Lắk", "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", "12", "-5", "+3", "012",
    "0x1F", "1_000", "1:20", "1.5", ".inf", "-.inf", ".NaN", "1e3", "2024-01-15", "2024-01-15 10:00:00", "2024-1-5", "<<", "=",
    "a: b", "a:", "a:b", "http://x.vn/a", "a #b", "a#b", "'", '"', "it's", "[a]", "{a: 1}", "&x", "*x", "!x", "|", ">", "%x",
    "@x", "`x", "?x", ":x", "-", "- x", "-x", "#", ",x", "a, b", "x\\y", "a  b", "\u00a0x", "x\u200b", "\ufeffx", "\u2028",
    "tab\there", "cr\rhere", "nel\x85here", "\x07", "—", "",
])
_ORDINARY = st.sampled_from(["Hà Nội", "Nghị quyết số 27/2019/NQ-HĐND", "x", "2019-12-14", "48.000.000 đồng", "12", "true", "Có"])
_ODD_TEXT = st.one_of(_WORDS, st.text(alphabet="aĐễ yYnN0129+-._:#'\"[]{},&*!|>%@?\\\t\u00a0 ", max_size=8))
_ORDINARY_KEYS = st.sampled_from(["ten", "ngay_hieu_luc", "a-b", "_x", "so_tien", "k2"])
_ODD_KEYS = st.sampled_from(["ten", "so_tien", "yes", "No", "on", "y", "12", "null", "True", "~", "k k", "'q'", "-k", "k:", "Đ", "a\tb"])


def _written(text: str, style: str) -> str:
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text + '"'
    if style == "list":
        return "[" + ", ".join(text.split(" ")) + "]"
    return text


_STYLES = st.sampled_from(["plain", "plain", "single", "double", "list"])
_ORDINARY_INLINE = st.builds(_written, _ORDINARY, _STYLES)
_ODD_INLINE = st.one_of(
    st.builds(_written, _ODD_TEXT, _STYLES),
    st.sampled_from(["[]", "[a,]", "[a,,b]", "[ a , b ]", "[a] #c", "'a' #c", "x # c", "[a", "'a", "'a''b'", '"a\\"b"', "[\u00a0x]"]),
)
_NODE = st.recursive(
    _ORDINARY_INLINE,
    lambda inner: st.one_of(
        st.lists(st.tuples(_ORDINARY_KEYS, inner), min_size=1, max_size=4, unique_by=lambda pair: pair[0]).map(lambda pairs: ("map", pairs)),
        st.lists(inner, min_size=1, max_size=3).map(lambda items: ("seq", items)),
    ),
    max_leaves=12,
)


def _lines(node: Any, indent: int, flat_lists: bool) -> list[str]:
    """``node`` written as block YAML at ``indent`` (a mapping's or list's own lines)."""
    pad = " " * indent
    out: list[str] = []
    if node[0] == "map":
        for key, value in node[1]:
            if isinstance(value, str):
                out.append(f"{pad}{key}: {value}")
            else:
                out.append(f"{pad}{key}:")
                child_indent = indent if value[0] == "seq" and flat_lists else indent + 2
                out.extend(_lines(value, child_indent, flat_lists))
        return out
    for item in node[1]:
        if isinstance(item, str):
            out.append(f"{pad}- {item}")
        else:
            first, *rest = _lines(item, indent + 2, flat_lists)
            out.append(f"{pad}- {first[indent + 2:]}")
            out.extend(rest)
    return out


@st.composite
def _documents(draw: st.DrawFn) -> str:
    """Block YAML as editors write it, with up to two odd things in it: a value or key that
    means something else in YAML, a line gone astray, a comment, trailing spaces."""
    root = draw(st.one_of(_NODE.filter(lambda n: not isinstance(n, str)), st.lists(st.tuples(_ORDINARY_KEYS, _NODE), min_size=1, max_size=5, unique_by=lambda pair: pair[0]).map(lambda p: ("map", p))))
    lines = _lines(root, draw(st.sampled_from([0, 0, 2])), draw(st.booleans()))
    for _ in range(draw(st.sampled_from([0, 1, 1, 2]))):
        at = draw(st.integers(0, len(lines) - 1))
        odd = draw(st.sampled_from(["value", "key", "line", "spaces"]))
        line = lines[at]
        if odd == "value" and ": " in line:
            lines[at] = line[: line.index(": ") + 2] + draw(_ODD_INLINE)
        elif odd == "value" and line.lstrip().startswith("- "):
            lines[at] = line[: line.index("- ") + 2] + draw(_ODD_INLINE)
        elif odd == "key" and ":" in line:
            start = len(line) - len(line.lstrip(" -"))
            lines[at] = line[:start] + draw(_ODD_KEYS) + line[line.index(":"):]
        elif odd == "line":
            lines.insert(at, draw(st.sampled_from(["", "# ghi chú", "   # ghi chú", "  ", "# a: b", "    tiếp dòng", "  - x", "x", "---", "...", "k: v", "-", "\t"])))
        else:
            lines[at] += draw(st.sampled_from([" ", "  ", " # ghi chú", "\u00a0", "\r"]))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


@given(_documents())
@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@example("ten: A\nds:\n- x\n- y: 1\n  z: [a, b]\nkhac: ~\n")
@example("- a: 1\n  b:\n  - x\n  c: 'it''s'\n- 2\n")
@example("  a: 1\n  b: 2\n")
def test_what_it_reads_it_reads_as_the_nodes_are_built(text: str) -> None:
    plain = read_plain(text)
    if plain is None:
        return  # declining is always right: PyYAML then reads the file
    nodes = _by_nodes(text)
    assert nodes is not None, "read here, refused by PyYAML (or a duplicate key)"
    assert _exactly(plain[0]) == _exactly(nodes[0])
    assert plain[1] == nodes[1]


@given(_documents())
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_parse_yaml_gives_the_same_whichever_way_it_reads(text: str) -> None:
    """Through :func:`parse_yaml`: value, texts, duplicates and positions as from the nodes."""
    nodes = _by_nodes(text)
    assume(nodes is not None)
    parsed = parse_yaml(text, line_offset=1)
    assert _exactly(parsed.value) == _exactly(nodes[0]) and parsed.texts == nodes[1]
    assert parsed.duplicates == []
    assert all(position.line >= 2 for position in parsed.values.values())


@pytest.mark.parametrize("text", [
    "a: |\n  x\n",  # a block of lines
    "a: >\n  x\n",
    "a: b\n  c\n",  # a text going on to the next line
    "a:\n  b\n",
    "a: &x 1\nb: *x\n",  # anchors
    "a: !!str 1\n",  # a tag
    "a: {b: 1}\n",  # a mapping in braces
    'a: "x\\ty"\n',  # an escape
    "a: 'b\n  c'\n",  # a quote closed on another line
    "a:\tb\n",  # a tab
    "a: b\r\nc: d\r\n",  # Windows line ends
    "a: b\x85c\n",  # a YAML 1.1 line break
    "\ufeffa: b\n",  # a BOM
    "a: 1\na: 2\n",  # a duplicate key: PyYAML's reading reports it with positions
    "yes: 1\n",  # a key read as true
    "12: a\n",
    "a b: 1\n",  # a key that is not a name
    "a: b: c\n",  # an error
    "- a\nb: 1\n",
    "a: 1\n  b: 2\n",
    "---\na: 1\n",  # document markers
    "a: 1\n...\n",
    "just text\n",
    "# only a comment\n",
    "",
])
def test_what_it_declines(text: str) -> None:
    assert read_plain(text) is None


@pytest.mark.parametrize("text", [
    "ten: A\nds:\n- x\n- y\nkhac: 1\n",  # a list at its key's indent
    "- a: 1\n  b:\n  - x\n  c: 'it''s'\n- 2\n",  # mappings in a list
    "-   a: 1\n    b: 2\n",
    "  a: 1\n  b: 2\n",  # all of it indented
    "a:\n    b:\n        c: [x, y,]\n    d: []\n",
    "a: x # ghi chú\n# ghi chú\n\nb: \"Đ # x\"\nc: 'a: b'\n",
    "a: -5\nb: ~\nc: .inf\nd: 0x1F\ne: 2024-01-15 10:00:00\nf: http://x.vn/a\ng: a#b\n",
])
def test_what_it_reads(text: str) -> None:
    plain = read_plain(text)
    assert plain is not None
    assert (_exactly(plain[0]), plain[1]) == (_exactly(_by_nodes(text)[0]), _by_nodes(text)[1])


def test_a_record_file_is_read_here() -> None:
    parsed = read_plain("id: nq-1\nso_ky_hieu: 27/2019/NQ-HĐND\nnguoi_ky:\n  ho_ten: Phạm Thị Hương  # ghi chú\nngay_ban_hanh: 2019-12-14\n"
                        "linh_vuc: [y-te, giao-thong]\ncan_cu:\n  - luat-77\n  - trich_dan: 'Luật ''Ngân sách'''\nso_tien: 48_000\nminh_hoa: true\ntrong:\n")
    assert parsed == (
        {"id": "nq-1", "so_ky_hieu": "27/2019/NQ-HĐND", "nguoi_ky": {"ho_ten": "Phạm Thị Hương"}, "ngay_ban_hanh": "2019-12-14",
         "linh_vuc": ["y-te", "giao-thong"], "can_cu": ["luat-77", {"trich_dan": "Luật 'Ngân sách'"}], "so_tien": 48000, "minh_hoa": True, "trong": None},
        ["nq-1", "27/2019/NQ-HĐND", "Phạm Thị Hương", "2019-12-14", "y-te", "giao-thong", "luat-77", "Luật 'Ngân sách'"],
    )


def _yaml_of(file: Path) -> str:
    return split_record_text(file.read_text(encoding="utf-8"), markdown=file.suffix == ".md").yaml_text


def _record_files(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob("*") if p.suffix in (".yml", ".md") and p.name != "README.md")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("corpus")
    write_corpus(target, 60)
    return target


def test_every_corpus_file_is_read_here_as_by_the_nodes(corpus: Path) -> None:
    """The benchmark's records take the fast way, every kind of them; were they to fall back
    to PyYAML, the build would be slower and no other test would tell."""
    files = _record_files(corpus)
    assert len({file.parent.name for file in files}) >= 5
    for file in files:
        text = _yaml_of(file)
        plain = read_plain(text)
        assert plain is not None, file
        assert (_exactly(plain[0]), plain[1]) == (_exactly(_by_nodes(text)[0]), _by_nodes(text)[1]), file


def test_the_sample_records_are_read_here_as_by_the_nodes_but_for_blocks_of_lines() -> None:
    files = _record_files(ROOT / "data")
    declined = []
    for file in files:
        text = _yaml_of(file)
        plain = read_plain(text)
        if plain is None:
            declined.append(file)
            assert ": |" in text or ": >" in text, f"{file} is plain YAML, yet declined"
            continue
        nodes = _by_nodes(text)
        assert nodes is not None and (_exactly(plain[0]), plain[1]) == (_exactly(nodes[0]), nodes[1]), file
    assert len(declined) < len(files) / 10
