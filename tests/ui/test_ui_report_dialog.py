"""The report window: preview in memory, save after the warning, print, consent and override,
and the embassy-brief batch (one PDF with a cover list, one file each, cancel)."""

from __future__ import annotations

import io
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casefile.demo.build import populate_demo
from casefile.reports.data import ReportData
from casefile.reports.render import TEMPLATES
from casefile.services.lists.listing import list_people
from casefile.services.reporting.disclosures import disclosure_log
from casefile.services.reporting.pipeline import prepare_report
from casefile.services.reporting.prepared import check_report
from casefile.services.reporting.submitter import (
    SUBMITTER_SETTING,
    set_submitter_details,
    submitter_details,
)
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.checklist import checklist_html
from casefile.ui.reports.dialog import ReportDialog
from casefile.ui.reports.options import TEMPLATE_BY_NAME
from casefile.vault.schema import AuditEntry
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs

TODAY = date(2026, 11, 23)


def recorded(vault: Vault, record_id: str) -> ReportData:
    """A person's report data as recorded: the internal dossier leaves nothing out."""
    return prepare_report(vault, record_id, "dossier", today=TODAY).items[0]


@dataclass(frozen=True)
class DemoIds:
    un_ok: str  # in custody, consent covers UN bodies and embassies
    no_un: str  # consent does not cover UN bodies


@dataclass(frozen=True)
class Demo:
    vault: Vault
    un_ok: str
    no_un: str


@pytest.fixture(scope="module")
def demo_template(
    template_vault: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, DemoIds]:
    """The demo cases, built once for this module; each test gets a copy."""
    target = tmp_path_factory.mktemp("demo") / "demo.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(target, PASSPHRASE, actor="tester") as vault:
        populate_demo(vault, today=TODAY)
        un_ok = no_un = None
        for row in list_people(vault, TODAY):
            consent = recorded(vault, row.id).current_consent
            covered = consent is not None and consent.share_with_un
            embassies = consent is not None and consent.share_with_embassies
            if covered and embassies and row.current_status == "pretrial_detention":
                un_ok = un_ok or row.id
            if not covered:
                no_un = no_un or row.id
    assert un_ok and no_un
    return target, DemoIds(un_ok, no_un)


@pytest.fixture
def vault_path(demo_template: tuple[Path, DemoIds], tmp_path: Path) -> Path:
    target = tmp_path / "test.casefile"
    shutil.copytree(demo_template[0], target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


@pytest.fixture
def demo(vault: Vault, demo_template: tuple[Path, DemoIds]) -> Demo:
    ids = demo_template[1]
    return Demo(vault, ids.un_ok, ids.no_un)


@pytest.fixture
def make_dialog(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo
) -> Iterator[type[ReportDialog]]:
    made: list[ReportDialog] = []

    def make(record_id: str, template: str = "wgad", **kwargs: object) -> ReportDialog:
        dialog = ReportDialog(
            demo.vault,
            runner,
            dialogs,  # type: ignore[arg-type]
            record_id,
            "subject",
            template=template,
            today=TODAY,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        made.append(dialog)
        qtbot.waitUntil(lambda: dialog.check is not None and not dialog._building, timeout=20_000)
        return dialog

    yield make  # type: ignore[misc]
    runner.wait()


def _files_under(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            found.update(Path(root) / name for name in names)
    return found


def _wait_rebuilt(qtbot: QtBot, dialog: ReportDialog) -> None:
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: not dialog._building and not dialog._timer.isActive(), timeout=20_000)


def _overrides(vault: Vault, person_id: str) -> list[AuditEntry]:
    with vault.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.record_id == person_id, AuditEntry.action == "consent_override"
                )
            )
        )


def test_templates_match_the_reports_layer() -> None:
    assert set(TEMPLATE_BY_NAME) == set(TEMPLATES)
    for name, info in TEMPLATE_BY_NAME.items():
        assert info.audience == TEMPLATES[name].audience
        assert info.default_profile == TEMPLATES[name].default_profile


