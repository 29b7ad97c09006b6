"""Shows a new vault's recovery key once, with Print…; Casefile never saves it to a file.

The printed sheet names the vault (its folder name and id) and the date, so a sheet found in a
drawer says which vault it opens. Printing goes through the dialog service; when the printer
chosen is a file (the print dialog's "Print to File", the only choice on a laptop with no
printer), the user is warned and asked first.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.icons import icon


def key_lines(recovery_key: str, groups_per_line: int = 4) -> list[str]:
    """The key in lines of a few groups, so that no group is split when it wraps."""
    groups = recovery_key.split("-")
    lines = [
        "-".join(groups[start : start + groups_per_line])
        for start in range(0, len(groups), groups_per_line)
    ]
    return [line + "-" for line in lines[:-1]] + lines[-1:]


class RecoveryKeyDialog(QDialog):
    """The recovery key, once. Continue is enabled after the user confirms they kept it."""

    def __init__(
        self,
        recovery_key: str,
        parent: QWidget | None = None,
        *,
        dialogs: DialogService | None = None,
        vault_name: str = "",
        vault_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(560)
        self._key = recovery_key
        self._dialogs = dialogs or DialogService()
        self._vault_name = vault_name
        self._vault_id = vault_id

        intro = QLabel(
            self.tr(
                "<p><b>Write this recovery key on paper, or print it, and keep it somewhere "
                "safe and away from this computer.</b></p>"
                "<p>It opens the vault if the passphrase is forgotten or the key file is lost. "
                "Anyone who has it can open the vault, so treat it like the passphrase itself. "
                "Casefile shows it only now and does not save it anywhere.</p>"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_label = QLabel("\n".join(key_lines(recovery_key)), self)
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "QLabel#recoveryKey { border: 1px solid palette(mid); padding: 12px; }"
        )
        self.kept_box = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"), self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.kept_box)
        layout.addWidget(self.buttons)

        self.kept_box.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.buttons.accepted.connect(self.accept)

    def reject(self) -> None:
        # Escape must not skip past the only time the key is shown.
        if self.kept_box.isChecked():
            super().reject()

    def done(self, result: int) -> None:
        self._key = ""
        self.key_label.clear()
        super().done(result)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        # Imported here: QtPrintSupport is needed only by the few who print.
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Casefile recovery key"))
        if not self._dialogs.choose_printer(self, printer):
            return
        target = printer.outputFileName()
        if target and not self._dialogs.confirm(
            self,
            self.tr("Print the recovery key to a file?"),
            fill(
                self.tr(
                    "This does not print on paper: it writes the recovery key into the file "
                    "%1, unencrypted. Anyone who gets that file, or a copy of it, can open the "
                    "vault. Print it on paper instead, if you can.\n\nWrite the file anyway?"
                ),
                target,
            ),
            danger=True,
        ):
            return
        self.sheet_document().print_(printer)

    def sheet_document(self, today: date | None = None) -> QTextDocument:
        """The printed sheet: the key, which vault it opens, and when it was printed."""
        document = QTextDocument()
        when = (today or date.today()).isoformat()
        rows = [
            (self.tr("Vault"), self._vault_name),
            (self.tr("Vault id"), self._vault_id),
            (self.tr("Printed"), when),
        ]
        facts = "".join(
            f"<tr><td><b>{escape(label)}:</b></td><td>{escape(value)}</td></tr>"
            for label, value in rows
            if value
        )
        document.setHtml(
            "<h2>{title}</h2><table>{facts}</table><p>{note}</p>"
            "<p style='font-family: monospace; font-size: 16pt'>{key}</p>".format(
                title=escape(self.tr("Casefile recovery key")),
                facts=facts,
                note=escape(
                    self.tr(
                        "Keep this paper safe. Anyone holding it can open the vault it belongs to."
                    )
                ),
                key="<br/>".join(key_lines(self._key)),
            )
        )
        return document
