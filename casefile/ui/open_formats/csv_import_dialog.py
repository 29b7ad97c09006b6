"""File → Import from CSV…: choose a file, map its columns with a preview, dry run, import.

The file is read and judged by casefile.services.open_formats.csv_import; the dry run and the
import run on the task runner behind a progress dialog with Cancel. Nothing is written before
Import, and the import is one transaction: cancelled or failed, it leaves the vault as it was.

Signals:
    CsvImportDialog.records_imported(): the import wrote records (views should reload).
    CsvImportDialog.change_made(object): what it wrote (a services.records.undo.Change), for
        Undo, which puts the new records in the trash and the updated fields back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError
from casefile.services.open_formats.csv_import import (
    CsvEncodingError,
    CsvTable,
    ImportKind,
    ImportPlan,
    ImportResult,
    RowAction,
    RowReport,
    importable_fields,
    is_kobo_export,
    plan_import,
    read_csv,
    read_csv_file,
    resolve_mapping,
    run_import,
)
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known, show_error
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskContext, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

type Index = QModelIndex | QPersistentModelIndex
#: Rows of the file shown in the preview (the dry run judges all of them).
PREVIEW_ROWS = 50
GEOMETRY_KEY = "csvImportDialog"

_ACTION_NAMES = {
    RowAction.CREATE: QT_TRANSLATE_NOOP("CsvImport", "New"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("CsvImport", "Update"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("CsvImport", "Unchanged"),
    RowAction.REJECT: QT_TRANSLATE_NOOP("CsvImport", "Rejected"),
}
_REJECT_BRUSH = QBrush(QColor("#c62828"))


def tr(text: str) -> str:
    return QCoreApplication.translate("CsvImport", text)


class CsvPreviewModel(QAbstractTableModel):
    """The first rows of the CSV file; headers show each column and the field it maps to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._targets: dict[int, str] = {}

    def set_table(self, table: CsvTable | None) -> None:
        self.beginResetModel()
        self._header = table.header if table is not None else ()
        self._rows = [cells for _line, cells in table.rows[:PREVIEW_ROWS]] if table else []
        self._targets = {}
        self.endResetModel()

    def set_targets(self, targets: dict[int, str]) -> None:
        self._targets = dict(targets)
        if self._header:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._header) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row, column = index.row(), index.column()
        if row >= len(self._rows) or column >= len(self._rows[row]):
            return None
        text = self._rows[row][column]
        return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 2)  # the line in the file (the header is line 1)
        if section >= len(self._header):
            return None
        target = self._targets.get(section)
        name = self._header[section] or tr("(no name)")
        return f"{name}\n→ {target}" if target else name + "\n" + tr("(not imported)")


