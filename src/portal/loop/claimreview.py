"""schema.org ClaimReview of a fact-check, as JSON-LD to embed in its page.

Search engines and fact-check aggregators read ``ClaimReview``: the claim as circulated
(``claimReviewed``), where it appeared (``itemReviewed.appearance``), the verdict on a
numeric scale with its Vietnamese name (``reviewRating``), and who reviewed it. The facts
cite the exact clause of the resolution (``citation``).
"""

from __future__ import annotations

import json
from typing import Any

from portal.catalog import Catalog
from portal.model.loop.kinds import FactCheck
from portal.model.loop.vocab import Verdict
from portal.model.records import Body, DocumentBase

_SCALE = list(Verdict)  # worst first: rating 1 is "Sai sự thật"


def claim_review(check: FactCheck, catalog: Catalog) -> dict[str, Any]:
    """The ClaimReview object of ``check`` (plain dict, ready for ``json.dumps``)."""
    publisher = catalog.record(check.publisher)
    author = {"@type": "Organization", "name": publisher.name if isinstance(publisher, Body) else check.publisher}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "name": check.title,
        "inLanguage": "vi",
        "datePublished": check.published.isoformat(),
        "author": author,
        "claimReviewed": check.claim,
        "itemReviewed": {
            "@type": "Claim",
            "firstAppearance": {"@type": "CreativeWork", "name": check.seen_where[0], "datePublished": check.seen_on.isoformat()},
            "appearance": [{"@type": "CreativeWork", "name": where} for where in check.seen_where],
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _SCALE.index(check.verdict) + 1,
            "bestRating": len(_SCALE),
            "worstRating": 1,
            "alternateName": check.verdict.label,
        },
        "reviewBody": check.facts,
        "citation": [_cite(c.clause, c.document, catalog) for c in check.citations],
    }


def _cite(clause: str, document_id: str, catalog: Catalog) -> dict[str, Any]:
    doc = catalog.record(document_id)
    number = doc.number if isinstance(doc, DocumentBase) and doc.number else document_id
    kind = doc.doc_type.label if isinstance(doc, DocumentBase) else "Văn bản"
    return {"@type": "Legislation", "name": f"{clause} {kind} số {number}", "legislationIdentifier": number}


def json_ld_script(data: dict[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` block; ``</`` is escaped so text cannot close it."""
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'
