"""The submitter block printed at the end of a WGAD submission (section VI) and on other
outgoing documents: who sends them. Kept in the vault, not in the app's settings file, because
it names a person and an organisation that may be at risk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.services.reporting.submitter import set_submitter_details, submitter_details
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("SubmitterDialog", text)


_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SubmitterDialog", "Name of the person submitting")),
    ("organisation", QT_TRANSLATE_NOOP("SubmitterDialog", "Organisation")),
    ("postal_address", QT_TRANSLATE_NOOP("SubmitterDialog", "Postal address")),
    ("email", QT_TRANSLATE_NOOP("SubmitterDialog", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("SubmitterDialog", "Telephone")),
)


class SubmitterDialog(QDialog):
    """Edits the submitter block; saved in the vault when OK is pressed."""

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Submitter details for reports"))
        self.setObjectName("submitterDialog")
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label in _FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if key == "postal_address":
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(60)
            else:
                widget = QLineEdit(self)
            widget.setObjectName(f"submitter_{key}")
            widget.setEnabled(False)  # until loaded
            self.fields[key] = widget
            form.addRow(tr(label), widget)
        note = QLabel(
            tr(
                "Printed in section VI of a WGAD submission, with a signature line. Stored "
                "inside the encrypted vault. Contact redaction does not remove it: it is the "
                "sender's own address."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 320)
        self.loaded = False
        self._runner.run(
            lambda: submitter_details(vault),
            while_alive(self, self._on_loaded),
            errors_while_alive(self, self._runner, self._on_failed),
        )

    def values(self) -> dict[str, str]:
        return {
            key: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for key, w in self.fields.items()
        }

    def _on_loaded(self, details: object) -> None:
        assert isinstance(details, dict)
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(details.get(key, ""))
            else:
                widget.setText(details.get(key, ""))
            widget.setEnabled(True)
        self.loaded = True

    def _on_failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self, error)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.loaded:
            return
        vault, values = self._vault, self.values()
        self.buttons.setEnabled(False)
        self._runner.run(
            lambda: set_submitter_details(vault, values),
            while_alive(self, lambda _r: self.accept()),
            errors_while_alive(self, self._runner, self._on_save_failed),
        )

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self._dialogs, self, error)
