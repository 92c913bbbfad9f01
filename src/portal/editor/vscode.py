"""VS Code settings for editors, made from the registry: each kind's files get its schema.

With the YAML extension (``redhat.vscode-yaml``) VS Code then offers the Vietnamese keys as
completions, shows each field's Vietnamese description on hover, lists the allowed values
with their labels and underlines mistakes while typing. The other settings keep files in the
form ``scripts/fmt`` writes (UTF-8, LF, final newline) and leave Markdown's trailing spaces
(line breaks) alone.
"""

from __future__ import annotations

from typing import Any

from portal.load.source_file import YAML_SUFFIX
from portal.model.registry import RECORD_KINDS
from portal.model.schema import schema_file_name


def vscode_settings(schema_dir: str) -> dict[str, Any]:
    return {
        "yaml.schemas": {f"./{schema_dir}/{schema_file_name(k)}": [f"data/{k.folder}/*{YAML_SUFFIX}"] for k in RECORD_KINDS},
        "yaml.validate": True,
        "yaml.hover": True,
        "yaml.completion": True,
        "yaml.format.enable": False,
        "files.encoding": "utf8",
        "files.eol": "\n",
        "files.insertFinalNewline": True,
        "files.trimFinalNewlines": True,
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2, "editor.detectIndentation": False},
        "[markdown]": {"files.trimTrailingWhitespace": False},
    }
