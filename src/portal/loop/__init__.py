"""Pure computations of the dissemination loop, all as of a build date passed in.

* ``status`` — a petition's current step and overdue flags, a draft's phase, a plan task's state;
* ``links`` — the back-references the catalog keeps (what concerns a resolution, a session…);
* ``progress`` — a coordination plan's progress by party;
* ``periods`` — the review periods of a plan (half-years, years, the whole period);
* ``review`` — the draft of a review report (sơ kết, tổng kết) for one period;
* ``claimreview`` — schema.org ClaimReview of a fact-check;
* ``view`` — the same, bound to one catalog and one date, for the page templates.

Nothing is imported here, so that ``portal.catalog`` can import ``links`` without a cycle.
"""
