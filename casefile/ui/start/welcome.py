"""The welcome screen, shown when there is no vault yet: create, open, or explore the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.i18n.language import LanguageBox
from casefile.ui.kit.icons import icon
from casefile.ui.kit.settings import UiSettings


class WelcomeWindow(QWidget):
    """Three ways in. The controller does the work; this only asks.

    Signals:
        create_requested(): make a new vault.
        open_requested(): open an existing vault (the controller asks where).
        demo_requested(): build (if needed) and open the demo vault.
    """

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casefile"))
        self.setObjectName("welcome")
        # The first window a new user sees: the language can be chosen before anything else.
        self.language = LanguageBox(settings, self) if settings is not None else None

        title = QLabel(self.tr("Welcome to Casefile"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Casefile keeps case files on people at risk (detentions, charges, hearings, "
                "ill-treatment, interventions) in one encrypted vault on this computer. "
                "It works fully offline; nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.create_button = QCommandLinkButton(
            self.tr("Create a new vault"),
            self.tr(
                "Start an empty, encrypted vault protected by a passphrase you choose. "
                "You will get a recovery key to write down."
            ),
            self,
        )
        self.create_button.setIcon(icon("folder_new"))
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing vault"),
            self.tr(
                "Choose a vault folder (its name ends in .casefile), for example one copied "
                "from another computer or restored from a backup."
            ),
            self,
        )
        self.open_button.setIcon(icon("folder_open"))
        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo vault"),
            self.tr(
                "Look around with invented people and cases before entering real ones. "
                "The demo is kept apart from your own vault."
            ),
            self,
        )
        self.demo_button.setIcon(icon("demo"))
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(72)

        self.status = QLabel(self)
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)

        panel = QFrame(self)
        panel.setMaximumWidth(720)
        column = QVBoxLayout(panel)
        if self.language is not None:
            column.addWidget(self.language, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addWidget(self.create_button)
        column.addWidget(self.open_button)
        column.addWidget(self.demo_button)
        column.addSpacing(8)
        column.addWidget(self.busy)
        column.addWidget(self.status)
        column.addStretch(1)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 4)
        outer.addStretch(1)
        outer.setAlignment(panel, Qt.AlignmentFlag.AlignVCenter)

        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def set_busy(self, text: str) -> None:
        """Shows work in progress (the demo being built) and disables the choices."""
        busy = bool(text)
        self.busy.setVisible(busy)
        self.status.setText(text)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)

    def set_status(self, text: str) -> None:
        self.busy.setVisible(False)
        self.status.setText(text)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(True)
