"""The unlock dialog: passphrase in, open Vault out, key derivation off the GUI thread.

A wrong passphrase marks the field red, shakes it and says so plainly. Each further failure
adds a growing wait (1 s, 2 s, 4 s … up to 30 s) before the next try, with the button
disabled. Every other KnownError is shown in plain words (casefile.ui.kit.errors.describe_known).

Typing in the wrong keyboard layout, or with Caps Lock on, is the most common failure: below
the field a line says which letters are being typed (Cyrillic or Latin) and warns of Caps
Lock, and the passphrase can be shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError, WrongPassphraseError
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known
from casefile.ui.kit.icons import icon
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskContext, TaskRunner
from casefile.ui.start import vault_stack

DELAY_BASE_MS = 1000
DELAY_CAP_MS = 30_000

ERROR_STYLE = (
    'QLineEdit[error="true"] { border: 2px solid #c62828; background: #fdecea; }'
    'QLabel[error="true"] { color: #b71c1c; }'
)


def letters_typed(text: str) -> str | None:
    """'cyrillic' or 'latin' for a typed letter, None for anything else."""
    if not text.isalpha() or len(text) != 1:
        return None
    if "\u0400" <= text <= "\u04ff":
        return "cyrillic"
    return "latin" if text.isascii() else None


def caps_lock_from(text: str, shift: bool) -> bool | None:
    """Whether Caps Lock is on, as a typed letter shows it (None: this key does not tell).

    Qt has no portable way to ask for Caps Lock, but a capital letter typed without Shift,
    or a small one with it, can only come from it.
    """
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    return text.isupper() != shift


def retry_delay_ms(failures: int, base_ms: int = DELAY_BASE_MS, cap_ms: int = DELAY_CAP_MS) -> int:
    """The wait after the n-th failure in a row: base, 2×base, 4×base … capped."""
    if failures <= 0:
        return 0
    return int(min(base_ms * 2 ** (failures - 1), cap_ms))


class UnlockDialog(QDialog):
    """Asks for the passphrase of the vault at `path` and opens it.

    Signals:
        vault_unlocked(object): the open Vault.
        other_vault_requested(): the user wants the welcome screen (create, open, demo).
        recovery_requested(): the user wants to open with the recovery key.
    """

    vault_unlocked = Signal(object)
    other_vault_requested = Signal()
    recovery_requested = Signal()

    def __init__(
        self,
        path: Path,
        runner: TaskRunner,
        dialogs: DialogService,
        settings: UiSettings,
        *,
        hint: str | None = None,
        delay_base_ms: int = DELAY_BASE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Casefile"))
        self.setMinimumWidth(520)
        self.setStyleSheet(ERROR_STYLE)
        self.path = path
        self._runner = runner
        self._dialogs = dialogs
        self._settings = settings
        self._delay_base_ms = delay_base_ms
        self.failures = 0
        self._remaining_ms = 0
        self._working = False

        title = QLabel(self.tr("<h2>Casefile is locked</h2>"), self)
        # Recently opened vaults (paths only) to pick from; the one to unlock comes first.
        self.vault_choice = QComboBox(self)
        self.vault_choice.setObjectName("vaultChoice")
        for recent in [path, *(p for p in settings.recent_vaults() if p != path)]:
            self.vault_choice.addItem(str(recent), str(recent))
        self.vault_choice.setEnabled(self.vault_choice.count() > 1)
        self.vault_choice.setToolTip(self.tr("The vault to unlock"))
        self.vault_choice.currentIndexChanged.connect(self._on_vault_choice_changed)
        where = QHBoxLayout()
        vault_label = QLabel(self.tr("Vault:"), self)
        vault_label.setBuddy(self.vault_choice)
        where.addWidget(vault_label)
        where.addWidget(self.vault_choice, 1)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(32)
        self.show_box = QCheckBox(self.tr("Show passphrase"), self)
        self.show_box.setObjectName("showPassphrase")
        self.keyboard = QLabel(self)
        self.keyboard.setObjectName("keyboardHint")
        self._caps_lock = False
        self._letters: str | None = None
        self.passphrase.installEventFilter(self)
        self.hint = QLabel(hint or "", self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.remember = QCheckBox(self.tr("Remember the places of recently opened vaults"), self)
        self.remember.setChecked(settings.remember_recent)
        self.remember.setToolTip(
            self.tr("Only folder paths are remembered, never names or other record contents.")
        )
        self.unlock_button = QPushButton(icon("unlock"), self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.recovery_button = QPushButton(icon("key"), self.tr("Use recovery key…"), self)
        self.other_button = QPushButton(icon("folder_open"), self.tr("Other vault…"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(where)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase)
        typing = QHBoxLayout()
        typing.addWidget(self.keyboard, 1)
        typing.addWidget(self.show_box)
        layout.addLayout(typing)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.remember)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textEdited.connect(self._on_passphrase_text_edited)
        self.other_button.clicked.connect(self.other_vault_requested)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.remember.toggled.connect(self._on_remember_toggled)
        self.show_box.toggled.connect(self._on_show_box_toggled)
        self._shake: QPropertyAnimation | None = None

    # -- flow -------------------------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """True while a retry delay runs."""
        return self._remaining_ms > 0

    @Slot()
    def try_unlock(self) -> None:
        if self._working or self.waiting:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message(self.tr("Type the vault's passphrase."), error=True)
            return
        self._set_working(True)
        self._show_message(self.tr("Unlocking…"), error=False)
        path = self.path

        def open_vault(context: TaskContext) -> object:
            return vault_stack.vault_class().open(
                path, passphrase, progress=lambda step, done: context.report(done, step)
            )

        self._runner.run_with_context(
            open_vault, self._on_opened, self._on_open_failed, self._on_open_progress
        )

    def _on_open_progress(self, fraction: float | None, step: str) -> None:
        """A slow step of a first open after an update: said, and measured when it can be."""
        if step in ("upgrade", "statuses"):
            self._show_message(
                self.tr("Updating the vault for this version (a backup is made first)…"),
                error=False,
            )
        elif step == "search_index":
            self._show_message(
                self.tr("Rebuilding the search index for this version of Casefile (once)…"),
                error=False,
            )
        if fraction is None:
            self.busy.setRange(0, 0)
        else:
            self.busy.setRange(0, 100)
            self.busy.setValue(round(fraction * 100))

    def _on_opened(self, vault: object) -> None:
        self._set_working(False)
        self.failures = 0
        self.passphrase.clear()
        self._mark_field(False)
        self._show_message("", error=False)
        self._settings.add_recent(self.path)
        self.vault_unlocked.emit(vault)

    def _on_open_failed(self, error: BaseException) -> None:
        self._set_working(False)
        if isinstance(error, WrongPassphraseError):
            self.failures += 1
            self._mark_field(True)
            self._shake_field()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self._show_message(describe_known(error), error=True)
            self._start_delay(retry_delay_ms(self.failures, self._delay_base_ms))
        elif isinstance(error, KnownError):
            self._show_message(describe_known(error), error=True)
        else:
            self._show_message("", error=False)
            self._runner.report_error(error)

    # -- the retry delay --------------------------------------------------------------------------

    def _start_delay(self, msecs: int) -> None:
        self._remaining_ms = msecs
        if msecs <= 0:
            return
        self.unlock_button.setEnabled(False)
        self._update_countdown_text()
        self._countdown.start()

    @Slot()
    def _on_countdown_timeout(self) -> None:
        self._remaining_ms -= self._countdown.interval()
        if self._remaining_ms <= 0:
            self._remaining_ms = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(not self._working)
            self.unlock_button.setText(self.tr("Unlock"))
            return
        self._update_countdown_text()

    def _update_countdown_text(self) -> None:
        seconds = max(1, -(-self._remaining_ms // 1000))
        self.unlock_button.setText(fill(self.tr("Wait %1 s"), str(seconds)))

    # -- look -------------------------------------------------------------------------------------

    @Slot(int)
    def _on_vault_choice_changed(self, index: int) -> None:
        # The retry delay stays: switching vaults must not reset it.
        self.path = Path(str(self.vault_choice.itemData(index)))
        self.hint.setVisible(False)
        self._mark_field(False)
        self._show_message("", error=False)
        self.passphrase.clear()
        self.passphrase.setFocus()

    @Slot(str)
    def _on_passphrase_text_edited(self, _text: str) -> None:
        self._mark_field(False)

    @Slot(bool)
    def _on_show_box_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = caps_lock_from(text, shift)
            if caps is not None:
                self._caps_lock = caps
            self._letters = letters_typed(text) or self._letters
            self._update_keyboard_hint()
        return super().eventFilter(watched, event)

    def _update_keyboard_hint(self) -> None:
        parts = []
        if self._letters == "cyrillic":
            parts.append(self.tr("Typing Cyrillic letters."))
        elif self._letters == "latin":
            parts.append(self.tr("Typing Latin letters."))
        if self._caps_lock:
            parts.append(self.tr("Caps Lock is on."))
        self.keyboard.setText(" ".join(parts))

    @Slot(bool)
    def _on_remember_toggled(self, remember: bool) -> None:
        self._settings.set_remember_recent(remember)
        if not remember:  # forget them on screen too, keeping the one being unlocked
            for index in reversed(range(self.vault_choice.count())):
                if self.vault_choice.itemData(index) != str(self.path):
                    self.vault_choice.removeItem(index)
            self.vault_choice.setEnabled(False)
        if remember and self.path.exists():
            self._settings.add_recent(self.path)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setRange(0, 0)  # busy until a step says how far it is
        self.busy.setVisible(working)
        self.passphrase.setEnabled(not working)
        self.unlock_button.setEnabled(not working and not self.waiting)
        self.recovery_button.setEnabled(not working)
        self.other_button.setEnabled(not working)
        self.vault_choice.setEnabled(not working and self.vault_choice.count() > 1)

    def _mark_field(self, bad: bool) -> None:
        self.passphrase.setProperty("error", bad)
        self.passphrase.style().unpolish(self.passphrase)
        self.passphrase.style().polish(self.passphrase)

    @property
    def field_marked(self) -> bool:
        return bool(self.passphrase.property("error"))

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _shake_field(self) -> None:
        start = self.passphrase.pos()
        animation = QPropertyAnimation(self.passphrase, b"pos", self)
        animation.setDuration(300)
        animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        for step, offset in enumerate((0, -8, 8, -6, 6, -3, 3, 0)):
            animation.setKeyValueAt(step / 7, start + QPoint(offset, 0))
        animation.start()
        self._shake = animation

    def reject(self) -> None:
        if not self._working:  # an open in progress finishes first (it holds the vault lock)
            super().reject()
