"""The files of a record inside its form: thumbnails, "Attach…", and files dropped on it.

Shown in the record form of every table that can hold evidence (FORM_TABLES) once the record
exists; a new record's form says to save first. Previews come from memory
(ui/editors/attachment_intake.py); nothing is written to disk.

Signals:
    attachments_changed(): files were added to the record.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.services.open_formats.file_exports import attachment_bytes
from casefile.services.records.attachments import EVIDENCE_TABLES
from casefile.ui.editors.attachment_intake import (
    Preview,
    attach_files,
    decode_image,
    dropped_files,
    load_previews,
)
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.vault import Vault

#: Forms that show the box: every table holding evidence but people and cases, whose pages
#: (the dossier, the case page) have their own Attachments section, drops included.
FORM_TABLES: frozenset[str] = frozenset(EVIDENCE_TABLES) - {"persons", "cases"}


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsBox", text)


class ImagePreview(QDialog):
    """One attached image, decoded from memory, at its size in a scroll area."""

    def __init__(self, parent: QWidget | None, title: str, data: bytes) -> None:
        super().__init__(parent)
        self.setObjectName("imagePreview")
        self.setWindowTitle(tr("Attachment"))  # never the file's title: window lists show it
        self.resize(820, 620)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        image = decode_image(data)
        self.shown = image is not None
        picture = QLabel(self)
        picture.setObjectName("previewImage")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image is not None:
            picture.setPixmap(QPixmap.fromImage(image))
        else:
            picture.setText(
                tr(
                    "This file cannot be shown as a picture. Export it from the record's page "
                    "to open it with another program."
                )
            )
            picture.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        heading.setBuddy(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


class AttachmentsBox(QGroupBox):
    """A record's files with thumbnails; "Attach…" and drops add more (see the module doc)."""

    attachments_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        table: str,
        record_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Photos, scans and other files"), parent)
        self.setObjectName("attachmentsBox")
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self.table = table
        self.record_id = record_id
        self.previews: list[Preview] = []
        self.viewer: ImagePreview | None = None
        self.files = QListWidget(self)
        self.files.setObjectName("attachmentsList")
        self.files.setAccessibleName(tr("Attached files"))
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setIconSize(QSize(96, 96))
        self.files.setGridSize(QSize(128, 132))
        self.files.setWordWrap(True)
        self.files.setMovement(QListView.Movement.Static)
        self.files.setResizeMode(QListView.ResizeMode.Adjust)
        self.files.setFixedHeight(150)
        # Drops land on the box, not into the list's own drag and drop.
        self.files.setAcceptDrops(False)
        self.files.itemActivated.connect(self._on_files_item_activated)
        self.attach_button = QPushButton(tr("Attach…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(tr("Copy a photo, scan or other file into the vault"))
        self.attach_button.clicked.connect(self.choose_file)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(row)
        self.setAcceptDrops(record_id is not None)
        self.files.setVisible(record_id is not None)
        self.attach_button.setEnabled(record_id is not None)
        self.hint.setText(
            tr("Drop photos or scans here to attach them. Double-click one to see it.")
            if record_id is not None
            else tr("Files can be attached once the record is saved.")
        )
        if record_id is not None:
            self.reload()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        vault, table, record_id = self._vault, self.table, self.record_id
        if record_id is None:
            return
        self._runner.run(
            lambda: load_previews(vault, table, record_id), self._on_previews_loaded, self._failed
        )

    def _on_previews_loaded(self, previews: object) -> None:
        self.previews = (
            [p for p in previews if isinstance(p, Preview)] if isinstance(previews, list) else []
        )
        self.files.clear()
        for preview in self.previews:
            item = QListWidgetItem(preview.info.title, self.files)
            item.setData(Qt.ItemDataRole.UserRole, preview.info.id)
            item.setToolTip(
                fill(
                    tr("%1 — SHA-256 %2"),
                    preview.info.file_name or preview.info.title,
                    preview.info.sha256[:16],
                )
            )
            if preview.thumbnail is not None:
                item.setIcon(QIcon(QPixmap.fromImage(preview.thumbnail)))

    # -- adding -----------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        path = self._dialogs.open_file(self, tr("Attach a file"))
        if path is not None:
            self.attach([path])

    def attach(self, paths: list[Path]) -> None:
        """Copies the files into the vault on the task runner, then shows them."""
        vault, table, record_id = self._vault, self.table, self.record_id
        if record_id is None or not paths:
            return
        self.hint.setText(
            QCoreApplication.translate("AttachmentsBox", "Attaching %n file(s)…", "", len(paths))
        )

        def done(_ids: object) -> None:
            self.hint.setText(
                tr("Drop photos or scans here to attach them. Double-click one to see it.")
            )
            self.attachments_changed.emit()
            self.reload()

        self._runner.run(lambda: attach_files(vault, table, record_id, paths), done, self._failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if self.record_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(paths)

    # -- viewing ----------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_files_item_activated(self, item: QListWidgetItem) -> None:
        attachment_id = str(item.data(Qt.ItemDataRole.UserRole))
        title = item.text()
        vault = self._vault

        def shown(data: object) -> None:
            assert isinstance(data, bytes)
            if self.viewer is not None:
                self.viewer.close()
                self.viewer.deleteLater()
            self.viewer = ImagePreview(self.window(), title, data)
            self.viewer.show()

        self._runner.run(lambda: attachment_bytes(vault, attachment_id), shown, self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self, error)
        self.hint.setText(
            tr("Drop photos or scans here to attach them. Double-click one to see it.")
        )
