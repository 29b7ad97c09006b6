"""What every report shares: running header and footer, neutral metadata, building blocks.

Each page carries the recipient, the case reference, the confidentiality mark, the generation
date and "Page X of Y". Y is only known at the end, so the canvas keeps each page's state and
draws the header and footer when the document is saved (the NumberedCanvas recipe: one pass).
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casefile.reports import styles as st
from casefile.reports.styles import stylesheet

#: The only title a PDF gets: no name, no template, nothing that identifies the case.
NEUTRAL_TITLE = "Case summary"

PAGE_WIDTH, PAGE_HEIGHT = A4
#: The least space between the footer's centred mark and the texts beside it, in points.
FOOTER_GAP = 8
BODY_WIDTH = PAGE_WIDTH - 2 * st.PAGE_MARGIN


@dataclass(frozen=True)
class RunningText:
    """The texts of the header and footer, already in the document's language."""

    recipient: str
    reference: str
    mark: str
    generated: str
    page_of: str  # with {page} and {pages}


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Draws header and footer on save, when the page count is known."""

    def __init__(self, *args: Any, running: RunningText, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._running = running
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        # A joined document (RunningSection) numbers each part's pages on their own.
        sections = [state.get("running_section") for state in self._pages]
        totals = Counter(section.index for section in sections if section is not None)
        seen: Counter[int] = Counter()
        for state, section in zip(self._pages, sections, strict=True):
            self.__dict__.update(state)
            if section is None:
                self._draw_running(self._pageNumber, len(self._pages), self._running.reference)
            else:
                seen[section.index] += 1
                self._draw_running(seen[section.index], totals[section.index], section.reference)
            super().showPage()
        super().save()

    def _draw_running(self, page: int, total: int, reference: str) -> None:
        r = self._running
        left, right = st.PAGE_MARGIN, PAGE_WIDTH - st.PAGE_MARGIN
        top = PAGE_HEIGHT - st.PAGE_MARGIN + 4
        self.saveState()
        self.setFillColor(st.MARK)
        self.setFont(st.FONT_BOLD, 8.5)
        self.drawString(left, top, r.mark)
        self.setFillColor(st.MUTED)
        self.setFont(st.FONT, 8)
        self.drawRightString(right, top, _fit(reference, 60))
        self.drawString(left, top - 11, _fit(r.recipient, 110))
        self.setStrokeColor(st.RULE)
        self.setLineWidth(0.5)
        self.line(left, top - 15, right, top - 15)
        bottom = st.PAGE_MARGIN - 12
        self.line(left, bottom + 10, right, bottom + 10)
        page_of = r.page_of.format(page=page, pages=total)
        self.drawString(left, bottom, r.generated)
        self.drawRightString(right, bottom, page_of)
        if r.mark and total:
            # Smaller where it would run into the texts beside it (the Russian internal mark
            # beside "Составлено 20 декабря 2026").
            room = 2 * min(
                PAGE_WIDTH / 2 - left - self.stringWidth(r.generated, st.FONT, 8),
                right - self.stringWidth(page_of, st.FONT, 8) - PAGE_WIDTH / 2,
            )
            room -= 2 * FOOTER_GAP
            wide = self.stringWidth(r.mark, st.FONT_BOLD, 8)
            self.setFillColor(st.MARK)
            self.setFont(st.FONT_BOLD, 8 if wide <= room else max(5.5, 8 * room / wide))
            self.drawCentredString(PAGE_WIDTH / 2, bottom, r.mark)
        self.restoreState()


class RunningSection(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Starts one part of a joined document (a batch's brief), from a new page: the pages
    from here carry this reference, and are numbered "Page 1 of N" within the part. Takes no
    room; ``starts`` collects the page each part begins on (for the cover list)."""

    def __init__(self, index: int, reference: str, starts: list[int]) -> None:
        super().__init__()
        self.index = index
        self.reference = reference
        self.starts = starts

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.running_section = self  # kept with the page's state (_NumberedCanvas)
        self.starts.append(self.canv.getPageNumber())


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_pdf(story: list[Flowable], running: RunningText, *, lang: str) -> bytes:
    """Lay out the story on A4 and return the PDF bytes (nothing is written to disk)."""
    stylesheet()  # registers the fonts
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=st.PAGE_MARGIN,
        rightMargin=st.PAGE_MARGIN,
        topMargin=st.PAGE_MARGIN + st.HEADER_SPACE - 6,
        bottomMargin=st.PAGE_MARGIN + st.FOOTER_SPACE - 8,
        # Neutral metadata: no names, no author, no software fingerprint beyond the PDF itself.
        title=NEUTRAL_TITLE,
        author="",
        subject="",
        creator="",
        producer="",
        keywords=[],
        lang=lang,
        initialFontName=st.FONT,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, running=running))
    return buffer.getvalue()


