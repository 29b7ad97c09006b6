"""An injectable dialog service: confirmations, messages, small forms, file and folder choosers.

Widgets ask this service instead of calling QMessageBox, QFileDialog or a form's exec()
themselves, so tests inject one fake that answers at once and never blocks on a modal dialog
(Picard's UserDialogService is the model).

File dialogs leave no trace of where the user went (issue 15): they are Qt's own, not the
platform's (GTK and the desktop portal add chosen files to "recent files", Windows keeps
per-application folder lists in the registry), with no history, and after each one Qt's
settings of its file dialog (QtProject.conf: last folder, history, sidebar) are removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def tr(text: str) -> str:
    return QCoreApplication.translate("DialogService", text)


class AnswerDialog[T](Protocol):
    """A small modal form that gives its data back through answer() once accepted."""

    def exec(self) -> int: ...
    def answer(self) -> T: ...
    def deleteLater(self) -> None: ...


def forget_file_dialog_history() -> None:
    """Removes what Qt's file dialogs wrote into QtProject.conf (folders visited, history)."""
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.remove("FileDialog")
    store.sync()


def file_dialog(
    parent: QWidget | None, title: str, start: str = "", filters: str = ""
) -> QFileDialog:
    """Qt's own file dialog, with no history; run it with run_file_dialog."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def run_file_dialog(dialog: QFileDialog) -> Path | None:
    """The chosen path, or None; the dialog is deleted and its traces removed afterwards."""
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        # Qt writes its settings when the dialog is destroyed: destroy it before removing them.
        shiboken6.delete(dialog)
        forget_file_dialog_history()
    return Path(chosen[0]) if chosen and chosen[0] else None


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".pdf"): a name typed without it gets it added."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


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
        action: str | None = None,
    ) -> bool:
        """Asks a yes/no question; True means go ahead. Yes is the default button unless
        `danger` or `default_yes=False` (a question Enter must not answer by accident).
        With `action` ("Move to the trash") the buttons are that and Cancel."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        buttons = QMessageBox.StandardButton
        no = buttons.No if action is None else buttons.Cancel
        box.setStandardButtons(buttons.Yes | no)
        box.setEscapeButton(no)
        if action is not None:
            box.button(buttons.Yes).setText(action)
        # A dangerous action is never the default: Enter must not confirm it by accident.
        yes = (not danger) if default_yes is None else default_yes
        box.setDefaultButton(buttons.Yes if yes else no)
        return box.exec() == buttons.Yes

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

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Qt's print dialog for ``printer``; True once the user pressed Print."""
        # Imported here: QtPrintSupport is loaded only by those who print.
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def ask[T](self, dialog: AnswerDialog[T]) -> T | None:
        """Runs a small form modally: its answer, or None when cancelled. Deletes it after."""
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """An existing folder, or None when cancelled."""
        dialog = file_dialog(parent, title, str(start))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return run_file_dialog(dialog)

    def open_file(
        self,
        parent: QWidget | None,
        title: str,
        *,
        start: Path | None = None,
        file_filter: str = "",
    ) -> Path | None:
        """A file to read, or None when cancelled."""
        dialog = file_dialog(parent, title, "" if start is None else str(start), file_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return run_file_dialog(dialog)

    def save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str | Path,
        file_filter: str = "",
        *,
        suffix: str = "",
    ) -> Path | None:
        """Where to write a file, or None when cancelled; with ``suffix`` (".ics") the chosen
        name is made to end in it."""
        dialog = file_dialog(parent, title, str(suggested), file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chosen = run_file_dialog(dialog)
        if chosen is None:
            return None
        return with_suffix(chosen, suffix) if suffix else chosen

    def save_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where a report's PDF goes; the title says it is written unencrypted."""
        return self.save_file(
            parent,
            tr("Save the PDF (not encrypted)"),
            suggested,
            tr("PDF (*.pdf)"),
            suffix=".pdf",
        )

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
        dialog = file_dialog(parent, tr("Open a vault: choose its folder or a file inside it"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        # Files stay visible, so that a user who navigates into NAME.casefile sees vault.db.
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, False)
        return run_file_dialog(dialog)

    def new_vault_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where a new vault folder should go; None when cancelled."""
        dialog = file_dialog(
            parent,
            tr("Where should the new vault be kept?"),
            str(suggested),
            tr("Casefile vault (*.casefile)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return run_file_dialog(dialog)
