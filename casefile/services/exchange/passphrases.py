"""Bundle passphrases: generated from six random words, or typed and judged by zxcvbn.

A passphrase bundle can be attacked offline by whoever holds the file (a seized laptop, a
copied USB stick), so its passphrase must be as strong as six random words from the EFF list
(6 × log2(7776) ≈ 77 bits); a typed one needs 2^70 guesses by zxcvbn's estimate.
"""

from __future__ import annotations

import math
import secrets
import unicodedata
from dataclasses import dataclass
from functools import cache

from casefile.assets import resources_dir
from casefile.errors import Message, message

WORDLIST = "eff_large_wordlist.txt"
WORDS = 6
#: 2^70 guesses for a typed passphrase: above the 2^66 of six words from a 2,048-word list,
#: as zxcvbn over-scores a well-known phrase it does not know ("correct horse battery
#: staple" scores 2^67).
MIN_GUESSES_LOG10 = 70 * math.log10(2)
MIN_LENGTH = 20


@cache
def wordlist() -> tuple[str, ...]:
    """The EFF large list (resources/wordlists): one word after each dice number."""
    path = resources_dir() / "wordlists" / WORDLIST
    words = tuple(line.split()[-1] for line in path.read_text("ascii").splitlines() if line)
    if len(set(words)) < 2048:  # a damaged install must not make weak passphrases
        raise RuntimeError(f"the word list {path} is incomplete")
    return words


def generate_passphrase(words: int = WORDS) -> str:
    """Six words chosen with `secrets`, separated by spaces."""
    chosen = wordlist()
    return " ".join(secrets.choice(chosen) for _ in range(words))


def entropy_bits(words: int = WORDS) -> float:
    return words * math.log2(len(wordlist()))


@dataclass(frozen=True)
class BundlePassphraseVerdict:
    acceptable: bool
    guesses_log10: float
    advice: Message


def assess_bundle_passphrase(passphrase: str) -> BundlePassphraseVerdict:
    """Acceptable: 20+ characters and at least 2^70 guesses by zxcvbn for its weakest reading
    (about as strong as the generated ones): Russian and Kyrgyz words and either keyboard
    layout count, as for vault passphrases (domain/passphrase.py)."""
    # zxcvbn's dictionaries take a while to load: only when judging. The domain's reading
    # also sees Cyrillic words and keyboard walks in either layout.
    from casefile.domain.passphrase import guesses_log10 as weakest_guesses_log10

    text = " ".join(unicodedata.normalize("NFC", passphrase).split())
    guesses_log10 = weakest_guesses_log10(text)
    if len(text) < MIN_LENGTH:
        advice = message(
            "Too short: use at least %1 characters, or the generated words.", MIN_LENGTH
        )
        return BundlePassphraseVerdict(False, guesses_log10, advice)
    if guesses_log10 < MIN_GUESSES_LOG10:
        return BundlePassphraseVerdict(
            False, guesses_log10, message("Too easy to guess: use the generated words.")
        )
    return BundlePassphraseVerdict(True, guesses_log10, message("Strong enough."))
