"""File menu actions for open formats: Import from CSV… and Export….

Signals:
    OpenFormatActions.records_changed(): an import wrote records (the window reloads).
    (FileMenuActions holds the signal, the menu placement and the relabelling.)
    OpenFormatActions.change_made(object): what an import wrote, for Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.file_menu_actions import FileMenuActions

if TYPE_CHECKING:
    from casefile.ui.open_formats.csv_import_dialog import CsvImportDialog
    from casefile.ui.open_formats.export_dialog import ExportDialog
    from casefile.vault.vault import Vault


class OpenFormatActions(FileMenuActions):
    """Owns the two actions and opens their dialogs for the open vault."""

    change_made = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget,
        vault: Callable[[], Vault | None],
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(runner, dialogs, parent, vault)
        self._settings = settings
        self.import_dialog: CsvImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.import_action = self._action("import", "importCsvAction", self.open_import)
        self.export_action = self._action("export", "exportAction", self.open_export)
        self.retranslate()

    def actions(self) -> tuple[QAction, ...]:
        return (self.import_action, self.export_action)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import from CSV…"))
        self.export_action.setText(self.tr("Export…"))

    def close_all(self) -> None:
        """Closes both dialogs (the vault is locking: no record may stay on screen).

        The runner drops results of work started before the lock; an import already running
        finishes or rolls back in its own transaction.
        """
        for dialog in (self.import_dialog, self.export_dialog):
            if dialog is not None:
                dialog.reject()
                dialog.deleteLater()
        self.import_dialog = None
        self.export_dialog = None

    @Slot()
    def open_import(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from casefile.ui.open_formats.csv_import_dialog import CsvImportDialog

        self.import_dialog = CsvImportDialog(
            self._runner, self._dialogs, vault, self._parent, settings=self._settings
        )
        self.import_dialog.records_imported.connect(self.records_changed)
        self.import_dialog.change_made.connect(self.change_made)
        self.import_dialog.open()

    @Slot()
    def open_export(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from casefile.ui.open_formats.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self._runner, self._dialogs, vault, self._parent)
        self.export_dialog.open()
