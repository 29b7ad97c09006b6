"""Merging the vault's search index while the user pauses (casefile/vault/index_upkeep.py).

The steps run on a worker, each its own short write; input ends the pause and stops them (the
step under way is rolled back), as does any write unit of the vault's (Vault.merge_index) and
locking. A vault whose index needs nothing is not asked again until its next write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from casefile.errors import KnownError
from casefile.ui.kit.locking import IdleWatcher
from casefile.ui.kit.tasks import Failed, TaskContext, TaskRunner

if TYPE_CHECKING:
    from casefile.vault.index_upkeep import MergeRun
    from casefile.vault.vault import Vault


class IndexUpkeep(QObject):
    """Runs Vault.merge_index in input pauses, on a runner of its own: background upkeep, so
    the window does not say "Working…" and the controller's own tasks are not counted.

    The controller calls start() once a pause's other work is done (memory given back), and
    set_vault(None) before it closes the vault.

    Signals:
        run_finished(object): a run of steps ended (its MergeRun), on the GUI thread.
    """

    run_finished = Signal(object)

    def __init__(
        self, idle: IdleWatcher, error_handler: Failed | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._runner = TaskRunner(error_handler, parent=self)
        self._vault: Vault | None = None
        self._context: TaskContext | None = None
        self._in_pause = False
        # The vault's write count when its index last needed nothing more.
        self._merged_at: int | None = None
        idle.paused.connect(self._on_idle_paused)
        idle.resumed.connect(self._on_idle_resumed)

    @property
    def running(self) -> bool:
        """Whether a run of steps is under way on a worker."""
        return self._runner.busy

    def set_vault(self, vault: Vault | None) -> None:
        """The vault to keep (None: stop at once, the vault is closing)."""
        if vault is not self._vault:
            self._stop()
            self._runner.discard_pending()
            self._vault, self._merged_at = vault, None

    def start(self) -> None:
        """Starts merging, if the user is still pausing and the index may need it."""
        vault = self._vault
        if vault is None or not self._in_pause or self.running:
            return
        if self._merged_at == vault.generation:
            return

        def merge(context: TaskContext) -> MergeRun:
            run = vault.merge_index(lambda: context.cancelled)
            if run.steps > 1:
                vault.release_memory()  # the merged pages' cache is not what the next screen reads
            return run

        self._context = self._runner.run_with_context(
            merge, lambda run: self._on_run_done(vault, run), self._on_run_failed
        )

    def wait(self, msecs: int = 5000) -> bool:
        """Blocks until the step under way has ended (closing and tests)."""
        return self._runner.wait(msecs)

    def _stop(self) -> None:
        if self._context is not None:
            self._context.cancel()
            self._context = None

    def _on_run_done(self, vault: Vault, run: MergeRun) -> None:
        self._context = None
        if vault is not self._vault:
            return
        if run.done:
            self._merged_at = vault.generation
        elif self._in_pause:
            self._idle.wait_for_next_pause()  # a save took the lock: try again after a pause
        self.run_finished.emit(run)

    def _on_run_failed(self, error: BaseException) -> None:
        self._context = None
        if isinstance(error, KnownError):
            # A full disk or a damaged page: the next save meets it and says so; background
            # upkeep stops for this vault rather than raise a dialog on its own.
            self._vault = None
            return
        self._runner.report_error(error)

    @Slot()
    def _on_idle_paused(self) -> None:
        self._in_pause = True

    @Slot()
    def _on_idle_resumed(self) -> None:
        self._in_pause = False
        self._stop()
