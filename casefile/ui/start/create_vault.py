"""Creating a new vault: where it goes, the passphrase twice, what losing it means.

Key derivation and the first migration run off the GUI thread. On success the dialog emits
`vault_created` with the open Vault and the recovery key, which the controller shows once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known
from casefile.ui.kit.passphrase_fields import PassphraseFields
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.start import vault_stack


class CreateVaultDialog(QDialog):
    """Asks for a location and a passphrase, then creates the vault.

    Signals:
        vault_created(object, str): the open Vault and its recovery key.
    """

    vault_created = Signal(object, str)

    def __init__(
        self,
        suggested: Path,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new vault"))
        self.setMinimumWidth(600)
        self._runner = runner
        self._dialogs = dialogs

        self.location = QLineEdit(str(suggested), self)
        self.location.setObjectName("vaultLocation")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        place = QHBoxLayout()
        place.addWidget(self.location, 1)
        place.addWidget(browse)

        self.fields = PassphraseFields(self)
        warning = QLabel(
            self.tr(
                "<p><b>If the passphrase is lost, nobody can open this vault</b>: not you, not "
                "your organisation, not the makers of Casefile. There is no reset by e-mail. "
                "After creating the vault you will see a recovery key once: write it down or "
                "print it, and keep it apart from this computer.</p>"
                "<p>The passphrase is asked whenever Casefile starts or has locked itself.</p>"
            ),
            self,
        )
        warning.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("createMessage")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setMaximumHeight(10)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(self._on_fields_validity_changed)

        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Keep the vault in this folder:"), self)
        where.setBuddy(self.location)
        layout.addWidget(where)
        layout.addLayout(place)
        layout.addSpacing(8)
        layout.addWidget(self.fields)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = self._dialogs.new_vault_path(self, Path(self.location.text()))
        if chosen is not None:
            self.location.setText(str(chosen))

    @Slot(bool)
    def _on_fields_validity_changed(self, acceptable: bool) -> None:
        self.create_button.setEnabled(acceptable and not self.busy.isVisible())

    @Slot()
    def _on_create_clicked(self) -> None:
        if not self.fields.acceptable or not self.location.text().strip():
            return
        path = Path(self.location.text().strip()).expanduser()
        passphrase = self.fields.passphrase()
        self._set_busy(True)
        self.message.setText(self.tr("Creating the vault. This takes a few seconds…"))

        def create() -> object:
            return vault_stack.vault_class().create(path, passphrase)

        self._runner.run(create, self._on_created, self._on_create_failed)

    def _on_created(self, created: object) -> None:
        self._set_busy(False)
        self.fields.clear()
        vault = getattr(created, "vault", None)
        recovery_key = str(getattr(created, "recovery_key", ""))
        self.accept()
        self.vault_created.emit(vault, recovery_key)

    def _on_create_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError):
            self.message.setText(describe_known(error))
        else:
            self._runner.report_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy and self.fields.acceptable)
        self.location.setEnabled(not busy)
        self.fields.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy.isVisible():  # creation cannot be stopped halfway
            super().reject()
