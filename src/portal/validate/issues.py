"""Problems found in the data, and the two ways of printing them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Issue:
    """One problem at one place: ``path:line:col: message`` (message in Vietnamese)."""

    path: str
    line: int
    col: int
    message: str
    severity: Severity = "error"

    def format_text(self) -> str:
        prefix = "" if self.severity == "error" else "cảnh báo: "
        return f"{self.path}:{self.line}:{self.col}: {prefix}{self.message}"

    def format_github(self) -> str:
        """A GitHub Actions workflow command that annotates the pull request."""
        level = "error" if self.severity == "error" else "warning"
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{level} file={self.path},line={self.line},col={self.col}::{message}"


def sort_issues(issues: Iterable[Issue]) -> list[Issue]:
    """Issues in file order, then line and column, so output is stable."""
    return sorted(set(issues), key=lambda i: (i.path, i.line, i.col, i.message))


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(i.severity == "error" for i in issues)


def summary_line(issues: list[Issue]) -> str:
    """The closing line a person reads after the list (Vietnamese)."""
    errors = sum(1 for i in issues if i.severity == "error")
    warnings = len(issues) - errors
    files = len({i.path for i in issues})
    if not issues:
        return "Dữ liệu hợp lệ: không có lỗi."
    parts = [f"{errors} lỗi"]
    if warnings:
        parts.append(f"{warnings} cảnh báo")
    return f"Tìm thấy {' và '.join(parts)} trong {files} tệp. Sửa các lỗi trên rồi chạy lại."
