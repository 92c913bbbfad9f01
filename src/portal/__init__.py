"""Cổng Chính sách core: model → load → validate → plan pages → render.

This package never imports MkDocs; ``hooks/portal_hooks.py`` is the only glue.
"""
