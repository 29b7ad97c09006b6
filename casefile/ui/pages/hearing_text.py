"""How every view writes a postponed hearing, apart from the hearing actions' dialogs and
services, so the lists and the dashboard load without them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from casefile.ui.i18n.language import fill, format_date


def tr(text: str) -> str:
    # The actions' context, where these strings were written and are translated.
    return QCoreApplication.translate("HearingActions", text)


def postponed_text(new_date: date | None) -> str:
    """How every view marks a postponed hearing: "postponed → 21.12.2026"."""
    if new_date is None:
        return tr("postponed, no new date")
    return fill(tr("postponed → %1"), format_date(new_date))
