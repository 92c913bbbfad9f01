"""Publish the JSON Schema of every record kind (an asset producer, see ``PRODUCERS``).

The same schemas VS Code uses while editing (``schemas/`` in the repository) are put on the
site, with an ``$id`` at their public address when the site URL is known, so that anyone
writing records or reading the open data can check them against the model.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from portal.model.schema import all_schemas
from portal.site import urls

if TYPE_CHECKING:
    from portal.site.assets import SiteContext


def schema_files(context: "SiteContext") -> dict[str, bytes]:
    base = urls.absolute_url(context.settings.site_url, urls.schema_dir()) if context.settings.site_url else ""
    return {urls.schema_path(name): (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8") for name, schema in all_schemas(base).items()}
