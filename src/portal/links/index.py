"""Which held records carry which document number: the lookup behind the auto-linker.

Two tables, both built from ``symbol_key``/``loose_symbol_key`` of :mod:`portal.text`:
the exact key keeps Đ apart from D (``12/ĐA-UBND`` ≠ ``12/DA-UBND``); the loose key
folds Đ → D and is only a fallback for numbers typed on an ASCII keyboard
(``15/2023/NQ-HDND``). A key is not an identity (reference §2.5 #8): each table maps a
key to *every* record that carries it, and :mod:`portal.links.resolve` decides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from portal.catalog import Catalog
from portal.load.loader import Entry
from portal.model.records import DocumentBase
from portal.text import loose_symbol_key, symbol_key


@dataclass(frozen=True)
class SymbolIndex:
    exact: dict[str, tuple[Entry, ...]]
    loose: dict[str, tuple[Entry, ...]]

    def candidates(self, symbol: str) -> tuple[tuple[Entry, ...], bool]:
        """Records carrying ``symbol``, and whether they were found only by the loose key.

        The loose key is tried only when no record has the exact key and the cited number
        has no Đ: a writer who typed Đ meant Đ, so a record with D is another document.
        """
        exact = self.exact.get(symbol_key(symbol), ())
        if exact or "Đ" in symbol.upper():
            return exact, False
        return self.loose.get(loose_symbol_key(symbol), ()), True


_KEYS = "symbol keys"  # their name in ``Entry.memo``: kept between builds with the record (portal.load.record_store)


def build_symbol_index(catalog: Catalog) -> SymbolIndex:
    """Index every document-like record (any kind) that has a number, in catalog order."""
    exact: dict[str, list[Entry]] = defaultdict(list)
    loose: dict[str, list[Entry]] = defaultdict(list)
    for entry in catalog.by_id.values():
        rec = entry.record
        if isinstance(rec, DocumentBase) and rec.number:
            keys = entry.memo.get(_KEYS)
            if keys is None:
                keys = entry.memo[_KEYS] = (symbol_key(rec.number), loose_symbol_key(rec.number))
            exact[keys[0]].append(entry)
            loose[keys[1]].append(entry)
    return SymbolIndex({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in loose.items()})
