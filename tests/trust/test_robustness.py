"""Random and hostile input never crashes the loader or the validator (property-based)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.build import validate_data
from portal.load.source_file import read_source
from portal.model.registry import KIND_BY_FOLDER
from portal.load.loader import validate_source
from tests.conftest import MINI

ISSUE_LINE = re.compile(r"^data/[^:]+:\d+:\d+: .+", re.DOTALL)
YAML_BITS = st.sampled_from([
    "id: ", "ten: ", "\n", "  ", "- ", ": ", "'", '"', "{", "}", "[", "]", "&a ", "*a", "!!python/object:os.system ",
    "---\n", "\t", "#", "|", ">", "2023-13-45", "Tỉnh uỷ", "Đ", "\u0301", "\u200b", "\ufeff", "<script>", "%", "@", "`",
    "no", "yes", "~", "0x1F", "1e9", "nghi-quyet", "so_ky_hieu: 15 / 2023 / NQ – HĐND",
])
noise = st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=noise, folder=st.sampled_from(sorted(KIND_BY_FOLDER)), markdown=st.booleans())
def test_any_text_gives_issues_never_an_exception(text: str, folder: str, markdown: bool) -> None:
    path = f"data/{folder}/x.{'md' if markdown else 'yml'}"
    source, issues = read_source(("---\n" + text + "\n---\nNội dung" if markdown else text), path=path, stem="x", folder=folder, markdown=markdown)
    if source is not None:
        _, more = validate_source(source, KIND_BY_FOLDER[folder], issues)
        issues = more
    for issue in issues:
        assert ISSUE_LINE.match(issue.format_text()), issue.format_text()
        assert issue.line >= 1 and issue.col >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(value=st.text(min_size=1, max_size=60))
def test_any_unicode_in_a_field_is_accepted_or_reported(tmp_path_factory, value: str) -> None:
    root = tmp_path_factory.mktemp("p")
    data = root / "data"
    import shutil

    shutil.copytree(MINI / "data", data)
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    target = data / "topics" / "dau-tu.yml"
    target.write_text(f'id: dau-tu\nten: "{quoted}"\nnhom: linh-vuc\n', encoding="utf-8")
    result = validate_data(root)
    for issue in result.issues:
        assert ISSUE_LINE.match(issue.format_text())
    if result.ok:
        name = result.catalog.record("dau-tu").name
        import unicodedata

        assert unicodedata.is_normalized("NFC", name)
