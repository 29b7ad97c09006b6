"""One page header: a large bold title, lines of detail under it, buttons on its right.

The dossier, the case page, the agenda and the dashboard open with it, so their headings look
alike and are built in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casefile.ui.kit.icons import icon

#: The title's size against the body text: a page's name, read first.
TITLE_SCALE = 1.5
_ALERT_STYLE = "color: #b71c1c; font-weight: bold;"


class PageHeader(QWidget):
    """``title`` (object name ``{name}Title`` unless given), the lines added under it, and a
    row of buttons on the right, kept at the top when the lines wrap. Widgets added with
    ``add_leading`` (the agenda's Earlier / Today / Later) sit left of the title.

    Every text is plain: names and titles come from users, and never render as markup.
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        title_name: str = "",
        title_scale: float = TITLE_SCALE,
        wrap_title: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Header")
        self._texts = QVBoxLayout()
        self._texts.setSpacing(3)
        self.title = self.add_line(title_name or f"{name}Title", scale=title_scale, bold=True)
        # A wrapping label gives the page a height-for-width, which a scroll area fills up to
        # the preferred height: a short title (a date) does not wrap, so its page keeps its size.
        self.title.setWordWrap(wrap_title)
        self._actions = QHBoxLayout()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addLayout(self._texts, 1)
        self._row.addLayout(self._actions)
        self._row.setAlignment(self._actions, Qt.AlignmentFlag.AlignTop)
        self._leading = 0

    def add_line(
        self,
        name: str,
        *,
        scale: float = 1.0,
        bold: bool = False,
        selectable: bool = False,
        alert: bool = False,
    ) -> QLabel:
        """A wrapping line of text under the title (``alert``: in bold red)."""
        line = QLabel(self)
        line.setObjectName(name)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        if scale != 1.0 or bold:
            font = line.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            line.setFont(font)
        if selectable:
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if alert:
            line.setStyleSheet(_ALERT_STYLE)
        self._texts.addWidget(line)
        return line

    def add_button(self, icon_name: str, text: str, handler: Callable[[], None]) -> QPushButton:
        """A button on the right, after those added before it."""
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(lambda _checked=False: handler())
        self._actions.addWidget(button)
        return button

    def add_action_widget(self, widget: QWidget, *, space_before: int = 0) -> None:
        """Any other widget on the right (a count, a group of toggles)."""
        if space_before:
            self._actions.addSpacing(space_before)
        self._actions.addWidget(widget)

    def add_leading(self, widget: QWidget) -> None:
        """A widget left of the title, after those added before it."""
        self._row.insertWidget(self._leading, widget)
        self._leading += 1
