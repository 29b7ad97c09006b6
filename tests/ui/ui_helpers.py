"""Helpers for the GUI tests: a fake dialog service, typing any text, unlocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casefile.ui.kit.dialogs import with_suffix
from casefile.ui.start.controller import AppController

#: The template vault's passphrase (tests/conftest.py).
PASSPHRASE = "correct horse battery staple for tests only"
#: People added to the test vault; the Cyrillic one is found by a lowercase fragment.
PEOPLE = ("ТАЖИБЕКОВ Айбек Русланович", "Alice Example", "Bob Example")


@dataclass
class FakeDialogs:
    """The one stand-in for casefile.ui.kit.dialogs.DialogService: answers at once, records
    what was asked. Set the answer fields before acting."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    confirm_answer: bool = True
    text_answer: str | None = None
    open_path: Path | None = None  # open_vault_path
    new_path: Path | None = None  # new_vault_path
    unsaved_answer: str = "cancel"  # "save", "discard" or "cancel"
    folder_answer: Path | None = None
    file_answer: Path | None = None  # open_file
    save_answer: Path | None = None  # save_file and save_pdf_path
    #: ask(dialog): the answer by the dialog's class name ("PostponeDialog"); None cancels.
    answers: dict[str, Any] = field(default_factory=dict)
    #: choose_printer(parent, printer): set the printer up and answer; None cancels.
    printer_setup: Callable[[Any], bool] | None = None

    def confirm(self, parent: QWidget | None, title: str, text: str, **_kw: Any) -> bool:
        self.calls.append(("confirm", title, text))
        return self.confirm_answer

    def ask_unsaved_changes(self, parent: QWidget | None, text: str) -> str:
        self.calls.append(("ask_unsaved_changes", "", text))
        return self.unsaved_answer

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        self.calls.append(("choose_folder", title, str(start)))
        return self.folder_answer

    def open_file(self, parent: QWidget | None, title: str, **_kw: Any) -> Path | None:
        self.calls.append(("open_file", title, ""))
        return self.file_answer

    def save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str | Path,
        file_filter: str = "",
        *,
        suffix: str = "",
    ) -> Path | None:
        self.calls.append(("save_file", title, str(suggested)))
        # The real service's promise: a name chosen without the suffix gets it.
        if self.save_answer is None or not suffix:
            return self.save_answer
        return with_suffix(self.save_answer, suffix)

    def save_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self.calls.append(("save_pdf_path", "", suggested.name))
        return self.save_answer

    def choose_printer(self, parent: QWidget | None, printer: Any) -> bool:
        self.calls.append(("printer", "", ""))
        return self.printer_setup(printer) if self.printer_setup else False

    def ask(self, dialog: Any) -> Any:
        """Answers a small form without showing it; the real form is built, so its
        constructor runs as in the application."""
        name = type(dialog).__name__
        self.calls.append(("ask", name, ""))
        dialog.deleteLater()
        return self.answers.get(name)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def ask_text(self, parent: QWidget | None, title: str, label: str, **_kw: Any) -> str | None:
        self.calls.append(("ask_text", title, label))
        return self.text_answer

    def open_vault_path(self, parent: QWidget | None) -> Path | None:
        self.calls.append(("open_vault_path", "", ""))
        return self.open_path

    def new_vault_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self.calls.append(("new_vault_path", "", str(suggested)))
        return self.new_path

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]


def type_text(widget: QWidget, text: str) -> None:
    """Types any text, Cyrillic too (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    """Types the passphrase into the open unlock dialog and waits for the main window."""
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.vault_opened, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
