"""The start flow and the vault's life in the GUI: welcome, create, unlock, work, lock.

AppController owns the one open Vault (there is no global to reach it) and hands it to the
main window; locking takes it back, closes it and clears every page.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from casefile.errors import KnownError
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.index_upkeep import IndexUpkeep
from casefile.ui.kit.locking import PAUSE_MSECS, ClipboardGuard, IdleWatcher
from casefile.ui.kit.session_signals import SessionSignals
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.panic import PanicErase
from casefile.ui.start import on_demand, vault_stack
from casefile.ui.start.unlock import DELAY_BASE_MS, UnlockDialog
from casefile.ui.start.welcome import WelcomeWindow
from casefile.vault.paths import VaultPaths

if TYPE_CHECKING:
    from casefile.ui.shell.main_window import MainWindow
    from casefile.vault.vault import Vault


#: How often an open vault's key file is looked for (erased from outside: the session ends).
KEY_CHECK_MSECS = 1000


#: Pages that show one record, and the table of that record.
RECORD_PAGES = {"dossier": "persons", "case": "cases"}


def resume_point(page: str, widget: object) -> str:
    """Where a fresh process returns to: the page, or "dossier:ID" for a record's page."""
    record_id = str(getattr(widget, "record_id", "") or "")
    ok = record_id and all(ch in "0123456789abcdef-" for ch in record_id)
    return f"{page}:{record_id}" if page in RECORD_PAGES and ok else page


def is_vault(path: Path) -> bool:
    try:
        VaultPaths.locate(path)
    except Exception:
        return False
    return True


