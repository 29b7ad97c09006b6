"""The choices made before printing a report: template, language, recipient, what to leave
out, and each template's own questions (WGAD categories, requests to an embassy, …).

The panel only gathers choices into a ReportChoice; the report dialog builds from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.reports.data import Audience, Redaction, RenderOptions
from casefile.reports.i18n import languages_for
from casefile.reports.redaction import PRESETS
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportOptions", text)


#: The languages reports are written in, each named in itself. Which of them a document may
#: use depends on its recipient (casefile.reports.i18n.languages_for: Kyrgyz is not for UN).
REPORT_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("ky", "Кыргызча"),
)


def fill_languages(combo: QComboBox, codes: tuple[str, ...]) -> None:
    """Offer ``codes`` in ``combo``, keeping the choice if it is still offered (else the
    first), without announcing the refill: the caller decides what changed."""
    current = combo.currentData()
    if tuple(combo.itemData(i) for i in range(combo.count())) == codes:
        return
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for code, name in REPORT_LANGUAGES:
            if code in codes:
                combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(blocked)


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    label: str
    #: None: the user chooses (ill-treatment); decides which consent is needed.
    audience: Audience | None
    default_profile: str


# Spelled out here (a test checks they match casefile.reports.TEMPLATES) so that opening the
# window does not import ReportLab.
TEMPLATES: tuple[TemplateInfo, ...] = (
    TemplateInfo(
        "embassy", QT_TRANSLATE_NOOP("ReportOptions", "Embassy brief"), Audience.EMBASSY, "embassy"
    ),
    TemplateInfo(
        "wgad",
        QT_TRANSLATE_NOOP("ReportOptions", "UN Working Group on Arbitrary Detention"),
        Audience.UN,
        "un",
    ),
    TemplateInfo(
        "special-procedures",
        QT_TRANSLATE_NOOP("ReportOptions", "UN Special Procedures communication"),
        Audience.UN,
        "un",
    ),
    TemplateInfo(
        "wgeid",
        QT_TRANSLATE_NOOP("ReportOptions", "UN Working Group on Enforced Disappearances"),
        Audience.UN,
        "un",
    ),
    TemplateInfo(
        "ill-treatment",
        QT_TRANSLATE_NOOP("ReportOptions", "Ill-treatment summary (Istanbul Protocol)"),
        None,
        "un-account",
    ),
    TemplateInfo(
        "dossier",
        QT_TRANSLATE_NOOP("ReportOptions", "Full internal dossier (do not share)"),
        Audience.INTERNAL,
        "internal",
    ),
)
TEMPLATE_BY_NAME = {info.name: info for info in TEMPLATES}

REDACTION_LABELS: dict[Redaction, str] = {
    Redaction.SOURCES: QT_TRANSLATE_NOOP("ReportOptions", "Sources"),
    Redaction.CONTACTS: QT_TRANSLATE_NOOP("ReportOptions", "Contact details and addresses"),
    Redaction.INITIALS: QT_TRANSLATE_NOOP(
        "ReportOptions", "Initials only for people who asked for it"
    ),
    Redaction.NOTES: QT_TRANSLATE_NOOP("ReportOptions", "Internal notes"),
    Redaction.MEDICAL: QT_TRANSLATE_NOOP("ReportOptions", "Medical findings"),
}

AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.UN: QT_TRANSLATE_NOOP("ReportOptions", "a UN body"),
    Audience.EMBASSY: QT_TRANSLATE_NOOP("ReportOptions", "an embassy"),
    Audience.INTERNAL: QT_TRANSLATE_NOOP("ReportOptions", "internal use only"),
}

#: WGAD's categories of arbitrary deprivation of liberty (its methods of work, para. 8):
#: a short label for the tick box, and the category's wording for its tooltip.
WGAD_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    (
        "I",
        QT_TRANSLATE_NOOP("ReportOptions", "I: no legal basis"),
        QT_TRANSLATE_NOOP(
            "ReportOptions", "It is clearly impossible to invoke any legal basis justifying it."
        ),
    ),
    (
        "II",
        QT_TRANSLATE_NOOP("ReportOptions", "II: for exercising rights and freedoms"),
        QT_TRANSLATE_NOOP(
            "ReportOptions",
            "It results from the exercise of rights or freedoms (expression, assembly, "
            "association, belief, …).",
        ),
    ),
    (
        "III",
        QT_TRANSLATE_NOOP("ReportOptions", "III: fair-trial norms gravely breached"),
        QT_TRANSLATE_NOOP(
            "ReportOptions",
            "The norms of a fair trial were so gravely breached that it is arbitrary.",
        ),
    ),
    (
        "IV",
        QT_TRANSLATE_NOOP("ReportOptions", "IV: asylum seekers, migrants, refugees"),
        QT_TRANSLATE_NOOP(
            "ReportOptions",
            "Asylum seekers, immigrants or refugees held in prolonged administrative custody "
            "without review or remedy.",
        ),
    ),
    (
        "V",
        QT_TRANSLATE_NOOP("ReportOptions", "V: discrimination"),
        QT_TRANSLATE_NOOP(
            "ReportOptions",
            "Discrimination on grounds of birth, origin, language, religion, economic "
            "condition, opinion, gender, sexual orientation or disability.",
        ),
    ),
)

_PROFILES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("ReportOptions", "The template's usual profile")),
    ("un", QT_TRANSLATE_NOOP("ReportOptions", "UN: leave out everything below")),
    ("embassy", QT_TRANSLATE_NOOP("ReportOptions", "Embassy: leave out everything below")),
    ("internal", QT_TRANSLATE_NOOP("ReportOptions", "Internal: leave out nothing")),
    ("custom", QT_TRANSLATE_NOOP("ReportOptions", "Custom: as ticked below")),
)


@dataclass(frozen=True)
class ReportChoice:
    """Everything needed to build the report, as plain data (safe to hand to a worker)."""

    template: str
    lang: str
    #: A preset name or a comma list of redactions (casefile.reports.redaction).
    profile: str
    options: RenderOptions

    @property
    def audience(self) -> Audience:
        info = TEMPLATE_BY_NAME[self.template]
        return info.audience or self.options.audience or Audience.UN


def _text(edit: QPlainTextEdit | QLineEdit) -> str | None:
    text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return text.strip() or None


class ReportOptionsPanel(QWidget):
    """The form on the left of the report dialog.

    Signals:
        changed(): a choice changed (the preview should be rebuilt).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = QComboBox(self)
        self.template.setObjectName("templateCombo")
        for info in TEMPLATES:
            self.template.addItem(tr(info.label), info.name)
        self.lang = QComboBox(self)
        self.lang.setObjectName("languageCombo")
        self.lang.setAccessibleName(tr("Language"))
        fill_languages(self.lang, tuple(code for code, _name in REPORT_LANGUAGES))
        self.recipient = QLineEdit(self)
        self.recipient.setObjectName("recipientEdit")
        self.recipient.setPlaceholderText(tr("As the template names it"))
        self.audience = QComboBox(self)
        self.audience.setObjectName("audienceCombo")
        for audience in (Audience.UN, Audience.EMBASSY, Audience.INTERNAL):
            self.audience.addItem(tr(AUDIENCE_LABELS[audience]), audience.value)
        form = QFormLayout()
        form.addRow(tr("Template"), self.template)
        form.addRow(tr("Language"), self.lang)
        form.addRow(tr("Recipient"), self.recipient)
        form.addRow(tr("Addressed to"), self.audience)
        self._form = form

        self.profile = QComboBox(self)
        self.profile.setObjectName("profileCombo")
        self.profile.setAccessibleName(tr("Leave out of this copy"))
        for code, text in _PROFILES:
            self.profile.addItem(tr(text), code)
        self.redactions: dict[Redaction, QCheckBox] = {}
        redaction_box = QGroupBox(tr("Leave out of this copy"), self)
        redaction_layout = QVBoxLayout(redaction_box)
        redaction_layout.addWidget(self.profile)
        for redaction, text in REDACTION_LABELS.items():
            box = QCheckBox(tr(text), redaction_box)
            box.setObjectName(f"redact_{redaction.value}")
            self.redactions[redaction] = box
            redaction_layout.addWidget(box)

        self.wgad_box = QGroupBox(tr("Why the detention is arbitrary (WGAD IV)"), self)
        wgad_layout = QVBoxLayout(self.wgad_box)
        self.categories: dict[str, QCheckBox] = {}
        for code, text, wording in WGAD_CATEGORIES:
            box = QCheckBox(tr(text), self.wgad_box)
            box.setToolTip(tr(wording))
            box.setObjectName(f"category_{code}")
            self.categories[code] = box
            wgad_layout.addWidget(box)
        self.reasons = self._text_edit(tr("The facts that make it arbitrary"), "reasonsEdit")
        self.remedies = self._text_edit(
            tr("Domestic remedies tried and their results (WGAD V)"), "remediesEdit"
        )
        wgad_layout.addWidget(self.reasons)
        wgad_layout.addWidget(self.remedies)

        self.sp_box = QGroupBox(tr("Special Procedures"), self)
        sp_layout = QVBoxLayout(self.sp_box)
        self.communication = QComboBox(self.sp_box)
        self.communication.setObjectName("communicationCombo")
        self.communication.setAccessibleName(tr("Special Procedures"))
        self.communication.addItem(tr("Allegation letter"), "allegation_letter")
        self.communication.addItem(tr("Urgent appeal (ongoing or imminent harm)"), "urgent_appeal")
        self.hrd_activities = self._text_edit(
            tr("Their human-rights work (for a defender)"), "hrdActivitiesEdit"
        )
        self.hrd_link = self._text_edit(
            tr("How the violation is linked to that work"), "hrdLinkEdit"
        )
        self.reprisals = self._text_edit(tr("Risk of reprisals"), "reprisalsEdit")
        # Printed in an urgent appeal only, with the flags the record raises itself.
        self.urgency = self._text_edit(
            tr("Why it is urgent: risk, health, deadlines (urgent appeal)"), "urgencyEdit"
        )
        for widget in (
            self.communication,
            self.urgency,
            self.hrd_activities,
            self.hrd_link,
            self.reprisals,
        ):
            sp_layout.addWidget(widget)

        self.embassy_box = QGroupBox(tr("What is asked of the embassy"), self)
        embassy_layout = QVBoxLayout(self.embassy_box)
        self.requests = self._text_edit(
            tr("One request per line; left empty, the standard requests are printed"),
            "requestsEdit",
        )
        embassy_layout.addWidget(self.requests)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(redaction_box)
        layout.addWidget(self.wgad_box)
        layout.addWidget(self.sp_box)
        layout.addWidget(self.embassy_box)
        layout.addStretch(1)

        self.template.currentIndexChanged.connect(self._on_template_current_index_changed)
        self.profile.currentIndexChanged.connect(self._on_profile_current_index_changed)
        self.audience.currentIndexChanged.connect(self._on_audience_current_index_changed)
        for box in self.redactions.values():
            box.toggled.connect(self._on_redaction_toggled)
        for box in self.categories.values():
            box.toggled.connect(self.changed)
        self.lang.currentIndexChanged.connect(self.changed)
        self.communication.currentIndexChanged.connect(self.changed)
        self.recipient.textChanged.connect(self.changed)
        for edit in (self.reasons, self.remedies, self.hrd_activities, self.hrd_link):
            edit.textChanged.connect(self.changed)
        for edit in (self.reprisals, self.requests, self.urgency):
            edit.textChanged.connect(self.changed)
        self.communication.currentIndexChanged.connect(self._on_communication_changed)
        self._on_communication_changed()
        self._syncing = False
        self._on_template_current_index_changed()

    def _text_edit(self, placeholder: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)  # the one text that says what goes in
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    # -- reading and setting --------------------------------------------------------------

    def template_name(self) -> str:
        return str(self.template.currentData())

    def set_template(self, name: str) -> None:
        self.template.setCurrentIndex(self.template.findData(name))

    def set_language(self, lang: str) -> None:
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))

    def set_profile(self, code: str) -> None:
        self.profile.setCurrentIndex(max(0, self.profile.findData(code)))

    def ticked(self) -> frozenset[Redaction]:
        return frozenset(r for r, box in self.redactions.items() if box.isChecked())

    def choice(self) -> ReportChoice:
        template = self.template_name()
        info = TEMPLATE_BY_NAME[template]
        code = str(self.profile.currentData())
        if code == "custom":
            profile = ",".join(sorted(self.ticked())) or "internal"
        else:
            profile = code or info.default_profile
        audience = Audience(str(self.audience.currentData())) if info.audience is None else None
        requests = tuple(
            line.strip() for line in self.requests.toPlainText().splitlines() if line.strip()
        )
        options = RenderOptions(
            recipient=_text(self.recipient),
            audience=audience,
            arbitrary_categories=tuple(c for c, box in self.categories.items() if box.isChecked())
            if template == "wgad"
            else (),
            arbitrariness_reasons=_text(self.reasons) if template == "wgad" else None,
            domestic_remedies=_text(self.remedies) if template == "wgad" else None,
            communication=str(self.communication.currentData()),
            hrd_activities=_text(self.hrd_activities) if template == "special-procedures" else None,
            hrd_link=_text(self.hrd_link) if template == "special-procedures" else None,
            reprisals=_text(self.reprisals) if template == "special-procedures" else None,
            urgency=_text(self.urgency)
            if self.urgency.isEnabled() and template == "special-procedures"
            else None,
            requests=requests if template == "embassy" else (),
        )
        return ReportChoice(template, str(self.lang.currentData()), profile, options)

    # -- keeping the form consistent ------------------------------------------------------

    def _preset_redactions(self) -> frozenset[Redaction] | None:
        code = str(self.profile.currentData())
        if code == "custom":
            return None
        return PRESETS[code or TEMPLATE_BY_NAME[self.template_name()].default_profile]

    def _sync_redactions(self) -> None:
        """Ticks the boxes of the chosen preset; initials are forced outside the organisation."""
        external = self.choice().audience is not Audience.INTERNAL
        preset = self._preset_redactions()
        self._syncing = True
        try:
            for redaction, box in self.redactions.items():
                if preset is not None:
                    box.setChecked(redaction in preset)
                forced = external and redaction is Redaction.INITIALS
                if forced:
                    box.setChecked(True)
                box.setEnabled(not forced)
                box.setToolTip(
                    tr("Consent binds every document that leaves the organisation.")
                    if forced
                    else ""
                )
        finally:
            self._syncing = False

    @Slot()
    def _on_template_current_index_changed(self) -> None:
        template = self.template_name()
        info = TEMPLATE_BY_NAME[template]
        self.wgad_box.setVisible(template == "wgad")
        self.sp_box.setVisible(template == "special-procedures")
        self.embassy_box.setVisible(template == "embassy")
        self._form.setRowVisible(self.audience, info.audience is None)
        self._sync_languages()
        self._sync_redactions()
        self.changed.emit()

    @Slot()
    def _on_profile_current_index_changed(self) -> None:
        self._sync_redactions()
        self.changed.emit()

    @Slot()
    def _on_audience_current_index_changed(self) -> None:
        self._sync_languages()
        self._sync_redactions()
        self.changed.emit()

    @Slot()
    def _on_communication_changed(self) -> None:
        self.urgency.setEnabled(self.communication.currentData() == "urgent_appeal")

    def _sync_languages(self) -> None:
        """Only the languages this recipient may get: no Kyrgyz for a UN body."""
        info = TEMPLATE_BY_NAME[self.template_name()]
        audience = info.audience or Audience(str(self.audience.currentData()))
        fill_languages(self.lang, languages_for(audience))

    @Slot(bool)
    def _on_redaction_toggled(self, _checked: bool) -> None:
        if self._syncing:
            return
        preset = self._preset_redactions()
        if preset is not None and self.ticked() != preset:
            self.profile.blockSignals(True)
            self.profile.setCurrentIndex(self.profile.findData("custom"))
            self.profile.blockSignals(False)
        self.changed.emit()


def template_label(name: str) -> str:
    return tr(TEMPLATE_BY_NAME[name].label)


def redaction_label(redaction: str) -> str:
    return tr(REDACTION_LABELS[Redaction(redaction)])


def audience_label(audience: str) -> str:
    return tr(AUDIENCE_LABELS[Audience(audience)])


__all__ = [
    "TEMPLATES",
    "ReportChoice",
    "ReportOptionsPanel",
    "audience_label",
    "redaction_label",
    "template_label",
]
