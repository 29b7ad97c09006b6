"""Icons Qt's standard set lacks, drawn at run time so that no image files ship.

Qt's standard pixmaps have no padlock; the "stop" sign used before read as "close" or "error".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def padlock_icon(color: QColor | None = None) -> QIcon:
    """A closed padlock in the given colour (default: a dark slate), at 16 to 64 px."""
    ink = color or QColor("#37474f")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16.0
        pen = QPen(ink, 1.8 * unit)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QPainterPath()
        shackle.moveTo(4.5 * unit, 8 * unit)
        shackle.lineTo(4.5 * unit, 5.5 * unit)
        shackle.arcTo(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 7 * unit), 180, -180)
        shackle.lineTo(11.5 * unit, 8 * unit)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawRoundedRect(QRectF(2.5 * unit, 7 * unit, 11 * unit, 8 * unit), unit, unit)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(7 * unit, 9.5 * unit, 2 * unit, 2 * unit))
        painter.drawRect(QRectF(7.6 * unit, 11 * unit, 0.8 * unit, 2 * unit))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
