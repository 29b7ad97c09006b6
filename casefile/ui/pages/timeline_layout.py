"""The detention timeline's model and geometry, without painting (see detention_timeline.py).

`build_timeline` turns a dossier's detention events into bars; `layout_timeline` says where
each bar, tick and legend entry goes at a given width. Both are plain data, so tests check
them instead of pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFontMetrics

from casefile.domain.detention import POINT_TYPES
from casefile.ui.i18n.language import fill

LANE_HEIGHT = 26
BAR_HEIGHT = 16
LABEL_WIDTH = 190
TOP = 22  # room for the "Today" label
AXIS_HEIGHT = 22
LEGEND_ROW = 20
MIN_SPAN_DAYS = 14
#: An approximate date known to the day may be this many days either side.
APPROX_DAYS = 7


def tr(text: str) -> str:
    return QCoreApplication.translate("DetentionTimeline", text)


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
            lines.append(fill(tr("Days: %1"), str(days)))
    if row.term_until is not None:
        lines.append(fill(tr("Term ordered until %1"), _day(row.term_until)))
    if row.place:
        lines.append(fill(tr("Place: %1"), row.place))
    if not row.start.is_exact or (row.end is not None and not row.end.is_exact):
        lines.append("<i>" + tr("Dates are approximate") + "</i>")
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
