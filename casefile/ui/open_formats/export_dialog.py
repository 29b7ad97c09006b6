"""File → Export…: every record to open JSON or CSV files, with the unencrypted warning.

The export runs on the task runner behind a progress dialog (casefile.services.open_formats.export);
the folder is chosen through the dialog service, so tests answer it without a file dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.services.open_formats.export import ExportResult, export_csv, export_json
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskContext, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def unencrypted_warning() -> str:
    """The warning shown before and after an open export (the services' text, translated)."""
    return tr(
        "These files are NOT encrypted. Anyone who can read them can read every record in "
        "them. Keep them on an encrypted disk, share them only with people who may see the "
        "records, and delete them when they are no longer needed."
    )


class ExportDialog(QDialog):
    """Format (JSON or CSV per table), attachments, trash, folder; then export."""

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to open formats"))
        self.setObjectName("exportDialog")
        self.setMinimumWidth(520)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self.folder: Path | None = None
        self.result_summary: ExportResult | None = None

        warning = QLabel(unencrypted_warning(), self)
        warning.setObjectName("unencryptedWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.json_choice = QRadioButton(self.tr("JSON: one file with every record"), self)
        self.csv_choice = QRadioButton(
            self.tr("CSV: one file per kind of record, for spreadsheets"), self
        )
        self.json_choice.setChecked(True)
        self.attachments = QCheckBox(self.tr("Include attached files"), self)
        self.include_trash = QCheckBox(self.tr("Include records in the trash"), self)
        self.folder_label = QLabel(self.tr("No folder chosen."), self)
        self.folder_label.setObjectName("folderLabel")
        choose = QPushButton(self.tr("Choose folder…"), self)
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.json_choice)
        layout.addWidget(self.csv_choice)
        layout.addWidget(self.attachments)
        layout.addWidget(self.include_trash)
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)

    @Slot()
    def choose_folder(self) -> None:
        chosen = self._dialogs.choose_folder(
            self, self.tr("Export into which folder?"), self.folder or Path.home()
        )
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(str(folder))
        self.export_button.setEnabled(True)

    @Slot()
    def start_export(self) -> None:
        """Writes the files off the GUI thread; an earlier export there is replaced only after
        the user agrees."""
        if self.folder is None:
            return
        folder = self.folder
        existing = [p for p in ("casefile-export.json", "persons.csv") if (folder / p).exists()]
        overwrite = False
        if existing:
            if not self._dialogs.confirm(
                self,
                self.tr("Replace the earlier export?"),
                self.tr("This folder already holds an export. Replace its files?"),
                danger=True,
            ):
                return
            overwrite = True
        export = export_csv if self.csv_choice.isChecked() else export_json
        vault = self._vault
        attachments, trash = self.attachments.isChecked(), self.include_trash.isChecked()

        def work(context: TaskContext) -> ExportResult:
            context.report(None, tr("Writing the files…"))
            return export(
                vault,
                folder,
                include_attachments=attachments,
                include_trash=trash,
                overwrite=overwrite,
                progress=lambda fraction, _text: context.report(fraction, tr("Writing files…")),
            )

        self.export_button.setEnabled(False)
        self.progress = run_with_progress(
            self._runner,
            self,
            self.tr("Export"),
            self.tr("Writing the files…"),
            work,
            self._on_exported,
            self._on_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.result_summary = result
        records = sum(result.counts.values())
        self._dialogs.info(
            self,
            self.tr("Export finished"),
            self.tr("{records} records were written to {folder}.").format(
                records=records, folder=result.folder
            )
            + "\n\n"
            + unencrypted_warning(),
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(self.folder is not None)
        show_error(self._dialogs, self, error)
