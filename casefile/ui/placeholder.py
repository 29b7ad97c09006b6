"""A page that says plainly what is not there yet, instead of an empty area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A centred title and explanation; has the page interface (set_vault, reload, clear)."""

    def __init__(self, page_id: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setMaximumWidth(560)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_vault(self, vault: object) -> None:
        pass

    def reload(self) -> None:
        pass

    def clear(self) -> None:
        pass
