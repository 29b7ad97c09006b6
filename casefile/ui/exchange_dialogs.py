"""The Send changes and Receive changes dialogs: bundles between laptops.

Their menu actions are in exchange_actions.py, which loads this module (and the exchange
services) when one of them is first used; the conflicts window is in exchange_conflicts.py.

Every service call runs on the task runner; the dialogs hold plain results only. File
choosers go through ExchangeFiles so tests can answer them.

Signals:
    ReceiveChangesDialog.records_imported(): the bundle was imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.services.exchange import devices, service
from casefile.services.exchange.bundle_format import BundleHeader
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.devices import DeviceInfo, PartnerInfo
from casefile.services.exchange.merge import ImportPreview
from casefile.ui.dialogs import DialogService
from casefile.ui.errors import show_error
from casefile.ui.exchange_conflicts import RowsModel, show_value, table_view
from casefile.ui.labels import QT_TRANSLATE_NOOP
from casefile.ui.tasks import TaskRunner
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.ui.exchange_actions import ExchangeFiles
    from casefile.vault.vault import Vault

MIN_PASSPHRASE = 10
BUNDLE_SUFFIX = ".cfbundle"
_DISPLAY = Qt.ItemDataRole.DisplayRole
CHANGE_KINDS = {
    "new": QT_TRANSLATE_NOOP("ExchangeDialogs", "New"),
    "updated": QT_TRANSLATE_NOOP("ExchangeDialogs", "Updated"),
    "deleted": QT_TRANSLATE_NOOP("ExchangeDialogs", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("ExchangeDialogs", "Restored"),
    "purged": QT_TRANSLATE_NOOP("ExchangeDialogs", "Deleted for good"),
    "conflict": QT_TRANSLATE_NOOP("ExchangeDialogs", "Conflict"),
    "skipped": QT_TRANSLATE_NOOP("ExchangeDialogs", "Skipped"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialogs", text)


class ChangesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Change"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Record"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Details"),
    )


def preview_rows(preview: ImportPreview) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for kind, changes in (
        ("new", preview.new),
        ("updated", preview.updated),
        ("deleted", preview.deleted),
        ("restored", preview.restored),
        ("purged", preview.purged),
    ):
        rows.extend((tr(CHANGE_KINDS[kind]), change.label, "") for change in changes)
    for conflict in preview.conflicts:
        details = tr("{field}: this vault “{mine}”, other device “{theirs}”").format(
            field=conflict.field.replace("_", " "),
            mine=" ".join(show_value(conflict.mine).split()),
            theirs=" ".join(show_value(conflict.theirs).split()),
        )
        rows.append((tr(CHANGE_KINDS["conflict"]), conflict.label, details))
    rows.extend(
        (tr(CHANGE_KINDS["skipped"]), skipped.record_id[:8], skipped.reason)
        for skipped in preview.skipped
    )
    return rows


def _passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SendChangesDialog(QDialog):
    """Choose the partner, what to send and how to protect it; saves one bundle file."""

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        files: ExchangeFiles,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendChangesDialog")
        self.setWindowTitle(self.tr("Send changes"))
        self._runner = runner
        self._dialogs = dialogs
        self._files = files
        self._vault = vault
        self.partners: list[PartnerInfo] = []
        self.saved_to: Path | None = None

        self.partner_box = QComboBox(self)
        self.partner_box.setObjectName("partnerBox")
        self.since_button = QRadioButton(self.tr("Changes since the last bundle to them"), self)
        self.all_button = QRadioButton(self.tr("Everything in this vault"), self)
        self.passphrase_button = QRadioButton(self.tr("With a bundle passphrase"), self)
        self.key_button = QRadioButton(
            self.tr("Encrypted to the partner's own key (no passphrase)"), self
        )
        # Two separate choices: radio buttons with one parent are one group unless told.
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.since_button)
        self.scope_group.addButton(self.all_button)
        self.protection_group = QButtonGroup(self)
        self.protection_group.addButton(self.passphrase_button)
        self.protection_group.addButton(self.key_button)
        self.since_button.setChecked(True)
        self.passphrase_button.setChecked(True)
        self.passphrase = _passphrase_edit(self, "bundlePassphrase")
        self.repeat = _passphrase_edit(self, "bundlePassphraseRepeat")
        self.key_button.toggled.connect(self._on_key_button_toggled)
        self.device_label = QLabel(self)
        self.device_label.setObjectName("thisDevice")
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Send to:"), self.partner_box)
        form.addRow(self.tr("What:"), self.since_button)
        form.addRow("", self.all_button)
        form.addRow(self.tr("Protection:"), self.passphrase_button)
        form.addRow("", self.key_button)
        form.addRow(self.tr("Bundle passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.repeat)
        device_box = QGroupBox(self.tr("This device (give its card to partners)"), self)
        QVBoxLayout(device_box).addWidget(self.device_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(device_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        vault = self._vault

        def load() -> tuple[list[PartnerInfo], DeviceInfo]:
            return devices.list_partners(vault), devices.this_device(vault)

        self._runner.run(load, self._on_loaded, self._on_failed)

    def _on_loaded(self, result: tuple[list[PartnerInfo], DeviceInfo]) -> None:
        partners, me = result
        self.partners = [partner for partner in partners if partner.trusted]
        self.partner_box.clear()
        for partner in self.partners:
            self.partner_box.addItem(partner.name, partner.device_id)
        self.device_label.setText(
            self.tr("Fingerprint: {fingerprint}\nCard: {card}").format(
                fingerprint=me.fingerprint, card=me.card
            )
        )
        if not self.partners:
            self.problem.setText(
                self.tr(
                    "No trusted partner yet. Open a bundle from them with Receive changes…, "
                    "or trust their device card with the casefile device trust command."
                )
            )

    @Slot(bool)
    def _on_key_button_toggled(self, checked: bool) -> None:
        self.passphrase.setEnabled(not checked)
        self.repeat.setEnabled(not checked)

    def _problem(self) -> str:
        if self.partner_box.currentIndex() < 0:
            return self.tr("Choose a partner to send to.")
        if self.passphrase_button.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                return self.tr("The bundle passphrase needs at least 10 characters.")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
        return ""

    @Slot()
    def save(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        if problem:
            return
        partner = str(self.partner_box.currentData())
        name = self.partner_box.currentText()
        path = self._files.save_bundle(self, f"to-{name}{BUNDLE_SUFFIX}")
        if path is None:
            return
        passphrase = self.passphrase.text() if self.passphrase_button.isChecked() else None
        selection = Selection(everything=self.all_button.isChecked())
        vault = self._vault

        def export() -> service.ExportResult:
            result = service.export_bundle(
                vault, partner, passphrase=passphrase, selection=selection
            )
            write_atomic(path, result.data)
            return result

        self.buttons.setEnabled(False)
        self._runner.run(export, lambda result: self._on_saved(path, result), self._on_failed)

    def _on_saved(self, path: Path, result: service.ExportResult) -> None:
        self.saved_to = path
        self.buttons.setEnabled(True)
        self._dialogs.info(
            self,
            self.tr("Bundle saved"),
            self.tr(
                "{path} holds {records} records, {purges} deletions and {files} files for "
                "{partner}. It is encrypted; give the passphrase to them another way."
            ).format(
                path=path.name,
                records=result.records,
                purges=result.purges,
                files=result.files,
                partner=result.partner,
            ),
        )
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self._dialogs, self, error)


class ReceiveChangesDialog(QDialog):
    """Shows who sent a bundle, previews what it brings, imports it in one transaction."""

    records_imported = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        data: bytes,
        header: BundleHeader,
        partner: PartnerInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiveChangesDialog")
        self.setWindowTitle(self.tr("Receive changes"))
        self.resize(760, 480)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._data = data
        self.header = header
        self.partner = partner
        self.preview: ImportPreview | None = None
        self.imported: ImportPreview | None = None

        self.sender_label = QLabel(self)
        self.sender_label.setObjectName("senderLabel")
        self.sender_label.setWordWrap(True)
        self.sender_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Trust this device…"), self)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.clicked.connect(self.trust_sender)
        self.passphrase = _passphrase_edit(self, "bundlePassphrase")
        self.passphrase.setEnabled(header.mode == "passphrase")
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.show_preview)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.changes = ChangesModel(self)
        self.table = table_view(self.changes, self, "changesTable")
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_bundle)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.sender_label, 1)
        top.addWidget(self.trust_button)
        form = QFormLayout()
        form.addRow(self.tr("Bundle passphrase:"), self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._show_sender()

    def _show_sender(self) -> None:
        sender = self.header.sender
        fingerprint = devices.fingerprint(sender.signing_public, sender.agreement_public)
        trusted = self.partner is not None and self.partner.trusted
        if trusted and self.partner is not None:
            text = self.tr("From {name}, a trusted device. Made {created} UTC.")
            self.sender_label.setText(
                text.format(name=self.partner.name, created=f"{self.header.created:%Y-%m-%d %H:%M}")
            )
        else:
            self.sender_label.setText(
                self.tr(
                    "From a device this vault does not trust yet. Its fingerprint is\n"
                    "{fingerprint}\nCompare it with the sender, by phone, before trusting it."
                ).format(fingerprint=fingerprint)
            )
        self.trust_button.setVisible(not trusted)
        self.preview_button.setEnabled(trusted)

    @Slot()
    def trust_sender(self) -> None:
        sender = self.header.sender
        fingerprint = devices.fingerprint(sender.signing_public, sender.agreement_public)
        if not self._dialogs.confirm(
            self,
            self.tr("Trust this device?"),
            self.tr(
                "Does the sender read out the same fingerprint?\n{fingerprint}\n"
                "Only trust the device if every digit matches."
            ).format(fingerprint=fingerprint),
        ):
            return
        name = self._dialogs.ask_text(
            self, self.tr("Trust this device"), self.tr("What should this partner be called?")
        )
        if not name:
            return
        vault = self._vault
        self._runner.run(
            lambda: devices.trust_device(vault, sender, name), self._on_trusted, self._on_failed
        )

    def _on_trusted(self, partner: PartnerInfo) -> None:
        self.partner = partner
        self._show_sender()

    def _passphrase(self) -> str | None:
        return self.passphrase.text() if self.header.mode == "passphrase" else None

    @Slot()
    def show_preview(self) -> None:
        vault, data, passphrase = self._vault, self._data, self._passphrase()
        self.preview_button.setEnabled(False)
        self._runner.run(
            lambda: service.preview_bundle(vault, data, passphrase),
            self._on_previewed,
            self._on_failed,
        )

    def _summary(self, preview: ImportPreview) -> str:
        if preview.already_applied:
            return self.tr("This bundle was imported before. Importing it again changes nothing.")
        counts = preview.counts()
        return self.tr(
            "{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, "
            "{purged} deleted for good, {conflicts} conflicts, {files} files."
        ).format(**counts)

    def _on_previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_button.setEnabled(True)
        self.summary.setText(self._summary(preview))
        self.changes.set_rows(preview_rows(preview))
        self.import_button.setEnabled(not preview.already_applied)

    @Slot()
    def import_bundle(self) -> None:
        vault, data, passphrase = self._vault, self._data, self._passphrase()
        self.import_button.setEnabled(False)
        self._runner.run(
            lambda: service.import_bundle(vault, data, passphrase),
            self._on_imported,
            self._on_failed,
        )

    def _on_imported(self, result: ImportPreview) -> None:
        self.imported = result
        self.passphrase.clear()
        self.summary.setText(self.tr("Imported. ") + self._summary(result))
        self.changes.set_rows(preview_rows(result))
        self.records_imported.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(self.partner is not None and self.partner.trusted)
        show_error(self._dialogs, self, error)
