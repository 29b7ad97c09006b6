"""The bundle file questions of exchange (where a bundle is saved, which one is opened), asked
through the dialog service so that tests answer them there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.ui.kit.dialogs import DialogService


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialogs", text)


def save_bundle_path(dialogs: DialogService, parent: QWidget | None, suggested: str) -> Path | None:
    """Where a new bundle is written; None when cancelled."""
    return dialogs.save_file(
        parent, tr("Save the bundle"), suggested, tr("Casefile bundle (*.cfbundle)")
    )


def open_bundle_path(dialogs: DialogService, parent: QWidget | None) -> Path | None:
    """A received bundle to read; None when cancelled."""
    return dialogs.open_file(
        parent, tr("Open a bundle"), file_filter=tr("Casefile bundle (*.cfbundle);;All files (*)")
    )