class ImportReportModel(QAbstractTableModel):
    """The dry run's verdict on every row: line, action, name, reasons or changed fields."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CsvImport", "Line"),
        QT_TRANSLATE_NOOP("CsvImport", "Action"),
        QT_TRANSLATE_NOOP("CsvImport", "Record"),
        QT_TRANSLATE_NOOP("CsvImport", "Reasons or changes"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowReport, ...] = ()

    def set_rows(self, rows: tuple[RowReport, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> RowReport:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        report = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _REJECT_BRUSH if report.action is RowAction.REJECT else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                return str(report.line)
            case 1:
                return tr(_ACTION_NAMES[report.action])
            case 2:
                return " ".join(report.label.split())
            case 3:
                if report.reasons:
                    return "; ".join(report.reasons)
                return ", ".join(report.changed_fields)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section])
        return None


class CsvImportDialog(QDialog):
    """Choose a CSV file, map its columns, check it (dry run), then import it.

    Signals:
        records_imported(): records were written; lists should reload.
        change_made(object): what the import wrote, for Undo.
    """

    records_imported = Signal()
    change_made = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        parent: QWidget | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from CSV"))
        self.setObjectName("csvImportDialog")
        self.resize(980, 680)
        self._settings = settings
        saved = settings.geometry(GEOMETRY_KEY) if settings is not None else None
        if saved is not None:
            self.restoreGeometry(saved)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._data: bytes | None = None
        self._raw: bytes | None = None  # the chosen file, kept to read it in another encoding
        self._name = ""
        self._table: CsvTable | None = None
        self._plan: ImportPlan | None = None
        self._combos: list[QComboBox] = []
        self.result_summary: ImportResult | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("People"), ImportKind.PEOPLE.value)
        self.kind.addItem(self.tr("Hearings"), ImportKind.HEARINGS.value)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setObjectName("fileLabel")
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("csvEncoding")
        self.encoding.addItem(self.tr("UTF-8"), "utf-8")
        self.encoding.addItem(self.tr("Windows-1251 (Cyrillic)"), "cp1251")
        self.encoding.currentIndexChanged.connect(self._on_encoding_current_index_changed)
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("Import:"), self)
        kind_label.setBuddy(self.kind)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        encoding_label = QLabel(self.tr("Encoding:"), self)
        encoding_label.setBuddy(self.encoding)
        top.addWidget(encoding_label)
        top.addWidget(self.encoding)

        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        self.mapping_form = QFormLayout()
        mapping_inner = QWidget(self)
        mapping_inner.setLayout(self.mapping_form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(mapping_inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the column choices
        QVBoxLayout(self.mapping_box).addWidget(scroll)

        self.preview_model = CsvPreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("csvPreview")
        self.preview.setAccessibleName(self.tr("File preview"))
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.report_model = ImportReportModel(self)
        self.report = QTableView(self)
        self.report.setObjectName("dryRunReport")
        self.report.setAccessibleName(self.tr("Check (dry run)"))
        self.report.setModel(self.report_model)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().hide()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QSplitter(Qt.Orientation.Horizontal, splitter)
        upper.addWidget(self.mapping_box)
        upper.addWidget(self.preview)
        upper.setStretchFactor(1, 2)
        self.mapping_box.setMinimumWidth(340)
        upper.setSizes([360, 600])
        splitter.setSizes([340, 300])
        splitter.addWidget(upper)
        splitter.addWidget(self.report)

        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        # Offered when a file is not UTF-8 but looks like Windows-1251 (Russian Excel's "CSV").
        self.read_as_cp1251 = QPushButton(self.tr("Read as Windows-1251"), self)
        self.read_as_cp1251.setObjectName("readAsWindows1251")
        self.read_as_cp1251.clicked.connect(self._on_read_as_cp1251_clicked)
        self.read_as_cp1251.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.read_as_cp1251)
        self.skip_rejected = QCheckBox(self.tr("Skip rejected rows and import the others"), self)
        self.check_button = QPushButton(self.tr("Check (dry run)"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_rejected)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(message_row)
        layout.addLayout(buttons)
        self._update_buttons()

    def done(self, result: int) -> None:
        # Remembered outside the vault: a window size is not personal data.
        if self._settings is not None:
            self._settings.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # -- state ----------------------------------------------------------------------------------

    @property
    def import_kind(self) -> ImportKind:
        return ImportKind(str(self.kind.currentData()))

    @property
    def file_encoding(self) -> str:
        """The encoding the file is read in: "utf-8" or "cp1251"."""
        return str(self.encoding.currentData())

    def mapping(self) -> dict[str, str | None]:
        """The mapping chosen in the combo boxes: CSV column -> field, None to ignore."""
        if self._table is None:
            return {}
        result: dict[str, str | None] = {}
        for column, combo in zip(self._table.header, self._combos, strict=True):
            if column:
                data = combo.currentData()
                result[column] = data if isinstance(data, str) and data else None
        return result

    def _update_buttons(self) -> None:
        loaded = self._table is not None
        self.check_button.setEnabled(loaded)
        self.import_button.setEnabled(loaded and self._plan is not None)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)

    def _forget_plan(self) -> None:
        self._plan = None
        self.report_model.set_rows(())
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path = self._dialogs.open_file(
            self,
            tr("Import from CSV"),
            start=Path.home(),
            file_filter=tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path is None:
            return
        try:
            data = read_csv_file(path)  # refused before reading when too large
        except KnownError as error:
            self._show_message(describe_known(error), error=True)
            return
        except OSError as error:
            self._show_message(
                self.tr("The file cannot be read: {reason}").format(
                    reason=error.strerror or type(error).__name__
                ),
                error=True,
            )
            return
        self.load_data(data, path.name)

    def load_data(self, data: bytes, name: str) -> bool:
        """Reads CSV bytes into the preview and the mapping; False (with a message) if the
        file is not a readable CSV table."""
        self._raw, self._name = data, name
        # A new file starts as UTF-8; the detection offers Windows-1251 when it fits.
        with QSignalBlocker(self.encoding):
            self.encoding.setCurrentIndex(0)
        return self._read()

    def _read(self) -> bool:
        """(Re)reads the chosen file in the chosen encoding."""
        self._forget_plan()
        self.read_as_cp1251.hide()
        if self._raw is None:
            return False
        data, name = self._raw, self._name
        try:
            table = read_csv(data, self.file_encoding)
        except KnownError as error:
            self._data, self._table = None, None
            self.preview_model.set_table(None)
            self._build_mapping()
            self.file_label.setText(name)
            if isinstance(error, CsvEncodingError) and error.detected == "cp1251":
                self._show_message(
                    self.tr(
                        "“{name}” is not UTF-8 text. It looks like Windows-1251, as Russian "
                        "Excel saves “CSV”. Read it as Windows-1251? Nothing is written yet."
                    ).format(name=name),
                    error=True,
                )
                self.read_as_cp1251.show()
            else:
                self._show_message(
                    self.tr("“{name}” cannot be imported: {reason}").format(
                        name=name, reason=describe_known(error)
                    ),
                    error=True,
                )
            self._update_buttons()
            return False
        self._data, self._table = data, table
        self.file_label.setText(
            self.tr("{name}: {rows} rows").format(name=name, rows=len(table.rows))
        )
        self.preview_model.set_table(table)
        self._build_mapping()
        notes = []
        if table.encoding == "cp1251":
            notes.append(
                self.tr("Read as Windows-1251: check that the names in the preview read correctly.")
            )
        if is_kobo_export(table.header):
            notes.append(
                self.tr(
                    "Recognised as a KoboToolbox export: group/field columns are mapped to "
                    "their fields, meta-columns (_uuid, _submission_time…) are not imported, "
                    "and multi-select answers are split at spaces."
                )
            )
        notes.append(
            self.tr("Check the columns, then press “Check (dry run)”. Nothing is written yet.")
        )
        self._show_message(" ".join(notes))
        self._update_buttons()
        return True

    @Slot()
    def _on_read_as_cp1251_clicked(self) -> None:
        # Setting the combo re-reads the file (_on_encoding_current_index_changed).
        self.encoding.setCurrentIndex(self.encoding.findData("cp1251"))

    @Slot(int)
    def _on_encoding_current_index_changed(self, _index: int) -> None:
        self._read()

    def _build_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._combos = []
        if self._table is None:
            return
        fields = importable_fields(self.import_kind)
        try:
            guessed = resolve_mapping(self.import_kind, self._table.header)
        except KnownError:  # no column is named like a field yet: the user maps them
            guessed = {}
        for index, column in enumerate(self._table.header):
            combo = QComboBox(self)
            # Field labels can be long; the popup still shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
            combo.addItem(self.tr("(not imported)"), "")
            for item in fields:
                combo.addItem(f"{item.name}: {item.label}", item.name)
            target = guessed.get(index)
            if target is not None:
                combo.setCurrentIndex(combo.findData(target))
            combo.setEnabled(bool(column))
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            self._combos.append(combo)
            self.mapping_form.addRow(column or self.tr("(no name)"), combo)
        self._sync_preview_targets()

    def _sync_preview_targets(self) -> None:
        targets = {
            index: str(combo.currentData())
            for index, combo in enumerate(self._combos)
            if combo.currentData()
        }
        self.preview_model.set_targets(targets)

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        self._forget_plan()
        self._sync_preview_targets()

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._forget_plan()
        self._build_mapping()

    # -- dry run and import ---------------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        """The dry run, off the GUI thread: fills the report; writes nothing."""
        if self._data is None:
            return
        vault, kind, data, mapping = self._vault, self.import_kind, self._data, self.mapping()
        encoding = self.file_encoding

        def work(context: TaskContext) -> ImportPlan:
            context.report(None, tr("Checking every row…"))
            return plan_import(vault, kind, data, mapping, encoding=encoding, check=context.check)

        self.check_button.setEnabled(False)
        self.progress = run_with_progress(
            self._runner,
            self,
            self.tr("Import from CSV"),
            self.tr("Checking every row…"),
            work,
            self._on_checked,
            self._on_failed,
        )

    def _on_checked(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.report_model.set_rows(plan.rows)
        summary = self.tr(
            "{create} new, {update} to update, {unchanged} unchanged, {reject} rejected."
        ).format(
            create=plan.count(RowAction.CREATE),
            update=plan.count(RowAction.UPDATE),
            unchanged=plan.count(RowAction.UNCHANGED),
            reject=plan.count(RowAction.REJECT),
        )
        if plan.rejected:
            summary += " " + self.tr(
                "Fix the rejected rows in the file, or tick “Skip rejected rows”, then Import."
            )
        self._show_message(summary + " " + self.tr("Nothing has been written yet."))
        self._update_buttons()

    @Slot()
    def start_import(self) -> None:
        """The import in one transaction, off the GUI thread, with progress and Cancel."""
        if self._data is None or self._plan is None:
            return
        vault, kind, data, mapping = self._vault, self.import_kind, self._data, self.mapping()
        skip = self.skip_rejected.isChecked()
        encoding = self.file_encoding
        checked = self._plan

        def work(context: TaskContext) -> tuple[ImportResult, Change | None]:
            label = tr("Importing…")
            return record_change(
                vault,
                ChangeKind.IMPORT,
                lambda: run_import(
                    vault,
                    kind,
                    data,
                    mapping,
                    skip_rejected=skip,
                    encoding=encoding,
                    progress=lambda fraction, _text: context.report(fraction, label),
                    check=context.check,
                    checked=checked,
                ),
            )

        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.progress = run_with_progress(
            self._runner,
            self,
            self.tr("Import from CSV"),
            self.tr("Importing…"),
            work,
            self._on_imported,
            self._on_failed,
        )
        self.progress.canceled.connect(self._on_import_canceled)

    @Slot()
    def _on_import_canceled(self) -> None:
        self._show_message(self.tr("The import was cancelled. Nothing was written."))
        self._update_buttons()

    def _on_imported(self, outcome: tuple[ImportResult, Change | None]) -> None:
        result, change = outcome
        self.result_summary = result
        self.change_made.emit(change)
        self.records_imported.emit()
        self._dialogs.info(
            self,
            self.tr("Import from CSV"),
            self.tr(
                "Imported: {created} new, {updated} updated, {skipped} rejected rows skipped. "
                "Each record's history shows the import."
            ).format(created=result.created, updated=result.updated, skipped=result.skipped),
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self._dialogs, self, error)
