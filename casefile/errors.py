"""Error classes: KnownError for what the user or the environment caused, BugError for ours.

Messages of KnownError are shown to non-technical users as they are, so they are plain
sentences and never contain record contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Puts values into a template's %1, %2… in one pass, so a value holding "%2" stays as it is."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0],
        template,
    )


@dataclass(frozen=True)
class Message:
    """A sentence for people with its values kept apart, so the UI translates the template.

    A value may itself be a Message (a phrase inside a sentence); the UI translates it in turn.
    """

    template: str
    values: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, *self.values)


def message(template: str, *values: object) -> Message:
    """A Message: ``message("%1 is not a folder.", path)``."""
    return Message(template, values)


class CasefileError(Exception):
    """Base of every error the application raises on purpose."""


class KnownError(CasefileError):
    """Something the user or the environment caused; the message is shown as it is.

    Raised as ``KnownError("%1 is not a folder.", path)`` (or with a Message): the template
    travels with the error so the UI translates it; ``str(error)`` is the English sentence.
    """

    exit_code = 1

    def __init__(self, template: str | Message, *values: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, values)
        # args holds the English sentence: pickling (batch workers) and str() both use it.
        super().__init__(str(self.message))


class BugError(CasefileError):
    """Our fault: reported, never blamed on the user."""


class VaultError(KnownError):
    """A problem opening or using a vault."""

    exit_code = 3


class NotAVaultError(VaultError):
    """The path is not a Casefile vault."""


class VaultExistsError(VaultError):
    """Refused to create a vault where something already exists."""


class WrongPassphraseError(VaultError):
    """The passphrase does not unlock any key slot."""

    exit_code = 4


class KeyFileMissingError(VaultError):
    """The key file is gone (for example after an emergency erase)."""


class KeyFileDamagedError(VaultError):
    """The key file exists but cannot be read."""


class InvalidRecoveryKeyError(VaultError):
    """The recovery key was mistyped or does not belong to this vault."""

    exit_code = 4


class VaultCorruptError(VaultError):
    """The database file is truncated, damaged or not encrypted as expected."""

    exit_code = 5


class VaultDamagedInUseError(VaultCorruptError):
    """A damaged page met while the vault was open: the vault opened, one read failed."""


class VaultInUseError(VaultError):
    """Another window or process has the vault open."""

    exit_code = 6


class VaultTooNewError(VaultError):
    """The vault was written by a newer version of Casefile."""


class EncryptionUnavailableError(VaultError):
    """SQLCipher is not in use: refusing to run rather than write plaintext."""


class WeakPassphraseError(KnownError):
    """The chosen passphrase is too easy to guess."""

    exit_code = 2


class ValidationError(KnownError):
    """Input that breaks a rule: an impossible date, an end before its start, a missing field."""

    exit_code = 2

    def __init__(self, template: str | Message, *values: object, field: str | None = None) -> None:
        super().__init__(template, *values)
        self.field = field


class RecordNotFoundError(KnownError):
    """No record with that id (or it is in the trash)."""

    exit_code = 2


class BackupError(KnownError):
    """A backup could not be made, verified or restored."""

    exit_code = 5


class FileWriteError(KnownError):
    """A file could not be written: disk full, no permission, folder gone.

    The message names the file the user chose (never an internal temp file) and what to do.
    """

    exit_code = 1


class UnsafePathError(FileWriteError):
    """A write would have gone through a link or landed outside the folder the user chose."""
