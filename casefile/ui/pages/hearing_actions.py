"""The two things a lawyer does to a hearing from the agenda or a case page:
"Postponed to…" (a new date, the old one kept and linked) and "Record outcome…".

Each asks one small dialog through the dialog service's ask (so tests answer it), runs the
service off the GUI thread, hands what it wrote to the window's undo stack (``recorded``) and
calls ``done`` on success; errors go through the service too. Pages pass a HearingContext
(built in one place per page) and a HearingRef: one call shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.services.records.hearing_outcome import record_hearing_outcome
from casefile.services.records.hearings import postpone_hearing
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.ui.i18n.language import format_date, ui_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.record_dialogs import Outcome, OutcomeDialog, PostponeDialog, Postponement

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("HearingActions", text)


@dataclass(frozen=True)
class HearingContext:
    """What both actions need from the page asking: where to show dialogs, the vault, and
    where the change goes for Undo (the page's change_made signal)."""

    parent: QWidget
    runner: TaskRunner
    dialogs: DialogService
    vault: Vault
    recorded: Callable[[Change | None], None]


@dataclass(frozen=True)
class HearingRef:
    """The hearing acted on, as the page shows it (an agenda row, a case page's chain row)."""

    id: str
    when: date
    at: time | None
    case_title: str
    postponed: bool = False
    outcome: str | None = None


def hearing_summary(when: date, at: time | None, case_title: str) -> str:
    text = format_date(when)
    if at is not None:
        text += " " + at.strftime("%H:%M")
    return f"{text} — {case_title}"


def postpone(
    context: HearingContext, hearing: HearingRef, done: Callable[[str], None]
) -> Postponement | None:
    """Asks for the new date and reason, then postpones; done(new hearing id)."""
    if hearing.postponed:
        context.dialogs.info(
            context.parent,
            tr("Postponed to…"),
            tr("This hearing was already postponed. Postpone the new hearing instead."),
        )
        return None
    summary = hearing_summary(hearing.when, hearing.at, hearing.case_title)
    answer = context.dialogs.ask(PostponeDialog(context.parent, summary, hearing.when, hearing.at))
    if answer is None:
        return None
    vault, hearing_id, lang = context.vault, hearing.id, ui_language()

    def work() -> tuple[str, Change | None]:
        return record_change(
            vault,
            ChangeKind.POSTPONE,
            lambda: postpone_hearing(
                vault, hearing_id, answer.new_date, answer.new_time, answer.reason
            ),
            subject=("hearings", hearing_id),
            lang=lang,
        )

    def finished(result: tuple[str, Change | None]) -> None:
        new_id, change = result
        context.recorded(change)
        done(new_id)

    context.runner.run(
        work, finished, lambda error: show_error(context.dialogs, context.parent, error)
    )
    return answer


def record_outcome(
    context: HearingContext, hearing: HearingRef, done: Callable[[], None]
) -> Outcome | None:
    """Asks what happened, then records it; done() after saving."""
    summary = hearing_summary(hearing.when, hearing.at, hearing.case_title)
    if hearing.postponed:
        context.dialogs.info(
            context.parent,
            tr("Record outcome"),
            tr("This hearing was postponed to a new date. Record the outcome of the new one."),
        )
        return None
    answer = context.dialogs.ask(
        OutcomeDialog(context.parent, summary, hearing.outcome, hearing.when)
    )
    if answer is None:
        return None
    vault, hearing_id, lang = context.vault, hearing.id, ui_language()
    # A postponement with its new date is the same step as "Postponed to…".
    kind = ChangeKind.POSTPONE if answer.new_date is not None else ChangeKind.OUTCOME

    def save() -> None:
        # One step: the outcome, and the new hearing or the new terms it brings.
        record_hearing_outcome(
            vault,
            hearing_id,
            answer.outcome,
            notes=answer.notes,
            new_date=answer.new_date,
            new_time=answer.new_time,
            term_until=answer.term_until,
        )

    def work() -> Change | None:
        _none, change = record_change(
            vault, kind, save, subject=("hearings", hearing_id), lang=lang
        )
        return change

    def finished(change: Change | None) -> None:
        context.recorded(change)
        done()

    context.runner.run(
        work, finished, lambda error: show_error(context.dialogs, context.parent, error)
    )
    return answer
