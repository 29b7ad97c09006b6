"""Clicks and keystrokes to record one arrest: the old way (six kinds of form) and New arrest.

Drives the real main window offscreen (or under Xvfb with QT_QPA_PLATFORM=xcb) on a fresh
vault, with the same data both ways, and counts what a user does:

- a click: into a field before typing in it, on a button, on a menu or one of its entries,
  and two for a list (open it, pick the entry);
- a keystroke: each character typed, and Enter in a picker.

A picker (the person or case of a record) is opened with its "Choose…" button (one click),
then the first four letters of the name are typed and Enter takes the top match; the script
checks that the match is the right record. Fields are focused by a click each (a mouse
user); the New arrest form starts with the name field focused. Afterwards both vaults must
hold the same records (checked), so the two counts are for the same work.

    PYTHONPATH=. .venv/bin/python bench/arrest_clicks.py

A script that prints figures, not a test: nothing is timed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from sqlalchemy import func, select

from casefile.ui.editors.field_widgets import ChoiceField, FieldEditor
from casefile.ui.editors.new_arrest import NewArrestDialog
from casefile.ui.editors.pickers import ReferenceField, pick_rows
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.main_window import MainWindow
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import RECORD_BY_TABLE
from casefile.vault.vault import Vault

PASSPHRASE = "arrest clicks benchmark passphrase"
TABLES = ("persons", "cases", "case_participants", "charges", "detention_events")
#: The arrest, as the monitor has it on paper.
DATA = {
    "name": "Azamat Tologonov",
    "born": "1990",
    "arrested": "01.12.2026 18:30",
    "place": "Bishkek, Chuy avenue 100",
    "forces": "GKNB",
    "custody": "IVS GUVD Bishkek",
    "case": "Tologonov case",
    "number": "01-123/26",
    "articles": ("278 part 3", "329"),
    "decided": "03.12.2026",
    "term": "03.02.2027",
    "court": "Pervomaisky district court",
}


class Counter:
    """Counts what the user does while doing it to the real widgets."""

    def __init__(self) -> None:
        self.clicks = 0
        self.keys = 0

    def click(self, count: int = 1) -> None:
        self.clicks += count

    def type(self, widget: QWidget, text: str, *, click: bool = True) -> None:
        """Clicks into a field (unless it has the focus already) and types the text."""
        if click:
            self.click()
        target = widget
        if isinstance(widget, FieldEditor):
            target = widget.focusProxy() or widget
            while target.focusProxy() is not None and target.focusProxy() is not target:
                target = target.focusProxy()
        target.setFocus()
        QTest.keyClicks(target, text)
        self.keys += len(text)

    def choose(self, combo: QComboBox, code: str) -> None:
        """Opens a list and picks an entry: two clicks."""
        self.click(2)
        index = combo.findData(code)
        if index < 0:
            raise SystemExit(f"no {code!r} in the list")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def wait(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QApplication.processEvents()
        time.sleep(0.005)


class UnusedDialogs:
    """Nothing in these tasks asks a question; one that does would skew the counts."""

    def __getattr__(self, name: str) -> Any:
        raise SystemExit(f"unexpected dialog: {name}")


def counting_chooser(counter: Counter, vault: Vault) -> Callable[..., tuple[str, str] | None]:
    """A picker as the user works it: Choose… (1 click), four letters, Enter (5 keys)."""

    def choose(_parent: QWidget, table: str, _initial: str) -> tuple[str, str] | None:
        wanted = DATA["name"] if table == "persons" else DATA["case"]
        counter.click()
        counter.keys += 5
        rows = pick_rows(vault, table, str(wanted)[:4])
        if not rows or rows[0].label.split(" (")[0] != wanted:
            raise SystemExit(f"the picker's first {table} match is not {wanted!r}")
        return rows[0].id, rows[0].label

    return choose


def open_window(folder: Path) -> tuple[MainWindow, Vault, TaskRunner]:
    created = Vault.create(
        folder,
        PASSPHRASE,
        actor="bench",
        kdf_cost=KdfCost(memory_kib=8, time_cost=1, parallelism=1),
    )
    vault = created.vault
    runner = TaskRunner()
    settings = UiSettings(
        QSettings(str(folder.parent / f"{folder.name}.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(runner, cast(DialogService, UnusedDialogs()), settings, ClipboardGuard())
    window.resize(1366, 768)
    window.show()
    window.set_vault(vault)
    return window, vault, runner


def new_form(counter: Counter, window: MainWindow, table: str) -> RecordForm:
    """New ▸ kind (two clicks), then waits for the form to load."""
    counter.click(2)
    menu = window.new_record_menu()
    action = next(a for a in menu.actions() if a.data() == table)
    action.trigger()
    form = window.record_actions.forms[-1]
    wait(lambda: form.is_loaded)
    return form


def save(counter: Counter, window: MainWindow, form: RecordForm) -> None:
    wait(form.save_button.isEnabled)
    saved = len(window.record_actions.undo_stack.undo_steps)
    counter.click()
    form.save_button.click()
    wait(lambda: len(window.record_actions.undo_stack.undo_steps) > saved)


def editor(form: RecordForm, name: str) -> FieldEditor:
    return form.editors[name]


def choose_reference(form: RecordForm, name: str) -> None:
    field = editor(form, name)
    assert isinstance(field, ReferenceField)
    field.choose_button.click()


def pick(counter: Counter, form: RecordForm, name: str, code: str) -> None:
    field = editor(form, name)
    assert isinstance(field, ChoiceField)
    counter.choose(field.combo, code)


def the_old_way(counter: Counter, window: MainWindow) -> None:
    """A person, two detention events, a case, the person in it, two charges, the court's
    decision: eight forms of six kinds, the dossier's New menu linking each to the person."""
    form = new_form(counter, window, "persons")
    counter.type(editor(form, "full_name"), DATA["name"], click=False)  # focused on opening
    counter.type(editor(form, "birth_date"), DATA["born"])
    save(counter, window, form)
    wait(lambda: window.current_page_id() == "dossier" and bool(window.dossier.record_id))

    form = new_form(counter, window, "detention_events")
    pick(counter, form, "type", "arrest")
    counter.type(editor(form, "start"), DATA["arrested"])
    counter.type(editor(form, "place"), DATA["place"])
    counter.type(editor(form, "forces"), DATA["forces"])
    save(counter, window, form)

    form = new_form(counter, window, "detention_events")
    pick(counter, form, "type", "police_custody")
    counter.type(editor(form, "start"), DATA["arrested"])
    counter.type(editor(form, "place"), DATA["custody"])
    counter.type(editor(form, "forces"), DATA["forces"])
    save(counter, window, form)

    form = new_form(counter, window, "cases")
    counter.type(editor(form, "title"), DATA["case"], click=False)
    counter.type(editor(form, "case_numbers"), DATA["number"])
    save(counter, window, form)

    form = new_form(counter, window, "case_participants")
    choose_reference(form, "case_id")
    pick(counter, form, "role", "defendant")
    save(counter, window, form)

    for article in DATA["articles"]:
        form = new_form(counter, window, "charges")
        choose_reference(form, "case_id")
        counter.type(editor(form, "article"), str(article))
        counter.type(editor(form, "brought_on"), DATA["arrested"].split()[0])
        save(counter, window, form)

    form = new_form(counter, window, "detention_events")
    pick(counter, form, "type", "pretrial_detention")
    choose_reference(form, "case_id")
    counter.type(editor(form, "start"), DATA["decided"])
    counter.type(editor(form, "term_until"), DATA["term"])
    counter.type(editor(form, "ordering_authority"), DATA["court"])
    save(counter, window, form)


