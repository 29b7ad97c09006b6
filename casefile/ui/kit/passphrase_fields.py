"""Two passphrase fields with strength feedback as the user types.

The verdict comes from casefile.domain.passphrase.assess_passphrase (zxcvbn plus length and
word rules), the same check Vault.create enforces, so the button is enabled exactly when the
vault will accept the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

# zxcvbn's log10(guesses) at which the bar is full; the vault needs 14 (domain.passphrase).
_FULL_BAR = 20.0


class PassphraseFields(QWidget):
    """Passphrase, repeated; `acceptable` is True when strong enough and both match.

    Signals:
        validity_changed(bool): acceptable changed.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeatPassphrase")
        self.show_box = QCheckBox(self.tr("Show passphrase"), self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("strengthLabel")
        self.match = QLabel(self)
        self.match.setObjectName("matchLabel")

        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self._acceptable = False
        self._strong = False
        self.first.textChanged.connect(self._on_first_text_changed)
        self.second.textChanged.connect(self._on_second_text_changed)
        self.show_box.toggled.connect(self._on_show_box_toggled)
        self.verdict.setText(
            self.tr("Use six or more random words: long is stronger than complicated.")
        )

    @property
    def acceptable(self) -> bool:
        return self._acceptable

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    @Slot(str)
    def _on_first_text_changed(self, text: str) -> None:
        from casefile.domain.passphrase import assess_passphrase  # zxcvbn loads on first use

        verdict = assess_passphrase(text)
        self._strong = verdict.acceptable
        self.meter.setValue(int(min(verdict.guesses_log10 / _FULL_BAR, 1.0) * 100) if text else 0)
        if not text:
            self.verdict.setText(self.tr("Use six or more random words."))
        elif verdict.acceptable:
            self.verdict.setText(self.tr("Strong enough."))
        elif len(text) < 16:
            self.verdict.setText(
                self.tr("Too short: use at least 16 characters, or better, six random words.")
            )
        else:
            self.verdict.setText(
                self.tr("Too easy to guess: use six random words, or add unusual words.")
            )
        color = "#2e7d32" if verdict.acceptable else "#c62828"
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self._update()

    @Slot(str)
    def _on_second_text_changed(self, _text: str) -> None:
        self._update()

    @Slot(bool)
    def _on_show_box_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        same = self.first.text() == self.second.text()
        if not self.second.text():
            self.match.setText("")
        elif same:
            self.match.setText(self.tr("Both match."))
        else:
            self.match.setText(self.tr("The two passphrases differ."))
        acceptable = self._strong and same
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.validity_changed.emit(acceptable)


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice (after opening with the recovery key)."""

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.setMinimumWidth(520)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set passphrase"))
        ok.setEnabled(False)
        self.fields.validity_changed.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
