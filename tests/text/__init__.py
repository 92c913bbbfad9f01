"""Tests for portal.text (Vietnamese text, document numbers, dates, collation)."""
