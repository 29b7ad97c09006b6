"""File › New › Arrest… (Ctrl+Shift+A): a new arrest in one form (issue 18).

The person (a new one, checked for duplicates as the name is typed, or one already in the
vault), the date and time of arrest, place, forces and police custody; optionally the case,
the article(s) and the first court decision. Save writes every record in one transaction
(services/records/new_arrest.py) as one step of the undo stack; Cancel writes nothing.

Signals:
    arrest_saved(object): the ArrestSaved ids, then the Change for the undo stack (a tuple).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.date_input import Step
from casefile.domain.dates import PartialDate
from casefile.domain.detention import POLICE_CUSTODY_LIMIT
from casefile.errors import KnownError, ValidationError
from casefile.services.records.drafts import fields_of
from casefile.services.records.form_drafts import NEW_ARREST_FORM
from casefile.services.records.new_arrest import (
    DECISIONS,
    ArrestDraft,
    CourtDecision,
    NewPerson,
    save_arrest,
    split_articles,
)
from casefile.services.records.undo import ChangeKind, record_change
from casefile.services.search.duplicates import PossibleDuplicate, find_possible_duplicates
from casefile.ui.editors.date_entry import DateEntry
from casefile.ui.editors.pickers import Chooser, ReferenceField, dialog_chooser
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import fill, format_date, format_partial_date, ui_language
from casefile.ui.i18n.messages import translate_error
from casefile.ui.kit.accessible import name_form_rows
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.vault import Vault

_ERROR_STYLE = "color: #c62828;"
#: Wait this long after the last keystroke in the name before looking for duplicates.
_DUPLICATE_DELAY_MS = 400
#: The form's text fields and date entries, by attribute name, as a draft keeps them.
_LINES = (
    "full_name",
    "place",
    "forces",
    "custody_place",
    "new_case_title",
    "case_number",
    "articles",
    "court",
)
_ENTRIES = ("birth_date", "arrested_on", "decision_date", "term_until")


def tr(text: str) -> str:
    return QCoreApplication.translate("NewArrest", text)


class NewArrestDialog(QDialog):
    """The one form of a new arrest; see the module docstring."""

    arrest_saved = Signal(object)
    #: What a draft kept over a lock belongs to (ui/shell/record_actions.keep_drafts).
    table = NEW_ARREST_FORM
    record_id: str | None = None

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        *,
        chooser: Chooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newArrestDialog")
        self.setWindowTitle(tr("New arrest"))
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._saving = False
        self._closing = False  # closing without asking (a lock, or after saving)
        self._finished = False  # closed: answers arriving from the task runner are dropped
        self._duplicates: list[PossibleDuplicate] = []
        self.saved: Any = None
        #: The key of the draft this form was restored from (deleted when saved or discarded).
        self.draft_key: str | None = None
        self.draft_bar: QFrame | None = None
        self.discard_draft_button: QPushButton | None = None
        pick = chooser or dialog_chooser(runner, vault)
        infos = {info.name: info for info in fields_of("detention_events")}
        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # -- the person ---------------------------------------------------------------------
        person_box = QGroupBox(tr("Person"), body)
        self.new_person_radio = QRadioButton(tr("New person"), person_box)
        self.existing_person_radio = QRadioButton(tr("Already in the vault"), person_box)
        self.new_person_radio.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.new_person_radio)
        choice.addButton(self.existing_person_radio)
        self.full_name = QLineEdit(person_box)
        self.full_name.setObjectName("arrestFullName")
        self.full_name.setMaxLength(300)
        self.birth_date = DateEntry(person_box, partial=True)
        self.birth_date.setObjectName("arrestBirthDate")
        self.duplicates_label = QLabel(
            tr("People with a similar name are listed here."), person_box
        )
        self.duplicates_label.setWordWrap(True)
        self.duplicates_list = QListWidget(person_box)
        self.duplicates_list.setObjectName("arrestDuplicates")
        # Always there, of a fixed height: a list appearing while typing would move the fields.
        self.duplicates_list.setFixedHeight(64)
        self.duplicates_list.itemActivated.connect(self._on_duplicates_list_item_activated)
        self.use_duplicate_button = QPushButton(tr("Use this person"), person_box)
        self.use_duplicate_button.setEnabled(False)
        self.use_duplicate_button.clicked.connect(self._on_use_duplicate_button_clicked)
        self.person = ReferenceField(infos["person_id"], pick, person_box)
        self.person.setObjectName("arrestPerson")
        self.person.setEnabled(False)
        person_form = QFormLayout(person_box)
        radios = QHBoxLayout()
        radios.addWidget(self.new_person_radio)
        radios.addWidget(self.existing_person_radio)
        radios.addStretch(1)
        person_form.addRow(radios)
        person_form.addRow(tr("Full name"), self.full_name)
        person_form.addRow(tr("Date of birth"), self.birth_date)
        person_form.addRow(self.duplicates_label)
        person_form.addRow(self.duplicates_list)
        person_form.addRow(self.use_duplicate_button)
        person_form.addRow(tr("Person"), self.person)
        name_form_rows(person_form)
        self.duplicates_list.setAccessibleName(tr("Possible duplicates"))
        left.addWidget(person_box)

        # -- the arrest ---------------------------------------------------------------------
        arrest_box = QGroupBox(tr("Arrest"), body)
        self.arrested_on = DateEntry(arrest_box, partial=True, with_time=True)
        self.arrested_on.setObjectName("arrestDate")
        self.place = QLineEdit(arrest_box)
        self.place.setMaxLength(300)
        self.forces = QLineEdit(arrest_box)
        self.forces.setMaxLength(300)
        self.forces.setPlaceholderText(tr("e.g. police, GKNB"))
        self.custody_place = QLineEdit(arrest_box)
        self.custody_place.setMaxLength(300)
        self.custody_place.setPlaceholderText(tr("e.g. IVS of the city police; empty if not held"))
        self.deadline = QLabel(arrest_box)
        self.deadline.setObjectName("arrestDeadline")
        self.deadline.setWordWrap(True)
        arrest_form = QFormLayout(arrest_box)
        arrest_form.addRow(tr("Date and time"), self.arrested_on)
        arrest_form.addRow(tr("Place of arrest"), self.place)
        arrest_form.addRow(tr("Arrested by"), self.forces)
        arrest_form.addRow(tr("Police custody at"), self.custody_place)
        arrest_form.addRow(self.deadline)
        name_form_rows(arrest_form)
        left.addWidget(arrest_box)
        left.addStretch(1)

        # -- the case -----------------------------------------------------------------------
        case_box = QGroupBox(tr("Case (optional)"), body)
        self.case = ReferenceField(infos["case_id"], pick, case_box)
        self.case.setObjectName("arrestCase")
        self.new_case_title = QLineEdit(case_box)
        self.new_case_title.setMaxLength(300)
        self.new_case_title.setPlaceholderText(tr("a title, if the case is not in the vault"))
        self.case_number = QLineEdit(case_box)
        self.case_number.setMaxLength(100)
        self.articles = QLineEdit(case_box)
        self.articles.setObjectName("arrestArticles")
        self.articles.setPlaceholderText(tr("e.g. 278 part 3, 329"))
        case_form = QFormLayout(case_box)
        case_form.addRow(tr("Case in the vault"), self.case)
        case_form.addRow(tr("or a new case"), self.new_case_title)
        case_form.addRow(tr("Case number"), self.case_number)
        case_form.addRow(tr("Article(s)"), self.articles)
        name_form_rows(case_form)
        right.addWidget(case_box)

        # -- the first court decision ---------------------------------------------------------
        court_box = QGroupBox(tr("First court decision (optional)"), body)
        self.decision = QComboBox(court_box)
        self.decision.setObjectName("arrestDecision")
        self.decision.addItem(tr("None yet"), None)
        for code in DECISIONS:
            self.decision.addItem(label(code), code)
        self.decision_date = DateEntry(court_box)
        self.decision_date.setObjectName("arrestDecisionDate")
        self.term_until = DateEntry(court_box)
        self.term_until.setObjectName("arrestTermUntil")
        self.term_until.set_reference(self.decision_date.date_value, (Step.MONTH_1, Step.MONTH_2))
        self.court = QLineEdit(court_box)
        self.court.setMaxLength(300)
        court_form = QFormLayout(court_box)
        court_form.addRow(tr("Decision"), self.decision)
        court_form.addRow(tr("Date of the decision"), self.decision_date)
        court_form.addRow(tr("Term ends"), self.term_until)
        court_form.addRow(tr("Court"), self.court)
        name_form_rows(court_form)
        right.addWidget(court_box)
        right.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.footer = QLabel(self)
        self.footer.setObjectName("arrestFooter")
        self.footer.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(_DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        self.full_name.textChanged.connect(self._on_full_name_text_changed)
        self.birth_date.value_changed.connect(self._duplicate_timer.start)
        self.new_person_radio.toggled.connect(self._on_person_choice_toggled)
        for entry in (self.arrested_on, self.birth_date, self.decision_date, self.term_until):
            entry.value_changed.connect(self.check)
        for line in (self.new_case_title, self.articles):
            line.textChanged.connect(self.check)
        self.person.edited.connect(self.check)
        self.case.edited.connect(self.check)
        self.decision.currentIndexChanged.connect(self.check)
        self.resize(1040, 640)
        self.check()
        self.full_name.setFocus()

    # -- the draft ----------------------------------------------------------------------------

    def draft(self) -> ArrestDraft | None:
        """What the form says, or None while a date cannot be read (check() says which)."""
        arrested = self.arrested_on.partial_value()
        if arrested is None or any(
            entry.problem()
            for entry in (self.arrested_on, self.birth_date, self.decision_date, self.term_until)
        ):
            return None
        decision = None
        code = self.decision.currentData()
        if code is not None:
            day = self.decision_date.date_value()
            if day is None:
                return None
            decision = CourtDecision(
                code, day, self.term_until.date_value(), self.court.text().strip() or None
            )
        new_person = None
        if self.new_person_radio.isChecked():
            new_person = NewPerson(self.full_name.text().strip(), self.birth_date.partial_value())
        return ArrestDraft(
            arrested_on=arrested,
            arrested_at=self.arrested_on.time_value(),
            person_id=None if new_person is not None else self.person.value(),
            new_person=new_person,
            place=self.place.text(),
            forces=self.forces.text(),
            custody_place=self.custody_place.text(),
            case_id=self.case.value(),
            new_case_title=None if self.case.value() else self.new_case_title.text(),
            case_number=self.case_number.text(),
            articles=split_articles(self.articles.text()),
            decision=decision,
        )

    def problem(self) -> str | None:
        """The first reason Save is not possible yet, in the interface language."""
        if self.new_person_radio.isChecked() and not self.full_name.text().strip():
            return tr("Type the person's name, or choose a person already in the vault.")
        if self.existing_person_radio.isChecked() and not self.person.value():
            return tr("Choose the person.")
        if self.arrested_on.is_blank():
            return tr("Type the date of arrest (and the time, if known).")
        for entry, what in (
            (self.arrested_on, tr("Date and time")),
            (self.birth_date, tr("Date of birth")),
            (self.decision_date, tr("Date of the decision")),
            (self.term_until, tr("Term ends")),
        ):
            if entry.problem():
                return f"{what}: {entry.problem()}"
        if self.decision.currentData() is not None and self.decision_date.date_value() is None:
            return tr("Type the date of the court decision.")
        if split_articles(self.articles.text()) and not (
            self.case.value() or self.new_case_title.text().strip()
        ):
            return tr("Charges belong to a case: choose the case or give the new case a title.")
        return None

    @Slot()
    def check(self) -> bool:
        problem = self.problem()
        self.footer.setStyleSheet(_ERROR_STYLE if problem else "")
        self.footer.setText(problem or tr("Ready to save."))
        self.save_button.setEnabled(problem is None and not self._saving)
        self.new_case_title.setEnabled(not self.case.value())
        self.case_number.setEnabled(not self.case.value())
        deciding = self.decision.currentData() is not None
        for widget in (self.decision_date, self.term_until, self.court):
            widget.setEnabled(deciding)
        self._show_deadline()
        return problem is None

    def _show_deadline(self) -> None:
        day, at = self.arrested_on.date_value(), self.arrested_on.time_value()
        if day is None or at is None or self.decision.currentData() is not None:
            self.deadline.setText("")
            return
        end = datetime.combine(day, at) + POLICE_CUSTODY_LIMIT
        self.deadline.setText(
            fill(tr("The 48 hours end on %1 at %2."), format_date(end.date()), f"{end:%H:%M}")
        )

    # -- kept over a lock ---------------------------------------------------------------------

    def draft_fields(self) -> dict[str, Any]:
        """What was typed and chosen, in plain JSON form; {} when nothing was."""
        if not self.is_dirty():
            return {}
        fields: dict[str, Any] = {
            name: getattr(self, name).text()
            for name in (*_LINES, *_ENTRIES)
            if getattr(self, name).text()
        }
        fields["new_person"] = self.new_person_radio.isChecked()
        for name in ("person", "case"):
            field: ReferenceField = getattr(self, name)
            if field.value():
                fields[name] = [field.value(), field.display.text()]
        if self.decision.currentData() is not None:
            fields["decision"] = self.decision.currentData()
        return fields

    def restore_draft(self, key: str, fields: dict[str, Any]) -> None:
        """Puts a draft's fields back and says so above them, with a Discard button. A field
        of another shape (a draft of another version) is left empty."""
        self.draft_key = key
        index = self.decision.findData(fields.get("decision"))
        if isinstance(fields.get("decision"), str) and index >= 0:
            self.decision.setCurrentIndex(index)
        for name in _LINES:
            if isinstance(fields.get(name), str):
                getattr(self, name).setText(fields[name])
        for name in _ENTRIES:
            if isinstance(fields.get(name), str):
                getattr(self, name).set_text(fields[name])
        for name in ("person", "case"):
            value = fields.get(name)
            if (
                isinstance(value, list)
                and len(value) == 2
                and all(isinstance(v, str) for v in value)
            ):
                getattr(self, name).set_value(value[0], value[1])
        if fields.get("new_person") is False:
            self.existing_person_radio.setChecked(True)
        self._show_draft_bar()
        self.check()

    def _show_draft_bar(self) -> None:
        if self.draft_bar is not None:
            return
        bar = QFrame(self)
        bar.setObjectName("draftBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            QCoreApplication.translate(
                "RecordForm",
                "This form holds text typed before the vault was locked, not yet saved. "
                "Save it, or discard it.",
            ),
            bar,
        )
        text.setWordWrap(True)
        button = QPushButton(QCoreApplication.translate("RecordForm", "Discard"), bar)
        button.setAutoDefault(False)
        button.clicked.connect(self.discard_and_close)
        row = QHBoxLayout(bar)
        row.addWidget(text, 1)
        row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)
        self.draft_bar, self.discard_draft_button = bar, button

    # -- saving -------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self._saving or not self.check():
            return
        draft = self.draft()
        if draft is None:
            return
        if (
            draft.new_person is not None
            and self._duplicates
            and not self._dialogs.confirm(
                self,
                tr("New arrest"),
                tr("People with a similar name are already in the vault. Add a new person anyway?"),
                action=tr("Add a new person"),
            )
        ):
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.footer.setText(tr("Saving…"))
        vault, lang = self._vault, ui_language()

        def work() -> tuple[Any, Any]:
            return record_change(
                vault, ChangeKind.CREATE, lambda: save_arrest(vault, draft), lang=lang
            )

        self._runner.run(work, self._on_saved, self._on_save_failed)

    def _on_saved(self, result: object) -> None:
        self._saving = False
        self._closing = True
        self.saved = result
        self.arrest_saved.emit(result)
        self.accept()

    def is_dirty(self) -> bool:
        """Whether anything was typed or chosen (what Cancel would throw away)."""
        lines = (
            self.full_name,
            self.place,
            self.forces,
            self.custody_place,
            self.new_case_title,
            self.case_number,
            self.articles,
            self.court,
        )
        entries = (self.birth_date, self.arrested_on, self.decision_date, self.term_until)
        return (
            any(line.text().strip() for line in lines)
            or any(not entry.is_blank() for entry in entries)
            or bool(self.person.value() or self.case.value())
            or self.decision.currentData() is not None
        )

    def reject(self) -> None:
        """Cancel or Escape: asks before throwing typed fields away; writes nothing."""
        if self._saving:
            return
        if (
            not self._closing
            and self.is_dirty()
            and not self._dialogs.confirm(
                self,
                tr("New arrest"),
                tr("Close the form? What you typed is not saved."),
                action=tr("Close without saving"),
            )
        ):
            return
        super().reject()

    def discard_and_close(self) -> None:
        """Closes without asking (the vault is being locked)."""
        self._closing = True
        self.reject()

    def done(self, result: int) -> None:
        # The widgets may be deleted once closed: a duplicate search still running must not
        # reach them (its answer is dropped in _show_duplicates).
        self._finished = True
        self._duplicate_timer.stop()
        super().done(result)

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        if self._finished:
            self._runner.report_error(error)
            return
        if isinstance(error, KnownError):
            self.footer.setStyleSheet(_ERROR_STYLE)
            self.footer.setText(translate_error(error))
            self.save_button.setEnabled(True)
            if isinstance(error, ValidationError) and error.field == "person":
                self.full_name.setFocus()
            return
        self.check()
        self._runner.report_error(error)

    # -- the person ---------------------------------------------------------------------------

    @Slot(bool)
    def _on_person_choice_toggled(self, new: bool) -> None:
        self.full_name.setEnabled(new)
        self.birth_date.setEnabled(new)
        self.person.setEnabled(not new)
        self.duplicates_list.setEnabled(new)
        self.use_duplicate_button.setEnabled(new and bool(self._duplicates))
        (self.full_name if new else self.person).setFocus()
        self.check()

    @Slot(str)
    def _on_full_name_text_changed(self, _text: str) -> None:
        self._duplicate_timer.start()
        self.check()

    def _look_for_duplicates(self) -> None:
        name = self.full_name.text().strip()
        vault, born = self._vault, self.birth_date.partial_value()
        if not name:
            self._show_duplicates(name, [])
            return
        self._runner.run(
            lambda: find_possible_duplicates(vault, name, born),
            partial(self._show_duplicates, name),
        )

    def _show_duplicates(self, name: str, found: object) -> None:
        if self._finished or name != self.full_name.text().strip():
            return  # typed on meanwhile: the newer search answers
        people = (
            [p for p in found if isinstance(p, PossibleDuplicate)]
            if isinstance(found, list)
            else []
        )
        self._duplicates = people
        self.duplicates_list.clear()
        for person in people:
            text = person.full_name
            if person.birth_date:
                born = format_partial_date(PartialDate.from_storage(person.birth_date))
                text += fill(tr(" (born %1)"), born)
            item = QListWidgetItem(text, self.duplicates_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        if people:
            self.duplicates_list.setCurrentRow(0)
        if people:
            self.duplicates_label.setText(
                tr("Already in the vault with a similar name (choose one to use it):")
            )
        elif name:
            self.duplicates_label.setText(tr("No one in the vault has a similar name."))
        else:
            self.duplicates_label.setText(tr("People with a similar name are listed here."))
        self.duplicates_label.setStyleSheet("color: #8a5300;" if people else "")
        self.use_duplicate_button.setEnabled(bool(people))

    @Slot(QListWidgetItem)
    def _on_duplicates_list_item_activated(self, item: QListWidgetItem) -> None:
        self.use_person(str(item.data(Qt.ItemDataRole.UserRole)), item.text())

    @Slot()
    def _on_use_duplicate_button_clicked(self) -> None:
        item = self.duplicates_list.currentItem()
        if item is not None:
            self._on_duplicates_list_item_activated(item)

    def use_person(self, person_id: str, text: str) -> None:
        """Takes a person already in the vault instead of a new one."""
        self.person.set_value(person_id, text)
        self.existing_person_radio.setChecked(True)
        self.arrested_on.setFocus()
        self.check()
