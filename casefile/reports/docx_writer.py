"""The editable copy: the same story a PDF is built from, written as a .docx (python-docx).

Templates are not duplicated: render.py builds one platypus story, and this module walks it
(Paragraph, DataTable, Kept, PageBreak; spacing flowables are skipped) into headings,
paragraphs and tables. What redaction removed is not in the story, so it is not in the .docx.
The running header and footer (recipient, reference, mark, date, page X of Y) and the neutral
metadata match the PDF's. The bytes stay in memory; the caller writes them where asked.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from casefile.errors import BugError
from casefile.reports.common import NEUTRAL_TITLE, DataTable, Kept, RunningText

#: Fonts Word and LibreOffice have everywhere that carry the Kyrgyz letters (ү ө ң).
FONT = "Arial"
_MARK = RGBColor(0xA3, 0x1F, 0x1F)
_MUTED = RGBColor(0x55, 0x5B, 0x66)
_HEADINGS = {"title": 0, "h1": 1, "h2": 2}

# ReportLab's paragraph markup: a tag, or the text between tags.
_TOKEN = re.compile(r"<(/?)([a-zA-Z]+)[^>]*?(/?)>|([^<]+)")


@dataclass(frozen=True)
class _Run:
    text: str
    bold: bool = False
    italic: bool = False
    small: bool = False
    superscript: bool = False


def _runs(markup: str) -> list[_Run]:
    """The text runs of a paragraph's markup, with bold/italic kept; <br/> becomes a line."""
    runs: list[_Run] = []
    bold = italic = small = sup = 0
    for closing, tag, self_closing, text in _TOKEN.findall(markup):
        if text:
            runs.append(_Run(html.unescape(text), bold > 0, italic > 0, small > 0, sup > 0))
            continue
        name = tag.lower()
        if name == "br":
            runs.append(_Run("\n"))
            continue
        if self_closing:
            continue
        step = -1 if closing else 1
        if name in ("b", "strong"):
            bold += step
        elif name in ("i", "em"):
            italic += step
        elif name == "font":
            small += step
        elif name == "super":
            sup += step
    return runs


def _write_runs(paragraph: DocxParagraph, runs: Iterable[_Run], *, bold: bool = False) -> None:
    for piece in runs:
        if piece.text == "\n":
            paragraph.add_run().add_break(WD_BREAK.LINE)
            continue
        run = paragraph.add_run(piece.text)
        run.bold = bold or piece.bold or None
        run.italic = piece.italic or None
        if piece.small:
            run.font.size = Pt(7)
        if piece.superscript:
            run.font.superscript = True


def _style_name(flowable: Paragraph) -> str:
    return str(getattr(flowable.style, "name", "body"))


def _paragraph_text(flowable: Paragraph) -> str:
    return str(flowable.text)


