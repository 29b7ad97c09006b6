"""The person dossier page and its detention timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import save_record
from casefile.services.records.undo import Change
from casefile.ui.i18n.language import days_in_custody
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.detention_timeline import build_timeline, layout_timeline
from casefile.ui.pages.dossier_page import DossierPage
from casefile.vault.vault import Vault
from tests.ui import record_fakes
from tests.ui.ui_helpers import FakeDialogs

demo_vault = record_fakes.demo_vault  # the module-scoped fixture


def person_named(vault: Vault, fragment: str) -> Any:
    from casefile.services.lists.listing import list_people

    return next(p for p in list_people(vault) if fragment in p.full_name)


def open_dossier(qtbot: QtBot, runner: TaskRunner, vault: Vault, person_id: str) -> DossierPage:
    page = DossierPage(runner, FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1170, 720)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.record_loaded, timeout=30_000):
        page.show_record(person_id)
    return page


def test_dossier_shows_status_and_days_in_custody(
    qtbot: QtBot, runner: TaskRunner, demo_vault: Vault
) -> None:
    person = person_named(demo_vault, "Талант Мамасалиев")
    page = open_dossier(qtbot, runner, demo_vault, person.id)
    assert page.name_label.text() == "Талант Мамасалиев"
    assert person.current_status == "imprisoned"
    assert page.status_label.text().startswith("Imprisoned")
    assert days_in_custody(person.days_in_custody) in page.status_label.text()
    assert page.detention.table.row_model.rowCount() == 9
    assert page.cases.table.row_model.rowCount() >= 1
    assert page.history.table.row_model.rowCount() >= 1
    assert page.identity["birth"].text() == "01.06.1979"  # one date format in the interface


def test_timeline_has_one_bar_per_event_and_a_today_marker(
    qtbot: QtBot, runner: TaskRunner, demo_vault: Vault
) -> None:
    person = person_named(demo_vault, "Талант Мамасалиев")
    page = open_dossier(qtbot, runner, demo_vault, person.id)
    events = page.data.dossier.detention_events
    model = page.timeline.model
    assert len(model.bars) == len(events) == 9
    assert {bar.event_id for bar in model.bars} == {event.id for event in events}
    geometry = page.timeline.timeline_geometry()
    assert len(geometry.bars) == 9
    assert geometry.plot.left() < geometry.today_x < geometry.plot.right()
    # Imprisonment is ongoing: it runs to today and no further.
    ongoing = [g for g in geometry.bars if g.ongoing]
    assert ongoing and all(abs(g.rect.right() - geometry.today_x) < 3 for g in ongoing)
    # The conviction is a point; the pre-trial detention ends where an extension starts.
    conviction = next(g for g in geometry.bars if g.bar.type == "conviction")
    assert conviction.bar.point
    pretrial = next(g for g in geometry.bars if g.bar.type == "pretrial_detention")
    assert pretrial.bar.end is not None and not pretrial.ongoing
    assert len(model.lanes) == 6  # one lane per event type
    assert {entry.type for entry in geometry.legend} >= {t for t, _ in model.lanes}
    # Every bar has a tooltip naming its type.
    bar = page.timeline.bar_at(pretrial.rect.center())
    assert bar is not None and "Pre-trial detention" in bar.tooltip
    lane = geometry.lanes[pretrial.bar.lane]
    assert page.timeline.lane_label_at(QPointF(10, lane.center().y())) == pretrial.bar.label


@dataclass(frozen=True)
class _Event:
    id: str
    type: str
    type_label: str
    start: PartialDate
    end: PartialDate | None = None
    term_until: date | None = None
    place: str | None = None


def test_timeline_draws_approximate_dates_hatched(qtbot: QtBot) -> None:
    from casefile.domain.detention import DetentionSpanInput, event_extents

    today = date(2025, 6, 1)
    events = [
        _Event("a", "pretrial_detention", "Pre-trial detention", PartialDate(2024, 3)),
        _Event(
            "b",
            "house_arrest",
            "House arrest",
            PartialDate(2024, 9, 10, approximate=True),
            term_until=today + timedelta(days=60),
        ),
        _Event("c", "release", "Release", PartialDate(2025, 1, 5)),
    ]
    inputs = [DetentionSpanInput(e.type, e.start, e.end, e.term_until, None, e.id) for e in events]
    model = build_timeline(events, event_extents(inputs, today), today)
    assert [b.event_id for b in model.bars] == ["a", "b", "c"]
    first, second, release = model.bars
    assert first.start_fuzzy == (date(2024, 3, 1), date(2024, 3, 31))
    assert second.start_fuzzy == (date(2024, 9, 3), date(2024, 9, 17))
    assert release.point and release.start_fuzzy is None
    assert first.end == date(2024, 9, 10)  # house arrest ends custody (exclusive measures)
    assert second.end == date(2025, 1, 5)  # released
    widget = QWidget()
    qtbot.addWidget(widget)
    geometry = layout_timeline(model, 1000, QFontMetrics(QApplication.font()))
    hatched = geometry.bars[0]
    assert hatched.start_fuzzy is not None
    assert hatched.rect.left() >= hatched.start_fuzzy.right() - 0.01
    assert any(entry.text == "date approximate" for entry in geometry.legend)
    assert geometry.bars[1].term is None  # ended: a term beyond it is not drawn as running


def test_attachment_added_viewed_and_exported_with_warning(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, tmp_path: Path
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Асель Токтогулова"})
    source = tmp_path / "letter.txt"
    source.write_text("Ответ прокуратуры: жалоба получена.", encoding="utf-8")
    page = open_dossier(qtbot, runner, vault, person_id)
    assert page.status_label.text() == "No detention record"
    dialogs = page.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.file_answer = source
    dialogs.save_answer = tmp_path / "out" / "copy.txt"
    dialogs.text_answer = "Prosecutor's reply"
    page.records_changed.connect(page.reload)
    with qtbot.waitSignal(page.record_loaded, timeout=30_000):
        page.attachments.add_file()
    assert page.attachments.table.row_model.rowCount() == 1
    row = page.attachments.table.row_model.row_at(0)
    assert row.title == "Prosecutor's reply" and row.media_type == "text/plain"

    page.attachments.view_selected()
    qtbot.waitUntil(lambda: page.attachments.viewer is not None, timeout=30_000)
    viewer = page.attachments.viewer
    assert viewer is not None and viewer.kind == "text"
    assert "Ответ прокуратуры" in viewer.findChild(QWidget, "attachmentText").toPlainText()

    # Export: warned first; refused -> nothing written.
    (tmp_path / "out").mkdir()
    dialogs.confirm_answer = False
    page.attachments.export_selected()
    assert dialogs.kinds()[-1] == "confirm"
    assert "NOT encrypted" in dialogs.calls[-1][2]
    assert "save_file" not in dialogs.kinds()
    dialogs.confirm_answer = True
    page.attachments.export_selected()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1] == "info", timeout=30_000)
    assert (tmp_path / "out" / "copy.txt").read_bytes() == source.read_bytes()
    page.clear()
    assert page.attachments.viewer is None


def test_add_buttons_ask_for_an_editor_with_the_person_preset(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Bob Example"})
    page = open_dossier(qtbot, runner, vault, person_id)
    asked: list[tuple[str, str, dict[str, Any]]] = []
    page.edit_requested.connect(lambda table, rid, preset: asked.append((table, rid, preset)))
    reports: list[tuple[str, str]] = []
    page.report_requested.connect(lambda table, rid: reports.append((table, rid)))
    add = page.detention.findChildren(QWidget)
    button = next(w for w in add if getattr(w, "text", lambda: "")() == "Add…")
    button.click()
    page.edit_button.click()
    page.report_button.click()
    assert asked == [
        ("detention_events", "", {"person_id": person_id}),
        ("persons", person_id, {}),
    ]
    assert reports == [("persons", person_id)]
    assert page.timeline.bar_at(QPointF(10, 10)) is None


def test_suggested_spellings_are_added_with_one_click(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
    page = open_dossier(qtbot, runner, vault, person_id)
    assert page.spellings_row.isVisibleTo(page)
    offered = [b.text().removeprefix("+ ") for b in page.spelling_buttons]
    latin = next(s for s in offered if s.isascii())

    button = page.spelling_buttons[offered.index(latin)]
    made: list[Change] = []
    page.change_made.connect(made.append)
    with qtbot.waitSignal(page.records_changed, timeout=30_000):
        button.click()
    # One step for Undo, named after the person.
    assert [change.name.label for change in made] == ["Тажибек кызы Махабат"]
    with vault.read() as session:
        from casefile.vault.schema import Person

        stored = session.get(Person, person_id)
        assert stored is not None and latin in stored.name_variants
    with qtbot.waitSignal(page.record_loaded, timeout=30_000):
        page.reload()
    assert latin not in [b.text().removeprefix("+ ") for b in page.spelling_buttons]
    assert latin in page.identity["variants"].text()


def test_the_timeline_is_reached_and_used_with_the_keyboard(
    qtbot: QtBot, runner: TaskRunner, demo_vault: Vault
) -> None:
    person = person_named(demo_vault, "Талант Мамасалиев")
    page = open_dossier(qtbot, runner, demo_vault, person.id)
    timeline = page.timeline
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    # Tab goes from the header's buttons to the timeline.
    page.report_button.setFocus()
    for _ in range(5):
        if timeline.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert timeline.hasFocus()
    assert timeline.accessibleName() == "Detention timeline"

    bars = sorted(timeline.model.bars, key=lambda bar: (bar.start, bar.lane))
    order = [bar.event_id for bar in bars]
    assert len(order) == 9

    def current() -> str:
        bar = timeline.current_bar()
        assert bar is not None
        return bar.event_id

    assert current() == order[0]  # the focus lands on the first event
    assert bars[0].label in timeline.accessibleDescription()  # what a screen reader says
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert current() == order[1]
    assert bars[1].label in timeline.accessibleDescription()
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert current() == order[-1]
    qtbot.keyClick(timeline, Qt.Key.Key_Down)  # stays on the last one
    assert current() == order[-1]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert current() == order[-2]
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert current() == order[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert current() == order[0]

    asked: list[tuple[str, str, dict[str, Any]]] = []
    page.edit_requested.connect(lambda table, rid, preset: asked.append((table, rid, preset)))
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert asked == [("detention_events", order[1], {})]  # Enter opens the event's form


def test_an_empty_timeline_is_no_tab_stop(qtbot: QtBot, runner: TaskRunner, vault: Vault) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Bob Example"})
    page = open_dossier(qtbot, runner, vault, person_id)
    assert page.timeline.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert page.timeline.current_bar() is None
