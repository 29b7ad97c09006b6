"""A date the user types as they know it: "12.04.2024", "04.2024", "2024", "апрель 2024".

The line edit is read with PartialDate.parse (casefile/domain/dates.py), so the form accepts
exactly what the services accept. The reading is shown live under the field ("April 2024",
"c. 2023") or, when the text is not a date, why not.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError
from casefile.ui.i18n.language import format_partial_date
from casefile.ui.i18n.messages import translate_error

_ERROR_STYLE = "color: #c62828;"
_READING_STYLE = "color: palette(placeholder-text);"


def ui_language() -> str:
    """The language code for services that format or label things ("en_GB", "ru_RU")."""
    return QLocale().name()


def numeric_text(value: PartialDate) -> str:
    """How a stored date is put back into the field: 12.04.2024, 04.2024 or 2024."""
    parts = [f"{value.day:02d}"] if value.day is not None else []
    if value.month is not None:
        parts.append(f"{value.month:02d}")
    parts.append(f"{value.year:04d}")
    return ".".join(parts)


class PartialDateEdit(QWidget):
    """One line of text plus an "approximate" box; value() is a PartialDate or None.

    Empty text means no date (None); whether that is allowed is the form's business. Text that
    is not a date gives value() None and problem() the reason.

    Signals:
        value_changed(): the text or the approximate box changed.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setObjectName("partialDateText")
        self.line.setPlaceholderText(self.tr("e.g. 12.04.2024, 04.2024, 2024"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(140)
        self.line.setMaximumWidth(220)
        self.approximate = QCheckBox(self.tr("approximate"), self)
        self.approximate.setObjectName("partialDateApproximate")
        self.approximate.setToolTip(
            self.tr('Tick if the date is not certain; it is then shown as "c. 2023".')
        )
        self.reading = QLabel(self)
        self.reading.setObjectName("partialDateReading")
        self.reading.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.approximate)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.line)

        self._parsed: PartialDate | None = None
        self._problem: str | None = None
        self._auto_ticked = False  # the box was ticked because the text said "c." or "~"
        self.line.textChanged.connect(self._on_line_text_changed)
        self.approximate.toggled.connect(self._on_approximate_toggled)
        self._update_reading()

    # -- value ------------------------------------------------------------------------------

    def value(self) -> PartialDate | None:
        """The date typed, approximate if the box is ticked or the text says so; None if the
        field is empty or the text is not a date (see problem())."""
        if self._parsed is None:
            return None
        if self.approximate.isChecked() and not self._parsed.approximate:
            return PartialDate(
                self._parsed.year, self._parsed.month, self._parsed.day, approximate=True
            )
        return self._parsed

    def setValue(self, value: PartialDate | None) -> None:
        """Shows a date in the numeric form users type; None empties the field."""
        self._set_ticked(bool(value and value.approximate))
        self._auto_ticked = False
        self.line.setText("" if value is None else numeric_text(value))
        self._update_reading()

    def text(self) -> str:
        return self.line.text()

    def is_blank(self) -> bool:
        return not self.line.text().strip()

    def problem(self) -> str | None:
        """Why the text is not a date (None when it is one or the field is empty)."""
        return self._problem

    # -- reading ----------------------------------------------------------------------------

    @Slot(str)
    def _on_line_text_changed(self, text: str) -> None:
        self._parse(text)
        self._update_reading()
        self.value_changed.emit()

    @Slot(bool)
    def _on_approximate_toggled(self, _checked: bool) -> None:
        self._auto_ticked = False
        self._update_reading()
        self.value_changed.emit()

    def _parse(self, text: str) -> None:
        self._parsed, self._problem = None, None
        if not text.strip():
            return
        try:
            self._parsed = PartialDate.parse(text)
        except ValidationError as error:
            self._problem = translate_error(error)

    def _set_ticked(self, ticked: bool) -> None:
        self.approximate.blockSignals(True)
        self.approximate.setChecked(ticked)
        self.approximate.blockSignals(False)

    def _update_reading(self) -> None:
        # A typed "c." or "~" already says approximate: the box shows it and cannot contradict.
        said_in_text = self._parsed is not None and self._parsed.approximate
        self.approximate.setEnabled(not said_in_text)
        if said_in_text and not self.approximate.isChecked():
            self._set_ticked(True)
            self._auto_ticked = True
        elif not said_in_text and self._auto_ticked:
            self._set_ticked(False)
            self._auto_ticked = False
        value = self.value()
        if self._problem is not None:
            self.reading.setStyleSheet(_ERROR_STYLE)
            self.reading.setText(self._problem)
        elif value is not None:
            self.reading.setStyleSheet(_READING_STYLE)
            self.reading.setText(format_partial_date(value))
        else:
            self.reading.setStyleSheet(_READING_STYLE)
            self.reading.setText("")
        self.reading.setVisible(bool(self.reading.text()))
