"""Photos and scans dropped onto a record's form or the dossier's section: stored with their
hash, shown as thumbnails decoded from memory; hostile images are not decoded."""

from __future__ import annotations

import hashlib
import struct
import warnings
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casefile.services.records.attachments import list_attachments
from casefile.services.records.drafts import save_record
from casefile.ui.editors.attachment_intake import decode_image, dropped_files
from casefile.ui.editors.attachments_box import AttachmentsBox, ImagePreview
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.vault import Vault
from tests.ui.test_ui_editors import open_form
from tests.ui.ui_helpers import FakeDialogs


def png_bytes(width: int = 640, height: int = 480) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header claiming a huge picture, with a few bytes of data: a decompression bomb's
    first step."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def drop(qtbot: QtBot, target: QWidget, paths: list[Path]) -> None:
    """A drag entering the widget and a drop, as Qt delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions = Qt.DropAction.CopyAction
    with warnings.catch_warnings():
        # PySide marks the QPoint constructor deprecated; Qt has no other for this event.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            actions,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(
        QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, dropped)
    assert dropped.isAccepted()


def test_images_decode_from_memory_within_bounds() -> None:
    data = png_bytes()
    image = decode_image(data)
    assert image is not None and (image.width(), image.height()) == (640, 480)
    thumbnail = decode_image(data, 96)
    assert thumbnail is not None and max(thumbnail.width(), thumbnail.height()) == 96
    assert decode_image(b"not an image at all") is None
    assert decode_image(png_claiming(100_000, 100_000)) is None  # 10 gigapixels: not decoded
    assert decode_image(png_claiming(20_000, 20_000)) is None  # 400 megapixels: not either


def test_a_drop_takes_local_files_only(tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(photo)),
            QUrl.fromLocalFile(str(tmp_path)),  # a folder
            QUrl("https://example.org/photo.png"),
            QUrl.fromLocalFile(str(tmp_path / "missing.png")),
        ]
    )
    assert dropped_files(mime) == [photo]


@pytest.mark.parametrize("table", ["ill_treatment_reports", "hearings", "interventions"])
def test_a_photo_dropped_on_the_form_is_attached_with_its_hash_and_thumbnail(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    vault: Vault,
    tmp_path: Path,
    table: str,
) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Victim"})
    case = save_record(vault, "cases", None, {"title": "Case"})
    values = {
        "ill_treatment_reports": {"victim_id": person},
        "hearings": {"case_id": case, "scheduled_date": "02.12.2026"},
        "interventions": {"person_id": person, "recipient": "wgad"},
    }[table]
    record = save_record(vault, table, None, values)
    photo = tmp_path / "bruises.png"
    data = png_bytes()
    photo.write_bytes(data)
    form = open_form(qtbot, runner, dialogs, vault, table, record)
    box = form.attachments
    assert isinstance(box, AttachmentsBox) and box.attach_button.isEnabled()

    drop(qtbot, form, [photo])

    qtbot.waitUntil(lambda: box.files.count() == 1, timeout=5000)
    stored = list_attachments(vault, table, record)
    assert [(a.title, a.media_type, a.size) for a in stored] == [
        ("bruises.png", "image/png", len(data))
    ]
    assert stored[0].sha256 == hashlib.sha256(data).hexdigest()
    assert not box.files.item(0).icon().isNull()  # the thumbnail, decoded from memory

    box.files.itemActivated.emit(box.files.item(0))
    qtbot.waitUntil(lambda: box.viewer is not None, timeout=5000)
    assert isinstance(box.viewer, ImagePreview) and box.viewer.shown
    box.viewer.close()


def test_attach_button_and_a_new_records_form(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault, tmp_path: Path
) -> None:
    new_form = open_form(qtbot, runner, dialogs, vault, "ill_treatment_reports")
    assert new_form.attachments is not None
    assert not new_form.attachments.attach_button.isEnabled()
    assert "once the record is saved" in new_form.attachments.hint.text()

    person = save_record(vault, "persons", None, {"full_name": "Victim"})
    report = save_record(vault, "ill_treatment_reports", None, {"victim_id": person})
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not really")
    dialogs.file_answer = scan
    form: RecordForm = open_form(qtbot, runner, dialogs, vault, "ill_treatment_reports", report)
    assert form.attachments is not None
    form.attachments.attach_button.click()
    qtbot.waitUntil(lambda: form.attachments is not None and form.attachments.files.count() == 1)
    assert [a.media_type for a in list_attachments(vault, "ill_treatment_reports", report)] == [
        "application/pdf"
    ]
    assert form.attachments.files.item(0).icon().isNull()  # not an image: no thumbnail


def test_a_photo_dropped_on_the_dossier_section_is_attached(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault, tmp_path: Path
) -> None:
    from casefile.ui.pages.attachments_panel import AttachmentsSection

    person = save_record(vault, "persons", None, {"full_name": "Victim"})
    section = AttachmentsSection(runner, dialogs, lambda: (vault, "persons", person))
    qtbot.addWidget(section)
    section.show()
    photo = tmp_path / "photo.jpg"
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    image.save(str(photo), "JPEG")
    with qtbot.waitSignal(section.attachments_changed, timeout=5000):
        drop(qtbot, section, [photo])
    stored = list_attachments(vault, "persons", person)
    assert [(a.title, a.media_type) for a in stored] == [("photo.jpg", "image/jpeg")]
    assert stored[0].sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
