"""Opening a vault with its recovery key, then setting a new passphrase for it.

Used when the passphrase is forgotten or the key file is missing or damaged. Both steps run off
the GUI thread; the recovery key is asked through the dialog service.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.passphrase_fields import NewPassphraseDialog
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.start import vault_stack


class RecoveryFlow(QObject):
    """Recovery key in, open Vault out (with a new key file when the user sets a passphrase).

    Signals:
        vault_recovered(object): the open Vault.
    """

    vault_recovered = Signal(object)

    def __init__(
        self,
        path: Path,
        runner: TaskRunner,
        dialogs: DialogService,
        parent_widget: QWidget | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._runner = runner
        self._dialogs = dialogs
        self._parent_widget = parent_widget
        self._vault: object | None = None
        self._dialog: NewPassphraseDialog | None = None

    def start(self) -> None:
        key = self._dialogs.ask_text(
            self._parent_widget,
            self.tr("Use recovery key"),
            self.tr(
                "Type the vault's recovery key, as written down or printed when the vault was "
                "made (groups of letters and digits; dashes and spaces do not matter):"
            ),
        )
        if not key:
            return
        path = self._path

        def open_vault() -> object:
            return vault_stack.vault_class().open_with_recovery_key(path, key)

        self._runner.run(open_vault, self._on_opened, self._on_failed)

    def _on_opened(self, vault: object) -> None:
        self._vault = vault
        dialog = NewPassphraseDialog(
            self.tr(
                "The recovery key opened the vault. Choose a new passphrase: it replaces the "
                "old one (or the lost key file). The recovery key stays the same."
            ),
            self._parent_widget,
        )
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.rejected.connect(self._on_dialog_rejected)
        self._dialog = dialog
        dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        assert self._dialog is not None
        vault = self._vault
        passphrase = self._dialog.fields.passphrase()
        self._dialog.fields.clear()

        def set_passphrase() -> object:
            vault.set_passphrase_after_recovery(passphrase)  # type: ignore[union-attr]
            return vault

        self._runner.run(set_passphrase, self.vault_recovered.emit, self._on_failed)

    @Slot()
    def _on_dialog_rejected(self) -> None:
        self._dialogs.info(
            self._parent_widget,
            self.tr("No new passphrase"),
            self.tr(
                "The vault is open, but its passphrase was not changed. Next time it will "
                "again need the recovery key (or the old passphrase, if the key file is there)."
            ),
        )
        self.vault_recovered.emit(self._vault)

    def _on_failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self._parent_widget, error)