class _Writer:
    def __init__(self, document: DocumentObject) -> None:
        self.doc = document
        self._page_break_due = False

    def story(self, story: Iterable[Flowable]) -> None:
        for flowable in story:
            self.flowable(flowable)

    def flowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PageBreak):
            self._page_break_due = True
        elif isinstance(flowable, CondPageBreak | Spacer):
            return
        elif isinstance(flowable, Paragraph):
            self.paragraph(flowable)
        elif isinstance(flowable, DataTable):
            self.table(flowable)
        elif isinstance(flowable, Kept):
            self.story(flowable.flowables)
        else:
            # A template grew a flowable this copy does not know: fail, never drop content.
            raise BugError(f"The .docx copy cannot write a {type(flowable).__name__}.")

    def _new_paragraph(self, style: str | None = None) -> DocxParagraph:
        paragraph = self.doc.add_paragraph(style=style)
        if self._page_break_due:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_due = False
        return paragraph

    def paragraph(self, flowable: Paragraph) -> None:
        style = _style_name(flowable)
        runs = _runs(_paragraph_text(flowable))
        if style in _HEADINGS:
            level = _HEADINGS[style]
            paragraph = self._new_paragraph("Title" if level == 0 else f"Heading {level}")
            _write_runs(paragraph, runs)
            return
        paragraph = self._new_paragraph()
        bullet = getattr(flowable, "bulletText", None)
        if bullet:
            paragraph.paragraph_format.left_indent = Pt(14)
            paragraph.paragraph_format.first_line_indent = Pt(-12)
            paragraph.add_run(f"{bullet}\t")
        self._style_paragraph(paragraph, style, runs)

    @staticmethod
    def _style_paragraph(paragraph: DocxParagraph, style: str, runs: list[_Run]) -> None:
        _write_runs(paragraph, runs, bold=style in ("name", "mark", "cell_label", "cell_head"))
        for run in paragraph.runs:
            if style in ("notice", "small", "subtitle"):
                run.font.color.rgb = _MUTED
                run.italic = True if style == "notice" else run.italic
            elif style == "mark":
                run.font.color.rgb = _MARK
            if style == "name":
                run.font.size = Pt(13)

    def table(self, flowable: DataTable) -> None:
        rows = flowable.cells
        if not rows:
            return
        columns = max(len(row) for row in rows)
        if self._page_break_due:
            self._new_paragraph()
        table = self.doc.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            if r < flowable.header_rows:
                _repeat_as_header(table.rows[r])
            for c, value in enumerate(row):
                self._cell(table.cell(r, c), value, header=r < flowable.header_rows)
        self.doc.add_paragraph()

    def _cell(self, cell: _Cell, value: Flowable, *, header: bool) -> None:
        target = cell.paragraphs[0]
        for item in value.flowables if isinstance(value, Kept) else (value,):
            if isinstance(item, Paragraph):
                if target is None:
                    target = cell.add_paragraph()
                style = "cell_head" if header else _style_name(item)
                self._style_paragraph(target, style, _runs(_paragraph_text(item)))
                target = None
            elif isinstance(item, DataTable):
                inner = cell.add_table(rows=len(item.cells), cols=max(map(len, item.cells)))
                inner.style = "Table Grid"
                for r, row in enumerate(item.cells):
                    for c, nested in enumerate(row):
                        self._cell(inner.cell(r, c), nested, header=r < item.header_rows)
            elif not isinstance(item, CondPageBreak | Spacer):
                raise BugError(f"The .docx copy cannot write a {type(item).__name__} in a table.")


def _repeat_as_header(row: object) -> None:
    """Marks a table row to repeat on every page, as the PDF's repeatRows does."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _field(paragraph: DocxParagraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the word processor fills in."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1")):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _running(document: DocumentObject, running: RunningText) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    mark = header.add_run(running.mark)
    mark.bold = True
    mark.font.color.rgb = _MARK
    header.add_run("\t\t" + running.reference)
    line = section.header.add_paragraph(running.recipient)
    for run in line.runs:
        run.font.color.rgb = _MUTED
    footer = section.footer.paragraphs[0]
    footer.add_run(running.generated + "\t" + running.mark + "\t")
    before, _, rest = running.page_of.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    footer.add_run(after)
    for paragraph in (header, line, footer):
        for run in paragraph.runs:
            run.font.size = Pt(8)


def _neutral_metadata(document: DocumentObject, generated: date, lang: str) -> None:
    """As the PDF's: a neutral title, no author, no template's leftovers."""
    props = document.core_properties
    props.title = NEUTRAL_TITLE
    props.author = ""
    props.last_modified_by = ""
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.language = lang
    props.revision = 1
    stamp = datetime.combine(generated, time(), tzinfo=UTC)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp


def build_docx(story: list[Flowable], running: RunningText, *, lang: str, generated: date) -> bytes:
    """The story as a .docx, in memory."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    _neutral_metadata(document, generated, lang)
    _running(document, running)
    _Writer(document).story(story)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
