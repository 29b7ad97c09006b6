"""How errors reach the user: KnownError in plain words, our bugs without record contents.

Nothing here writes a file. A bug report names the exception type and where it happened in
Casefile's code, never the exception's message: messages can carry record data (a name in a
failed query, a path that is a person's name).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from casefile import errors
from casefile.ui.i18n.messages import translate_error
from casefile.ui.kit.dialogs import DialogService


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe_known(error: errors.KnownError) -> str:
    """A plain sentence for each way the vault can refuse; the error's own text otherwise.

    KnownError messages are written for users already (casefile/errors.py), so the fallback
    shows them as they are, translated from their template and values (ui/i18n/messages.py).
    """
    if isinstance(error, errors.WrongPassphraseError):
        return tr("That passphrase is not correct. Check the keyboard layout and Caps Lock.")
    if isinstance(error, errors.VaultInUseError):
        return tr(
            "This vault is already open in another Casefile window or on another account. "
            "Close it there first, then try again."
        )
    if isinstance(error, errors.KeyFileMissingError):
        return tr(
            "The vault's key file (vault.keys) is missing, so the passphrase cannot open it. "
            "You can still open the vault with its recovery key: choose "
            "“Use recovery key…”."
        )
    if isinstance(error, errors.KeyFileDamagedError):
        return tr(
            "The vault's key file (vault.keys) is damaged. Restore it from a backup, or open "
            "the vault with its recovery key: choose “Use recovery key…”."
        )
    if isinstance(error, errors.VaultDamagedInUseError):
        return tr(
            "Part of the vault's database could not be read: it is damaged. What you were "
            "doing was stopped and nothing was changed. Choose Tools › Check vault integrity "
            "to see what is damaged, then restore the newest backup that passes its check."
        )
    if isinstance(error, errors.VaultCorruptError):
        return tr(
            "The vault's database is damaged and cannot be opened. Restore it from a backup "
            "(each backup is a complete copy in the vault's “backups” folder)."
        )
    if isinstance(error, errors.VaultTooNewError):
        return tr(
            "This vault was saved by a newer version of Casefile. Install the newer version "
            "to open it."
        )
    if isinstance(error, errors.NotAVaultError):
        return tr(
            "This is not a Casefile vault. Choose the vault's folder (its name ends in "
            ".casefile) or a file inside it."
        )
    if isinstance(error, errors.InvalidRecoveryKeyError):
        return tr("That recovery key is not valid. Check it character by character.")
    return translate_error(error)


def bug_summary(error: BaseException) -> str:
    """Type and innermost Casefile frame of an error, without its message."""
    where = ""
    for frame in traceback.extract_tb(error.__traceback__):
        if "casefile" in frame.filename.replace("\\", "/").split("/"):
            where = f"{frame.filename.rsplit('casefile', 1)[-1].lstrip('/\\')}:{frame.lineno}"
    name = type(error).__name__
    return f"{name} ({where})" if where else name


def bug_text(error: BaseException) -> str:
    return tr(
        "Something went wrong inside Casefile. This is our fault, not yours.\n\n"
        "Your records are safe: every save either finished completely or did not happen. "
        "If this keeps happening, tell the person who supports Casefile in your organisation "
        "what you were doing, and quote this line:\n\n{summary}"
    ).format(summary=bug_summary(error))


def show_error(dialogs: DialogService, parent: QWidget | None, error: BaseException) -> None:
    """Shows any error the right way: known ones kindly, bugs as ours."""
    if isinstance(error, errors.KnownError):
        dialogs.error(parent, tr("Casefile"), describe_known(error))
    else:
        dialogs.error(parent, tr("Casefile: internal error"), bug_text(error))


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(dialogs: DialogService) -> Hook:
    """Uncaught errors (in slots too) show a dialog; the traceback goes to stderr without the
    message. Returns the previous hook."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        # Frames only: the message (and so any record data in it) is left out.
        sys.stderr.write("".join(traceback.format_tb(tb)) + f"{kind.__name__}\n")
        if showing or QApplication.instance() is None:
            return  # one dialog at a time, even if the dialog itself triggers another error
        showing = True
        try:
            show_error(dialogs, QApplication.activeWindow(), error.with_traceback(tb))
        finally:
            showing = False

    sys.excepthook = hook
    return previous
