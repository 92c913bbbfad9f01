"""The editor commands of ``python -m portal``: ``new``, ``import``, ``fmt``, ``schemas``.

Thin: each reads its arguments, calls the pure functions of this package and prints
Vietnamese messages. Mistakes in the data are ``path:line:col: message`` lines; mistakes in
how a command was called are one sentence on stderr. Exit status 0 means nothing is left to do.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Callable

from portal.build import validate_data
from portal.editor.canonical import Formatted, format_file, model_for
from portal.editor.docx_text import DocxError, docx_text
from portal.editor.importer import describe, draft_text, import_kind, read_document
from portal.editor.scaffold import EditorError, check_new_id, new_record, record_path
from portal.editor.vscode import vscode_settings
from portal.load.loader import IGNORED_NAMES, discover
from portal.load.source_file import MARKDOWN_SUFFIX, YAML_SUFFIX
from portal.model.schema import all_schemas
from portal.validate.issues import Issue
from portal.validate.placeholders import PLACEHOLDER

SCHEMA_DIR = "schemas"


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _write_new(target: Path, text: str) -> None:
    """Create ``target``; never replace a file that appeared meanwhile."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


# --- new ----------------------------------------------------------------------------------

def cmd_new(args: argparse.Namespace, root: Path) -> int:
    try:
        target, text = new_record(root, args.kind, args.id, args.values)
        if args.stdout:
            sys.stdout.write(text)
            return 0
        _write_new(target, text)
    except (EditorError, FileExistsError) as exc:
        _say(f"Lỗi: {exc}" if isinstance(exc, EditorError) else f"Lỗi: {target.relative_to(root).as_posix()} đã có; không ghi đè.")
        return 2
    rel = target.relative_to(root).as_posix()
    print(rel)
    _say(f"Đã tạo {rel}. Mở tệp, thay các chữ {PLACEHOLDER} theo chú thích, rồi chạy: scripts/validate {rel}")
    return 0


# --- import -------------------------------------------------------------------------------

def read_input(source: str | None) -> str:
    """The text of a .docx/.txt/.md file, or of stdin (``-`` or nothing)."""
    if source in (None, "-"):
        if sys.stdin.isatty():
            _say("Dán toàn văn văn bản vào đây, rồi nhấn Ctrl+D (Windows: Ctrl+Z rồi Enter).")
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise EditorError(f"không tìm thấy tệp '{source}'.")
    data = path.read_bytes()
    if path.suffix.lower() == ".docx":
        return docx_text(data)
    if path.suffix.lower() == ".doc":
        raise EditorError("tệp .doc (Word 97–2003) không đọc được: mở bằng Word, chọn Lưu thành .docx, hoặc sao chép nội dung vào tệp .txt.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EditorError(f"tệp '{source}' không phải UTF-8 (có thể là mã TCVN3/VNI): mở tệp, sao chép nội dung và dán vào lệnh (không ghi tên tệp).") from None


def cmd_import(args: argparse.Namespace, root: Path) -> int:
    try:
        kind = import_kind(args.kind)
        text = read_input(args.source)
        if not text.strip():
            raise EditorError("không có nội dung nào để đọc.")
        catalog = validate_data(root).catalog
        draft = read_document(text, catalog, kind)
        if args.id:
            draft.values["id"] = args.id
            draft.notes.pop("id", None)
        record_id = draft.record_id
        if args.stdout:
            sys.stdout.write(draft_text(draft))
            return 0
        if record_id is None:
            raise EditorError("không đọc được số ký hiệu nên không tự đặt được mã bản ghi: chạy lại lệnh với --id <mã>, ví dụ --id bao-cao-phoi-hop-2024.")
        check_new_id(root, record_id)
        target = record_path(root, draft.kind, record_id)
        _write_new(target, draft_text(draft))
    except (EditorError, DocxError, FileExistsError) as exc:
        _say(f"Lỗi: {exc}")
        return 2
    rel = target.relative_to(root).as_posix()
    print(rel)
    todo = describe(draft)
    _say(f"Đã tạo bản nháp {rel} ({draft.kind.label.lower()}).")
    if todo:
        _say("Cần kiểm tra, bổ sung:")
        for line in todo:
            _say(f"  - {line}")
    _say(f"Đối chiếu với văn bản gốc, rồi chạy: scripts/validate {rel}")
    return 0


# --- fmt ----------------------------------------------------------------------------------

def record_files(root: Path, paths: list[str]) -> tuple[list[Path], list[str]]:
    """Record files named by ``paths`` (files or folders; all of data/ if none), and the paths left out."""
    if not paths:
        found, _ = discover(root, root / "data")
        return [f for f, _ in found if f.suffix in (YAML_SUFFIX, MARKDOWN_SUFFIX)], []
    files: list[Path] = []
    skipped: list[str] = []
    for name in paths:
        path = (Path.cwd() / name).resolve()
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.is_file() else []
        for file in candidates:
            rel = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.as_posix()
            if file.suffix in (YAML_SUFFIX, MARKDOWN_SUFFIX) and file.name not in IGNORED_NAMES and model_for(rel) is not None:
                files.append(file)
            elif not path.is_dir():
                skipped.append(rel)
    return list(dict.fromkeys(files)), skipped


def _first_difference(a: str, b: str) -> int:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), start=1):
        if x != y:
            return number
    return min(len(a.splitlines()), len(b.splitlines())) + 1


def _diff(result: Formatted) -> str:
    assert result.canonical is not None
    lines = difflib.unified_diff(result.original.splitlines(keepends=True), result.canonical.splitlines(keepends=True), f"a/{result.path}", f"b/{result.path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ Không có dòng mới ở cuối tệp\n" for line in lines)


