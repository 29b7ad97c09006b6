"""How strong a passphrase must be before it may guard a vault."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from zxcvbn import zxcvbn

from casefile.errors import Message, message

MIN_GUESSES_LOG10 = 14.0
MIN_WORDS = 6
MIN_WORDS_LENGTH = 20
# zxcvbn knows no Cyrillic words, so it over-scores Cyrillic text: it also needs this length.
MIN_LENGTH = 16

_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class PassphraseVerdict:
    acceptable: bool
    guesses_log10: float
    words: int
    advice: Message


def assess_passphrase(passphrase: str) -> PassphraseVerdict:
    """Acceptable: at least 6 words (20+ characters), or 16+ characters and about 1e14 guesses."""
    text = unicodedata.normalize("NFC", passphrase)
    words = len(_WORD.findall(text))
    result = zxcvbn(text[:100]) if text else {"guesses": 1}
    guesses_log10 = math.log10(max(float(result["guesses"]), 1.0))
    if words >= MIN_WORDS and len(text) >= MIN_WORDS_LENGTH:
        strong = message("Strong: a passphrase of many words.")
        return PassphraseVerdict(True, guesses_log10, words, strong)
    if len(text) >= MIN_LENGTH and guesses_log10 >= MIN_GUESSES_LOG10:
        return PassphraseVerdict(True, guesses_log10, words, message("Strong enough."))
    if len(text) < MIN_LENGTH:
        advice = message(
            "Too short: use at least %1 characters, or better, %2 random words.",
            MIN_LENGTH,
            MIN_WORDS,
        )
    else:
        advice = message("Too easy to guess. Use %1 random words, or add unusual words.", MIN_WORDS)
    return PassphraseVerdict(False, guesses_log10, words, advice)
