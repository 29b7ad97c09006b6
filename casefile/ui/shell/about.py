"""Help › About Casefile: the version, the licence and the versions of Python and Qt."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from casefile import __version__
from casefile.ui.i18n.language import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_title() -> str:
    return tr("About Casefile")


def about_text() -> str:
    """The About box's text in the interface language (versions are for support requests)."""
    return fill(
        tr(
            "Casefile %1\n\n"
            "An offline, encrypted case-file manager for human-rights organisations.\n\n"
            "Free software under the GNU General Public License, version 3 or later; "
            "it comes with no warranty. The licences of the components it includes are in "
            "the licenses folder of a packaged installation.\n\n"
            "Python %2, Qt %3, PySide6 %4"
        ),
        __version__,
        platform.python_version(),
        qVersion(),
        pyside_version,
    )
