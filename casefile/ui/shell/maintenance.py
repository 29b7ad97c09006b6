"""The Tools menu's care of the vault: back up now, change the passphrase, check integrity,
and a few settings.

Each long action runs on the task runner behind a progress dialog, mirroring the CLI's
backup, passwd and check commands (casefile/cli/vault_commands.py). Settings kept outside the
vault (idle minutes, remembering recent vaults) go to UiSettings, which stores no personal
data; the number of automatic backups to keep is a setting inside the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError, WrongPassphraseError
from casefile.ui.i18n.language import LANGUAGES, current_language, fill, set_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known, show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.passphrase_fields import PassphraseFields
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import ProgressDialog, TaskContext, TaskRunner, run_with_progress
from casefile.ui.reports.submitter_dialog import SubmitterDialog
from casefile.ui.shell.duress_dialog import DuressDialog
from casefile.vault.vault import SETTING_BACKUP_KEEP

if TYPE_CHECKING:
    from casefile.vault.backup import BackupInfo
    from casefile.vault.integrity import IntegrityReport
    from casefile.vault.vault import Vault

_ERROR_STYLE = "color: #c62828;"
#: Automatic backups kept when the vault has no setting of its own (vault.backup.DEFAULT_KEEP).
_DEFAULT_KEEP = 7


def tr(text: str) -> str:
    return QCoreApplication.translate("Maintenance", text)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


# -- work done on the worker thread -------------------------------------------------------------


def _backup(vault: Vault, dest: Path | None, context: TaskContext) -> BackupInfo:
    context.check()
    context.report(None, tr("Copying and verifying the encrypted vault…"))
    return vault.backup(dest, kind="manual")


def _change_passphrase(vault: Vault, current: str, new: str, context: TaskContext) -> int:
    """Returns how many backups lost a key file for an even older passphrase."""
    context.check()
    context.report(None, tr("Protecting the vault key with the new passphrase…"))
    return len(vault.change_passphrase(current, new).destroyed)


def _check(vault: Vault, context: TaskContext) -> IntegrityReport:
    context.check()
    context.report(None, tr("Reading and authenticating every page…"))
    return vault.check()


def _backup_keep(vault: Vault) -> int:
    try:
        return max(1, int(vault.setting(SETTING_BACKUP_KEEP, _DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return _DEFAULT_KEEP


def _set_backup_keep(vault: Vault, keep: int) -> None:
    vault.set_setting(SETTING_BACKUP_KEEP, int(keep))


# -- dialogs --------------------------------------------------------------------------------------


class ChangePassphraseDialog(QDialog):
    """The current passphrase, then the new one twice with strength feedback.

    Signals:
        passphrase_changed(): the key file now opens with the new passphrase.
    """

    passphrase_changed = Signal()

    def __init__(
        self, runner: TaskRunner, dialogs: DialogService, vault: Vault, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(540)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._working = False
        intro = QLabel(
            self.tr(
                "The key file is rewritten, and so are those of the backups in the vault's "
                "folder: the old passphrase then opens none of them. The recovery key stays the "
                "same. Backups stored elsewhere still open with the old passphrase."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = PassphraseFields(self)
        self.message = QLabel(self)
        self.message.setObjectName("passphraseMessage")
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        current_box = QGroupBox(self.tr("Current passphrase"), self)
        QVBoxLayout(current_box).addWidget(self.current)
        new_box = QGroupBox(self.tr("New passphrase"), self)
        QVBoxLayout(new_box).addWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(current_box)
        layout.addWidget(new_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(
            not self._working and bool(self.current.text()) and self.fields.acceptable
        )

    @Slot()
    def change(self) -> None:
        """Rewrites the key file on the task runner; a wrong current passphrase keeps the
        dialog open with a message."""
        if not self.ok_button.isEnabled():
            return
        vault, current, new = self._vault, self.current.text(), self.fields.passphrase()
        self._working = True
        self._update()
        self.message.clear()
        self.progress = run_with_progress(
            self._runner,
            self,
            self.tr("Change passphrase"),
            self.tr("Changing the passphrase…"),
            lambda context: _change_passphrase(vault, current, new, context),
            self._on_changed,
            self._on_failed,
        )

    def _on_changed(self, destroyed: object) -> None:
        self._working = False
        self.current.clear()
        self.fields.clear()
        text = self.tr(
            "The passphrase was changed. Use the new one from now on. The old passphrase no "
            "longer opens the vault or the backups in its folder; backups stored elsewhere "
            "still open with it."
        )
        if isinstance(destroyed, int) and destroyed:
            text += " " + fill(
                self.tr(
                    "%1 backup(s) had a key file for an even older passphrase: it was "
                    "destroyed, so only the recovery key opens them."
                ),
                destroyed,
            )
        self._dialogs.info(self, self.tr("Passphrase changed"), text)
        self.passphrase_changed.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._working = False
        self._update()
        if isinstance(error, WrongPassphraseError):
            self.message.setText(self.tr("The current passphrase is not correct."))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, KnownError):
            self.message.setText(describe_known(error))
        else:
            self._runner.report_error(error)


class SettingsDialog(QDialog):
    """Auto-lock minutes, whether to remember recent vaults, automatic backups to keep,
    reminders and whether they may show names.

    Signals:
        idle_minutes_changed(int): the auto-lock delay was changed to this many minutes.
        reminders_changed(): reminders were turned on or off, or names allowed or not.
    """

    idle_minutes_changed = Signal(int)
    reminders_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        settings: UiSettings,
        vault: Vault | None,
        parent: QWidget | None,
        dialogs: DialogService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self._runner = runner
        self._settings = settings
        self._vault = vault
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(settings.idle_minutes)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.remember_recent = QCheckBox(self.tr("Remember the vaults I open (paths only)"), self)
        self.remember_recent.setObjectName("rememberRecent")
        self.remember_recent.setChecked(settings.remember_recent)
        self.reminders = QCheckBox(
            self.tr("Show reminders: hearings tomorrow, terms ending, custody over 48 h"), self
        )
        self.reminders.setObjectName("reminders")
        self.reminders.setChecked(settings.reminders)
        self.reminder_names = QCheckBox(self.tr("Show names in reminders"), self)
        self.reminder_names.setObjectName("reminderNames")
        self.reminder_names.setToolTip(
            self.tr(
                "Reminders show over other windows and stay in the system's notification list. "
                "Without names they give counts, times and case numbers only."
            )
        )
        self.reminder_names.setChecked(settings.reminder_names)
        self.reminder_names.setEnabled(settings.reminders)
        self.reminders.toggled.connect(self.reminder_names.setEnabled)
        self.backup_keep = QSpinBox(self)
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setEnabled(False)
        self.backup_keep.setToolTip(
            self.tr("Older automatic backups are deleted; backups you make are always kept.")
        )
        note = QLabel(
            self.tr(
                "These settings describe only how Casefile behaves on this computer; nothing "
                "about people or cases is stored outside the encrypted vault."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after idle for:"), self.idle_minutes)
        form.addRow("", self.remember_recent)
        form.addRow("", self.reminders)
        form.addRow("", self.reminder_names)
        form.addRow(self.tr("Automatic backups to keep:"), self.backup_keep)
        # Who submits UN documents: set once here (or in Reports), kept in the vault.
        self.submitter_button = QPushButton(self.tr("Submitter of UN documents…"), self)
        self.submitter_button.setObjectName("submitterButton")
        self.submitter_button.setEnabled(vault is not None and dialogs is not None)
        if vault is not None and dialogs is not None:
            self.submitter_button.clicked.connect(
                lambda: SubmitterDialog(vault, runner, dialogs, self).open()
            )
        form.addRow(self.tr("Reports:"), self.submitter_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._loaded_keep: int | None = None
        if vault is not None:
            runner.run(lambda: _backup_keep(vault), self._on_keep_loaded, self._on_keep_failed)

    def _on_keep_loaded(self, keep: object) -> None:
        self._loaded_keep = int(str(keep))
        self.backup_keep.setValue(self._loaded_keep)
        self.backup_keep.setEnabled(True)

    def _on_keep_failed(self, error: BaseException) -> None:
        self._runner.report_error(error)

    def accept(self) -> None:
        """Stores the settings: UiSettings at once, the vault's setting on the task runner."""
        minutes = self.idle_minutes.value()
        if minutes != self._settings.idle_minutes:
            self._settings.set_idle_minutes(minutes)
            self.idle_minutes_changed.emit(minutes)
        if self.remember_recent.isChecked() != self._settings.remember_recent:
            self._settings.set_remember_recent(self.remember_recent.isChecked())
        reminders = (self.reminders.isChecked(), self.reminder_names.isChecked())
        if reminders != (self._settings.reminders, self._settings.reminder_names):
            self._settings.set_reminders(reminders[0])
            self._settings.set_reminder_names(reminders[1])
            self.reminders_changed.emit()
        language = str(self.language.currentData())
        if language != current_language():
            self._settings.set_language(language)
            set_language(language)  # every open window relabels itself at once
        keep, vault = self.backup_keep.value(), self._vault
        if vault is not None and self._loaded_keep is not None and keep != self._loaded_keep:
            self._runner.run(lambda: _set_backup_keep(vault, keep), lambda _r: None)
        super().accept()


