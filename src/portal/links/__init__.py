"""Citations between documents: auto-linking, back-references and the "Lược đồ".

* ``index`` — which held records carry which number (exact key, Đ-folded fallback);
* ``resolve`` — which record a cited number refers to: linked, self, unknown or ambiguous;
* ``scan`` — the cited numbers of a Markdown or plain text, and which can become links;
* ``prose`` — every piece of prose of a record of any kind;
* ``citations`` — the whole catalog scanned and resolved once (``Catalog.citations``);
* ``markdown`` — the linked text for a page;
* ``diagram`` — both directions of every relation of a document, grouped, with counts;
* ``report`` — the build report of unknown and ambiguous numbers.

Nothing here imports MkDocs or reads files; the same catalog always gives the same links.
"""
