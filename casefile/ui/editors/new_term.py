"""Adding a term to a vocabulary users may extend (detention types, hearing kinds, recipients,
ill-treatment methods) from the form that needs it.

The labels are asked through a TermAsker, so tests answer without a modal dialog; the term is
added with services.records.vocabularies.add_term, which refuses fixed lists and duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.i18n.language import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("NewTermDialog", text)


@dataclass(frozen=True)
class TermLabels:
    english: str
    russian: str
    kyrgyz: str | None


#: Asks for a new term's labels (parent, the field's label); None when cancelled.
TermAsker = Callable[[QWidget, str], TermLabels | None]


class NewTermDialog(QDialog):
    """English and Russian labels (both needed, as every report is in one of them), Kyrgyz
    optional."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New term"))
        self.setMinimumWidth(460)
        intro = QLabel(
            fill(tr("A new choice for “%1”. It is added to the list for every record."), field),
            self,
        )
        intro.setWordWrap(True)
        self.english = QLineEdit(self)
        self.english.setObjectName("termEnglish")
        self.russian = QLineEdit(self)
        self.russian.setObjectName("termRussian")
        self.kyrgyz = QLineEdit(self)
        self.kyrgyz.setObjectName("termKyrgyz")
        self.kyrgyz.setPlaceholderText(tr("optional"))
        for edit in (self.english, self.russian, self.kyrgyz):
            edit.setMaxLength(200)
            edit.textChanged.connect(self._on_text_changed)
        form = QFormLayout()
        form.addRow(tr("In English:"), self.english)
        form.addRow(tr("In Russian:"), self.russian)
        form.addRow(tr("In Kyrgyz:"), self.kyrgyz)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Add"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.english.text().strip() and self.russian.text().strip()))

    def labels(self) -> TermLabels:
        return TermLabels(
            self.english.text().strip(),
            self.russian.text().strip(),
            self.kyrgyz.text().strip() or None,
        )


def ask_term_labels(parent: QWidget, field: str) -> TermLabels | None:
    """The real TermAsker: a modal NewTermDialog."""
    dialog = NewTermDialog(field, parent)
    try:
        return dialog.labels() if dialog.exec() else None
    finally:
        dialog.deleteLater()
