"""KnownError keeps its template and values apart: the English sentence, pickling, filling."""

from __future__ import annotations

import pickle
from pathlib import Path

from casefile.errors import FileWriteError, Message, ValidationError, fill, message
from casefile.services.open_formats.csv_reading import CsvEncodingError


def test_the_english_sentence_is_the_template_filled_in() -> None:
    error = FileWriteError("%1 is a folder. Give a file name instead.", Path("/tmp/x"))
    assert str(error) == "/tmp/x is a folder. Give a file name instead."
    assert error.message == Message("%1 is a folder. Give a file name instead.", (Path("/tmp/x"),))


def test_a_value_holding_a_placeholder_stays_as_it_is() -> None:
    error = ValidationError("%1 and %2", "100%2", "%1 left")
    assert str(error) == "100%2 and %1 left"
    assert fill("%1 %3", "a") == "a %3"  # a placeholder without a value is kept


def test_a_pickled_validation_error_keeps_its_field_and_message() -> None:
    # Batch workers send errors back to the window through pickle.
    phrase = message("%1 %2 has no day %3", "February", 2024, 31)
    error = ValidationError("%1 is not a real date: %2.", "31.02.2024", phrase, field="start")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is ValidationError
    assert back.field == "start"
    assert back.message == error.message
    assert back.message.values[1] == phrase
    assert str(back) == "31.02.2024 is not a real date: February 2024 has no day 31."


def test_a_pickled_subclass_keeps_its_own_keywords() -> None:
    error = CsvEncodingError("The file is UTF-8 text, not %1.", "Windows-1251", detected="utf-8")
    back = pickle.loads(pickle.dumps(error))
    assert back.detected == "utf-8"
    assert back.message == error.message