# -- building blocks -----------------------------------------------------------------------


def esc(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (user or fixed) text."""
    return Paragraph(esc(text), getattr(stylesheet(), style))


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup (pieces already escaped with esc())."""
    return Paragraph(text, getattr(stylesheet(), style))


#: A heading needs this much room below it, or it starts the next page (no orphan headings;
#: keepWithNext would instead push a whole long table to the next page).
HEADING_ROOM = 38 * mm


def heading(text: str, level: int = 1) -> list[Flowable]:
    room = HEADING_ROOM if level == 1 else HEADING_ROOM * 0.7
    return [CondPageBreak(room), para(text, "h1" if level == 1 else "h2")]


def bullets(items: Iterable[str], *, numbered: bool = False) -> list[Flowable]:
    """Hanging paragraphs, bulleted or numbered, for plain texts."""
    style = stylesheet().bullet
    return [
        Paragraph(esc(text), style, bulletText=f"{n}." if numbered else "•")
        for n, text in enumerate(items, start=1)
    ]


type Cell = str | Flowable


def _cell(value: Cell, style: str) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(value, getattr(stylesheet(), style))


class DataTable(Table):  # type: ignore[misc]  # ReportLab has no type hints
    """A Table that keeps its cells and header rows readable, for the .docx copy
    (docx_writer.py), which writes the same story without reaching into ReportLab."""

    # The signature is Table's own: ReportLab splits a table across pages by calling its class.
    def __init__(self, data: list[list[Flowable]], *args: Any, **kw: Any) -> None:
        super().__init__(data, *args, **kw)
        self.cells: tuple[tuple[Flowable, ...], ...] = tuple(tuple(row) for row in data)
        self.header_rows: int = kw.get("repeatRows", 0)
        self.widths: tuple[float, ...] = tuple(kw.get("colWidths") or ())


class Kept(KeepTogether):  # type: ignore[misc]  # ReportLab has no type hints
    """KeepTogether whose content stays readable (see DataTable)."""

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(flowables)
        self.flowables = tuple(flowables)


def kv_table(rows: Sequence[tuple[str, Cell]], label_width: float = 0.34) -> Table:
    """Two columns, label and value; values are markup strings or flowables."""
    data = [[_cell(esc(label), "cell_label"), _cell(value, "cell")] for label, value in rows]
    table = DataTable(
        data,
        colWidths=[BODY_WIDTH * label_width, BODY_WIDTH * (1 - label_width)],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, st.RULE),
                ("BACKGROUND", (0, 0), (0, -1), st.SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> Table:
    """A table with a shaded header row; widths are fractions of the body width."""
    data: list[list[Flowable]] = [[_cell(esc(h), "cell_head") for h in header]]
    data += [[_cell(value, "cell") for value in row] for row in rows]
    table = DataTable(data, colWidths=[BODY_WIDTH * w for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), st.SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, st.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def spacer(height: float = 4) -> Spacer:
    return Spacer(1, height)


def keep(*flowables: Flowable) -> KeepTogether:
    return Kept(list(flowables))
