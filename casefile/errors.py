"""Error classes: KnownError for what the user or the environment caused, BugError for ours.

Messages of KnownError are shown to non-technical users as they are, so they are plain
sentences and never contain record contents.
"""

from __future__ import annotations


class CasefileError(Exception):
    """Base of every error the application raises on purpose."""


class KnownError(CasefileError):
    """Something the user or the environment caused; the message is shown as it is."""

    exit_code = 1


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

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
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
