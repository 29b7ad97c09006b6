"""The Send changes and Receive changes dialogs: bundles between laptops.

Their menu actions are in exchange_actions.py, which loads this module (and the exchange
services) when one of them is first used; the conflicts window is in exchange_conflicts.py.

Every service call runs on the task runner; the dialogs hold plain results only. File
choosers go through the dialog service (exchange/files.py) so tests can answer them.

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
    QCheckBox,
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
from casefile.services.exchange.bundle_format import (
    BundleHeader,
    BundleSource,
    KeyMode,
    default_file_name,
)
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.devices import DeviceInfo, PartnerInfo, PartnerRole
from casefile.services.exchange.errors import MassChangeError
from casefile.services.exchange.merge import ImportPreview
from casefile.services.exchange.passphrases import generate_passphrase
from casefile.ui.exchange.conflicts import RowsModel, show_value, table_view
from casefile.ui.exchange.files import save_bundle_path
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.i18n.labels import label as kind_label
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known, show_error
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

_DISPLAY = Qt.ItemDataRole.DisplayRole
CHANGE_KINDS = {
    "new": QT_TRANSLATE_NOOP("ExchangeDialogs", "New"),
    "updated": QT_TRANSLATE_NOOP("ExchangeDialogs", "Updated"),
    "deleted": QT_TRANSLATE_NOOP("ExchangeDialogs", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("ExchangeDialogs", "Restored"),
    "purged": QT_TRANSLATE_NOOP("ExchangeDialogs", "Deletion for good asked"),
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
    """Choose the partner, what to send and how to protect it; saves one bundle file.

    By default the bundle is encrypted to the partner's own key. A passphrase bundle gets six
    generated words, shown here only (a label that cannot be selected or copied, so they do
    not end up on the clipboard), and the user must say they wrote them down."""

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendChangesDialog")
        self.setWindowTitle(self.tr("Send changes"))
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self.partners: list[PartnerInfo] = []
        self.saved_to: Path | None = None

        self.partner_box = QComboBox(self)
        self.partner_box.setObjectName("partnerBox")
        self.since_button = QRadioButton(self.tr("Changes since the last bundle to them"), self)
        self.all_button = QRadioButton(self.tr("Everything in this vault"), self)
        self.key_button = QRadioButton(
            self.tr("Encrypted to the partner's own key (no passphrase)"), self
        )
        self.passphrase_button = QRadioButton(self.tr("With a bundle passphrase"), self)
        # Two separate choices: radio buttons with one parent are one group unless told.
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.since_button)
        self.scope_group.addButton(self.all_button)
        self.protection_group = QButtonGroup(self)
        self.protection_group.addButton(self.key_button)
        self.protection_group.addButton(self.passphrase_button)
        self.since_button.setChecked(True)
        self.key_button.setChecked(True)
        self.passphrase_words = ""
        self.generated = QLabel(self)
        self.generated.setObjectName("generatedPassphrase")
        self.generated.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.generated.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.generated.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.new_words = QPushButton(self.tr("Other words"), self)
        self.new_words.setObjectName("newWordsButton")
        self.new_words.clicked.connect(self._on_new_words_clicked)
        self.written_down = QCheckBox(
            self.tr("I have written the passphrase down; it is not shown again."), self
        )
        self.written_down.setObjectName("writtenDown")
        self.passphrase_button.toggled.connect(self._on_passphrase_button_toggled)
        self.device_label = QLabel(self)
        self.device_label.setObjectName("thisDevice")
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)

        words_row = QHBoxLayout()
        words_row.addWidget(self.generated, 1)
        words_row.addWidget(self.new_words)
        form = QFormLayout()
        form.addRow(self.tr("Send to:"), self.partner_box)
        form.addRow(self.tr("What:"), self.since_button)
        form.addRow("", self.all_button)
        form.addRow(self.tr("Protection:"), self.key_button)
        form.addRow("", self.passphrase_button)
        form.addRow(self.tr("Bundle passphrase:"), words_row)
        form.addRow("", self.written_down)
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
        self._on_passphrase_button_toggled(False)
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
    def _on_passphrase_button_toggled(self, checked: bool) -> None:
        if checked and not self.passphrase_words:
            self._on_new_words_clicked()
        self.generated.setVisible(checked)
        self.new_words.setVisible(checked)
        self.written_down.setVisible(checked)

    @Slot()
    def _on_new_words_clicked(self) -> None:
        self.passphrase_words = generate_passphrase()
        self.generated.setText(self.passphrase_words)
        self.written_down.setChecked(False)

    def _problem(self) -> str:
        if self.partner_box.currentIndex() < 0:
            return self.tr("Choose a partner to send to.")
        if self.passphrase_button.isChecked() and not self.written_down.isChecked():
            return self.tr(
                "Write the passphrase down and tick the box: it is not shown again, and the "
                "partner needs it to open the bundle."
            )
        return ""

    @Slot()
    def save(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        if problem:
            return
        partner = str(self.partner_box.currentData())
        # The name says nothing about the partner: bundles on a seized stick list no one.
        path = save_bundle_path(self._dialogs, self, default_file_name())
        if path is None:
            return
        passphrase = self.passphrase_words if self.passphrase_button.isChecked() else None
        selection = Selection(everything=self.all_button.isChecked())
        vault = self._vault

        def export() -> service.ExportResult:
            # The changes count as sent only once the file is written, synced and renamed.
            return service.export_bundle(
                vault,
                partner,
                passphrase=passphrase,
                selection=selection,
                deliver=lambda data: write_atomic(path, data),
            )

        self.buttons.setEnabled(False)
        self._runner.run(export, lambda result: self._on_saved(path, result), self._on_failed)

    def _on_saved(self, path: Path, result: service.ExportResult) -> None:
        self.saved_to = path
        self.buttons.setEnabled(True)
        protected = (
            self.tr("It is encrypted; give the passphrase to them another way than the file.")
            if self.passphrase_button.isChecked()
            else self.tr("It is encrypted to their key: only their vault can open it.")
        )
        self._dialogs.info(
            self,
            self.tr("Bundle saved"),
            self.tr(
                "{path} holds {records} records, {purges} deletions and {files} files for "
                "{partner}."
            ).format(
                path=path.name,
                records=result.records,
                purges=result.purges,
                files=result.files,
                partner=result.partner,
            )
            + " "
            + protected,
        )
        # Shown once: the words leave the dialog (and memory, as far as Python lets them).
        self.passphrase_words = ""
        self.generated.clear()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self._dialogs, self, error)


class MassChangesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Change"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Record"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Kind"),
    )


class MassChangesDialog(QDialog):
    """The records a bundle would move to the trash, delete or overwrite, above the limit;
    imports only when the user presses "Import anyway" (Cancel is the default button)."""

    def __init__(self, error: MassChangeError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("massChangesDialog")
        self.setWindowTitle(self.tr("Many records would change"))
        self.resize(640, 420)
        message = QLabel(describe_known(error), self)
        message.setObjectName("massChangesMessage")
        message.setWordWrap(True)
        self.model = MassChangesModel(self)
        self.model.set_rows(
            [
                (tr(CHANGE_KINDS.get(what, what)), record, kind_label(table))
                for table, _record_id, record, what in error.changes
            ]
        )
        self.table = table_view(self.model, self, "massChangesTable")
        self.table.setAccessibleName(self.windowTitle())
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("Import anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptMassChanges")
        self.accept_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


type _Opened = tuple[BundleHeader, PartnerInfo | None]


def read_sender(
    vault: Vault, source: BundleSource, passphrase: str | None
) -> tuple[BundleHeader, PartnerInfo | None]:
    """The bundle's verified header and what this vault knows of its sender (worker side)."""
    header = devices.bundle_header(vault, source, passphrase)
    known = {p.device_id: p for p in devices.list_partners(vault)}
    return header, known.get(header.sender.device_id)


