"""An injectable dialog service: confirmations, messages, text and path questions.

Widgets ask this service instead of calling QMessageBox or QFileDialog themselves, so tests can
inject a fake that answers at once and never blocks on a modal dialog (Picard's
UserDialogService is the model).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("DialogService", text)


class DialogService:
    """Real dialogs. Subclass (or duck-type) it in tests; every method returns plain data."""

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        danger: bool = False,
        default_yes: bool | None = None,
    ) -> bool:
        """Asks a yes/no question; True means go ahead. Yes is the default button unless
        `danger` or `default_yes=False` (a question Enter must not answer by accident)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        # A dangerous action is never the default: Enter must not confirm it by accident.
        yes = (not danger) if default_yes is None else default_yes
        box.setDefaultButton(
            QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        )
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_unsaved_changes(self, parent: QWidget | None, text: str) -> str:
        """Save, discard or keep editing: returns "save", "discard" or "cancel"."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(text)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """An existing folder, or None when cancelled."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def ask_text(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        *,
        default: str = "",
        secret: bool = False,
    ) -> str | None:
        """A line of text, or None when cancelled."""
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, mode, default)
        return text if ok else None

    def open_vault_path(self, parent: QWidget | None) -> Path | None:
        """A vault folder, or any file inside one; None when cancelled."""
        dialog = QFileDialog(parent, tr("Open a vault: choose its folder or a file inside it"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        # Files stay visible, so that a user who navigates into NAME.casefile sees vault.db.
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, False)
        if dialog.exec() and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None

    def new_vault_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where a new vault folder should go; None when cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Where should the new vault be kept?"),
            str(suggested),
            tr("Casefile vault (*.casefile)"),
        )
        return Path(chosen) if chosen else None
