"""Everything the "Theo dõi" page offers, as files (asset producer): feeds, calendars, and a
sitemap of them.

The sitemap (``theo-doi/sitemap.xml``) lists every feed and calendar for crawlers. It also
answers a request the theme makes: Material's language switcher fetches ``sitemap.xml`` next
to the target of every ``<link rel="alternate">`` of a page; with the feeds and calendars in
one folder beside this small file, that request succeeds (also offline, from files) and never
downloads the site's large sitemap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from portal.outputs.calendar import calendar_groups, render_calendar
from portal.outputs.feeds import FORMATS, feed_specs, render_feed
from portal.site import urls

if TYPE_CHECKING:
    from portal.site.assets import SiteContext


def follow_sitemap(paths: list[str], site_url: str) -> bytes:
    """A sitemap (sitemaps.org 0.9) of the given site paths."""
    locs = "".join(f"  <url><loc>{escape(urls.absolute_url(site_url, p))}</loc></url>\n" for p in sorted(paths))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}</urlset>\n'.encode("utf-8")


def produce_follow(context: SiteContext) -> dict[str, bytes]:
    """Asset producer: every feed in both formats, every calendar, and their sitemap."""
    pages = {p.src_uri for p in context.pages}
    files = {spec.path(fmt): render_feed(spec, context, fmt) for spec in feed_specs(context.catalog, context.statuses, pages) for fmt in FORMATS}
    for key, name, items in calendar_groups(context.catalog, context.settings.today):
        files[urls.calendar_path(key)] = render_calendar(items, name, context)
    files[urls.FOLLOW_SITEMAP] = follow_sitemap(list(files), context.settings.site_url)
    return files
