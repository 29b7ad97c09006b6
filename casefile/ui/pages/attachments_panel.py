"""A record's attachments: list, add from a file, view in the app, export one on request.

Viewing reads the file into memory only (images and text are shown; nothing is written to
disk). Exporting writes an unencrypted copy, so it is asked for explicitly and warned about.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.services.open_formats.file_exports import attachment_bytes, export_attachment
from casefile.services.records.attachments import add_attachment, export_file_name
from casefile.ui.editors.attachment_intake import attach_files, decode_image, dropped_files
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.table_model import Column
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.record_page import Section

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

TEXT_TYPES = ("text/", "application/json", "application/xml")


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsSection", text)


def size_text(size: int) -> str:
    if size < 1024:
        return fill(tr("%1 bytes"), str(size))
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


COLUMNS = (
    Column("title", "Title", lambda a: a.title, width=280),
    Column("file", "File name", lambda a: a.file_name or "", width=220),
    Column("type", "Type", lambda a: a.media_type, width=160),
    Column("size", "Size", lambda a: size_text(a.size), lambda a: a.size, numeric=True, width=90),
    Column("added", "Added", lambda a: a.created_at.strftime("%d.%m.%Y %H:%M"), width=130),
)


class AttachmentViewer(QDialog):
    """Shows an image or a text file from memory; other kinds are explained, not shown."""

    def __init__(self, parent: QWidget | None, title: str, media_type: str, data: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Attachment"))  # never the file's title: window lists show it
        self.resize(820, 620)
        self.kind = "other"
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        # Bounded decoding from memory: header first, pixel and allocation limits.
        image = decode_image(data) if media_type.startswith("image/") else None
        if image is not None:
            self.kind = "image"
            picture = QLabel(self)
            picture.setObjectName("attachmentImage")
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea(self)
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            heading.setBuddy(scroll)  # screen readers name the picture by the title
            layout.addWidget(scroll, 1)
        elif media_type.startswith(TEXT_TYPES):
            self.kind = "text"
            text = QPlainTextEdit(self)
            text.setObjectName("attachmentText")
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            heading.setBuddy(text)
            layout.addWidget(text, 1)
        else:
            note = QLabel(
                fill(
                    tr(
                        "Casefile cannot show this kind of file (%1). Export it to open it with "
                        "another program."
                    ),
                    media_type,
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class AttachmentsSection(Section):
    """The attachments box of a record page.

    Signals:
        attachments_changed(): a file was added (the page and lists should reload).
    """

    attachments_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        target: Callable[[], tuple[Vault | None, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Attachments"), COLUMNS, parent, empty_text=tr("No files attached."))
        self._runner = runner
        self.dialogs = dialogs
        self._target = target
        self.viewer: AttachmentViewer | None = None
        self.add_button(tr("Add file…"), self.add_file, tr("Copy a file into the vault"))
        self.view_button = self.add_button(tr("View"), self.view_selected)
        self.export_button = self.add_button(
            tr("Export…"), self.export_selected, tr("Save an unencrypted copy of the file")
        )
        self.table.row_opened.connect(lambda _row: self.view_selected())
        self.setAcceptDrops(True)  # photos and scans dropped on the section are attached

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._target()[2] and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        vault, table, record_id = self._target()
        paths = dropped_files(event.mimeData())
        if vault is None or not record_id or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self._runner.run(
            lambda: attach_files(vault, table, record_id, paths),
            lambda _ids: self.attachments_changed.emit(),
            self._failed,
        )

    def close_viewer(self) -> None:
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
            self.viewer = None

    def _selected(self) -> Any | None:
        row = self.table.selected_row()
        if row is None and self.table.row_model.rowCount() == 1:
            row = self.table.row_model.row_at(0)
        if row is None:
            self.dialogs.info(self, tr("Attachments"), tr("Please select a file first."))
        return row

    def _failed(self, error: BaseException) -> None:
        show_error(self.dialogs, self, error)

    # -- actions ----------------------------------------------------------------------------------

    def add_file(self) -> None:
        vault, table, record_id = self._target()
        if vault is None or not record_id:
            return
        path = self.dialogs.open_file(self, tr("Add a file to the vault"))
        if path is None:
            return
        title = self.dialogs.ask_text(
            self, tr("Add a file"), tr("Title of the file:"), default=path.name
        )
        if title is None:
            return
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def work() -> str:
            with Path(path).open("rb") as source:
                return add_attachment(vault, table, record_id, title, source, path.name, media_type)

        self._runner.run(work, lambda _id: self.attachments_changed.emit(), self._failed)

    def view_selected(self) -> None:
        vault = self._target()[0]
        row = self._selected()
        if vault is None or row is None:
            return

        def work() -> bytes:
            return attachment_bytes(vault, row.id)

        def done(data: object) -> None:
            assert isinstance(data, bytes)
            self.close_viewer()
            self.viewer = AttachmentViewer(self.window(), row.title, row.media_type, data)
            self.viewer.show()

        self._runner.run(work, done, self._failed)

    def export_selected(self) -> None:
        vault = self._target()[0]
        row = self._selected()
        if vault is None or row is None:
            return
        if not self.dialogs.confirm(
            self,
            tr("Export a file"),
            tr(
                "The exported copy is NOT encrypted: anyone who can open the folder you save "
                "it in can read it. Delete it when you no longer need it.\n\nExport the file?"
            ),
            danger=True,
        ):
            return
        # A plain name, never the stored one as it is: a dialog given "../x" opens elsewhere.
        path = self.dialogs.save_file(self, tr("Export the file to"), export_file_name(row))
        if path is None:
            return

        def work() -> int:
            return export_attachment(vault, row.id, path)

        def done(_size: object) -> None:
            self.dialogs.info(
                self,
                tr("Export a file"),
                fill(tr("Saved (not encrypted): %1"), str(path)),
            )

        self._runner.run(work, done, self._failed)
