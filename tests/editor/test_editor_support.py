"""Editing with help: JSON Schemas from the model, VS Code wiring, and the repository files
of the pull-request path (workflow, pre-commit, templates, CODEOWNERS)."""

from __future__ import annotations

import json
import os
import re
import jsonschema
import pytest
import yaml

from portal.editor.commands import generated_editor_files
from portal.load.source_file import read_source_file
from portal.model.registry import KIND_BY_FOLDER, RECORD_KINDS
from portal.model.schema import record_json_schema
from portal.model.vocab import SessionType
from tests.conftest import ROOT


def _validator(kind: type) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(record_json_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_every_record_in_the_repository_is_valid_against_its_schema() -> None:
    """VS Code must never underline a record the portal accepts."""
    checked = 0
    for folder, kind in KIND_BY_FOLDER.items():
        validator = _validator(kind)
        for file in sorted((ROOT / "data" / folder).glob("*")):
            source, issues = read_source_file(file, root=ROOT, folder=folder)
            assert source is not None, issues
            errors = [f"{file.name}: {list(e.path)} {e.message}" for e in validator.iter_errors(source.parsed.value)]
            assert errors == []
            checked += 1
    assert checked > 50


def test_the_schema_rejects_what_the_portal_rejects() -> None:
    validator = _validator(KIND_BY_FOLDER["sessions"])
    good = {"id": "ky-hop-7", "co_quan": "hdnd-tinh-mau", "khoa": "X", "ten_ky_hop": "Kỳ họp thứ 7", "loai": "thuong-le", "tu_ngay": "2023-07-10", "den_ngay": "2023-07-12", "chuong_trinh": "Một nội dung"}
    assert list(validator.iter_errors(good)) == []
    for key, bad in (("loai", "thuong le"), ("tu_ngay", "10/7/2023"), ("co_quan", "HĐND tỉnh Mẫu"), ("ten_ky_hp", "x")):
        wrong = {**good, key: bad}
        assert list(validator.iter_errors(wrong)) != [], key


def test_vietnamese_help_for_keys_and_values() -> None:
    schema = record_json_schema(KIND_BY_FOLDER["sessions"])
    loai = schema["properties"]["loai"]
    vocab = schema["$defs"][loai["$ref"].rsplit("/", 1)[-1]]
    assert vocab["enum"] == [m.value for m in SessionType]
    assert vocab["enumDescriptions"] == [m.label for m in SessionType]
    assert vocab["title"] == "Loại kỳ họp"
    resolution = record_json_schema(KIND_BY_FOLDER["resolutions"])
    assert resolution["properties"]["so_ky_hieu"]["markdownDescription"] == (
        "**Số, ký hiệu** (`so_ky_hieu`)\n\nNhư ở dòng 'Số:' đầu nghị quyết, ví dụ 15/2023/NQ-HĐND.\n\n"
        "*Trên văn bản:* Dòng 'Số:' ở góc trên bên trái, ngay dưới tên cơ quan ban hành."
    )
    assert resolution["$defs"]["Signer"]["title"] == "Người ký"
    assert resolution["description"] == "Một bản ghi loại 'Nghị quyết' của Cổng Chính sách: một tệp trong thư mục data/resolutions/."


def test_generated_schemas_and_vscode_settings_are_up_to_date() -> None:
    stale = [rel for rel, text in generated_editor_files().items() if not (ROOT / rel).exists() or (ROOT / rel).read_text(encoding="utf-8") != text]
    assert stale == [], "Regenerate with: .venv/bin/python -m portal schemas"
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert sorted(g for globs in settings["yaml.schemas"].values() for g in globs) == sorted(f"data/{k.folder}/*.yml" for k in RECORD_KINDS)
    assert all((ROOT / path).is_file() for path in settings["yaml.schemas"])
    assert json.loads((ROOT / ".vscode/extensions.json").read_text(encoding="utf-8"))["recommendations"] == ["redhat.vscode-yaml"]


# -- the pull-request path ---------------------------------------------------------------------

def test_workflow_validates_changed_data_checks_format_and_builds_strict() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key 'on' as true
    steps = workflow["jobs"]["kiem-tra"]["steps"]
    script = "\n".join(s.get("run", "") for s in steps)
    assert "--diff-filter=ACMRD" in script and "-- data/" in script  # deleted files too: their ids matter
    assert "python -m portal validate --format github" in script
    assert "python -m portal fmt --check --format github" in script
    assert "python -m portal schemas --check" in script
    assert "mkdocs build --strict" in script
    assert [s["uses"] for s in steps if "uses" in s] == ["actions/checkout@v4", "actions/setup-python@v5"]
    assert next(s for s in steps if "uses" in s and "checkout" in s["uses"])["with"]["fetch-depth"] == 0


def test_pre_commit_runs_fmt_check_and_validate_on_changed_records() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert hooks["portal-fmt"]["entry"] == "scripts/fmt --check"
    assert hooks["portal-validate"]["entry"] == "scripts/validate"
    assert re.match(hooks["portal-fmt"]["files"], "data/resolutions/nq-1.md") and not re.match(hooks["portal-fmt"]["files"], "src/portal/cli.py")
    for hook in hooks.values():
        executable = ROOT / hook["entry"].split()[0]
        assert executable.is_file() and os.access(executable, os.X_OK), hook["id"]


@pytest.mark.parametrize("name", ["new", "import", "fmt", "validate"])
def test_editor_scripts_share_the_environment_setup(name: str) -> None:
    script = ROOT / "scripts" / name
    text = script.read_text(encoding="utf-8")
    assert os.access(script, os.X_OK)
    assert 'source "$(dirname "$0")/_env.sh"' in text and f"-m portal {name}" in text


def test_codeowners_cover_every_data_folder_and_templates_exist() -> None:
    lines = [line.split() for line in (ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    patterns = {parts[0]: parts[1:] for parts in lines}
    for kind in RECORD_KINDS:
        owners = patterns.get(f"/data/{kind.folder}/") or patterns["/data/"]
        assert owners and all(o.startswith("@") for o in owners), kind.folder
    templates = sorted(p.name for p in (ROOT / ".github/PULL_REQUEST_TEMPLATE").glob("*.md"))
    assert templates == ["ban-ghi-moi.md", "dinh-chinh.md", "ma-nguon.md"]
    new_record = (ROOT / ".github/PULL_REQUEST_TEMPLATE/ban-ghi-moi.md").read_text(encoding="utf-8")
    assert "- [ ] Đối chiếu từng trường với văn bản gốc; không còn chữ `TODO`." in new_record
