"""The interface language: loading translations, switching at run time, dates, numbers, plurals.

Translations are compiled .qm files in resources/translations (built from the .ts files by
tools/update_translations.py). Installing or removing a QTranslator makes Qt send every widget
a LanguageChange event; windows that retranslate themselves (the main window, the dashboard,
the lists) relabel at once, and dialogs opened afterwards are built in the new language.

Only the language code is remembered (UiSettings.language): nothing personal.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from casefile import errors
from casefile.domain.dates import RU_MONTHS_NOMINATIVE  # Kyrgyz writes months the same way
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.languages import CODES, DEFAULT_LANGUAGE, LANGUAGES, translations_dir
from casefile.ui.i18n.relabel import relabel_open_windows
from casefile.ui.kit.settings import UiSettings

__all__ = ["CODES", "DEFAULT_LANGUAGE", "LANGUAGES", "translations_dir"]

if TYPE_CHECKING:
    from casefile.domain.dates import PartialDate


# British English: day-first dates and "12,345" for numbers.
_LOCALE_NAMES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}

# Translators installed by set_language(); the application object owns them (one per process).
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def system_language() -> str:
    """The interface language matching the computer's locale, English when there is none."""
    names = {QLocale.Language.Russian: "ru", QLocale.Language.Kyrgyz: "ky"}
    return names.get(QLocale.system().language(), DEFAULT_LANGUAGE)


def normalise(code: str | None) -> str:
    """A supported language code for a stored value ('' or unknown: the system's language)."""
    code = (code or "").strip().lower()[:2]
    return code if code in CODES else system_language()


def current_language() -> str:
    return _current


def ui_language() -> str:
    """The locale name for services that format or label things ("en_GB", "ru_RU")."""
    return QLocale().name()


def locale() -> QLocale:
    """The QLocale of the interface language (dates, numbers)."""
    return QLocale(_LOCALE_NAMES.get(_current, "en_GB"))


def set_language(code: str) -> str:
    """Installs the translations for `code` (and Qt's own, where PySide6 ships them).

    Returns the language actually set. Safe to call again: the previous translators go first.
    """
    global _current
    app = QCoreApplication.instance()
    code = code if code in CODES else DEFAULT_LANGUAGE
    previous = _current
    if app is None:
        _current = code
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code
    QLocale.setDefault(locale())
    _clear_label_cache()
    # English loads a translator too: it holds the plural forms ("1 day", "2 days").
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(translations_dir())
    # Qt's own texts (standard buttons, text menus): from PySide6 where it ships them (Russian),
    # else from our folder (a small hand-made Kyrgyz one).
    for name, folders in (("qtbase", (qt_dir, ours)), ("casefile", (ours,))):
        translator = QTranslator(app)
        if any(translator.load(f"{name}_{code}", folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    if previous != code:
        relabel_open_windows(previous)
    return code


def _clear_label_cache() -> None:
    label.cache_clear()


def fill(template: str, *values: object) -> str:
    """Puts values into a translated template's %1, %2… in one pass (a value may hold '%2')."""
    return errors.fill(template, *values)


# -- formatting ---------------------------------------------------------------------------------


def _date_format() -> str:
    # Day first with dots in every language: how dates are written in Kyrgyzstan and how the
    # date fields read them (CLDR's Kyrgyz short form, 3/11/26, is not what people use).
    return "dd.MM.yyyy"


def format_date(value: date | None) -> str:
    """A date in the interface language's usual short form; '' for None."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), _date_format())


def format_partial_date(value: PartialDate | None) -> str:
    """A partial date for people ("12.04.2024", "ок. 2023", "декабрь 2024").

    An exact day is written as every other date in the interface (format_date), in every
    language; only a month or a year alone is put in words.
    """
    if value is None:
        return ""
    if value.day is not None and value.month is not None:
        text = format_date(date(value.year, value.month, value.day))
        prefix = {"ru": "ок. ", "ky": "болжол менен "}.get(_current, "c. ")
        return prefix + text if value.approximate else text
    if _current != "ky":
        return value.format(_current)
    if value.month is not None:
        text = f"{RU_MONTHS_NOMINATIVE[value.month - 1]} {value.year}"
    else:
        text = str(value.year)
    return f"болжол менен {text}" if value.approximate else text


def format_number(value: int) -> str:
    """A whole number with the language's digit grouping (12 345 in Russian and Kyrgyz)."""
    return locale().toString(value)


def days_in_custody(days: int) -> str:
    """'1 day in custody' with the language's plural forms (1 день / 2 дня / 5 дней)."""
    return QCoreApplication.translate("i18n", "%n day(s) in custody", "", days)


def days_count(days: int) -> str:
    """'%n day(s)' with the language's plural forms."""
    return QCoreApplication.translate("i18n", "%n day(s)", "", days)


# -- the switch ---------------------------------------------------------------------------------


class LanguageBox(QComboBox):
    """The interface languages, each in itself; choosing one switches at once and remembers it.

    For the first window (before any vault is open), where there is no menu bar yet.
    """

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self._settings = settings
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(_current)))
        self.activated.connect(self._on_activated)
        self._retranslate()

    def _retranslate(self) -> None:
        # The menu's word, without its Alt+letter: no second string to translate.
        name = QCoreApplication.translate("LanguageMenu", "&Language").replace("&", "")
        self.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_activated(self, index: int) -> None:
        code = str(self.itemData(index))
        self._settings.set_language(code)
        set_language(code)


class LanguageMenu(QMenu):
    """A menu of the interface languages; choosing one switches at once and remembers it.

    The checked language follows set_language(), wherever it was called from.
    """

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == _current)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self._group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self.retranslate()

    def choose(self, code: str) -> None:
        """Switches the interface to `code` and stores the choice (the code only)."""
        self._settings.set_language(code)
        set_language(code)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == _current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
