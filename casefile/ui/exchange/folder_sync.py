"""The folder sync of the open vault: after unlock and every few minutes while it is open,
on the task runner (services/exchange/sync.py, docs/office-network.md).

A file that cannot be imported is a line in the exchange log, never a dialog; an automatic
sync that fails (the folder is gone, say) keeps its message for Tools › Exchange… only.

Signals:
    FolderSync.records_changed(): a sync imported records.
    FolderSync.synced(): a sync finished (the exchange window reloads its log).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from casefile.errors import KnownError
from casefile.ui.kit.errors import describe_known
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.services.exchange.sync import SyncReport
    from casefile.vault.vault import Vault

#: Between automatic syncs while the vault is open.
INTERVAL_MS = 5 * 60 * 1000
#: After unlock: the window paints first.
FIRST_MS = 3000


class FolderSync(QObject):
    """Syncs the open vault's folder (if it has one) after unlock and every few minutes."""

    records_changed = Signal()
    synced = Signal()

    def __init__(
        self, runner: TaskRunner, vault: Callable[[], Vault | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._vault = vault
        self._running = False
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def set_vault(self, vault: Vault | None) -> None:
        if vault is None:
            self.timer.stop()
            return
        self.timer.start()
        QTimer.singleShot(FIRST_MS, self._on_timer_timeout)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.run(quiet=True)

    def run(self, *, quiet: bool, failed: Callable[[BaseException], None] | None = None) -> bool:
        """Starts a sync unless one runs or no folder is set; quiet: errors only logged."""
        vault = self._vault()
        if vault is None or self._running:
            return False

        def work() -> SyncReport | None:
            from casefile.services.exchange import sync_folder

            if sync_folder.folder_of(vault) is None:
                return None  # the exchange's modules stay unloaded
            from casefile.services.exchange import sync

            return sync.sync(vault)

        def done(report: SyncReport | None) -> None:
            self._running = False
            self.last_error = ""
            if report is not None and report.received:
                self.records_changed.emit()
            self.synced.emit()

        def fail(error: BaseException) -> None:
            self._running = False
            known = isinstance(error, KnownError)
            self.last_error = describe_known(error) if isinstance(error, KnownError) else ""
            if not known:
                self._runner.report_error(error)  # a bug: reported as bugs are
            self.synced.emit()
            if not quiet and failed is not None:
                failed(error)

        self._running = True
        self._runner.run(work, done, fail)
        return True
