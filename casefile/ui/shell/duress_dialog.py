"""Tools › Duress passphrase…: set, replace or turn off the duress passphrase (vault/duress.py).

The dialog says plainly what it does and what it does not hide, asks the passphrase, and the
duress passphrase twice with the same strength check as any passphrase. Whether one is set is
read on the task runner when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError, WrongPassphraseError
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known
from casefile.ui.kit.passphrase_fields import PassphraseFields
from casefile.ui.kit.tasks import TaskContext, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

_ERROR_STYLE = "color: #c62828;"


class DuressDialog(QDialog):
    """The passphrase, then the duress passphrase twice; or Turn off.

    Signals:
        duress_changed(bool): a duress passphrase was set (True) or turned off (False).
    """

    duress_changed = Signal(bool)

    def __init__(
        self, runner: TaskRunner, dialogs: DialogService, vault: Vault, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.setMinimumWidth(560)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._working = False
        self.is_set: bool | None = None
        intro = QLabel(
            self.tr(
                "A duress passphrase is a second passphrase for when you are forced to unlock "
                "Casefile. Typed instead of the passphrase, it destroys this vault's key files "
                "(its backups' too, as Emergency erase does) and opens an empty vault, with "
                "nothing on screen to say so. Afterwards only the recovery key opens this vault."
            ),
            self,
        )
        intro.setWordWrap(True)
        risks = QLabel(
            self.tr(
                "It does not hide everything. Someone who examines the disk can see that the "
                "key files were destroyed at that moment, and that the vault's files are much "
                "larger than the empty vault shown. Backups stored elsewhere still open with "
                "the passphrase. Keep the recovery sheet away from this computer."
            ),
            self,
        )
        risks.setWordWrap(True)
        self.status = QLabel(self.tr("Checking…"), self)
        self.status.setObjectName("duressStatus")
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields(self)
        self.message = QLabel(self)
        self.message.setObjectName("duressMessage")
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.set_button = QPushButton(self.tr("Set duress passphrase"), self)
        self.set_button.setObjectName("setDuressButton")
        self.clear_button = QPushButton(self.tr("Turn off"), self)
        self.clear_button.setObjectName("clearDuressButton")
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.set_button.setAutoDefault(False)
        self.clear_button.setAutoDefault(False)
        self.set_button.clicked.connect(self.set_duress)
        self.clear_button.clicked.connect(self.clear_duress)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        current_box = QGroupBox(self.tr("Current passphrase"), self)
        QVBoxLayout(current_box).addWidget(self.current)
        duress_box = QGroupBox(self.tr("Duress passphrase"), self)
        QVBoxLayout(duress_box).addWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(risks)
        layout.addWidget(self.status)
        layout.addWidget(current_box)
        layout.addWidget(duress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()
        runner.run(lambda: vault.duress_set, self._on_status_loaded, self._on_failed)

    def _on_status_loaded(self, is_set: object) -> None:
        self.is_set = bool(is_set)
        self.status.setText(
            self.tr("A duress passphrase is set.")
            if self.is_set
            else self.tr("No duress passphrase is set.")
        )
        self._update()

    @Slot()
    def _update(self) -> None:
        ready = not self._working and bool(self.current.text())
        self.set_button.setEnabled(ready and self.fields.acceptable)
        self.clear_button.setEnabled(ready and bool(self.is_set))

    @Slot()
    def set_duress(self) -> None:
        if not self.set_button.isEnabled():
            return
        vault, current, duress = self._vault, self.current.text(), self.fields.passphrase()
        self._start(lambda _context: vault.set_duress(current, duress), set_to=True)

    @Slot()
    def clear_duress(self) -> None:
        if not self.clear_button.isEnabled():
            return
        vault, current = self._vault, self.current.text()
        self._start(lambda _context: vault.clear_duress(current), set_to=False)

    def _start(self, work: Callable[[TaskContext], None], *, set_to: bool) -> None:
        self._working = True
        self._update()
        self.message.clear()
        self.progress = run_with_progress(
            self._runner,
            self,
            self.tr("Duress passphrase"),
            self.tr("Protecting the vault key…"),
            work,
            lambda _none: self._on_done(set_to),
            self._on_failed,
        )

    def _on_done(self, set_to: bool) -> None:
        self._working = False
        self.current.clear()
        self.fields.clear()
        if set_to:
            text = self.tr(
                "The duress passphrase is set. Typed at unlock, it destroys this vault's key "
                "files and opens an empty vault. Your passphrase is unchanged."
            )
        else:
            text = self.tr("The duress passphrase was turned off. Your passphrase is unchanged.")
        self._dialogs.info(self, self.tr("Duress passphrase"), text)
        self.duress_changed.emit(set_to)
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
