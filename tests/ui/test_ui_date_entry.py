"""The one date entry (ui/editors/date_entry.py), typed into as a person types (issue 18).

Regressions: "Postponed to…" saved 21.12.2026 as 21.12.2202; the hearing date and "Detention
term ends" turned 05.02.2027 into 05.12.2026 on leaving the field; the echo line and a
duplicated error pushed the fields below down while typing.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, time
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casefile.domain.date_input import Step
from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import load_record, save_record
from casefile.ui.editors.date_entry import DateEntry
from casefile.ui.editors.field_widgets import DateField, PartialDateField
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.i18n import language as i18n
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.agenda_page import AgendaPage
from casefile.ui.pages.record_dialogs import PostponeDialog
from casefile.vault.schema import Hearing
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs, type_text

TODAY = date(2026, 12, 4)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """English as the app starts it: with its translator, which holds the plural forms."""
    i18n.set_language("en")


def make_entry(qtbot: QtBot, **options: bool) -> DateEntry:
    entry = DateEntry(**options)
    entry.today = lambda: TODAY
    qtbot.addWidget(entry)
    entry.resize(420, entry.sizeHint().height())
    entry.show()
    return entry


def retype(qtbot: QtBot, entry: DateEntry, text: str) -> None:
    """Select all, then type: how a person replaces what is in a field."""
    entry.line.setFocus()
    entry.line.selectAll()
    if text:
        qtbot.keyClicks(entry.line, text)
    else:
        qtbot.keyClick(entry.line, Qt.Key.Key_Delete)


def message(entry: DateEntry) -> tuple[str, str]:
    return entry.message.kind(), entry.message.full_text()


# -- the widget alone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["21.12.2026", "21.12.26", "21/12/2026", "2026-12-21", "21122026", "21 12 2026"]
)
def test_typed_dates_are_read_and_said_back_in_words(qtbot: QtBot, typed: str) -> None:
    entry = make_entry(qtbot)
    retype(qtbot, entry, typed)
    assert entry.date_value() == date(2026, 12, 21)
    assert entry.text() == typed  # never rewritten
    assert message(entry) == ("reading", "Mon 21 December 2026, in 17 days")


def test_words_for_today_in_three_languages(qtbot: QtBot) -> None:
    entry = make_entry(qtbot)
    retype(qtbot, entry, "today")
    assert entry.date_value() == TODAY
    assert message(entry) == ("reading", "Fri 4 December 2026, today")
    for word in ("сегодня", "бүгүн", "Бүгүн"):
        entry.line.selectAll()
        type_text(entry.line, word)  # per character: qtbot.keyClicks aborts on Cyrillic
        assert entry.date_value() == TODAY, word
    entry.set_text("эртең")
    assert entry.date_value() == date(2026, 12, 5)
    assert message(entry)[1] == "Sat 5 December 2026, tomorrow"


def test_an_impossible_date_is_refused_and_kept_as_typed(qtbot: QtBot) -> None:
    entry = make_entry(qtbot)
    other = QWidget()
    qtbot.addWidget(other)
    retype(qtbot, entry, "31.02.2026")
    assert entry.date_value() is None
    assert message(entry) == ("error", "February 2026 has no day 31.")
    assert entry.problem() == "February 2026 has no day 31."
    qtbot.keyClick(entry.line, Qt.Key.Key_Tab)  # leaving the field changes nothing
    entry.clearFocus()
    assert entry.text() == "31.02.2026"
    assert message(entry) == ("error", "February 2026 has no day 31.")
    retype(qtbot, entry, "")
    assert entry.date_value() is None and entry.problem() is None
    assert message(entry) == ("", "")


def test_the_today_button_and_a_typed_time(qtbot: QtBot) -> None:
    entry = make_entry(qtbot, with_time=True)
    retype(qtbot, entry, "21.12.2026 14:30")
    assert (entry.date_value(), entry.time_value()) == (date(2026, 12, 21), time(14, 30))
    assert message(entry) == ("reading", "Mon 21 December 2026, 14:30, in 17 days")
    qtbot.mouseClick(entry.today_button, Qt.MouseButton.LeftButton)
    assert entry.text() == "04.12.2026 14:30"  # the day changes, the time stays
    assert (entry.date_value(), entry.time_value()) == (TODAY, time(14, 30))


def test_partial_dates_and_the_approximate_box(qtbot: QtBot) -> None:
    entry = make_entry(qtbot, partial=True)
    assert entry.approximate is not None
    retype(qtbot, entry, "12.2026")
    assert entry.partial_value() == PartialDate(2026, 12)
    assert entry.date_value() is None  # not known to the day
    assert message(entry) == ("reading", "December 2026")
    retype(qtbot, entry, "c. 2023")
    assert entry.partial_value() == PartialDate(2023, approximate=True)
    assert entry.approximate.isChecked() and not entry.approximate.isEnabled()
    assert message(entry) == ("reading", "c. 2023")
    retype(qtbot, entry, "2023")
    assert not entry.approximate.isChecked()
    entry.approximate.setChecked(True)
    assert entry.partial_value() == PartialDate(2023, approximate=True)

    entry.set_value(PartialDate(1987, 4, approximate=True))
    assert entry.text() == "04.1987" and entry.approximate.isChecked()
    assert entry.partial_value() == PartialDate(1987, 4, approximate=True)


def test_a_full_date_field_refuses_a_partial_date(qtbot: QtBot) -> None:
    entry = make_entry(qtbot)
    retype(qtbot, entry, "12.2026")
    assert entry.date_value() is None
    assert message(entry) == ("error", "This field needs a full date, like 21.12.2026.")


def test_a_date_more_than_a_year_ahead_is_warned_about(qtbot: QtBot) -> None:
    entry = make_entry(qtbot)
    entry.warn_far_ahead = True
    retype(qtbot, entry, "21.12.2027")
    assert entry.date_value() == date(2027, 12, 21)  # a warning, not an error
    kind, text = message(entry)
    assert kind == "warning" and "more than a year ahead" in text


def test_the_reading_follows_the_interface_language(qtbot: QtBot) -> None:
    entry = make_entry(qtbot)
    retype(qtbot, entry, "21.12.2026")
    try:
        i18n.set_language("ru")
        QApplication.processEvents()  # the language change reaches widgets as an event
        assert message(entry)[1].startswith("пн 21 декабря 2026")
    finally:
        i18n.set_language("en")
    QApplication.processEvents()
    assert message(entry)[1].startswith("Mon 21 December 2026")


# -- many strings, typed ------------------------------------------------------------------------


def expected_year(year: int, four_digits: bool) -> int:
    if four_digits:
        return year
    # Two digits: this century unless over ten years ahead (21.12.26 is 2026, 05.03.87 is 1987).
    return 2000 + year if 2000 + year <= TODAY.year + 10 else 1900 + year


def real_date(year: int, month: int, day: int) -> date | None:
    if not 1800 <= year <= 2200 or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


@pytest.fixture
def shared_entry(qtbot: QtBot) -> Iterator[DateEntry]:
    entry = make_entry(qtbot)
    yield entry


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    day=st.integers(0, 35),
    month=st.integers(0, 14),
    year=st.one_of(st.integers(1780, 2220), st.integers(0, 99)),
    sep=st.sampled_from([".", "/", "-", " ", ""]),
    padded=st.booleans(),
    year_first=st.booleans(),
)
def test_typed_strings_give_the_date_or_say_why(
    qtbot: QtBot,
    shared_entry: DateEntry,
    day: int,
    month: int,
    year: int,
    sep: str,
    padded: bool,
    year_first: bool,
) -> None:
    four = year >= 100
    year_text = f"{year:04d}" if four else f"{year:02d}"
    if sep == "" or padded:
        day_text, month_text = f"{day:02d}", f"{month:02d}"
    else:
        day_text, month_text = str(day), str(month)
    if year_first and four and sep:
        text = sep.join((year_text, month_text, day_text))
    else:
        text = sep.join((day_text, month_text, year_text))
    wanted = real_date(expected_year(year, four), month, day)

    retype(qtbot, shared_entry, text)

    assert shared_entry.text() == text
    kind, said = message(shared_entry)
    if wanted is None:
        assert shared_entry.date_value() is None, text
        assert kind == "error" and said, text
    else:
        assert shared_entry.date_value() == wanted, text
        assert kind == "reading" and str(wanted.year) in said, text


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    month=st.one_of(st.none(), st.integers(0, 14)),
    year=st.integers(1780, 2220),
    approximate=st.booleans(),
)
def test_typed_partial_dates_give_the_date_or_say_why(
    qtbot: QtBot, month: int | None, year: int, approximate: bool
) -> None:
    entry = make_entry(qtbot, partial=True)
    text = (f"{month:02d}." if month is not None else "") + str(year)
    if approximate:
        text = "c. " + text
    retype(qtbot, entry, text)
    valid = 1800 <= year <= 2200 and (month is None or 1 <= month <= 12)
    if valid:
        assert entry.partial_value() == PartialDate(year, month, approximate=approximate)
        assert entry.message.kind() == "reading"
    else:
        assert entry.partial_value() is None and entry.message.kind() == "error"
    entry.deleteLater()


# -- in the record form -------------------------------------------------------------------------


def open_form(
    qtbot: QtBot,
    runner: TaskRunner,
    vault: Vault,
    table: str,
    record_id: str | None = None,
    preset: dict[str, object] | None = None,
) -> RecordForm:
    form = RecordForm(runner, FakeDialogs(), vault, table, record_id, preset)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    return form


def entry_of(form: RecordForm, name: str) -> DateEntry:
    editor = form.editors[name]
    assert isinstance(editor, DateField | PartialDateField)
    return editor.edit


def test_hearing_date_typed_with_dots_is_saved_as_typed(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    case_id = save_record(vault, "cases", None, {"title": "Case"})
    hearing_id = save_record(
        vault, "hearings", None, {"case_id": case_id, "scheduled_date": date(2026, 12, 7)}
    )
    form = open_form(qtbot, runner, vault, "hearings", hearing_id)
    entry = entry_of(form, "scheduled_date")
    assert entry.text() == "07.12.2026"
    assert entry.warn_far_ahead  # a hearing over a year ahead is most likely a wrong year
    retype(qtbot, entry, "05.02.2027")
    assert entry.text() == "05.02.2027"  # not ".00002.2027"
    qtbot.keyClick(entry.line, Qt.Key.Key_Tab)  # leaving the field
    assert entry.text() == "05.02.2027" and entry.date_value() == date(2027, 2, 5)
    form.check()
    with qtbot.waitSignal(form.record_saved, timeout=5000):
        form.save()
    with vault.read() as session:
        stored = session.get(Hearing, hearing_id)
        assert stored is not None and stored.scheduled_date == date(2027, 2, 5)


def test_detention_term_typed_or_counted_from_the_start(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Someone"})
    form = open_form(qtbot, runner, vault, "detention_events", preset={"person_id": person_id})
    form.set_value("type", "pretrial_detention")
    term = entry_of(form, "term_until")
    assert term.steps_button.isVisible()
    assert not term.apply_step(Step.MONTH_2)  # no start yet: said, nothing filled
    assert term.text() == "" and term.message.kind() == "warning"
    retype(qtbot, entry_of(form, "start"), "10.12.2026")
    actions = term.steps_button.menu().actions()
    assert [a.text() for a in actions] == ["+48 h", "+1 month", "+2 months"]
    actions[2].trigger()
    assert term.text() == "10.02.2027"
    retype(qtbot, term, "05.02.2027")
    qtbot.keyClick(term.line, Qt.Key.Key_Tab)
    assert term.text() == "05.02.2027"
    form.check()
    with qtbot.waitSignal(form.record_saved, timeout=5000) as saved:
        form.save()
    stored = load_record(vault, "detention_events", str(saved.args[1]))
    assert stored["term_until"] == date(2027, 2, 5)
    assert stored["start"] == PartialDate(2026, 12, 10)


def geometry_of(form: RecordForm) -> dict[str, tuple[int, int, int, int]]:
    QApplication.processEvents()
    out = {}
    for name, editor in form.editors.items():
        top_left = editor.mapTo(form, QPoint(0, 0))
        out[name] = (top_left.x(), top_left.y(), editor.width(), editor.height())
    return out


def test_typing_a_date_never_moves_the_fields(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Someone"})
    form = open_form(qtbot, runner, vault, "detention_events", preset={"person_id": person_id})
    form.set_value("type", "police_custody")
    retype(qtbot, entry_of(form, "start"), "10.03.2024")
    form.check()
    before = geometry_of(form)
    end = entry_of(form, "end")
    end.line.setFocus()
    # Nothing, a reading, an impossible date, an end before the start (the form's problem).
    for text in ("0", "01", "01.0", "01.03.2024", "31.02.2024", "", "12.03.2024", "01.03.2024"):
        end.line.selectAll()
        if text:
            qtbot.keyClicks(end.line, text)
        else:
            qtbot.keyClick(end.line, Qt.Key.Key_Backspace)
        form.check()
        assert geometry_of(form) == before, text
    assert "cannot be before" in end.message.full_text()
    assert not form.errors["end"].isVisible()  # said once, in the field's own line


def test_the_postpone_dialog_does_not_move_while_typing(qtbot: QtBot) -> None:
    dialog = PostponeDialog(None, "24.11.2026 — Case", date(2026, 11, 24), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    before = (dialog.reason.geometry(), dialog.date_entry.geometry())
    dialog.date_entry.line.selectAll()
    QTest.keyClick(dialog.date_entry.line, Qt.Key.Key_Backspace)  # empty: no reading at all
    assert dialog.date_entry.message.full_text() == ""
    for ch in "31.02.2026 10:00":
        QTest.keyClick(dialog.date_entry.line, ch)
        QApplication.processEvents()
        assert (dialog.reason.geometry(), dialog.date_entry.geometry()) == before


# -- "Postponed to…" with the real dialog -------------------------------------------------------


class RealFormsDialogs(FakeDialogs):
    """Shows small forms for real (as the application does), so the test can type into them."""

    def ask(self, dialog: Any) -> Any:
        return DialogService.ask(cast(DialogService, self), dialog)


def test_typing_over_the_suggested_date_postpones_to_the_typed_date(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    """Issue 18: typing 21.12.2026 over the suggested date saved the hearing on 21.12.2202."""
    old_day = date(2026, 11, 24)
    case_id = save_record(vault, "cases", None, {"title": "Case"})
    old_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case_id, "scheduled_date": old_day, "scheduled_time": time(10, 0)},
    )
    page = AgendaPage(runner, RealFormsDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.show_date(old_day)
    page.select_hearing(old_id)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PostponeDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.date_entry.text())
        # The suggested date is selected: typing replaces it, as a person does.
        qtbot.keyClicks(dialog.date_entry.line, "21.12.2026")
        seen.append(dialog.date_entry.text())
        qtbot.keyClicks(dialog.reason, "Judge ill")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.postpone_button.click()

    assert seen == ["01.12.2026 10:00", "21.12.2026"]
    with vault.read() as session:
        old = session.get(Hearing, old_id)
        assert old is not None and old.postponed_to_id is not None
        new = session.scalars(select(Hearing).where(Hearing.id == old.postponed_to_id)).one()
        assert new.scheduled_date == date(2026, 12, 21)
        assert new.scheduled_time is None  # the time was typed over too
        assert old.scheduled_date == old_day and old.postponement_reason == "Judge ill"
