"""File → Send changes…, Receive changes… and Exchange conflicts…: the menu actions.

The dialogs (exchange_dialogs.py, exchange_conflicts.py) and the exchange services they call
are imported when an action is first used: with the Ed25519 and X25519 keys' bindings they
take about 5 MiB, which a session that exchanges nothing never needs (bench/README.md).

Signals:
    ExchangeActions.records_changed(): an import or a resolution changed records.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from casefile.ui.exchange.files import open_bundle_path
from casefile.ui.exchange.folder_sync import FolderSync
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.file_menu_actions import FileMenuActions

if TYPE_CHECKING:
    from casefile.services.exchange.bundle_format import BundleHeader, BundleProbe
    from casefile.services.exchange.devices import PartnerInfo
    from casefile.ui.exchange.conflicts import ConflictsDialog
    from casefile.ui.exchange.dialogs import ReceiveChangesDialog, SendChangesDialog
    from casefile.ui.exchange.sync_panel import ExchangeDialog
    from casefile.vault.vault import Vault


class ExchangeActions(FileMenuActions):
    """Owns the File-menu actions for exchange and opens their dialogs for the open vault."""

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget,
        vault: Callable[[], Vault | None],
    ) -> None:
        super().__init__(runner, dialogs, parent, vault)
        self.send_dialog: SendChangesDialog | None = None
        self.receive_dialog: ReceiveChangesDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.send_action = self._action("send_changes", "sendChangesAction", self.open_send)
        self.receive_action = self._action(
            "receive_changes", "receiveChangesAction", self.open_receive
        )
        self.conflicts_action = self._action(
            "conflicts", "exchangeConflictsAction", self.open_conflicts
        )
        self.exchange_dialog: ExchangeDialog | None = None
        self.folder_sync = FolderSync(runner, vault, self)
        self.folder_sync.records_changed.connect(self.records_changed)
        self.exchange_action = self._action("log", "exchangeAction", self.open_exchange)
        self.retranslate()

    def actions(self) -> tuple[QAction, ...]:
        return (self.send_action, self.receive_action, self.conflicts_action)

    def retranslate(self) -> None:
        self.send_action.setText(self.tr("Send changes…"))
        self.receive_action.setText(self.tr("Receive changes…"))
        self.conflicts_action.setText(self.tr("Exchange conflicts…"))
        self.exchange_action.setText(self.tr("Exchange…"))

    def install_tools(self, menu: QMenu) -> None:
        """Tools › Exchange…: the sync folder and the exchange log."""
        menu.addAction(self.exchange_action)

    def set_vault(self, vault: Vault | None) -> None:
        """Folder sync runs after unlock and every few minutes while the vault is open."""
        self.folder_sync.set_vault(vault)

    @Slot()
    def open_exchange(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from casefile.ui.exchange.sync_panel import ExchangeDialog

        self.exchange_dialog = ExchangeDialog(
            self._runner, self._dialogs, vault, self.folder_sync, self._parent
        )
        self.exchange_dialog.records_changed.connect(self.records_changed)
        self.exchange_dialog.open()

    @Slot()
    def open_send(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from casefile.ui.exchange.dialogs import SendChangesDialog

        self.send_dialog = SendChangesDialog(self._runner, self._dialogs, vault, self._parent)
        self.send_dialog.open()

    @Slot()
    def open_receive(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        path = open_bundle_path(self._dialogs, self._parent)
        if path is None:
            return

        def read() -> tuple[Path, BundleProbe, BundleHeader | None, PartnerInfo | None]:
            from casefile.services.exchange.bundle_format import probe
            from casefile.ui.exchange.dialogs import read_sender

            # The size and the first bytes first: a file that is not a bundle (or an old one
            # too large to read whole) is refused here, before anything is decrypted.
            found = probe(path)
            if found.mode == "passphrase" and not found.legacy:
                return path, found, None, None  # who sent it shows once it is decrypted
            # Formats 1 and 2 show their sender without a key; a format-3 bundle sent to this
            # vault opens with the vault's own key.
            return (path, found, *read_sender(vault, path, None))

        self._runner.run(read, lambda result: self._show_receive(vault, *result), self._failed)

    def _show_receive(
        self,
        vault: Vault,
        path: Path,
        found: BundleProbe,
        header: BundleHeader | None,
        partner: PartnerInfo | None,
    ) -> None:
        from casefile.ui.exchange.dialogs import ReceiveChangesDialog

        self.receive_dialog = ReceiveChangesDialog(
            self._runner, self._dialogs, vault, path, found.mode, header, partner, self._parent
        )
        self.receive_dialog.records_imported.connect(self._on_records_imported)
        self.receive_dialog.open()

    @Slot()
    def _on_records_imported(self) -> None:
        self.records_changed.emit()
        dialog = self.receive_dialog
        if dialog is not None and dialog.imported is not None and dialog.imported.conflicts:
            self.open_conflicts()

    @Slot()
    def open_conflicts(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from casefile.ui.exchange.conflicts import ConflictsDialog

        self.conflicts_dialog = ConflictsDialog(self._runner, self._dialogs, vault, self._parent)
        self.conflicts_dialog.conflicts_resolved.connect(self.records_changed)
        self.conflicts_dialog.open()

    def close_all(self) -> None:
        """Closes every exchange window (the vault is locking)."""
        dialogs = (self.send_dialog, self.receive_dialog, self.conflicts_dialog)
        for dialog in (*dialogs, self.exchange_dialog):
            if dialog is not None:
                dialog.close()

    def _failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self._parent, error)