def test_preview_is_built_in_memory_only(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A temp folder of this test's own (Python's and Qt's), so other processes cannot interfere.
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _files_under(temp, vault_path)
    dialog = make_dialog(demo.un_ok)
    assert dialog.report is not None
    assert dialog.preview.page_count > 0
    assert dialog.preview.document.pageCount() == dialog.preview.page_count
    text = dialog.preview.document.getAllText(0).text()
    assert "Working Group" in text or "WGAD" in text
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.banner.isVisible()
    checklist = dialog.checklist.toPlainText()
    assert "Consent covers a UN body" in checklist
    assert "Left out of this copy" in checklist and "Medical findings" in checklist
    after = _files_under(temp, vault_path)
    new = {p for p in after - before if not p.name.startswith("vault.db")}
    assert not new, f"files appeared: {sorted(map(str, new))}"
    assert disclosure_log(demo.vault, demo.un_ok) == []


def test_the_preview_reads_once_and_shows_what_a_batch_prints(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.services.reporting.batch import build_briefs

    reads: list[str] = []
    read = demo.vault.read

    def counting_read(**kwargs: object):  # type: ignore[no-untyped-def]
        reads.append("read")
        return read(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(demo.vault, "read", counting_read)
    dialog = make_dialog(demo.un_ok, template="embassy")
    # One read gives both the checklist and the preview.
    assert reads == ["read"] and dialog.report is not None
    prepared = prepare_report(demo.vault, demo.un_ok, "embassy", today=TODAY)
    assert dialog.check == check_report(prepared)
    assert dialog.checklist.toHtml() == _as_shown(qtbot, checklist_html(check_report(prepared)))
    (brief,) = build_briefs(demo.vault, [demo.un_ok], today=TODAY, workers=0).briefs
    assert _pdf_text(dialog.report.pdf) == _pdf_text(brief.report.pdf)
    assert dialog.report.missing == brief.report.missing
    reads.clear()
    dialog.options.set_language("ru")
    _wait_rebuilt(qtbot, dialog)
    assert reads == ["read"]


def _as_shown(qtbot: QtBot, html: str) -> str:
    """The HTML as a text browser gives it back (Qt rewrites what it is given)."""
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(html)
    return browser.toHtml()


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_choices_rebuild_the_preview(make_dialog, demo: Demo, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(demo.un_ok)
    dialog.options.categories["II"].setChecked(True)
    dialog.options.set_language("ru")
    assert not dialog.save_button.isEnabled()  # stale until rebuilt
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None and dialog.report.lang == "ru"
    text = "".join(
        dialog.preview.document.getAllText(i).text() for i in range(dialog.preview.page_count)
    )
    assert "Рабочая группа" in text or "РГПЗ" in text
    # Internal profile: nothing left out (initials still bind a UN document).
    dialog.options.set_profile("internal")
    _wait_rebuilt(qtbot, dialog)
    assert dialog.check is not None and dialog.check.redactions == ("initials",)


def test_save_warns_then_writes_and_logs(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo.un_ok)
    target = tmp_path / "out" / "wgad.pdf"
    target.parent.mkdir()
    dialogs.save_answer = target

    dialogs.confirm_answer = False  # the warning declined: nothing asked, nothing written
    dialog.save_button.click()
    assert dialogs.kinds() == ["confirm"] and "NOT encrypted" in dialogs.calls[0][2]
    assert "save_pdf_path" not in dialogs.kinds() and not target.exists()

    dialogs.confirm_answer = True
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000) as signal:
        dialog.save_button.click()
    assert signal.args == ["saved"]
    assert dialog.report is not None
    assert target.read_bytes() == dialog.report.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["wgad.pdf"]  # no temp left
    (entry,) = disclosure_log(demo.vault, demo.un_ok)
    assert entry.medium == "saved" and entry.template == "wgad"
    assert entry.sha256 == dialog.report.sha256


def test_print_paints_pages_and_logs_only_when_printed(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    answers: list[bool] = [False]
    out = tmp_path / "printed.pdf"

    def choose(printer: QPrinter) -> bool:
        # A PDF printer stands in for paper, so the painted pages can be counted.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return answers[0]

    dialogs.printer_setup = choose
    dialog = make_dialog(demo.un_ok, template="embassy")
    dialog.print_button.click()  # cancelled in the print dialog
    assert not out.exists() and disclosure_log(demo.vault, demo.un_ok) == []

    answers[0] = True
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        dialog.print_button.click()
    printed = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == dialog.preview.page_count
    (entry,) = disclosure_log(demo.vault, demo.un_ok)
    assert entry.medium == "printed" and entry.template == "embassy"


def test_consent_refusal_then_override_with_reason(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo.no_un)
    assert dialog.report is None and dialog.preview.page_count == 0
    assert not dialog.banner.isHidden()
    assert "cannot be printed" in dialog.banner_text.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert "Consent does not cover a UN body" in dialog.checklist.toPlainText()

    dialogs.text_answer = "   "  # an empty reason changes nothing
    dialog.override_button.click()
    assert dialog.report is None and _overrides(demo.vault, demo.no_un) == []

    dialogs.text_answer = "family asked by phone"
    dialog.override_button.click()
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None and dialog.preview.page_count > 0
    assert "Overridden" in dialog.banner_text.text() and dialog.override_button.isHidden()
    assert dialog.save_button.isEnabled()
    (entry,) = _overrides(demo.vault, demo.no_un)
    assert entry.reason == "family asked by phone"
    assert entry.changes["template"] == [None, "wgad"]

    # Rebuilding the preview with the same override does not write it again.
    dialog.options.set_language("ru")
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None and len(_overrides(demo.vault, demo.no_un)) == 1

    # Another recipient needs its own decision.
    dialog.options.set_template("embassy")
    _wait_rebuilt(qtbot, dialog)
    if dialog.check is not None and not dialog.check.consent_ok:
        assert dialog.report is None and not dialog.override_button.isHidden()


def test_submitter_details_live_in_the_vault(demo: Demo) -> None:
    set_submitter_details(demo.vault, {"organisation": " Example Centre ", "email": "a@b.c"})
    details = submitter_details(demo.vault)
    assert details["organisation"] == "Example Centre" and details["name"] == ""
    assert demo.vault.setting(SUBMITTER_SETTING)["email"] == "a@b.c"


def test_close_drops_the_preview(make_dialog, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(demo.un_ok)
    dialog.close_button.click()
    assert dialog.preview.page_count == 0
    assert dialog.result() == 0 and not dialog.isVisible()


# -- the batch of embassy briefs ------------------------------------------------------------


def _batch(qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo):  # type: ignore[no-untyped-def]
    from casefile.ui.reports.batch import BatchReportsDialog

    dialog = BatchReportsDialog(demo.vault, runner, dialogs, today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=20_000)
    return dialog


def _detained(demo: Demo) -> tuple[list[str], list[str]]:
    """Printed names of the detained people whose consent covers embassies, and the others."""
    from casefile.services.reporting.batch import detained_people

    covered, others = [], []
    for row in detained_people(demo.vault, TODAY):
        data = recorded(demo.vault, row.id)
        consent = data.current_consent
        if consent is not None and consent.share_with_embassies:
            covered.append(row.id)
        else:
            others.append(row.id)
    return covered, others


def test_batch_one_pdf_with_cover_list(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    demo: Demo,
    tmp_path: Path,
) -> None:
    covered, others = _detained(demo)
    assert covered and others
    dialog = _batch(qtbot, runner, dialogs, demo)
    assert dialog.count.text().startswith(f"{len(covered) + len(others)} ")
    dialogs.save_answer = tmp_path / "briefs.pdf"
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as signal:
        dialog.make_button.click()
    assert dialogs.calls[0][0] == "confirm" and "NOT encrypted" in dialogs.calls[0][2]
    outcome = signal.args[0]
    assert outcome.included == len(covered) and len(outcome.skipped) == len(others)
    reader = pypdf.PdfReader(io.BytesIO(dialogs.save_answer.read_bytes()))
    cover = reader.pages[0].extract_text()
    assert "Embassy briefs: people in detention" in cover
    text = "\n".join(page.extract_text() for page in reader.pages)
    for person_id in covered:
        # The name exactly as that person's own brief prints it (initials where asked).
        printed = prepare_report(demo.vault, person_id, "embassy", today=TODAY)
        name = printed.items[0].person.full_name
        assert name in cover and name in text
        full = recorded(demo.vault, person_id).person.full_name
        if printed.items[0].person.initials_only:
            assert full not in text  # consent asked for initials: the full name never prints
        (entry,) = disclosure_log(demo.vault, person_id)
        assert entry.medium == "saved"
    assert len(reader.outline) == len(covered)
    for person_id in others:
        assert disclosure_log(demo.vault, person_id) == []
    info = dialogs.calls[-1]
    assert info[0] == "info" and "Left out" in info[2]


def test_batch_one_file_per_person(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    demo: Demo,
    tmp_path: Path,
) -> None:
    covered, _others = _detained(demo)
    dialog = _batch(qtbot, runner, dialogs, demo)
    dialog.per_person.setChecked(True)
    dialogs.folder_answer = tmp_path / "briefs"
    dialogs.folder_answer.mkdir()
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000):
        dialog.make_button.click()
    written = sorted(dialogs.folder_answer.iterdir())
    assert len(written) == len(covered)
    assert all(p.name.startswith("embassy-brief-2026-11-23-") for p in written)
    for path in written:
        assert pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages


def test_batch_cancel_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    demo: Demo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import casefile.services.reporting.batch as report_batch

    dialog = _batch(qtbot, runner, dialogs, demo)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.save_answer = out / "briefs.pdf"
    calls: list[str] = []
    real = report_batch.prepare_reports

    def cancel_after_first(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for prepared in real(*args, **kwargs):  # type: ignore[arg-type]
            calls.append("prepared")
            assert dialog.context is not None
            dialog.context.cancel()  # the user pressed Cancel while the first brief was made
            yield prepared

    monkeypatch.setattr(report_batch, "prepare_reports", cancel_after_first)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.count.text(), timeout=30_000)
    assert calls == ["prepared"]
    assert list(out.iterdir()) == []  # not the bundle, not a temp file
    assert dialog.make_button.isEnabled()
    for row in list_people(demo.vault, TODAY):
        assert disclosure_log(demo.vault, row.id) == []


# -- disclosure log, submitter, menu ----------------------------------------------------------


def test_disclosure_log_lists_what_was_given(  # type: ignore[no-untyped-def]
    make_dialog,
    demo: Demo,
    dialogs: FakeDialogs,
    tmp_path: Path,
    qtbot: QtBot,
    runner: TaskRunner,
) -> None:
    from casefile.ui.pages.disclosure_log_view import DisclosureLogDialog

    dialog = make_dialog(demo.un_ok, template="embassy")
    dialogs.save_answer = tmp_path / "brief.pdf"
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        dialog.save_button.click()
    log = DisclosureLogDialog(demo.vault, runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=10_000)
    row = log.model.row_at(0)
    assert row.person_id == demo.un_ok and row.medium == "saved"
    cells = [log.model.index(0, c).data() for c in range(log.model.columnCount())]
    assert "Embassy brief" in cells and row.sha256 in cells
    assert "1 document" in log.summary.text()
    with qtbot.waitSignal(log.person_activated) as signal:
        log.view.activated.emit(log.proxy.index(0, 0))
    assert signal.args == ["persons", demo.un_ok]


def test_submitter_dialog_saves_into_the_vault(  # type: ignore[no-untyped-def]
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo
) -> None:
    from casefile.ui.reports.submitter_dialog import SubmitterDialog

    dialog = SubmitterDialog(demo.vault, runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    dialog.fields["organisation"].setText("Правозащитный центр")  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert submitter_details(demo.vault)["organisation"] == "Правозащитный центр"


def test_reports_menu_opens_the_report_window(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_controller, vault_path: Path, demo_template: tuple[Path, DemoIds]
) -> None:
    from casefile.ui.reports.dialog import ReportDialog
    from tests.ui.ui_helpers import unlock

    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    actions = [a.text() for a in window.reports_menu.actions() if a.text()]
    assert actions[:2] == [
        "Report for this person or case…",
        "Embassy briefs for everyone detained…",
    ]
    window.reports.open_log()
    (log,) = window.reports.windows
    log.close()  # closed windows are forgotten (and deleted)
    assert window.reports.windows == []
    window.reports.open_report("persons", demo_template[1].un_ok)
    qtbot.waitUntil(lambda: bool(window.reports.windows), timeout=10_000)
    (report,) = window.reports.windows
    assert isinstance(report, ReportDialog)
    qtbot.waitUntil(lambda: report.check is not None, timeout=20_000)
    window.reports.open_submitter()
    assert len(window.reports.windows) == 2
    controller.lock()
    assert window.reports.windows == [] and not report.isVisible()


def test_report_action_uses_the_record_shown(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_controller, vault_path: Path, demo_template: tuple[Path, DemoIds]
) -> None:
    from casefile.ui.reports.actions import current_record
    from tests.ui.ui_helpers import unlock

    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    person = demo_template[1].un_ok
    window.open_record("persons", person)
    qtbot.waitUntil(lambda: current_record(window) == ("persons", person), timeout=10_000)
    window.reports.report_action.trigger()
    qtbot.waitUntil(lambda: bool(window.reports.windows), timeout=10_000)
    (report,) = window.reports.windows
    assert report._record_id == person
    assert report.options.template_name() == "embassy"
    qtbot.waitUntil(lambda: report.check is not None, timeout=20_000)
    controller.lock()


def test_picker_finds_people_and_cases(  # type: ignore[no-untyped-def]
    qtbot: QtBot, runner: TaskRunner, demo: Demo
) -> None:
    from casefile.ui.reports.picker import ReportPickerDialog

    picker = ReportPickerDialog(runner, demo.vault)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.results.count() > 0, timeout=10_000)
    kinds = {
        picker.results.item(i).data(Qt.ItemDataRole.UserRole)[0]
        for i in range(picker.results.count())
    }
    assert kinds == {"persons", "cases"}
    name = recorded(demo.vault, demo.un_ok).person.full_name
    picker.search.setText(name.split()[0])
    qtbot.waitUntil(
        lambda: (
            picker.results.count() > 0
            and picker.results.item(0).data(Qt.ItemDataRole.UserRole) == ("persons", demo.un_ok)
        ),
        timeout=10_000,
    )
    picker.buttons.accepted.emit()
    assert picker.chosen == ("persons", demo.un_ok)


def test_closing_while_building_drops_the_result(  # type: ignore[no-untyped-def]
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo
) -> None:
    dialog = ReportDialog(
        demo.vault,
        runner,
        dialogs,
        demo.un_ok,
        "subject",
        today=TODAY,  # type: ignore[arg-type]
    )
    assert dialog._building
    dialog.close()
    dialog.deleteLater()
    runner.wait()
    qtbot.wait(200)  # the late result arrives for a deleted window: dropped, no error
    assert dialogs.calls == []


def test_a_case_reports_on_each_defendant(make_dialog, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    from casefile.services.lists.listing import list_cases

    case = max(list_cases(demo.vault), key=lambda c: c.defendants)
    assert case.defendants >= 2
    dialog = make_dialog(case.id, template="dossier")  # internal: no consent needed
    assert dialog.check is not None and len(dialog.check.people) == case.defendants
    assert dialog.report is not None and dialog.report.case_id == case.id
    assert len(dialog.report.person_ids) == case.defendants
    assert dialog.preview.page_count >= case.defendants  # each defendant from a new page
    assert "Internal document: no consent needed." in dialog.checklist.toPlainText()


# -- the window helps: language per recipient, unredacted warning, withdrawal, Word, batch --


def _pick(qtbot: QtBot, combo: QComboBox, text: str, *, stays: bool = True) -> None:
    """Chooses a combo box entry as a person does: focus it and type its first letters."""
    # A new search, not the end of the last one typed within the keyboard input interval.
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    for char in text:  # keyClicks aborts on Cyrillic (docs/STYLE: send each character)
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, combo, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    if stays:
        assert combo.currentText().startswith(text), combo.currentText()


def test_language_is_remembered_per_kind_of_recipient(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, qtbot: QtBot, ui_settings: UiSettings
) -> None:
    dialog = make_dialog(demo.un_ok, "wgad", settings=ui_settings)
    assert dialog.options.lang.currentData() == "en"  # UN bodies start in English
    _pick(qtbot, dialog.options.lang, "Рус")
    _pick(qtbot, dialog.options.template, "Emb")  # another kind of recipient
    assert dialog.options.lang.currentData() == "en"  # its own: not chosen yet
    _wait_rebuilt(qtbot, dialog)
    dialog.close_button.click()

    again = make_dialog(demo.un_ok, "special-procedures", settings=ui_settings)
    assert again.options.lang.currentData() == "ru"  # the last choice for a UN body
    _pick(qtbot, again.options.template, "Emb")
    assert again.options.lang.currentData() == "en"
    _pick(qtbot, again.options.lang, "Рус")
    _pick(qtbot, again.options.template, "UN")
    assert again.options.lang.currentData() == "ru"
    _wait_rebuilt(qtbot, again)
    brief = make_dialog(demo.un_ok, "embassy", settings=ui_settings)
    assert brief.options.lang.currentData() == "ru"
    assert brief.report is not None and brief.report.lang == "ru"


def test_warns_before_leaving_nothing_out_of_an_outside_copy(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo.un_ok, "embassy")
    dialogs.confirm_answer = False
    _pick(qtbot, dialog.options.profile, "Int", stays=False)
    assert dialogs.calls[-1][1] == "Leave nothing out?"
    assert "an embassy" in dialogs.calls[-1][2] and "home address" in dialogs.calls[-1][2]
    assert dialog.options.profile.currentData() == ""  # declined: the usual profile is back
    _wait_rebuilt(qtbot, dialog)
    assert dialog.check is not None and "contacts" in dialog.check.redactions

    dialogs.confirm_answer = True
    _pick(qtbot, dialog.options.profile, "Int")
    _wait_rebuilt(qtbot, dialog)
    assert dialog.options.profile.currentData() == "internal"
    assert dialog.check is not None and dialog.check.redactions == ("initials",)
    asked = dialogs.kinds().count("confirm")
    _pick(qtbot, dialog.options.profile, "UN")
    _pick(qtbot, dialog.options.profile, "Int")  # asked once per kind of recipient
    assert dialogs.kinds().count("confirm") == asked
    # The internal dossier is not an outside copy: no warning.
    inside = make_dialog(demo.un_ok, "dossier")
    before = len(dialogs.calls)
    _pick(qtbot, inside.options.profile, "Int")
    assert dialogs.calls[before:] == []


def test_a_withdrawn_consent_needs_a_real_reason_and_a_second_step(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    from casefile.domain.dates import PartialDate
    from casefile.vault.schema import Consent

    with demo.vault.write() as session:
        session.add(
            Consent(
                person_id=demo.un_ok,
                share_with_un=True,
                given_on=PartialDate(2026, 10, 1),
                withdrawn_on=date(2026, 11, 1),
            )
        )
    dialog = make_dialog(demo.un_ok, "wgad")
    assert dialog.report is None and "withdrawn" in dialog.banner_text.text()

    dialogs.text_answer = "x"
    dialog.override_button.click()
    assert dialogs.kinds()[-1] == "error" and "20 characters" in dialogs.calls[-1][2]
    assert dialog.report is None and _overrides(demo.vault, demo.un_ok) == []

    reason = "His mother asked by phone: he is on hunger strike"
    dialogs.text_answer = reason
    dialogs.confirm_answer = False  # the second step declined
    dialog.override_button.click()
    assert dialogs.calls[-1][1] == "Override a withdrawn consent"
    assert reason in dialogs.calls[-1][2]
    assert dialog.report is None and _overrides(demo.vault, demo.un_ok) == []

    dialogs.confirm_answer = True
    dialog.override_button.click()
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None
    (entry,) = _overrides(demo.vault, demo.un_ok)
    assert entry.reason == reason
    dialogs.save_answer = tmp_path / "wgad.pdf"
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        dialog.save_button.click()
    (logged,) = disclosure_log(demo.vault, demo.un_ok)
    assert logged.consent_overridden and logged.override_reason == reason


def test_save_as_word(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    import docx

    dialog = make_dialog(demo.un_ok, "wgad")
    (tmp_path / "out").mkdir()
    dialogs.save_answer = tmp_path / "out" / "copy"
    with qtbot.waitSignal(dialog.disclosed, timeout=20_000):
        dialog.docx_button.click()
    saved = tmp_path / "out" / "copy.docx"
    assert "NOT encrypted" in dialogs.calls[0][2] and dialogs.calls[1][0] == "save_file"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    document = docx.Document(io.BytesIO(saved.read_bytes()))
    text = " ".join(p.text for p in document.paragraphs)
    assert dialog.report is not None
    assert text.split()[0] in _pdf_text(dialog.report.pdf)  # the same title
    (entry,) = disclosure_log(demo.vault, demo.un_ok)
    assert entry.file_format == "docx" and entry.medium == "saved"
    assert sorted(p.name for p in saved.parent.iterdir()) == ["copy.docx"]  # no temp left


def test_a_un_document_needs_the_submitter(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    set_submitter_details(demo.vault, {})
    dialog = make_dialog(demo.un_ok, "wgad")
    assert "submitter is not set" in dialog.checklist.toPlainText()
    (tmp_path / "out").mkdir()
    dialogs.save_answer = tmp_path / "out" / "wgad.pdf"
    dialog.save_button.click()
    assert dialogs.kinds() == ["error"] and "Submitter details" in dialogs.calls[0][2]
    assert not dialogs.save_answer.exists()


def test_batch_lists_who_is_left_out_before_anything_is_made(  # type: ignore[no-untyped-def]
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo, tmp_path: Path
) -> None:
    covered, others = _detained(demo)
    dialog = _batch(qtbot, runner, dialogs, demo)
    shown = dialog.left_out.text()
    assert dialog.left_out.isVisible() or not dialog.isVisible()
    assert shown.startswith(f"{len(others)} ")
    for person_id in others:
        name = recorded(demo.vault, person_id).person.full_name
        assert name in shown
    assert "no consent recorded" in shown or "consent does not include" in shown
    dialogs.confirm_answer = False
    dialog.make_button.click()
    assert dialogs.kinds() == ["confirm"] and shown in dialogs.calls[0][2]
    for person_id in covered:
        assert disclosure_log(demo.vault, person_id) == []


def test_the_submitter_is_set_from_settings(  # type: ignore[no-untyped-def]
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, demo: Demo, ui_settings: UiSettings
) -> None:
    from casefile.ui.reports.submitter_dialog import SubmitterDialog
    from casefile.ui.shell.maintenance import SettingsDialog

    settings = SettingsDialog(runner, ui_settings, demo.vault, None, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(settings)
    qtbot.mouseClick(settings.submitter_button, Qt.MouseButton.LeftButton)
    (dialog,) = settings.findChildren(SubmitterDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    field = dialog.fields["organisation"]
    field.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(field, "Example Rights Centre")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert submitter_details(demo.vault)["organisation"] == "Example Rights Centre"
    # Without a vault open there is nothing to set.
    closed = SettingsDialog(runner, ui_settings, None, None, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(closed)
    assert not closed.submitter_button.isEnabled()


# -- Kyrgyz for embassies and internal use; the urgency of an urgent appeal -----------------


def test_kyrgyz_is_offered_for_an_embassy_not_for_a_un_body(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo.un_ok, "embassy")
    lang = dialog.options.lang
    assert lang.accessibleName() == "Language"
    assert [lang.itemData(i) for i in range(lang.count())] == ["en", "ru", "ky"]
    _pick(qtbot, lang, "Кыр")
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None and dialog.report.lang == "ky"
    text = " ".join(_pdf_text(dialog.report.pdf).split())
    assert "Иш боюнча маалымкат" in text and "Кимге: Элчилик" in text
    _pick(qtbot, dialog.options.template, "UN")  # a UN body: English or Russian only
    assert [lang.itemData(i) for i in range(lang.count())] == ["en", "ru"]
    assert lang.currentData() == "en"
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None and dialog.report.lang == "en"
    _pick(qtbot, dialog.options.template, "Full")  # the internal dossier: Kyrgyz again
    assert lang.findData("ky") >= 0
    _wait_rebuilt(qtbot, dialog)


def test_urgency_is_typed_into_its_own_box(  # type: ignore[no-untyped-def]
    make_dialog, demo: Demo, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo.un_ok, "special-procedures")
    box = dialog.options.urgency
    assert box.accessibleName().startswith("Why it is urgent")
    assert not box.isEnabled()  # an allegation letter has no urgency section
    _pick(qtbot, dialog.options.communication, "Urg")
    assert box.isEnabled()
    box.setFocus()
    qtbot.keyClicks(box, "Hearing on the 48-hour extension is tomorrow.")
    assert dialog.options.choice().options.urgency == (
        "Hearing on the 48-hour extension is tomorrow."
    )
    _wait_rebuilt(qtbot, dialog)
    assert dialog.report is not None
    text = " ".join(_pdf_text(dialog.report.pdf).split())
    assert "Why urgent action is needed" in text
    assert "Hearing on the 48-hour extension is tomorrow." in text
