"""Typed records (pydantic) and the closed vocabularies they use."""
