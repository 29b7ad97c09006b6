"""Embassy briefs for everyone in detention: one PDF with a cover list, or one file each.

The work (gathering, rendering in worker processes, writing) runs off the GUI thread behind a
progress dialog with Cancel; nothing is written before the last brief is made, so a cancelled
batch leaves no file and no disclosure. People whose consent does not cover embassies are
left out, and named here only, in the app: listed with the reason as soon as the window
opens, and again in the warning before anything is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.reports.data import RenderOptions
from casefile.services.reporting.batch import (
    build_briefs,
    detained_people,
    left_out,
    save_briefs,
    save_bundle,
)
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.i18n.language import current_language
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import Cancelled, ProgressDialog, TaskContext, TaskRunner
from casefile.ui.reports.dialog import default_folder
from casefile.ui.reports.options import REPORT_LANGUAGES

if TYPE_CHECKING:
    from casefile.services.lists.listing import PersonRow
    from casefile.services.reporting.batch import SkippedPerson
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("BatchReports", text)


_PROBLEMS = {
    "none": QT_TRANSLATE_NOOP("BatchReports", "no consent recorded"),
    "withdrawn": QT_TRANSLATE_NOOP("BatchReports", "consent withdrawn"),
    "not_covered": QT_TRANSLATE_NOOP("BatchReports", "consent does not include embassies"),
}


@dataclass(frozen=True)
class _Loaded:
    people: list[PersonRow]
    skipped: list[SkippedPerson]  # who will be left out, before anything is made


@dataclass(frozen=True)
class BatchOutcome:
    written: tuple[Path, ...]
    included: int
    skipped: tuple[SkippedPerson, ...]


def run_batch(
    context: TaskContext,
    vault: Vault,
    people: list[str],
    *,
    lang: str,
    options: RenderOptions,
    target: Path,
    one_file: bool,
    today: date | None,
) -> BatchOutcome:
    """Worker side: build every brief, then write the bundle or the files (not before)."""

    def progress(done: int, total: int) -> None:
        context.report(done / total if total else None, tr("Making the briefs…"))

    result = build_briefs(
        vault,
        people,
        lang=lang,
        options=options,
        today=today,
        progress=progress,
        check=context.check,
        joined=one_file,  # one bundle: its briefs share their fonts (bench/README.md)
    )
    context.check()
    if not result.briefs:
        return BatchOutcome((), 0, result.skipped)
    context.report(None, tr("Writing…"))
    if one_file:
        save_bundle(vault, result, target)
        written: tuple[Path, ...] = (target,)
    else:
        written = tuple(save_briefs(vault, result, target))
    return BatchOutcome(written, len(result.briefs), result.skipped)


class BatchReportsDialog(QDialog):
    """Choose language, recipient and the form of the output, then make the briefs.

    Signals:
        finished_batch(object): the BatchOutcome, once files are written and logged.
    """

    finished_batch = Signal(object)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Embassy briefs for everyone detained"))
        self.setObjectName("batchReportsDialog")
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._files = dialogs  # its file and folder choosers
        self._today = today
        self.people: list[PersonRow] = []
        self.skipped: list[SkippedPerson] = []
        self.progress: ProgressDialog | None = None
        self.context: TaskContext | None = None

        self.count = QLabel(tr("Counting the people in detention…"), self)
        self.count.setObjectName("batchCount")
        self.count.setWordWrap(True)
        self.left_out = QLabel(self)
        self.left_out.setObjectName("batchLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        self.lang = QComboBox(self)
        self.lang.setAccessibleName(tr("Language"))
        for code, name in REPORT_LANGUAGES:  # briefs go to embassies: Kyrgyz too
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current_language())))
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(tr("e.g. Embassy of … in Bishkek"))
        self.one_file = QRadioButton(tr("One PDF with a cover list"), self)
        self.one_file.setObjectName("oneFile")
        self.one_file.setChecked(True)
        self.per_person = QRadioButton(tr("One file per person, in a folder"), self)
        self.per_person.setObjectName("perPerson")
        form = QFormLayout()
        form.addRow(tr("Language"), self.lang)
        form.addRow(tr("Recipient"), self.recipient)
        form.addRow(tr("Output"), self.one_file)
        form.addRow("", self.per_person)
        note = QLabel(
            tr(
                "Each brief uses the embassy profile (no sources, contacts, internal notes or "
                "medical findings; initials where consent asks). People whose consent does not "
                "cover embassies are left out."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton(
            tr("Make the briefs…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("makeButton")
        self.make_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.left_out)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.make_button.clicked.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 300)
        self._load()

    def _load(self) -> None:
        vault, today = self._vault, self._today

        def load() -> _Loaded:
            rows = detained_people(vault, today)
            return _Loaded(rows, left_out(vault, [row.id for row in rows], today))

        self._runner.run(
            load,
            while_alive(self, self._on_loaded),
            errors_while_alive(self, self._runner, self._on_failed),
        )

    def _left_out_text(self) -> str:
        lines = [
            QCoreApplication.translate(
                "BatchReports",
                "%n person(s) will be left out (no consent for embassies):",
                "",
                len(self.skipped),
            )
        ]
        lines += [f"• {s.name}: {tr(_PROBLEMS[s.problem])}" for s in self.skipped]
        return "\n".join(lines)

    def _on_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, _Loaded)
        rows, skipped = loaded.people, loaded.skipped
        self.people = rows
        self.skipped = skipped
        self.count.setText(
            QCoreApplication.translate(
                "BatchReports", "%n person(s) in detention today.", "", len(rows)
            )
        )
        self.left_out.setText(self._left_out_text())
        self.left_out.setVisible(bool(skipped))
        self.make_button.setEnabled(len(rows) > len(skipped))

    def _on_failed(self, error: BaseException) -> None:
        self.count.setText("")
        show_error(self._dialogs, self, error)

    @Slot()
    def make(self) -> None:
        """Warns, asks where, then makes and writes the briefs behind a progress dialog."""
        if not self.people:
            return
        warning = tr(
            "The PDF files are NOT encrypted: anyone who can open them can read them. "
            "Keep them only as long as needed to send them.\n\nEach brief saved is "
            "written to the disclosure log of the person it is about. Continue?"
        )
        if self.skipped:
            warning = self._left_out_text() + "\n\n" + warning
        if not self._dialogs.confirm(self, tr("Save unencrypted copies"), warning):
            return
        one_file = self.one_file.isChecked()
        stamp = (self._today or date.today()).isoformat()
        if one_file:
            target = self._files.save_pdf_path(
                self, default_folder() / f"embassy-briefs-{stamp}.pdf"
            )
        else:
            target = self._files.choose_folder(
                self, tr("Choose an empty folder for the briefs"), default_folder()
            )
        if target is None:
            return
        vault, today = self._vault, self._today
        ids = [row.id for row in self.people]
        options = RenderOptions(recipient=self.recipient.text().strip() or None)
        lang = str(self.lang.currentData())
        self.make_button.setEnabled(False)
        self.progress = ProgressDialog(self, tr("Embassy briefs"), tr("Making the briefs…"))
        self.context = self._runner.run_with_context(
            lambda context: run_batch(
                context,
                vault,
                ids,
                lang=lang,
                options=options,
                target=target,
                one_file=one_file,
                today=today,
            ),
            while_alive(self, self._on_made),
            errors_while_alive(self, self._runner, self._on_make_failed),
            self.progress.on_progress,
        )
        self.progress.follow(self.context)

    def _on_made(self, outcome: object) -> None:
        assert isinstance(outcome, BatchOutcome)
        self._end_progress()
        lines = []
        if outcome.written:
            lines.append(
                QCoreApplication.translate(
                    "BatchReports", "%n brief(s) made and logged.", "", outcome.included
                )
            )
            where = outcome.written[0] if len(outcome.written) == 1 else outcome.written[0].parent
            lines.append(tr("Saved to {path} (not encrypted).").format(path=where))
        else:
            lines.append(tr("No brief was made."))
        if outcome.skipped:
            lines.append(tr("Left out (no consent for embassies):"))
            lines += [f"• {s.name}: {tr(_PROBLEMS[s.problem])}" for s in outcome.skipped]
        self._dialogs.info(self, tr("Embassy briefs"), "\n".join(lines))
        self.finished_batch.emit(outcome)

    def _on_make_failed(self, error: BaseException) -> None:
        self._end_progress()
        if isinstance(error, Cancelled):
            self.count.setText(tr("Cancelled: no file was written."))
            return
        show_error(self._dialogs, self, error)

    def _end_progress(self) -> None:
        self.make_button.setEnabled(True)
        self.context = None
        if self.progress is not None:
            # Hidden and deleted now rather than closed by a timer that could outlive it.
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
