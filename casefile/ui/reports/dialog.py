"""Making a report about a person or a case: choose, check, preview in memory, save or print.

The checklist (consent, what this copy leaves out, what the template still needs) shows
before anything leaves. The preview is built off the GUI thread and shown from memory; only
"Save PDF…" writes a file, after warning that it is not encrypted, and only a saved or really
printed document is written to the disclosure log. When consent does not cover the recipient,
the dialog says so and offers an override that needs a typed reason, which the reporting
service writes to the person's history; a consent the person withdrew needs a reason of real
length and a second, explicit confirmation. "Save as Word…" writes the same document as an
editable .docx. The window remembers the language last used for each kind of recipient (UN,
embassy, internal), and warns before a copy that leaves nothing out goes outside.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError, ValidationError
from casefile.reports.data import Audience
from casefile.services.reporting.disclosures import record_disclosure, save_report
from casefile.services.reporting.pipeline import (
    build_report,
    check_override_reason,
    prepare_report,
)
from casefile.services.reporting.prepared import check_report
from casefile.ui.i18n.language import current_language
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.pdf_preview import PdfPreview, print_document
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.checklist import checklist_html, override_text, refusal_text
from casefile.ui.reports.options import (
    ReportChoice,
    ReportOptionsPanel,
    audience_label,
)

if TYPE_CHECKING:
    from casefile.services.reporting.prepared import BuiltReport, ReportCheck
    from casefile.ui.kit.settings import UiSettings
    from casefile.vault.vault import Vault

_REBUILD_DELAY_MS = 350


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


@dataclass(frozen=True)
class _Override:
    key: tuple[str, str]  # (template, audience): another recipient needs its own decision
    reason: str
    confirmed: bool  # the second step a withdrawn consent needs


@dataclass(frozen=True)
class _Outcome:
    number: int
    choice: ReportChoice
    check: ReportCheck
    report: BuiltReport | None
    audited: tuple[str, str] | None  # the override key written to the history by this build


def _build(
    vault: Vault,
    record_id: str,
    number: int,
    choice: ReportChoice,
    override: _Override | None,
    audit: bool,
    today: date | None,
    file_format: str = "pdf",
) -> _Outcome:
    """Worker side: one read prepares the report; the checklist is a view of it, and the PDF
    (or the .docx) is rendered from it if consent (or an override) allows."""
    prepared = prepare_report(
        vault,
        record_id,
        choice.template,
        profile=choice.profile,
        lang=choice.lang,
        options=choice.options,
        today=today,
    )
    check = check_report(prepared)
    if not check.consent_ok and not override:
        return _Outcome(number, choice, check, None, None)
    report = build_report(
        vault,
        prepared,
        override_reason=None if check.consent_ok or override is None else override.reason,
        confirmed=override is not None and override.confirmed,
        audit_override=audit,
        file_format=file_format,
    )
    key = (choice.template, choice.audience.value)
    return _Outcome(number, choice, check, report, key if report.consent_overridden else None)


class ReportDialog(QDialog):
    """The report window for one person or case.

    Signals:
        preview_updated(): a build finished (preview, message or checklist changed).
        disclosed(str): a document was saved or printed ("saved" / "printed") and logged.
    """

    preview_updated = Signal()
    disclosed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        record_id: str,
        subject: str,
        *,
        template: str = "embassy",
        settings: UiSettings | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A neutral title: window titles show in task bars and screen sharing.
        self.setWindowTitle(tr("Report"))
        self.setObjectName("reportDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._record_id = record_id
        self._files = dialogs  # its save_pdf_path asks where a PDF goes
        self._settings = settings
        self._today = today
        self._number = 0
        self._building = False
        self._again = False
        self._override: _Override | None = None
        self._audited: set[tuple[str, str]] = set()
        self.report: BuiltReport | None = None
        self.check: ReportCheck | None = None

        self.subject = QLabel(tr("About: <b>{subject}</b>").format(subject=escape(subject)), self)
        self.subject.setObjectName("reportSubject")
        self.subject.setWordWrap(True)
        self.options = ReportOptionsPanel(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form fits the column's width; only long forms scroll, and only down.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(380)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the options instead
        self.checklist = QTextBrowser(self)
        self.checklist.setObjectName("reportChecklist")
        self.checklist.setAccessibleName(tr("Checklist"))
        self.checklist.setOpenLinks(False)
        left_split = QSplitter(Qt.Orientation.Vertical, self)
        left_split.addWidget(scroll)
        left_split.addWidget(self.checklist)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.subject)
        left_layout.addWidget(left_split, 1)

        self.banner = QFrame(self)
        self.banner.setObjectName("consentBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("consentText")
        self.banner_text.setWordWrap(True)
        self.override_button = QPushButton(tr("Override with a reason…"), self.banner)
        self.override_button.setObjectName("overrideButton")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.preview = PdfPreview(self)
        self.preview.view.setAccessibleName(tr("Preview"))
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.save_button = QPushButton(icon("save"), tr("Save PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.docx_button = QPushButton(tr("Save as Word…"), self)
        self.docx_button.setObjectName("docxButton")
        self.docx_button.setToolTip(tr("An editable copy (.docx) with the same content"))
        self.print_button = QPushButton(icon("print"), tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.close_button = QPushButton(tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.docx_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(buttons)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([450, 900])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.resize(1280, 760)
        if settings is not None and (geometry := settings.geometry("report")) is not None:
            self.restoreGeometry(geometry)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        self.options.changed.connect(self._on_options_changed)
        self.override_button.clicked.connect(self.ask_override)
        self.save_button.clicked.connect(self.save_pdf)
        self.docx_button.clicked.connect(self.save_docx)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self._lang_kind: str | None = None
        self._setting_language = False
        #: Kinds of recipient the user agreed may get a copy that leaves nothing out.
        self._unredacted_ok: set[str] = set()
        self.options.set_template(template)
        self._apply_language_for_kind()
        self.options.lang.currentIndexChanged.connect(self._on_language_chosen)
        for combo in (self.options.template, self.options.audience):
            combo.currentIndexChanged.connect(self._on_recipient_changed)
        self.options.profile.currentIndexChanged.connect(self._on_recipient_changed)
        self._set_ready(False)
        self.preview.show_message(tr("Building the preview…"))
        self.rebuild()

    # -- building -------------------------------------------------------------------------

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.docx_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _override_for(self, choice: ReportChoice) -> _Override | None:
        key = (choice.template, choice.audience.value)
        if self._override is not None and self._override.key == key:
            return self._override
        return None

    # -- the language per kind of recipient, and the unredacted warning --------------------

    def _apply_language_for_kind(self) -> None:
        """The language last used for this kind of recipient; UN bodies start in English,
        others in the interface's language when reports exist in it."""
        kind = self.options.choice().audience.value
        if kind == self._lang_kind:
            return
        self._lang_kind = kind
        remembered = self._settings.report_language(kind) if self._settings else ""
        interface = current_language()
        default = "en" if kind == Audience.UN.value else interface
        code = remembered or default
        if self.options.lang.findData(code) < 0:
            code = "en"
        self._setting_language = True
        try:
            self.options.set_language(code)
        finally:
            self._setting_language = False

    @Slot()
    def _on_language_chosen(self) -> None:
        if self._setting_language or self._settings is None or self._lang_kind is None:
            return
        self._settings.set_report_language(self._lang_kind, str(self.options.lang.currentData()))

    @Slot()
    def _on_recipient_changed(self) -> None:
        self._apply_language_for_kind()
        self._warn_if_unredacted()

    def _warn_if_unredacted(self) -> None:
        """Asks before "leave out nothing" goes with a document for a UN body or an embassy;
        declined, the template's usual profile comes back."""
        choice = self.options.choice()
        kind = choice.audience
        if kind is Audience.INTERNAL or choice.profile != "internal":
            return
        if kind.value in self._unredacted_ok:
            return
        if self._dialogs.confirm(
            self,
            tr("Leave nothing out?"),
            tr(
                "This copy goes to {audience}, but the profile “Internal: leave out nothing” "
                "keeps the home address, contact details, sources, internal notes and medical "
                "findings in it. Send all of that to {audience}?"
            ).format(audience=audience_label(kind.value)),
        ):
            self._unredacted_ok.add(kind.value)
            return
        self.options.set_profile("")

    @Slot()
    def _on_options_changed(self) -> None:
        # What is shown no longer matches the choices: nothing may leave until it is rebuilt.
        self._set_ready(False)
        self.status.setText(tr("Updating the preview…"))
        self._timer.start()

    @Slot()
    def rebuild(self) -> None:
        """Builds the checklist and the preview for the current choices, off the GUI thread."""
        self._timer.stop()
        if self._building:
            self._again = True
            return
        self._building = True
        self._number += 1
        choice = self.options.choice()
        override = self._override_for(choice)
        key = (choice.template, choice.audience.value)
        audit = key not in self._audited
        vault, record_id, number, today = self._vault, self._record_id, self._number, self._today
        self.status.setText(tr("Updating the preview…"))
        self._runner.run(
            lambda: _build(vault, record_id, number, choice, override, audit, today),
            while_alive(self, self._on_built),
            errors_while_alive(self, self._runner, self._on_build_failed),
        )

    def _after_build(self) -> None:
        self._building = False
        if self._again:
            self._again = False
            self.rebuild()

    def _on_built(self, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        if outcome.audited is not None:
            self._audited.add(outcome.audited)
        stale = self._again or self._timer.isActive()
        self.check = outcome.check
        self.report = outcome.report
        self._show_checklist(outcome)
        self._show_consent(outcome)
        if outcome.report is not None:
            self.preview.show_pdf(outcome.report.pdf)
            pages = self.preview.page_count
            self.status.setText(
                QCoreApplication.translate("ReportDialog", "%n page(s), in memory only", "", pages)
            )
        else:
            self.preview.show_message(
                tr("No preview: consent does not cover this recipient (see above).")
            )
            self.status.setText("")
        self._set_ready(outcome.report is not None and not stale)
        self._after_build()
        self.preview_updated.emit()

    def _on_build_failed(self, error: BaseException) -> None:
        self.report = None
        self._set_ready(False)
        self.status.setText("")
        self.preview.show_message(tr("No preview could be made."))
        self._after_build()
        self.preview_updated.emit()
        show_error(self._dialogs, self, error)

    # -- the checklist and the consent banner ---------------------------------------------

    def _show_checklist(self, outcome: _Outcome) -> None:
        self.checklist.setHtml(checklist_html(outcome.check))

    def _show_consent(self, outcome: _Outcome) -> None:
        check = outcome.check
        if check.consent_ok:
            self.banner.hide()
            return
        override = self._override_for(outcome.choice)
        overridden = override is not None and outcome.report is not None
        colour = "#fff4d6" if overridden else "#fde2e1"
        self.banner.setStyleSheet(f"#consentBanner {{ background: {colour}; }}")
        self.banner_text.setText(
            override_text(check, override.reason)
            if overridden and override is not None
            else refusal_text(check)
        )
        self.override_button.setVisible(not overridden)
        self.banner.show()

    @Slot()
    def ask_override(self) -> None:
        """Asks for the reason to print without consent; an empty answer changes nothing."""
        reason = self._dialogs.ask_text(
            self,
            tr("Override consent"),
            tr(
                "Why must this document go without the person's consent? The reason is kept "
                "in their history."
            ),
        )
        if reason is None or not reason.strip():
            return
        reason = reason.strip()
        confirmed = False
        check = self.check
        if check is not None and any(p.consent_problem == "withdrawn" for p in check.people):
            # A withdrawal is the person's own decision: a real reason, and a second step.
            try:
                reason = check_override_reason(reason)
            except ValidationError as error:
                show_error(self._dialogs, self, error)
                return
            names = ", ".join(
                p.printed_name for p in check.people if p.consent_problem == "withdrawn"
            )
            if not self._dialogs.confirm(
                self,
                tr("Override a withdrawn consent"),
                tr(
                    "{names} withdrew their consent to share this. Send the document all the "
                    "same, for this reason?\n\n“{reason}”\n\nThe override and the reason are "
                    "written to their history and to the list of documents given out."
                ).format(names=names, reason=reason),
            ):
                return
            confirmed = True
        choice = self.options.choice()
        self._override = _Override((choice.template, choice.audience.value), reason, confirmed)
        self.rebuild()

    # -- leaving the organisation ---------------------------------------------------------

    def _suggested_name(self) -> Path:
        report = self.report
        stamp = (self._today or date.today()).isoformat()
        name = f"{report.template if report else 'report'}-{stamp}.pdf"
        return default_folder() / name

    def _submitter_missing(self) -> bool:
        """Refuses a UN document without the submitter block (WGAD section VI), saying where
        to set it; True when refused."""
        if self.check is None or not self.check.submitter_missing:
            return False
        self._dialogs.error(
            self,
            tr("Submitter details missing"),
            tr(
                "A document for a UN body must say who submits it: a name or organisation, "
                "and an e-mail, postal address or phone. Set them once in Reports ▸ "
                "Submitter details…"
            ),
        )
        return True

    @Slot()
    def save_pdf(self) -> None:
        """Warns, asks where, writes atomically, and logs the disclosure."""
        report = self.report
        if report is None or not self.save_button.isEnabled() or self._submitter_missing():
            return
        if not self._dialogs.confirm(
            self,
            tr("Save an unencrypted copy"),
            tr(
                "The saved PDF is NOT encrypted: anyone who can open the file can read it. "
                "Keep it only as long as needed to send it.\n\nSaving is written to the "
                "disclosure log of each person in it. Continue?"
            ),
        ):
            return
        path = self._files.save_pdf_path(self, self._suggested_name())
        if path is None:
            return
        vault = self._vault

        def save() -> Path:
            save_report(vault, report, path)
            return path

        self.status.setText(tr("Saving…"))
        self._runner.run(
            save,
            while_alive(self, self._on_saved),
            errors_while_alive(self, self._runner, self._on_leave_failed),
        )

    @Slot()
    def save_docx(self) -> None:
        """The same document as an editable .docx: warns, asks where, builds it from the
        choices shown, writes it atomically and logs it (the override is already written)."""
        report = self.report
        if report is None or not self.docx_button.isEnabled() or self._submitter_missing():
            return
        if not self._dialogs.confirm(
            self,
            tr("Save an unencrypted copy"),
            tr(
                "The Word file is NOT encrypted: anyone who can open it can read it. Keep it "
                "only as long as needed to edit and send it.\n\nSaving is written to the "
                "disclosure log of each person in it. Continue?"
            ),
        ):
            return
        suggested = self._suggested_name().with_suffix(".docx")
        path = self._files.save_file(
            self,
            tr("Save an editable copy (not encrypted)"),
            suggested,
            tr("Word document (*.docx)"),
            suffix=".docx",
        )
        if path is None:
            return
        vault, record_id, today = self._vault, self._record_id, self._today
        choice = self.options.choice()
        override = self._override_for(choice)

        def save() -> Path:
            outcome = _build(vault, record_id, 0, choice, override, False, today, "docx")
            assert outcome.report is not None  # the preview of the same choices was built
            save_report(vault, outcome.report, path)
            return path

        self.status.setText(tr("Saving…"))
        self._runner.run(
            save,
            while_alive(self, self._on_saved),
            errors_while_alive(self, self._runner, self._on_leave_failed),
        )

    def _on_saved(self, path: object) -> None:
        self.status.setText(tr("Saved, and written to the disclosure log."))
        self.disclosed.emit("saved")
        self._dialogs.info(
            self,
            tr("Saved"),
            tr(
                "The file was saved to {path}. It is not encrypted: delete it once it is sent."
            ).format(path=path),
        )

    def _on_leave_failed(self, error: BaseException) -> None:
        self.status.setText("")
        if isinstance(error, OSError) and not isinstance(error, KnownError):
            self._dialogs.error(
                self,
                tr("Not saved"),
                tr("The file could not be written: {error}").format(error=error.strerror or error),
            )
            return
        show_error(self._dialogs, self, error)

    @Slot()
    def print_pdf(self) -> None:
        """The print dialog, then each page painted on the printer; logged once printed."""
        report = self.report
        if report is None or not self.print_button.isEnabled() or self._submitter_missing():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(tr("Case summary"))  # print queues show this name
        if not self._dialogs.choose_printer(self, printer):
            return
        if not print_document(self.preview.document, printer):
            self._dialogs.error(self, tr("Not printed"), tr("The printer could not be started."))
            return
        vault = self._vault

        def log() -> None:
            record_disclosure(vault, report, medium="printed")

        self._runner.run(
            log,
            while_alive(self, self._on_printed),
            errors_while_alive(self, self._runner, self._on_leave_failed),
        )

    def _on_printed(self, _result: Any) -> None:
        self.status.setText(tr("Sent to the printer, and written to the disclosure log."))
        self.disclosed.emit("printed")

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry("report", self.saveGeometry())
        self.preview.show_message("")  # drop the PDF from memory now
        super().done(result)
