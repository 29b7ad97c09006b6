"""File › Emergency erase… (Ctrl+Shift+E): one question, then the vault's key files are gone.

For a laptop about to be taken: the confirmation is one dialog whose default button (Enter)
and Escape both cancel, so a stray key press erases nothing, while a deliberate click on
"Erase now" is all it takes. The controller then destroys the key files (the backups' too)
and ends Casefile: afterwards only the recovery key opens the vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence

from casefile.ui.kit.dialogs import DialogService

if TYPE_CHECKING:
    from casefile.ui.shell.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+E"


class PanicErase(QObject):
    """The menu action and its one confirmation.

    Signals:
        erase_confirmed(): the user confirmed; the controller erases and ends.
    """

    erase_confirmed = Signal()

    def __init__(self, window: MainWindow, dialogs: DialogService) -> None:
        super().__init__(window)
        self._window = window
        self._dialogs = dialogs
        self.action = QAction(window)
        self.action.setObjectName("emergencyEraseAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self._on_action_triggered)
        window.add_menu_action(window.file_menu, self.action, before_quit=True)
        self._retranslate()
        window.installEventFilter(self)  # to follow a change of the interface language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Emergency erase…"))
        self.action.setToolTip(
            self.tr("Destroy this vault's keys now; only the recovery key opens it afterwards")
        )

    @Slot()
    def _on_action_triggered(self) -> None:
        if self._dialogs.confirm(
            self._window,
            self.tr("Emergency erase"),
            self.tr(
                "Destroy the keys of this vault now and close Casefile?\n\n"
                "Afterwards the passphrase no longer opens the vault, here or in its backups "
                "folder. Only the recovery key does. Backups stored elsewhere are not touched."
            ),
            danger=True,
            action=self.tr("Erase now"),
        ):
            self.erase_confirmed.emit()