def the_one_form(counter: Counter, window: MainWindow) -> None:
    """File ▸ New arrest… (two clicks; or Ctrl+Shift+A), every field in one form, Save."""
    counter.click(2)
    window.record_actions.new_arrest_action.trigger()
    dialog = window.record_actions.arrest_dialog
    assert isinstance(dialog, NewArrestDialog)
    counter.type(dialog.full_name, DATA["name"], click=False)  # focused on opening
    counter.type(dialog.birth_date.line, DATA["born"])
    counter.type(dialog.arrested_on.line, DATA["arrested"])
    counter.type(dialog.place, DATA["place"])
    counter.type(dialog.forces, DATA["forces"])
    counter.type(dialog.custody_place, DATA["custody"])
    counter.type(dialog.new_case_title, DATA["case"])
    counter.type(dialog.case_number, DATA["number"])
    counter.type(dialog.articles, ", ".join(DATA["articles"]))
    counter.choose(dialog.decision, "pretrial_detention")
    counter.type(dialog.decision_date.line, DATA["decided"])
    counter.type(dialog.term_until.line, DATA["term"])
    counter.type(dialog.court, DATA["court"])
    wait(dialog.save_button.isEnabled)
    counter.click()
    dialog.save_button.click()
    wait(lambda: window.current_page_id() == "dossier" and bool(window.dossier.record_id))


def counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return {
            table: int(
                session.scalar(select(func.count()).select_from(RECORD_BY_TABLE[table])) or 0
            )
            for table in TABLES
        }


def run(
    name: str, task: Callable[[Counter, MainWindow], None], folder: Path
) -> tuple[Counter, dict[str, int]]:
    window, vault, runner = open_window(folder)
    counter = Counter()
    window.record_actions._chooser_factory = lambda v: counting_chooser(counter, v)
    try:
        task(counter, window)
        made = counts(vault)
    finally:
        window.set_vault(None)
        runner.wait()
        window.close()
        vault.close()
    return counter, made


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        before, made_before = run("old", the_old_way, Path(tmp) / "old.casefile")
        after, made_after = run("new", the_one_form, Path(tmp) / "new.casefile")
    if made_before != made_after:
        raise SystemExit(f"not the same records: {made_before} vs {made_after}")
    print(f"records made each way: {made_after}")
    print(f"{'':28}{'clicks':>8}{'keystrokes':>12}")
    for label, counter in (("before (8 forms, 6 kinds)", before), ("after (New arrest)", after)):
        print(f"{label:28}{counter.clicks:>8}{counter.keys:>12}")


if __name__ == "__main__":
    main()
