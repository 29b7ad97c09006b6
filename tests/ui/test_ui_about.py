"""Help › About names the version (what a support request needs first)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from casefile import __version__
from casefile.ui.shell.about import about_text, about_title


def test_about_names_the_version_and_the_licence(qapp: QApplication) -> None:
    text = about_text()
    assert text.startswith(f"Casefile {__version__}\n")
    assert "GNU General Public License" in text
    assert about_title() == "About Casefile"
