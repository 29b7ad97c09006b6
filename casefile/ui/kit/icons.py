"""The app's icons: a small bundled set of 24×24 stroke SVGs (resources/icons), in palette colours.

The files draw with ``stroke="currentColor"``; each icon is rendered, when first painted at a
size, with that replaced by the palette's text colour (the highlighted-text colour for selected
items, the disabled text colour when disabled), so the set follows a light or a dark palette,
even one changed while the app runs. Rendering goes through Qt's SVG image-format plugin, which
PySide6 ships and which works under every platform plugin, offscreen included. The files ship
inside the wheel with the other resources (casefile/assets.py). The drawings are Casefile's
own, in the manner of the Lucide and Feather sets; no path data is copied.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from casefile.assets import resources_dir
from casefile.errors import BugError


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_names() -> list[str]:
    """Every icon in the bundled set, by name (file name without .svg)."""
    return sorted(path.stem for path in icons_dir().glob("*.svg"))


@cache
def _svg(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BugError(f"no icon named {name!r} in {icons_dir()}") from None


def render(name: str, size: int, colour: str) -> QPixmap:
    """The icon `name` drawn at size×size pixels in `colour` (any SVG colour, e.g. #263238)."""
    data = QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8"))
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise BugError(f"icon {name!r} did not render: {reader.errorString()}")
    return QPixmap.fromImage(image)


def icon(name: str, tint: str | None = None) -> QIcon:
    """The bundled icon `name`, drawn on demand in the current palette's colours, or always in
    `tint` (a colour that carries meaning, as a warning's)."""
    _svg(name)  # an unknown name fails here, not at paint time
    return QIcon(_SvgIconEngine(name, tint))


def _colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()


class _SvgIconEngine(QIconEngine):
    """Renders one bundled icon at the size, scale and mode asked, in the palette's colour.

    Pixmaps are rendered when first painted and kept per size, scale and colour: a main window
    with thirty icons would otherwise render some three hundred pixmaps before it shows.
    """

    def __init__(self, name: str, tint: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._tint = tint
        self._pixmaps: dict[tuple[int, int, float, str], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._tint)

    def key(self) -> str:
        return "casefile-svg"

    def iconName(self) -> str:
        return self._name

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        colour = self._tint if self._tint and mode != QIcon.Mode.Disabled else _colour(mode)
        key = (side, int(mode.value), scale, colour)
        made = self._pixmaps.get(key)
        if made is None:
            made = render(self._name, max(1, round(side * scale)), colour)
            made.setDevicePixelRatio(scale)
            self._pixmaps[key] = made
        return made
