"""Record outcome… with what follows: typed into the real dialog, saved as one step."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.undo import Change
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages import hearing_actions
from casefile.ui.pages.record_dialogs import Outcome, OutcomeDialog
from casefile.vault.schema import DetentionEvent
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs

HEARING_DAY = date(2026, 12, 2)


def choose(qtbot: QtBot, dialog: OutcomeDialog, code: str) -> None:
    dialog.choice.setFocus()
    while dialog.choice.currentData() != code:
        qtbot.keyClick(dialog.choice, Qt.Key.Key_Down)


def test_the_dialog_asks_for_the_new_date_or_the_new_term(qtbot: QtBot) -> None:
    dialog = OutcomeDialog(None, "02.12.2026 — Case", None, HEARING_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_date.isEnabled() and not dialog.term_until.isEnabled()
    choose(qtbot, dialog, "postponed")
    assert dialog.new_date.isEnabled()
    qtbot.keyClicks(dialog.new_date.line, "01.12.2026")  # before the hearing
    assert not dialog.ok_button.isEnabled()
    dialog.new_date.line.selectAll()
    qtbot.keyClicks(dialog.new_date.line, "21.12.2026 14:30")
    assert dialog.ok_button.isEnabled()
    assert dialog.answer() == Outcome("postponed", None, date(2026, 12, 21), time(14, 30), None)

    choose(qtbot, dialog, "detention_extended")
    assert dialog.term_until.isEnabled() and not dialog.new_date.isEnabled()
    qtbot.keyClicks(dialog.term_until.line, "02.02.2027")
    qtbot.keyClicks(dialog.notes, "2 months more")
    assert dialog.answer() == Outcome(
        "detention_extended", "2 months more", None, None, date(2027, 2, 2)
    )


def test_detention_extended_is_one_step_with_the_new_term(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Held"})
    case = save_record(vault, "cases", None, {"title": "Case"})
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case, "person_id": person, "role": "defendant"},
    )
    save_record(
        vault,
        "detention_events",
        None,
        {"person_id": person, "type": "pretrial_detention", "start": "03.10.2026"},
    )
    hearing = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": HEARING_DAY})
    parent = QWidget()
    qtbot.addWidget(parent)
    changes: list[Change | None] = []
    context = hearing_actions.HearingContext(parent, runner, dialogs, vault, changes.append)  # type: ignore[arg-type]
    dialogs.answers["OutcomeDialog"] = Outcome(
        "detention_extended", None, None, None, date(2027, 2, 2)
    )
    finished: list[bool] = []
    hearing_actions.record_outcome(
        context,
        hearing_actions.HearingRef(hearing, HEARING_DAY, None, "Case"),
        lambda: finished.append(True),
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert load_record(vault, "hearings", hearing)["outcome"] == "detention_extended"
    with vault.read() as session:
        terms = session.scalars(
            select(DetentionEvent.term_until).where(DetentionEvent.type == "pretrial_extension")
        ).all()
    assert terms == [date(2027, 2, 2)]
    assert len(changes) == 1 and changes[0] is not None
    assert changes[0].name.kind == "outcome"
