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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LANE_HEIGHT = 26
BAR_HEIGHT = 16
LABEL_WIDTH = 190
TOP = 22  # room for the "Today" label
AXIS_HEIGHT = 22
LEGEND_ROW = 20
MIN_SPAN_DAYS = 14
#: An approximate date known to the day may be this many days either side.
APPROX_DAYS = 7

#: Event types that happen on a day rather than last (domain.detention.POINT_TYPES).
POINT_TYPES = frozenset(
    {
        "release",
        "release_on_bail",
        "probation_revoked",
        "conviction",
        "expulsion",
        "deprivation_of_citizenship",
    }
)

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


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


# -- model ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineBar:
    """One event as drawn. ``end`` is the last day (inclusive); None runs to today."""

    event_id: str
    type: str
    label: str
    start: date  # the earliest day the event may have started
    end: date | None
    point: bool
    start_fuzzy: tuple[date, date] | None  # period the start may fall in, if not exact
    end_fuzzy: tuple[date, date] | None
    term_until: date | None
    lane: int
    tooltip: str


@dataclass(frozen=True)
class TimelineModel:
    bars: tuple[TimelineBar, ...]
    lanes: tuple[tuple[str, str], ...]  # (type, label), in order of first appearance
    first: date
    last: date
    today: date

    @property
    def empty(self) -> bool:
        return not self.bars


EMPTY = TimelineModel((), (), date.min, date.min, date.min)


def _fuzzy(value: Any) -> tuple[date, date] | None:
    """The period a PartialDate may fall in, when it is not exact to the day."""
    if value is None or value.is_exact:
        return None
    low, high = value.earliest, value.latest
    if value.day is not None:  # approximate, but known to the day
        low, high = low - timedelta(days=APPROX_DAYS), high + timedelta(days=APPROX_DAYS)
    return (low, high)


def _tooltip(row: Any, end: date | None, ongoing: bool, point: bool, today: date) -> str:
    lines = [f"<b>{row.type_label}</b>"]
    start_text = row.start.format()
    if point:
        lines.append(start_text)
    else:
        if ongoing:
            until = tr("ongoing")
            days = (today - row.start.earliest).days + 1
        else:
            assert end is not None
            until = row.end.format() if row.end is not None else _day(end)
            days = (end - row.start.earliest).days + 1
        lines.append(f"{start_text} – {until}")
        if days > 0:
            lines.append(tr("Days: %1").replace("%1", str(days)))
    if row.term_until is not None:
        lines.append(tr("Term ordered until %1").replace("%1", _day(row.term_until)))
    if row.place:
        lines.append(tr("Place: %1").replace("%1", row.place))
    if not row.start.is_exact or (row.end is not None and not row.end.is_exact):
        lines.append(f"<i>{tr('Dates are approximate')}</i>")
    return "<br>".join(lines)


