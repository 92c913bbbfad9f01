"""What a YAML scalar's text becomes: the one place for it, used by both readers of record
files (PyYAML's nodes in :mod:`portal.load.yaml_source`, lines in :mod:`portal.load.plain_yaml`).

Plain scalars take YAML 1.1's implicit types as PyYAML's safe loader resolves them (true, null,
12, 1.5…), except that dates stay text: the model decides what a date is, with a clear message.
Every text is cleaned (NFC and the paste repairs) here, exactly once.
"""

from __future__ import annotations

from typing import Any

import yaml

from portal.text import clean

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"

_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers  # the safe loader's, by first character
assert None not in _IMPLICIT  # no pattern tried on every scalar whatever its start


def implicit_tag(text: str) -> str:
    """The tag of a plain (unquoted) scalar: tried by its first character, as PyYAML does."""
    for tag, pattern in _IMPLICIT.get(text[:1], ()):
        if pattern.match(text):
            return tag
    return STR


def typed(tag: str, text: str) -> Any:
    """The value of a scalar with ``tag``; a text, cleaned, for every tag but null, bool,
    int and float (and for an int or float Python cannot read: 0x1F, 1:20)."""
    if tag == NULL:
        return None
    if tag == BOOL:
        return text.lower() in ("true", "yes", "on", "y")
    if tag == INT:
        try:
            return int(text.replace("_", ""), 10)
        except ValueError:
            return clean(text)
    if tag == FLOAT:
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return clean(text)
    return clean(text)
