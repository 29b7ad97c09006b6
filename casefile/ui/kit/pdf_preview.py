"""A PDF shown from memory (QtPdf reading a QBuffer), and printing its pages.

Nothing here touches the disk: the document's bytes live in a QBuffer owned by the widget,
and printing renders each page to an image that is painted on the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

#: Printing renders pages as images at this resolution at most (enough for text on paper).
PRINT_DPI_CAP = 300


class PdfPreview(QWidget):
    """Pages of an in-memory PDF, fitted to the width, or a message while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.view)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount()) if self._buffer is not None else 0

    def show_pdf(self, pdf: bytes) -> None:
        """Shows ``pdf``; the bytes stay in memory only."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # a QBuffer loads at once
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._layout.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        """Drops the document (if any) and shows ``text`` instead."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self.message.setText(text)
        self._layout.setCurrentWidget(self.message)


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Paints every page of ``document`` on ``printer``; False if the printer would not start."""
    pages = document.pageCount()
    if pages <= 0:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return True
