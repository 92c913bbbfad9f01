"""Word handouts (.docx) of kits and thematic talks, in the Vietnamese administrative style.

Nghị định 30/2020/NĐ-CP (Phụ lục I) sets the presentation this follows: A4 paper; margins
top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt for the text and 14 pt
for the title; single line spacing, at least 6 pt between paragraphs; sections numbered with
Roman numerals in bold capitals.

The output is byte-for-byte reproducible: the document's dates are the build date, and the
ZIP entries carry that date too (python-docx would stamp the current time).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timezone
from typing import Iterable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from portal.briefing.basis import CitedBasis, Claim
from portal.briefing.kit import KitView
from portal.briefing.printing import public_address
from portal.briefing.talk import TalkView
from portal.site.plan import SiteSettings
from portal.text import format_vn_date, int_to_roman

FONT = "Times New Roman"
BODY_PT = 13
TITLE_PT = 14
SMALL_PT = 11
TABLE_PT = 12
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
PAGE_MM = (210, 297)


def _font(rpr: BaseOxmlElement, name: str) -> None:
    """Set every script slot of a style to ``name`` and drop the theme fonts that override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), name)
        fonts.attrib.pop(qn(f"w:{slot}Theme"), None)


def _language(rpr: BaseOxmlElement, tag: str) -> None:
    """The proofing language of a style ("vi-VN"), so Word checks Vietnamese spelling."""
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    rpr.append(lang)