def build_timeline(events: Sequence[Any], extents: Sequence[Any], today: date) -> TimelineModel:
    """The model from a dossier's detention events and the rules' extents (EventExtent).

    Every event gets a bar: measures use their derived end; events the rules do not read
    (future or unknown types) use their own end, or are drawn as points.
    """
    if not events:
        return TimelineModel((), (), today, today, today)
    derived = {extent.event_id: extent for extent in extents}
    lane_of: dict[str, int] = {}
    lanes: list[tuple[str, str]] = []
    bars: list[TimelineBar] = []
    for row in events:
        if row.type not in lane_of:
            lane_of[row.type] = len(lanes)
            lanes.append((row.type, row.type_label))
        extent = derived.get(row.id)
        point = row.type in POINT_TYPES or (extent is None and row.end is None)
        if extent is not None:
            end = extent.end
        elif row.end is not None:
            end = max(row.end.earliest, row.start.earliest)
        else:
            end = row.start.earliest
        ongoing = not point and end is None
        bars.append(
            TimelineBar(
                event_id=row.id,
                type=row.type,
                label=row.type_label,
                start=row.start.earliest,
                end=row.start.earliest if point else end,
                point=point,
                start_fuzzy=_fuzzy(row.start),
                end_fuzzy=None if point else _fuzzy(row.end),
                term_until=row.term_until,
                lane=lane_of[row.type],
                tooltip=_tooltip(row, end, ongoing, point, today),
            )
        )
    days = [today]
    for bar in bars:
        days.append(bar.start)
        days.extend(d for d in (bar.end, bar.term_until) if d is not None)
        for fuzzy in (bar.start_fuzzy, bar.end_fuzzy):
            if fuzzy is not None:
                days.extend(fuzzy)
    first, last = min(days), max(days)
    if (last - first).days < MIN_SPAN_DAYS:
        last = first + timedelta(days=MIN_SPAN_DAYS)
    pad = timedelta(days=max(2, (last - first).days // 30))
    return TimelineModel(tuple(bars), tuple(lanes), first - pad, last + pad, today)


# -- geometry ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarGeometry:
    bar: TimelineBar
    rect: QRectF  # the solid part (a point: the diamond's bounding box)
    start_fuzzy: QRectF | None
    end_fuzzy: QRectF | None
    term: QRectF | None  # a term ordered beyond the bar's drawn end
    ongoing: bool

    def hit(self) -> QRectF:
        """The area that shows this bar's tooltip."""
        area = QRectF(self.rect)
        for extra in (self.start_fuzzy, self.end_fuzzy, self.term):
            if extra is not None:
                area = area.united(extra)
        return area.adjusted(-3, -3, 3, 3)


@dataclass(frozen=True)
class LegendEntry:
    rect: QRectF  # the swatch
    text: str
    type: str  # an event type, or "" for the hatched / dashed keys


@dataclass(frozen=True)
class TimelineGeometry:
    plot: QRectF
    lanes: tuple[QRectF, ...]
    bars: tuple[BarGeometry, ...]
    today_x: float
    ticks: tuple[tuple[float, str], ...]
    legend: tuple[LegendEntry, ...]
    height: int


def _months_between(first: date, last: date, step: int) -> list[date]:
    months: list[date] = []
    current = date(first.year, first.month, 1)
    if current < first:
        current = _add_months(current, 1)
    while current <= last:
        if (current.month - 1) % step == 0:
            months.append(current)
        current = _add_months(current, 1)
    return months


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    span = (last - first).days
    if span <= 70:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return [
            (monday + timedelta(weeks=n), (monday + timedelta(weeks=n)).strftime("%d.%m"))
            for n in range(span // 7 + 1)
            if monday + timedelta(weeks=n) <= last
        ]
    if span <= 500:
        return [(d, d.strftime("%m.%Y")) for d in _months_between(first, last, 1)]
    if span <= 1500:
        return [(d, d.strftime("%m.%Y")) for d in _months_between(first, last, 3)]
    return [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1)]


def layout_timeline(model: TimelineModel, width: int, metrics: QFontMetrics) -> TimelineGeometry:
    """Where everything goes in a widget ``width`` pixels wide."""
    plot_left = float(LABEL_WIDTH)
    plot_width = max(60.0, width - plot_left - 12)
    lanes_height = max(1, len(model.lanes)) * LANE_HEIGHT
    plot = QRectF(plot_left, TOP, plot_width, lanes_height)
    total_days = max(1, (model.last - model.first).days + 1)
    per_day = plot_width / total_days

    def x_of(day: date) -> float:
        return plot_left + (day - model.first).days * per_day

    def x_after(day: date) -> float:  # the right edge of an inclusive last day
        return x_of(day) + per_day

    lanes = tuple(
        QRectF(0, TOP + n * LANE_HEIGHT, width, LANE_HEIGHT) for n in range(len(model.lanes))
    )
    today_x = x_of(model.today) + per_day / 2
    bars: list[BarGeometry] = []
    for bar in model.bars:
        lane_top = TOP + bar.lane * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2
        if bar.point:
            centre = x_of(bar.start) + per_day / 2
            rect = QRectF(centre - BAR_HEIGHT / 2, lane_top, BAR_HEIGHT, BAR_HEIGHT)
            fuzzy = None
            if bar.start_fuzzy is not None:
                low, high = bar.start_fuzzy
                fuzzy = QRectF(x_of(low), lane_top, x_after(high) - x_of(low), BAR_HEIGHT)
            bars.append(BarGeometry(bar, rect, fuzzy, None, None, False))
            continue
        ongoing = bar.end is None
        solid_left = x_of(bar.start)
        start_fuzzy = None
        if bar.start_fuzzy is not None:
            low, high = bar.start_fuzzy
            start_fuzzy = QRectF(x_of(low), lane_top, x_after(high) - x_of(low), BAR_HEIGHT)
            solid_left = start_fuzzy.right()
        end_day = model.today if bar.end is None else bar.end
        solid_right = x_after(end_day)
        end_fuzzy = None
        if bar.end_fuzzy is not None:
            low, high = bar.end_fuzzy
            end_fuzzy = QRectF(x_of(low), lane_top, x_after(high) - x_of(low), BAR_HEIGHT)
            solid_right = min(solid_right, end_fuzzy.left())
        solid_right = max(solid_right, solid_left + 2)  # a one-day event stays visible
        rect = QRectF(solid_left, lane_top, solid_right - solid_left, BAR_HEIGHT)
        term = None
        drawn_to = max(solid_right, end_fuzzy.right() if end_fuzzy else solid_right)
        if bar.term_until is not None and x_after(bar.term_until) > drawn_to + 1 and ongoing:
            term = QRectF(drawn_to, lane_top, x_after(bar.term_until) - drawn_to, BAR_HEIGHT)
        bars.append(BarGeometry(bar, rect, start_fuzzy, end_fuzzy, term, ongoing))

    # Tick labels that would overlap their neighbour are left out.
    ticks: list[tuple[float, str]] = []
    last_right = -1e9
    for day, text in _ticks(model.first, model.last):
        x = x_of(day)
        half = metrics.horizontalAdvance(text) / 2
        if x - half > last_right + 6 and x + half < plot.right() + 6:
            ticks.append((x, text))
            last_right = x + half

    legend: list[LegendEntry] = []
    keys = [(kind, text) for kind, text in model.lanes]
    if any(b.start_fuzzy or b.end_fuzzy for b in model.bars):
        keys.append(("", tr("date approximate")))
    if any(g.term is not None for g in bars):
        keys.append(("", tr("term ordered")))
    y = plot.bottom() + AXIS_HEIGHT + 4
    x = plot_left
    for kind, text in keys:
        entry_width = 18 + metrics.horizontalAdvance(text) + 16
        if x + entry_width > width and x > plot_left:
            x, y = plot_left, y + LEGEND_ROW
        legend.append(LegendEntry(QRectF(x, y + 3, 12, 12), text, kind))
        x += entry_width
    height = int(y + LEGEND_ROW + 4) if keys else int(plot.bottom() + AXIS_HEIGHT + 4)
    return TimelineGeometry(plot, lanes, tuple(bars), today_x, tuple(ticks), tuple(legend), height)


# -- widget -----------------------------------------------------------------------------------


class DetentionTimeline(QWidget):
    """Paints a TimelineModel; hover a bar for its dates, place and term."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detentionTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = EMPTY
        self._geometry: TimelineGeometry | None = None
        self._geometry_width = -1
        self._update_height()

    @property
    def model(self) -> TimelineModel:
        return self._model

    def set_model(self, model: TimelineModel) -> None:
        self._model = model
        self._geometry = None
        self._update_height()
        self.update()

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
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

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
