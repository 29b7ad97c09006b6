"""The shape shared by the File menu's feature actions (open formats, exchange).

Each feature owns a few QActions, opens its dialogs for the open vault, and relabels its
actions when the language changes; this base holds what they have in common.

Signals:
    FileMenuActions.records_changed(): the feature wrote records (the window reloads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.icons import icon
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


class MenuHost(Protocol):
    """What a feature's actions need of the main window: its File menu and a way in."""

    file_menu: QMenu

    def add_menu_action(
        self, menu: QMenu, action: QAction, *, before_quit: bool = False
    ) -> None: ...

    def installEventFilter(self, watched: QObject) -> None: ...


class FileMenuActions(QObject):
    """A feature's File-menu actions; subclasses make them and say their texts."""

    records_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget,
        vault: Callable[[], Vault | None],
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._parent = parent
        self._vault = vault

    def _action(self, icon_name: str, object_name: str, slot: Callable[[], None]) -> QAction:
        """A new action (its text is set by retranslate()) that calls slot when triggered."""
        action = QAction(icon(icon_name), "", self)
        action.setObjectName(object_name)
        action.triggered.connect(slot)
        return action

    def actions(self) -> tuple[QAction, ...]:
        """The actions, in menu order."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Sets the actions' texts in the current language."""
        raise NotImplementedError

    def install(self, window: MenuHost) -> None:
        """Adds the actions to the File menu, above Lock and Quit."""
        for action in self.actions():
            window.add_menu_action(window.file_menu, action, before_quit=True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