class Handout:
    """A small writer over python-docx: one method per kind of block a handout has."""

    def __init__(self, settings: SiteSettings, title: str, subject: str) -> None:
        self.settings = settings
        self.doc: DocxDocument = Document()
        self._sections = 0
        self._page_setup()
        self._styles()
        props = self.doc.core_properties
        moment = datetime(settings.today.year, settings.today.month, settings.today.day, tzinfo=timezone.utc)
        props.title, props.subject, props.author = title, subject, settings.site_name
        props.last_modified_by, props.language, props.revision = settings.site_name, "vi-VN", 1
        props.created = props.modified = props.last_printed = moment
        props.comments, props.keywords, props.category = "", "", ""

    def _page_setup(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.header_distance = section.footer_distance = Mm(10)

    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
        _font(normal.element.get_or_add_rPr(), FONT)
        _language(normal.element.get_or_add_rPr(), "vi-VN")
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.0
        for name, size in (("Title", TITLE_PT), ("Heading 1", BODY_PT), ("Heading 2", BODY_PT)):
            style = self.doc.styles[name]
            style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
            style.font.italic = False
            style.font.color.rgb = None
            _font(style.element.get_or_add_rPr(), FONT)
            style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(6), Pt(6)
            style.paragraph_format.keep_with_next = True
        title = self.doc.styles["Title"]
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title_ppr = title.element.get_or_add_pPr()
        for border in title_ppr.findall(qn("w:pBdr")):  # the default Title has a rule under it
            title_ppr.remove(border)

    # -- blocks -------------------------------------------------------------------------
    def title(self, text: str) -> None:
        self.doc.add_paragraph(text.upper(), style="Title")

    def centered(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.italic = bold, italic

    def notice(self, label: str, text: str) -> None:
        """A bold warning line (sample data, validity) that cannot be missed."""
        p = self.doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(text).bold = True

    def section(self, text: str) -> None:
        self._sections += 1
        self.doc.add_paragraph(f"{int_to_roman(self._sections)}. {text.upper()}", style="Heading 1")

    def subheading(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Heading 2")

    def paragraph(self, text: str, *, label: str | None = None, indent: bool = True) -> Paragraph:
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Mm(10)
        if label:
            p.add_run(f"{label} ").bold = True
        p.add_run(text)
        return p

    def basis(self, basis: CitedBasis | None, *, prefix: str = "Căn cứ") -> None:
        if basis is None:
            return
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Mm(10)
        p.add_run(f"{prefix}: {basis.label}.").italic = True
        for note in basis.changes:
            p.add_run().add_break()
            p.add_run(f"Lưu ý: {note}").italic = True

    def claims(self, claims: Iterable[Claim]) -> None:
        for number, claim in enumerate(claims, start=1):
            p = self.doc.add_paragraph()
            p.paragraph_format.first_line_indent = Mm(10)
            p.add_run(f"{number}. {claim.text}").bold = True
            self.basis(claim.basis)

    def pairs(self, labels: tuple[str, str], items: Iterable[tuple[str, str, CitedBasis | None]]) -> None:
        """Question and answer, misreading and fact…: two labelled paragraphs and their basis."""
        for first, second, basis in items:
            self.paragraph(first, label=labels[0])
            self.paragraph(second, label=labels[1])
            self.basis(basis)

    def table(self, header: tuple[str, str], rows: Iterable[tuple[str, str]]) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header):
            cell.paragraphs[0].add_run(text).bold = True
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label)
            cells[1].paragraphs[0].add_run(value)
        table.autofit = False
        widths = (Mm(55), Mm(110))  # the text width is 210 − 30 − 15 = 165 mm
        for column, width in zip(table.columns, widths):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = width
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(TABLE_PT)
        self.doc.add_paragraph()

    def footer(self, address: str) -> None:
        """Portal name, page address and page number at the foot of every page."""
        p = self.doc.sections[0].footer.paragraphs[0]
        run = p.add_run(f"{self.settings.site_name} — {address} — Trang ")
        run.font.size = Pt(SMALL_PT)
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        number = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        number.append(text)
        field.append(number)
        p._p.append(field)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return fixed_zip(buffer.getvalue(), self.settings.today)


def fixed_zip(data: bytes, day: date) -> bytes:
    """The same ZIP with every entry dated ``day``, so equal content gives equal bytes."""
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def _status_line(as_of: str, status_label: str, today: date) -> str:
    return f"{as_of}. Tình trạng hiệu lực: {status_label} (tính đến ngày {format_vn_date(today, 'numeric')})."


def kit_docx(view: KitView, settings: SiteSettings) -> bytes:
    """The Word handout of one kit."""
    h = Handout(settings, view.title, view.resolution_title)
    h.title("Tài liệu cho báo cáo viên")
    h.centered(view.subject, bold=True)
    h.centered(view.resolution_title, italic=True)
    h.centered(_status_line(view.as_of, view.status.label, settings.today), italic=True)
    if view.sample:
        h.notice("Dữ liệu minh họa", view.sample_notice)
    if view.status_note:
        h.notice("Lưu ý về hiệu lực", view.status_note)
    h.section("Thông điệp chính")
    h.claims(view.messages)
    if view.figures:
        h.section("Số liệu chính")
        h.table(("Nội dung", "Số liệu"), ((f.label, f"{f.value} ({f.basis.label})" if f.basis else f.value) for f in view.figures))
    if view.questions:
        h.section("Hỏi – đáp")
        h.pairs(("Hỏi:", "Đáp:"), ((q.question, q.answer, q.basis) for q in view.questions))
    if view.misreadings:
        h.section("Những điểm dễ hiểu sai")
        h.pairs(("Hiểu sai:", "Thực tế:"), ((c.wrong, c.right, c.basis) for c in view.misreadings))
    if view.related:
        h.section("Điển hình và cải chính thông tin liên quan")
        for item in view.related:
            h.paragraph(f"{item.title}{f'. {item.detail}' if item.detail else ''}", label=f"{item.kind_label}:")
    h.section("Tin nhắn SMS, Zalo")
    h.paragraph(view.sms)
    h.paragraph(f"({view.sms_length}/160 ký tự)", indent=False)
    h.section("Bài phát thanh trên loa")
    for text in view.loudspeaker:
        h.paragraph(text)
    h.footer(public_address(settings.site_url, view.uri))
    return h.to_bytes()


def talk_docx(view: TalkView, settings: SiteSettings) -> bytes:
    """The Word handout of one thematic talk: outline, then each resolution's key messages."""
    h = Handout(settings, f"Báo cáo chuyên đề: {view.title}", view.purpose or view.title)
    h.title("Báo cáo chuyên đề")
    h.centered(view.title, bold=True)
    h.centered(f"{view.as_of}.", italic=True)
    if view.sample:
        h.notice("Dữ liệu minh họa", view.sample_notice)
    for label, value in view.facts:
        h.paragraph(value, label=f"{label}:", indent=False)
    if view.purpose:
        h.paragraph(view.purpose, label="Mục đích:", indent=False)
    h.section("Dàn ý")
    for part in view.outline:
        h.subheading(part.title)
        h.claims(part.points)
    h.section("Các nghị quyết trong chuyên đề")
    for member in view.resolutions:
        h.subheading(member.subject)
        h.paragraph(member.entry.record.title, indent=False)  # type: ignore[attr-defined]
        h.paragraph(f"Tình trạng hiệu lực: {member.status.label} (tính đến ngày {format_vn_date(settings.today, 'numeric')}).", indent=False)
        if member.kit is None:
            h.paragraph("Chưa có tài liệu cho báo cáo viên của nghị quyết này.", indent=False)
            continue
        if member.kit.status_note:
            h.notice("Lưu ý về hiệu lực", member.kit.status_note)
        h.claims(member.kit.messages)
    h.footer(public_address(settings.site_url, view.uri))
    return h.to_bytes()
