"""Relabels open widgets that have no retranslate hook when the language changes at run time.

The main window, the dashboard and the lists retranslate themselves on LanguageChange. Every
other label, button, menu and action was given its text once, through tr(), when it was built.
Rather than ask each of them for a hook, the switch looks each text up in the previous
language's catalogue (the .ts files shipped in resources/translations) and, when it is one of
our interface strings, replaces it with the same string in the new language. Texts that are
not interface strings (names, case titles, anything from the vault) never match and stay.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from PySide6.QtCore import QCoreApplication, QXmlStreamReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from casefile.ui.i18n.languages import CODES, DEFAULT_LANGUAGE, translations_dir

Source = tuple[str, str]  # (context, source text)


_SKIP_CHILDREN = QXmlStreamReader.ReadElementTextBehaviour.SkipChildElements


@cache
def _catalogue(code: str) -> dict[str, Source]:
    """Shown text in `code` -> where it comes from. English shows the source texts."""
    shown: dict[str, Source] = {}
    other = next(c for c in CODES if c != DEFAULT_LANGUAGE)
    path = translations_dir() / f"casefile_{other if code == DEFAULT_LANGUAGE else code}.ts"
    if not path.exists():
        return shown
    # Qt's own XML reader: the .ts is read only when the language is switched, and Qt is loaded.
    reader = QXmlStreamReader(path.read_text("utf-8"))
    context = source = translation = ""
    numerus = finished = False
    while not reader.atEnd():
        token = reader.readNext()
        tag = reader.name()
        if token == QXmlStreamReader.TokenType.StartElement:
            if tag == "name":
                context = reader.readElementText()
            elif tag == "message":
                source, translation, finished = "", "", False
                numerus = reader.attributes().value("numerus") == "yes"
            elif tag == "source":
                source = reader.readElementText()
            elif tag == "translation":
                finished = not reader.attributes().value("type")
                translation = reader.readElementText(_SKIP_CHILDREN)  # numerus forms
        elif token == QXmlStreamReader.TokenType.EndElement and tag == "message":
            if numerus or not source:
                continue
            if code == DEFAULT_LANGUAGE:
                shown.setdefault(source, (context, source))
            elif finished and translation:
                shown.setdefault(translation, (context, source))
    return shown


def relabel_open_windows(previous: str) -> int:
    """Puts every open widget's interface texts into the language installed now.

    `previous` is the language they are shown in. Returns how many texts changed.
    """
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return 0
    catalogue = _catalogue(previous)
    changed = 0

    def swap(text: str, setter: Callable[[str], None]) -> None:
        nonlocal changed
        found = catalogue.get(text)
        if found is None:
            return
        new = QCoreApplication.translate(*found)
        if new != text:
            setter(new)
            changed += 1

    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            swap(widget.windowTitle(), widget.setWindowTitle)
            swap(widget.toolTip(), widget.setToolTip)
            swap(widget.accessibleName(), widget.setAccessibleName)
            if isinstance(widget, QCommandLinkButton):
                swap(widget.description(), widget.setDescription)
            if isinstance(widget, QAbstractButton | QLabel):
                swap(widget.text(), widget.setText)
            elif isinstance(widget, QGroupBox):
                swap(widget.title(), widget.setTitle)
            elif isinstance(widget, QLineEdit):
                swap(widget.placeholderText(), widget.setPlaceholderText)
            elif isinstance(widget, QComboBox):
                for index in range(widget.count()):
                    swap(widget.itemText(index), partial(widget.setItemText, index))
            elif isinstance(widget, QTabWidget):
                for index in range(widget.count()):
                    swap(widget.tabText(index), partial(widget.setTabText, index))
        for action in top.findChildren(QAction):
            swap(action.text(), action.setText)
            swap(action.toolTip(), action.setToolTip)
            swap(action.iconText(), action.setIconText)
    return changed
