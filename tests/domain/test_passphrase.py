"""The passphrase rule (issue 15): distinct words, Cyrillic words and keyboard layouts."""

from __future__ import annotations

import random

import pytest

from casefile.domain.passphrase import (
    as_cyrillic_layout,
    as_latin_layout,
    assess_passphrase,
    romanised,
    weak_words,
)


@pytest.mark.parametrize(
    "weak",
    [
        " ".join(["password"] * 6),
        " ".join(["пароль"] * 6),
        "пароль" * 6,
        "йцукенгшщзхъфыва",  # qwertyuiop[]asdf on a Russian keyboard
        "ЙЦУКЕНГШЩЗХЪФЫВА",
        "Кыргызстан1991!!",
        "lyubov2024lyubov!",  # любовь, romanised
        "ghbdtnvjcrdfghbdtn",  # привет москва привет, typed in the wrong layout
        "Бишкек2024Бишкек!",
        "Айгүл Айгүл Айгүл Айгүл Айгүл Айгүл",
        "мама мама мама папа папа папа",  # six words, two of them
        "password1",
    ],
)
def test_refused(weak: str) -> None:
    verdict = assess_passphrase(weak)
    assert not verdict.acceptable, (weak, verdict.guesses_log10)


def test_repeated_words_are_told_so() -> None:
    verdict = assess_passphrase(" ".join(["пароль"] * 6))
    assert verdict.words == 1
    assert verdict.advice.template == "Words repeat: use %1 different random words."


@pytest.mark.parametrize(
    "strong",
    [
        "correct horse battery staple for tests only",
        "seven amber lanterns drift over quiet harbours",
        "demo vault for casefile training only",
        "жираф ноутбук перекресток валенки сугроб маяк",
        "glimmer Ostrava ferry 1987 plum kettle-drum",
    ],
)
def test_accepted(strong: str) -> None:
    assert assess_passphrase(strong).acceptable, strong


def test_six_random_russian_words_are_accepted() -> None:
    # Drawn from the very words the rule knows as common: even then six at random are strong.
    russian = [w for w in weak_words() if w.isalpha() and all("а" <= c <= "я" for c in w)]
    assert len(russian) > 300
    rng = random.Random(15)
    for _ in range(40):
        phrase = " ".join(rng.sample(russian, 6))
        verdict = assess_passphrase(phrase)
        assert verdict.acceptable, (phrase, verdict.guesses_log10)


def test_keyboard_layouts_map_onto_each_other() -> None:
    assert as_latin_layout("йцукен") == "qwerty"
    assert as_latin_layout("ЙЦУКЕН") == "QWERTY"
    assert as_cyrillic_layout("ghbdtn") == "привет"
    assert as_cyrillic_layout(as_latin_layout("фывапролджэ")) == "фывапролджэ"
    assert romanised("Любовь") == "lyubov"
    assert romanised("Өмүрбек") == "omurbek"


def test_the_word_lists_are_there_in_both_scripts() -> None:
    words = set(weak_words())
    for word in ("пароль", "кыргызстан", "бишкек", "айгүл", "parol", "bishkek", "aygul"):
        assert word in words, word
