"""The disclosure log: every report saved or printed, about whom, for whom, when.

Read from the audit trail (the reporting service writes one entry per person per document);
a filter box narrows it, column headers sort it, and Enter opens the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.services.reporting.disclosures import disclosure_overview
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.table_model import Column, RowFilterProxy, RowTableModel, text_key
from casefile.ui.kit.table_view import rows_table
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.options import TEMPLATE_BY_NAME

if TYPE_CHECKING:
    from casefile.services.reporting.disclosures import DisclosureOverviewRow
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("DisclosureLog", text)


_MEDIUMS = {
    "saved": QT_TRANSLATE_NOOP("DisclosureLog", "saved"),
    "printed": QT_TRANSLATE_NOOP("DisclosureLog", "printed"),
}


def _template(row: DisclosureOverviewRow) -> str:
    info = TEMPLATE_BY_NAME.get(row.template)
    return QCoreApplication.translate("ReportOptions", info.label) if info else row.template


def _medium(row: DisclosureOverviewRow) -> str:
    text = tr(_MEDIUMS.get(row.medium, row.medium))
    return text + (" " + tr("(consent overridden)") if row.consent_overridden else "")


COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("columns", "When"), lambda r: r.at, width=130),
    Column(
        "person",
        QT_TRANSLATE_NOOP("columns", "About"),
        lambda r: r.person_name,
        lambda r: text_key(r.person_name),
        width=200,
    ),
    Column("recipient", QT_TRANSLATE_NOOP("columns", "Given to"), lambda r: r.recipient, width=200),
    Column("template", QT_TRANSLATE_NOOP("columns", "Document"), _template, width=200),
    Column("profile", QT_TRANSLATE_NOOP("columns", "Profile"), lambda r: r.profile, width=90),
    Column("medium", QT_TRANSLATE_NOOP("columns", "How"), _medium, width=90),
    Column("lang", QT_TRANSLATE_NOOP("columns", "Language"), lambda r: r.lang, width=70),
    Column("actor", QT_TRANSLATE_NOOP("columns", "By"), lambda r: r.actor, width=90),
    Column(
        "sha256",
        QT_TRANSLATE_NOOP("columns", "SHA-256 of the PDF"),
        lambda r: r.sha256,
        width=160,
    ),
)


class DisclosureLogDialog(QDialog):
    """Signals:
    person_activated(str, str): open this person ("persons", id).
    """

    person_activated = Signal(str, str)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Disclosure log"))
        self.setObjectName("disclosureLogDialog")
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self.model = RowTableModel(COLUMNS, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("disclosureFilter")
        self.filter.setPlaceholderText(tr("Filter by name, recipient, document…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.view = rows_table(self, self.proxy, COLUMNS, "disclosureTable")
        self.view.setAccessibleName(tr("Disclosure log"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.summary = QLabel(tr("Loading…"), self)
        self.summary.setObjectName("disclosureSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Every report saved or printed from Casefile, newest first. The SHA-256 "
                    "identifies the exact file that was given out."
                ),
                self,
            )
        )
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.view.activated.connect(self._on_view_activated)
        self.resize(1100, 560)
        self.reload()

    def reload(self) -> None:
        vault = self._vault
        self._runner.run(
            lambda: disclosure_overview(vault),
            while_alive(self, self._on_loaded),
            errors_while_alive(self, self._runner, self._on_failed),
        )

    def _on_loaded(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.model.set_rows(rows)
        self.summary.setText(
            QCoreApplication.translate("DisclosureLog", "%n document(s) given out.", "", len(rows))
            if rows
            else tr("Nothing has been saved or printed yet.")
        )

    def _on_failed(self, error: BaseException) -> None:
        self.summary.setText("")
        show_error(self._dialogs, self, error)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if row is not None:
            self.person_activated.emit("persons", row.person_id)
            self.accept()
