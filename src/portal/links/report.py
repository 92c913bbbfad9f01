"""The build report of citations: numbers the portal does not hold, and ambiguous numbers.

Neither fails the build: an unknown number is a document the portal may add one day, an
ambiguous one needs an editor's look (add the date of the cited document, or write the link
by hand). Each row says where the number stands, as ``path:line:col`` when a locator can
tell the line of a YAML field (the Markdown body's lines are known from the record).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from portal.links.citations import CitationIndex, PlacedCitation
from portal.links.prose import BODY, describe_where
from portal.links.resolve import Outcome
from portal.load.loader import Entry
from portal.load.yaml_source import Position, position_in

Locate = Callable[[Entry, tuple], Position]


@dataclass(frozen=True)
class ReportRow:
    entry: Entry
    placed: PlacedCitation

    @property
    def outcome(self) -> Outcome:
        return self.placed.resolution.outcome

    def message(self) -> str:
        """Vietnamese, for editors."""
        cited = self.placed.found.citation
        what = f"{cited.doc_type} số {cited.symbol}" if cited.doc_type else f"số {cited.symbol}"
        where = describe_where(self.placed.where)
        if self.outcome == Outcome.UNKNOWN:
            return f"'{where}': {what} được dẫn chiếu nhưng cổng chưa có văn bản này (không làm hỏng trang; thêm bản ghi nếu cần liên kết)."
        ids = ", ".join(e.id for e in self.placed.resolution.candidates)
        return f"'{where}': {what} ứng với nhiều văn bản trên cổng ({ids}); cổng không đoán: ghi thêm ngày ban hành của văn bản được dẫn chiếu hoặc viết liên kết trực tiếp."

    def position(self, locate: Locate | None) -> Position:
        if self.placed.where == (BODY,):
            return position_in(self.entry.body, self.placed.found.start, Position(self.entry.body_line, 1))
        return locate(self.entry, self.placed.where) if locate else Position(1, 1)

    def format_text(self, locate: Locate | None = None) -> str:
        pos = self.position(locate)
        return f"{self.entry.path}:{pos.line}:{pos.col}: {self.message()}"


def citation_report(index: CitationIndex) -> list[ReportRow]:
    """Unknown and ambiguous citations of every record, by file then place in the file."""
    rows = [
        ReportRow(entry, placed)
        for entry in index.catalog.by_id.values()
        for placed in index.by_record.get(entry.id, ())
        if placed.resolution.outcome in (Outcome.UNKNOWN, Outcome.AMBIGUOUS)
    ]
    return sorted(rows, key=lambda r: r.entry.path)  # stable: keeps the order within a file


def report_summary(rows: list[ReportRow]) -> str:
    unknown = sum(1 for r in rows if r.outcome == Outcome.UNKNOWN)
    return f"Dẫn chiếu: {unknown} lần dẫn số văn bản chưa có trên cổng, {len(rows) - unknown} lần dẫn số ứng với nhiều văn bản (xem trang Báo cáo dẫn chiếu)."
