"""Collect, per term, which documents contain it and where.

Three term families, each keyed by its *folded* form so that one lookup brings
every spelling a folded query can match:

* ``u`` — syllables: folded key → {match key → postings};
* ``b`` — bigrams of adjacent syllables: folded pair → postings;
* ``s`` — document numbers: loose key (Đ→D) → {exact key → postings}.

A posting is ``doc_id * 2 + zone``; zone 1 is the title zone (title and số ký
hiệu, or for symbols: the document's own number), zone 0 is everything else.
A document is listed once per term, in its best zone. `encoding.encode_postings`
writes them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from portal.search.analyze import Analyzer, Syllable, SymbolTerm, bigrams
from portal.search.doc import SearchDoc


@dataclass
class Postings:
    """The inverted index of a set of documents, before encoding."""

    unigrams: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    bigrams: dict[str, list[int]] = field(default_factory=dict)
    symbols: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def add(self, doc_id: int, doc: SearchDoc, analyzer: Analyzer) -> None:
        """Add one document; ids must be added in ascending order."""
        title_zone = [doc.title]
        if doc.number:
            title_zone.append(doc.number)
        other_zone = [doc.text, doc.body or "", *doc.fields]

        title_runs = [run for text in title_zone for run in analyzer.runs(text)]
        other_runs = [run for text in other_zone for run in analyzer.runs(text)]
        hi, lo = doc_id * 2 + 1, doc_id * 2

        title_syl = {s for run in title_runs for s in run}
        other_syl = {s for run in other_runs for s in run} - title_syl
        _add_variants(self.unigrams, title_syl, hi)
        _add_variants(self.unigrams, other_syl, lo)

        title_bi = set().union(*map(bigrams, title_runs))
        other_bi = set().union(*map(bigrams, other_runs)) - title_bi
        for key in title_bi:
            self.bigrams.setdefault(key, []).append(hi)
        for key in other_bi:
            self.bigrams.setdefault(key, []).append(lo)

        own = {analyzer.symbol(doc.number)} if doc.number else set()
        cited = {s for text in other_zone for s in analyzer.symbols(text)}
        cited |= {s for s in analyzer.symbols(doc.title)}
        _add_symbols(self.symbols, own, hi)
        _add_symbols(self.symbols, cited - own, lo)


def _add_variants(table: dict[str, dict[str, list[int]]], syllables: set[Syllable], code: int) -> None:
    for s in syllables:
        table.setdefault(s.fold, {}).setdefault(s.match, []).append(code)


def _add_symbols(table: dict[str, dict[str, list[int]]], symbols: set[SymbolTerm], code: int) -> None:
    for s in symbols:
        if s.loose:
            table.setdefault(s.loose, {}).setdefault(s.exact, []).append(code)
