"""The app's style: Fusion (the same on every system), drawing Qt's standard icons from the set.

Dialog button boxes, message boxes, arrows and the trash ask the style for Qt's standard
pixmaps; this proxy answers with the bundled icons (casefile/ui/kit/icons.py), so every icon on
screen is of one set.
Installed just after the first window paints (casefile/ui/start/application.py): creating the proxy
loads QStyle's Python bindings, which the unlock dialog does not need.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from casefile.ui.kit.icons import icon

_SP = QStyle.StandardPixmap
#: Standard pixmaps that Qt asks the style for (dialog button boxes, mostly), from the set.
STANDARD_ICONS: dict[QStyle.StandardPixmap, str] = {
    _SP.SP_DialogOkButton: "outcome",
    _SP.SP_DialogApplyButton: "outcome",
    _SP.SP_DialogYesButton: "outcome",
    _SP.SP_DialogSaveButton: "save",
    _SP.SP_DialogCancelButton: "close",
    _SP.SP_DialogCloseButton: "close",
    _SP.SP_DialogNoButton: "close",
    _SP.SP_DialogDiscardButton: "trash",
    _SP.SP_DialogResetButton: "restore",
    _SP.SP_DialogHelpButton: "help",
    _SP.SP_DialogOpenButton: "folder_open",
    _SP.SP_FileDialogNewFolder: "folder_new",
    _SP.SP_ArrowBack: "back",
    _SP.SP_ArrowForward: "forward",
    _SP.SP_TrashIcon: "trash",
}


#: Message boxes' icons, from the set, in colours that say what kind of message it is (they
#: read on light and dark palettes alike).
MESSAGE_ICONS: dict[QStyle.StandardPixmap, tuple[str, str]] = {
    _SP.SP_MessageBoxWarning: ("msg_warning", "#b45309"),
    _SP.SP_MessageBoxCritical: ("msg_critical", "#c62828"),
    _SP.SP_MessageBoxInformation: ("msg_information", "#1e6bb8"),
    _SP.SP_MessageBoxQuestion: ("msg_question", "#1e6bb8"),
}


class BundledIconStyle(QProxyStyle):
    """Fusion, with the bundled icons wherever Qt would draw one of its standard ones."""

    def standardIcon(
        self,
        pixmap: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = STANDARD_ICONS.get(pixmap)
        if name is not None:
            return icon(name)
        if pixmap in MESSAGE_ICONS:
            return icon(*MESSAGE_ICONS[pixmap])
        return super().standardIcon(pixmap, option, widget)


def application_style() -> QStyle:
    """The app's style: Fusion (the same on every system) with the bundled icons."""
    return BundledIconStyle(QStyleFactory.create("Fusion"))
