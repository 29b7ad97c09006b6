"""A person's detention timeline: one coloured bar per detention event, today marked.

The widget paints with QPainter from a plain model (`build_timeline`) and a geometry computed
from it (`layout_timeline`), so tests check the model and geometry, not pixels.

How dates are drawn, honestly:
- a measure lasts until the end the detention rules derive for it (an open pretrial
  detention ends where the extension that takes over starts); a measure still in force runs
  to today and ends in an arrow;
- a start (or end) known only to the month or year, or marked approximate, is hatched over
  the whole period it may fall in; the solid bar starts where the date is certain;
- a custody term ordered beyond today is a dashed outline up to the term's last day;
- points (release, conviction, expulsion…) are diamonds.

The keyboard reaches every event: the timeline is a Tab stop, the arrow keys (Home, End) move
from event to event in order of their start, the current one is framed and its details are
shown as its tooltip and given to screen readers as the description; Enter opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from casefile.domain.detention import POINT_TYPES
from casefile.ui.pages.timeline_layout import (
    AXIS_HEIGHT,
    EMPTY,
    LABEL_WIDTH,
    TOP,
    BarGeometry,
    TimelineBar,
    TimelineGeometry,
    TimelineModel,
    build_timeline,
    layout_timeline,
)

__all__ = ["DetentionTimeline", "TimelineModel", "build_timeline", "colour_of", "layout_timeline"]

# Custody in reds (darker = heavier), other measures in blues and green, points in neutrals;
# picked from the Okabe-Ito and ColorBrewer sets so neighbours stay apart for colour-blind eyes.
COLOURS: dict[str, str] = {
    "arrest": "#E69F00",
    "police_custody": "#D55E00",
    "pretrial_detention": "#B2182B",
    "pretrial_extension": "#D6604D",
    "imprisonment": "#67001F",
    "house_arrest": "#0072B2",
    "travel_ban": "#56B4E9",
    "probation": "#009E73",
    "disappearance": "#404040",
    "release": "#1B7837",
    "release_on_bail": "#5AAE61",
    "conviction": "#111111",
    "probation_revoked": "#762A83",
    "expulsion": "#7F3C8D",
    "deprivation_of_citizenship": "#8C8C8C",
}
UNKNOWN_COLOUR = "#9E9E9E"
TODAY_COLOUR = "#C62828"


def tr(text: str) -> str:
    return QCoreApplication.translate("DetentionTimeline", text)


def colour_of(event_type: str) -> QColor:
    return QColor(COLOURS.get(event_type, UNKNOWN_COLOUR))


# -- widget -----------------------------------------------------------------------------------


_NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down})
_PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up})
_OPEN_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


class DetentionTimeline(QWidget):
    """Paints a TimelineModel; hover a bar for its dates, place and term, or move through the
    events with the arrow keys.

    Signals:
        event_activated(str): an event was opened (Enter, or a double click on its bar): its id.
    """

    event_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detentionTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = EMPTY
        self._order: tuple[str, ...] = ()  # event ids by start, then lane
        self._current = ""  # the event id the keyboard is on
        self._geometry: TimelineGeometry | None = None
        self._geometry_width = -1
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # until there are events to reach
        self._update_height()

    @property
    def model(self) -> TimelineModel:
        return self._model

    def set_model(self, model: TimelineModel) -> None:
        self._model = model
        self._geometry = None
        ordered = sorted(model.bars, key=lambda bar: (bar.start, bar.lane))
        self._order = tuple(bar.event_id for bar in ordered)
        if self._current not in self._order:
            self._current = ""
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if model.empty else Qt.FocusPolicy.StrongFocus)
        self._describe_current()
        self._update_height()
        self.update()

    # -- the keyboard's event -----------------------------------------------------------------

    def current_bar(self) -> TimelineBar | None:
        """The event the keyboard is on (framed while the timeline has the focus), or None."""
        return next((bar for bar in self._model.bars if bar.event_id == self._current), None)

    def set_current(self, event_id: str) -> None:
        """Puts the keyboard on an event; its details show as a tooltip while focused."""
        if event_id not in self._order:
            return
        self._current = event_id
        self._describe_current()
        self.update()
        bar = self.current_bar()
        if bar is not None and self.hasFocus():
            shape = next(g for g in self.timeline_geometry().bars if g.bar is bar)
            spot = shape.hit().bottomLeft().toPoint()
            QToolTip.showText(self.mapToGlobal(spot), bar.tooltip, self)

    def _describe_current(self) -> None:
        # Screen readers read the description when it changes (Qt sends DescriptionChanged).
        bar = self.current_bar()
        text = QTextDocumentFragment.fromHtml(bar.tooltip).toPlainText() if bar else ""
        self.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self._order or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        last = len(self._order) - 1
        place = self._order.index(self._current) if self._current else -1
        if key in _OPEN_KEYS and self._current:
            self.event_activated.emit(self._current)
            return
        if key in _NEXT_KEYS:
            place = min(place + 1, last)
        elif key in _PREVIOUS_KEYS:
            place = max(place - 1, 0)
        elif key == Qt.Key.Key_Home:
            place = 0
        elif key == Qt.Key.Key_End:
            place = last
        else:
            super().keyPressEvent(event)
            return
        self.set_current(self._order[place])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.set_current(self._current or (self._order[0] if self._order else ""))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()  # the frame goes

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None:
            self._current = bar.event_id
        super().mousePressEvent(event)  # takes the focus (StrongFocus), which shows it
        self.set_current(self._current)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None:
            self.event_activated.emit(bar.event_id)
            return
        super().mouseDoubleClickEvent(event)

    def clear(self) -> None:
        self.set_model(EMPTY)

    def timeline_geometry(self) -> TimelineGeometry:
        if self._geometry is None or self._geometry_width != self.width():
            self._geometry_width = self.width()
            self._geometry = layout_timeline(
                self._model, max(self.width(), 300), self.fontMetrics()
            )
        return self._geometry

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumHeight())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._geometry = None
        self._update_height()

    def _update_height(self) -> None:
        if self._model.empty:
            self.setFixedHeight(40)
            return
        self._geometry = None
        self.setFixedHeight(self.timeline_geometry().height)

    # -- events -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            lane = self.lane_label_at(QPointF(event.pos()))
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.tooltip, self)
            elif lane:  # lane labels may be cut short
                QToolTip.showText(event.globalPos(), lane, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def lane_label_at(self, pos: QPointF) -> str:
        """The full label of the lane whose label is under a point ("" if none)."""
        if pos.x() >= LABEL_WIDTH:
            return ""
        for number, lane in enumerate(self.timeline_geometry().lanes):
            if lane.contains(pos) and number < len(self._model.lanes):
                return self._model.lanes[number][1]
        return ""

    def bar_at(self, pos: QPointF) -> TimelineBar | None:
        """The bar under a point (the shortest one if several overlap)."""
        hits = [g for g in self.timeline_geometry().bars if g.hit().contains(pos)]
        if not hits:
            return None
        return min(hits, key=lambda g: g.hit().width()).bar

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if self._model.empty:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No detention events recorded.")
            )
            return
        geo = self.timeline_geometry()
        metrics = self.fontMetrics()
        base = palette.color(QPalette.ColorRole.Base)
        alternate = palette.color(QPalette.ColorRole.AlternateBase)
        for number, lane in enumerate(geo.lanes):
            painter.fillRect(lane, alternate if number % 2 else base)
            text = metrics.elidedText(
                self._model.lanes[number][1], Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12
            )
            painter.setPen(text_colour)
            painter.drawText(
                lane.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        grid = QColor(text_colour)
        grid.setAlpha(40)
        for x, text in geo.ticks:
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, geo.plot.top()), QPointF(x, geo.plot.bottom()))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x - 40, geo.plot.bottom() + 2, 80, AXIS_HEIGHT - 4),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        for bar in geo.bars:
            self._paint_bar(painter, bar)
            if self.hasFocus() and bar.bar.event_id == self._current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                highlight = palette.color(QPalette.ColorRole.Highlight)
                painter.setPen(QPen(highlight, 2, Qt.PenStyle.DotLine))
                painter.drawRect(bar.hit())
        self._paint_today(painter, geo)
        self._paint_legend(painter, geo, text_colour)

    def _paint_bar(self, painter: QPainter, geo: BarGeometry) -> None:
        colour = colour_of(geo.bar.type)
        faded = QColor(colour)
        faded.setAlpha(70)
        outline = QPen(colour.darker(130), 1)
        if geo.start_fuzzy is not None or geo.end_fuzzy is not None:
            for fuzzy in (geo.start_fuzzy, geo.end_fuzzy):
                if fuzzy is None:
                    continue
                painter.fillRect(fuzzy, faded)
                painter.fillRect(fuzzy, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        if geo.bar.point:
            centre = geo.rect.center()
            half = geo.rect.width() / 2
            diamond = QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y()),
                    QPointF(centre.x(), centre.y() + half),
                    QPointF(centre.x() - half, centre.y()),
                ]
            )
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(colour)
            painter.drawPolygon(diamond)
            return
        if geo.term is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
            painter.drawRect(geo.term.adjusted(0, 1, -1, -1))
        painter.setPen(outline)
        painter.setBrush(colour)
        painter.drawRect(geo.rect)
        if geo.ongoing:
            # An arrow head: still in force, runs on past today.
            tip_x = geo.rect.right() + 7
            mid = geo.rect.center().y()
            path = QPainterPath()
            path.moveTo(geo.rect.right(), geo.rect.top() - 2)
            path.lineTo(tip_x, mid)
            path.lineTo(geo.rect.right(), geo.rect.bottom() + 2)
            path.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPath(path)

    def _paint_today(self, painter: QPainter, geo: TimelineGeometry) -> None:
        pen = QPen(QColor(TODAY_COLOUR), 2)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(geo.today_x, geo.plot.top() - 4), QPointF(geo.today_x, geo.plot.bottom())
        )
        label = tr("Today")
        width = self.fontMetrics().horizontalAdvance(label) + 8
        left = min(geo.today_x - width / 2, self.width() - width)
        painter.drawText(
            QRectF(left, 2, width, TOP - 6),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )

    def _paint_legend(self, painter: QPainter, geo: TimelineGeometry, text: QColor) -> None:
        for entry in geo.legend:
            if entry.type:
                colour = colour_of(entry.type)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                if entry.type in POINT_TYPES:
                    c, h = entry.rect.center(), entry.rect.width() / 2
                    painter.drawPolygon(
                        QPolygonF(
                            [
                                QPointF(c.x(), c.y() - h),
                                QPointF(c.x() + h, c.y()),
                                QPointF(c.x(), c.y() + h),
                                QPointF(c.x() - h, c.y()),
                            ]
                        )
                    )
                else:
                    painter.drawRect(entry.rect)
            elif entry.text == tr("term ordered"):
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
                painter.drawRect(entry.rect)
            else:
                painter.fillRect(entry.rect, QBrush(text, Qt.BrushStyle.BDiagPattern))
            painter.setPen(text)
            painter.drawText(
                QRectF(entry.rect.right() + 5, entry.rect.top() - 3, 400, 18),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                entry.text,
            )