class ReceiveChangesDialog(QDialog):
    """Shows who sent a bundle, previews what it brings, imports it in one transaction.

    A format-3 bundle says who sent it only once decrypted: a passphrase bundle opens with
    its passphrase first (Open), one sent to this vault's key arrives already opened."""

    records_imported = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        source: BundleSource,
        mode: KeyMode,
        header: BundleHeader | None,
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
        self._source = source
        self.mode = mode
        self.header = header
        self.partner = partner
        self.preview: ImportPreview | None = None
        self.imported: ImportPreview | None = None
        self.mass_dialog: MassChangesDialog | None = None

        self.sender_label = QLabel(self)
        self.sender_label.setObjectName("senderLabel")
        self.sender_label.setWordWrap(True)
        self.sender_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Trust this device…"), self)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.setAutoDefault(False)
        self.trust_button.clicked.connect(self.trust_sender)
        # A stranger's bundle is trusted as a contributor unless the user says otherwise: its
        # changes to records it did not make or receive arrive as conflicts.
        self.contributor_button = QRadioButton(
            self.tr("as a contributor (adds records, changes only its own)"), self
        )
        self.contributor_button.setObjectName("contributorRole")
        self.partner_button = QRadioButton(self.tr("as a partner (full trust)"), self)
        self.partner_button.setObjectName("partnerRole")
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.contributor_button)
        self.role_group.addButton(self.partner_button)
        self.contributor_button.setChecked(True)
        self.passphrase = _passphrase_edit(self, "bundlePassphrase")
        self.passphrase.setEnabled(mode == "passphrase")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_bundle)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.show_preview)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.changes = ChangesModel(self)
        self.table = table_view(self.changes, self, "changesTable")
        self.table.setAccessibleName(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_bundle)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.sender_label, 1)
        trust_box = QVBoxLayout()
        trust_box.addWidget(self.trust_button)
        trust_box.addWidget(self.contributor_button)
        trust_box.addWidget(self.partner_button)
        top.addLayout(trust_box)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.open_button)
        form = QFormLayout()
        form.addRow(self.tr("Bundle passphrase:"), passphrase_row)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase:"))
        # A bundle sealed to this vault's key opens without one.
        form.setRowVisible(0, mode == "passphrase")
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

    def _trusted(self) -> bool:
        return self.partner is not None and self.partner.trusted

    def _show_sender(self) -> None:
        header = self.header
        self.open_button.setVisible(header is None)
        if header is None:
            self.sender_label.setText(
                self.tr(
                    "This bundle is protected by a passphrase. Type it and press Open to see "
                    "who sent it."
                )
            )
            for widget in (self.trust_button, self.contributor_button, self.partner_button):
                widget.setVisible(False)
            self.preview_button.setEnabled(False)
            return
        sender = header.sender
        fingerprint = devices.fingerprint(sender.signing_public, sender.agreement_public)
        trusted = self._trusted()
        if trusted and self.partner is not None:
            text = self.tr("From {name}, a trusted device. Made {created} UTC.")
            self.sender_label.setText(
                text.format(name=self.partner.name, created=f"{header.created:%Y-%m-%d %H:%M}")
            )
        else:
            self.sender_label.setText(
                self.tr(
                    "From a device this vault does not trust yet. Its fingerprint is\n"
                    "{fingerprint}\nCompare it with the sender, by phone, before trusting it."
                ).format(fingerprint=fingerprint)
            )
        for widget in (self.trust_button, self.contributor_button, self.partner_button):
            widget.setVisible(not trusted)
        self.preview_button.setEnabled(trusted)

    def _passphrase(self) -> str | None:
        return self.passphrase.text() if self.mode == "passphrase" else None

    @Slot()
    def open_bundle(self) -> None:
        """Decrypts with the passphrase and checks the signature: then the sender is known."""
        vault, source, passphrase = self._vault, self._source, self._passphrase()
        self.open_button.setEnabled(False)
        self._runner.run(
            lambda: read_sender(vault, source, passphrase), self._on_opened, self._on_failed
        )

    def _on_opened(self, result: _Opened) -> None:
        self.header, self.partner = result
        self.open_button.setEnabled(True)
        self._show_sender()

    def role(self) -> PartnerRole:
        return "partner" if self.partner_button.isChecked() else "contributor"

    @Slot()
    def trust_sender(self) -> None:
        if self.header is None:
            return
        sender = self.header.sender
        fingerprint = devices.fingerprint(sender.signing_public, sender.agreement_public)
        # No is the default: Enter must not trust a device whose digits were never compared.
        if not self._dialogs.confirm(
            self,
            self.tr("Trust this device?"),
            self.tr(
                "Does the sender read out the same fingerprint?\n{fingerprint}\n"
                "Only trust the device if every digit matches."
            ).format(fingerprint=fingerprint),
            default_yes=False,
        ):
            return
        name = self._dialogs.ask_text(
            self, self.tr("Trust this device"), self.tr("What should this partner be called?")
        )
        if not name:
            return
        vault, role = self._vault, self.role()
        self._runner.run(
            lambda: devices.trust_device(vault, sender, name, role=role),
            self._on_trusted,
            self._on_failed,
        )

    def _on_trusted(self, partner: PartnerInfo) -> None:
        self.partner = partner
        self._show_sender()

    @Slot()
    def show_preview(self) -> None:
        vault, source, passphrase = self._vault, self._source, self._passphrase()
        self.preview_button.setEnabled(False)
        self._runner.run(
            lambda: service.preview_bundle(vault, source, passphrase),
            self._on_previewed,
            self._on_failed,
        )

    def _summary(self, preview: ImportPreview) -> str:
        if preview.already_applied:
            return self.tr("This bundle was imported before. Importing it again changes nothing.")
        counts = preview.counts()
        return self.tr(
            "{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, "
            "{purged} asked to be deleted for good (they wait in the trash for your yes), "
            "{conflicts} conflicts, {files} files."
        ).format(**counts)

    def _on_previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_button.setEnabled(True)
        self.summary.setText(self._summary(preview))
        self.changes.set_rows(preview_rows(preview))
        self.import_button.setEnabled(not preview.already_applied)

    @Slot()
    def import_bundle(self, *, accept_mass_changes: bool = False) -> None:
        vault, source, passphrase = self._vault, self._source, self._passphrase()
        # The preview's plan is carried out unless the vault or the bundle changed since.
        checked = self.preview
        self.import_button.setEnabled(False)
        self._runner.run(
            lambda: service.import_bundle(
                vault,
                source,
                passphrase,
                accept_mass_changes=accept_mass_changes,
                checked=checked,
            ),
            self._on_imported,
            self._on_import_failed,
        )

    def _on_imported(self, result: ImportPreview) -> None:
        self.imported = result
        self.preview = None  # its plan (the parsed manifest) is not needed any more
        self.passphrase.clear()
        self.summary.setText(self.tr("Imported. ") + self._summary(result))
        self.changes.set_rows(preview_rows(result))
        self.records_imported.emit()
        # The import left its pages in the write-ahead log (Vault.checkpoint_later): they are
        # copied into the file now, in the background, not by the user's next save.
        self._runner.run(self._vault.checkpoint, lambda _none: None)

    def _on_import_failed(self, error: BaseException) -> None:
        if not isinstance(error, MassChangeError):
            self._on_failed(error)
            return
        self.summary.setText(describe_known(error))
        self.mass_dialog = MassChangesDialog(error, self)
        self.mass_dialog.accepted.connect(self._on_mass_dialog_accepted)
        self.mass_dialog.rejected.connect(self._on_mass_dialog_rejected)
        self.mass_dialog.open()

    @Slot()
    def _on_mass_dialog_accepted(self) -> None:
        self.import_bundle(accept_mass_changes=True)

    @Slot()
    def _on_mass_dialog_rejected(self) -> None:
        self.import_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(self._trusted())
        self.open_button.setEnabled(True)
        show_error(self._dialogs, self, error)
