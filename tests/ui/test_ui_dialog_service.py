"""The dialog service is the one place that opens file choosers and modal questions, so the
tests' FakeDialogs is the one thing they replace."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QFileDialog
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


def test_file_choosers_give_paths_or_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    service = DialogService()
    answer: list[str] = [""]
    asked: list[tuple[str, tuple[Any, ...]]] = []

    def chooser(name: str, *, with_filter: bool) -> Any:
        """Stands in for one of QFileDialog's static choosers: records, answers `answer[0]`."""

        def choose(_parent: Any, *args: Any) -> Any:
            asked.append((name, args))
            return (answer[0], "") if with_filter else answer[0]

        return staticmethod(choose)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser("open", with_filter=True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser("save", with_filter=True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", chooser("folder", with_filter=False))

    # Cancelled: None from every chooser.
    assert service.open_file(None, "Open") is None
    assert service.save_file(None, "Save", "a.ics", suffix=".ics") is None
    assert service.save_pdf_path(None, tmp_path / "a.pdf") is None
    assert service.choose_folder(None, "Where", tmp_path) is None

    answer[0] = str(tmp_path / "letter.csv")
    assert service.open_file(None, "Open", start=tmp_path, file_filter="CSV (*.csv)") == Path(
        answer[0]
    )
    assert asked[-1] == ("open", ("Open", str(tmp_path), "CSV (*.csv)"))
    assert service.choose_folder(None, "Where", tmp_path) == Path(answer[0])
    assert asked[-1] == ("folder", ("Where", str(tmp_path)))

    # A name typed without the suffix gets it; one with it (in any case) keeps it.
    answer[0] = str(tmp_path / "hearings")
    assert service.save_file(None, "Save", "h.ics", "Calendar (*.ics)", suffix=".ics") == (
        tmp_path / "hearings.ics"
    )
    assert asked[-1] == ("save", ("Save", "h.ics", "Calendar (*.ics)"))
    answer[0] = str(tmp_path / "brief.PDF")
    assert service.save_pdf_path(None, tmp_path / "x.pdf") == tmp_path / "brief.PDF"
    answer[0] = str(tmp_path / "brief")
    assert service.save_pdf_path(None, tmp_path / "x.pdf") == tmp_path / "brief.pdf"
    assert service.save_file(None, "Save", "copy.txt") == tmp_path / "brief"  # no suffix asked


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