# -- the menu -------------------------------------------------------------------------------------


class Maintenance(QObject):
    """The Tools menu actions for the open vault.

    Signals:
        backup_made(object): a verified backup was made (BackupInfo).
        check_finished(object): an integrity check ended (IntegrityReport).
        idle_minutes_changed(int): the auto-lock delay was changed in the settings.
        reminders_changed(): the reminder settings were changed.
    """

    backup_made = Signal(object)
    check_finished = Signal(object)
    idle_minutes_changed = Signal(int)
    reminders_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        settings: UiSettings,
        window: QWidget,
        current_vault: Callable[[], Vault | None],
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._dialogs = dialogs
        self._settings = settings
        self._window = window
        self._current_vault = current_vault
        self.progress: ProgressDialog | None = None
        self.backup_action = QAction(icon("backup"), tr("Back up now"), self)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.backup_to_action = QAction(icon("export"), tr("Back up to a folder…"), self)
        self.backup_to_action.setObjectName("backupToAction")
        self.backup_to_action.triggered.connect(self.backup_to_folder)
        self.passphrase_action = QAction(icon("key"), tr("Change passphrase…"), self)
        self.passphrase_action.setObjectName("changePassphraseAction")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.duress_action = QAction(icon("key"), tr("Duress passphrase…"), self)
        self.duress_action.setObjectName("duressPassphraseAction")
        self.duress_action.triggered.connect(self.duress_passphrase)
        self.check_action = QAction(icon("check_vault"), tr("Check vault integrity"), self)
        self.check_action.setObjectName("checkIntegrityAction")
        self.check_action.triggered.connect(self.check_integrity)
        self.settings_action = QAction(icon("settings"), tr("Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.open_settings)
        window.installEventFilter(self)  # to follow a change of the interface language

    def retranslate(self) -> None:
        self.backup_action.setText(tr("Back up now"))
        self.backup_to_action.setText(tr("Back up to a folder…"))
        self.passphrase_action.setText(tr("Change passphrase…"))
        self.duress_action.setText(tr("Duress passphrase…"))
        self.check_action.setText(tr("Check vault integrity"))
        self.settings_action.setText(tr("Settings…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def install(self, menu: QMenu) -> None:
        """Puts the actions at the top of a menu (the Tools menu)."""
        first = menu.actions()[0] if menu.actions() else None
        actions = [
            self.backup_action,
            self.backup_to_action,
            self.passphrase_action,
            self.duress_action,
            self.check_action,
            self.settings_action,
        ]
        if first is None:
            menu.addActions(actions)
            return
        menu.insertActions(first, actions)
        menu.insertSeparator(first)

    # -- backup -----------------------------------------------------------------------------

    @Slot()
    def _on_backup_action_triggered(self) -> None:
        self.backup_now()

    def backup_now(self, dest: Path | None = None) -> None:
        """A verified encrypted backup in the vault's backups folder, or under dest."""
        vault = self._current_vault()
        if vault is None:
            return
        self.progress = run_with_progress(
            self._runner,
            self._window,
            tr("Back up"),
            tr("Making a backup…"),
            lambda context: _backup(vault, dest, context),
            self._on_backup_done,
            self._on_failed,
        )

    @Slot()
    def backup_to_folder(self) -> None:
        vault = self._current_vault()
        if vault is None:
            return
        folder = self._dialogs.choose_folder(
            self._window, tr("Where should the backup go?"), vault.paths.root.parent
        )
        if folder is not None:
            self.backup_now(folder)

    def _on_backup_done(self, info: Any) -> None:
        self._dialogs.info(
            self._window,
            tr("Backup made"),
            fill(
                tr(
                    "The backup was made and verified:\n%1\nSize: %2\n\nIt is encrypted and "
                    "opens with the passphrase the vault has now."
                ),
                str(info.path),
                human_size(int(info.size)),
            ),
        )
        self.backup_made.emit(info)

    # -- passphrase -------------------------------------------------------------------------

    @Slot()
    def change_passphrase(self) -> ChangePassphraseDialog | None:
        vault = self._current_vault()
        if vault is None:
            return None
        dialog = ChangePassphraseDialog(self._runner, self._dialogs, vault, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def duress_passphrase(self) -> DuressDialog | None:
        vault = self._current_vault()
        if vault is None:
            return None
        dialog = DuressDialog(self._runner, self._dialogs, vault, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- integrity --------------------------------------------------------------------------

    @Slot()
    def check_integrity(self) -> None:
        vault = self._current_vault()
        if vault is None:
            return
        self.progress = run_with_progress(
            self._runner,
            self._window,
            tr("Check vault integrity"),
            tr("Checking the vault…"),
            lambda context: _check(vault, context),
            self._on_check_done,
            self._on_failed,
        )

    def _on_check_done(self, report: Any) -> None:
        if report.ok:
            self._dialogs.info(
                self._window,
                tr("Vault integrity"),
                fill(
                    tr("The vault is intact: all %1 pages pass their authentication check."),
                    str(report.pages),
                ),
            )
        else:
            self._dialogs.error(self._window, tr("Vault integrity"), report.describe())
        self.check_finished.emit(report)

    # -- settings ---------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self._runner, self._settings, self._current_vault(), self._window, self._dialogs
        )
        dialog.idle_minutes_changed.connect(self.idle_minutes_changed)
        dialog.reminders_changed.connect(self.reminders_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self._window, error)