class AppController(QObject):
    """Drives the windows. Construct, then call start().

    Signals:
        vault_opened(): a vault was unlocked and the main window shown.
        vault_locked(): the vault was closed and the unlock dialog shown.
        finished(): the user closed Casefile; the application should quit.
    """

    vault_opened = Signal()
    vault_locked = Signal()
    finished = Signal()

    def __init__(
        self,
        *,
        dialogs: DialogService,
        settings: UiSettings,
        default_path: Path,
        demo_path: Path,
        runner: TaskRunner | None = None,
        idle_msecs: int | None = None,
        pause_msecs: int = PAUSE_MSECS,
        unlock_delay_base_ms: int = DELAY_BASE_MS,
        automatic_backups: bool = True,
        freeze_startup_objects: bool = True,
        relaunch: Callable[[Path, str], bool] | None = None,
        session_signals: SessionSignals | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``relaunch(vault, page)``, if given, starts a fresh process to show the unlock
        screen at lock, and this one ends (ui/start/relaunch.py); without it, or when it
        fails, the unlock screen is shown in this process."""
        super().__init__(parent)
        self._relaunch = relaunch
        self._automatic_backups = automatic_backups
        self._freeze_startup_objects = freeze_startup_objects
        self.dialogs = dialogs
        self.settings = settings
        self.default_path = default_path
        self.demo_path = demo_path
        self.runner = runner or TaskRunner(parent=self)
        self.runner.set_error_handler(self._on_runner_error)
        self.clipboard = ClipboardGuard()
        self.idle = IdleWatcher(
            idle_msecs or settings.idle_minutes * 60_000, self, pause_msecs=pause_msecs
        )
        self.idle.idle_timed_out.connect(self.lock)
        self.idle.suspended.connect(self.lock)
        # Sleep and screen lock (D-Bus on Linux): tests pass one on a private bus.
        self.session_signals = session_signals or SessionSignals(self)
        self.session_signals.lock_now.connect(self.lock)
        self.idle.paused.connect(self._on_idle_paused)
        # Connected after the line above: a pause's memory release comes first.
        self.index_upkeep = IndexUpkeep(self.idle, self._on_runner_error, self)
        self._delay_base_ms = unlock_delay_base_ms
        self.vault: Vault | None = None
        self.vault_path: Path | None = None
        self.welcome: WelcomeWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        self.recovery_dialog: QWidget | None = None
        self.panic: PanicErase | None = None
        self._page_before_lock = "dashboard"
        self._locked_root: Path | None = None  # the vault the window showed before the lock
        self._resume_page = False
        self._handed_over = "dashboard"  # the page, or page:record, a fresh process returns to
        self._ending = False
        #: Seconds from the confirmed emergency erase to the end of the session (figures).
        self.erase_seconds: float | None = None
        # A key file erased from outside (casefile erase) ends this session too: one stat a
        # second (a file-system watcher's notifier outlived tests' controllers and crashed).
        self._key_check = QTimer(self)
        self._key_check.setInterval(KEY_CHECK_MSECS)
        self._key_check.timeout.connect(self._on_key_check_timeout)

    # -- start ------------------------------------------------------------------------------------

    def start(self, path: Path | None = None, *, page: str = "") -> None:
        """Shows the unlock dialog for a known vault, or the welcome screen; ``page`` is where
        the window opens after unlocking (the page a locked process was showing)."""
        if page:
            self._page_before_lock, self._resume_page = page, True
        candidates = [path] if path else [*self.settings.recent_vaults(), self.default_path]
        for candidate in candidates:
            if candidate is not None and is_vault(candidate):
                self.show_unlock(candidate)
                return
        self.show_welcome()

    @Slot()
    def show_welcome(self) -> None:
        self._close_unlock()
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.settings)
            self.welcome.create_requested.connect(self._on_welcome_create_requested)
            self.welcome.open_requested.connect(self._on_welcome_open_requested)
            self.welcome.demo_requested.connect(self._on_welcome_demo_requested)
            self.welcome.resize(960, 640)
            self._center(self.welcome)
        self.welcome.set_status("")
        self.welcome.show()
        self.welcome.raise_()

    def show_unlock(self, path: Path, *, hint: str | None = None, prefill: str = "") -> None:
        self._close_unlock()
        dialog = UnlockDialog(
            path,
            self.runner,
            self.dialogs,
            self.settings,
            hint=hint,
            delay_base_ms=self._delay_base_ms,
        )
        dialog.passphrase.setText(prefill)
        dialog.vault_unlocked.connect(self._on_unlock_vault_unlocked)
        dialog.other_vault_requested.connect(self._on_unlock_other_vault_requested)
        dialog.recovery_requested.connect(self._on_unlock_recovery_requested)
        dialog.rejected.connect(self._on_unlock_rejected)
        self.unlock_dialog = dialog
        self.vault_path = path
        if self.welcome is not None:
            self.welcome.hide()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.passphrase.setFocus()

    # -- open, lock, end --------------------------------------------------------------------------

    def open_main(self, vault: Vault) -> None:
        self.vault = vault
        self.vault_path = vault.paths.root
        self._close_unlock()
        if self.welcome is not None:
            self.welcome.hide()
        first = self.main_window is None
        if self.main_window is None:
            self.main_window = vault_stack.main_window_class()(
                self.runner, self.dialogs, self.settings, self.clipboard
            )
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.other_vault_requested.connect(self._on_main_window_other_vault)
            self.panic = PanicErase(self.main_window, self.dialogs)
            self.panic.erase_confirmed.connect(self.panic_erase)
            self.main_window.window_closed.connect(self._on_main_window_closed)
            self.main_window.maintenance.idle_minutes_changed.connect(
                lambda minutes: self.idle.set_idle_msecs(minutes * 60_000)
            )
            self._size_main_window(self.main_window)
            # The objects of start-up (modules, Qt wrappers, the ORM's mappings) live as long as
            # the process: out of the cycle collector's reach, its passes over a list's rows
            # no longer walk them too (a 140-270 ms pause in a first keystroke at 100,000).
            if self._freeze_startup_objects:
                gc.freeze()
        same_vault = self._locked_root == vault.paths.root
        if not first and not same_vault:
            # Nothing of the other vault may stay on screen or clickable (issue 18).
            self.main_window.start_clean()
        self.main_window.set_vault(vault)
        if not first and same_vault and not self._resume_page:
            self.main_window.show_page(self._page_before_lock)
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        if self._resume_page:  # the page a locked process showed (ui/start/relaunch.py)
            self._resume_page = False
            self._resume(self.main_window, self._page_before_lock)
        self._key_check.start()
        self.index_upkeep.set_vault(vault)
        self.idle.arm()
        self._back_up_if_due(vault)
        self.vault_opened.emit()

    def _back_up_if_due(self, vault: Vault) -> None:
        """A daily automatic backup (the last few are kept), made in the background."""
        if not self._automatic_backups or not vault.automatic_backup_due():
            return

        def done(_info: object) -> None:
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(
                    self.tr("Automatic backup made in the vault's backups folder."), 8000
                )

        def failed(error: BaseException) -> None:
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(
                    fill(self.tr("The automatic backup failed: %1"), str(error)), 15000
                )

        self.runner.run(lambda: vault.backup(kind="auto"), done, failed)

    @Slot()
    def _on_idle_paused(self) -> None:
        """Gives back the vault's idle page caches while the user pauses (vault/memory.py),
        then merges the search index's segments if needed (ui/kit/index_upkeep.py)."""
        vault = self.vault
        if vault is None:
            return
        if self.runner.busy or self.index_upkeep.running:  # a worker is using the vault
            self.idle.wait_for_next_pause()
            return

        def done(released: object) -> None:
            if self.vault is not vault:
                return
            if not released:
                self.idle.wait_for_next_pause()  # a read began meanwhile: after another pause
                return
            self.index_upkeep.start()

        # On a worker: closing a connection wipes its cache, 40-120 ms for a full one.
        self.runner.run(vault.release_memory, done)

    @Slot()
    def lock(self) -> None:
        """Closes the vault now, clears every page and shows the unlock dialog (in a fresh
        process, when a relaunch was given)."""
        self._close_vault(then_unlock=True)

    @Slot()
    def panic_erase(self) -> None:
        """Destroys the open vault's key files (its backups' too) and ends Casefile."""
        vault = self.vault
        if vault is None:
            return
        started = time.perf_counter()
        vault_stack.emergency_erase(vault.paths.root)
        self._close_vault(then_unlock=False)
        self.erase_seconds = time.perf_counter() - started

    @staticmethod
    def _resume(window: MainWindow, point: str) -> None:
        page, _, record_id = point.partition(":")
        if page in RECORD_PAGES and record_id:
            window.open_record(RECORD_PAGES[page], record_id)
            # The navigation list, focused first in a new window, would pick its first row.
            shown = window.stack.currentWidget()
            if shown is not None:
                shown.setFocus()
        else:
            window.show_page(page if page not in ("search", *RECORD_PAGES) else "dashboard")

    @Slot()
    def _on_key_check_timeout(self) -> None:
        vault = self.vault
        if vault is not None and not vault.paths.keys.exists():
            self._close_vault(then_unlock=False)  # erased from outside: nothing to unlock

    def _close_vault(self, *, then_unlock: bool) -> None:
        if self.vault is None:
            return
        self._key_check.stop()
        self.idle.disarm()
        self.index_upkeep.set_vault(None)  # a step under way stops at once and is undone
        self.runner.discard_pending()
        window = self.main_window
        if window is not None:
            self._page_before_lock = window.current_page_id() or "dashboard"
            self._handed_over = resume_point(self._page_before_lock, window.stack.currentWidget())
            window.set_vault(None)
        self._close_secondary_windows()
        self.clipboard.clear_if_ours()
        vault, self.vault = self.vault, None
        self._locked_root = vault.paths.root
        # A save running on a worker finishes before the vault closes and its lock is freed.
        self.runner.wait(5000)
        self.index_upkeep.wait(5000)
        if window is not None:
            window.hide()
        vault.close()
        if not then_unlock:
            self.vault_locked.emit()
            self._end()
            return
        if self._relaunch is not None and self._relaunch(vault.paths.root, self._handed_over):
            # A fresh process shows the unlock screen; this one, which held the key, ends.
            self.vault_locked.emit()
            self._end()
            return
        self.show_unlock(vault.paths.root)
        self.vault_locked.emit()

    def shutdown(self) -> None:
        """Closes the vault and every window; used when quitting."""
        self._ending = True
        self.idle.stop()
        self._key_check.stop()
        self.session_signals.stop()
        self.index_upkeep.set_vault(None)
        self.runner.discard_pending()
        self.clipboard.clear_if_ours()
        if self.main_window is not None:
            self.main_window.set_vault(None)
        # Background reads finish before their connections go: closing mid-read can crash.
        self.runner.wait(10_000)
        self.index_upkeep.wait(5000)
        if self.vault is not None:
            vault, self.vault = self.vault, None
            vault.close()
        for widget in (self.unlock_dialog, self.welcome, self.main_window):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.unlock_dialog = self.welcome = self.main_window = None

    # -- welcome actions --------------------------------------------------------------------------

    @Slot()
    def _on_welcome_create_requested(self) -> None:
        suggested = self.default_path
        if is_vault(suggested) or suggested.exists():
            suggested = suggested.with_name("casefile-2.casefile")
        dialog = on_demand.create_vault_dialog()(suggested, self.runner, self.dialogs, self.welcome)
        dialog.vault_created.connect(self._on_create_vault_created)
        dialog.open()

    @Slot(object, str)
    def _on_create_vault_created(self, vault: object, recovery_key: str) -> None:
        self.settings.add_recent(vault.paths.root)  # type: ignore[attr-defined]
        dialog = on_demand.recovery_key_dialog()(
            recovery_key,
            self.welcome,
            dialogs=self.dialogs,
            vault_name=vault.paths.name,  # type: ignore[attr-defined]
            vault_id=vault.vault_id,  # type: ignore[attr-defined]
        )
        dialog.accepted.connect(lambda: self.open_main(vault))  # type: ignore[arg-type]
        dialog.open()
        self.recovery_dialog = dialog

    @Slot()
    def _on_welcome_open_requested(self) -> None:
        chosen = self.dialogs.open_vault_path(self.welcome)
        if chosen is None:
            return
        try:
            paths = VaultPaths.locate(chosen)
        except KnownError as error:
            show_error(self.dialogs, self.welcome, error)
            return
        self.show_unlock(paths.root)

    @Slot()
    def _on_welcome_demo_requested(self) -> None:
        if is_vault(self.demo_path):
            self._unlock_demo()
            return
        assert self.welcome is not None
        self.welcome.set_busy(self.tr("Building the demo vault with invented cases…"))
        target = self.demo_path

        def build() -> None:
            vault_stack.build_demo_vault(target)

        self.runner.run(build, lambda _none: self._unlock_demo(), self._on_demo_failed)

    def _on_demo_failed(self, error: BaseException) -> None:
        if self.welcome is not None:
            self.welcome.set_status("")
        show_error(self.dialogs, self.welcome, error)

    def _unlock_demo(self) -> None:
        hint = fill(
            self.tr(
                "This is the demo vault: every person and case in it is invented. "
                "Its passphrase is: %1"
            ),
            vault_stack.demo_passphrase(),
        )
        self.show_unlock(self.demo_path, hint=hint, prefill=vault_stack.demo_passphrase())

    # -- unlock actions ---------------------------------------------------------------------------

    @Slot(object)
    def _on_unlock_vault_unlocked(self, vault: object) -> None:
        self.open_main(vault)  # type: ignore[arg-type]

    @Slot()
    def _on_unlock_other_vault_requested(self) -> None:
        self.show_welcome()

    @Slot()
    def _on_unlock_rejected(self) -> None:
        if self._ending or self.vault is not None:
            return
        if self.welcome is not None and self.welcome.isVisible():
            return
        self._end()

    @Slot()
    def _on_unlock_recovery_requested(self) -> None:
        if self.vault_path is None:
            return
        flow = on_demand.recovery_flow()(
            self.vault_path, self.runner, self.dialogs, self.unlock_dialog, self
        )
        flow.vault_recovered.connect(self._on_unlock_vault_unlocked)
        flow.start()

    # -- helpers ----------------------------------------------------------------------------------

    @Slot()
    def _on_main_window_other_vault(self) -> None:
        """File › Open another vault…: the open one locks, then the welcome window chooses."""
        self.lock()
        self.show_welcome()

    @Slot()
    def _on_main_window_closed(self) -> None:
        if self.vault is not None:  # not a lock: the user closed the window
            self._end()

    def _end(self) -> None:
        self.shutdown()
        self.finished.emit()

    def _on_runner_error(self, error: BaseException) -> None:
        parent: QWidget | None = QApplication.activeWindow()
        show_error(self.dialogs, parent, error)

    def _close_unlock(self) -> None:
        if self.unlock_dialog is not None:
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.rejected.disconnect(self._on_unlock_rejected)
            dialog.hide()
            dialog.deleteLater()

    def _close_secondary_windows(self) -> None:
        keep = {self.main_window, self.welcome}
        for widget in QApplication.topLevelWidgets():
            if widget not in keep and widget.isVisible():
                widget.close()

    @staticmethod
    def _center(window: QWidget) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            frame = window.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            window.move(frame.topLeft())

    def _size_main_window(self, window: QWidget) -> None:
        stored = self.settings.geometry("main")
        if stored is not None and window.restoreGeometry(stored):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            window.resize(1280, 720)
            return
        area = screen.availableGeometry()
        window.resize(min(1280, area.width()), min(760, area.height()))
        if area.width() <= 1400 or area.height() <= 800:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
