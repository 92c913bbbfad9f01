"""Per-record schema checks and cross-record rules, reported as :class:`Issue` lists."""
