"""Decide which held record, if any, a cited document number refers to.

A number alone is not an identity (reference §2, §3.3): state numbers restart every year
and Party numbers every term; ``/TW`` and ``/TU`` are shared by several bodies; after the
2025 mergers the same ``15/2025/NQ-HĐND`` exists in several former provinces. So:

1. candidates are the records with the same ``symbol_key`` (the Đ-folded key only as a
   fallback, see :class:`~portal.links.index.SymbolIndex`);
2. a date written with the citation ("… ngày 30/9/2020") must agree with the record —
   the issue year for state numbers (they restart yearly), the issue date for Party
   numbers (they restart each term). A cited date that fits no candidate means another
   document: the number is *unknown*, never linked to a namesake;
3. when several remain, the issuer written after "của" narrows them if it names some of
   them (free text such as "của Hội đồng nhân dân tỉnh" often names none);
4. then the citing record's own context breaks a tie, in this order: a candidate the record
   names by id elsewhere (the resolution a briefing kit is about, the one a document amends),
   the same issuer, the same lineage of issuers (a merged province citing a former one), the
   same province. Justification: by drafting practice (NĐ 30/2020, Phụ lục I) a body cites
   its own acts, and those of its province, without repeating the province's name.

Exactly one survivor is *linked* (or *self* when it is the citing record); none is
*unknown*; more than one is *ambiguous* — reported with every candidate, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Callable, Iterable

from portal.catalog import Catalog
from portal.links.index import SymbolIndex
from portal.load.loader import Entry
from portal.model.records import Body, DocumentBase
from portal.text import Citation, match_key
from portal.validate.scope import references


class Outcome(str, Enum):
    LINKED = "linked"
    SELF = "self"
    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class Resolution:
    outcome: Outcome
    candidates: tuple[Entry, ...] = ()  # the target when linked/self; every candidate when ambiguous
    loose: bool = False  # found only by folding Đ → D

    @property
    def target(self) -> Entry | None:
        return self.candidates[0] if self.outcome in (Outcome.LINKED, Outcome.SELF) else None


def _same_time(entry: Entry, cited: date, party: bool) -> bool:
    issued = getattr(entry.record, "issued", None)
    if issued is None:
        return True  # the record does not say when: no evidence against it
    if not party:
        return issued.year == cited.year
    return (issued.year, issued.month or cited.month, issued.day or cited.day) == (cited.year, cited.month, cited.day)


def _issuer_ids(entry: Entry | None) -> list[str]:
    return list(getattr(entry.record, "issuers", [])) if entry is not None else []


def _issuer_names(entry: Entry, catalog: Catalog) -> list[str]:
    rec = entry.record
    names = [rec.issuer_as_printed] if isinstance(rec, DocumentBase) and rec.issuer_as_printed else []
    for body_id in _issuer_ids(entry):
        body = catalog.record(body_id)
        if isinstance(body, Body):
            names += [body.name, *([body.short_name] if body.short_name else []), *body.aliases]
    return [match_key(n) for n in names]


def _names_issuer(written: str, names: list[str]) -> bool:
    key = match_key(written)
    return any(key in name or name in key for name in names)


def _only(cands: Iterable[Entry], keep: Callable[[Entry], bool]) -> list[Entry]:
    return [c for c in cands if keep(c)]


def _own_bodies(citing: Entry, catalog: Catalog) -> set[str]:
    """The bodies a record speaks for: itself for a body, else every body its fields name
    (issuers of a document, the council of a session, the organisers of an event…)."""
    rec = citing.record
    if isinstance(rec, Body):
        return {rec.id}
    values = [getattr(rec, name) for name in type(rec).model_fields]
    ids = [v for value in values for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    return {i for i in ids if isinstance(catalog.record(i), Body)}


def _tie_breakers(citing: Entry, catalog: Catalog) -> list[Callable[[Entry], bool]]:
    named = references(citing.record)
    own = _own_bodies(citing, catalog)
    lineage = {b for body_id in own for b in catalog.lineage(body_id)}
    provinces = {match_key(p) for b in own if isinstance(body := catalog.record(b), Body) and (p := body.province)}

    def same_province(entry: Entry) -> bool:
        return any(isinstance(body := catalog.record(b), Body) and body.province and match_key(body.province) in provinces for b in _issuer_ids(entry))

    return [
        lambda e: e.id in named,
        lambda e: bool(own & set(_issuer_ids(e))),
        lambda e: bool(lineage & set(_issuer_ids(e))),
        same_province,
    ]


def resolve_citation(cited: Citation, index: SymbolIndex, catalog: Catalog, citing: Entry | None = None) -> Resolution:
    """Which record ``cited`` refers to, following the rules of this module's docstring."""
    found, loose = index.candidates(cited.symbol)
    cands = list(found)
    if cited.date is not None:
        cands = _only(cands, lambda e: _same_time(e, cited.date, cited.family == "party"))  # type: ignore[arg-type]
    if not cands:
        return Resolution(Outcome.UNKNOWN, loose=loose)
    if len(cands) > 1 and cited.issuer:
        named = _only(cands, lambda e: _names_issuer(cited.issuer, _issuer_names(e, catalog)))  # type: ignore[arg-type]
        cands = named or cands
    if len(cands) > 1 and citing is not None:
        for keep in _tie_breakers(citing, catalog):
            kept = _only(cands, keep)
            if kept:
                cands = kept
                break
    if len(cands) > 1:
        return Resolution(Outcome.AMBIGUOUS, tuple(cands), loose)
    target = cands[0]
    same = citing is not None and target.id == citing.id
    return Resolution(Outcome.SELF if same else Outcome.LINKED, (target,), loose)
