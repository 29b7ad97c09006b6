"""The file choosers of exchange: where a bundle is saved, which bundle is opened. Tests inject
an object with the same two methods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialogs", text)


class ExchangeFiles:
    """Real file choosers; tests inject an object with the same two methods."""

    def save_bundle(self, parent: QWidget | None, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("Save the bundle"), suggested, tr("Casefile bundle (*.cfbundle)")
        )
        return Path(chosen) if chosen else None

    def open_bundle(self, parent: QWidget | None) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, tr("Open a bundle"), "", tr("Casefile bundle (*.cfbundle);;All files (*)")
        )
        return Path(chosen) if chosen else None
