"""Tools for the people who keep the portal current (``scripts/new``, ``import``, ``fmt``).

* ``scaffold`` — a commented template for any record kind (``new``);
* ``importer`` (+ ``docx_text``) — a draft record from the text of an official document;
* ``yamltree`` + ``canonical`` — the one canonical form of a record file, comments kept (``fmt``);
* ``fields`` — what each field is and how to write it, read from the JSON Schema;
* ``vscode`` — editor settings wiring the schemas to ``data/``;
* ``commands`` — the command-line glue (``python -m portal …``).

Everything here runs the same loader, model and rules as the site build.
"""
