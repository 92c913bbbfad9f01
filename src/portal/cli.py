"""Command line for editors and maintainers: ``python -m portal <command>``.

Every command runs the same code path as the site build, so an editor sees the same
``path:line:col: message`` locally, in pre-commit, in CI annotations and in ``serve``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from portal import collector
from portal.build import validate_data
from portal.editor.commands import register as register_editor_commands
from portal.load.record_store import RecordStore
from portal.validate.issues import has_errors, summary_line
from portal.validate.scope import issues_in_scope, relative_paths


def _root(value: str | None) -> Path:
    return Path(value).resolve() if value else Path.cwd()


def cmd_validate(args: argparse.Namespace) -> int:
    root = _root(args.root)
    store = RecordStore.for_data(root / "data")  # files unchanged since the last check or build: not checked again
    with collector.paused():  # what loading makes lives on: see portal.collector
        result = validate_data(root, store=store)
    store.save()
    issues = result.issues
    if args.paths:  # those files, plus the records tied to them (see portal.validate.scope)
        issues = issues_in_scope(issues, result.catalog, relative_paths(root, args.paths))
    for issue in issues:
        print(issue.format_github() if args.format == "github" else issue.format_text())
    print(summary_line(issues), file=sys.stderr)
    return 1 if has_errors(issues) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portal", description="Công cụ của Cổng Chính sách.")
    parser.add_argument("--root", help="thư mục gốc của dự án (mặc định: thư mục hiện tại)")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="kiểm tra dữ liệu trong data/ và in lỗi dạng tệp:dòng:cột: thông báo")
    validate.add_argument("paths", nargs="*", help="chỉ in lỗi của các tệp/thư mục này và của các bản ghi liên quan đến chúng (kể cả tệp đã xóa)")
    validate.add_argument("--format", choices=("text", "github"), default="text", help="'github' để chú thích trên pull request")
    validate.set_defaults(func=cmd_validate)
    register_editor_commands(sub, _root)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
