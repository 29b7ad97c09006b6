"""The interface languages and where their translations are: what both switching the language
(language.py) and relabelling open windows (relabel.py) need."""

from __future__ import annotations

from pathlib import Path

from casefile.assets import resources_dir

#: The interface languages, each with its name written in itself (so anyone can find theirs).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("ky", "Кыргызча"),
)
CODES = tuple(code for code, _name in LANGUAGES)
DEFAULT_LANGUAGE = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"
