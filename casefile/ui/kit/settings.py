"""What Casefile remembers outside the vault, in QSettings: never anything personal.

Stored: paths of recently opened vaults (only when the user turns that on: a path such as
"evidence-2024" says something to whoever reads the file), ids of hidden table columns, the
idle minutes before locking, the interface language code, whether reminders show and with
names, and window geometry. Everything about records lives inside the encrypted vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 6
DEFAULT_IDLE_MINUTES = 5

_RECENT = "vaults/recent"
_REMEMBER = "vaults/remember_recent"
_IDLE = "lock/idle_minutes"
_LANGUAGE = "ui/language"
_REMINDERS = "reminders/enabled"
_REMINDER_NAMES = "reminders/names"


def _as_list(value: object) -> list[str]:
    # QSettings returns a str for a one-item list and None for none, depending on the backend.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return []


class UiSettings:
    """Typed access to the few settings kept on disk. Construct it over any QSettings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def default(cls) -> UiSettings:
        return cls(QSettings("Casefile", "Casefile"))

    def sync(self) -> None:
        """Writes what is pending to the disk."""
        self._store.sync()

    # -- recent vaults ------------------------------------------------------------------------

    @property
    def remember_recent(self) -> bool:
        return str(self._store.value(_REMEMBER, "false")).lower() == "true"

    def set_remember_recent(self, remember: bool) -> None:
        self._store.setValue(_REMEMBER, "true" if remember else "false")
        if not remember:
            self._store.remove(_RECENT)
        self._store.sync()

    def recent_vaults(self) -> list[Path]:
        if not self.remember_recent:
            return []
        return [Path(item) for item in _as_list(self._store.value(_RECENT))]

    def add_recent(self, path: Path) -> None:
        if not self.remember_recent:
            return
        text = str(path)
        items = [text] + [item for item in _as_list(self._store.value(_RECENT)) if item != text]
        self._store.setValue(_RECENT, items[:MAX_RECENT])
        self._store.sync()

    def forget_recent(self) -> None:
        self._store.remove(_RECENT)
        self._store.sync()

    # -- lists ----------------------------------------------------------------------------------

    def hidden_columns(self, table: str) -> set[str]:
        return set(_as_list(self._store.value(f"columns/{table}/hidden")))

    def set_hidden_columns(self, table: str, column_ids: set[str]) -> None:
        self._store.setValue(f"columns/{table}/hidden", sorted(column_ids))

    # -- locking --------------------------------------------------------------------------------

    @property
    def idle_minutes(self) -> int:
        try:
            minutes = int(str(self._store.value(_IDLE, DEFAULT_IDLE_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return max(1, minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        self._store.setValue(_IDLE, max(1, int(minutes)))

    # -- language -------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The chosen interface language code ('en', 'ru', 'ky'); '' until one is chosen."""
        value = self._store.value(_LANGUAGE, "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        self._store.setValue(_LANGUAGE, code)
        self._store.sync()

    # -- reminders ------------------------------------------------------------------------------

    @property
    def reminders(self) -> bool:
        """Whether tray notifications remind of hearings, terms and custody (default: yes)."""
        return str(self._store.value(_REMINDERS, "true")).lower() == "true"

    def set_reminders(self, on: bool) -> None:
        self._store.setValue(_REMINDERS, "true" if on else "false")

    @property
    def reminder_names(self) -> bool:
        """Whether a notification may name people and cases. Default no: a notification shows
        over other windows and stays in the system's notification list."""
        return str(self._store.value(_REMINDER_NAMES, "false")).lower() == "true"

    def set_reminder_names(self, on: bool) -> None:
        self._store.setValue(_REMINDER_NAMES, "true" if on else "false")

    # -- geometry -------------------------------------------------------------------------------

    def geometry(self, key: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{key}", value)

    # -- reports --------------------------------------------------------------------------------

    def report_language(self, kind: str) -> str:
        """The report language last chosen for a kind of recipient ("un", "embassy",
        "internal"); '' until one is chosen."""
        value = self._store.value(f"reports/language/{kind}", "")
        return value if isinstance(value, str) else ""

    def set_report_language(self, kind: str, code: str) -> None:
        self._store.setValue(f"reports/language/{kind}", code)
