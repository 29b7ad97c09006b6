"""View › Changes since…: what was added or changed in the last N days, and on which device.

Read from the audit history (services/records/recent_changes.py): one row per record, its
newest change first; Enter or a double click opens the record.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import AuditAction
from casefile.services.records.recent_changes import RecentChange, RecentChanges, recent_changes
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import fill, format_date, ui_language
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.table_model import Column, RowTableModel, text_key
from casefile.ui.kit.table_view import rows_table
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: The period first shown, in days.
DEFAULT_DAYS = 7
#: Field names listed at most in the Change column.
FIELDS_SHOWN = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangesView", text)


def _when(row: RecentChange) -> str:
    return f"{format_date(row.at.date())} {row.at:%H:%M}"


def _change(row: RecentChange) -> str:
    match row.action:
        case AuditAction.CREATE:
            return tr("added")
        case AuditAction.DELETE:
            return tr("moved to the trash")
        case AuditAction.RESTORE:
            return tr("restored from the trash")
        case AuditAction.PURGE:
            return tr("deleted for good")
    names = [QCoreApplication.translate("fields", name) for name in row.fields]
    shown = ", ".join(names[:FIELDS_SHOWN]) + ("…" if len(names) > FIELDS_SHOWN else "")
    return fill(tr("changed: %1"), shown) if shown else tr("changed")


def _device(row: RecentChange) -> str:
    if not row.here:
        return row.device
    return fill(tr("this laptop (%1)"), row.device) if row.device else tr("this laptop")


COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("columns", "When"), _when, lambda r: r.at, width=125),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.table), width=130),
    Column(
        "record",
        QT_TRANSLATE_NOOP("columns", "Record"),
        lambda r: r.label,
        lambda r: text_key(r.label),
        width=260,
    ),
    Column("change", QT_TRANSLATE_NOOP("columns", "Change"), _change, width=260),
    Column(
        "count", QT_TRANSLATE_NOOP("columns", "Times"), lambda r: r.count, numeric=True, width=55
    ),
    Column("device", QT_TRANSLATE_NOOP("columns", "Device"), _device, width=160),
)


class ChangesDialog(QDialog):
    """Signals:
    record_requested(str, str): open this record (table, id).
    """

    record_requested = Signal(str, str)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changes since…"))
        self.setObjectName("changesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._serial = 0
        self.days = QSpinBox(self)
        self.days.setObjectName("changesDays")
        self.days.setRange(1, 3650)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccessibleName(tr("Days"))
        before = QLabel(tr("Added or changed in the last"), self)
        before.setBuddy(self.days)
        period = QHBoxLayout()
        period.addWidget(before)
        period.addWidget(self.days)
        period.addWidget(QLabel(tr("days"), self))
        period.addStretch(1)
        self.model = RowTableModel(COLUMNS, self)
        self.view = rows_table(self, self.model, COLUMNS, "changesTable")
        self.view.setAccessibleName(tr("Changes"))
        self.summary = QLabel(tr("Loading…"), self)
        self.summary.setObjectName("changesSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        # Typing "30" is two changes of the value: load once the typing pauses.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        self.days.valueChanged.connect(self._timer.start)
        self.view.activated.connect(self._on_view_activated)
        self.resize(1040, 560)
        self.reload()

    @Slot()
    def reload(self) -> None:
        vault, lang = self._vault, ui_language()
        # The audit history's times are this computer's local time (vault/schema.utcnow).
        since = datetime.now() - timedelta(days=self.days.value())
        self._serial += 1
        serial = self._serial
        self._runner.run(
            lambda: recent_changes(vault, since, lang),
            while_alive(self, lambda found: self._on_loaded(serial, found)),
            errors_while_alive(self, self._runner, self._on_failed),
        )

    def _on_loaded(self, serial: int, found: object) -> None:
        if serial != self._serial:
            return  # an older period's answer
        assert isinstance(found, RecentChanges)
        self.model.set_rows(list(found.rows))
        if not found.rows:
            self.summary.setText(tr("Nothing was added or changed in this period."))
            return
        text = QCoreApplication.translate(
            "ChangesView", "%n record(s) added or changed.", "", len(found.rows) + found.more
        )
        if found.more:
            text += " " + QCoreApplication.translate(
                "ChangesView", "The newest %n are listed.", "", len(found.rows)
            )
        self.summary.setText(text)

    def _on_failed(self, error: BaseException) -> None:
        self.summary.setText("")
        show_error(self._dialogs, self, error)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.label:  # a record deleted for good has nothing to open
            self.record_requested.emit(row.table, row.record_id)
