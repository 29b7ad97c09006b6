"""The dialog service is the one place that opens file choosers and modal questions, so the
tests' FakeDialogs is the one thing they replace."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from casefile.ui.kit import dialogs as dialogs_module
from casefile.ui.kit.dialogs import DialogService
from tests.ui.ui_helpers import FakeDialogs

UI_DIR = Path(dialogs_module.__file__).resolve().parents[1]  # casefile/ui
#: Qt's modal questions; only the dialog service may open them.
MODAL = re.compile(r"\b(QFileDialog|QMessageBox|QInputDialog)\b")


def test_only_the_dialog_service_opens_file_choosers_and_message_boxes() -> None:
    home = Path(dialogs_module.__file__).resolve()
    outside = sorted(
        str(path.relative_to(UI_DIR))
        for path in UI_DIR.rglob("*.py")
        if path.resolve() != home and MODAL.search(path.read_text(encoding="utf-8"))
    )
    assert outside == []


def test_the_fake_answers_every_question_of_the_service() -> None:
    public = {name for name, _ in inspect.getmembers(DialogService) if not name.startswith("_")}
    assert public <= set(dir(FakeDialogs))


def answer_next_file_dialog(path: Path | None) -> None:
    """Answers the next file dialog as a person would: picks ``path`` and accepts, or cancels."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(10, answer)
            return
        if path is None:
            dialog.reject()
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.fixture
def qt_config(tmp_path: Path) -> Iterator[Path]:
    """Where QSettings' user scope (QtProject.conf among it) is written during the test."""
    folder = tmp_path / "config"
    folder.mkdir()
    before = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield folder
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, before)


def test_file_choosers_give_paths_or_none_and_leave_no_trace(
    qtbot: QtBot, tmp_path: Path, qt_config: Path
) -> None:
    service = DialogService()
    evidence = tmp_path / "evidence-from-usb"
    evidence.mkdir()
    (evidence / "letter.csv").write_text("a,b\n")

    # Cancelled: None from every chooser.
    for ask in (
        lambda: service.open_file(None, "Open"),
        lambda: service.save_file(None, "Save", "a.ics", suffix=".ics"),
        lambda: service.save_pdf_path(None, tmp_path / "a.pdf"),
        lambda: service.choose_folder(None, "Where", tmp_path),
    ):
        answer_next_file_dialog(None)
        assert ask() is None

    answer_next_file_dialog(evidence / "letter.csv")
    chosen = service.open_file(None, "Open", start=evidence, file_filter="CSV (*.csv)")
    assert chosen == evidence / "letter.csv"
    answer_next_file_dialog(evidence)
    assert service.choose_folder(None, "Where", tmp_path) == evidence

    # A name typed without the suffix gets it; one with it (in any case) keeps it.
    answer_next_file_dialog(evidence / "hearings")
    chosen = service.save_file(None, "Save", evidence / "h.ics", "Calendar (*.ics)", suffix=".ics")
    assert chosen == evidence / "hearings.ics"
    answer_next_file_dialog(evidence / "brief.PDF")
    assert service.save_pdf_path(None, evidence / "x.pdf") == evidence / "brief.PDF"
    answer_next_file_dialog(evidence / "brief")
    assert service.save_pdf_path(None, evidence / "x.pdf") == evidence / "brief.pdf"
    answer_next_file_dialog(evidence / "copy")
    assert service.save_file(None, "Save", evidence / "copy.txt") == evidence / "copy"

    # Qt's file dialog remembers folders in QtProject.conf: none is left there, or anywhere.
    written = [file for file in qt_config.rglob("*") if file.is_file()]
    for file in written:
        text = file.read_text("utf-8", "replace")
        assert "evidence" not in text and str(tmp_path) not in text, (file, text)


class _Form(QDialog):
    """A form that answers at once, as if the user had pressed OK or Cancel."""

    def __init__(self, result: QDialog.DialogCode) -> None:
        super().__init__()
        self._result = result

    def exec(self) -> int:
        return int(self._result.value)

    def answer(self) -> str:
        return "the answer"


def test_ask_gives_the_forms_answer_only_when_accepted_and_deletes_it(qtbot: QtBot) -> None:
    service = DialogService()
    accepted, rejected = _Form(QDialog.DialogCode.Accepted), _Form(QDialog.DialogCode.Rejected)
    assert service.ask(accepted) == "the answer"
    assert service.ask(rejected) is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(accepted) and not shiboken6.isValid(rejected)
