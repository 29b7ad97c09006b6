"""Why a bundle was refused. Messages are plain sentences without record contents."""

from __future__ import annotations

from casefile.errors import KnownError, Message


class BundleError(KnownError):
    """A bundle could not be written or read."""

    exit_code = 8


class BundleDamagedError(BundleError):
    """Not a bundle, truncated, altered after signing, or otherwise unreadable."""


class BundleTooNewError(BundleError):
    """Written in a newer bundle format than this Casefile reads."""


class BundlePassphraseError(BundleError):
    """The bundle passphrase (or this vault's key, for a bundle sent to it) does not open it."""

    exit_code = 4


class UntrustedDeviceError(BundleError):
    """Signed by a device this vault does not know or does not trust."""

    exit_code = 9


class UnknownPartnerError(BundleError):
    """No partner by that name or device id."""

    exit_code = 2


class ConflictNotFoundError(BundleError):
    """No open conflict with that number."""

    exit_code = 2


class MassChangeError(BundleError):
    """The bundle would delete, purge or overwrite more records than a person should let
    through unseen; nothing was imported. `changes` lists them as (table, id, label, what)."""

    exit_code = 10

    def __init__(
        self,
        template: str | Message,
        *values: object,
        changes: tuple[tuple[str, str, str, str], ...] = (),
    ) -> None:
        super().__init__(template, *values)
        self.changes = changes