def cmd_fmt(args: argparse.Namespace, root: Path) -> int:
    files, skipped = record_files(root, args.paths)
    for rel in skipped:
        _say(f"Bỏ qua {rel}: không phải tệp bản ghi trong data/<loại>/.")
    results = [format_file(f, root=root) for f in files]
    problems = [r.issue for r in results if r.issue is not None]
    changed = [r for r in results if r.changed]
    for issue in problems:
        print(issue.format_github() if args.format == "github" else issue.format_text())
    if args.check:
        for result in changed:
            if args.format == "github":
                line = _first_difference(result.original, result.canonical or "")
                print(Issue(result.path, line, 1, f"tệp chưa đúng định dạng chuẩn; chạy scripts/fmt {result.path} để sửa.").format_github())
            sys.stdout.write(_diff(result))
        if changed:
            _say(f"{len(changed)} tệp chưa đúng định dạng chuẩn: {', '.join(r.path for r in changed)}.")
            _say("Chạy scripts/fmt với các tệp này để sửa (chỉ đổi thứ tự trường, dấu ngoặc, khoảng trắng, dấu xuống dòng; không đổi nội dung).")
        elif not problems:
            _say(f"Cả {len(results)} tệp đã đúng định dạng chuẩn.")
        return 1 if changed or problems else 0
    for result in changed:
        assert result.canonical is not None
        (root / result.path).write_bytes(result.canonical.encode("utf-8"))
        print(f"đã định dạng lại: {result.path}")
    _say(f"Đã định dạng lại {len(changed)} trong {len(results)} tệp." if changed else f"Cả {len(results)} tệp đã đúng định dạng chuẩn.")
    return 1 if problems else 0


# --- schemas ------------------------------------------------------------------------------

def generated_editor_files() -> dict[str, str]:
    """The files made from the model for editors' tools: schemas and VS Code settings."""
    files = {f"{SCHEMA_DIR}/{name}": json.dumps(schema, ensure_ascii=False, indent=2) + "\n" for name, schema in all_schemas().items()}
    files[".vscode/settings.json"] = json.dumps(vscode_settings(SCHEMA_DIR), ensure_ascii=False, indent=2) + "\n"
    return files


def cmd_schemas(args: argparse.Namespace, root: Path) -> int:
    stale = []
    for rel, text in generated_editor_files().items():
        target = root / rel
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        stale.append(rel)
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
    if args.check and stale:
        _say(f"Các tệp sinh từ mô hình đã cũ: {', '.join(stale)}. Chạy: .venv/bin/python -m portal schemas")
        return 1
    _say(("Đã cập nhật: " + ", ".join(stale)) if stale and not args.check else "Lược đồ JSON và cài đặt VS Code đã khớp với mô hình.")
    return 0


# --- wiring -------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace, Path], int]


def register(sub: argparse._SubParsersAction, root_of: Callable[[str | None], Path]) -> None:  # type: ignore[type-arg]
    """Add the editor commands to the ``portal`` command line."""

    def run(command: Command) -> Callable[[argparse.Namespace], int]:
        return lambda args: command(args, root_of(args.root))

    new = sub.add_parser("new", help="tạo bản ghi mới từ mẫu có chú thích (không ghi đè bản ghi đã có)")
    new.add_argument("kind", metavar="loai", help="loại bản ghi, ví dụ resolution (hoặc nghi-quyet), session, document, plan, body")
    new.add_argument("id", metavar="ma", help="mã định danh, cũng là tên tệp, ví dụ nq-15-2023-hdnd-binh-an")
    new.add_argument("values", metavar="truong=gia-tri", nargs="*", help="điền sẵn trường, ví dụ so_ky_hieu=15/2023/NQ-HĐND")
    new.add_argument("--stdout", action="store_true", help="in ra màn hình thay vì ghi tệp")
    new.set_defaults(func=run(cmd_new))

    imp = sub.add_parser("import", help="soạn bản nháp bản ghi từ toàn văn một văn bản (.docx, .txt hoặc dán vào)")
    imp.add_argument("source", metavar="tep", nargs="?", help="tệp .docx/.txt; bỏ trống hoặc '-' để dán văn bản vào")
    imp.add_argument("--kind", metavar="loai", help="resolution, document hoặc plan (mặc định: tự nhận từ văn bản)")
    imp.add_argument("--id", metavar="ma", help="mã bản ghi (mặc định: đặt theo số ký hiệu)")
    imp.add_argument("--stdout", action="store_true", help="in bản nháp ra màn hình thay vì ghi tệp")
    imp.set_defaults(func=run(cmd_import))

    fmt = sub.add_parser("fmt", help="đưa tệp bản ghi về định dạng chuẩn (thứ tự trường, dấu ngoặc, NFC, xuống dòng)")
    fmt.add_argument("paths", nargs="*", help="tệp hoặc thư mục (mặc định: toàn bộ data/)")
    fmt.add_argument("--check", action="store_true", help="chỉ kiểm tra: in khác biệt, thoát 1 nếu có tệp chưa chuẩn")
    fmt.add_argument("--format", choices=("text", "github"), default="text", help="'github' để chú thích trên pull request")
    fmt.set_defaults(func=run(cmd_fmt))

    schemas = sub.add_parser("schemas", help="ghi lược đồ JSON (schemas/) và cài đặt VS Code (.vscode/settings.json) từ mô hình")
    schemas.add_argument("--check", action="store_true", help="chỉ kiểm tra các tệp đã khớp với mô hình chưa")
    schemas.set_defaults(func=run(cmd_schemas))
