"""Build the static search index: `build_search_index(docs) -> {path: bytes}`.

Layout of the output (``prefix`` defaults to ``"search/"``)::

    search/idx/manifest.js   counts, shard count, filter vocabularies, build id
    search/idx/t/<n>.js      term shards: syllables, bigrams, document numbers
    search/idx/m/<n>.js      result metadata, `chunk_size` documents per file
    search/idx/facets.js     one filter value per document (loaded when filtering)
    search/assets/…          the client (vn-text.js, search.js, search.css)

Every index file is a script that calls ``__ccs(name, data)``: a page loads it
with a ``<script>`` element, which works over http:// and file:// alike (fetch()
does not work on file://). A query loads the manifest, one shard per distinct
term, then the metadata chunks of the results it shows.

Document ids follow the result order used for ties: newest date first, then
URL. The output is a pure function of the input: the same documents give
byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from portal.search.analyze import Analyzer
from portal.search.assets import asset_files
from portal.search.doc import SearchDoc
from portal.search.encoding import encode_postings, fnv1a
from portal.search.facets import Facets
from portal.search.postings import Postings

#: Name of the global function every index file calls.
CALLBACK = "__ccs"
#: Bumped when the file format changes; the client refuses other versions.
FORMAT_VERSION = 1

DEFAULT_KIND_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "resolution": "Nghị quyết",
        "session": "Kỳ họp",
        "document": "Văn bản",
        "plan": "Kế hoạch",
        "body": "Cơ quan",
        "topic": "Chủ đề",
    }
)


@dataclass(frozen=True)
class IndexOptions:
    """Tuning knobs; the defaults are the measured ones (see scripts/bench_search.py).

    Attributes:
        prefix: Folder of the output paths, ending in ``/``.
        shard_bytes: Target size of a term shard before compression. Smaller
            shards mean fewer bytes per query but more files.
        chunk_size: Documents per metadata file.
        kind_labels: Vietnamese label of each ``SearchDoc.kind``.
        include_assets: Also return the client files under ``<prefix>assets/``.
    """

    prefix: str = "search/"
    shard_bytes: int = 4_000
    chunk_size: int = 16
    kind_labels: Mapping[str, str] = field(default_factory=lambda: DEFAULT_KIND_LABELS)
    include_assets: bool = True


def build_search_index(
    docs: Iterable[SearchDoc], options: IndexOptions | None = None
) -> dict[str, bytes]:
    """Build every file of the search index.

    Args:
        docs: The pages to make searchable (records, not listings).
        options: Layout and tuning; `IndexOptions()` when omitted.

    Returns:
        Output path (relative to the site root) → file content.

    Raises:
        ValueError: Two documents share a URL.
    """
    opts = options or IndexOptions()
    ordered = _order(docs)
    analyzer = Analyzer()
    postings = Postings()
    for doc_id, doc in enumerate(ordered):
        postings.add(doc_id, doc, analyzer)
    facets = Facets.collect(ordered, opts.kind_labels)

    idx = opts.prefix + "idx/"
    files: dict[str, bytes] = {}
    shard_count, shards = _term_shards(postings, len(ordered), opts.shard_bytes)
    for number, content in shards.items():
        files[f"{idx}t/{number}.js"] = _script(f"t/{number}", content)
    chunk_count = 0
    for start in range(0, len(ordered), opts.chunk_size):
        rows = [facets.meta_row(doc) for doc in ordered[start : start + opts.chunk_size]]
        files[f"{idx}m/{chunk_count}.js"] = _script(f"m/{chunk_count}", _json(rows))
        chunk_count += 1
    files[f"{idx}facets.js"] = _script("facets", _json(facets.columns(ordered)))

    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path] + b"\0")
    manifest: dict[str, Any] = {
        "v": FORMAT_VERSION,
        "id": digest.hexdigest()[:12],
        "n": len(ordered),
        "root": "../" * idx.count("/"),
        "shards": shard_count,
        "chunk": opts.chunk_size,
        "chunks": chunk_count,
        "facets": facets.vocabularies(),
    }
    files[f"{idx}manifest.js"] = _script("manifest", _json(manifest))
    if opts.include_assets:
        for name, content in asset_files().items():
            files[f"{opts.prefix}assets/{name}"] = content
    return dict(sorted(files.items()))


def _order(docs: Iterable[SearchDoc]) -> list[SearchDoc]:
    """Documents in id order: newest first, undated last, then by URL."""
    items = list(docs)
    seen: set[str] = set()
    for doc in items:
        if doc.url in seen:
            raise ValueError(f"two search documents have the URL {doc.url!r}")
        seen.add(doc.url)
    dated = sorted((d for d in items if d.date), key=lambda d: d.url)
    dated.sort(key=lambda d: d.date or "", reverse=True)
    undated = sorted((d for d in items if not d.date), key=lambda d: d.url)
    return dated + undated


def _term_shards(postings: Postings, total: int, shard_bytes: int) -> tuple[int, dict[int, bytes]]:
    """Encode every term and spread the terms over hash-addressed shards."""
    fragments: list[tuple[str, str, str]] = []  # (family, key, json of the value)
    for fold_key, variants in postings.unigrams.items():
        spellings = [[match, *encode_postings(ids, total)] for match, ids in sorted(variants.items())]
        fragments.append(("u", fold_key, _json(spellings)))
    for key, ids in postings.bigrams.items():
        fragments.append(("b", key, _json(encode_postings(ids, total))))
    for loose, variants in postings.symbols.items():
        spellings = [[exact, *encode_postings(ids, total)] for exact, ids in sorted(variants.items())]
        fragments.append(("s", loose, _json(spellings)))

    total = sum(len(key.encode()) + len(value.encode()) + 4 for _, key, value in fragments)
    count = max(1, math.ceil(total / shard_bytes))
    buckets: dict[int, dict[str, list[tuple[str, str]]]] = {}
    for family, key, value in fragments:
        bucket = fnv1a(f"{family}:{key}") % count
        buckets.setdefault(bucket, {}).setdefault(family, []).append((key, value))

    shards: dict[int, bytes] = {}
    for number in range(count):
        families = buckets.get(number, {})
        parts = []
        for family in ("u", "b", "s"):
            entries = sorted(families.get(family, []))
            body = ",".join(f"{_json(key)}:{value}" for key, value in entries)
            parts.append(f'"{family}":{{{body}}}')
        shards[number] = ("{" + ",".join(parts) + "}").encode("utf-8")
    return count, shards


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _script(name: str, payload: str | bytes) -> bytes:
    body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    return f'{CALLBACK}("{name}",'.encode() + body + b");\n"


__all__ = [
    "CALLBACK",
    "DEFAULT_KIND_LABELS",
    "FORMAT_VERSION",
    "IndexOptions",
    "build_search_index",
]
