"""How strong a passphrase must be before it may guard a vault.

zxcvbn knows English words and Latin keyboards only, so on its own it over-scores Cyrillic
(`йцукенгшщзхъфыва` is a keyboard walk, `Кыргызстан1991!!` a word and a year). The passphrase
is therefore also scored as typed on the other keyboard layout (йцукен ↔ qwerty) and with
common Russian and Kyrgyz words and names as extra dictionaries, in Cyrillic and romanised
(resources/wordlists/weak_*.txt); the weakest reading counts. Words must be distinct:
six copies of one word are one word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from zxcvbn import zxcvbn

from casefile.assets import resources_dir
from casefile.errors import Message, message

MIN_GUESSES_LOG10 = 14.0
MIN_WORDS = 6
MIN_WORDS_LENGTH = 20
# zxcvbn knows no Cyrillic words, so it over-scores Cyrillic text: it also needs this length.
MIN_LENGTH = 16
#: zxcvbn's cost grows with the square of the length; beyond this it adds nothing.
_SCORED_CHARS = 100
WEAK_WORD_LISTS = ("weak_ru.txt", "weak_ky.txt", "weak_names.txt")

_WORD = re.compile(r"[^\W\d_]{2,}")

# The Russian ЙЦУКЕН layout over US QWERTY, key by key (the Kyrgyz letters ң ө ү sit on
# keys that differ between layouts, so they are left as they are).
_CYRILLIC_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю."
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_TO_LATIN_LAYOUT = str.maketrans(
    _CYRILLIC_KEYS + _CYRILLIC_KEYS.upper()[:-1],
    _LATIN_KEYS + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>',
)
_TO_CYRILLIC_LAYOUT = str.maketrans(
    "`qwertyuiop[]asdfghjkl;'zxcvbnm,~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>",
    "ёйцукенгшщзхъфывапролджэячсмитьбЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ",
)
# How Russian and Kyrgyz words are commonly typed in Latin letters (passport-style).
_ROMAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ң": "ng", "ө": "o", "ү": "u",
}  # fmt: skip
_TO_ROMAN = str.maketrans(_ROMAN)


@dataclass(frozen=True)
class PassphraseVerdict:
    acceptable: bool
    guesses_log10: float
    words: int
    advice: Message


def as_latin_layout(text: str) -> str:
    """What ``text`` typed on a Russian keyboard gives on a Latin one (`йцукен` → `qwerty`)."""
    return text.translate(_TO_LATIN_LAYOUT)


def as_cyrillic_layout(text: str) -> str:
    """What ``text`` typed on a Latin keyboard gives on a Russian one (`ghbdtn` → `привет`)."""
    return text.translate(_TO_CYRILLIC_LAYOUT)


def romanised(text: str) -> str:
    """Cyrillic letters in Latin ones, as names are written in passports (`любовь` → `lyubov`)."""
    return text.casefold().translate(_TO_ROMAN)


@cache
def weak_words() -> tuple[str, ...]:
    """Common Russian and Kyrgyz words and names, most guessed first, with their romanised
    forms; the bundled lists must be there (a broken install must not judge more kindly)."""
    words: list[str] = []
    for name in WEAK_WORD_LISTS:
        path = resources_dir() / "wordlists" / name
        lines = path.read_text("utf-8").splitlines()
        words += [w.strip().casefold() for w in lines if w.strip() and not w.startswith("#")]
    if len(words) < 500:
        raise RuntimeError(f"the word lists in {resources_dir() / 'wordlists'} are incomplete")
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(word)
    for word in words:
        seen.setdefault(romanised(word))
    return tuple(seen)


def readings(text: str) -> list[str]:
    """The passphrase as typed, and as it would read on the other keyboard layout."""
    found = [text]
    for other in (as_latin_layout(text), as_cyrillic_layout(text)):
        if other not in found:
            found.append(other)
    return found


def distinct_words(text: str) -> int:
    """How many different words (two or more letters, case ignored) the passphrase has."""
    return len({word.casefold() for word in _WORD.findall(text)})


def guesses_log10(text: str) -> float:
    """log10 of zxcvbn's guesses for the weakest reading of ``text``."""
    if not text:
        return 0.0
    extra = list(weak_words())
    weakest = min(
        float(zxcvbn(reading[:_SCORED_CHARS], user_inputs=extra)["guesses"])
        for reading in readings(text)
    )
    return math.log10(max(weakest, 1.0))


def assess_passphrase(passphrase: str) -> PassphraseVerdict:
    """Acceptable: about 1e14 guesses for its weakest reading, and either 6 distinct words
    (20+ characters) or 16+ characters."""
    text = unicodedata.normalize("NFC", passphrase)
    words = distinct_words(text)
    guesses = guesses_log10(text)
    many_words = words >= MIN_WORDS and len(text) >= MIN_WORDS_LENGTH
    if guesses >= MIN_GUESSES_LOG10 and many_words:
        strong = message("Strong: a passphrase of many words.")
        return PassphraseVerdict(True, guesses, words, strong)
    if guesses >= MIN_GUESSES_LOG10 and len(text) >= MIN_LENGTH:
        return PassphraseVerdict(True, guesses, words, message("Strong enough."))
    if len(text) < MIN_LENGTH:
        advice = message(
            "Too short: use at least %1 characters, or better, %2 random words.",
            MIN_LENGTH,
            MIN_WORDS,
        )
    elif len(_WORD.findall(text)) >= MIN_WORDS > words:
        advice = message("Words repeat: use %1 different random words.", MIN_WORDS)
    else:
        advice = message("Too easy to guess. Use %1 random words, or add unusual words.", MIN_WORDS)
    return PassphraseVerdict(False, guesses, words, advice)
