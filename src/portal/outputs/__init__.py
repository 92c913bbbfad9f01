"""Files the site publishes for machines: feeds, calendars and open data (asset producers).

* ``records`` — publication and change days, and titles, of any record kind;
* ``feeds`` — RSS 2.0 and Atom: per kind, per field, per body;
* ``calendar`` — iCalendar: sessions and events, effective dates, deadlines;
* ``opendata`` — JSON twins, bulk JSON and CSV, their JSON Schemas, the citation report.

Each producer is a pure function ``(SiteContext) -> {site path: bytes}`` listed in
``portal.site.assets.PRODUCERS``; dates come from the records, never from the clock.
"""
