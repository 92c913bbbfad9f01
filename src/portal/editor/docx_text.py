"""The text of a Word (.docx) file, paragraph by paragraph, with the standard library only.

A .docx is a zip of XML. Paragraphs are read in document order, table cells included (the
header of an administrative document is usually a two-column table), one line each. Tabs
and manual line breaks are kept; Word's non-breaking hyphen becomes U+2011 and its soft
hyphen U+00AD, which the text clean-up then repairs like any pasted text. Text boxes are
read once (Word also stores a fallback copy of each).
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class DocxError(Exception):
    """The file is not a readable .docx (message in Vietnamese)."""


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    out: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{W}t":
            out.append(node.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("\u2011")
        elif tag == f"{W}softHyphen":
            out.append("\u00ad")
    return "".join(out)


def _paragraphs(element: ElementTree.Element) -> list[ElementTree.Element]:
    """Paragraphs in document order, leaving out the fallback copies of text boxes."""
    found: list[ElementTree.Element] = []
    for child in element:
        if child.tag == MC_FALLBACK:
            continue
        if child.tag == f"{W}p":
            found.append(child)
        found.extend(_paragraphs(child))
    return found


def docx_text(data: bytes) -> str:
    """All paragraphs of the main document, one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise DocxError("tệp không phải .docx đọc được (có thể là .doc cũ hoặc tệp hỏng); mở bằng Word và lưu lại dạng .docx, hoặc sao chép toàn bộ nội dung vào một tệp .txt.") from None
    root = ElementTree.fromstring(xml)
    body = root.find(f"{W}body")
    if body is None:
        return ""
    return "\n".join(_own_text(p) for p in _paragraphs(body))


def _own_text(paragraph: ElementTree.Element) -> str:
    """Text of a paragraph without the paragraphs nested inside it (text boxes)."""
    clone = ElementTree.Element(paragraph.tag)
    for child in paragraph:
        if child.find(f".//{W}p") is None:
            clone.append(child)
    return _paragraph_text(clone)
