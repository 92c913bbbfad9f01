"""Unit tests for the Python side of the search: analysis, encoding, index files."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from portal.search import IndexOptions, SearchDoc, build_search_index
from portal.search.analyze import Analyzer, bigrams
from portal.search.encoding import (
    decode_ids,
    decode_postings,
    decode_set,
    encode_ids,
    encode_postings,
    encode_set,
    encode_small,
    fnv1a,
    width_for,
)
from tests.search.conftest import SAMPLE_DOCS, read_script

Reader = Callable[[str], Any]


# --------------------------------------------------------------------------- analysis

def test_runs_give_folded_and_exact_keys() -> None:
    runs = Analyzer().runs("Tỉnh uỷ, Hỗ trợ ĐẦU TƯ")
    assert [[s.fold for s in run] for run in runs] == [["tinh", "uy"], ["ho", "tro", "dau", "tu"]]
    assert [[s.match for s in run] for run in runs] == [["tỉnh", "ủy"], ["hỗ", "trợ", "đầu", "tư"]]


def test_tone_styles_and_nfd_share_one_exact_key() -> None:
    a = Analyzer()
    for variants in (["Tỉnh uỷ", "Tỉnh ủy", "TỈNH ỦY"], ["hoà", "hòa"], ["thuỷ lợi", "thủy lợi"]):
        keys = {tuple(s.match for run in a.runs(v) for s in run) for v in variants}
        keys |= {tuple(s.match for run in a.runs(v.encode().decode()) for s in run) for v in variants}
        import unicodedata

        keys |= {tuple(s.match for run in a.runs(unicodedata.normalize("NFD", v)) for s in run) for v in variants}
        assert len(keys) == 1, keys


def test_folding_is_lossy_but_exact_keys_differ() -> None:
    a = Analyzer()
    words = [a.syllable(w) for w in ("dương", "đương", "đường", "Duong")]
    assert {w.fold for w in words} == {"duong"}
    assert [w.match for w in words] == ["dương", "đương", "đường", "duong"]


def test_i_y_spellings_fold_together() -> None:
    a = Analyzer()
    assert a.syllable("lý").fold == a.syllable("lí").fold == "li"
    assert a.syllable("lý").match != a.syllable("lí").match


def test_bigrams_stay_inside_punctuation() -> None:
    runs = Analyzer().runs("công trình thủy lợi, giao thông")
    assert [list(bigrams(r)) for r in runs] == [["cong trinh", "trinh thuy", "thuy loi"], ["giao thong"]]


def test_symbols_found_in_text_get_exact_and_loose_keys() -> None:
    syms = Analyzer().symbols("Căn cứ Nghị quyết số 15/2023/NQ-HĐND và Quyết định 238-QĐ/TW ngày 30/9/2020")
    assert [(s.exact, s.loose) for s in syms] == [
        ("15/2023/NQ-HĐND", "15/2023/NQ-HDND"),
        ("238-QĐ/TW", "238-QD/TW"),
    ]


# --------------------------------------------------------------------------- encoding

@pytest.mark.parametrize("ids", [[], [0], [0, 1, 2, 3], [5, 31, 32, 33, 1000, 1024, 50_000, 1_000_000]])
def test_id_lists_round_trip(ids: list[int]) -> None:
    assert decode_ids(encode_ids(ids)) == ids


def test_dense_lists_are_runs_of_zero() -> None:
    assert encode_ids(range(5)) == "00000"
    assert encode_ids([0, 1, 2, 40]) == "000b1"


def test_dense_sets_are_written_as_their_complement() -> None:
    assert encode_set([0, 2], 10) == "01"
    assert encode_set([i for i in range(100) if i != 50], 100) == "~" + encode_ids([50])
    for values in ([], list(range(7)), [1, 3, 4, 5, 6]):
        assert decode_set(encode_set(values, 7), 7) == values


def test_postings_keep_the_title_zone_as_positions() -> None:
    codes = [0 * 2 + 1, 3 * 2, 4 * 2 + 1, 9 * 2]          # docs 0 and 4 in the title zone
    pair = encode_postings(codes, 10)
    assert pair == [encode_ids([0, 3, 4, 9]), encode_ids([0, 2])]
    assert decode_postings(pair, 10) == ([0, 3, 4, 9], [0, 4])
    full = encode_postings([i * 2 + 1 for i in range(10)], 10)
    assert full == ["~", "~"]
    assert decode_postings(full, 10) == (list(range(10)), list(range(10)))


def test_ids_must_ascend() -> None:
    with pytest.raises(ValueError):
        encode_ids([3, 3])


def test_fnv1a_known_values() -> None:
    assert fnv1a("") == 0x811C9DC5
    assert fnv1a("a") == 0xE40C292C
    assert fnv1a("foobar") == 0xBF9CF968


def test_small_ints() -> None:
    assert width_for(63) == 1 and width_for(64) == 2
    assert encode_small(0, 1) == "0" and encode_small(64, 2) == "01"
    with pytest.raises(ValueError):
        encode_small(64, 1)


# --------------------------------------------------------------------------- index files

def _doc_ids(read: Reader) -> dict[str, int]:
    manifest = read("manifest")
    ids: dict[str, int] = {}
    for chunk in range(manifest["chunks"]):
        for i, row in enumerate(read(f"m/{chunk}")):
            ids[row[0]] = chunk * manifest["chunk"] + i
    return ids


def _term(read: Reader, family: str, key: str) -> Any:
    shards = read("manifest")["shards"]
    shard = read(f"t/{fnv1a(f'{family}:{key}') % shards}")
    return shard[family].get(key)


def _zones(read: Reader, pair: list[str]) -> tuple[set[str], set[str]]:
    """Encoded postings → (URLs with the term in the title zone, URLs with it elsewhere only)."""
    by_id = {v: k for k, v in _doc_ids(read).items()}
    every, title = decode_postings(pair, len(by_id))
    return {by_id[i] for i in title}, {by_id[i] for i in every if i not in set(title)}


def test_layout_and_manifest(sample_index: dict[str, bytes], read_index: Reader) -> None:
    assert "search/idx/manifest.js" in sample_index
    assert {"search/assets/vn-text.js", "search/assets/search.js", "search/assets/search.css"} <= set(sample_index)
    m = read_index("manifest")
    assert m["v"] == 1 and m["n"] == len(SAMPLE_DOCS) and m["root"] == "../../"
    assert len(m["id"]) == 12
    assert all(f"search/idx/t/{i}.js" in sample_index for i in range(m["shards"]))
    assert [label for _, label in m["facets"]["status"]] == ["Còn hiệu lực", "Hết hiệu lực toàn bộ"]
    assert m["facets"]["year"][0] == [2024, "2024"]
    assert [label for _, label in m["facets"]["kind"]] == ["Kế hoạch", "Kỳ họp", "Nghị quyết", "Văn bản"]


def test_documents_are_numbered_newest_first(read_index: Reader) -> None:
    ids = _doc_ids(read_index)
    assert ids["nghi-quyet/2024/07-2024-nq-hdnd/"] == 0
    assert ids["nghi-quyet/2023/15-2023-nq-hdnd/"] == 1
    assert ids["ky-hop/2023/ky-hop-thu-12/"] == 2
    assert max(ids.values()) == len(SAMPLE_DOCS) - 1


def test_meta_row_has_what_a_result_shows(read_index: Reader) -> None:
    row = read_index("m/0")[1]
    manifest = read_index("manifest")
    assert row[:4] == ["nghi-quyet/2023/15-2023-nq-hdnd/",
                       "Nghị quyết quy định chính sách hỗ trợ đầu tư phát triển nông nghiệp",
                       "15/2023/NQ-HĐND", "12/07/2023"]
    assert manifest["facets"]["status"][row[4]][1] == "Còn hiệu lực"
    assert manifest["facets"]["kind"][row[5]][1] == "Nghị quyết"
    assert row[6] == "HĐND tỉnh Đồng Tháp"


def test_syllable_entry_keeps_each_spelling_apart(read_index: Reader) -> None:
    entry = _term(read_index, "u", "duong")
    variants = {v[0]: _zones(read_index, v[1:]) for v in entry}
    assert variants["đường"][0] == {"nghi-quyet/2021/31-nq-hdnd/"}          # in the title
    assert variants["dương"][0] == {"nghi-quyet/2021/32-nq-hdnd/"}
    assert variants["đương"][0] == {"nghi-quyet/2021/33-nq-hdnd/"}


def test_tone_styles_meet_in_one_variant(read_index: Reader) -> None:
    entry = {v[0]: v for v in _term(read_index, "u", "uy")}
    assert set(entry) == {"ủy"}                      # uỷ (new style) and ủy (old) are one key
    titles, _ = _zones(read_index, entry["ủy"][1:])
    assert {"ke-hoach/42-kh-tu/", "ke-hoach/05-ctr-tu/"} <= titles


def test_title_zone_and_other_zone(read_index: Reader) -> None:
    entry = {v[0]: v for v in _term(read_index, "u", "ho")}
    title, other = _zones(read_index, entry["hỗ"][1:])
    assert "nghi-quyet/2023/15-2023-nq-hdnd/" in title
    assert {"nghi-quyet/2024/07-2024-nq-hdnd/", "ky-hop/2023/ky-hop-thu-12/"} <= other
    assert not title & other


def test_bigrams_are_folded_phrases(read_index: Reader) -> None:
    title, other = _zones(read_index, _term(read_index, "b", "ho tro"))
    assert title == {"nghi-quyet/2023/15-2023-nq-hdnd/"}
    assert "ky-hop/2023/ky-hop-thu-12/" in other
    assert _term(read_index, "b", "loi giao") is None


def test_document_numbers_own_and_cited(read_index: Reader) -> None:
    entry = {v[0]: v for v in _term(read_index, "s", "15/2023/NQ-HDND")}
    assert set(entry) == {"15/2023/NQ-HĐND"}
    own, cited = _zones(read_index, entry["15/2023/NQ-HĐND"][1:])
    assert own == {"nghi-quyet/2023/15-2023-nq-hdnd/"}
    assert cited == {"nghi-quyet/2024/07-2024-nq-hdnd/"}
    twin = {v[0]: v for v in _term(read_index, "s", "15/NQ-HDND")}
    assert _zones(read_index, twin["15/NQ-HĐND"][1:]) == ({"nghi-quyet/2023/15-nq-hdnd/"}, set())
    party = {v[0]: v for v in _term(read_index, "s", "238-QD/TW")}
    assert _zones(read_index, party["238-QĐ/TW"][1:])[0] == {"van-ban/238-qd-tw/"}


def test_number_words_are_searchable_too(read_index: Reader) -> None:
    entry = {v[0]: v for v in _term(read_index, "u", "2023")}
    assert "nghi-quyet/2023/15-2023-nq-hdnd/" in _zones(read_index, entry["2023"][1:])[0]


def test_facet_columns(read_index: Reader) -> None:
    cols = read_index("facets")
    m = read_index("manifest")
    ids = _doc_ids(read_index)
    doc = ids["ke-hoach/42-kh-tu/"]
    assert cols["w"]["kind"] == 1
    kind = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".index(cols["kind"][doc]) - 1
    assert m["facets"]["kind"][kind][0] == "plan"
    fields = cols["field"].split(",")
    assert len(fields) == len(SAMPLE_DOCS)
    assert fields[ids["ke-hoach/42-kh-tu/"]] == ""
    assert len(fields[ids["nghi-quyet/2023/15-2023-nq-hdnd/"]]) == 2


def test_build_is_deterministic_and_order_independent(sample_index: dict[str, bytes]) -> None:
    shuffled = list(SAMPLE_DOCS)
    random.Random(4).shuffle(shuffled)
    assert build_search_index(shuffled) == sample_index
    assert build_search_index(SAMPLE_DOCS) == sample_index


def test_duplicate_urls_are_refused() -> None:
    doc = SAMPLE_DOCS[0]
    with pytest.raises(ValueError, match="nghi-quyet/2023/15-2023-nq-hdnd/"):
        build_search_index([doc, doc])


def test_options_change_the_layout() -> None:
    files = build_search_index(SAMPLE_DOCS, IndexOptions(prefix="tk/", chunk_size=4, shard_bytes=500,
                                                         include_assets=False))
    assert not any("assets" in p for p in files)
    name, manifest = read_script(files["tk/idx/manifest.js"])
    assert name == "manifest" and manifest["chunks"] == 4 and manifest["shards"] > 1
    assert manifest["root"] == "../../"


def test_every_script_names_itself(sample_index: dict[str, bytes]) -> None:
    for path, content in sample_index.items():
        if path.startswith("search/idx/"):
            name, _ = read_script(content)
            assert f"search/idx/{name}.js" == path


def test_undated_documents_come_last() -> None:
    docs = [SearchDoc(url="b/", kind="topic", title="Chủ đề"), SearchDoc(url="a/", kind="topic", title="Khác"),
            SearchDoc(url="c/", kind="resolution", title="Nghị quyết", date="2020-01-01")]
    files = build_search_index(docs, IndexOptions(include_assets=False))
    rows = read_script(files["search/idx/m/0.js"])[1]
    assert [r[0] for r in rows] == ["c/", "a/", "b/"]
